"""The MT account as the user sees it: the key's status, the quota, the glossaries, a release's formality.

Bundled with pre-translation and suggestions as :class:`MtServices`, so the window and the CLI get every
MT use case from one place, and a workspace without DeepL simply reports the key as missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.mt.base import (
    FORMALITIES,
    MODELS,
    GlossaryHost,
    MtError,
    MtOptions,
    MtProvider,
    UsageInfo,
)
from translator_app.mt.glossary_sync import GlossaryState, sync_glossary
from translator_app.mt.keys import KeyLookup, KeyResolver
from translator_app.services.mt_setup import Formality, decide_formality
from translator_app.services.ports import UnitOfWorkFactory
from translator_app.services.pretranslate import PretranslateService
from translator_app.services.suggestions import MtSuggestions


@dataclass(frozen=True)
class GlossarySyncResult:
    """Every pair's outcome, and the failure that stopped the sync, if one did (pairs before it stay)."""

    states: tuple[GlossaryState, ...]
    failure: MtError | None = None


class MtAccountService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        provider: MtProvider,
        glossaries: GlossaryHost | None,
        keys: KeyResolver,
    ) -> None:
        self._uow = uow
        self._provider = provider
        self._glossaries = glossaries
        self._keys = keys

    def key_status(self) -> KeyLookup:
        """Whether there is a key, where it came from, and the keyring notes (the key itself stays hidden)."""
        return self._keys.lookup()

    def forget_key(self) -> None:
        """Look the key up again on next use (after the preferences stored a new one)."""
        self._keys.forget()

    @property
    def provider_name(self) -> str:
        return self._provider.name

    def usage(self) -> UsageInfo:
        """Characters used and allowed this period (one request); raises MtError."""
        return self._provider.usage()

    @property
    def options(self) -> MtOptions:
        return self._provider.options

    @property
    def supports_model_choice(self) -> bool:
        return self._provider.supports_model_choice

    def set_options(self, options: MtOptions) -> None:
        """The model and context choices, for the next requests (the window's preferences, CLI flags)."""
        if options.model and options.model not in MODELS:
            raise DomainError(ErrorCode.BAD_INPUT, problem="bad-model", name=options.model)
        self._provider.configure(options)

    def sync_glossaries(self, *, force: bool = False) -> GlossarySyncResult:
        """Recreate the remote glossary of every pair whose workspace glossary changed, or that the
        provider no longer has (asked for each remembered glossary), committing each."""
        if self._glossaries is None:
            return GlossarySyncResult(())
        with self._uow() as uow:
            pairs = uow.mt_cache.glossary_language_pairs()
        states: list[GlossaryState] = []
        for source_lang, target_lang in pairs:
            try:
                with self._uow() as uow:
                    states.append(
                        sync_glossary(
                            uow.mt_cache, self._glossaries, source_lang, target_lang, force=force, verify=True
                        )
                    )
                    uow.commit()
            except MtError as error:
                return GlossarySyncResult(tuple(states), error)
        return GlossarySyncResult(tuple(states))

    def formality(self, release_id: int) -> str:
        with self._uow() as uow:
            return uow.mt_cache.release_formality(release_id)

    def formality_for(self, target_lang: str, asked: str) -> Formality:
        """What ``asked`` becomes for ``target_lang``: nothing sent where DeepL has no formal register there
        (its language list, asked once); unknown (no key, no network) leaves it as asked. For Preferences,
        which warn before a run rather than after it."""
        return decide_formality(self._provider, target_lang, asked)

    def set_formality(self, release_id: int, formality: str) -> None:
        """``more``, ``less``, ``prefer_more``, ``prefer_less``, or ``""``/``default`` for the engine's."""
        value = "" if formality in ("", "default") else formality
        if value and value not in FORMALITIES:
            raise DomainError(ErrorCode.BAD_INPUT, problem="bad-formality", name=formality)
        with self._uow() as uow:
            uow.mt_cache.set_release_formality(release_id, value)
            uow.commit()


@dataclass
class MtServices:
    """Machine translation for a workspace: pre-translation, suggestions and the account."""

    pretranslate: PretranslateService
    suggestions: MtSuggestions
    account: MtAccountService
