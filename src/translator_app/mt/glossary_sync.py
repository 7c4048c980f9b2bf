"""Keep the provider's copy of a language pair's glossary in step with the workspace's glossary.

The workspace glossary has a version per language pair, bumped on every change. When the provider's copy
was built from an older version it is *recreated* from the current terms and the old one deleted: never
patched, so an entry removed or corrected here cannot survive there. The id and the version it was built
from are remembered per provider account (a fingerprint of the key) and server, so an unchanged glossary
costs no request at all and a colleague's key never gets an id it cannot see. A pair the provider has no
glossary for is remembered too (with no id) and reported with a note, not as a failure. A copy deleted at
the provider is noticed when a translation is refused with its id, or when ``glossary sync`` asks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from translator_app.domain.errors import ErrorCode
from translator_app.mt.base import GlossaryHost, MtError

log = logging.getLogger(__name__)


class GlossaryRecords(Protocol):
    """What the sync needs from storage (the persistence layer's MT repository keeps these promises)."""

    def glossary_version(self, source_lang: str, target_lang: str) -> int: ...

    def glossary_entries(self, source_lang: str, target_lang: str) -> list[tuple[str, str]]: ...

    def remote_glossary(
        self, provider: str, account: str, server: str, source_lang: str, target_lang: str
    ) -> tuple[str, int] | None:
        """The account's ``(remote id, version built from)``; the id is empty when none was made."""
        ...

    def remember_remote_glossary(
        self,
        provider: str,
        account: str,
        server: str,
        source_lang: str,
        target_lang: str,
        remote_id: str,
        version: int,
    ) -> None: ...

    def unclaimed_remote_glossary(
        self, provider: str, source_lang: str, target_lang: str
    ) -> tuple[str, int] | None:
        """A copy remembered before accounts were told apart (whose account is unknown)."""
        ...

    def claim_remote_glossary(
        self, provider: str, account: str, server: str, source_lang: str, target_lang: str
    ) -> None: ...


class SyncOutcome(StrEnum):
    UP_TO_DATE = "up-to-date"
    CREATED = "created"
    """A new remote glossary was built (and any older one deleted)."""
    RESTORED = "restored"
    """The remote glossary was gone (deleted at the provider): it was built again."""
    EMPTY = "empty"
    """No usable terms for the pair: no remote glossary (an older one was deleted)."""
    UNSUPPORTED = "unsupported"
    """The provider has no glossaries for this pair: translations go without one."""


class SyncNote(StrEnum):
    OLD_GLOSSARY_NOT_DELETED = "old-glossary-not-deleted"
    ENTRIES_SKIPPED = "entries-skipped"


@dataclass(frozen=True)
class GlossaryState:
    """The result of a sync: which remote glossary to send (``glossary_id``, maybe empty) and why."""

    source_lang: str
    target_lang: str
    version: int
    glossary_id: str
    outcome: SyncOutcome
    entries: int = 0
    skipped: int = 0
    notes: tuple[SyncNote, ...] = ()
    terms: tuple[tuple[str, str], ...] = ()
    """The entries the remote glossary holds (none without one): what a cached translation depends on."""


def usable_term(term: str) -> bool:
    """Providers refuse empty terms and control characters (a tab or newline would break the TSV)."""
    return bool(term) and not any(ord(c) < 32 or 127 <= ord(c) <= 159 or c in "\u2028\u2029" for c in term)


def clean_entries(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], int]:
    """One target per source term (the first wins, as the glossary lists it), unusable terms dropped."""
    entries: dict[str, str] = {}
    skipped = 0
    for source, target in pairs:
        source, target = source.strip(), target.strip()
        if not (usable_term(source) and usable_term(target)) or source in entries:
            skipped += 1
            continue
        entries[source] = target
    return entries, skipped


def glossary_name(source_lang: str, target_lang: str, version: int) -> str:
    return f"translator-app {source_lang}>{target_lang} v{version}"


