"""What every machine-translation provider promises, as Protocols and small result types.

The services speak to a provider only through these, so a fake, another engine or DeepL itself plug in
alike. Results carry codes and numbers, never sentences: the CLI and the window word them for people.
Texts crossing this boundary are segment texts in the app's own convention (plain characters plus the
protected tags ``<g1>…</g1>`` and ``<x2/>``); a provider that needs markup escaping does it inside.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Origin, OriginKind
from translator_app.domain.tags import TagFinding

FORMALITIES = ("more", "less", "prefer_more", "prefer_less")
"""The formality levels a release may ask for; an empty string means the engine's default."""

MODELS = ("quality", "latency")
"""The engine's model a user may choose: slower and better, or faster; an empty string means its default."""

CancelCheck = Callable[[], bool]
"""Asked while waiting on the engine: True once the user cancelled (the window's task handle, Ctrl+C)."""


def never_cancelled() -> bool:
    return False


class MtError(DomainError):
    """A provider refused or could not be reached; ``code`` says which, ``details`` never hold the key."""

    def __init__(self, code: ErrorCode, **details: Any) -> None:
        super().__init__(code, **details)


class MtCancelled(MtError):
    """The user cancelled while a request or a back-off was pending.

    A request already sent may still be answered (and billed): ``pending`` is that answer to come, which
    :meth:`when_answered` hands to whoever wants to keep it.
    """

    def __init__(self, pending: Future[Any] | None = None) -> None:
        super().__init__(ErrorCode.MT_CANCELLED)
        self.pending = pending

    def when_answered(self, keep: Callable[[Any], None]) -> None:
        """Call ``keep(result)`` on the request's thread if it succeeds after all (never on failure)."""
        if self.pending is None:
            return

        def done(future: Future[Any]) -> None:
            if not future.cancelled() and future.exception() is None:
                keep(future.result())

        self.pending.add_done_callback(done)


@dataclass(frozen=True)
class MtOptions:
    """How the user wants the engine used: its model, and whether text around a batch may be sent."""

    model: str = ""
    """``""`` (the engine's default), ``quality`` or ``latency``."""
    send_context: bool = True
    """Off for confidential releases: only the sentences to translate leave the machine."""


@dataclass(frozen=True)
class AccountRef:
    """Whose remote glossaries these are: a one-way fingerprint of the key (never the key) and the server."""

    fingerprint: str
    server: str


@dataclass(frozen=True)
class MtRequest:
    """One request: consecutive segment texts of one language pair, with what helps translate them."""

    texts: Sequence[str]
    source_lang: str
    target_lang: str
    context: str = ""
    """Text around the batch (headline, preceding sentences): guides the engine, is not translated."""
    formality: str = ""
    glossary_id: str = ""


@dataclass(frozen=True)
class MtTranslation:
    text: str
    billed_characters: int


@dataclass(frozen=True)
class UsageInfo:
    """The account's characters used and allowed this billing period (``None`` when not reported)."""

    count: int | None
    limit: int | None

    @property
    def remaining(self) -> int | None:
        if self.count is None or self.limit is None:
            return None
        return max(self.limit - self.count, 0)


class MtProvider(Protocol):
    """A machine-translation engine."""

    @property
    def name(self) -> str:
        """Short and stable: it is stored in origins (``mt:deepl``) and cache keys."""
        ...

    def translate(self, request: MtRequest) -> list[MtTranslation]:
        """One result per text, in order; raises :class:`MtError`."""
        ...

    def usage(self) -> UsageInfo: ...

    def supports_formality(self, target_lang: str) -> bool:
        """Whether the target has a formal register (from the engine's language list, asked once)."""
        ...

    def target_name(self, target_lang: str) -> str:
        """The code the engine translates into (``EN-GB`` for ``en``): what a note to the user names."""
        ...

    @property
    def model(self) -> str:
        """The model in force (``""``, ``quality``, ``latency``): a different model is a different answer."""
        ...

    @property
    def supports_model_choice(self) -> bool:
        """Whether a model can be chosen at all (the installed client may be too old)."""
        ...

    @property
    def options(self) -> MtOptions: ...

    def configure(self, options: MtOptions) -> None:
        """The user's model and context choices, for the next requests."""
        ...

    def interruptible(self, cancelled: CancelCheck) -> AbstractContextManager[None]:
        """Within this block, calls made on this thread give up (MtCancelled) soon after ``cancelled()``."""
        ...


class GlossaryHost(Protocol):
    """A provider that keeps glossaries on its side and applies them by id."""

    @property
    def name(self) -> str: ...

    def account(self) -> AccountRef | None:
        """Whose glossaries the calls reach (None without a key): ids are remembered per account."""
        ...

    def supports_glossary(self, source_lang: str, target_lang: str) -> bool: ...

    def glossary_exists(self, glossary_id: str) -> bool:
        """Whether the account still has this glossary (someone may have deleted it at the provider)."""
        ...

    def create_glossary(self, name: str, source_lang: str, target_lang: str, entries: dict[str, str]) -> str:
        """Create a glossary and return its id."""
        ...

    def delete_glossary(self, glossary_id: str) -> None:
        """Delete a glossary; one already gone is not an error."""
        ...


@dataclass(frozen=True)
class Suggestion:
    """A proposed target for a segment, from any source (TM, MT, glossary), ranked by ``score``."""

    segment_id: int
    source: str
    target: str
    origin: Origin
    score: int = 0
    tag_problems: tuple[TagFinding, ...] = ()
    cached: bool = False


@dataclass(frozen=True)
class SuggestionResult:
    """The answer of one suggestion source for one segment: suggestions, or why there are none."""

    segment_id: int
    suggestions: tuple[Suggestion, ...] = ()
    failure: ErrorCode | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def unavailable(self) -> bool:
        return self.failure is not None


class SuggestionSource(Protocol):
    """Anything that proposes targets for segments: the window merges and ranks their answers."""

    def suggest(self, segment_ids: Sequence[int]) -> list[SuggestionResult]: ...


def mt_origin(provider: str) -> Origin:
    return Origin(OriginKind.MT, provider=provider)
