"""Concordance: a word or phrase searched in the memory's sources and targets, the hits highlighted.

Ctrl+K fills the field with the selected text (or the typed phrase stays) and searches on a worker; the
results list each unit's source and target with the phrase marked, approved units flagged, tags as chips.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from translator_app.services.memory import ConcordanceHit
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.paint_roles import mute, roles
from translator_app.ui.editor.chip_text import chips_in_document


def marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as HTML with the spans highlighted (the hit's own text colour: on the target side, the
    view's text colour on the hit's background was white on pale yellow in the dark theme)."""
    hit_style = roles().concordance_hit.css() + ";font-weight:bold"
    pieces: list[str] = []
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        pieces.append(escape(text[last:start]))
        pieces.append(f'<span style="{hit_style}">{escape(text[start:end])}</span>')
        last = end
    pieces.append(escape(text[last:]))
    return "".join(pieces)


class ConcordancePanel(QWidget):
    """A search field and the memory units that contain the phrase; :attr:`search_requested` asks."""

    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concordancePanel")
        self.setAccessibleName(self.tr("Concordance"))
        self.field = QLineEdit(self)
        self.field.setObjectName("concordanceField")
        self.field.setAccessibleName(self.tr("Phrase to search in the memory"))
        self.field.setPlaceholderText(self.tr("Search the memory (Ctrl+K)…"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.search)
        self.button = QToolButton(self)
        self.button.setObjectName("concordanceSearch")
        self.button.setText(self.tr("Search"))
        self.button.clicked.connect(self.search)
        self.summary = QLabel(self)
        self.summary.setObjectName("concordanceSummary")
        mute(self.summary)
        self.results = QTextBrowser(self)
        self.results.setObjectName("concordanceResults")
        self.results.setAccessibleName(self.tr("Concordance results"))
        self.results.setOpenLinks(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.hits: list[ConcordanceHit] = []

    def search(self, phrase: str | None = None) -> None:
        """Search ``phrase`` (or the field's text); a blank phrase just focuses the field."""
        if phrase:
            self.field.setText(phrase)
        text = self.field.text().strip()
        self.field.setFocus()
        if not text:
            return
        self.summary.setText(self.tr("Searching…"))
        self.search_requested.emit(text)

    def show_hits(self, phrase: str, hits: Sequence[ConcordanceHit]) -> None:
        self.hits = list(hits)
        if not hits:
            self.summary.setText(self.tr("“{phrase}” is not in the memory.").format(phrase=phrase))
            self.results.clear()
            return
        count = len(hits)
        self.summary.setText(
            english_plural(self.tr("%n unit(s) with “{phrase}”", "", count), count).format(phrase=phrase)
        )
        approved = escape(self.tr("approved"))
        inks = roles()
        rows = []
        for hit in hits:
            flag = f' <span style="{inks.success.css()}">✔ {approved}</span>' if hit.unit.approved else ""
            rows.append(
                f'<p style="margin:0 0 8px 0"><span style="{inks.secondary.css()}">'
                f"{marked(hit.unit.source, hit.source_spans)}</span>{flag}<br>"
                f"{marked(hit.unit.target, hit.target_spans)}</p>"
            )
        self.results.setHtml("".join(rows))
        chips_in_document(self.results.document())

    def show_failure(self, text: str) -> None:
        self.summary.setText(text)
        self.results.clear()
