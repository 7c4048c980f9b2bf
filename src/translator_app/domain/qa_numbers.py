"""Numbers in source and target compared by value, whatever each language's way of writing them.

``1 000,5`` (French) and ``1,000.5`` (English) are the same number; ``23 millions`` and ``23 million``
(and ``23,000,000``) too; ``30 %``, ``30%`` and ``30 per cent`` are thirty percent. Each number is read
with its own text's conventions: a space-like separator followed by three digits groups thousands; when a
number has both ``.`` and ``,`` the last one is the decimal mark; a lone separator followed by exactly
three digits is read the way the language reads it (thousands in English for ``,``, decimals in French),
any other lone separator is a decimal mark.

Phone numbers, URLs, e-mail addresses and tags are left out: they have their own checks, and a phone
number's digit groups are not quantities. Numbers written in words are not compared.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from translator_app.domain.languages import base_language
from translator_app.domain.qa_findings import Finding, QaCode, finding, mask
from translator_app.domain.qa_patterns import item_spans
from translator_app.domain.tags import find_tags

_GROUP_SPACES = " \u00a0\u202f\u2009"
_NUMBER = re.compile(
    r"(?<!\d)(?<!\d[.,])"
    r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"
    r"(?!\d)"
)
_PERCENT = re.compile(r"[ \u00a0\u202f]?%|\s+(?:per ?cent|pour cent|por ciento|por cento|prozent)\b", re.I)
_SCALE = re.compile(r"\s+([^\W\d_]+)")

DECIMAL_COMMA = frozenset(
    {
        *("fr", "de", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "fi", "nb", "nn", "no", "cs", "sk"),
        *("tr", "ro", "hu", "el", "uk", "bg", "hr", "sl", "sr", "lt", "lv", "et", "id", "vi", "ca", "gl"),
    }
)
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12},
    "fr": {"million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12},
    "es": {"millón": 6, "millones": 6, "billón": 12, "billones": 12},
    "de": {"million": 6, "millionen": 6, "milliarde": 9, "milliarden": 9},
}


def decimal_mark(lang: str) -> str:
    return "," if base_language(lang) in DECIMAL_COMMA else "."


@dataclass(frozen=True)
class Number:
    """A number as written (``text`` spans its digits, scale word and percent sign) and its value."""

    text: str
    start: int
    end: int
    value: Decimal
    percent: bool
    decimal: str
    """The decimal mark it was read with ("" for a whole number), for the format check."""
    grouping: str
    """The thousands separator it used ("" for none)."""

    @property
    def key(self) -> tuple[Decimal, bool]:
        return self.value.normalize(), self.percent


def read(token: str, lang: str) -> tuple[Decimal, str, str] | None:
    """The value of a digit token, with the decimal mark and grouping it was read with."""
    spaced = any(c in token for c in _GROUP_SPACES)
    plain = "".join(c for c in token if c not in _GROUP_SPACES)
    grouping = " " if spaced else ""
    dots, commas = plain.count("."), plain.count(",")
    decimal = ""
    if dots and commas:
        decimal = "." if plain.rfind(".") > plain.rfind(",") else ","
        grouping = grouping or ("," if decimal == "." else ".")
    elif dots or commas:
        mark = "." if dots else ","
        whole, _, fraction = plain.partition(mark)
        lone_group = len(fraction) == 3 and whole != "0" and not spaced and mark != decimal_mark(lang)
        if dots + commas > 1 or lone_group:
            grouping = mark
        else:
            decimal = mark
    digits = plain.replace(grouping, "") if grouping in ".," and grouping else plain
    if decimal:
        digits = digits.replace(decimal, ".")
    try:
        return Decimal(digits), decimal, grouping
    except InvalidOperation:
        return None


def find_numbers(text: str, lang: str) -> list[Number]:
    """The numbers of ``text`` read with ``lang``'s conventions (tags, URLs, addresses, phones left out)."""
    masked = mask(text, [(t.start, t.end) for t in find_tags(text)] + item_spans(text))
    scales = SCALES.get(base_language(lang), {})
    numbers = []
    for match in _NUMBER.finditer(masked):
        parsed = read(match.group(), lang)
        if parsed is None:
            continue
        value, decimal, grouping = parsed
        end = match.end()
        scale = _SCALE.match(masked, end)
        if scale and scale.group(1).lower() in scales:
            value = value.scaleb(scales[scale.group(1).lower()])
            end = scale.end()
        percent = _PERCENT.match(masked, end)
        if percent:
            end = percent.end()
        numbers.append(
            Number(text[match.start() : end], match.start(), end, value, bool(percent), decimal, grouping)
        )
    return numbers


def _format_problem(number: Number, lang: str) -> bool:
    """Whether the target writes this number in another locale's way (``1 000,5`` in English)."""
    mark = decimal_mark(lang)
    if number.decimal and number.decimal != mark:
        return True
    if mark == "." and number.grouping == " ":
        return True
    if mark == "," and number.grouping == ",":
        return True
    spaced_percent = number.text.endswith("%") and number.text[-2:-1] in _GROUP_SPACES
    return mark == "." and number.percent and spaced_percent


def check_numbers(source: str, target: str, source_lang: str, target_lang: str) -> list[Finding]:
    """Numbers of the source missing from the target (error), numbers only in the target (warning), and
    target numbers written in the source locale's format (warning)."""
    wanted = find_numbers(source, source_lang)
    found = find_numbers(target, target_lang)
    have = Counter(n.key for n in found)
    need = Counter(n.key for n in wanted)
    findings: list[Finding] = []
    missing = need - have
    for number in wanted:
        if missing[number.key] > 0:
            missing[number.key] -= 1
            findings.append(finding(QaCode.NUMBER_MISSING, 0, 0, number.text))
    extra = have - need
    for number in found:
        if extra[number.key] > 0:
            extra[number.key] -= 1
            findings.append(finding(QaCode.NUMBER_EXTRA, number.start, number.end, number.text))
        elif _format_problem(number, target_lang):
            findings.append(finding(QaCode.NUMBER_FORMAT, number.start, number.end, number.text))
    return findings
