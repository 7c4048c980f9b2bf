"""Markdown releases (CommonMark with GFM tables and strikethrough), read with markdown-it-py.

Blocks are the inline runs the parser finds: headings, paragraphs (their kind taken from the innermost list
item or block quote around them), table cells. The first level-1 heading is the title.

Inline markup becomes protected tags (see ``inline.py``): emphasis, strong, strikethrough and links are tag
pairs around their text (``**Genève**`` → ``<g1>Genève</g1>``; a link keeps ``[`` and ``](url "title")`` in
the skeleton); an image is a pair around its alt text, which is translated (``![Le siège](a.jpg)`` →
``<g2>Le siège</g2>``); inline code, raw inline HTML, autolinks and hard line breaks are standalone tags
(``<x3/>``), because code and URLs are not translated and a translator should not be able to break them. A
soft line break stays a ``\\n`` in the segment, as in the plain-text format, so the export keeps the wrapping.

The skeleton is the source text itself with a hole for each block: everything that is not inline content
(blank lines, fences, code blocks, HTML blocks, link definitions, table delimiter rows, front matter) is kept
byte for byte, and each block keeps the text before and after its content on its lines (``## ``, ``> - ``, a
setext underline). Reference links come back as inline links, and ``_`` emphasis as ``*`` (the same
rendering, and safe next to a letter of a translated word). Text is escaped where Markdown would read it as
markup, so a translation cannot turn into a list, a heading or raw HTML. Ampersands are written as they are:
an entity in a target (``&lt;``, as the HTML export escapes targets before it converts the Markdown) stays an
entity; ``<`` is written as ``&lt;``, since Python-Markdown does not honour ``\\<``.

Raw HTML that could run something (a ``<script>``, an ``onerror=``, a ``javascript:`` or ``data:`` link,
script in a ``style``) is neutralised when the file is read, so no export carries it (see
``markdown_raw_html``); harmless raw HTML stays byte for byte.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from translator_app.domain.errors import DomainError, bad_input
from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.domain.segmentation import unwrap_lines
from translator_app.domain.tags import strip_tags
from translator_app.formats import limits
from translator_app.formats.base import TextChooser
from translator_app.formats.decoding import decode_text
from translator_app.formats.document import ParsedDocument
from translator_app.formats.generic import render_markdown
from translator_app.formats.inline import (
    Node,
    Span,
    TaggedText,
    TagWriter,
    add_block,
    block_nodes,
    json_object,
    plain_text,
    release_skeleton,
    segment_block,
)
from translator_app.formats.limits import Limits
from translator_app.formats.markdown_batches import for_each_batch
from translator_app.formats.markdown_raw_html import has_active_content, neutral_markup

__all__ = ["MarkdownFormat", "markdown_parser"]

_CONTAINERS = {"blockquote_open": SegmentKind.QUOTE, "list_item_open": SegmentKind.LIST_ITEM}
_ESCAPE = re.compile(r"[\\`*_\[\]<]|~(?=~)|(?<=~)~")
_ENTITY = {"~": "&#126;", "<": "&lt;"}
"""A tilde next to another, and ``<``, as entities: Python-Markdown shows ``\\~`` and ``\\<`` with their
backslash, and ``\\<img …>`` would even be live HTML there."""
_LINE_START = re.compile(  # an ordered-list number, or a heading, quote, bullet, underline or fence marker
    r"^([ \t]*)(?:(\d{1,9})(?=[.)](?:[ \t]|$))"
    r"|(#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|[-=]+[ \t]*$|`{3}|~{3}))",
    re.M,
)
_BLANK_LINES = re.compile(r"\n\s*\n|\n[ \t]+")
_CLOSING_HASHES = re.compile(r"(^|[ \t])(#+[ \t]*)$")
_HARD_BREAK = "\\\n"


MAX_NESTING = 50
"""Containers markdown-it opens at most (its default, 20, is ten nested lists); deeper is refused."""


def markdown_parser() -> MarkdownIt:
    """CommonMark with raw HTML kept, plus the GFM tables and strikethrough that ship with markdown-it-py."""
    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])


class MarkdownFormat:
    name = "markdown"
    extensions = (".md", ".markdown")

    def __init__(self) -> None:
        self._md = markdown_parser()

    def parse(self, data: bytes, name: str, source_lang: str) -> ParsedDocument:
        """Read a Markdown file into blocks of sentence segments and a skeleton that rebuilds it."""
        decoded = decode_text(data, name, source_lang)
        text = decoded.text
        limits.check_lines(text, name)
        _check_tables(text, name)
        reader = _RegionReader(text)
        regions: list[Region] = []
        doc = ParsedDocument(encoding=decoded.encoding, encoding_guessed=decoded.guessed)

        def take(tokens: list[Token]) -> None:
            found = reader.read(tokens)
            regions.extend(found)
            for slot in (item for region in found for item in region.items if isinstance(item, Slot)):
                _add_slot(doc, slot, source_lang)

        for_each_batch(self._md, _mask_front_matter(text), name, take)
        if not doc.title and doc.segments:
            doc.title = unwrap_lines(strip_tags(doc.segments[0].source)).strip()
        parts = _parts(text, regions)
        doc.skeleton = json.dumps({"format": self.name, "newline": decoded.newline, "parts": parts})
        return doc

    def render(
        self, release: Release, blocks: list[Block], segments: list[Segment], choose: TextChooser
    ) -> bytes:
        """The Markdown document with each block's chosen text in place; emptied blocks are left out."""
        skeleton = release_skeleton(release, self.name, self.parse)
        if skeleton is None:
            return render_markdown(blocks, segments, choose).encode("utf-8")
        try:
            text = self._neutralised(_fill(skeleton, blocks, segments, choose), release.source_lang)
        except DomainError:  # the written document cannot be read again: only its text is written out
            return render_markdown(blocks, segments, choose).encode("utf-8")
        newline = skeleton.get("newline", "\n")
        return (text.replace("\n", newline) if newline != "\n" else text).encode("utf-8")

    def _neutralised(self, text: str, lang: str) -> str:
        """The written document read again as a file is read now and written back from that reading.

        Harmless Markdown comes back byte for byte; raw HTML that runs something (a ``<script>``, an
        ``onerror=``) comes back neutralised, even where a release stored by an older version keeps it in
        its skeleton or tags: the export is made safe when it is written, not only when the file was read.
        """
        with limits.reading("export", Limits(max_bytes=1 << 62, max_segments=1 << 62)):
            again = self.parse(text.encode("utf-8"), "export.md", lang)
        skeleton = json_object(again.skeleton)
        return _fill(skeleton, again.blocks, again.segments, lambda segment: segment.source)


