"""Plain text scraped from a web page: find the release inside the site's navigation and cut it into segments.

A page copied from a browser brings its menus along: entries printed twice (``Agir`` / ``Agir``), lone ``-``
lines, ``- item`` lists, and mega-menu headings glued to their blurb (``Qui sommes nousL'Organisation…``). The
release starts at its headline: the line before the dateline (``Genève/Séoul, 11 mars – …``) or, without one,
before the first line of prose. When the lines before it look like navigation, all of them are kept as
untranslatable segments so the export can still rebuild the page; everything from the headline on is the
article and is translatable, except separators (``***``) and lines printed twice.

Round trip: every character lands either in a segment's ``source`` or in a ``separator`` (line breaks,
indentation, a list bullet such as ``- ``), and leading blank lines in ``ParsedDocument.skeleton``; see
``document.py``.

Hard-wrapped text (a mail client breaking lines at ~72 characters) is rejoined into one paragraph block, and
its sentences are segmented across the old line ends. The line break stays *inside* the segment source: only
that keeps the round trip exact without cutting a sentence in two. Readers of a source that may hold a
line break (the editor, memory look-ups, machine translation) read it through
``translator_app.domain.segmentation.unwrap_lines``, and ``ParsedDocument.title`` is given unwrapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.domain.segmentation import split_sentences, unwrap_lines
from translator_app.formats.base import TextChooser
from translator_app.formats.decoding import decode_text
from translator_app.formats.document import ParsedDocument, assemble, render_segments

__all__ = ["ParsedDocument", "TextFormat", "parse_text", "render_text"]

_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_RULE_LINE = re.compile(r"[-–—*•·|_=~#]+(?:[ \t]+[-–—*•·|_=~#]+)*")
_BULLET = re.compile(r"[-–•*·▪◦][ \t]+(?=\S)")
_NUMBERED = re.compile(r"(?:\d{1,2}|[a-z])[.)][ \t]")
_PLACE = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '’.\-][A-Za-zÀ-ÖØ-öø-ÿ][^\W\d_]*\.?){0,3}"
_DATELINE = re.compile(
    rf"{_PLACE}(?:\s*/\s*{_PLACE})*(?:,\s*{_PLACE})?,\s+(?:(?:le|el|on)\s+)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th|º)?\s+(?:de\s+)?[^\W\d_]+\.?(?:\s+(?:de\s+)?\d{4})?"
    r"|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
    r"(?:\s*\([^)]{1,30}\))?\s*[–—-]{1,2}\s"
)
_SENTENCE_END = tuple('.!?…:;»”"')
_QUOTE_OPENERS = tuple('«“"')
_MAX_MENU = 100
_MAX_HEADLINE = 250
_MIN_WRAP_WIDTH = 50
_MAX_WRAP_WIDTH = 100


@dataclass
class _Line:
    """One non-blank line: where its text starts and ends in the document, and what it looks like."""

    start: int
    end: int
    text: str
    blank_before: bool
    pattern: str = ""
    """Boilerplate shape: ``rule`` (``-``, ``***``), ``repeat``, ``menu`` (before a glued line), ``glued``,
    ``item`` (``- entry``), or empty for ordinary text."""
    glue: int = 0
    """For a glued line, the length of the heading at its start."""


@dataclass
class _Span:
    """A run of text to become segments: its offsets, kind, and whether to split it into sentences."""

    start: int
    end: int
    kind: SegmentKind
    translatable: bool
    split: bool


def _read_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = False
    for match in _LINE.finditer(text):
        raw = match.group()
        content = raw.strip()
        if not content:
            blank = True
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(_Line(start, start + len(content), content, blank and bool(lines)))
        blank = False
    return lines


def _mark_boilerplate(lines: list[_Line]) -> None:
    """Tag the shapes navigation leaves in scraped text; what they mean depends on where they stand."""
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if _RULE_LINE.fullmatch(line.text):
            line.pattern = "rule"
        elif following is not None and len(line.text) <= _MAX_MENU and following.text == line.text:
            line.pattern = following.pattern = "repeat"
        elif (
            following is not None
            and len(line.text) <= _MAX_MENU
            and len(following.text) > len(line.text) + 1
            and following.text.startswith(line.text)
            and following.text[len(line.text)].isupper()
            and not line.text[-1].isspace()
        ):
            line.pattern = line.pattern or "menu"
            following.pattern, following.glue = "glued", len(line.text)
        elif not line.pattern and _BULLET.match(line.text):
            line.pattern = "item"


def _is_prose(text: str) -> bool:
    words = text.count(" ") + 1
    return (len(text) >= 60 and words >= 8) or (text.endswith(_SENTENCE_END) and words >= 6)


def _is_headline(line: _Line) -> bool:
    return (
        not line.pattern
        and len(line.text) <= _MAX_HEADLINE
        and not line.text.endswith((".", ":", ";", ","))
        and " " in line.text
    )


def _article_start(lines: list[_Line]) -> tuple[int, int | None]:
    """Index of the first article line, and of the headline when one is found."""
    anchor = next(
        (i for i, line in enumerate(lines) if not line.pattern and _DATELINE.match(line.text)), None
    )
    if anchor is None:
        anchor = next((i for i, line in enumerate(lines) if not line.pattern and _is_prose(line.text)), None)
    if anchor is None:
        return 0, None
    before = lines[anchor - 1] if anchor > 0 else None
    if before is not None and before.pattern == "repeat" and lines[anchor - 2].text == before.text:
        before.pattern = ""  # the page shows its headline twice: in the breadcrumb, then over the article
    if before is not None and _is_headline(before):
        return anchor - 1, anchor - 1
    return anchor, None


def _wrap_width(lines: Sequence[_Line]) -> int:
    """The width a mail client wrapped the text at, or 0 when lines are too long to have been wrapped."""
    widths = [len(line.text) for line in lines]
    if not widths or not _MIN_WRAP_WIDTH <= max(widths) <= _MAX_WRAP_WIDTH:
        return 0
    width = max(widths)
    return width if sum(1 for w in widths if w >= 0.75 * width) >= 2 else 0


def _continues(previous: _Line, line: _Line, width: int) -> bool:
    """True when ``line`` goes on the sentence of ``previous``: a wrapped line rather than a new paragraph."""
    if (
        line.blank_before
        or line.pattern
        or previous.pattern not in ("", "item")
        or _NUMBERED.match(line.text)
    ):
        return False
    if line.text[0].islower() and not previous.text.endswith(_SENTENCE_END):
        return True
    first_word = line.text.split(None, 1)[0]
    return bool(width) and len(previous.text) + 1 + len(first_word) > width


def _kind_of(text: str, single_line: bool, following: str | None) -> SegmentKind:
    """Quote when it opens with a quotation mark; heading when short, unpunctuated and followed by prose."""
    if text.startswith(_QUOTE_OPENERS):
        return SegmentKind.QUOTE
    if (
        single_line
        and following is not None
        and len(text) <= 90
        and text.count(" ") < 12
        and not text.endswith((*_SENTENCE_END, ","))
        and "@" not in text
        and "://" not in text
        and _is_prose(following)
    ):
        return SegmentKind.HEADING
    return SegmentKind.PARAGRAPH


def _navigation_spans(line: _Line, translate_blurbs: bool) -> list[_Span]:
    if line.pattern == "glued":
        cut = line.start + line.glue
        return [
            _Span(line.start, cut, SegmentKind.HEADING, False, False),
            _Span(cut, line.end, SegmentKind.PARAGRAPH, translate_blurbs, True),
        ]
    if line.pattern == "item":
        marker = _BULLET.match(line.text)
        offset = marker.end() if marker else 0
        return [_Span(line.start + offset, line.end, SegmentKind.LIST_ITEM, False, False)]
    return [_Span(line.start, line.end, SegmentKind.OTHER, False, False)]


def _paragraphs(lines: list[_Line], headline: int | None) -> list[tuple[int, list[_Line]]]:
    """Group lines into paragraphs, rejoining hard-wrapped lines; each group with its first line's index."""
    width = _wrap_width(lines)
    groups: list[tuple[int, list[_Line]]] = []
    for index, line in enumerate(lines):
        if groups and headline not in (index, index - 1) and _continues(lines[index - 1], line, width):
            groups[-1][1].append(line)
        else:
            groups.append((index, [line]))
    return groups


