"""QA as the translator types: after a short pause the target is checked and the findings underlined.

Errors get a wavy red underline, warnings an orange one, with the finding's sentence as the tooltip. The
underlines are extra selections, so they never enter the document or its undo history. ``check_text`` is
two small reads and the checks on one sentence (about a millisecond on SQLite), so it runs inline on the
pause timer rather than on a worker, and the underlines always match the text on screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from translator_app.domain.qa import Finding, Severity
from translator_app.domain.tags import find_tags
from translator_app.ui.common.qa_text import SEVERITY_COLORS, describe_finding
from translator_app.ui.editor.target_editor import TargetEditor

#: Typing pause after which the target is checked.
QA_DELAY_MS = 300

CheckText = Callable[[int, str], list[Finding]]


def document_position(text: str, offset: int) -> int:
    """Where offset ``offset`` of segment text falls in the editor, whose tags are one chip character each."""
    shift = 0
    for tag in find_tags(text):
        if tag.start >= offset:
            break
        if tag.end > offset:
            return tag.start - shift
        shift += tag.end - tag.start - 1
    return offset - shift


def underline_format(severity: Severity) -> QTextCharFormat:
    """A wavy underline in the severity's colour over a light tint of it (the spell-checker only underlines,
    so the two never look alike)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    color = QColor(SEVERITY_COLORS[severity])
    fmt.setUnderlineColor(color)
    tint = QColor(color)
    tint.setAlpha(40)
    fmt.setBackground(tint)
    return fmt


class LiveQa(QObject):
    """Checks the open editor's target on each pause in typing and underlines what it finds."""

    #: (segment id, findings) for the text now in the editor.
    findings_changed = Signal(int, object)

    def __init__(self, check_text: CheckText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check_text = check_text
        self.editor: TargetEditor | None = None
        self.segment_id: int | None = None
        self.findings: list[Finding] = []
        self.spans: list[tuple[int, int, Finding]] = []
        self.last_check_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QA_DELAY_MS)
        self._timer.timeout.connect(self.check_now)

    def attach(self, editor: TargetEditor, segment_id: int | None) -> None:
        """Follow a newly opened editor (the previous one is left alone: it is closing)."""
        self.editor = editor
        self.segment_id = segment_id
        editor.textChanged.connect(self._typed)
        editor.viewport().installEventFilter(self)
        editor.destroyed.connect(self._forget)
        self.check_now()

    def _typed(self) -> None:
        if self.sender() is self.editor:
            self._timer.start()

    def _forget(self, *_: object) -> None:
        """An editor went away: forget it if it was the one followed (bound slot: safe at shutdown)."""
        if self.editor is not None and not shiboken6.isValid(self.editor):
            self.editor = None
            self._timer.stop()

    def check_now(self) -> None:
        """Check the editor's text at once (the pause timer calls this)."""
        self._timer.stop()
        editor, segment_id = self.editor, self.segment_id
        if editor is None or segment_id is None or not shiboken6.isValid(editor):
            return
        text = editor.text()
        started = time.perf_counter()
        try:
            found = self._check_text(segment_id, text)
        except Exception:  # a check that fails must never break typing
            found = []
        self.last_check_ms = (time.perf_counter() - started) * 1000
        self.findings = found
        self._underline(editor, text, found)
        self.findings_changed.emit(segment_id, found)

    def _underline(self, editor: QTextEdit, text: str, found: list[Finding]) -> None:
        selections = []
        self.spans = []
        order = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
        for finding in sorted(found, key=lambda f: order[f.severity]):
            if finding.end <= finding.start or finding.severity is Severity.INFO:
                continue
            start, end = document_position(text, finding.start), document_position(text, finding.end)
            end = max(end, start + 1)
            cursor = QTextCursor(editor.document())
            cursor.setPosition(min(start, editor.document().characterCount() - 1))
            cursor.setPosition(
                min(end, editor.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor
            )
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = underline_format(finding.severity)
            selections.append(selection)
            self.spans.append((start, end, finding))
        editor.setExtraSelections(selections)

    def underlined(self) -> list[tuple[int, int, Severity]]:
        """The underlined ranges of the editor and their severity (tests read it)."""
        return [(start, end, finding.severity) for start, end, finding in self.spans]

    def tooltip_at(self, position: int) -> str:
        """The sentences of the findings underlined at a document position."""
        lines = [describe_finding(f) for start, end, f in self.spans if start <= position < end]
        return "\n".join(dict.fromkeys(lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editor = self.editor
        if event.type() == QEvent.Type.ToolTip and editor is not None and watched is editor.viewport():
            assert isinstance(event, QHelpEvent)
            position = editor.cursorForPosition(event.pos()).position()
            text = self.tooltip_at(position) or self.tooltip_at(position - 1)
            if text:
                QToolTip.showText(event.globalPos(), text, editor)
                return True
        return super().eventFilter(watched, event)
