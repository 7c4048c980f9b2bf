"""What a QA check returns: a code, a severity and a span in the target — data, never a sentence.

The command line words codes in English (``cli/qa_messages.py``) and the window through ``tr()``. A span
``start``–``end`` indexes the target as stored (tags included) so the editor can underline it; a finding
about something absent from the target (a number dropped) has an empty span (``start == end``) at 0;
a missing URL, address or phone number is placed on the target's altered copy when it has one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    """Blocks approval unless a reviewer overrides it with a reason."""
    WARNING = "warning"
    INFO = "info"


class QaCode(StrEnum):
    TARGET_EMPTY = "target-empty"
    TARGET_SAME_AS_SOURCE = "target-same-as-source"
    UNTRANSLATED_WORDS = "untranslated-words"
    NUMBER_MISSING = "number-missing"
    NUMBER_EXTRA = "number-extra"
    NUMBER_FORMAT = "number-format"
    TAG_MISSING = "tag-missing"
    TAG_EXTRA = "tag-extra"
    TAG_ORDER = "tag-order"
    TAG_UNBALANCED = "tag-unbalanced"
    URL_MISSING = "url-missing"
    EMAIL_MISSING = "email-missing"
    PHONE_MISSING = "phone-missing"
    TERM_MISSING = "term-missing"
    TERM_FORBIDDEN = "term-forbidden"
    SPACE_LEADING = "space-leading"
    SPACE_TRAILING = "space-trailing"
    SPACE_DOUBLE = "space-double"
    END_PUNCTUATION = "end-punctuation"
    BRACKETS_UNBALANCED = "brackets-unbalanced"
    QUOTES_UNBALANCED = "quotes-unbalanced"
    FR_NBSP_MISSING = "fr-nbsp-missing"
    LENGTH_RATIO = "length-ratio"
    REPEATED_WORD = "repeated-word"
    INCONSISTENT_TRANSLATION = "inconsistent-translation"


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

SEVERITY: dict[QaCode, Severity] = {
    QaCode.TARGET_EMPTY: E,
    QaCode.TARGET_SAME_AS_SOURCE: W,
    QaCode.UNTRANSLATED_WORDS: W,
    QaCode.NUMBER_MISSING: E,
    QaCode.NUMBER_EXTRA: W,
    QaCode.NUMBER_FORMAT: W,
    QaCode.TAG_MISSING: E,
    QaCode.TAG_EXTRA: E,
    QaCode.TAG_ORDER: W,
    QaCode.TAG_UNBALANCED: E,
    QaCode.URL_MISSING: E,
    QaCode.EMAIL_MISSING: E,
    QaCode.PHONE_MISSING: E,
    QaCode.TERM_MISSING: W,
    QaCode.TERM_FORBIDDEN: E,
    QaCode.SPACE_LEADING: W,
    QaCode.SPACE_TRAILING: W,
    QaCode.SPACE_DOUBLE: W,
    QaCode.END_PUNCTUATION: W,
    QaCode.BRACKETS_UNBALANCED: W,
    QaCode.QUOTES_UNBALANCED: W,
    QaCode.FR_NBSP_MISSING: W,
    QaCode.LENGTH_RATIO: INFO,
    QaCode.REPEATED_WORD: W,
    QaCode.INCONSISTENT_TRANSLATION: W,
}


@dataclass(frozen=True)
class Finding:
    """One problem in a target; ``detail`` is the item concerned (a number, a tag, an address, a term)."""

    code: QaCode
    severity: Severity
    start: int = 0
    end: int = 0
    detail: str = ""

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR


def finding(code: QaCode, start: int = 0, end: int | None = None, detail: str = "") -> Finding:
    """A finding with the severity the table gives its code."""
    return Finding(code, SEVERITY[code], start, start if end is None else end, detail)


def errors(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that block approval."""
    return [f for f in findings if f.blocking]


def mask(text: str, spans: Iterable[tuple[int, int]], char: str = "\x00") -> str:
    """``text`` with each span overwritten by ``char`` (same length, so offsets still hold)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = char * (end - start)
    return "".join(chars)
