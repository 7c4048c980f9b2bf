"""The preview: the release's target rendered as a reader will see it (Markdown → HTML), read-only.

Segments are joined back into their blocks; untranslated ones show their source greyed so the gaps stand out.
Every piece of text is HTML-escaped *before* Markdown sees it, so a target containing ``<script>`` or an
``<img onerror=…>`` shows as text and never becomes markup. Inline tags are rendered as what they stand for
in the release's own format (bold, italics, struck text, a link underlined, inline code in a fixed-width font,
a line break), read from the format's tag tables: "selon le `officiel`" keeps its code. Rendering a long
release takes a moment, so the window calls :func:`render_preview` on a worker thread and only while the
preview is visible.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape, unescape
from typing import Any

from PySide6.QtWidgets import QTextBrowser, QWidget

from translator_app.domain.models import Segment, SegmentKind
from translator_app.domain.tags import strip_tags
from translator_app.formats import markdown_html
from translator_app.formats.inline import Mark, Node, Span, TagTable, parse_tagged

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
code { font-family: monospace; }
"""

#: Inline elements of the Markdown and HTML formats, as the preview shows them (a link underlined: the
#: preview opens nothing).
_MARKDOWN_PAIRS = {"**": "strong", "__": "strong", "*": "em", "_": "em", "~~": "del", "[": "u", "![": "em"}
_HTML_PAIRS = {
    "b": "strong",
    "strong": "strong",
    "i": "em",
    "em": "em",
    "cite": "em",
    "u": "u",
    "ins": "u",
    "a": "u",
    "s": "del",
    "strike": "del",
    "del": "del",
    "sub": "sub",
    "sup": "sup",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "img": "em",
}
_CODE_ELEMENT = re.compile(r"^<(code|kbd|samp)\b", re.IGNORECASE)
_MARKUP = re.compile(r"<[^>]*>")


def _text(text: str) -> str:
    """Plain text made safe for HTML, with its Markdown punctuation kept literal (only the block kinds decide
    the structure)."""
    safe = escape(text.replace("\n", " "), quote=False)
    for char in "\\`*_[]#":
        safe = safe.replace(char, "\\" + char)
    # Python-Markdown has no backslash escape for these two (it would print the backslash).
    return safe.replace("|", "&#124;").replace("~", "&#126;")


def _pair_element(markup: Any) -> str | None:
    if not isinstance(markup, dict):
        return None
    if "o" in markup:
        opening = str(markup["o"])
        return "strong" if opening in ("***", "___") else _MARKDOWN_PAIRS.get(opening)
    return _HTML_PAIRS.get(str(markup.get("t", "")).lower())


def _mark_html(markup: Any) -> str:
    """A standalone tag: inline code, a line break, an autolink; anything else (an image, raw HTML) shows
    nothing."""
    if not isinstance(markup, dict):
        return ""
    if markup.get("t") == "br":
        return "<br>"
    raw = str(markup.get("raw", ""))
    if raw.startswith("`"):
        fence = len(raw) - len(raw.lstrip("`"))
        content = raw[fence:-fence] if len(raw) > 2 * fence else ""
        if content.startswith(" ") and content.endswith(" ") and content.strip():
            content = content[1:-1]
        return f"<code>{_text(content)}</code>"
    if _CODE_ELEMENT.match(raw):
        return f"<code>{_text(unescape(_MARKUP.sub('', raw)))}</code>"
    if raw.startswith("\\") or raw.lower().startswith("<br"):
        return "<br>"
    if raw.startswith("<") and raw.endswith(">") and " " not in raw and ("://" in raw or "@" in raw):
        return _text(raw[1:-1])
    return ""


def inline_html(nodes: Sequence[Node]) -> str:
    """Segment text read into nodes (:func:`parse_tagged`), as inline HTML for the preview."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(_text(node))
        elif isinstance(node, Span):
            inner = inline_html(node.children)
            element = _pair_element(node.markup)
            out.append(f"<{element}>{inner}</{element}>" if element else inner)
        elif isinstance(node, Mark):
            out.append(_mark_html(node.markup))
    return "".join(out)


def _piece(segment: Segment, table: TagTable | None = None) -> str:
    text = segment.target if segment.target.strip() else segment.source
    if table is not None and "<" in text:
        safe = inline_html(parse_tagged(text, table))
    else:
        safe = _text(strip_tags(text))
    if not segment.target.strip():
        return f'<span class="missing">{safe}</span>'
    return safe


def preview_markdown(segments: Sequence[Segment], tables: Mapping[int, TagTable] | None = None) -> str:
    """The target as Markdown: one block per document block, built from its translatable segments, their
    tags rendered from ``tables`` (segment id → what its tags stand for)."""
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
        table = tables.get(segment.id) if tables is not None and segment.id is not None else None
        pieces.append(_piece(segment, table))
    if pieces:
        blocks.append(_PREFIX.get(kind, "") + " ".join(pieces))
    return "\n\n".join(blocks)


def render_preview(
    segments: Sequence[Segment],
    lang: str,
    tables: Mapping[int, TagTable] | None = None,
    note: str | None = None,
) -> str:
    """A small standalone HTML page of the target (safe to run on a worker thread); ``note`` ends the page
    in small italics (a long release's preview is cut, and says so)."""
    body = markdown_html.to_html(preview_markdown(segments, tables), tables=False)
    if note:
        body += f'<p class="preview-note"><small><i>{escape(note, quote=False)}</i></small></p>'
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
