"""URLs, e-mail addresses and phone numbers: found in the source, they must be in the target exactly.

A press release ends with a contact line (``jilee@iom.int, +82 70 4820 2648``): a translator who retypes
an address or "localises" a phone number breaks it. The comparison is exact, character for character,
except that the kind of space inside a phone number is free (French typography puts no-break spaces
there). Items are found URLs first, then addresses outside them, then phone numbers outside both, so an
address inside a URL is not counted twice and the number check can leave all three out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from translator_app.domain.qa_findings import Finding, QaCode, finding
from translator_app.domain.tags import find_tags

_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>«»\"“”]+")
_URL_TAIL = ".,;:!?)]}'’"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w+])\+\d{1,3}(?:[ \u00a0\u202f.\-]?\(?\d{1,5}\)?){2,}(?!\d)"  # +82 70 4820 2648
    r"|(?<![\w+])0\d(?:[ \u00a0\u202f.]\d{2}){4}(?!\d)"  # 01 23 45 67 89
    r"|(?<![\w+])\(\d{3}\) ?\d{3}-\d{4}(?!\d)"  # (212) 555-0199
)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


class ItemKind(StrEnum):
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"


MISSING_CODE = {
    ItemKind.URL: QaCode.URL_MISSING,
    ItemKind.EMAIL: QaCode.EMAIL_MISSING,
    ItemKind.PHONE: QaCode.PHONE_MISSING,
}


@dataclass(frozen=True)
class Item:
    kind: ItemKind
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """What must match: the text, with any space kind read as a space in a phone number."""
        return self.text.translate(_SPACES) if self.kind is ItemKind.PHONE else self.text


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= s or start >= e for s, e in spans)


def find_items(text: str) -> list[Item]:
    """URLs, e-mail addresses and phone numbers in ``text`` (tags skipped), in order."""
    taken = [(t.start, t.end) for t in find_tags(text)]
    items: list[Item] = []
    for match in _URL.finditer(text):
        url = match.group().rstrip(_URL_TAIL)
        if _outside(taken, match.start(), match.start() + len(url)) and len(url) > 4:
            items.append(Item(ItemKind.URL, url, match.start(), match.start() + len(url)))
    taken += [(i.start, i.end) for i in items]
    for kind, pattern in ((ItemKind.EMAIL, _EMAIL), (ItemKind.PHONE, _PHONE)):
        found = [
            Item(kind, m.group(), m.start(), m.end())
            for m in pattern.finditer(text)
            if _outside(taken, m.start(), m.end())
        ]
        items += found
        taken += [(i.start, i.end) for i in found]
    return sorted(items, key=lambda item: item.start)


def item_spans(text: str) -> list[tuple[int, int]]:
    """Where the URLs, addresses and phone numbers are, for checks that must look past them."""
    return [(i.start, i.end) for i in find_items(text)]


def check_items(source: str, target: str) -> list[Finding]:
    """Each URL, address and phone number of the source must appear in the target, as often, unchanged.

    When one is missing and the target holds an item of the same kind the source lacks (the altered copy),
    the finding's empty span sits at that copy; otherwise at 0.
    """
    wanted = Counter((i.kind, i.key) for i in find_items(source))
    found = find_items(target)
    have = Counter((i.kind, i.key) for i in found)
    strays = [i for i in found if have[(i.kind, i.key)] > wanted[(i.kind, i.key)]]
    findings = []
    for (kind, key), count in wanted.items():
        for _ in range(count - have[(kind, key)]):
            stray = next((s for s in strays if s.kind is kind), None)
            if stray is not None:
                strays.remove(stray)
                findings.append(finding(MISSING_CODE[kind], stray.start, stray.end, key))
            else:
                findings.append(finding(MISSING_CODE[kind], 0, 0, key))
    return findings
