"""The preview: the release's target rendered as a reader will see it (Markdown → HTML), read-only.

Segments are joined back into their blocks; untranslated ones show their source greyed so the gaps stand out.
Every piece of text is HTML-escaped *before* Markdown sees it, so a target containing ``<script>`` or an
``<img onerror=…>`` shows as text and never becomes markup. Rendering a long release takes a moment, so the
window calls :func:`render_preview` on a worker thread and only while the preview is visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from translator_app.domain.models import Segment, SegmentKind
from translator_app.domain.tags import strip_tags
from translator_app.formats import markdown_html

_PREFIX = {
    SegmentKind.TITLE: "# ",
    SegmentKind.HEADING: "## ",
    SegmentKind.LIST_ITEM: "- ",
    SegmentKind.QUOTE: "> ",
}
#: Qt's rich text ignores "em" sizes for headings (an h1 stayed at twice the text size): keywords work.
_STYLE = """
body { font-family: sans-serif; line-height: 1.45; }
h1 { font-size: x-large; margin-bottom: 0.4em; }
h2 { font-size: large; }
.missing { color: #9e9e9e; font-style: italic; }
"""


def _piece(segment: Segment) -> str:
    text = segment.target if segment.target.strip() else segment.source
    safe = escape(strip_tags(text).replace("\n", " "), quote=False)
    # Markdown punctuation in a sentence stays literal: only the block kinds decide the structure.
    for char in "\\`*_[]#|":
        safe = safe.replace(char, "\\" + char)
    if not segment.target.strip():
        return f'<span class="missing">{safe}</span>'
    return safe


def preview_markdown(segments: Sequence[Segment]) -> str:
    """The target as Markdown: one block per document block, built from its translatable segments."""
    blocks: list[str] = []
    current_block: int | None = None
    pieces: list[str] = []
    kind = SegmentKind.PARAGRAPH
    for segment in segments:
        if not segment.translatable:
            continue
        if segment.block != current_block and pieces:
            blocks.append(_PREFIX.get(kind, "") + " ".join(pieces))
            pieces = []
        current_block = segment.block
        kind = segment.kind
        pieces.append(_piece(segment))
    if pieces:
        blocks.append(_PREFIX.get(kind, "") + " ".join(pieces))
    return "\n\n".join(blocks)


def render_preview(segments: Sequence[Segment], lang: str) -> str:
    """A small standalone HTML page of the target (safe to run on a worker thread)."""
    body = markdown_html.to_html(preview_markdown(segments), tables=False)
    return (
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8"><style>{_STYLE}</style></head>'
        f"<body>{body}</body></html>"
    )


class PreviewPanel(QTextBrowser):
    """Shows the rendered target; links never open (it is a preview, not a browser)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.setAccessibleName(self.tr("Preview of the translation"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setPlaceholderText(self.tr("The translation, rendered, appears here."))

    def show_html(self, html: str) -> None:
        """Replace the page, keeping the reader's scroll position."""
        position = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(position)
