"""Inline markup inside segment text, as protected tags the translator moves but does not type.

Bold, links, code and the like become numbered tags in the segment text, in the style OmegaT made familiar:
``<g1>`` … ``</g1>`` around a span and ``<x2/>`` for a standalone element (an image, a line break). They are
valid XML, so machine translation with XML tag handling keeps them in place, and each format keeps what a tag
stands for in its skeleton so the export can put the real markup back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

TAG = re.compile(r"<(/?)([gx])(\d+)(/?)>")


class TagKind(StrEnum):
    OPEN = "open"
    CLOSE = "close"
    STANDALONE = "standalone"


@dataclass(frozen=True)
class Tag:
    kind: TagKind
    number: int
    start: int
    end: int

    @property
    def text(self) -> str:
        if self.kind is TagKind.OPEN:
            return open_tag(self.number)
        if self.kind is TagKind.CLOSE:
            return close_tag(self.number)
        return standalone_tag(self.number)


def open_tag(number: int) -> str:
    return f"<g{number}>"


def close_tag(number: int) -> str:
    return f"</g{number}>"


def standalone_tag(number: int) -> str:
    return f"<x{number}/>"


def find_tags(text: str) -> list[Tag]:
    """The tags in ``text`` in order; malformed look-alikes (``<g1/>``, ``</x1>``) are plain text."""
    tags = []
    for match in TAG.finditer(text):
        closing, letter, number, selfclosing = match.groups()
        if letter == "g" and not selfclosing:
            kind = TagKind.CLOSE if closing else TagKind.OPEN
        elif letter == "x" and selfclosing and not closing:
            kind = TagKind.STANDALONE
        else:
            continue
        tags.append(Tag(kind, int(number), match.start(), match.end()))
    return tags


def strip_tags(text: str) -> str:
    """The text a reader sees: tags removed (for word counts, matching and spell-checking)."""
    pieces = []
    last = 0
    for tag in find_tags(text):
        pieces.append(text[last : tag.start])
        last = tag.end
    pieces.append(text[last:])
    return "".join(pieces)


class TagProblem(StrEnum):
    MISSING = "tag-missing"
    EXTRA = "tag-extra"
    ORDER = "tag-order"
    UNBALANCED = "tag-unbalanced"


@dataclass(frozen=True)
class TagFinding:
    problem: TagProblem
    tag: str


def check_tags(source: str, target: str) -> list[TagFinding]:
    """Compare the target's tags with the source's: missing, extra, out of order or badly nested."""
    wanted = [t.text for t in find_tags(source)]
    found_tags = find_tags(target)
    found = [t.text for t in found_tags]
    findings = [TagFinding(TagProblem.MISSING, tag) for tag in wanted if tag not in found]
    findings += [TagFinding(TagProblem.EXTRA, tag) for tag in found if tag not in wanted]
    stack: list[int] = []
    for tag in found_tags:
        if tag.kind is TagKind.OPEN:
            stack.append(tag.number)
        elif tag.kind is TagKind.CLOSE:
            if not stack or stack[-1] != tag.number:
                findings.append(TagFinding(TagProblem.UNBALANCED, tag.text))
            else:
                stack.pop()
    findings += [TagFinding(TagProblem.UNBALANCED, open_tag(n)) for n in stack]
    common = [tag for tag in found if tag in wanted]
    if not findings and common != [tag for tag in wanted if tag in found]:
        findings.append(TagFinding(TagProblem.ORDER, common[0] if common else ""))
    return findings