@dataclass(slots=True)
class Slot:
    """A block's hole in the skeleton: the text kept before and after its content, and how to write it."""

    tagged: TaggedText
    kind: SegmentKind
    before: str = ""
    after: str = ""
    mode: str = "para"
    """``para`` and ``setext`` (lines kept), ``atx`` (one line) or ``cell`` (one line, pipes escaped)."""
    cont: str = ""
    """What starts a continuation line of the block (``> ``, list indentation)."""
    position: int | None = None


@dataclass(slots=True)
class Region:
    """A stretch of the source replaced by literal text and slots."""

    start: int
    end: int
    items: list[str | Slot] = field(default_factory=list)


MAX_TABLE_CELLS = 20_000
"""Cells in one table: a table is one block for the parser, read whole, so it is bounded on its own."""


def _check_tables(text: str, name: str) -> None:
    """``too-many-cells`` for a run of lines holding more pipes than ``MAX_TABLE_CELLS`` (a table's rows)."""
    if text.count("|") <= MAX_TABLE_CELLS:
        return
    pipes, first = 0, 0
    for number, line in enumerate(text.split("\n")):
        if "|" not in line:
            pipes = 0
            continue
        first = number if pipes == 0 else first
        pipes += line.count("|")
        if pipes > MAX_TABLE_CELLS:
            raise bad_input("too-many-cells", name, line=first + 1, limit=MAX_TABLE_CELLS)


_READ = TaggedText("", {})