def expected_terms(
    records: GlossaryRecords, host: GlossaryHost | None, source_lang: str, target_lang: str
) -> tuple[tuple[str, str], ...]:
    """The entries a translation made now would be made with, known without any request.

    The account's remembered copy says when there is none (an empty or unsupported pair at this
    version); otherwise the current terms, which a run sends after syncing.
    """
    if host is None:
        return ()
    account = host.account()
    version = records.glossary_version(source_lang, target_lang)
    if account is not None:
        remote = records.remote_glossary(
            host.name, account.fingerprint, account.server, source_lang, target_lang
        )
        if remote is not None and remote[1] == version and not remote[0]:
            return ()
    entries, _ = clean_entries(records.glossary_entries(source_lang, target_lang))
    return tuple(entries.items())


def sync_glossary(
    records: GlossaryRecords,
    host: GlossaryHost,
    source_lang: str,
    target_lang: str,
    *,
    force: bool = False,
    verify: bool = False,
    gone: str = "",
) -> GlossaryState:
    """Bring the account's remote glossary of one pair up to the workspace version.

    No request when already there, unless ``verify`` asks the provider whether it still exists. ``gone``
    is an id a translation was just refused with: it is rebuilt, unless another desktop on the same
    account has already replaced it (then the newer id is used as it is).
    """
    account = host.account()
    if account is None:
        raise MtError(ErrorCode.MT_NO_KEY)
    who = (host.name, account.fingerprint, account.server)
    version = records.glossary_version(source_lang, target_lang)
    entries, skipped = clean_entries(records.glossary_entries(source_lang, target_lang))
    remote = records.remote_glossary(*who, source_lang, target_lang)
    if remote is None:
        remote = _claim_unclaimed(records, host, who, source_lang, target_lang)
    restoring = False
    if remote is not None and remote[1] == version and not force:
        missing = bool(remote[0]) and (
            remote[0] == gone or (verify and not gone and not host.glossary_exists(remote[0]))
        )
        if not missing:
            terms = tuple(entries.items()) if remote[0] else ()
            return GlossaryState(
                source_lang, target_lang, version, remote[0], SyncOutcome.UP_TO_DATE, len(terms), terms=terms
            )
        restoring = True
    old_id = remote[0] if remote is not None and not restoring else ""
    notes = [SyncNote.ENTRIES_SKIPPED] if skipped else []

    def retire_old() -> None:
        if not old_id:
            return
        try:
            host.delete_glossary(old_id)
        except MtError as error:
            log.warning("old glossary of %s>%s not deleted: %s", source_lang, target_lang, error.code)
            notes.append(SyncNote.OLD_GLOSSARY_NOT_DELETED)

    if not entries:
        retire_old()
        records.remember_remote_glossary(*who, source_lang, target_lang, "", version)
        return GlossaryState(
            source_lang, target_lang, version, "", SyncOutcome.EMPTY, 0, skipped, tuple(notes)
        )
    if not host.supports_glossary(source_lang, target_lang):
        records.remember_remote_glossary(*who, source_lang, target_lang, "", version)
        return GlossaryState(
            source_lang,
            target_lang,
            version,
            "",
            SyncOutcome.UNSUPPORTED,
            len(entries),
            skipped,
            tuple(notes),
        )
    new_id = host.create_glossary(
        glossary_name(source_lang, target_lang, version), source_lang, target_lang, entries
    )
    records.remember_remote_glossary(*who, source_lang, target_lang, new_id, version)
    retire_old()
    outcome = SyncOutcome.RESTORED if restoring else SyncOutcome.CREATED
    return GlossaryState(
        source_lang,
        target_lang,
        version,
        new_id,
        outcome,
        len(entries),
        skipped,
        tuple(notes),
        tuple(entries.items()),
    )


def _claim_unclaimed(
    records: GlossaryRecords,
    host: GlossaryHost,
    who: tuple[str, str, str],
    source_lang: str,
    target_lang: str,
) -> tuple[str, int] | None:
    """A copy remembered before accounts were told apart is this account's if the provider still has it
    for this key: it is taken over, so upgrading leaves no glossary behind at the provider."""
    unclaimed = records.unclaimed_remote_glossary(host.name, source_lang, target_lang)
    if unclaimed is None or not unclaimed[0] or not host.glossary_exists(unclaimed[0]):
        return None
    records.claim_remote_glossary(*who, source_lang, target_lang)
    return unclaimed
