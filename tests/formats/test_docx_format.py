"""Word releases: blocks and tagged segments in, the same document with its formatting intact out.

The acceptance test builds a release with python-docx, parses it, renders it with the sources and reopens the
result: the same paragraphs (text, style), runs (text, bold, italic, underline) and hyperlinks must come back.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from lxml import etree
from tests.fixtures.make_docx import TITLE, URL, release_docx, replace_entry, to_bytes

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Release, Segment, SegmentKind
from translator_app.formats import docx as docx_format
from translator_app.formats.document import ParsedDocument
from translator_app.formats.docx import DocxFormat
from translator_app.formats.registry import detect_format, get_format

FORMAT = DocxFormat()
W = nsmap["w"]
Chooser = Callable[[Segment], str | None]


def parse(data: bytes) -> ParsedDocument:
    return FORMAT.parse(data, "communique.docx", "fr")


def render(data: bytes, parsed: ParsedDocument, choose: Chooser) -> WordDocument:
    release = Release("Azuré", "fr", "en", format="docx", original=data, original_name="communique.docx")
    return docx.Document(io.BytesIO(FORMAT.render(release, parsed.blocks, parsed.segments, choose)))


def runs(paragraph: Paragraph) -> list[tuple[Any, ...]]:
    """(text, bold, italic, underline, link) per run, neighbours that look the same merged."""
    out: list[tuple[Any, ...]] = []
    for item in paragraph.iter_inner_content():
        pairs = [(run, item.url) for run in item.runs] if isinstance(item, Hyperlink) else [(item, None)]
        for run, url in pairs:
            look = (bool(run.bold), bool(run.italic), bool(run.underline), url)
            if out and out[-1][1:] == look:
                out[-1] = (out[-1][0] + run.text, *look)
            elif run.text:
                out.append((run.text, *look))
    return out


def shape(document: WordDocument) -> list[tuple[Any, ...]]:
    """Every paragraph of the body, its tables (nested too) and the first header: style, text and runs."""
    found: list[tuple[Any, ...]] = []

    def walk(items: Any) -> None:
        for item in items:
            if isinstance(item, Table):
                for row in item.rows:
                    for cell in row.cells:
                        walk(cell.iter_inner_content())
            else:
                found.append((item.style.name if item.style else None, item.text, runs(item)))

    walk(document.iter_inner_content())
    walk(document.sections[0].header.paragraphs)
    return found


def footnotes(document: WordDocument) -> str:
    """The text of the notes, read from the part python-docx keeps as bytes."""
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/footnotes"))
    return "".join(etree.fromstring(part.blob).xpath("//w:t/text()", namespaces={"w": W}))


def test_blocks_follow_reading_order_with_kinds_and_places() -> None:
    parsed = parse(release_docx())
    kinds = [block.kind for block in parsed.blocks]
    assert parsed.title == TITLE
    assert kinds[:10] == [
        SegmentKind.TITLE, SegmentKind.PARAGRAPH, SegmentKind.HEADING, SegmentKind.PARAGRAPH,
        *[SegmentKind.LIST_ITEM] * 4, SegmentKind.QUOTE, SegmentKind.PARAGRAPH,
    ]
    assert kinds[10:15] == [SegmentKind.TABLE_CELL] * 5
    assert kinds[-3:] == [SegmentKind.PARAGRAPH] * 2 + [SegmentKind.OTHER]  # about us, the note, the header
    places = [json.loads(block.skeleton) for block in parsed.blocks]
    assert places[1]["path"] == [["body", 0], ["p", 1]]
    assert places[14]["path"][-4:] == [["tbl", 0], ["tr", 0], ["tc", 0], ["p", 0]]  # the nested table
    assert places[-2]["part"] == "/word/footnotes.xml"
    assert [s.source for s in parsed.segments if s.block == 14] == ["Estimation de la mairie."]
    assert parsed.segments[-2].source == "Chiffres arrêtés au 31 mars."


def test_inline_formatting_links_and_breaks_become_tags() -> None:
    parsed = parse(release_docx())
    lead = [s for s in parsed.segments if s.block == 1]
    assert [s.source for s in lead] == [
        "Niamey, 3 avril – Le <g1>Réseau Azuré</g1> a inauguré hier ses <g2>trois nouvelles stations</g2> "
        "de pompage solaire.",
        "Elles desservent <g1>douze villages</g1>.",
        "Le bilan complet figure dans le <g1>rapport annuel</g1>.",
    ]
    assert [s.separator for s in lead] == [" ", " ", "\n"]
    skeleton = json.loads(parsed.blocks[1].skeleton)
    tags = skeleton["segments"][0]["tags"]
    assert [skeleton["styles"][tags[n]["f"]]["desc"] for n in ("1", "2")] == ["bold", "italic"]
    assert "<w:b/>" in skeleton["styles"][tags["1"]["f"]]["rpr"]
    assert skeleton["links"][skeleton["segments"][2]["tags"]["1"]["l"]]["url"] == URL
    contact = next(s.source for s in parsed.segments if s.source.startswith("Contact"))
    assert contact == "Contact presse :<x1/>Awa Diallo<x2/>presse@reseau-azure.example"
    note_call = next(s.source for s in parsed.segments if s.source.startswith("Ils ont"))
    assert note_call == "Ils ont mobilisé quarante artisans."  # the footnote mark stays out, after the text


def test_round_trip_with_the_sources_gives_back_the_same_document() -> None:
    data = release_docx()
    parsed = parse(data)
    before = docx.Document(io.BytesIO(data))
    after = render(data, parsed, lambda segment: segment.source)
    assert shape(after) == shape(before)
    assert ("rapport annuel", False, False, True, URL) in runs(after.paragraphs[1])
    assert footnotes(after) == footnotes(before) == " Chiffres arrêtés au 31 mars."
    assert len(after.inline_shapes) == 1
    assert after.paragraphs[3]._p.xpath(".//w:footnoteReference")
    assert [s.source for s in parse(to_bytes(after)).segments] == [s.source for s in parsed.segments]


def test_a_translation_puts_the_formatting_on_the_moved_words() -> None:
    data = release_docx()
    parsed = parse(data)
    english = {
        "Niamey, 3 avril – Le <g1>Réseau Azuré</g1> a inauguré hier ses <g2>trois nouvelles stations</g2> "
        "de pompage solaire.": "Niamey, 3 April – <g2>Three new</g2> solar pumping stations were opened "
        "yesterday by <g1>Réseau Azuré</g1>.",
        "Elles desservent <g1>douze villages</g1>.": "They serve <g1>twelve villages</g1>.",
        "Le bilan complet figure dans le <g1>rapport annuel</g1>.": "The <g1>annual report</g1> has it all.",
        "<g1>4 200</g1> personnes": "<g1>4,200</g1> people",
    }
    after = render(data, parsed, lambda s: english.get(s.source, s.source))
    assert runs(after.paragraphs[1]) == [
        ("Niamey, 3 April – ", False, False, False, None),
        ("Three new", False, True, False, None),
        (" solar pumping stations were opened yesterday by ", False, False, False, None),
        ("Réseau Azuré", True, False, False, None),
        (". They serve ", False, False, False, None),
        ("twelve villages", False, False, True, None),
        (". The ", False, False, False, None),
        ("annual report", False, False, True, URL),
        (" has it all.", False, False, False, None),
    ]
    assert after.paragraphs[1].style is not None and after.paragraphs[1].style.name == "Normal"
    cell = after.tables[0].cell(1, 1).paragraphs[0]
    assert runs(cell) == [("4,200", True, False, False, None), (" people", False, False, False, None)]
    link = after.paragraphs[1]._p.find(qn("w:hyperlink"))
    original = docx.Document(io.BytesIO(data)).paragraphs[1]._p.find(qn("w:hyperlink"))
    assert link.get(qn("r:id")) == original.get(qn("r:id"))


def test_left_out_segments_leave_their_words_out_and_the_paragraph_in_place() -> None:
    data = release_docx()
    parsed = parse(data)
    dropped = {s.position for s in parsed.segments if s.block == 3 or s.source.startswith("Elles")}
    after = render(data, parsed, lambda s: None if s.position in dropped else s.source)
    assert after.paragraphs[1].text == (
        "Niamey, 3 avril – Le Réseau Azuré a inauguré hier ses trois nouvelles stations de pompage solaire. "
        "Le bilan complet figure dans le rapport annuel."
    )
    assert after.paragraphs[3].text == ""  # emptied, kept with its style and its footnote mark
    assert after.paragraphs[3]._p.xpath(".//w:footnoteReference")
    assert len(after.paragraphs) == len(docx.Document(io.BytesIO(data)).paragraphs)


def test_stray_and_unknown_tags_do_not_break_the_export() -> None:
    data = release_docx()
    parsed = parse(data)
    odd = {"Elles desservent <g1>douze villages</g1>.": "They serve <g1>twelve</g1></g7> <g9>villages<x4/>."}
    after = render(data, parsed, lambda s: odd.get(s.source, s.source))
    assert "They serve twelve villages." in after.paragraphs[1].text
    assert ("twelve", False, False, True, None) in runs(after.paragraphs[1])


def test_spelling_and_language_marks_do_not_split_a_sentence_into_tags() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, lang in (("Le réseau ", "fr-FR"), ("Azuré", "fr-CH"), (" agit.", "fr-FR")):
        run = paragraph.add_run(text)
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), lang)
        run._r.get_or_add_rPr().append(language)
        paragraph._p.append(OxmlElement("w:proofErr"))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), "0")
    start.set(qn("w:name"), "intro")
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), "0")
    paragraph._p.insert(1, start)
    paragraph._p.append(end)
    data = to_bytes(document)
    parsed = parse(data)
    assert [s.source for s in parsed.segments] == ["Le réseau Azuré agit."]
    after = render(data, parsed, lambda s: "The network acts.")
    assert after.paragraphs[0].text == "The network acts."
    assert after.paragraphs[0]._p.xpath("./w:bookmarkStart/@w:name") == ["intro"]
    assert after.paragraphs[0]._p.xpath("./w:bookmarkEnd")


def _entity_bomb(data: bytes) -> bytes:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    bomb = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
    return replace_entry(data, "word/document.xml", bomb + xml.split(b"?>", 1)[1])


def _not_a_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "Réunion à 10 h.")
    return out.getvalue()


def _damaged(data: bytes) -> bytes:
    """The zip with bytes in the middle of the compressed main part overwritten."""
    entry = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml")
    middle = entry.header_offset + 30 + len(entry.filename) + entry.compress_size // 2
    return data[:middle] + b"\xff" * 16 + data[middle + 16 :]


def _empty_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("   ")
    document.add_table(rows=1, cols=1)
    return to_bytes(document)


def _spreadsheet_like(data: bytes) -> bytes:
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    return replace_entry(data, "[Content_Types].xml", types.replace(b"document.main+xml", b"sheet.main+xml"))


@pytest.mark.parametrize(
    ("make", "problem", "reason"),
    [
        (lambda data: b"", "empty", None),
        (lambda data: b"Ceci n'est pas un fichier Word.", "corrupt", "not-a-zip"),
        (lambda data: data[: len(data) // 2], "corrupt", "damaged-zip"),
        (_damaged, "corrupt", "damaged-zip"),
        (lambda data: _not_a_docx(), "corrupt", "not-a-docx"),
        (lambda data: replace_entry(data, "word/document.xml", None), "corrupt", "not-a-docx"),
        (_spreadsheet_like, "corrupt", "not-a-docx"),
        (lambda data: replace_entry(data, "word/document.xml", b"<w:document><w:"), "corrupt", "broken-xml"),
        (lambda data: replace_entry(data, "word/footnotes.xml", b"<w:footnotes"), "corrupt", "broken-xml"),
        (lambda data: _empty_docx(), "empty", None),
        (_entity_bomb, "unsafe-xml", None),
    ],
    ids=["no-bytes", "text", "truncated", "damaged", "zip", "no-main-part", "spreadsheet", "broken-xml",
         "broken-notes", "no-text", "entity-bomb"],
)
def test_broken_input_is_refused_clearly(
    make: Callable[[bytes], bytes], problem: str, reason: str | None
) -> None:
    with pytest.raises(DomainError) as caught:
        parse(make(release_docx()))
    assert caught.value.code is ErrorCode.BAD_INPUT
    assert caught.value.details["problem"] == problem
    assert caught.value.details["name"] == "communique.docx"
    if reason:
        assert caught.value.details["reason"] == reason


def test_a_doctype_in_any_xml_part_is_refused_before_parsing() -> None:
    data = release_docx()
    rels = zipfile.ZipFile(io.BytesIO(data)).read("_rels/.rels")
    with pytest.raises(DomainError) as caught:
        parse(replace_entry(data, "_rels/.rels", b'<!DOCTYPE r SYSTEM "file:///etc/passwd">' + rels))
    assert caught.value.details == {"problem": "unsafe-xml", "name": "communique.docx", "part": "_rels/.rels"}


def test_a_zip_that_would_inflate_too_much_is_refused_unopened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_format, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(DomainError) as caught:
        parse(release_docx())
    assert caught.value.details["problem"] == "too-large"


def test_render_needs_the_original_file() -> None:
    data = release_docx()
    parsed = parse(data)
    with pytest.raises(DomainError) as caught:
        FORMAT.render(Release("R", "fr", "en"), parsed.blocks, parsed.segments, lambda s: s.source)
    assert caught.value.details["problem"] == "missing-original"
    other = to_bytes(docx.Document())  # another file: the places in the skeleton are not there
    release = Release("R", "fr", "en", format="docx", original=other, original_name="autre.docx")
    with pytest.raises(DomainError) as caught:
        FORMAT.render(release, parsed.blocks, parsed.segments, lambda s: s.source)
    assert caught.value.details["problem"] == "skeleton-mismatch"


def test_the_registry_finds_the_word_format() -> None:
    assert isinstance(get_format("docx"), DocxFormat)
    assert detect_format(release_docx(), "communique.docx") == "docx"
    assert DocxFormat.extensions == (".docx",)


def test_reading_takes_each_paragraph_out_of_the_tree_once_read_and_paths_count_them_as_they_were() -> None:
    w = nsmap["w"]
    body = etree.fromstring(
        f'<w:body xmlns:w="{w}"><w:p/><w:tbl><w:tr><w:tc><w:p/><w:p/></w:tc></w:tr></w:tbl>'
        "<w:p/><w:p/><w:sectPr/></w:body>"
    )
    seen = []
    for path, paragraph, in_table in docx_format._paragraphs(body, [["body", 0]]):
        seen.append((path, in_table, len(body.findall(f".//{{{w}}}p"))))
        assert paragraph.getparent() is not None, "the paragraph is in its place while it is read"
    assert seen == [
        ([["body", 0], ["p", 0]], False, 5),
        ([["body", 0], ["tbl", 0], ["tr", 0], ["tc", 0], ["p", 0]], True, 4),
        ([["body", 0], ["tbl", 0], ["tr", 0], ["tc", 0], ["p", 1]], True, 3),
        ([["body", 0], ["p", 1]], False, 2),
        ([["body", 0], ["p", 2]], False, 1),
    ], "each paragraph read is gone before the next one is read"
    assert len(body) == 0
