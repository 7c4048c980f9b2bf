"""Bringing work done outside the app back into its release: an XLIFF file or a review table.

The file names its release. Everything is checked before it counts: a foreign file, an XML bomb, a segment
whose source no longer matches, a broken tag or an altered table refuses the whole file, and since the
merge is one transaction nothing of it is applied. Changes go through the same path as an edit (a
compare-and-set on the
version, one event per changed field) in the name of the outside translator (XLIFF) or reviewer (table).
Approved segments, and segments changed in the app since the file was exported (the file records each
segment's version), are left alone unless ``force``: the file's text never silently replaces work done
meanwhile. A file merged twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from translator_app.domain import workflow
from translator_app.domain.errors import NotFoundError, bad_input
from translator_app.domain.models import HUMAN, Comment, Role, Segment, SegmentStatus, StoredSegment
from translator_app.domain.tags import TagProblem, check_tags
from translator_app.formats.limits import Limits, check_count, check_size, reading
from translator_app.formats.review_docx import (
    ReviewTable,
    comment_line,
    is_review_table,
    read_table,
    typed_target,
)
from translator_app.formats.xliff import read_xliff
from translator_app.formats.xliff_common import ReturnedNote, XliffFile
from translator_app.formats.xliff_states import exported_state, status_from_state
from translator_app.services.actor import Actor
from translator_app.services.editing import save_with_note
from translator_app.services.files import read_input
from translator_app.services.ports import UnitOfWork, UnitOfWorkFactory

BROKEN = frozenset({TagProblem.EXTRA, TagProblem.UNBALANCED})


@dataclass(frozen=True)
class MergeReport:
    release_id: int
    kind: str
    """``xliff`` or ``review-table``."""
    changed: list[int] = field(default_factory=list)
    """Ids of the segments whose target or status changed."""
    changed_segments: list[StoredSegment] = field(default_factory=list)
    """Those segments as stored after the merge (a window applies them without reading them back)."""
    comments_added: int = 0
    protected: list[int] = field(default_factory=list)
    """Ids of approved segments the file would have changed, left alone (``force`` overwrites them)."""
    edited_since: list[int] = field(default_factory=list)
    """Ids of segments changed in the app after the export that the file would have changed, left alone
    (``force`` overwrites them)."""


def _check_tags(source: str, target: str, name: str, segment: Segment) -> None:
    broken = [f for f in check_tags(source, target) if f.problem in BROKEN]
    if broken:
        raise bad_input("broken-tag", name, segment=segment.position + 1, tag=broken[0].tag)


class MergeService:
    def __init__(self, uow: UnitOfWorkFactory, limits: Limits | None = None) -> None:
        self._uow = uow
        self.limits = limits or Limits()

    def merge_file(
        self, path: Path, actor: Actor, *, force: bool = False, refuse_tracked: bool = False
    ) -> MergeReport:
        with reading(path.name, self.limits):
            data = read_input(path)
        return self.merge_bytes(data, path.name, actor, force=force, refuse_tracked=refuse_tracked)

    def merge_bytes(
        self, data: bytes, name: str, actor: Actor, *, force: bool = False, refuse_tracked: bool = False
    ) -> MergeReport:
        """An XLIFF file (as a translator) or a review table (as a reviewer), by what the bytes are.

        A table's tracked changes are taken as accepted; with ``refuse_tracked`` a table that still has any
        is refused, naming its rows, so the reviewer's changes are looked at in Word first."""
        with reading(name, self.limits):
            check_size(len(data), name)
            if is_review_table(data):
                table = read_table(data, name)
                tracked = table.tracked_rows()
                if refuse_tracked and tracked:
                    raise bad_input("tracked-changes", name, segments=", ".join(str(n) for n in tracked))
                return self._merge_table(table, name, Actor(actor.user, Role.REVIEWER), force)
            xliff = read_xliff(data, name)
        check_count(len(xliff.segments), name)
        return self._merge_xliff(xliff, name, Actor(actor.user, Role.TRANSLATOR), force)

    def _live(self, uow: UnitOfWork, release_id: int, name: str) -> list[StoredSegment]:
        try:
            uow.releases.get(release_id)
        except NotFoundError:
            raise bad_input("foreign-file", name) from None
        return uow.segments.for_release(release_id)

    def _merge_xliff(self, file: XliffFile, name: str, actor: Actor, force: bool) -> MergeReport:
        report = MergeReport(file.release_id, "xliff")
        with self._uow() as uow:
            segments = {s.id: s for s in self._live(uow, file.release_id, name)}
            release = uow.releases.get(file.release_id)
            if (file.source_lang, file.target_lang) != (release.source_lang, release.target_lang):
                raise bad_input("foreign-file", name)
            for unit in file.segments:
                before = segments.get(unit.segment_id)
                if before is None or not unit.matches(before.source):
                    shown = before.position + 1 if before is not None else f"s{unit.segment_id}"
                    raise bad_input("source-mismatch", name, segment=shown)
                target = unit.target_for(before.source, before.target)
                if not before.translatable or target is None:
                    continue
                _check_tags(before.source, target, name, before)
                if (target, unit.state, unit.sub_state) == (before.target, *exported_state(file, before)):
                    continue
                status = status_from_state(file.version, unit.state, target)
                origin = HUMAN if target != before.target else before.origin
                after = replace(before, target=target, status=status, origin=origin, updated_by=actor.user)
                self._apply(uow, before, after, actor, force, report, "merge:xliff", unit.exported_version)
            added = _add_notes(uow, file.release_id, file.notes, segments, actor)
            uow.commit()
        return replace(report, comments_added=added)

    def _merge_table(self, table: ReviewTable, name: str, actor: Actor, force: bool) -> MergeReport:
        report = MergeReport(table.release_id, "review-table")
        added = 0
        with self._uow() as uow:
            by_number = {s.position + 1: s for s in self._live(uow, table.release_id, name)}
            existing = uow.review.comments_for_release(table.release_id)
            for row in table.rows:
                before = by_number.get(row.number)
                if before is None or before.source != row.source or not before.translatable:
                    raise bad_input("source-mismatch", name, segment=row.number)
                if row.target not in (before.target, typed_target(before.target, before.source)):
                    _check_tags(before.source, row.target, name, before)
                    workflow.check(before, workflow.Action.EDIT, actor.role)
                    status = workflow.status_after_edit(before.status, row.target, confirm=False)
                    after = replace(
                        before, target=row.target, status=status, origin=HUMAN, updated_by=actor.user
                    )
                    self._apply(
                        uow, before, after, actor, force, report, "merge:review-table", row.exported_version
                    )
                known = set()
                for comment in existing.get(before.id, []):
                    known |= {comment_line(comment), comment.text.strip()}
                notes = [(actor.user, line) for line in row.comments]
                notes += [(author or actor.user, text) for author, text in row.word_comments]
                for author, line in notes:
                    if line not in known:
                        uow.comments.add(Comment(before.id, author, line))
                        known.add(line)
                        added += 1
            uow.commit()
        return replace(report, comments_added=added)

    @staticmethod
    def _apply(
        uow: UnitOfWork,
        before: StoredSegment,
        after: StoredSegment,
        actor: Actor,
        force: bool,
        report: MergeReport,
        note: str,
        exported_version: int | None,
    ) -> None:
        if (after.target, after.status) == (before.target, before.status):
            return
        if before.status is SegmentStatus.APPROVED and not force:
            report.protected.append(before.id)
            return
        if exported_version is not None and before.version != exported_version and not force:
            report.edited_since.append(before.id)
            return
        saved = save_with_note(uow, before, after, before.version, actor, note)
        report.changed.append(before.id)
        report.changed_segments.append(saved)


def _add_notes(
    uow: UnitOfWork,
    release_id: int,
    notes: list[ReturnedNote],
    segments: dict[int, StoredSegment],
    actor: Actor,
) -> int:
    """New notes of the file as comments on their segment, by the note's author or else the person merging;
    a note already there (exported from here, or merged before) is not added twice."""
    if not notes:
        return 0
    existing = uow.review.comments_for_release(release_id)
    known: dict[int, set[str]] = {}
    added = 0
    for note in notes:
        on = [segments[i] for i in note.segment_ids if i in segments]
        segment = next((s for s in on if s.translatable), on[0] if on else None)
        if segment is None:
            continue
        if segment.id not in known:
            known[segment.id] = set()
            for comment in existing.get(segment.id, []):
                known[segment.id] |= {comment_line(comment), comment.text.strip()}
        if note.text in known[segment.id]:
            continue
        uow.comments.add(Comment(segment.id, note.author or actor.user, note.text))
        known[segment.id].add(note.text)
        added += 1
    return added
