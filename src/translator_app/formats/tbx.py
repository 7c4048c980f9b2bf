"""TBX glossaries, v2 (``<martif>``, ISO 30042:2008) and v3 (``<tbx>``, ISO 30042:2019), read and written.

A concept entry holds terms per language. Read for a pair: each source term not marked forbidden becomes
one glossary entry whose target is the preferred target term (``administrativeStatus`` ``preferredTerm-
admn-sts``, or ``normativeAuthorization`` ``preferredTerm``), else the first admitted one; the other
admitted target terms become its alternatives, and those marked deprecated, superseded or forbidden its
forbidden variants. The file is read as a stream, one concept entry at a time. Part of
speech is the ``partOfSpeech`` term note, the note is the concept's definition or note, case sensitivity
an ``x-caseSensitive`` term note (our own, as TBX has none).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from lxml import etree

from translator_app.domain.terms import Term
from translator_app.formats.safe_xml import XML_LANG, iterate, local, refuse

TBX3_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_BAD_STATUS = ("deprecated", "superseded", "forbidden", "notrecommended")
CASE_NOTE = "x-caseSensitive"


def same_language(a: str, b: str) -> bool:
    """``fr`` matches ``fr-FR`` and ``FR``; ``en-GB`` does not match ``en-US``."""
    left, right = a.lower().replace("_", "-"), b.lower().replace("_", "-")
    return left == right or (
        left.split("-")[0] == right.split("-")[0] and ("-" not in left or "-" not in right)
    )


def _children(element: etree._Element, *names: str) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str) and local(child) in names]


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


def _note_of(element: etree._Element, kind: str) -> str:
    for child in element.iter():
        if isinstance(child.tag, str) and local(child) == "termNote" and child.get("type") == kind:
            return _text(child)
    return ""


class Standing(IntEnum):
    """What a term base says of a term, best first: the target of an entry is its preferred term."""

    PREFERRED = 0
    ADMITTED = 1
    FORBIDDEN = 2


def standing(status: str) -> Standing:
    """``preferredTerm-admn-sts`` (TBX-Basic), ``preferredTerm`` (normativeAuthorization) and the like;
    a term without a status is admitted."""
    value = status.replace(" ", "").lower()
    if any(bad in value for bad in _BAD_STATUS):
        return Standing.FORBIDDEN
    if value.startswith(("preferred", "standardized", "legal", "regulated")):
        return Standing.PREFERRED
    return Standing.ADMITTED


@dataclass(frozen=True)
class _TermInfo:
    text: str
    standing: Standing
    part_of_speech: str
    case_sensitive: bool


def _terms_of(lang_set: etree._Element) -> list[_TermInfo]:
    """The terms of a language section with what the file says of each."""
    found = []
    for holder in _children(lang_set, "tig", "ntig", "termSec"):
        term = next((t for t in holder.iter() if isinstance(t.tag, str) and local(t) == "term"), None)
        if term is None or not _text(term):
            continue
        status = _note_of(holder, "administrativeStatus") or _note_of(holder, "normativeAuthorization")
        case = _note_of(holder, CASE_NOTE).lower() in ("yes", "true", "1")
        found.append(_TermInfo(_text(term), standing(status), _note_of(holder, "partOfSpeech"), case))
    return found


_CONCEPTS = ("{*}termEntry", "{*}conceptEntry")
_ROOTS = ("martif", "tbx")


def _concepts(path: Path, name: str, extra: tuple[str, ...] = ()) -> Iterator[etree._Element]:
    """The concept entries of a TBX file, streamed (plus the root element last, when asked)."""
    with path.open("rb") as stream:
        tags = _CONCEPTS + extra + tuple("{*}" + root for root in _ROOTS)
        yield from iterate(stream, name, tags, root=_ROOTS, not_root="not-tbx")


def _languages(path: Path, name: str) -> tuple[list[str], str]:
    """A first pass: the languages of the file's sections in order of appearance, and the root's own."""
    languages: list[str] = []
    root_lang = ""
    for element in _concepts(path, name):
        if local(element) in _ROOTS:
            root_lang = element.get(XML_LANG, "")
            continue
        for lang_set in _children(element, "langSet", "langSec"):
            lang = lang_set.get(XML_LANG, "")
            if lang and not any(same_language(lang, seen) for seen in languages):
                languages.append(lang)
    return languages, root_lang


def read_tbx(
    path: Path, name: str, source_lang: str | None, target_lang: str | None
) -> tuple[str, str, Iterator[Term]]:
    """The pair (given, or taken from the file) and its entries, read as a stream: one pass for the
    languages, a second for the terms; refuses unsafe or non-TBX XML."""
    languages, root_lang = _languages(path, name)
    source = source_lang or root_lang or (languages[0] if languages else "")
    others = [lang for lang in languages if not same_language(lang, source)]
    target = target_lang or (others[0] if len(others) == 1 else "")
    if not target or not any(same_language(lang, target) for lang in languages):
        raise refuse("language-mismatch", name, found=", ".join(languages) or "none")
    return source, target, _entries(path, name, source, target)


def _entries(path: Path, name: str, source: str, target: str) -> Iterator[Term]:
    for concept in _concepts(path, name):
        if local(concept) not in _ROOTS:
            yield from _concept_terms(concept, source, target)


def _concept_terms(concept: etree._Element, source: str, target: str) -> Iterator[Term]:
    """One entry per source term that is not forbidden: the target is the preferred term (else the first
    admitted one), other admitted target terms are alternatives, forbidden ones are forbidden variants."""
    note = ""
    for child in _children(concept, "descrip", "note", "descripGrp"):
        note = note or _text(child)
    sources: list[_TermInfo] = []
    targets: list[_TermInfo] = []
    for lang_set in _children(concept, "langSet", "langSec"):
        lang = lang_set.get(XML_LANG, "")
        if same_language(lang, source):
            sources += _terms_of(lang_set)
        elif same_language(lang, target):
            targets += _terms_of(lang_set)
    usable = sorted((t for t in targets if t.standing is not Standing.FORBIDDEN), key=lambda t: t.standing)
    if not usable:
        return
    chosen = usable[0]
    alternatives = tuple(t.text for t in usable[1:] if t.text != chosen.text)
    forbidden = tuple(t.text for t in targets if t.standing is Standing.FORBIDDEN)
    for term in sources:
        if term.standing is not Standing.FORBIDDEN:
            yield Term(
                source,
                target,
                term.text,
                chosen.text,
                note,
                term.part_of_speech or chosen.part_of_speech,
                term.case_sensitive,
                forbidden,
                alternatives=alternatives,
            )


def _term_holder(
    parent: etree._Element, tag: str, text: str, pos: str, status: str, case: bool, ns: str
) -> None:
    holder = etree.SubElement(parent, ns + tag)
    etree.SubElement(holder, ns + "term").text = text
    if pos:
        etree.SubElement(holder, ns + "termNote", type="partOfSpeech").text = pos
    if status:
        etree.SubElement(holder, ns + "termNote", type="administrativeStatus").text = status
    if case:
        etree.SubElement(holder, ns + "termNote", type=CASE_NOTE).text = "yes"


def write_tbx(path: Path, terms: Iterable[Term], source_lang: str, target_lang: str, version: int = 3) -> int:
    """Write the entries as TBX v3 (``version=3``, TBX-Basic dialect) or v2 (``martif``)."""
    v3 = version == 3
    ns = f"{{{TBX3_NAMESPACE}}}" if v3 else ""
    if v3:
        root = etree.Element(ns + "tbx", nsmap={None: TBX3_NAMESPACE}, type="TBX-Basic", style="dca")
        header = etree.SubElement(root, ns + "tbxHeader")
    else:
        root = etree.Element("martif", type="TBX")
        header = etree.SubElement(root, "martifHeader")
    root.set(XML_LANG, source_lang)
    file_desc = etree.SubElement(header, ns + "fileDesc")
    source_desc = etree.SubElement(file_desc, ns + "sourceDesc")
    etree.SubElement(source_desc, ns + "p").text = "Release Translator glossary"
    body = etree.SubElement(etree.SubElement(root, ns + "text"), ns + "body")
    count = 0
    for count, term in enumerate(terms, start=1):
        concept = etree.SubElement(body, ns + ("conceptEntry" if v3 else "termEntry"), id=f"c{count}")
        if term.note:
            etree.SubElement(
                concept, ns + ("note" if v3 else "descrip"), **({} if v3 else {"type": "definition"})
            )
            concept[-1].text = term.note
        holder_tag = "termSec" if v3 else "tig"
        section_tag = "langSec" if v3 else "langSet"
        source = etree.SubElement(concept, ns + section_tag, {XML_LANG: term.source_lang})
        _term_holder(source, holder_tag, term.source_term, term.part_of_speech, "", term.case_sensitive, ns)
        target = etree.SubElement(concept, ns + section_tag, {XML_LANG: term.target_lang})
        preferred = "preferredTerm-admn-sts" if term.alternatives or term.forbidden else ""
        _term_holder(target, holder_tag, term.target_term, term.part_of_speech, preferred, False, ns)
        for alternative in term.alternatives:
            _term_holder(target, holder_tag, alternative, "", "admittedTerm-admn-sts", False, ns)
        for variant in term.forbidden:
            _term_holder(target, holder_tag, variant, "", "deprecatedTerm-admn-sts", False, ns)
    etree.ElementTree(root).write(str(path), encoding="utf-8", xml_declaration=True, pretty_print=True)
    return count
