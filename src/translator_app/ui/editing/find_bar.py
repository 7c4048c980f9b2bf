"""Find (Ctrl+F) and find and replace (Ctrl+H) over the segments in view, as a bar above the grid.

Search in the source or the target, with case, whole word, regular expression and a status filter, among the
segments the grid's filters show (the count follows them). Replace works in targets only and, unless "Match
case" is on, writes the replacement in the case of each hit ("Preserve case": Programme → Program). "Replace
all" first lists the segments it would change, each with a tick (:class:`ReplacePreview`); the ticked ones are
stored as one step of the undo history and one change of the open release, so a single Ctrl+Z takes the whole
replacement back.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from translator_app.domain.tags import TAG
from translator_app.ui.common import icons
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.editing.replace_preview import ReplacePreview, SegmentReplacement
from translator_app.ui.editing.text_search import (
    BadPattern,
    Replaced,
    Scope,
    SearchQuery,
    find_spans,
    matches,
    replaced,
)
from translator_app.ui.editor.tag_chips import OBJECT_CHAR
from translator_app.ui.grid.filter_bar import status_choices
from translator_app.ui.grid.segment_filter import StatusFilter, status_accepts


def document_offset(text: str, offset: int) -> int:
    """Where character ``offset`` of segment text falls in the editor, where each tag is one chip."""
    return len(TAG.sub(OBJECT_CHAR, text[:offset]))


class FindBar(QFrame):
    """The find and replace controls; drives the editing session."""

    def __init__(self, session: EditingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("findBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.find_text = self._line("findText", self.tr("Find"))
        self.replace_text = self._line("replaceText", self.tr("Replace with"))
        self.scope = QComboBox(self)
        self.scope.setObjectName("findScope")
        self.scope.setAccessibleName(self.tr("Search in"))
        self.scope.addItem(self.tr("In target"), Scope.TARGET)
        self.scope.addItem(self.tr("In source"), Scope.SOURCE)
        self.match_case = self._check("matchCase", self.tr("Aa"), self.tr("Match case"))
        self.whole_word = self._check("wholeWord", self.tr("Word"), self.tr("Whole word"))
        self.regex = self._check("useRegex", self.tr(".*"), self.tr("Regular expression"))
        self.status = QComboBox(self)
        self.status.setObjectName("findStatus")
        self.status.setAccessibleName(self.tr("Only segments in status"))
        for label, choice in status_choices():
            self.status.addItem(label, choice)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status.setMinimumContentsLength(12)
        self.previous_button = self._tool(
            "findPrevious", "mdi6.chevron-up", self.tr("Previous match (Shift+F3)")
        )
        self.next_button = self._tool("findNext", "mdi6.chevron-down", self.tr("Next match (F3)"))
        self.close_button = self._tool("closeFind", "mdi6.close", self.tr("Close (Esc)"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_button.setObjectName("replaceButton")
        self.replace_all_button = QPushButton(self.tr("Replace all…"), self)
        self.replace_all_button.setObjectName("replaceAllButton")
        self.replace_all_button.setToolTip(self.tr("Lists the segments to change first, each with a tick"))
        self.preserve_case = self._check("preserveCase", "", self.tr("Preserve case"))
        self.preserve_case.setIcon(icons.icon("mdi6.format-letter-case"))
        self.preserve_case.setChecked(True)
        self.match_case.toggled.connect(lambda on: self.preserve_case.setEnabled(not on))
        self.preview: ReplacePreview | None = None

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.addWidget(self.find_text, 0, 0)
        for column, widget in enumerate(
            (self.scope, self.match_case, self.whole_word, self.regex, self.status), start=1
        ):
            grid.addWidget(widget, 0, column)
        grid.addWidget(self.previous_button, 0, 6)
        grid.addWidget(self.next_button, 0, 7)
        grid.addWidget(self.count_label, 0, 8)
        grid.addWidget(self.close_button, 0, 9)
        grid.addWidget(self.replace_text, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.preserve_case, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(8, 0)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._count_timer.timeout.connect(self.update_count)
        for signal in (
            self.find_text.textChanged,
            self.scope.currentIndexChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self._count_timer.start)
        for box in (self.match_case, self.whole_word, self.regex):
            box.toggled.connect(self._count_timer.start)
        session.proxy.filter_changed.connect(self._recount)
        session.release.changed.connect(lambda _change: self._recount())
        self.find_text.returnPressed.connect(self.find_next)
        self.replace_text.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(lambda: self.find_next(backwards=True))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def _recount(self) -> None:
        """The grid's filters or the segments changed: the count of matches in view follows."""
        if self.isVisible():
            self._count_timer.start()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(placeholder)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        line.setMinimumWidth(150)
        return line

    def _check(self, name: str, text: str, meaning: str) -> QCheckBox:
        """A compact option: a short label, its meaning in the tooltip and for screen readers."""
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setToolTip(meaning)
        box.setAccessibleName(meaning)
        return box

    def _tool(self, name: str, icon: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(icons.icon(icon))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # --- showing ---------------------------------------------------------------------------------------

    def open(self, replace: bool) -> None:
        """Show the bar (with the replace row for Ctrl+H), the find field focused and selected."""
        for widget in (self.replace_text, self.replace_button, self.replace_all_button, self.preserve_case):
            widget.setVisible(replace)
        if replace:
            self.scope.setCurrentIndex(self.scope.findData(Scope.TARGET))
        self.show()
        self.find_text.setFocus()
        self.find_text.selectAll()
        self.update_count()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.session.table.setFocus()
            return
        super().keyPressEvent(event)

    # --- searching -------------------------------------------------------------------------------------

    def query(self) -> SearchQuery:
        return SearchQuery(
            self.find_text.text(),
            Scope(self.scope.currentData()),
            self.match_case.isChecked(),
            self.whole_word.isChecked(),
            self.regex.isChecked(),
        )

    def _pattern(self) -> re.Pattern[str] | None:
        """The compiled pattern, or None (with the reason shown) when empty or malformed."""
        query = self.query()
        if not query.text:
            self._show_problem("")
            return None
        try:
            pattern = query.pattern()
        except BadPattern as error:
            self._show_problem(self.tr("Invalid regular expression: {error}").format(error=error))
            return None
        self._show_problem("")
        return pattern

    def _show_problem(self, text: str) -> None:
        self.find_text.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if text else "")
        self.find_text.setToolTip(text)
        if text:
            self.count_label.setText(self.tr("Invalid pattern"))

    def matching_rows(self) -> list[int]:
        """Model rows in view order whose searched text matches, within the bar's status filter."""
        pattern = self._pattern()
        if pattern is None:
            return []
        proxy = self.session.proxy
        return [proxy.source_row(view_row) for view_row in self._matching_view_rows(pattern)]

    def _matching_view_rows(self, pattern: re.Pattern[str]) -> list[int]:
        """The rows in view whose searched text ``pattern`` matches, within the bar's status filter."""
        scope = self.query().scope
        choice = StatusFilter(self.status.currentData())
        proxy, model = self.session.proxy, self.session.model
        view_rows = []
        for view_row in range(proxy.rowCount()):
            segment = model.segment_at(proxy.source_row(view_row))
            if status_accepts(choice, segment) and matches(pattern, segment, scope):
                view_rows.append(view_row)
        return view_rows

    def update_count(self) -> None:
        pattern = self._pattern()
        if pattern is None:
            if not self.find_text.text():
                self.count_label.clear()
            return
        n = len(self._matching_view_rows(pattern))
        self.count_label.setText(english_plural(self.tr("%n segment(s)", "", n), n))

    def find_next(self, backwards: bool = False) -> bool:
        """Go to the next (or previous) matching segment after the active one, wrapping around."""
        pattern = self._pattern()
        order = self._matching_view_rows(pattern) if pattern is not None else []
        if pattern is None or not order:
            self.session.notify(self.tr("No match."))
            return False
        here = self.session.table.currentIndex().row()
        if backwards:
            candidates = [v for v in reversed(order) if v < here] or [order[-1]]
        else:
            candidates = [v for v in order if v > here] or [order[0]]
        self.session.go_to_row(self.session.proxy.source_row(candidates[0]))
        self._select_match(pattern)
        return True

    def _select_match(self, pattern: re.Pattern[str]) -> None:
        """Select the first match in the target editor, so Replace shows what it will change."""
        editor = self.session.editor()
        if editor is None or self.query().scope is not Scope.TARGET:
            return
        text = editor.text()
        spans = find_spans(pattern, text)
        if spans:
            cursor = editor.textCursor()
            cursor.setPosition(document_offset(text, spans[0][0]))
            cursor.setPosition(document_offset(text, spans[0][1]), QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)

    # --- replacing -------------------------------------------------------------------------------------

    def _replaced(self, text: str, pattern: re.Pattern[str]) -> Replaced | None:
        preserve = self.preserve_case.isChecked() and not self.match_case.isChecked()
        try:
            return replaced(pattern, text, self.replace_text.text(), self.regex.isChecked(), preserve)
        except (re.error, IndexError) as error:
            self._show_problem(self.tr("Invalid replacement: {error}").format(error=error))
            return None

    def replace_current(self) -> None:
        """Replace in the active segment's target, then go to the next match."""
        pattern = self._pattern()
        segment = self.session.current_segment()
        if pattern is None or segment is None or not segment.translatable:
            return
        editor = self.session.editor()
        text = editor.text() if editor is not None else segment.target
        result = self._replaced(text, pattern)
        if result is not None and result.count and self.query().scope is Scope.TARGET:
            self.session.apply_edit(segment.id, result.text, confirm=False)
        self.find_next()

    def replacements(self) -> list[SegmentReplacement] | None:
        """What Replace all would change in the targets in view; None when the replacement is malformed."""
        pattern = self._pattern()
        if pattern is None or self.query().scope is not Scope.TARGET:
            return []
        self.session.commit_editor()
        found: list[SegmentReplacement] = []
        proxy, model = self.session.proxy, self.session.model
        for view_row in self._matching_view_rows(pattern):
            segment = model.segment_at(proxy.source_row(view_row))
            result = self._replaced(segment.target, pattern)
            if result is None:
                return None
            if result.count and result.text != segment.target and segment.translatable:
                found.append(SegmentReplacement(segment, result))
        return found

    def replace_all(self) -> ReplacePreview | None:
        """List the segments Replace all would change, each ticked, in a dialog; the ticked ones are replaced
        when the user confirms (:meth:`apply`). None when there is nothing to replace."""
        found = self.replacements()
        if found is None:
            return None
        if not found:
            self.session.notify(self.tr("Nothing to replace."))
            return None
        if self.preview is not None:
            self.preview.close()
        preview = ReplacePreview(self.find_text.text(), self.replace_text.text(), found, self.window())
        preview.accepted.connect(lambda: self.apply(preview.chosen()))
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        self.preview = preview
        preview.open()
        return preview

    def _preview_closed(self, preview: ReplacePreview) -> None:
        if self.preview is preview:
            self.preview = None
        preview.deleteLater()
        self.session.table.setFocus()

    def apply(self, chosen: list[SegmentReplacement]) -> int:
        """Store the chosen replacements as one undo step; returns the segments changed."""
        changes = [(r.segment.id, r.result.text) for r in chosen]
        if not changes:
            return 0
        label = self.tr("Replace all “{text}”").format(text=self.find_text.text())
        done = self.session.replace_all(changes, label)
        self.session.notify(english_plural(self.tr("Replaced in %n segment(s).", "", done), done))
        self.update_count()
        return done
