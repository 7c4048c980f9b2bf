"""Edit › Add to the glossary (Ctrl+Shift+G, as in OmegaT): a term from the words selected in the source and
the target of the active segment, highlighted in the source as soon as it is saved.

The source words come from the selection in the source shown above the suggestions, the target words from
the editor's selection (tags left out); either may be empty and typed in the dialog. The entry goes to the
open release's language pair.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.tags import strip_tags
from translator_app.domain.terms import Term
from translator_app.services.workspace import Workspace
from translator_app.ui.common.errors import describe, open_error_box
from translator_app.ui.dialogs.term_dialog import TermDialog
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.editor.tag_chips import document_text
from translator_app.ui.panels.assist_tab import SuggestionsTab

REOPEN_GRACE_MS = 1000


class TermCapture(QObject):
    """Opens the term dialog prefilled from the selections; :attr:`added` carries the stored term."""

    added = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        session: EditingSession,
        tab: SuggestionsTab,
        notify: Callable[[str], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.workspace = workspace
        self.session = session
        self.tab = tab
        self.notify = notify
        self.dialog_parent = dialog_parent
        self.dialog: TermDialog | None = None

    def selected_source(self) -> str:
        return " ".join(self.tab.source_view.selectedText().split())

    def selected_target(self) -> str:
        editor = self.session.editor()
        if editor is None or not editor.textCursor().hasSelection():
            return ""
        cursor = editor.textCursor()
        text = document_text(editor.document(), cursor.selectionStart(), cursor.selectionEnd())
        return " ".join(strip_tags(text).split())

    def add_from_selection(self) -> TermDialog | None:
        """Ctrl+Shift+G: the dialog, prefilled; Enter saves when both terms are there."""
        release = self.session.release.release
        if release is None:
            self.notify(self.tr("Open a release first: the term goes to its language pair."))
            return None
        term = Term(release.source_lang, release.target_lang, self.selected_source(), self.selected_target())
        row = self.session.current_row() if self.session.editor() is not None else None
        dialog = TermDialog(term, self.dialog_parent)
        dialog.accepted.connect(lambda: self.save(dialog.term()))
        dialog.finished.connect(dialog.deleteLater)
        if row is not None:
            dialog.finished.connect(lambda _result: self._back_to_typing(row))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _back_to_typing(self, row: int) -> None:
        """Reopen the target where the translator was (the typing was kept as a draft). The editor closes
        when the dialog takes the focus; where the window system says so late, wait for that close."""
        if self.session.editor() is None:
            self.session.go_to_row(row)
            return
        closed = self.session.table.segment_delegate.editor_closed
        timer = QTimer(self)
        timer.setSingleShot(True)

        def reopen() -> None:
            timer.stop()
            with suppress(RuntimeError, TypeError):
                closed.disconnect(reopen)
            self.session.go_to_row(row)

        closed.connect(reopen)
        timer.timeout.connect(lambda: closed.disconnect(reopen))
        timer.start(REOPEN_GRACE_MS)

    def save(self, term: Term) -> Term | None:
        try:
            stored = self.workspace.glossary.add(term, self.workspace.actor)
        except DomainError as error:
            open_error_box(self.dialog_parent, self.tr("The term was not added"), describe(error))
            return None
        self.notify(
            self.tr("Added to the glossary: {source} → {target}.").format(
                source=stored.source_term, target=stored.target_term
            )
        )
        self.added.emit(stored)
        return stored