def _add_slot(doc: ParsedDocument, slot: Slot, lang: str) -> None:
    """The slot's sentences as a block of ``doc`` (the first level-1 heading is the title)."""
    pieces = segment_block(slot.tagged, lang)
    if not pieces:
        return
    if slot.kind is SegmentKind.TITLE and not doc.title:
        doc.title = unwrap_lines(strip_tags(slot.tagged.text))
    elif slot.kind is SegmentKind.TITLE:
        slot.kind = SegmentKind.HEADING
    slot.position = add_block(doc, slot.kind, pieces, mode=slot.mode, cont=slot.cont)
    slot.tagged = _READ  # the block has its segments now; the tags' markups need not stay twice in memory


class _RegionReader:
    """Turns batches of tokens, in document order, into regions: each inline run with its kind, its tags
    and the source lines it occupies."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.containers: list[SegmentKind] = []
        self.seen_title = False

    def read(self, tokens: Sequence[Token]) -> list[Region]:
        regions: list[Region] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.type in _CONTAINERS:
                self.containers.append(_CONTAINERS[token.type])
            elif token.type in ("blockquote_close", "list_item_close"):
                self.containers.pop()
            elif token.type == "tr_open" and token.map:
                end = next(i for i in range(index, len(tokens)) if tokens[i].type == "tr_close")
                regions.append(_row(self.lines, self.starts, token.map[0], tokens[index:end]))
                index = end
            elif token.type in ("heading_open", "paragraph_open") and token.map:
                regions.append(self._block(token, tokens[index + 1]))
            elif token.type == "html_block" and token.map:
                regions.extend(self._html(token))
            index += 1
        return regions

    def _html(self, token: Token) -> list[Region]:
        """A raw HTML block, kept as it is unless it holds something active: then cleaned (at the top level)
        or, inside a list or quote whose markers run through its lines, shown as text."""
        assert token.map is not None
        start, end = self.starts[token.map[0]], min(self.starts[token.map[1]], len(self.text))
        raw = self.text[start:end]
        if not has_active_content(token.content):
            return []
        body = raw.rstrip("\n")
        kept = neutral_markup(body, whole=True) if token.level == 0 else html.escape(body, quote=False)
        return [Region(start, end, [kept.replace("\n\n", "\n") + raw[len(body):]])]

    def _block(self, token: Token, inline: Token) -> Region:
        if token.type == "heading_open":
            kind = SegmentKind.TITLE if token.tag == "h1" and not self.seen_title else SegmentKind.HEADING
            self.seen_title = self.seen_title or kind is SegmentKind.TITLE
        elif all(child.type in ("image", "softbreak") for child in inline.children or []):
            kind = SegmentKind.CAPTION
        else:
            kind = self.containers[-1] if self.containers else SegmentKind.PARAGRAPH
        return _block(self.text, self.lines, self.starts, token, inline, kind)


def _block(
    text: str, lines: list[str], starts: list[int], token: Token, inline: Token, kind: SegmentKind
) -> Region:
    """The region of a heading or paragraph: its whole lines, with the content cut out as a slot."""
    assert token.map is not None and inline.map is not None
    first, last = inline.map
    outer = Region(starts[token.map[0]], min(starts[token.map[1]], starts[-1] - 1))
    content = inline.content.split("\n")
    line = lines[first]
    if token.type == "heading_open" and token.markup.startswith("#"):
        after_hashes = line.find(token.markup) + len(token.markup)
        offset = line.find(inline.content, after_hashes) if inline.content else -1
        start = starts[first] + (offset if offset >= 0 else len(line))
        end = start + (len(inline.content) if offset >= 0 else 0)
        mode, cont = "atx", ""
    else:
        start = starts[first] + _content_offset(line, content[0])
        end = starts[last - 1] + len(lines[last - 1].rstrip(" \t"))
        mode = "setext" if token.type == "heading_open" else "para"
        if last - first > 1:
            cont = lines[first + 1][: _content_offset(lines[first + 1], content[1])]
        else:
            cont = re.sub(r"[-+*]|\d{1,9}[.)]", lambda m: " " * len(m.group()), line[: start - starts[first]])
    tagged = _tagged(inline.children or [])
    outer.items.append(Slot(tagged, kind, text[outer.start : start], text[end : outer.end], mode, cont))
    return outer


def _content_offset(line: str, content: str) -> int:
    """Where a line's inline content starts, after container markers and indentation."""
    stripped, wanted = line.rstrip(" \t"), content.rstrip(" \t")
    if wanted and stripped.endswith(wanted):
        return len(stripped) - len(wanted)
    return len(re.match(r"[ \t>]*", line).group())  # type: ignore[union-attr]


