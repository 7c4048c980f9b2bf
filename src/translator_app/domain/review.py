"""What a review records besides statuses: error categories and severities, sign-offs, the quality score.

Error annotation follows MQM (Multidimensional Quality Metrics) in a reduced form that fits press releases:
five categories and three severities. A reviewer tags a rejection (or any comment) with a category and a
severity; the review report adds up error points, weighted by severity, per 1,000 source words:

    score = 1000 × Σ points(severity) / source words of the translatable segments
    points: minor 1, major 5, critical 10

A release passes when its score is at or below the threshold (10 points per 1,000 words unless configured):
about one major error, or ten minor ones, in a two-page release. Every recorded error counts, including
errors on segments fixed since: the score measures the translation as it was delivered to review.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

DEFAULT_THRESHOLD = 10.0
"""Error points per 1,000 words at or below which a release passes."""

class ErrorCategory(StrEnum):
    """MQM top-level dimensions, as a reviewer names them."""

    ACCURACY = "accuracy"
    FLUENCY = "fluency"
    TERMINOLOGY = "terminology"
    STYLE = "style"
    LOCALE_CONVENTION = "locale-convention"


class ErrorSeverity(StrEnum):
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


SEVERITY_POINTS: dict[ErrorSeverity, int] = {
    ErrorSeverity.MINOR: 1,
    ErrorSeverity.MAJOR: 5,
    ErrorSeverity.CRITICAL: 10,
}


class CommentKind(StrEnum):
    """Why a comment was written: a plain note, the reason of a rejection, or of a QA override."""

    NOTE = "note"
    REJECTION = "rejection"
    OVERRIDE = "override"


@dataclass(frozen=True)
class Signoff:
    """A reviewer's statement that a whole release is approved, tied to the state it saw.

    ``version_mark`` is the sum of the release's segment versions when it was signed: every write to a
    segment raises its version, so any later change shows as a different sum and reopens the sign-off
    without any writer having to remember to do so.
    """

    release_id: int
    user: str
    version_mark: int
    event_mark: int
    at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class QualityScore:
    """Error points per 1,000 words and whether that passes the threshold."""

    points: int
    words: int
    threshold: float

    @property
    def per_thousand(self) -> float:
        return 0.0 if self.words == 0 else round(self.points * 1000 / self.words, 2)

    @property
    def passed(self) -> bool:
        return self.per_thousand <= self.threshold


def error_points(severities: Iterable[ErrorSeverity | None]) -> int:
    """The weighted sum of the recorded errors; a comment without a severity weighs nothing."""
    return sum(SEVERITY_POINTS[severity] for severity in severities if severity is not None)


def quality_score(
    severities: Iterable[ErrorSeverity | None], words: int, threshold: float = DEFAULT_THRESHOLD
) -> QualityScore:
    return QualityScore(error_points(severities), words, threshold)


def parse_category(value: str | None) -> ErrorCategory | None:
    """A stored or typed category (``locale convention`` and ``locale_convention`` are accepted too)."""
    if not value:
        return None
    return ErrorCategory(value.strip().lower().replace("_", "-").replace(" ", "-"))


def parse_severity(value: str | None) -> ErrorSeverity | None:
    return ErrorSeverity(value.strip().lower()) if value else None