def _article_spans(lines: list[_Line], headline: int | None) -> list[_Span]:
    spans: list[_Span] = []
    groups = _paragraphs(lines, headline)
    for number, (index, group) in enumerate(groups):
        first, last = group[0], group[-1]
        if first.pattern in ("rule", "repeat", "menu", "glued"):
            spans.extend(_navigation_spans(first, translate_blurbs=True))
        elif index == headline:
            spans.append(_Span(first.start, last.end, SegmentKind.TITLE, True, False))
        elif first.pattern == "item":
            marker = _BULLET.match(first.text)
            offset = marker.end() if marker else 0
            spans.append(_Span(first.start + offset, last.end, SegmentKind.LIST_ITEM, True, True))
        else:
            following = groups[number + 1][1] if number + 1 < len(groups) else None
            kind = _kind_of(
                first.text, len(group) == 1, " ".join(line.text for line in following) if following else None
            )
            spans.append(_Span(first.start, last.end, kind, True, kind is not SegmentKind.HEADING))
    return spans


def _is_navigation(lines: Sequence[_Line]) -> bool:
    """Lines before the headline are navigation when most of them have a boilerplate shape."""
    shaped = sum(1 for line in lines if line.pattern)
    return shaped >= 3 or (bool(lines) and 2 * shaped >= len(lines) and shaped > 0)


def parse_text(text: str, source_lang: str, *, translate_blurbs: bool = False) -> ParsedDocument:
    """Read scraped or hand-written plain text into blocks and sentence segments.

    ``translate_blurbs`` makes the navigation's descriptive paragraphs (the text glued after a mega-menu
    heading) translatable; by default the whole navigation is kept but left untranslated.
    """
    lines = _read_lines(text)
    _mark_boilerplate(lines)
    first, headline = _article_start(lines)
    spans: list[_Span] = []
    if first and _is_navigation(lines[:first]):
        for line in lines[:first]:
            spans.extend(_navigation_spans(line, translate_blurbs))
        article = lines[first:]
        spans.extend(_article_spans(article, None if headline is None else headline - first))
    else:
        spans.extend(_article_spans(lines, headline))
    return _build(
        text, spans, source_lang, unwrap_lines(lines[headline].text) if headline is not None else ""
    )


def _build(text: str, spans: list[_Span], lang: str, title: str) -> ParsedDocument:
    """Turn spans into blocks and segments; separators are the exact text between consecutive sources."""
    blocks: list[Block] = []
    bounds: list[tuple[int, int]] = []
    segments: list[Segment] = []
    for span in spans:
        block = Block(position=len(blocks), kind=span.kind)
        blocks.append(block)
        pieces = (
            split_sentences(text[span.start : span.end], lang)
            if span.split
            else [text[span.start : span.end]]
        )
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
        return parse_text(decode_text(data, name).text, source_lang)

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
