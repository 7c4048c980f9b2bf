"""TBX glossaries, v2 (``<martif>``, ISO 30042:2008) and v3 (``<tbx>``, ISO 30042:2019), read and written.

A concept entry holds terms per language. Read for a pair: each admitted source term becomes one glossary
entry whose target is the first admitted target term; target terms marked deprecated, superseded or
forbidden (``administrativeStatus``/``normativeAuthorization``) become its forbidden variants. Part of
speech is the ``partOfSpeech`` term note, the note is the concept's definition or note, case sensitivity
an ``x-caseSensitive`` term note (our own, as TBX has none).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from translator_app.domain.terms import Term
from translator_app.formats.safe_xml import XML_LANG, local, parse, refuse

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


def _terms_of(lang_set: etree._Element) -> list[tuple[str, bool, str, bool]]:
    """``(term, admitted, part of speech, case-sensitive)`` for each term of a language section."""
    found = []
    for holder in _children(lang_set, "tig", "ntig", "termSec"):
        term = next((t for t in holder.iter() if isinstance(t.tag, str) and local(t) == "term"), None)
        if term is None or not _text(term):
            continue
        status = (
            _note_of(holder, "administrativeStatus") + _note_of(holder, "normativeAuthorization")
        ).lower()
        admitted = not any(bad in status.replace(" ", "") for bad in _BAD_STATUS)
        case = _note_of(holder, CASE_NOTE).lower() in ("yes", "true", "1")
        found.append((_text(term), admitted, _note_of(holder, "partOfSpeech"), case))
    return found


def read_tbx(
    path: Path, name: str, source_lang: str | None, target_lang: str | None
) -> tuple[str, str, list[Term]]:
    """The pair (given, or taken from the file) and its entries; refuses unsafe or non-TBX XML."""
    root = parse(path, name).getroot()
    if local(root) not in ("martif", "tbx"):
        raise refuse("not-tbx", name)
    concepts = [
        e for e in root.iter() if isinstance(e.tag, str) and local(e) in ("termEntry", "conceptEntry")
    ]
    languages: list[str] = []
    for concept in concepts:
        for lang_set in _children(concept, "langSet", "langSec"):
            lang = lang_set.get(XML_LANG, "")
            if lang and not any(same_language(lang, seen) for seen in languages):
                languages.append(lang)
    source = source_lang or root.get(XML_LANG) or (languages[0] if languages else "")
    others = [lang for lang in languages if not same_language(lang, source)]
    target = target_lang or (others[0] if len(others) == 1 else "")
    if not target or not any(same_language(lang, target) for lang in languages):
        raise refuse("language-mismatch", name, found=", ".join(languages) or "none")
    terms: list[Term] = []
    for concept in concepts:
        note = ""
        for child in _children(concept, "descrip", "note", "descripGrp"):
            note = note or _text(child)
        sources: list[tuple[str, bool, str, bool]] = []
        targets: list[tuple[str, bool, str, bool]] = []
        for lang_set in _children(concept, "langSet", "langSec"):
            lang = lang_set.get(XML_LANG, "")
            if same_language(lang, source):
                sources += _terms_of(lang_set)
            elif same_language(lang, target):
                targets += _terms_of(lang_set)
        preferred = next((t for t in targets if t[1]), None)
        if preferred is None:
            continue
        forbidden = tuple(t[0] for t in targets if not t[1])
        for text, admitted, pos, case in sources:
            if admitted:
                terms.append(
                    Term(source, target, text, preferred[0], note, pos or preferred[2], case, forbidden)
                )
    return source, target, terms


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
        _term_holder(target, holder_tag, term.target_term, term.part_of_speech, "", False, ns)
        for variant in term.forbidden:
            _term_holder(target, holder_tag, variant, "", "deprecatedTerm-admn-sts", False, ns)
    etree.ElementTree(root).write(str(path), encoding="utf-8", xml_declaration=True, pretty_print=True)
    return count
