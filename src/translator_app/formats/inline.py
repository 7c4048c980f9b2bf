"""Inline markup as numbered protected tags, shared by the Markdown and HTML formats.

Reading: a format feeds a block's text and inline elements to a :class:`TagWriter`, which numbers the tags
(``<g1>``…``</g1>`` around a span, ``<x2/>`` for a standalone element) and keeps what each one stands for (its
*markup*: whatever JSON value the format needs to rebuild it). :func:`segment_block` then cuts the tagged text
into sentences and renumbers each sentence's tags from 1, so the same sentence gets the same tags wherever it
occurs and memory matches stay exact.

Sentence breaks are looked for in the plain text (tags removed, a line break standing in for ``<br>``),
because a tag next to the punctuation would hide a boundary from the splitter. A break that would cut a tag
pair in two is not taken: the sentences stay one segment rather than carry unbalanced tags.

Writing: :func:`parse_tagged` reads a chosen text back into a small tree of text, spans and marks, tolerant
of what a translator may have done to the tags (an unknown number, a missing or misplaced closing tag).
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.domain.segmentation import split_sentences
from translator_app.domain.tags import (
    TAG,
    Tag,
    TagKind,
    close_tag,
    find_tags,
    open_tag,
    standalone_tag,
)
from translator_app.formats import limits
from translator_app.formats.base import TextChooser
from translator_app.formats.document import ParsedDocument

Markup = Any
"""What a tag stands for, in a format's own JSON-friendly terms."""
TagTable = dict[str, dict[str, Markup]]
"""One segment's tags as stored in a block skeleton: ``{"g": {"1": pair markup}, "x": {"2": standalone}}``."""

_MAX_DEPTH = 64
"""Tag pairs nested deeper than this in a target are read as text (the writers recurse)."""
_SPACES = re.compile(r"[ \t\n\r\f]+")
HTML_SPACE = " \t\n\r\f"
"""What HTML collapses; a no-break space is text (French typography relies on it)."""


@dataclass(slots=True)
class TaggedText:
    """A block's text with numbered tags, what each tag stands for, and stand-ins for segmentation."""

    text: str
    markups: dict[int, Markup]
    stand_ins: dict[int, str] = field(default_factory=dict)


class TagWriter:
    """Collects the text and inline markup of one block, numbering tags in document order."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._markups: dict[int, Markup] = {}
        self._stand_ins: dict[int, str] = {}
        self._stack: list[int] = []

    def text(self, text: str) -> None:
        self._parts.append(text)

    def open(self, markup: Markup) -> None:
        number = len(self._markups) + 1
        self._markups[number] = markup
        self._stack.append(number)
        self._parts.append(open_tag(number))

    def close(self) -> None:
        if self._stack:
            self._parts.append(close_tag(self._stack.pop()))

    def standalone(self, markup: Markup, stand_in: str = "") -> None:
        """A tag with no content; ``stand_in`` is what the sentence splitter reads in its place."""
        number = len(self._markups) + 1
        self._markups[number] = markup
        self._stand_ins[number] = stand_in
        self._parts.append(standalone_tag(number))

    def result(self, *, collapse_spaces: bool = False) -> TaggedText:
        """The tagged text, stripped; ``collapse_spaces`` reads whitespace runs as one space (HTML)."""
        while self._stack:
            self.close()
        text = "".join(self._parts)
        if collapse_spaces:
            text = _SPACES.sub(" ", text).strip(HTML_SPACE)
        return TaggedText(text.strip(), dict(self._markups), dict(self._stand_ins))


@dataclass(slots=True)
class Piece:
    """One sentence of a block: its source (tags numbered from 1), trailing whitespace and tag markups."""

    source: str
    separator: str
    markups: dict[int, Markup]
    standalone: frozenset[int] = frozenset()

    def table(self) -> TagTable:
        """The piece's tags for the block skeleton: pairs under ``g``, standalone tags under ``x``."""
        return {
            "g": {str(n): m for n, m in self.markups.items() if n not in self.standalone},
            "x": {str(n): m for n, m in self.markups.items() if n in self.standalone},
        }

    @property
    def has_words(self) -> bool:
        """False for a piece of tags and punctuation only, which has nothing to translate."""
        text = TAG.sub("", self.source) if "<" in self.source else self.source
        return any(ch.isalnum() for ch in text)


def segment_block(tagged: TaggedText, lang: str) -> list[Piece]:
    """Cut a block into sentences, never inside a tag pair, each with its own tag numbering."""
    text = tagged.text
    if not text:
        return []
    breaks = _breaks(tagged, lang)
    pieces = []
    for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True):
        chunk = text[start:end]
        source = chunk.rstrip()
        if source:
            pieces.append(_renumber(source, chunk[len(source) :], tagged))
        elif pieces:
            pieces[-1].separator += chunk
    return pieces


