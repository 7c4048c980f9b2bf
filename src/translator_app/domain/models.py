"""The things a workspace holds, as plain dataclasses shared by the CLI, the UI and storage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from translator_app.domain.review import CommentKind, ErrorCategory, ErrorSeverity


class Role(StrEnum):
    TRANSLATOR = "translator"
    REVIEWER = "reviewer"


class SegmentStatus(StrEnum):
    NEW = "new"
    DRAFT = "draft"
    TRANSLATED = "translated"
    APPROVED = "approved"
    REJECTED = "rejected"


class SegmentKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    TABLE_CELL = "table-cell"
    CAPTION = "caption"
    OTHER = "other"


class OriginKind(StrEnum):
    NONE = "none"
    HUMAN = "human"
    TM = "tm"
    MT = "mt"
    REPETITION = "repetition"


_ORIGIN_CODE = re.compile(r"^(none|human|tm|mt|repetition)(?::(.+))?$")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a target came from: a person, a memory match with its score, or an MT provider."""

    kind: OriginKind = OriginKind.NONE
    score: int | None = None
    provider: str | None = None

    def code(self) -> str:
        """A compact string for storage and JSON: ``human``, ``tm:87``, ``mt:deepl``."""
        if self.kind is OriginKind.TM and self.score is not None:
            return f"tm:{self.score}"
        if self.kind is OriginKind.MT and self.provider:
            return f"mt:{self.provider}"
        return self.kind.value

    @classmethod
    def parse(cls, code: str | None) -> Origin:
        match = _ORIGIN_CODE.match(code or "none")
        if not match:
            return cls()
        kind = OriginKind(match.group(1))
        extra = match.group(2)
        if kind is OriginKind.TM and extra and extra.isdigit():
            return cls(kind, score=int(extra))
        if kind is OriginKind.MT:
            return cls(kind, provider=extra)
        return cls(kind)


HUMAN = Origin(OriginKind.HUMAN)
NO_ORIGIN = Origin()
"""A target from nowhere yet (a new segment): one shared value, as origins never change."""


@dataclass
class Release:
    """One imported document, with what its export needs to rebuild it."""

    title: str
    source_lang: str
    target_lang: str
    format: str = "text"
    id: int | None = None
    created_at: datetime | None = None
    created_by: str = ""
    original_name: str = ""
    original: bytes | None = None
    skeleton: str = ""


@dataclass
class StoredRelease(Release):
    """A release as read from storage: it has its id (what a window or a command opens)."""

    id: int = field(kw_only=True)


@dataclass(slots=True)
class Block:
    """A structural unit of the document (a paragraph, a heading, a list item) holding segments."""

    position: int
    kind: SegmentKind = SegmentKind.PARAGRAPH
    skeleton: str = ""
    id: int | None = None


@dataclass(slots=True)
class Segment:
    """A sentence (or heading, list item, caption) with its translation state."""

    position: int
    block: int
    source: str
    kind: SegmentKind = SegmentKind.PARAGRAPH
    target: str = ""
    status: SegmentStatus = SegmentStatus.NEW
    origin: Origin = NO_ORIGIN
    translatable: bool = True
    separator: str = ""
    version: int = 1
    updated_by: str = ""
    updated_at: datetime | None = None
    id: int | None = None
    release_id: int | None = None


@dataclass(slots=True)
class StoredSegment(Segment):
    """A segment as read from storage: it has its id and its release's, so code handed one never checks.

    ``dataclasses.replace`` keeps the type, so a service's edited copy of a stored segment is one too.
    """

    id: int = field(kw_only=True)
    release_id: int = field(kw_only=True)


class GridRow(NamedTuple):
    """What a release's grid shows of a segment, and its version to start an edit from.

    A plain tuple, cheap to read by the hundred thousand; the rest of the segment (separator, block, who
    changed it last and when) comes with the full :class:`Segment` when it is opened.
    """

    id: int
    position: int
    kind: SegmentKind
    source: str
    target: str
    status: SegmentStatus
    origin: Origin
    translatable: bool
    version: int


class EventKind(StrEnum):
    TARGET = "target"
    STATUS = "status"
    TRANSLATABLE = "translatable"
    SOURCE = "source"
    """The source changed when an updated release was imported (old and new source)."""


@dataclass
class Event:
    """One entry of the review trail: who changed what on a segment, from what to what."""

    segment_id: int
    kind: EventKind
    user: str
    old: str | None
    new: str | None
    at: datetime | None = None
    role: str = ""
    comment: str = ""
    id: int | None = None


@dataclass
class Comment:
    """A note on a segment; a rejection always leaves one.

    ``kind`` says why it was written (a note, a rejection's or a QA override's reason); a reviewer may tag it
    with an MQM error ``category`` and ``severity``, which the review report scores. ``reply_to`` threads a
    reply under the comment it answers.
    """

    segment_id: int
    author: str
    text: str
    at: datetime | None = None
    resolved: bool = False
    id: int | None = None
    kind: CommentKind = CommentKind.NOTE
    category: ErrorCategory | None = None
    severity: ErrorSeverity | None = None
    reply_to: int | None = None
    resolved_by: str = ""
    resolved_at: datetime | None = None


@dataclass(frozen=True)
class ReleaseSummary:
    """A release with the counts per status of its translatable segments, for lists and progress bars."""

    release: StoredRelease
    counts: dict[SegmentStatus, int]
    last_change: datetime | None
    untranslatable: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())
