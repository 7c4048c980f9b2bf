"""Every encoding the XML specification allows is read, and an entity declaration is refused in each of them
(appendix F: byte-order mark, then the first bytes, then the declaration)."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from translator_app.domain.errors import DomainError
from translator_app.formats import safe_xml
from translator_app.formats.docx import check_package
from translator_app.formats.tmx import read_tmx
from translator_app.formats.xml_encoding import detect

TEXT = "Genève, « été » – 東京"
"""A word every encoding below can write (the Japanese only where the encoding has it)."""


def _tmx(declared: str | None, entity: bool, text: str) -> str:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>' if declared else '<?xml version="1.0"?>'
    doctype = '<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' if entity else ""
    return (
        f'{declaration}{doctype}<tmx version="1.4"><header srclang="fr"/><body><tu>'
        f'<tuv xml:lang="fr"><seg>{text}</seg></tuv><tuv xml:lang="en"><seg>{"&xxe;" if entity else "Geneva"}'
        "</seg></tuv></tu></body></tmx>"
    )


# (label, codec for the bytes, byte-order mark, declared name, text that codec can write)
ENCODINGS = [
    ("utf-8", "utf-8", b"", None, TEXT),
    ("utf-8, declared", "utf-8", b"", "UTF-8", TEXT),
    ("utf-8 with BOM", "utf-8", codecs.BOM_UTF8, "UTF-8", TEXT),
    ("utf-16-le with BOM", "utf-16-le", codecs.BOM_UTF16_LE, "UTF-16", TEXT),
    ("utf-16-be with BOM", "utf-16-be", codecs.BOM_UTF16_BE, "UTF-16", TEXT),
    ("utf-16-le without BOM", "utf-16-le", b"", "UTF-16", TEXT),
    ("utf-16-be without BOM", "utf-16-be", b"", "UTF-16", TEXT),
    ("utf-16-le, no declaration", "utf-16-le", codecs.BOM_UTF16_LE, None, TEXT),
    ("utf-32-le with BOM", "utf-32-le", codecs.BOM_UTF32_LE, "UTF-32", TEXT),
    ("utf-32-be with BOM", "utf-32-be", codecs.BOM_UTF32_BE, "UTF-32", TEXT),
    ("utf-32-le without BOM", "utf-32-le", b"", "UTF-32", TEXT),
    ("utf-32-be without BOM", "utf-32-be", b"", "UTF-32", TEXT),
    ("iso-8859-1", "latin-1", b"", "ISO-8859-1", "Genève, « été »"),
    ("windows-1252", "cp1252", b"", "windows-1252", "Genève, « été » – l’OIM"),
    ("iso-8859-15", "iso8859-15", b"", "ISO-8859-15", "Genève, 5 €"),
    ("shift_jis", "shift_jis", b"", "Shift_JIS", "東京、国際移住機関"),
    ("euc-jp", "euc_jp", b"", "EUC-JP", "東京、国際移住機関"),
    ("ebcdic (ibm037)", "cp037", b"", "IBM037", "Genève"),
    ("utf-16 declared, written as utf-8", "utf-8", b"", "UTF-16", TEXT),
]
IDS = [label for label, *_ in ENCODINGS]


def _write(tmp_path: Path, codec: str, bom: bytes, declared: str | None, entity: bool, text: str) -> Path:
    path = tmp_path / "memory.tmx"
    path.write_bytes(bom + _tmx(declared, entity, text).encode(codec))
    return path


@pytest.mark.parametrize(("label", "codec", "bom", "declared", "text"), ENCODINGS, ids=IDS)
def test_each_encoding_reads_its_text(
    tmp_path: Path, label: str, codec: str, bom: bytes, declared: str | None, text: str
) -> None:
    path = _write(tmp_path, codec, bom, declared, False, text)
    entries = list(read_tmx(path, path.name))
    assert [e.variants for e in entries] == [{"fr": text, "en": "Geneva"}]


@pytest.mark.parametrize(("label", "codec", "bom", "declared", "text"), ENCODINGS, ids=IDS)
def test_each_encoding_has_its_entities_refused(
    tmp_path: Path, label: str, codec: str, bom: bytes, declared: str | None, text: str
) -> None:
    path = _write(tmp_path, codec, bom, declared, True, text)
    with pytest.raises(DomainError) as caught:
        list(read_tmx(path, path.name))
    assert caught.value.details["problem"] == "unsafe-xml"


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        (b"\x00\x00\xff\xfe<\x00\x00\x00", "UCS-4 (unusual byte order)"),
        (b"\xfe\xff\x00\x00\x00<\x00\x00", "UCS-4 (unusual byte order)"),
        (b"\x00\x00<\x00\x00\x00?\x00", "UCS-4 (unusual byte order)"),
        (b'<?xml version="1.0" encoding="x-klingon"?><a/>', "x-klingon"),
        (b"\x4c\x6f\xa7\x94", "EBCDIC without an encoding declaration"),
    ],
    ids=["ucs4-2143-bom", "ucs4-3412-bom", "ucs4-2143", "unknown-name", "ebcdic-undeclared"],
)
def test_encodings_python_cannot_read_are_refused_by_name(head: bytes, encoding: str) -> None:
    with pytest.raises(DomainError) as caught:
        detect(head, "x.tmx")
    assert caught.value.details == {"problem": "unsupported-encoding", "name": "x.tmx", "encoding": encoding}


def test_bytes_invalid_in_the_declared_encoding_name_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.tmx"
    path.write_bytes(_tmx("UTF-8", False, "ok").encode() + b"<!-- \xff -->")
    with pytest.raises(DomainError) as caught:
        list(read_tmx(path, path.name))
    assert caught.value.details["problem"] == "undecodable"
    assert caught.value.details["encoding"] == "utf-8"


def test_a_prolog_full_of_unterminated_comments_is_scanned_in_linear_time() -> None:
    data = b"<?xml version='1.0'?>" + b"<!--" * 200_000
    with pytest.raises(DomainError):
        safe_xml.parse_bytes(data, "comments.xml")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-16-be", "cp037"])
def test_a_word_part_with_a_doctype_in_any_encoding_is_refused(codec: str) -> None:
    declared = {"cp037": "IBM037"}.get(codec, codec.upper()[:6])
    part = f'<?xml version="1.0" encoding="{declared}"?><!DOCTYPE w [<!ENTITY a "b">]><w:document/>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr("word/document.xml", part.encode(codec))
    with pytest.raises(DomainError) as caught:
        check_package(out.getvalue(), "letter.docx")
    assert caught.value.details["problem"] == "unsafe-xml"


def test_an_xliff_file_in_utf16_without_a_mark_is_recognised_as_xml() -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?><xliff/>'.encode("utf-16-be")
    assert safe_xml.looks_like_xml(data, "x.xlf")
    assert not safe_xml.looks_like_xml(b"PK\x03\x04 not xml", "x.xlf")
