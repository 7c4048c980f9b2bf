"""The Suggestions tab around the suggestions list: the active source with its glossary terms, the MT state.

Above the numbered suggestions, the active segment's source is shown with every glossary term underlined and
tinted, its tags as chips; hovering a term shows its expected target (and note). Its words can be selected,
for Ctrl+K (concordance) and Ctrl+Shift+G (add to the glossary). Below the list, one quiet line says how
machine translation stands for this segment: fetching, unavailable (network), or a key problem with a link to
the preferences.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from translator_app.domain.terms import TermHit
from translator_app.ui.common.paint_roles import mute, roles
from translator_app.ui.editor.chip_text import ChipLabel
from translator_app.ui.panels.suggestions_panel import SuggestionsPanel

SETTINGS_LINK = "settings:deepl"


def highlighted_source(source: str, hits: Sequence[TermHit]) -> str:
    """The source as HTML, each term hit a link (``term:N``) drawn underlined and tinted."""
    term_style = roles().term.css() + ";text-decoration:underline"
    pieces: list[str] = []
    last = 0
    for number, hit in sorted(enumerate(hits), key=lambda pair: pair[1].start):
        if hit.start < last:
            continue
        pieces.append(escape(source[last : hit.start]))
        pieces.append(
            f'<a href="term:{number}" style="{term_style}">{escape(source[hit.start : hit.end])}</a>'
        )
        last = hit.end
    pieces.append(escape(source[last:]))
    return "".join(pieces)


class SuggestionsTab(QWidget):
    """Wraps the shared :class:`SuggestionsPanel` with the term-highlighted source and the MT line."""

    settings_requested = Signal()

    def __init__(self, panel: SuggestionsPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsTab")
        self.panel = panel
        self.hits: list[TermHit] = []
        self.source_view = ChipLabel(self)
        self.source_view.setObjectName("termSourceView")
        self.source_view.setAccessibleName(self.tr("Source with glossary terms"))
        self.source_view.setStyleSheet("QTextBrowser { background: palette(alternate-base); }")
        self.source_view.linkHovered.connect(self._show_term)
        self.mt_line = QLabel(self)
        self.mt_line.setObjectName("mtStatusLine")
        self.mt_line.setAccessibleName(self.tr("Machine translation status"))
        self.mt_line.setWordWrap(True)
        self.mt_line.setTextFormat(Qt.TextFormat.RichText)
        self.mt_line.setContentsMargins(8, 4, 8, 4)
        mute(self.mt_line)
        self.mt_line.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.source_view)
        layout.addWidget(panel, 1)
        layout.addWidget(self.mt_line)
        panel.show()  # a page taken out of a tab widget stays hidden until shown again
        self.source_view.hide()
        self.mt_line.hide()

    def show_source(self, source: str, hits: Sequence[TermHit]) -> None:
        """The active source with its term hits (hidden when there is no source to show)."""
        self.hits = list(hits)
        if not source:
            self.source_view.clear()
            self.source_view.hide()
            return
        self.source_view.setText(highlighted_source(source, hits))
        tips = [f"{hit.text} → {hit.term.target_term}" for hit in hits]
        self.source_view.setToolTip("\n".join(tips))
        self.source_view.show()

    def term_tip(self, number: int) -> str:
        """The tooltip of term hit ``number``: the expected target, the note, the variants not to use."""
        hit = self.hits[number]
        lines = [
            self.tr("Glossary: {source} → {target}").format(source=hit.text, target=hit.term.target_term)
        ]
        if hit.term.note:
            lines.append(hit.term.note)
        if hit.term.forbidden:
            lines.append(self.tr("Do not use: {variants}").format(variants=", ".join(hit.term.forbidden)))
        return "\n".join(lines)

    def _show_term(self, link: str) -> None:
        if not link.startswith("term:"):
            QToolTip.hideText()
            return
        number = int(link.split(":", 1)[1])
        if 0 <= number < len(self.hits):
            QToolTip.showText(QCursor.pos(), self.term_tip(number), self.source_view)

    def show_mt_state(self, html: str) -> None:
        """One line about machine translation for this segment; empty hides it."""
        self.mt_line.setText(html)
        self.mt_line.setVisible(bool(html))

    def _link(self, link: str) -> None:
        if link == SETTINGS_LINK:
            self.settings_requested.emit()
