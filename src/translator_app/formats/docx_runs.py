"""The runs of one Word paragraph as segment text with protected tags, and back.

Reading flattens a ``w:p`` into *atoms*: text with a run formatting (an index into the paragraph's ``styles``,
each the ``w:rPr`` XML of the first run seen with that formatting) and a hyperlink (an index into ``links``),
or an *object* kept verbatim (a tab or a line break, an image, a field mark, a footnote reference). The most
used formatting is the paragraph's base and needs no tag; any other becomes ``<gN>…</gN>``; a hyperlink is a
``<gN>`` pair of its own whose content has the link's usual formatting; an object is ``<xN/>``. Tags are
numbered per segment from 1, so a sentence reads the same wherever it occurs (better memory matches). Runs
that differ only in language or proofing marks count as one formatting.

The skeleton also keeps what is not sentence text: whitespace and objects before the first word (``lead``)
and after the last (``trail``), and the separators between sentences with their formatting. Tracked changes
are read as accepted; bookmarks and comment ranges go back at the start and end of the paragraph.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree

from translator_app.domain.tags import TagKind, close_tag, find_tags, open_tag, standalone_tag

Skeleton = dict[str, Any]
"""The JSON-ready record of one paragraph: styles, links, objects, lead, trail and per-segment tags."""
Tags = dict[str, dict[str, int]]
"""Per segment, what each tag number stands for: ``{"f": style}``, ``{"l": link}`` or ``{"o": object}``."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R, _T, _PPR, _RPR, _HYPERLINK = qn("w:r"), qn("w:t"), qn("w:pPr"), qn("w:rPr"), qn("w:hyperlink")
_FONTS, _VAL, _SPACE = qn("w:rFonts"), qn("w:val"), "{http://www.w3.org/XML/1998/namespace}space"
_WRAPPERS = ("ins", "moveTo", "smartTag", "customXml", "dir", "bdo", "hyperlink")
_TRANSPARENT = frozenset(_W + t for t in _WRAPPERS)
_MARKS = ("bookmark", "commentRange", "perm", "moveFromRange", "moveToRange")
_MARK_STARTS = frozenset(f"{_W}{mark}Start" for mark in _MARKS)
_MARK_ENDS = frozenset(f"{_W}{mark}End" for mark in _MARKS)
_SKIPPED = _MARK_STARTS | _MARK_ENDS | {_W + t for t in ("del", "moveFrom", "proofErr", "pPr")}
_IN_RUN_SKIPPED = frozenset(_W + t for t in ("rPr", "lastRenderedPageBreak", "delText", "delInstrText"))
_IN_RUN_WHITESPACE = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
_IN_RUN_CHARS = {qn("w:noBreakHyphen"): "\u2011", qn("w:softHyphen"): "\u00ad"}
_KEY_NOISE = frozenset(_W + t for t in ("lang", "noProof", "rPrChange"))
_DESCRIBED = {"b": "bold", "i": "italic", "u": "underline", "strike": "strike", "vertAlign": "", "rStyle": ""}
_OFF = ("0", "false", "none")
_CONTROL = re.compile(r"([\t\n])")


@dataclass
class Atom:
    """A stretch of text in one formatting and link, or one object (``text`` is then what it reads as)."""

    text: str
    fmt: int = 0
    link: int | None = None
    obj: int | None = None


