"""Help › Keyboard shortcuts: every action with its keys, grouped as in the menus."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from translator_app.ui.frame.actions import WindowActions


def shortcuts_html(actions: WindowActions) -> str:
    """The sheet as an HTML table (also handy for the README)."""
    rows: list[str] = []
    for group in actions.groups:
        rows.append(f'<tr><th colspan="2" align="left"><br>{escape(group.name)}</th></tr>')
        for action in group.actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if not keys:
                continue
            name = escape(action.text().replace("&", "").rstrip("…"))
            shown = " / ".join(f"<code>{escape(k)}</code>" for k in keys)
            rows.append(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{shown}</td></tr>")
    return "<table cellspacing='2'>" + "".join(rows) + "</table>"


class ShortcutsDialog(QDialog):
    def __init__(self, actions: WindowActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("shortcutsSheet")
        self.sheet.setHtml(shortcuts_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)
        self.resize(520, 620)