_SKELETONS: dict[str, str] = {}
"""Block skeletons written once and shared: most blocks of a long document have the same short one
(``{"tags": [{}], "mode": "para", "cont": ""}``), kept once instead of 200,000 times."""
_SHARED_SKELETON = 200
_SHARED_KINDS = 5000
"""Only short skeletons are shared, and at most this many different ones: the table stays small."""


def add_block(doc: ParsedDocument, kind: SegmentKind, pieces: list[Piece], **skeleton: Any) -> int:
    """Append a block and its segments to ``doc``; the block skeleton holds each segment's tags, plus
    whatever the format needs to write the block back. Returns the block's position."""
    position = len(doc.blocks)
    info = json.dumps({"tags": [piece.table() for piece in pieces], **skeleton})
    if len(_SKELETONS) > _SHARED_KINDS:
        _SKELETONS.clear()
    shared = _SKELETONS.setdefault(info, info) if len(info) <= _SHARED_SKELETON else info
    doc.blocks.append(Block(position=position, kind=kind, skeleton=shared))
    first = len(doc.segments)
    doc.segments.extend(
        Segment(
            position=first + index,
            block=position,
            source=piece.source,
            kind=kind,
            separator=piece.separator,
            translatable=piece.has_words,
        )
        for index, piece in enumerate(pieces)
    )
    limits.check_count(len(doc.segments))
    return position


def _breaks(tagged: TaggedText, lang: str) -> list[int]:
    """Offsets in the tagged text where a sentence starts."""
    text = tagged.text
    tags = find_tags(text)
    if not tags:
        return _offsets(split_sentences(text, lang, limits.most_pieces()))[:-1]
    plain: list[str] = []
    plain_starts: list[int] = []  # where each run of plain text starts in the plain text
    origins: list[tuple[int, int]] = []  # ... and the stretch of tagged text it stands for
    plain_len, last = 0, 0
    for tag in [*tags, None]:
        end = tag.start if tag else len(text)
        runs = [(text[last:end], (last, -1))]
        if tag and tag.kind is TagKind.STANDALONE:
            runs.append((tagged.stand_ins.get(tag.number, ""), (tag.start, tag.end)))
        for chunk, origin in runs:
            if chunk:
                plain.append(chunk)
                plain_starts.append(plain_len)
                origins.append(origin)
                plain_len += len(chunk)
        last = tag.end if tag else end
    depth_at = _depths(tags)
    breaks = []
    for brk in _offsets(split_sentences("".join(plain), lang, limits.most_pieces()))[:-1]:
        run = bisect.bisect_right(plain_starts, brk - 1) - 1
        start, tag_end = origins[run]
        position = tag_end if tag_end >= 0 else start + brk - plain_starts[run]
        position = _after_closing_tags(tags, position)
        if depth_at(position) == 0:
            breaks.append(position)
    return breaks


def _offsets(pieces: list[str]) -> list[int]:
    offsets, total = [], 0
    for piece in pieces:
        total += len(piece)
        offsets.append(total)
    return offsets


def _after_closing_tags(tags: list[Tag], position: int) -> int:
    """Closing tags right at a boundary belong to the sentence before it."""
    for tag in tags:
        if tag.start == position and tag.kind is TagKind.CLOSE:
            position = tag.end
    return position


def _depths(tags: list[Tag]) -> Callable[[int], int]:
    """A function giving how many tag pairs are open at an offset of the tagged text."""
    ends: list[int] = []
    levels: list[int] = []
    level = 0
    for tag in tags:
        if tag.kind is TagKind.OPEN:
            level += 1
        elif tag.kind is TagKind.CLOSE:
            level -= 1
        ends.append(tag.end)
        levels.append(level)

    def depth(position: int) -> int:
        index = bisect.bisect_right(ends, position) - 1
        return levels[index] if index >= 0 else 0

    return depth


def _renumber(source: str, separator: str, tagged: TaggedText) -> Piece:
    """Number a sentence's tags from 1 in order of appearance, keeping their markups."""
    if "<" not in source:
        return Piece(source, separator, {})
    numbers: dict[int, int] = {}
    for match in TAG.finditer(source):
        numbers.setdefault(int(match.group(3)), len(numbers) + 1)

    def replace(match: re.Match[str]) -> str:
        closing, letter, number, selfclosing = match.groups()
        new = numbers.get(int(number))
        return match.group() if new is None else f"<{closing}{letter}{new}{selfclosing}>"

    renumbered = TAG.sub(replace, source)
    markups = {new: tagged.markups[old] for old, new in numbers.items() if old in tagged.markups}
    standalone = frozenset(new for old, new in numbers.items() if old in tagged.stand_ins)
    return Piece(renumbered, separator, markups, standalone)


