"""Plain text scraped from a web page: find the release inside the site's navigation and cut it into segments.

A page copied from a browser brings its menus along: entries printed twice (``Agir`` / ``AGIR``), lone ``-``
lines, ``- item`` lists, runs of short links, and mega-menu headings glued to their blurb (``Qui sommes
nousL'Organisation…``, ``WHO WE AREThe…``); :mod:`text_shapes` recognises them in any language and letter
case. The article is anchored at its dateline (``Genève/Séoul, 11 mars – …``, or ``GENÈVE – …`` without a
date) or, without one, at the first line of prose; its headline is the line found just before, over a date
line or a one-line standfirst (``ParsedDocument.title``). When the lines before the headline look like
navigation, all of them are kept as untranslatable segments so the export can still rebuild the page;
everything from the headline on is the article and is translatable, except separators (``***``), lines
printed twice and CMS tokens (``[block:…]``, ``{{ … }}``, shortcodes), which are never translated.

Round trip: every character lands either in a segment's ``source`` or in a ``separator`` (line breaks,
indentation, a list bullet such as ``- ``), and leading blank lines in ``ParsedDocument.skeleton``; see
``document.py``.

Hard-wrapped text (a mail client breaking lines at ~72 characters, whatever the length of an unwrapped
headline above it) is rejoined into one paragraph block, a headline wrapped over two lines included, and
its sentences are segmented across the old line ends. The line break stays *inside* the segment source: only
that keeps the round trip exact without cutting a sentence in two. Readers of a source that may hold a
line break (the editor, memory look-ups, machine translation) read it through
``translator_app.domain.segmentation.unwrap_lines``, and ``ParsedDocument.title`` is given unwrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.domain.segmentation import split_sentences, unwrap_lines
from translator_app.formats import limits
from translator_app.formats.base import TextChooser
from translator_app.formats.decoding import decode_text
from translator_app.formats.document import ParsedDocument, assemble, render_segments
from translator_app.formats.text_shapes import (
    BULLET,
    CMS_TOKEN,
    DATE_ONLY,
    QUOTE_OPENERS,
    SENTENCE_END,
    Line,
    continues,
    is_dateline,
    is_headline,
    is_prose,
    is_short_link,
    mark_boilerplate,
    read_lines,
    wrap_width,
)

__all__ = ["ParsedDocument", "TextFormat", "parse_text", "render_text"]

NAVIGATION_SHAPES = ("rule", "repeat", "menu", "glued", "token")
_MAX_SKIPPED = 2
"""Lines that may stand between a headline and the article's anchor: a date line, a one-line standfirst."""

Headline = tuple[int, int]
"""First and last line of the headline (two lines when it was hard-wrapped)."""


@dataclass(slots=True)
class _Span:
    """A run of text to become segments: its offsets, kind, and whether to split it into sentences."""

    start: int
    end: int
    kind: SegmentKind
    translatable: bool
    split: bool
    same_block: bool = False
    """True for the text after a CMS token inside one line: it stays in the token's block."""


def _anchor(lines: list[Line]) -> int | None:
    """The line the article certainly starts by: its dateline, or else its first line of prose."""
    found = next((i for i, line in enumerate(lines) if not line.pattern and is_dateline(line.text)), None)
    if found is None:
        found = next((i for i, line in enumerate(lines) if not line.pattern and is_prose(line.text)), None)
    return found


def _wrapped_back(lines: list[Line], index: int, width: int) -> int:
    """The first line of the hard-wrapped paragraph whose line ``index`` is."""
    while width and index > 0 and continues(lines[index - 1], lines[index], width):
        index -= 1
    return index


def _headline_before(lines: list[Line], anchor: int, width: int) -> Headline | None:
    """The headline above the anchor, over at most a date line and a one-line standfirst."""
    index = anchor - 1
    while index >= 0 and anchor - 1 - index <= _MAX_SKIPPED:
        line = lines[index]
        if line.pattern:
            return None
        start = _wrapped_back(lines, index, width)
        joined = unwrap_lines(" ".join(lines[i].text for i in range(start, index + 1)))
        if is_headline(joined):
            return start, index
        if not (DATE_ONLY.fullmatch(line.text) or is_prose(line.text)):
            return None
        index = start - 1
    return None


def _headline_at(lines: list[Line], anchor: int, width: int) -> Headline | None:
    """A hard-wrapped headline that the prose test took for the first paragraph: its lines together end
    without punctuation and a paragraph follows after a blank line."""
    end = anchor
    while width and end + 1 < len(lines) and continues(lines[end], lines[end + 1], width):
        end += 1
    after = end + 1
    if end == anchor or after >= len(lines) or not lines[after].blank_before:
        return None
    joined = unwrap_lines(" ".join(line.text for line in lines[anchor : end + 1]))
    return (anchor, end) if is_headline(joined) else None


