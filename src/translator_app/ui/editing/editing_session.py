"""The work on the active segment of the open release: moving, saving, confirming, undo, and every typed word.

Every write goes through the release writer with the version the window holds, so a change made elsewhere
since is never overwritten: it comes back as a conflict of the open release, with the user's text kept.
Typing is stored as a draft when the user leaves the segment (or the filters hide it), pauses, switches
release or closes the window; Esc goes back to the text the segment had, as one undoable step. The grid keeps
the user's place through filter changes and shows the next segment with context below it. Nothing here
builds widgets; the window wires the actions to these methods.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from translator_app.domain.errors import ConflictError, DomainError
from translator_app.domain.models import HUMAN, Origin, Segment, StoredSegment
from translator_app.services.open_release import Conflict, ReleaseChange, Typing
from translator_app.services.release_writer import ReleaseWriter
from translator_app.services.typing_journal import TypingJournal
from translator_app.ui.common.errors import describe
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.editing.text_origin import TextOrigin
from translator_app.ui.editing.typing_keeper import TypingKeeper
from translator_app.ui.editing.undo_commands import EditCommand
from translator_app.ui.editor.target_editor import TargetEditor
from translator_app.ui.grid.segment_filter import TO_DO_STATUSES, SegmentFilterProxy
from translator_app.ui.grid.segment_model import Column, SegmentTableModel
from translator_app.ui.grid.segment_table import SegmentTable


def to_do(segment: Segment) -> bool:
    """A segment the translator still has to work on."""
    return segment.translatable and segment.status in TO_DO_STATUSES


class EditingSession(QObject):
    """Owns the undo stack and the active segment of the release on screen."""

    current_segment_changed = Signal(object)

    def __init__(
        self,
        writer: ReleaseWriter,
        model: SegmentTableModel,
        proxy: SegmentFilterProxy,
        table: SegmentTable,
        notify: Callable[[str], None],
        journal: TypingJournal | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self.release = writer.release
        self.model = model
        self.proxy = proxy
        self.table = table
        self.notify = notify
        self.undo_stack = QUndoStack(self)
        self.keeper = TypingKeeper(self.release, journal, self.save_draft, self)
        self.origins = TextOrigin()
        """Where the open editor's text came from (a match inserted keeps its score through edits)."""
        self._visit = 0
        self._active_id: int | None = None
        self._filtering = False
        self._place: int | None = None
        self._place_had_focus = False
        self._stash: Typing | None = None
        self._start_at: int | None = None
        self._resume: tuple[int | None, int | None] = (None, None)
        delegate = table.segment_delegate
        model.target_submitted.connect(self._on_target_submitted)
        delegate.editor_opened.connect(self._on_editor_opened)
        delegate.editor_closed.connect(self.keeper.stop)
        delegate.reverted.connect(self._reverted)
        table.selectionModel().currentChanged.connect(self._on_current_changed)
        proxy.filter_about_to_change.connect(self._before_filter_change)
        proxy.filter_changed.connect(self._after_filter_change)
        self.release.resetting.connect(self._before_reset)
        self.release.changed.connect(self._after_reset)

    # --- starting on a release -------------------------------------------------------------------------

    def expect_start(self, segment_id: int | None) -> None:
        """The next load of the open release starts at ``segment_id`` (where the user last was)."""
        self._start_at = segment_id

    def _before_reset(self, _event: None) -> None:
        self._stash = self.release.unsaved_typing()
        release = self.release.release
        self._resume = (release.id if release is not None else None, self._active_id)

    def _after_reset(self, change: ReleaseChange) -> None:
        """The open release was (re)loaded: start where asked, else where the user was in the same release,
        else at the first segment still to do."""
        if not change.reset:
            return
        release = self.release.release
        start_at, self._start_at = self._start_at, None
        if start_at is None and release is not None and release.id == self._resume[0]:
            start_at = self._resume[1]
        self.start(start_at)

    def start(self, segment_id: int | None = None) -> None:
        """After the open release was (re)loaded: the undo history is dropped; go to ``segment_id`` (where
        the user last was), else the first segment still to do. Typing that a reload caught unsaved comes
        back into its editor."""
        self.undo_stack.clear()
        self._active_id = None
        stash, self._stash = self._stash, None
        row = self.release.row_of(segment_id) if segment_id is not None else None
        if row is None or self.proxy.view_row(row) < 0:
            row = self._next_row(-1, to_do)
        if not self.go_to_row(row if row is not None else 0):
            self.current_segment_changed.emit(None)
        else:  # the panels follow even when the grid kept the same current cell through the reset
            self._on_current_changed(self.table.currentIndex(), QModelIndex())
        if stash is not None:
            self.restore_typing(stash.segment_id, stash.text)

    def restore_typing(self, segment_id: int, text: str, version: int | None = None) -> bool:
        """Put ``text`` back into the segment's editor as unsaved typing (after a reload, or from the journal
        of a session that ended abruptly). When the segment was changed since ``version``, their version and
        this text become a conflict to settle instead."""
        held = self.release.segment(segment_id)
        row = self.release.row_of(segment_id)
        if held is None or row is None or held.target == text or not self.go_to_row(row):
            return False
        if version is not None and held.version != version:
            self.release.record_conflict(Conflict(held, text, False, held.updated_by))
            return True
        editor = self.editor()
        if editor is None:
            return False
        editor.replace_all_text(text)
        editor.setFocus()
        return True

    # --- where we are ----------------------------------------------------------------------------------

    def current_row(self) -> int | None:
        """The model row of the active segment."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def current_segment(self) -> StoredSegment | None:
        row = self.current_row()
        return self.release.segment_at(row) if row is not None else None

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
        """Make a model row active and visible with some context below it, its target open for typing."""
        view_row = self.proxy.view_row(row) if 0 <= row < self.model.rowCount() else -1
        if view_row < 0:
            return False
        index = self.proxy.index(view_row, Column.TARGET)
        self.table.setCurrentIndex(index)
        self.table.show_with_context(index)
        if open_editor:
            self._open_editor(index)
        return True

    def go_to_segment(self, segment_id: int) -> bool:
        row = self.release.row_of(segment_id)
        return row is not None and self.go_to_row(row)

    def move(self, step: int) -> None:
        """Ctrl+Up / Ctrl+Down: the previous or next segment to translate in view; menu lines and other lines
        not to translate are passed over (a click still reaches them)."""
        index = self.table.currentIndex()
        view_row = index.row() + step if index.isValid() else 0
        while 0 <= view_row < self.proxy.rowCount():
            row = self.proxy.source_row(view_row)
            if self.release.segment_at(row).translatable:
                self.go_to_row(row)
                return
            view_row += step

    def _open_editor(self, index: QModelIndex) -> None:
        if self.editor() is None and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filtering:
            return  # the filters are changing: the place is put back afterwards
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        segment = self.release.segment_at(row) if row >= 0 else None
        segment_id = segment.id if segment is not None else None
        if segment_id == self._active_id:
            return
        self._active_id = segment_id
        self.current_segment_changed.emit(segment)
        if current.isValid() and current.column() != Column.TARGET:
            QTimer.singleShot(0, lambda: self._open_target_of(current.row()))

    def _open_target_of(self, view_row: int) -> None:
        if self.table.currentIndex().row() == view_row:
            self._open_editor(self.proxy.index(view_row, Column.TARGET))

    def _next_row(self, after_view_row: int, wanted: Callable[[Segment], bool], step: int = 1) -> int | None:
        """The model row of the first row in view after ``after_view_row`` (before it when ``step`` is -1),
        wrapping, that is ``wanted``."""
        count = self.proxy.rowCount()
        for offset in range(1, count + 1):
            view_row = (after_view_row + step * offset) % count
            row = self.proxy.source_row(view_row)
            if wanted(self.release.segment_at(row)):
                return row
        return None

    # --- keeping the place through filter changes -----------------------------------------------------

    def _before_filter_change(self) -> None:
        """The active row may vanish: its typing is stored first, and the place remembered."""
        self.save_draft()
        focus = self.table.window().focusWidget() if self.table.window() is not None else None
        self._place_had_focus = focus is not None and (focus is self.table or self.table.isAncestorOf(focus))
        self._place = self._active_id
        self._filtering = True

    def _after_filter_change(self) -> None:
        """The active segment stays selected and in view, or the nearest one in view when it is hidden."""
        self._filtering = False
        place, self._place = self._place, None
        row = self.release.row_of(place) if place is not None else 0
        nearest = self.proxy.nearest_visible(row if row is not None else 0)
        if nearest is None:
            self.table.setCurrentIndex(QModelIndex())
            self._active_id = None
            self.current_segment_changed.emit(None)
            return
        self.go_to_row(nearest, open_editor=self._place_had_focus)
        # The same view row may hold another segment now: the panels follow it.
        self._on_current_changed(self.table.currentIndex(), QModelIndex())

    # --- editing ---------------------------------------------------------------------------------------

    def _on_editor_opened(self, editor: TargetEditor) -> None:
        self._visit += 1
        index = self.table.segment_delegate.editor_index
        if index.isValid():
            segment = self.release.segment_at(self.proxy.source_row(index.row()))
            self.keeper.follow(editor, segment.id)
            self.origins.opened(segment.id, editor.text(), segment.origin)
        editor.height_changed.connect(lambda: self._fit_editor_row(editor))
        editor.textChanged.connect(lambda: self._editor_text_changed(editor))

    def _editor_text_changed(self, editor: TargetEditor) -> None:
        if editor.document().isEmpty():  # cheap on every keystroke, unlike reading the text
            self.origins.cleared()

    def _fit_editor_row(self, editor: TargetEditor) -> None:
        index = self.table.segment_delegate.editor_index
        if editor is self.table.segment_delegate.editor and index.isValid():
            self.table.fit_row(index.row())

    def _reverted(self, _editor: TargetEditor) -> None:
        self.notify(self.tr("Back to the text the segment had when you opened it; Ctrl+Z brings yours back."))

    def _on_target_submitted(self, segment_id: int, text: str) -> None:
        """The editor closed with a changed target (the user moved on): keep it as a draft."""
        self.keeper.cancel_draft()
        if not self._held_by_conflict(segment_id):
            self.apply_edit(segment_id, text, confirm=False)

    def _held_by_conflict(self, segment_id: int) -> bool:
        conflict = self.release.conflict(segment_id)
        return conflict is not None and conflict.holds_text

    def save_draft(self) -> None:
        """Store the open editor's text as a draft (after an idle moment, and before anything that could
        close the editor: leaving, a filter change, switching release, closing)."""
        self.keeper.cancel_draft()
        editor, segment = self.editor(), self.current_segment()
        if editor is None or segment is None or self._held_by_conflict(segment.id):
            return
        if editor.text() != segment.target:
            self.apply_edit(segment.id, editor.text(), confirm=False)

    def commit_editor(self) -> None:
        """Store what the open editor holds (before closing, switching release or exporting)."""
        self.save_draft()

    def apply_edit(self, segment_id: int, text: str, confirm: bool) -> StoredSegment | None:
        """Store a target as the user, one undo step; None when refused (a conflict, or the reason shown)."""
        held = self.release.segment(segment_id)
        if held is None:
            return None
        if not confirm and self._back_to_visit_start(segment_id, text):
            return self.release.segment(segment_id)
        earlier = {held.id: held}
        if confirm:
            earlier.update((s.id, s) for s in self.release.repetitions_of(segment_id))
        try:
            saved = self.writer.edit(
                segment_id, text, confirm=confirm, origin=self.origins.origin_for(segment_id, text)
            )
        except DomainError as error:
            self.notify(describe(error))
            return None
        if saved is None:
            return None
        if saved.segment.version == held.version:
            return saved.segment
        if saved.repetitions:
            self._tell_repetitions_filled(saved.segment, saved.repetitions)
        after = [s for s in saved.changed if s.id in earlier]
        before = [earlier[s.id] for s in after]
        label = self.tr("Confirm segment {n}") if confirm else self.tr("Edit segment {n}")
        editor = self.editor()
        active = self.current_segment()
        visit = self._visit if editor is not None and active is not None and active.id == segment_id else None
        command = EditCommand(
            label.format(n=held.position + 1), before, after, self._restore, self._refused, visit
        )
        self.undo_stack.push(command)
        return saved.segment

    def _tell_repetitions_filled(self, segment: StoredSegment, filled: tuple[StoredSegment, ...]) -> None:
        """A confirmation filled the sentence's repetitions: say which rows, and that one undo takes all."""
        rows = ", ".join(str(s.position + 1) for s in filled[:8]) + (" …" if len(filled) > 8 else "")
        count = len(filled)
        self.notify(
            english_plural(
                self.tr(
                    "Segment {n} confirmed; %n repetition(s) filled as drafts (segments {rows}). Ctrl+Z "
                    "takes them back with it.",
                    "",
                    count,
                ),
                count,
            ).format(n=segment.position + 1, rows=rows)
        )

    def _back_to_visit_start(self, segment_id: int, text: str) -> bool:
        """The editor's own undo took the text back to what the segment had when the editor opened: the
        edits of this stay are undone (status and origin come back too, a new segment is new again) rather
        than stored as one more edit by hand."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        if not isinstance(command, EditCommand) or command.visit is None or command.visit != self._visit:
            return False
        earlier = command.before.get(segment_id)
        if command.primary != segment_id or earlier is None or earlier.target != text:
            return False
        self.undo_stack.undo()
        return True

    def replace_all(self, changes: list[tuple[int, str]], label: str) -> int:
        """Store each (segment id, text) as a draft: one undo step and one change of the release; returns
        how many segments changed."""
        self.commit_editor()
        earlier = {i: s for i, s in ((i, self.release.segment(i)) for i, _ in changes) if s is not None}
        saved = self.writer.replace_all(changes)
        after = [r.segment for r in saved if r.segment.version != earlier[r.segment.id].version]
        if after:
            before = [earlier[s.id] for s in after]
            self.undo_stack.push(EditCommand(label, before, after, self._restore, self._refused))
        return len(after)

    def _restore(self, states: list[StoredSegment]) -> None:
        self.writer.restore(states)
        row = self.release.row_of(states[0].id) if states else None
        if row is not None and row != self.current_row():
            QTimer.singleShot(0, lambda: self.go_to_row(row))

    def _refused(self, error: DomainError, _state: StoredSegment) -> None:
        if not isinstance(error, ConflictError):  # a conflict is already in the open release
            self.notify(describe(error))

    def use_my_text(self, conflict: Conflict) -> None:
        """Apply the user's text over the stored version, knowingly (the conflict banner's button)."""
        self.release.settle_conflict(conflict.segment_id)
        self.apply_edit(conflict.segment_id, conflict.mine, confirm=conflict.confirm)
        self.go_to_segment(conflict.segment_id)

    def keep_theirs(self, conflict: Conflict) -> None:
        """Drop the user's text; the segment opens again on the stored version."""
        self.writer.keep_theirs(conflict)
        editor, segment = self.editor(), self.current_segment()
        if editor is not None and segment is not None and segment.id == conflict.segment_id:
            editor.load(segment.target, segment.source)
            self.origins.opened(segment.id, segment.target, segment.origin)
            return
        self.go_to_segment(conflict.segment_id)

    # --- keyboard flow ---------------------------------------------------------------------------------

    def confirm_and_next(self) -> None:
        """Ctrl+Enter: confirm the active segment, then go to the next one still to do."""
        segment = self.current_segment()
        if segment is None:
            return
        if segment.translatable:
            editor = self.editor()
            text = editor.text() if editor is not None else segment.target
            self.keeper.cancel_draft()
            if self.apply_edit(segment.id, text, confirm=True) is None:
                return
        self.go_to_next(to_do)

    def go_to_next(
        self, wanted: Callable[[Segment], bool], step: int = 1, none_left: str | None = None
    ) -> bool:
        """Go to the next row in view (the previous one when ``step`` is -1), wrapping, whose segment is
        ``wanted``; ``none_left`` is said when there is none (other than the active one)."""
        index = self.table.currentIndex()
        start = index.row() if index.isValid() else (-1 if step > 0 else self.proxy.rowCount())
        row = self._next_row(start, wanted, step)
        if row is None or row == self.current_row():
            self.notify(none_left or self.tr("No more segments to do in this view."))
            return False
        return self.go_to_row(row)

    def toggle_translatable(self) -> StoredSegment | None:
        """Ctrl+Shift+X: mark the active segment to translate, or to leave as it is (a menu line, say)."""
        shown = self.current_segment()
        if shown is None:
            return None
        self.save_draft()
        shown = self.release.segment(shown.id) or shown
        try:
            return self.writer.set_translatable(shown.id, not shown.translatable)
        except DomainError as error:
            self.notify(describe(error))
            return None

    def copy_source(self) -> None:
        """Ctrl+Shift+S: the source, tags included, replaces the target in the editor."""
        self.replace_target_text(None)

    def replace_target_text(self, text: str | None, origin: Origin = HUMAN) -> None:
        """Put ``text`` (the source when None) in the active segment's editor, opening it if needed; one
        step of the editor's undo, so Esc or Ctrl+Z take it back and the text before it survives.
        ``origin`` is where the text came from (a match's score), stored with it."""
        segment = self.current_segment()
        if segment is None or not segment.translatable:
            return
        if self.editor() is None:
            self._open_editor(self.table.currentIndex().siblingAtColumn(Column.TARGET))
        editor = self.editor()
        if editor is not None:
            new_text = segment.source if text is None else text
            editor.replace_all_text(new_text)
            self.origins.inserted(segment.id, new_text, origin)
            editor.setFocus()

    def insert_match(self, segment_id: int, text: str, origin: Origin) -> bool:
        """Put a match into the empty editor of ``segment_id`` just entered (auto-insertion): only while the
        segment is still the active one and nothing was typed; one step of the editor's undo (Esc)."""
        segment, editor = self.current_segment(), self.editor()
        if segment is None or segment.id != segment_id or segment.target or editor is None:
            return False
        if not editor.document().isEmpty():
            return False
        editor.replace_all_text(text)
        self.origins.inserted(segment_id, text, origin)
        return True

    def insert_next_tag(self) -> None:
        editor = self.editor()
        if editor is None or not editor.insert_next_missing_tag():
            self.notify(self.tr("No tag of the source is missing from the target."))

    def insert_suggestion(self, target: str, whole: bool = True, origin: Origin = HUMAN) -> None:
        """A chosen suggestion replaces the target (a match, kept with its ``origin``) or goes in at the
        cursor (a term)."""
        editor = self.editor()
        if whole or editor is None:
            self.replace_target_text(target, origin)
            return
        editor.insertPlainText(target)
        editor.setFocus()

    def undo(self) -> None:
        self.commit_editor()
        with self.release.batch():  # a Replace all restores many segments: one change
            self.undo_stack.undo()

    def redo(self) -> None:
        self.commit_editor()
        with self.release.batch():
            self.undo_stack.redo()