def _row(lines: list[str], starts: list[int], number: int, tokens: Sequence[Token]) -> Region:
    """A table row rebuilt cell by cell: ``| a | b |`` with each non-empty cell a slot."""
    line = lines[number]
    prefix = re.match(r"(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*", line).group()  # type: ignore[union-attr]
    rest = line[len(prefix) :].rstrip()
    lead, trail = rest.startswith("|"), rest.endswith("|") and not rest.endswith("\\|")
    end = min(starts[number + 1], starts[-1] - 1)
    region = Region(starts[number], end, [prefix + ("| " if lead else "")])
    cells = [token for token in tokens if token.type == "inline"]
    for index, cell in enumerate(cells):
        if index:
            region.items.append(" | ")
        kind = SegmentKind.TABLE_CELL
        region.items.append(Slot(_tagged(cell.children or []), kind, mode="cell"))
    region.items.append((" |" if trail else "") + ("\n" if starts[number + 1] <= starts[-1] - 1 else ""))
    return region


def _parts(text: str, regions: list[Region]) -> list[Any]:
    """The document as literal text and ``[block, before, after]`` holes, in order."""
    parts: list[Any] = []
    cursor = 0
    for region in regions:
        parts.append(text[cursor : max(region.start, cursor)])
        for item in region.items:
            if isinstance(item, str):
                parts.append(item)
            elif item.position is None:
                parts.append(item.before + item.after)
            else:
                parts.append([item.position, item.before, item.after])
        cursor = max(region.end, cursor)
    parts.append(text[cursor:])
    merged: list[Any] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return merged


def _tagged(children: Sequence[Token]) -> TaggedText:
    """The tagged text of one inline run."""
    writer = TagWriter()
    index = 0
    while index < len(children):
        token = children[index]
        kind = token.type
        if kind in ("text", "text_special"):
            writer.text(token.content)
        elif kind == "softbreak":
            writer.text("\n")
        elif kind == "hardbreak":
            writer.standalone({"raw": _HARD_BREAK}, "\n")
        elif kind == "code_inline":
            writer.standalone({"raw": _code(token)}, "0")
        elif kind == "html_inline":
            writer.standalone({"raw": neutral_markup(token.content, whole=False)})
        elif kind in ("em_open", "strong_open", "s_open"):
            markup = token.markup.replace("_", "*")
            writer.open({"o": markup, "c": markup})
        elif kind == "link_open" and token.info == "auto":
            end = next(i for i in range(index, len(children)) if children[i].type == "link_close")
            writer.standalone({"raw": "<" + "".join(c.content for c in children[index + 1 : end]) + ">"}, "0")
            index = end
        elif kind == "link_open":
            writer.open({"o": "[", "c": "](" + _destination(token) + ")"})
        elif kind == "image":
            alt = _alt(token.children or [])
            if alt.strip():
                writer.open({"o": "![", "c": "](" + _destination(token) + ")", "img": True})
                writer.text(alt)
                writer.close()
            else:
                writer.standalone({"raw": "![](" + _destination(token) + ")"})
        elif kind.endswith("_close"):
            writer.close()
        else:
            writer.text(token.content)
        index += 1
    return writer.result()


def _alt(children: Sequence[Token]) -> str:
    """An image's alt text as a browser shows it: the text of its label, markup removed."""
    return "".join(
        c.content if c.type != "image" else _alt(c.children or [])
        for c in children
        if c.type in ("text", "text_special", "code_inline", "image", "softbreak", "hardbreak")
    )


