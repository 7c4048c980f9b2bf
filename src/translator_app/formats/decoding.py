"""Turning a file's bytes into text, or one clear refusal: empty, binary, damaged, or an encoding we cannot
tell; never text decoded in the wrong encoding without a word.

Scraped releases arrive as UTF-8 (with or without a BOM), UTF-16 from Windows tools (with or without a
BOM), or cp1252/latin-1 from older mail clients; line endings may be CRLF, LF or CR. The order of the checks:
a byte-order mark (UTF-8, UTF-16, UTF-32); the pattern of zero bytes of UTF-16 or UTF-32 text without one;
strict UTF-8. A file that is nearly all valid UTF-8 but for a few bytes is damaged, and the refusal names the
line. Anything else goes to ``charset-normalizer``: Western European text (the encoding a French or Spanish
mail client writes) is read as cp1252, or latin-1 for the bytes cp1252 leaves undefined; another encoding
is taken only when the detector recognises a language in the result (Shift_JIS Japanese, KOI8-R
Russian…), and the import then says which encoding it used. When nothing reads as a language the file is
refused with the detector's best guess named, so the user can save it as UTF-8.

The parsers see ``\\n`` only; the export puts the original line ending back.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from enum import StrEnum

from charset_normalizer import from_bytes

from translator_app.domain.errors import bad_input
from translator_app.domain.languages import base_language
from translator_app.formats import limits


class InputProblem(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too-large"
    UNDECODABLE = "undecodable"
    DAMAGED_UTF8 = "damaged-utf8"
    UNCLEAR_ENCODING = "unclear-encoding"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    newline: str
    had_bom: bool
    guessed: bool = False
    """True when the encoding was inferred from the text itself (neither a mark, nor UTF-8, nor cp1252 for a
    Western text): the import says which one it used."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 1 << 16
_WESTERN = frozenset((
    "en", "fr", "es", "de", "it", "pt", "nl", "ca", "da", "sv", "no", "nb", "nn", "fi",
    "is", "ga", "eu", "gl", "af", "id", "ms", "sw", "lb", "rm", "oc", "br", "co", "fo",
))
"""Languages written in cp1252, the encoding of Western European Windows and its mail clients."""
_WESTERN_CODECS = frozenset({"cp1252", "latin-1", "iso8859-15"})
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_MIN_COHERENCE = 0.1
"""Below this share of a language's common letters, charset-normalizer has not recognised any language."""
_MAX_CHAOS = 0.15


def _newline_of(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    if crlf >= max(cr, lf) and crlf:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def decode_text(data: bytes, name: str = "", lang: str = "") -> DecodedText:
    """Detect the encoding and line endings of a text file and return it with ``\\n`` line endings.

    ``lang``, the release's source language when known, decides whether a Western encoding is the likely
    one for text that is not UTF-8.
    """
    limits.check_size(len(data), name)
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    had_bom = encoding is not None
    guessed = False
    if encoding is None:
        encoding = _wide_without_bom(data)
        if encoding is None and b"\x00" in data[:8192]:
            raise bad_input(InputProblem.BINARY.value, name)
        if encoding is None:
            encoding, guessed = _narrow(data, name, lang)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise bad_input(InputProblem.UNDECODABLE.value, name, encoding=encoding, offset=error.start) from None
    if not text.strip():
        raise bad_input(InputProblem.EMPTY.value, name)
    if "\x00" in text or _looks_binary(text):
        raise bad_input(InputProblem.BINARY.value, name)
    newline = _newline_of(text)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(normalised, encoding, newline, had_bom, guessed)


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by where the zero bytes fall (text in a Latin or
    Cyrillic script has a zero byte in most of its code units); None when the bytes show neither."""
    sample = data[: min(len(data), 8192) // 4 * 4]
    units = len(sample) // 4
    if units == 0 or b"\x00" not in sample:
        return None
    zeros = [sum(1 for byte in sample[k::4] if byte == 0) / units for k in range(4)]
    candidates = []
    if zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.5:
        candidates.append("utf-32-le")
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[3] < 0.5:
        candidates.append("utf-32-be")
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if odd > 0.3 and even < 0.05:
        candidates.append("utf-16-le")
    if even > 0.3 and odd < 0.05:
        candidates.append("utf-16-be")
    for codec in candidates:
        try:
            data[: len(data) // 4 * 4].decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return None


def _narrow(data: bytes, name: str, lang: str) -> tuple[str, bool]:
    """The encoding of text without a mark or zero bytes, and whether it was guessed."""
    try:
        data.decode("utf-8")
        return "utf-8", False
    except UnicodeDecodeError as error:
        if _mostly_utf8(data, error.start):
            line = data.count(b"\n", 0, error.start) + 1
            raise bad_input(InputProblem.DAMAGED_UTF8.value, name, line=line, offset=error.start) from None
    sample = data[:_SAMPLE]
    western = not lang or base_language(lang) in _WESTERN
    if _reads_as_language(sample, "cp1252") or (western and _western_shape(sample)):
        return _cp1252_or_latin1(data), False
    results = from_bytes(sample)
    readable = [r for r in results if r.coherence >= _MIN_COHERENCE and r.chaos <= _MAX_CHAOS]
    found = {codecs.lookup(r.encoding).name for r in readable}
    if western and found & _WESTERN_CODECS:
        return _cp1252_or_latin1(data), False
    best = max(readable, key=lambda r: r.coherence - r.chaos, default=None)
    if best is not None:
        return codecs.lookup(best.encoding).name, True
    guess = results.best()
    named = codecs.lookup(guess.encoding).name if guess else "none"
    raise bad_input(InputProblem.UNCLEAR_ENCODING.value, name, guess=named)


def _mostly_utf8(data: bytes, first_error: int) -> bool:
    """True when the bytes hold many valid UTF-8 sequences and few invalid ones: a damaged UTF-8 file (cut
    in the middle of a character, a stray byte pasted in), which another encoding would make mojibake."""
    valid = invalid = 0
    for run in _HIGH_RUN.finditer(data, max(0, first_error - _SAMPLE), first_error + _SAMPLE):
        try:
            run.group().decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            invalid += 1
    return valid >= 2 and valid >= 4 * invalid


def _reads_as_language(sample: bytes, encoding: str) -> bool:
    result = from_bytes(sample, cp_isolation=[encoding]).best()
    return result is not None and result.coherence >= _MIN_COHERENCE and result.chaos <= _MAX_CHAOS


def _western_shape(sample: bytes) -> bool:
    """Western text too short for a language to be recognised: its non-ASCII bytes are single accented
    letters between ASCII ones (``caf\xe9``), or French spacing around guillemets and colons
    (``\xab\xa0``), or a curly apostrophe before an accented letter (``l\x92\xe9t\xe9``); a multi-byte
    encoding such as Shift_JIS has other runs."""
    runs = list(_HIGH_RUN.finditer(sample))
    plausible = sum(1 for run in runs if _western_run(sample, run.start(), run.group()))
    return bool(runs) and plausible >= 0.9 * len(runs)


def _western_run(sample: bytes, start: int, run: bytes) -> bool:
    if len(run) == 1:
        return True
    if len(run) == 2 and (b"\xa0" in run or b"\xab" in run or b"\xbb" in run):
        return True
    return len(run) == 2 and run[0] in b"\x92\x91" and start > 0 and chr(sample[start - 1]).isalpha()


def _cp1252_or_latin1(data: bytes) -> str:
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newline, form feed and CR in a noticeable share mean not text."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls > max(2, len(sample) // 100)