@dataclass
class ParagraphContent:
    """A paragraph read into atoms, with the tables the atoms point into."""

    atoms: list[Atom] = field(default_factory=list)
    styles: list[dict[str, str]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    objects: list[list[str]] = field(default_factory=list)


def _xml(element: Any, shell: bool = False) -> str:
    """The element as a standalone XML string (only the namespaces it uses); ``shell``: without children."""
    clone = copy.deepcopy(element)
    if shell:
        del clone[:]
    return str(etree.tostring(clone, encoding="unicode"))


def _describe(rpr: Any) -> str:
    """A short reading of a run formatting (``bold italic Strong``) for tooltips and debugging."""
    pairs = [(_DESCRIBED.get(etree.QName(c).localname), c.get(_VAL)) for c in ([] if rpr is None else rpr)]
    words = [word or str(value) for word, value in pairs if word is not None and value not in _OFF]
    return " ".join(words) or ("plain" if rpr is None else "other")


class _Reader:
    """Collects the atoms of one paragraph; ``link_url`` names a hyperlink's target from its r:id."""

    def __init__(self, link_url: Callable[[str], str]) -> None:
        self.content = ParagraphContent()
        self._by_key: dict[str, int] = {}
        self._by_xml: dict[bytes, int] = {}
        self._link_url = link_url

    def fmt_of(self, rpr: Any) -> int:
        """The index of the run formatting ``rpr`` in ``styles``, adding it when it is new."""
        raw = b"" if rpr is None else etree.tostring(rpr)
        if raw not in self._by_xml:
            clean = copy.deepcopy(rpr) if rpr is not None else []
            for child in list(clean):
                if child.tag in _KEY_NOISE:
                    clean.remove(child)
                elif child.tag == _FONTS:
                    child.attrib.pop(qn("w:hint"), None)
            key = etree.tostring(clean, encoding="unicode") if len(clean) else ""
            if key not in self._by_key:
                self._by_key[key] = len(self.content.styles)
                self.content.styles.append({"rpr": "" if rpr is None else _xml(rpr), "desc": _describe(rpr)})
            self._by_xml[raw] = self._by_key[key]
        return self._by_xml[raw]

    def read(self, parent: Any, link: int | None = None) -> None:
        for child in parent:
            tag = child.tag
            if tag == _R:
                self._run(child, link)
            elif tag == _HYPERLINK and link is None:
                rid = child.get(qn("r:id"))
                url = self._link_url(rid) if rid else "#" + (child.get(qn("w:anchor")) or "")
                self.content.links.append({"xml": _xml(child, shell=True), "url": url, "f": 0})
                self.read(child, len(self.content.links) - 1)
            elif tag in _TRANSPARENT:  # a hyperlink inside a hyperlink counts as the outer one
                self.read(child, link)
            elif isinstance(tag, str) and tag not in _SKIPPED:
                self._object([_xml(child)], "", link)  # a field, a content control, an equation: kept whole

    def _run(self, run: Any, link: int | None) -> None:
        rpr = run.find(_RPR)
        fmt = self.fmt_of(rpr)
        for child in run:
            tag = child.tag
            if tag == _T or tag in _IN_RUN_CHARS:
                self._text(child.text or "" if tag == _T else _IN_RUN_CHARS[tag], fmt, link)
            elif isinstance(tag, str) and tag not in _IN_RUN_SKIPPED:
                holder = OxmlElement("w:r")
                holder.extend([copy.deepcopy(rpr)] if rpr is not None else [])
                holder.append(copy.deepcopy(child))
                self._object([_xml(holder)], _IN_RUN_WHITESPACE.get(tag, ""), link)

    def _text(self, text: str, fmt: int, link: int | None) -> None:
        atoms = self.content.atoms
        if atoms and atoms[-1].obj is None and (atoms[-1].fmt, atoms[-1].link) == (fmt, link):
            atoms[-1].text += text
        elif text:
            atoms.append(Atom(text, fmt, link))

    def _object(self, xml: list[str], reads_as: str, link: int | None) -> None:
        atoms, objects = self.content.atoms, self.content.objects
        last = atoms[-1] if atoms else None
        if not reads_as and last is not None and last.obj is not None and not last.text and last.link == link:
            objects[last.obj].extend(xml)  # adjacent objects (a field's marks) make one tag
            return
        objects.append(xml)
        atoms.append(Atom(reads_as, link=link, obj=len(objects) - 1))


def read_paragraph(paragraph: Any, link_url: Callable[[str], str]) -> ParagraphContent:
    """The atoms of ``paragraph`` and, per hyperlink, the formatting most of its text has."""
    reader = _Reader(link_url)
    reader.read(paragraph)
    for index, link in enumerate(reader.content.links):
        link["f"] = _dominant(reader.content.atoms, index)
    return reader.content


def _dominant(atoms: list[Atom], link: int | None) -> int:
    """The formatting most characters have, in one link or (``None``) outside links, else anywhere."""
    weights: Counter[int] = Counter()
    for atom in atoms:
        if atom.obj is None and atom.link == link:
            weights[atom.fmt] += len(atom.text)
    if not weights and link is None:
        weights.update({atom.fmt: len(atom.text) for atom in atoms if atom.obj is None})
    return weights.most_common(1)[0][0] if weights else 0


def _piece(atom: Atom) -> dict[str, Any]:
    """An atom as JSON: ``t`` text, then ``o`` object or ``f`` formatting, and ``l`` link when in one."""
    piece: dict[str, Any] = {"t": atom.text, **({"o": atom.obj} if atom.obj is not None else {"f": atom.fmt})}
    return piece if atom.link is None else {**piece, "l": atom.link}


def _unpiece(piece: dict[str, Any]) -> Atom:
    return Atom(piece.get("t", ""), piece.get("f", 0), piece.get("l"), piece.get("o"))


def _tagged(atoms: list[Atom], base: int, links: list[dict[str, Any]]) -> tuple[str, Tags]:
    """The segment text of ``atoms`` with tags numbered from 1, and what each number stands for."""
    out: list[str] = []
    table: Tags = {}
    opened: list[tuple[str, int, int]] = []  # (kind "l" or "f", what it stands for, number), outermost first

    def close(kind: str | None) -> None:  # down to the last tag of ``kind``; None: all
        while any(kind in (None, entry[0]) for entry in opened):
            out.append(close_tag(opened.pop()[2]))

    def start(kind: str, value: int) -> None:
        table[str(len(table) + 1)] = {kind: value}
        opened.append((kind, value, len(table)))
        out.append(open_tag(len(table)))

    for atom in atoms:
        if atom.link != next((value for kind, value, _ in opened if kind == "l"), None):
            close(None)
            if atom.link is not None:
                start("l", atom.link)
        if atom.obj is not None:
            table[str(len(table) + 1)] = {"o": atom.obj}
            out.append(standalone_tag(len(table)))
            continue
        context = base if atom.link is None else links[atom.link]["f"]
        wanted = None if atom.fmt == context else atom.fmt
        if wanted != next((value for kind, value, _ in opened if kind == "f"), None):
            close("f")
            if wanted is not None:
                start("f", wanted)
        out.append(atom.text)
    close(None)
    return "".join(out), table


def _cut(atoms: list[Atom], bounds: list[int]) -> list[list[Atom]]:
    """Share the atoms out between the regions that ``bounds`` (start offsets, ascending) open.

    Region 0 is the lead, then each sentence's body and separator alternate, and the last is the trail. An
    object that reads as nothing joins a sentence right after its last character (a footnote mark after a
    full stop), else the region after it; before the first word it is lead, after the last, trail.
    """
    regions: list[list[Atom]] = [[] for _ in bounds]
    lo, hi = bounds[1], bounds[-1]
    position = 0
    for atom in atoms:
        if atom.obj is not None and not atom.text:
            region = bisect_right(bounds, position) - 1
            if position <= lo or position >= hi:
                region = 0 if position <= lo else len(bounds) - 1
            elif region % 2 == 0 and position == bounds[region]:
                region -= 1
            regions[region].append(atom)
            continue
        text = atom.text
        while text:
            region = bisect_right(bounds, position) - 1
            end = bounds[region + 1] if region + 1 < len(bounds) else position + len(text)
            take = text if atom.obj is not None else text[: end - position]
            regions[region].append(Atom(take, atom.fmt, atom.link, atom.obj))
            position += len(take)
            text = text[len(take) :]
    return regions


def segment_paragraph(
    content: ParagraphContent, split: Callable[[str], list[str]]
) -> tuple[list[tuple[str, str]], Skeleton] | None:
    """Sentences as ``(tagged source, separator)`` pairs, and the skeleton; None for a paragraph without text.

    The last sentence's separator is ``"\\n"``, the paragraph end; the others' are the whitespace after them.
    """
    plain = "".join(atom.text for atom in content.atoms)
    stripped = plain.strip()
    if not stripped:
        return None
    lo = len(plain) - len(plain.lstrip())
    pieces = split(stripped)
    bounds, offset = [0], lo
    for piece in pieces:
        bounds += [offset, offset + len(piece.rstrip())]
        offset += len(piece)
    bounds.append(lo + len(stripped))
    regions = _cut(content.atoms, bounds)
    base = _dominant(content.atoms, None)
    skeleton: Skeleton = {
        "styles": content.styles,
        "base": base,
        "links": content.links,
        "objects": content.objects,
        "lead": [_piece(a) for a in regions[0]],
        "trail": [_piece(a) for a in regions[-1]],
        "segments": [],
    }
    sentences: list[tuple[str, str]] = []
    for index in range(len(pieces)):
        body, gap = regions[1 + 2 * index], regions[2 + 2 * index]
        text, table = _tagged(body, base, content.links)
        separator = "\n" if index == len(pieces) - 1 else "".join(a.text for a in gap)
        skeleton["segments"].append({"tags": table, "sep": [_piece(a) for a in gap]})
        sentences.append((text, separator))
    return sentences, skeleton


def _inline(text: str, table: Tags, base: int, links: list[dict[str, Any]]) -> list[Atom]:
    """Atoms for a segment text: each stretch gets the formatting and link of the tags around it.

    Unknown tag numbers and stray closing tags are dropped; a tag left open closes at the end of the segment.
    """
    atoms: list[Atom] = []
    stack: list[tuple[int, dict[str, int]]] = []
    position = 0

    def link() -> int | None:
        return next((entry["l"] for _, entry in reversed(stack) if "l" in entry), None)

    def emit(chunk: str) -> None:
        inner = next((entry for _, entry in reversed(stack) if "l" in entry or "f" in entry), None)
        fmt = base if inner is None else inner["f"] if "f" in inner else int(links[inner["l"]]["f"])
        atoms.extend([Atom(chunk, fmt, link())] if chunk else [])

    for tag in find_tags(text):
        emit(text[position : tag.start])
        position = tag.end
        entry = table.get(str(tag.number))
        if entry is None:
            continue
        if tag.kind is TagKind.STANDALONE and "o" in entry:
            atoms.append(Atom("", link=link(), obj=entry["o"]))
        elif tag.kind is TagKind.OPEN and "o" not in entry:
            stack.append((tag.number, entry))
        elif tag.kind is TagKind.CLOSE:
            stack = [item for item in stack if item[0] != tag.number]
    emit(text[position:])
    return atoms


def _markers(parent: Any) -> Iterator[Any]:
    """Bookmarks and comment ranges of the paragraph, found where the reader looks for runs."""
    for child in parent:
        if child.tag in _MARK_STARTS or child.tag in _MARK_ENDS:
            yield child
        elif child.tag in _TRANSPARENT:
            yield from _markers(child)


def _run(text: str, rpr: Any) -> Any:
    """A ``w:r`` with a copy of ``rpr``; a tab or line break typed in the text becomes ``w:tab``/``w:br``."""
    run = OxmlElement("w:r")
    run.extend([copy.deepcopy(rpr)] if rpr is not None else [])
    for part in _CONTROL.split(text):
        if part in ("\t", "\n"):
            run.append(OxmlElement("w:tab" if part == "\t" else "w:br"))
        elif part:
            element = OxmlElement("w:t")
            element.text = part
            if part != part.strip() or "  " in part:
                element.set(_SPACE, "preserve")
            run.append(element)
    return run


def rebuild_paragraph(paragraph: Any, skeleton: Skeleton, chosen: list[tuple[str | None, str]]) -> None:
    """Replace the paragraph's content by the chosen texts (``None``: left out) with their separators.

    ``chosen`` holds, per segment in order, the text to write and its separator. The paragraph properties,
    lead and trail stay even when every sentence is left out: such a paragraph keeps its objects, no text.
    """
    entries: list[dict[str, Any]] = skeleton["segments"]
    merged = {n: tag for entry in reversed(entries) for n, tag in entry["tags"].items()}  # first meaning wins
    atoms = [_unpiece(p) for p in skeleton["lead"]]
    pending: list[Atom] = []
    for index, (text, separator) in enumerate(chosen):
        if text is None:
            continue
        entry: dict[str, Any] = entries[index] if index < len(entries) else {"tags": merged, "sep": []}
        atoms += pending + _inline(text, entry["tags"], skeleton["base"], skeleton["links"])
        if "".join(p.get("t", "") for p in entry["sep"]) == separator:
            pending = [_unpiece(p) for p in entry["sep"]]
        else:  # the paragraph's own end ("\n") inside it would be a line break: a space reads better
            pending = [Atom(" " if separator == "\n" else separator, skeleton["base"])]
    atoms += [_unpiece(p) for p in skeleton["trail"]]
    marks = list(_markers(paragraph))
    for child in list(paragraph):
        if child.tag != _PPR:
            paragraph.remove(child)
    paragraph.extend(mark for mark in marks if mark.tag in _MARK_STARTS)
    _write(paragraph, atoms, skeleton)
    paragraph.extend(mark for mark in marks if mark.tag in _MARK_ENDS)


def _write(paragraph: Any, atoms: list[Atom], skeleton: Skeleton) -> None:
    """Append runs, hyperlinks and objects for ``atoms``, merging neighbours of the same formatting."""
    styles = [parse_xml(s["rpr"]) if s.get("rpr") else None for s in skeleton["styles"]]
    links: list[dict[str, Any]] = skeleton["links"]
    objects: list[list[str]] = skeleton["objects"]
    merged: list[Atom] = []
    for atom in atoms:
        last = merged[-1] if merged else None
        if atom.obj is None and last and last.obj is None and (last.fmt, last.link) == (atom.fmt, atom.link):
            last.text += atom.text
        elif atom.obj is not None or atom.text:
            merged.append(Atom(atom.text, atom.fmt, atom.link, atom.obj))
    container, current = paragraph, None
    for atom in merged:
        if atom.link != current:
            current, container = atom.link, paragraph
            if current is not None and 0 <= current < len(links):
                container = parse_xml(links[current]["xml"])
                paragraph.append(container)
        if atom.obj is not None:
            for xml in objects[atom.obj] if 0 <= atom.obj < len(objects) else []:
                container.append(parse_xml(xml))
        else:
            container.append(_run(atom.text, styles[atom.fmt] if 0 <= atom.fmt < len(styles) else None))