def _article_start(lines: list[Line], width: int) -> tuple[int, Headline | None]:
    """Index of the first article line, and the headline's lines when one is found."""
    anchor = _anchor(lines)
    if anchor is None:
        return 0, None
    before = lines[anchor - 1] if anchor > 0 else None
    if before is not None and before.pattern == "repeat" and lines[anchor - 2].text == before.text:
        before.pattern = ""  # the page shows its headline twice: in the breadcrumb, then over the article
    headline = _headline_before(lines, anchor, width) or _headline_at(lines, anchor, width)
    return (headline[0], headline) if headline is not None else (anchor, None)


def _kind_of(text: str, single_line: bool, following: str | None) -> SegmentKind:
    """Quote when it opens with a quotation mark; heading when short, unpunctuated and followed by prose."""
    if text.startswith(QUOTE_OPENERS):
        return SegmentKind.QUOTE
    if (
        single_line
        and following is not None
        and len(text) <= 90
        and text.count(" ") < 12
        and not text.endswith((*SENTENCE_END, ","))
        and "@" not in text
        and "://" not in text
        and not DATE_ONLY.fullmatch(text)
        and is_prose(following)
    ):
        return SegmentKind.HEADING
    return SegmentKind.PARAGRAPH


def _navigation_spans(line: Line, translate_blurbs: bool) -> list[_Span]:
    if line.pattern == "glued":
        cut = line.start + line.glue
        return [
            _Span(line.start, cut, SegmentKind.HEADING, False, False),
            _Span(cut, line.end, SegmentKind.PARAGRAPH, translate_blurbs, True),
        ]
    if line.pattern == "item":
        marker = BULLET.match(line.text)
        offset = marker.end() if marker else 0
        return [_Span(line.start + offset, line.end, SegmentKind.LIST_ITEM, False, False)]
    return [_Span(line.start, line.end, SegmentKind.OTHER, False, False)]


def _paragraphs(lines: list[Line], headline: Headline | None, width: int) -> list[tuple[int, list[Line]]]:
    """Group lines into paragraphs, rejoining hard-wrapped lines; each group with its first line's index.
    A headline is a group of its own."""
    groups: list[tuple[int, list[Line]]] = []
    first, last = headline if headline is not None else (-1, -1)
    for index, line in enumerate(lines):
        inside = first < index <= last
        apart = index in (first, last + 1)
        if groups and (inside or (not apart and continues(lines[index - 1], line, width))):
            groups[-1][1].append(line)
        else:
            groups.append((index, [line]))
    return groups


def _article_spans(lines: list[Line], headline: Headline | None, width: int) -> list[_Span]:
    spans: list[_Span] = []
    groups = _paragraphs(lines, headline, width)
    for number, (index, group) in enumerate(groups):
        first, last = group[0], group[-1]
        if first.pattern in NAVIGATION_SHAPES:
            spans.extend(_navigation_spans(first, translate_blurbs=True))
        elif headline is not None and index == headline[0]:
            spans.append(_Span(first.start, last.end, SegmentKind.TITLE, True, False))
        elif first.pattern == "item":
            marker = BULLET.match(first.text)
            offset = marker.end() if marker else 0
            spans.append(_Span(first.start + offset, last.end, SegmentKind.LIST_ITEM, True, True))
        else:
            following = groups[number + 1][1] if number + 1 < len(groups) else None
            kind = _kind_of(
                first.text, len(group) == 1, " ".join(line.text for line in following) if following else None
            )
            spans.append(_Span(first.start, last.end, kind, True, kind is not SegmentKind.HEADING))
    return spans


def _is_navigation(lines: Sequence[Line]) -> bool:
    """Lines before the headline are navigation when most of them have a boilerplate shape, or when they
    are all short links (a menu printed once: ``Home``, ``About us``, ``News``)."""
    shaped = sum(1 for line in lines if line.pattern)
    links = sum(1 for line in lines if is_short_link(line))
    return (
        shaped >= 3
        or (bool(lines) and 2 * shaped >= len(lines) and shaped > 0)
        or (len(lines) >= 3 and shaped + links == len(lines))
    )


