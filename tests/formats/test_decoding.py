"""Encodings and line endings of real-world text files, and clear refusals for what is not text."""

import codecs
import random

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


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_byte_order_mark_are_read(codec: str) -> None:
    decoded = decode_text(TEXT.encode(codec), "release.txt")
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.had_bom, decoded.guessed) == (codec, False, False)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("東京、3月11日、国際移住機関（IOM）は本日、新しい報告書を発表しました。日本語の文章です。\n" * 3,
         "shift_jis", "cp932"),
        ("Москва, 11 марта - Международная организация по миграции сообщила сегодня.\n" * 3, "koi8_r",
         "koi8-r"),
    ],
    ids=["shift-jis", "koi8-r"],
)
def test_other_encodings_are_read_when_the_text_reads_as_a_language_and_say_so(
    text: str, codec: str, expected: str
) -> None:
    decoded = decode_text(text.encode(codec), "release.txt", "fr")
    assert decoded.text == text
    assert (decoded.encoding, decoded.guessed) == (expected, True)


def test_western_text_is_cp1252_whatever_the_detector_prefers() -> None:
    text = "Grüße aus München – Straße, Bäcker, Größe. Das Mädchen isst Käse.\n"
    decoded = decode_text(text.encode("cp1252"), "release.txt", "de")
    assert (decoded.text, decoded.encoding, decoded.guessed) == (text, "cp1252", False)


@pytest.mark.parametrize(
    "data",
    [bytes(random.Random(seed).randrange(128, 256) for _ in range(3000)) for seed in range(3)]
    + ["日本語".encode("shift_jis")],
    ids=["random-1", "random-2", "random-3", "three-shift-jis-characters"],
)
def test_bytes_that_read_as_no_language_are_refused_naming_a_guess(data: bytes) -> None:
    with pytest.raises(DomainError) as caught:
        decode_text(data, "release.txt", "fr")
    assert caught.value.details["problem"] == "unclear-encoding"
    assert caught.value.details["guess"]


def test_damaged_utf8_is_refused_with_its_line_not_read_as_cp1252() -> None:
    data = ("Genève, « Déclaration »\n" * 4).encode("utf-8") + b"ligne \xe9 cass\xe9e\n"
    with pytest.raises(DomainError) as caught:
        decode_text(data, "release.txt")
    assert caught.value.details["problem"] == "damaged-utf8"
    assert caught.value.details["line"] == 5