def _code(token: Token) -> str:
    """Rebuild an inline code span from its content and backtick fence."""
    content = token.content
    fence = token.markup or "`"
    while fence in content:
        fence += "`"
    pad = (
        " "
        if content[:1] == "`"
        or content[-1:] == "`"
        or (content[:1] == content[-1:] == " " and content.strip())
        else ""
    )
    return f"{fence}{pad}{content}{pad}{fence}"


def _destination(token: Token) -> str:
    """A link's destination and title, written so that they read back the same."""
    href = str(token.attrs.get("href", token.attrs.get("src", "")))
    if not href or re.search(r"[\s()<>\\]", href):
        href = "<" + href.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>") + ">"
    title = token.attrs.get("title")
    if title:
        href += ' "' + str(title).replace("\\", "\\\\").replace('"', '\\"') + '"'
    return href


def _mask_front_matter(text: str) -> str:
    """Blank out a YAML front matter block so the parser does not read it as a heading (lines keep count)."""
    if not text.startswith("---\n"):
        return text
    match = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
    if match is None:
        return text
    end = 4 + match.end()
    return "\n" * text.count("\n", 0, end) + text[end:]


def _fill(
    skeleton: dict[str, Any], blocks: Sequence[Block], segments: Sequence[Segment], choose: TextChooser
) -> str:
    """The skeleton's parts with each block's chosen text written in its hole; emptied blocks left out."""
    infos = {block.position: json_object(block.skeleton) for block in blocks}
    nodes = block_nodes(
        list(blocks), list(segments), choose, lambda block: infos[block.position].get("tags", [])
    )
    out: list[str] = []
    for part in skeleton.get("parts", []):
        if isinstance(part, str):
            out.append(part)
        elif part[0] in nodes:
            position, before, after = part
            out.append(before + _write(nodes[position], infos.get(position, {})) + after)
    return "".join(out)


def _write(nodes: list[Node], info: dict[str, Any]) -> str:
    """A block's nodes as Markdown, escaped, on as many lines as the mode of the block allows."""
    mode = info.get("mode", "para")
    text = _markdown(nodes, cell=mode == "cell")
    text = re.sub(r"(?:\\\n|\s)+$", "", text).lstrip()
    if mode in ("atx", "cell"):
        text = text.replace(_HARD_BREAK, " ").replace("\n", " ")
    if mode == "atx":
        text = _CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    if mode != "cell":
        text = _LINE_START.sub(_escape_line_start, text)
    return text.replace("\n", "\n" + str(info.get("cont", "")))


def _escape_line_start(match: re.Match[str]) -> str:
    """A backslash where a line would otherwise open a list, a heading, a quote or a fence."""
    indent, number, marker = match.groups()
    if number:
        return f"{indent}{number}\\"
    return f"{indent}&#61;{marker[1:]}" if marker.startswith("=") else f"{indent}\\{marker}"


def _markdown(nodes: list[Node], *, cell: bool) -> str:
    """Nodes as inline Markdown; in a table cell every pipe is escaped, markup included (GFM splits first)."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(_escape(node, cell=cell))
        elif isinstance(node, Span):
            markup = node.markup
            inner = (
                _escape(plain_text(node.children), cell=cell)
                if markup.get("img")
                else _markdown(node.children, cell=cell)
            )
            if markup["o"] in ("[", "![") or inner.strip():
                out.append(_wrap(inner, _pipes(markup["o"], cell), _pipes(markup["c"], cell)))
        else:
            out.append(_pipes(str(node.markup.get("raw", "")), cell))
    return "".join(out)


def _pipes(markup: str, cell: bool) -> str:
    return markup.replace("|", "\\|") if cell else markup


def _wrap(inner: str, opening: str, closing: str) -> str:
    """Markup around text; emphasis markers go inside any spaces at the edges, or they would not count."""
    if opening in ("[", "!["):
        return opening + inner + closing
    stripped = inner.strip()
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return lead + opening + stripped + closing + trail


def _escape(text: str, *, cell: bool) -> str:
    text = _BLANK_LINES.sub("\n", text)
    text = _ESCAPE.sub(lambda m: _ENTITY.get(m.group(), "\\" + m.group()), text)
    return text.replace("|", "\\|") if cell else text
