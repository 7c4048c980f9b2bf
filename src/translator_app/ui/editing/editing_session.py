"""The work on one open release: the active segment, saving, confirming, moving, undo, review decisions.

Every write goes through the workspace's services with the version the grid shows, so a change made elsewhere
since is never overwritten: it comes back as a conflict the window shows, with the user's text kept. Nothing
here builds widgets; the window wires the actions to these methods.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from translator_app.domain.errors import ConflictError, DomainError
from translator_app.domain.models import Release, Segment, StoredSegment
from translator_app.services.repetitions import repetition_key
from translator_app.services.workspace import Workspace
from translator_app.ui.common.errors import describe
from translator_app.ui.editing.undo_commands import EditCommand
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.grid.segment_filter import TO_DO_STATUSES, SegmentFilterProxy
from translator_app.ui.grid.segment_model import Column, SegmentTableModel
from translator_app.ui.grid.segment_table import SegmentTable

#: An unconfirmed edit is saved as a draft after this much idle time.
DRAFT_IDLE_MS = 1500


@dataclass(frozen=True)
class Conflict:
    """A write refused because the segment moved on: theirs is stored, the user's text is kept here."""

    theirs: Segment
    mine: str
    confirm: bool
    changed_by: str


class EditingSession(QObject):
    """Owns the undo stack and the active segment of the release on screen."""

    conflict = Signal(object)
    message = Signal(str)
    current_segment_changed = Signal(object)
    segments_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        model: SegmentTableModel,
        proxy: SegmentFilterProxy,
        table: SegmentTable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = model
        self.proxy = proxy
        self.table = table
        self.release: Release | None = None
        self.undo_stack = QUndoStack(self)
        self._repetitions: dict[str, list[int]] = {}
        self._visit = 0
        #: A refused save whose text the conflict banner holds: never saved behind the user's back.
        self.pending_conflict: Conflict | None = None
        self._last_row = -1
        self._holding = 0
        self._held_change = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_IDLE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        model.target_submitted.connect(self._on_target_submitted)
        table.segment_delegate.editor_opened.connect(self._on_editor_opened)
        table.selectionModel().currentChanged.connect(self._on_current_changed)

    # --- loading ---------------------------------------------------------------------------------------

    def load(
        self, release: Release, segments: Sequence[Segment], start_segment_id: int | None = None
    ) -> None:
        """Show a release; the undo history belongs to the previous one and is dropped."""
        self.commit_editor()
        self.undo_stack.clear()
        self.release = release
        self._last_row = -1
        self.model.set_segments(segments)
        groups: dict[str, list[int]] = defaultdict(list)
        for row, segment in enumerate(segments):
            if segment.translatable:
                groups[repetition_key(segment.source)].append(row)
        self._repetitions = {key: rows for key, rows in groups.items() if len(rows) > 1}
        start = self.model.row_of(start_segment_id) if start_segment_id is not None else None
        if start is None:
            start = self._next_row(-1, lambda s: s.translatable and s.status in TO_DO_STATUSES)
        self.go_to_row(start if start is not None else 0)
        self._announce_change()

    @contextmanager
    def holding_changes(self) -> Iterator[None]:
        """Announce the changes made inside as one: ``segments_changed`` once, at the end (not per segment,
        each announcement making the window read counts, history, comments and sign-off again)."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding and self._held_change:
                self._held_change = False
                self.segments_changed.emit()

    def _announce_change(self) -> None:
        if self._holding:
            self._held_change = True
        else:
            self.segments_changed.emit()

    def repetition_rows(self, segment: Segment) -> list[int]:
        """Rows of the other segments with the same source (a confirmation fills them as drafts)."""
        rows = self._repetitions.get(repetition_key(segment.source), [])
        return [row for row in rows if self.model.segment_at(row).id != segment.id]

    # --- where we are ----------------------------------------------------------------------------------

    def current_row(self) -> int | None:
        """The model row of the active segment."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def current_segment(self) -> Segment | None:
        row = self.current_row()
        return self.model.segment_at(row) if row is not None else None

    def editor(self) -> TargetEditor | None:
        """The open target editor, when it is on the active row."""
        delegate = self.table.segment_delegate
        row = self.current_row()
        if delegate.editor is None or row is None:
            return None
        index = delegate.editor_index
        if not index.isValid() or self.proxy.source_row(index.row()) != row:
            return None
        return delegate.editor

    def go_to_row(self, row: int, open_editor: bool = True) -> bool:
        """Make a model row active, scrolled into view, its target open for typing when editable."""
        view_row = self.proxy.view_row(row) if 0 <= row < self.model.rowCount() else -1
        if view_row < 0:
            return False
        index = self.proxy.index(view_row, Column.TARGET)
        self.table.setCurrentIndex(index)
        visible = self.table.viewport().rect().contains(self.table.visualRect(index))
        hint = self.table.ScrollHint.EnsureVisible if visible else self.table.ScrollHint.PositionAtCenter
        self.table.scrollTo(index, hint)
        if open_editor:
            self._open_editor(index)
        return True

    def move(self, step: int) -> None:
        """Ctrl+Up / Ctrl+Down: the previous or next row in view."""
        index = self.table.currentIndex()
        view_row = index.row() + step if index.isValid() else 0
        if 0 <= view_row < self.proxy.rowCount():
            self.go_to_row(self.proxy.source_row(view_row))

    def _open_editor(self, index: QModelIndex) -> None:
        if self.editor() is None and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        if row == self._last_row:
            return
        self._last_row = row
        self._draft_timer.stop()
        segment = self.model.segment_at(row) if row >= 0 else None
        self.current_segment_changed.emit(segment)
        if current.isValid() and current.column() != Column.TARGET:
            QTimer.singleShot(0, lambda: self._open_target_of(current.row()))

    def _open_target_of(self, view_row: int) -> None:
        if self.table.currentIndex().row() == view_row:
            self._open_editor(self.proxy.index(view_row, Column.TARGET))

    def _next_row(self, after_view_row: int, wanted: Callable[[Segment], bool]) -> int | None:
        """The model row of the first row in view after ``after_view_row`` (wrapping) that is ``wanted``."""
        count = self.proxy.rowCount()
        for offset in range(1, count + 1):
            view_row = (after_view_row + offset) % count
            row = self.proxy.source_row(view_row)
            if wanted(self.model.segment_at(row)):
                return row
        return None

    # --- editing ---------------------------------------------------------------------------------------

    def _on_editor_opened(self, editor: TargetEditor) -> None:
        self._visit += 1
        editor.textChanged.connect(self._draft_timer.start)
        editor.height_changed.connect(lambda: self._fit_editor_row(editor))

    def _fit_editor_row(self, editor: TargetEditor) -> None:
        index = self.table.segment_delegate.editor_index
        if editor is self.table.segment_delegate.editor and index.isValid():
            self.table.fit_row(index.row())

    def _on_target_submitted(self, segment_id: int, text: str) -> None:
        """The editor closed with a changed target (the user moved on): keep it as a draft."""
        self._draft_timer.stop()
        if not self._held_by_conflict(segment_id):
            self.apply_edit(segment_id, text, confirm=False)

    def _held_by_conflict(self, segment_id: int) -> bool:
        pending = self.pending_conflict
        return pending is not None and pending.theirs.id == segment_id

    def save_draft(self) -> None:
        """Store the open editor's text as a draft (after an idle moment, and before leaving)."""
        self._draft_timer.stop()
        editor, segment = self.editor(), self.current_segment()
        if editor is None or segment is None or segment.id is None or self._held_by_conflict(segment.id):
            return
        if editor.text() != segment.target:
            self.apply_edit(segment.id, editor.text(), confirm=False)

    def commit_editor(self) -> None:
        """Save what the open editor holds (before closing, switching release or exporting)."""
        self.save_draft()

    def apply_edit(self, segment_id: int, text: str, confirm: bool) -> Segment | None:
        """Store a target as the user, one undo step; None when refused (the reason is shown)."""
        row = self.model.row_of(segment_id)
        if row is None:
            return None
        shown = self.model.segment_at(row)
        try:
            result = self.workspace.editing.edit(
                segment_id, text, self.workspace.actor, confirm=confirm, expected_version=shown.version
            )
        except ConflictError as error:
            self._report_conflict(error, shown, text, confirm)
            return None
        except DomainError as error:
            self.message.emit(describe(error))
            return None
        if self._held_by_conflict(segment_id):
            self.pending_conflict = None
            self.conflict.emit(None)
        saved = result.segment
        if saved.version == shown.version:
            return saved
        self.model.replace_segment(saved)
        before: list[Segment] = [shown]
        after: list[Segment] = [saved]
        for filled in result.repetitions:
            filled_row = self.model.row_of(filled.id)
            if filled_row is not None:
                before.append(self.model.segment_at(filled_row))
                after.append(filled)
                self.model.replace_segment(filled)
        label = self.tr("Confirm segment {n}") if confirm else self.tr("Edit segment {n}")
        active = self.current_segment()
        visit = (
            self._visit
            if self.editor() is not None and active is not None and active.id == segment_id
            else None
        )
        command = EditCommand(
            label.format(n=shown.position + 1), before, after, self._restore, self._refused, visit
        )
        self.undo_stack.push(command)
        self._announce_change()
        return saved

    def _restore(self, states: list[Segment]) -> None:
        for state in states:
            assert state.id is not None
            row = self.model.row_of(state.id)
            if row is None:
                continue
            shown = self.model.segment_at(row)
            assert isinstance(state, StoredSegment)
            saved = self.workspace.editing.restore(
                state, self.workspace.actor, expected_version=shown.version
            )
            self.model.replace_segment(saved)
        self._announce_change()
        if states and states[0].id is not None:
            row = self.model.row_of(states[0].id)
            if row is not None and row != self.current_row():
                QTimer.singleShot(0, lambda: self.go_to_row(row))

    def _refused(self, error: DomainError, state: Segment) -> None:
        if isinstance(error, ConflictError):
            self._report_conflict(error, state, state.target, False, keep=False)
        else:
            self.message.emit(describe(error))

    def _report_conflict(
        self, error: ConflictError, shown: Segment, mine: str, confirm: bool, keep: bool = True
    ) -> None:
        """Show the stored version in the grid and hand the user's text to the conflict banner."""
        assert shown.id is not None
        theirs = self.workspace.releases.segment(shown.id)
        editor, active = self.editor(), self.current_segment()
        self.model.replace_segment(theirs)
        if editor is not None and active is not None and active.id == shown.id:
            editor.replace_all_text(mine)
        self._announce_change()
        who = error.changed_by or theirs.updated_by or self.tr("someone else")
        conflict = Conflict(theirs, mine if keep else "", confirm, who)
        self.pending_conflict = conflict if keep else None
        self.conflict.emit(conflict)

    def use_my_text(self, conflict: Conflict) -> None:
        """Apply the user's text over the stored version, knowingly (the conflict banner's button)."""
        assert conflict.theirs.id is not None
        self.pending_conflict = None
        row = self.model.row_of(conflict.theirs.id)
        self.apply_edit(conflict.theirs.id, conflict.mine, confirm=conflict.confirm)
        if row is not None:
            self.go_to_row(row)

    def keep_theirs(self, conflict: Conflict) -> None:
        """Drop the user's text; the segment opens again on the stored version."""
        self.pending_conflict = None
        editor, segment = self.editor(), self.current_segment()
        if editor is not None and segment is not None and segment.id == conflict.theirs.id:
            editor.load(segment.target, segment.source)
            return
        row = self.model.row_of(conflict.theirs.id) if conflict.theirs.id is not None else None
        if row is not None:
            self.go_to_row(row)

    # --- keyboard flow ---------------------------------------------------------------------------------

    def confirm_and_next(self) -> None:
        """Ctrl+Enter: confirm the active segment, then go to the next one still to do."""
        segment = self.current_segment()
        if segment is None or segment.id is None:
            return
        if segment.translatable:
            editor = self.editor()
            text = editor.text() if editor is not None else segment.target
            self._draft_timer.stop()
            if self.apply_edit(segment.id, text, confirm=True) is None:
                return
        self.go_to_next(lambda s: s.translatable and s.status in TO_DO_STATUSES)

    def go_to_next(self, wanted: Callable[[Segment], bool]) -> None:
        """Go to the next row in view (wrapping) whose segment is ``wanted``."""
        index = self.table.currentIndex()
        row = self._next_row(index.row() if index.isValid() else -1, wanted)
        if row is None or row == self.current_row():
            self.message.emit(self.tr("No more segments to do in this view."))
            return
        self.go_to_row(row)

    def toggle_translatable(self) -> Segment | None:
        """Ctrl+Shift+X: mark the active segment to translate, or to leave as it is (a menu line, say)."""
        shown = self.current_segment()
        if shown is None or shown.id is None:
            return None
        self.save_draft()
        shown = self.model.segment_at(self.model.row_of(shown.id) or 0)
        assert shown.id is not None
        try:
            saved = self.workspace.editing.set_translatable(
                shown.id, not shown.translatable, self.workspace.actor, expected_version=shown.version
            )
        except ConflictError as error:
            self._report_conflict(error, shown, shown.target, False, keep=False)
            return None
        except DomainError as error:
            self.message.emit(describe(error))
            return None
        self.model.replace_segment(saved)
        self._announce_change()
        return saved

    def copy_source(self) -> None:
        """Ctrl+Shift+S: the source, tags included, replaces the target in the editor."""
        self.replace_target_text(None)

    def replace_target_text(self, text: str | None) -> None:
        """Put ``text`` (the source when None) in the active segment's editor, opening it if needed."""
        segment = self.current_segment()
        if segment is None or not segment.translatable:
            return
        if self.editor() is None:
            self._open_editor(self.table.currentIndex().siblingAtColumn(Column.TARGET))
        editor = self.editor()
        if editor is not None:
            editor.replace_all_text(segment.source if text is None else text)
            editor.setFocus()

    def insert_next_tag(self) -> None:
        editor = self.editor()
        if editor is None or not editor.insert_next_missing_tag():
            self.message.emit(self.tr("No tag of the source is missing from the target."))

    def insert_suggestion(self, target: str, whole: bool = True) -> None:
        """A chosen suggestion replaces the target (a match) or goes in at the cursor (a term)."""
        editor = self.editor()
        if whole or editor is None:
            self.replace_target_text(target)
            return
        editor.insertPlainText(target)
        editor.setFocus()

    def report_conflict(self, error: ConflictError, shown: Segment) -> None:
        """A decision refused because the segment moved on (nothing of the user's to keep)."""
        self._report_conflict(error, shown, shown.target, True, keep=False)

    def undo(self) -> None:
        self.commit_editor()
        with self.holding_changes():  # a macro (Replace all) restores many segments
            self.undo_stack.undo()

    def redo(self) -> None:
        self.commit_editor()
        with self.holding_changes():
            self.undo_stack.redo()