def _without_tokens(text: str, spans: list[_Span]) -> list[_Span]:
    """Cut the CMS tokens out of the spans: each token its own untranslatable span, the text around it
    spans of the same kind in the same block."""
    result: list[_Span] = []
    for span in spans:
        tokens = list(CMS_TOKEN.finditer(text, span.start, span.end))
        if not tokens or (len(tokens) == 1 and tokens[0].span() == (span.start, span.end)):
            result.append(span)
            continue
        position, joined = span.start, span.same_block
        for token in [*tokens, None]:
            stop = token.start() if token is not None else span.end
            piece = text[position:stop]
            if piece.strip():
                begin = position + len(piece) - len(piece.lstrip())
                end = position + len(piece.rstrip())
                result.append(_Span(begin, end, span.kind, span.translatable, span.split, joined))
                joined = True
            if token is not None:
                result.append(_Span(token.start(), token.end(), SegmentKind.OTHER, False, False, joined))
                joined = True
                position = token.end()
    return result


def parse_text(text: str, source_lang: str, *, translate_blurbs: bool = False) -> ParsedDocument:
    """Read scraped or hand-written plain text into blocks and sentence segments.

    ``translate_blurbs`` makes the navigation's descriptive paragraphs (the text glued after a mega-menu
    heading) translatable; by default the whole navigation is kept but left untranslated.
    """
    lines = read_lines(text)
    mark_boilerplate(lines)
    width = wrap_width(lines)
    first, headline = _article_start(lines, width)
    spans: list[_Span] = []
    if first and _is_navigation(lines[:first]):
        for line in lines[:first]:
            spans.extend(_navigation_spans(line, translate_blurbs))
        article = lines[first:]
        shifted = None if headline is None else (headline[0] - first, headline[1] - first)
        spans.extend(_article_spans(article, shifted, width))
    else:
        spans.extend(_article_spans(lines, headline, width))
    title = ""
    if headline is not None:
        title = unwrap_lines(text[lines[headline[0]].start : lines[headline[1]].end])
    return _build(text, _without_tokens(text, spans), source_lang, title)


def _build(text: str, spans: list[_Span], lang: str, title: str) -> ParsedDocument:
    """Turn spans into blocks and segments; separators are the exact text between consecutive sources."""
    blocks: list[Block] = []
    bounds: list[tuple[int, int]] = []
    segments: list[Segment] = []
    for span in spans:
        if not (span.same_block and blocks):
            blocks.append(Block(position=len(blocks), kind=span.kind))
        block = blocks[-1]
        pieces = (
            split_sentences(text[span.start : span.end], lang, limits.most_pieces())
            if span.split
            else [text[span.start : span.end]]
        )
        limits.check_count(len(segments) + len(pieces))
        offset = span.start
        for piece in pieces:
            source = piece.rstrip()
            if source:
                bounds.append((offset, offset + len(source)))
                segments.append(
                    Segment(
                        position=len(segments),
                        block=block.position,
                        source=source,
                        kind=span.kind,
                        translatable=span.translatable,
                    )
                )
            offset += len(piece)
    for index, segment in enumerate(segments):
        next_start = bounds[index + 1][0] if index + 1 < len(bounds) else len(text)
        segment.separator = text[bounds[index][1] : next_start]
    skeleton = text[: bounds[0][0]] if bounds else text
    return ParsedDocument(blocks=blocks, segments=segments, title=title, skeleton=skeleton)


def render_text(
    segments: Sequence[Segment],
    targets: Sequence[str | None] | None = None,
    *,
    keep_untranslatable: bool = False,
    skeleton: str = "",
) -> str:
    """The plain-text export: each segment's target (or its source when it has none) in the original layout.

    Navigation and other untranslatable segments are left out unless ``keep_untranslatable``; pass the
    document's ``skeleton`` to keep leading blank lines. Sources as targets with ``keep_untranslatable=True``
    give back the original text exactly.
    """
    return render_segments(segments, targets, keep_untranslatable=keep_untranslatable, prefix=skeleton)


class TextFormat:
    """The ``text`` format of the registry: bytes in (any encoding ``decode_text`` reads), bytes out."""

    name = "text"
    extensions = (".txt", ".text")

    def parse(self, data: bytes, name: str, source_lang: str) -> ParsedDocument:
        decoded = decode_text(data, name, source_lang)
        limits.check_lines(decoded.text, name)
        document = parse_text(decoded.text, source_lang)
        document.encoding, document.encoding_guessed = decoded.encoding, decoded.guessed
        return document

    def render(
        self, release: Release, blocks: list[Block], segments: list[Segment], choose: TextChooser
    ) -> bytes:
        """UTF-8 with the original's line endings (and byte-order mark, if it had one)."""
        text = assemble(segments, [choose(segment) for segment in segments], release.skeleton)
        if not release.original:
            return text.encode("utf-8")
        decoded = decode_text(release.original, release.original_name)
        if decoded.newline != "\n":
            text = text.replace("\n", decoded.newline)
        return text.encode("utf-8-sig" if decoded.had_bom else "utf-8")
