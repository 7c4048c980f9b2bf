"""Writers that work from blocks and segments alone, for exporting a release into another format."""

from __future__ import annotations

import html

from translator_app.domain.models import Block, Segment, SegmentKind
from translator_app.domain.tags import find_tags, strip_tags
from translator_app.formats.base import TextChooser
from translator_app.formats.markdown_text import markdown_text

PAGE_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;"
    "color:#1f2328}h1,h2,h3{line-height:1.25}"
    "blockquote{border-left:4px solid #d0d7de;margin:0;padding:0 1rem;color:#57606a}"
    "table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.3rem .6rem}"
)


def chosen_blocks(
    blocks: list[Block], segments: list[Segment], choose: TextChooser
) -> list[tuple[Block, str]]:
    """Each block with the joined chosen text of its segments; blocks left with nothing are dropped."""
    kinds = {block.position: block for block in blocks}
    texts: dict[int, list[str]] = {}
    for segment in segments:
        text = choose(segment)
        if text is None:
            continue
        texts.setdefault(segment.block, []).append(text + _inline_separator(segment.separator))
    result = []
    for position in sorted(texts):
        joined = "".join(texts[position]).strip()
        if joined:
            result.append((kinds.get(position, Block(position)), joined))
    return result


def _inline_separator(separator: str) -> str:
    """Within a block, segments are joined by a space unless the document had none."""
    if not separator:
        return ""
    return " " if "\n" not in separator.strip(" \t") else "\n"


def escape_outside_tags(text: str) -> str:
    """HTML-escape the text but not our protected tags (so a formatter can still find them)."""
    pieces, last = [], 0
    for tag in find_tags(text):
        pieces.append(html.escape(text[last : tag.start], quote=False))
        pieces.append(tag.text)
        last = tag.end
    pieces.append(html.escape(text[last:], quote=False))
    return "".join(pieces)


def render_plain(blocks: list[Block], segments: list[Segment], choose: TextChooser) -> str:
    """Plain text: one paragraph per block, tags removed, a blank line between blocks."""
    return "\n\n".join(strip_tags(text) for _, text in chosen_blocks(blocks, segments, choose)) + "\n"


def render_markdown(blocks: list[Block], segments: list[Segment], choose: TextChooser) -> str:
    """Markdown from the block kinds, for releases that were not Markdown to begin with: the text escaped so
    that it reads as it is (a line starting with ``#`` stays a line of text, ``<b>`` stays visible)."""
    lines = []
    for block, text in chosen_blocks(blocks, segments, choose):
        plain = markdown_text(strip_tags(text))
        prefix = {
            SegmentKind.TITLE: "# ",
            SegmentKind.HEADING: "## ",
            SegmentKind.LIST_ITEM: "- ",
            SegmentKind.QUOTE: "> ",
        }.get(block.kind, "")
        lines.append(prefix + plain.replace("\n", "  \n" + (prefix if prefix == "> " else "")))
    return "\n\n".join(lines) + "\n"


def html_page(title: str, lang: str, body: str) -> str:
    """A standalone page with ``lang`` set and a little CSS."""
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n"
        "</html>\n"
    )


def render_html(blocks: list[Block], segments: list[Segment], choose: TextChooser) -> str:
    """HTML body elements from the block kinds; every text escaped, list items grouped in a list."""
    parts: list[str] = []
    in_list = False
    for block, text in chosen_blocks(blocks, segments, choose):
        escaped = html.escape(strip_tags(text), quote=False).replace("\n", "<br>\n")
        if block.kind is SegmentKind.LIST_ITEM and not in_list:
            parts.append("<ul>")
            in_list = True
        elif block.kind is not SegmentKind.LIST_ITEM and in_list:
            parts.append("</ul>")
            in_list = False
        parts.append(_element(block.kind, escaped))
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def _element(kind: SegmentKind, escaped: str) -> str:
    tags = {
        SegmentKind.TITLE: "h1",
        SegmentKind.HEADING: "h2",
        SegmentKind.LIST_ITEM: "li",
        SegmentKind.QUOTE: "blockquote",
        SegmentKind.CAPTION: "figcaption",
    }
    tag = tags.get(kind, "p")
    return f"<{tag}>{escaped}</{tag}>"