@dataclass(slots=True)
class Span:
    """A tag pair: its markup and what it encloses."""

    markup: Markup
    children: list[Node]


@dataclass(slots=True)
class Mark:
    """A standalone tag."""

    markup: Markup


Node = str | Span | Mark


def parse_tagged(text: str, table: TagTable) -> list[Node]:
    """Read a chosen text into nodes; tags the table does not know are dropped, open pairs closed at the end.

    A closing tag closes the pairs opened inside it too; a closing tag that matches no open pair is dropped.
    """
    pairs = {int(n): m for n, m in table.get("g", {}).items()}
    marks = {int(n): m for n, m in table.get("x", {}).items()}
    root: list[Node] = []
    stack: list[tuple[int, list[Node]]] = []
    current = root
    last = 0
    for tag in find_tags(text):
        if tag.start > last:
            current.append(text[last : tag.start])
        last = tag.end
        if tag.kind is TagKind.STANDALONE:
            if tag.number in marks:
                current.append(Mark(marks[tag.number]))
        elif tag.kind is TagKind.OPEN:
            if tag.number in pairs and len(stack) < _MAX_DEPTH:
                span = Span(pairs[tag.number], [])
                current.append(span)
                stack.append((tag.number, current))
                current = span.children
        elif any(number == tag.number for number, _ in stack):
            while stack:
                number, current = stack.pop()
                if number == tag.number:
                    break
    if last < len(text):
        current.append(text[last:])
    return root


def plain_text(nodes: list[Node]) -> str:
    """The text of nodes without any markup (image alt text, titles)."""
    pieces = []
    for node in nodes:
        if isinstance(node, str):
            pieces.append(node)
        elif isinstance(node, Span):
            pieces.append(plain_text(node.children))
    return "".join(pieces)


def trim(nodes: list[Node]) -> list[Node]:
    """Nodes without trailing whitespace at the very end (the last segment's separator)."""
    if nodes and isinstance(nodes[-1], str):
        stripped = nodes[-1].rstrip()
        return [*nodes[:-1], stripped] if stripped else trim(nodes[:-1])
    return nodes


def block_nodes(
    blocks: Sequence[Block],
    segments: Sequence[Segment],
    choose: TextChooser,
    tables: Callable[[Block], list[TagTable]],
) -> dict[int, list[Node]]:
    """Each block's chosen text as nodes, by block position; blocks left with no text are absent.

    The k-th segment of a block (in position order) reads its tags with the k-th table of the block skeleton.
    """
    by_block: dict[int, list[Segment]] = {}
    for segment in sorted(segments, key=lambda s: s.position):
        by_block.setdefault(segment.block, []).append(segment)
    result: dict[int, list[Node]] = {}
    for block in blocks:
        block_tables = tables(block)
        nodes: list[Node] = []
        for index, segment in enumerate(by_block.get(block.position, [])):
            text = choose(segment)
            if text is None:
                continue
            table = block_tables[index] if index < len(block_tables) else {}
            nodes.extend(parse_tagged(text, table))
            nodes.append(segment.separator)
        nodes = trim(nodes)
        if plain_text(nodes).strip() or any(not isinstance(node, str) for node in nodes):
            result[block.position] = nodes
    return result


def json_object(text: str) -> dict[str, Any]:
    """A stored skeleton read back; anything but a JSON object reads as empty."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def release_skeleton(
    release: Release, name: str, parse: Callable[[bytes, str, str], Any]
) -> dict[str, Any] | None:
    """The release's own skeleton; failing that, the one of its original file, read again; else None (the
    release came from another format, and the caller falls back on a writer that needs only block kinds)."""
    skeleton = json_object(release.skeleton)
    if skeleton.get("format") == name:
        return skeleton
    if release.original and release.format == name:
        return json_object(parse(release.original, release.original_name, release.source_lang).skeleton)
    return None


def segment_tag_tables(blocks: Sequence[Block], segments: Sequence[Segment]) -> dict[int, TagTable]:
    """What each segment's tags stand for, by segment id, from the block skeletons of a Markdown or HTML
    release (the k-th segment of a block reads the k-th table); segments of other formats are left out."""
    infos = {block.position: json_object(block.skeleton) for block in blocks}
    seen: dict[int, int] = {}
    tables: dict[int, TagTable] = {}
    for segment in sorted(segments, key=lambda s: s.position):
        index = seen.get(segment.block, 0)
        seen[segment.block] = index + 1
        entries = infos.get(segment.block, {}).get("tags")
        if segment.id is not None and isinstance(entries, list) and index < len(entries):
            entry = entries[index]
            if isinstance(entry, dict) and "<" in segment.source:
                tables[segment.id] = entry
    return tables
