"""Re-importing a revised source into an existing release, keeping the work already done.

Unchanged segments keep target, status and history; a changed one keeps its old target as a draft, goes back
to ``draft`` and records its old source (a ``source`` event, whose word diff shows the changed words, and a
note for the translator); new segments arrive empty; removed ones are archived, never deleted, so their
history stays. The release's original file and skeleton become the new ones, so export rebuilds the new
document. All of it is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from translator_app.domain.alignment import Fate, align
from translator_app.domain.models import Comment, EventKind, Segment, SegmentStatus, StoredSegment
from translator_app.domain.word_diff import DiffPiece, word_diff
from translator_app.formats.limits import Limits, check_size, reading
from translator_app.formats.registry import get_format
from translator_app.services.actor import Actor
from translator_app.services.editing import record_change
from translator_app.services.files import read_input
from translator_app.services.handoff_ports import HandoffUnitOfWork, HandoffUnitOfWorkFactory
from translator_app.services.importing import check_has_text

SOURCE_NOTE = "Source changed. Was: {old}"
SOURCE_CHANGED = "source-changed"
"""The note on the status event of a segment whose source an update changed."""


@dataclass(frozen=True)
class UpdateSummary:
    release_id: int
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    changed_ids: list[int] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    removed_ids: list[int] = field(default_factory=list)
    segments: list[StoredSegment] = field(default_factory=list)
    """The release's segments after the update, in their new order (every one may have moved)."""


class UpdateService:
    def __init__(self, uow: HandoffUnitOfWorkFactory, limits: Limits | None = None) -> None:
        self._uow = uow
        self.limits = limits or Limits()

    def update_file(self, path: Path, release_id: int, actor: Actor) -> UpdateSummary:
        with reading(path.name, self.limits):
            data = read_input(path)
        return self.update_bytes(data, path.name, release_id, actor)

    def update_bytes(self, data: bytes, filename: str, release_id: int, actor: Actor) -> UpdateSummary:
        """Align the release with the revised file (same format as the release) and apply, all or nothing."""
        with self._uow() as uow:
            release = uow.releases.get(release_id)
            with reading(filename, self.limits):
                check_size(len(data), filename)
                document = get_format(release.format).parse(data, filename, release.source_lang)
            check_has_text(document, filename)
            old = uow.segments.for_release(release_id)
            pairs = align([s.source for s in old], [s.source for s in document.segments])
            uow.revisions.park(release_id)
            counts = {fate: 0 for fate in Fate}
            ids: dict[Fate, list[int]] = {fate: [] for fate in Fate}
            fresh: list[Segment] = []
            for pair in pairs:
                counts[pair.fate] += 1
                if pair.fate is Fate.ADDED:
                    assert pair.new is not None
                    fresh.append(replace(document.segments[pair.new], status=SegmentStatus.NEW, target=""))
                    continue
                assert pair.old is not None
                before = old[pair.old]
                new = document.segments[pair.new] if pair.new is not None else None
                saved = _apply(uow, before, new, pair.fate, actor)
                ids[pair.fate].append(saved.id)
            added = uow.revisions.add(release_id, fresh, actor.user)
            ids[Fate.ADDED] = [s.id for s in added]
            revised = replace(release, original=data, original_name=filename, skeleton=document.skeleton)
            uow.revisions.replace_document(revised, document.blocks)
            live = uow.segments.for_release(release_id)
            uow.commit()
        return UpdateSummary(
            release_id,
            counts[Fate.UNCHANGED],
            counts[Fate.CHANGED],
            counts[Fate.ADDED],
            counts[Fate.REMOVED],
            ids[Fate.CHANGED],
            ids[Fate.ADDED],
            ids[Fate.REMOVED],
            live,
        )

    def source_changes(self, segment_id: int) -> list[list[DiffPiece]]:
        """The word diffs of every source change of a segment, oldest first (what to translate again)."""
        with self._uow() as uow:
            uow.segments.get(segment_id)
            events = uow.events.for_segment(segment_id)
        return [word_diff(e.old or "", e.new or "") for e in events if e.kind is EventKind.SOURCE]

    def archived(self, release_id: int) -> list[StoredSegment]:
        """Segments that left the release with an update, with their last target (none are deleted)."""
        with self._uow() as uow:
            uow.releases.get(release_id)
            return uow.revisions.archived(release_id)


def _apply(
    uow: HandoffUnitOfWork, before: StoredSegment, new: Segment | None, fate: Fate, actor: Actor
) -> StoredSegment:
    if new is None:
        return uow.revisions.move(replace(before, updated_by=actor.user), before.version, archived=True)
    placed = replace(before, position=new.position, block=new.block, separator=new.separator, kind=new.kind)
    if fate is Fate.UNCHANGED:
        uow.revisions.keep_place(placed)
        return placed
    status = SegmentStatus.DRAFT if before.target.strip() else SegmentStatus.NEW
    after = replace(placed, source=new.source, status=status, updated_by=actor.user)
    uow.events.annotate(status=SOURCE_CHANGED)
    saved = uow.revisions.move(after, before.version)
    record_change(uow, before, saved, actor, comment=SOURCE_CHANGED)
    uow.comments.add(Comment(before.id, actor.user, SOURCE_NOTE.format(old=before.source)))
    return saved
