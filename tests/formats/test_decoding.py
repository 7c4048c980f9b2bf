"""Encodings and line endings of real-world text files, and clear refusals for what is not text."""

import codecs

import pytest

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.formats.decoding import decode_text

TEXT = "Genève, 11 mars – « Déclaration » de l’OIM\nDeuxième ligne\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (TEXT.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", True),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", True),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", True),
        (TEXT.encode("cp1252"), "cp1252", False),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str, bom: bool) -> None:
    decoded = decode_text(data)
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.had_bom) == (encoding, bom)


def test_latin1_bytes_undefined_in_cp1252_still_decode() -> None:
    assert decode_text(b"caf\xe9 \x81ok").encoding == "latin-1"


@pytest.mark.parametrize(("newline"), ["\r\n", "\r", "\n"])
def test_line_endings_are_normalised_and_remembered(newline: str) -> None:
    decoded = decode_text(TEXT.replace("\n", newline).encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.newline == newline


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_what_is_not_text_is_refused_with_a_reason(data: bytes, problem: str) -> None:
    with pytest.raises(DomainError) as caught:
        decode_text(data, "release.txt")
    assert caught.value.code is ErrorCode.BAD_INPUT
    assert caught.value.details["problem"] == problem
