"""Fuzzy matching of memory units against the current source: normalisation, the score, the diff.

The score is the percentage translators know from CAT tools, computed in four steps:

1. Both sources are *normalised*: protected tags removed, Unicode NFC, typographic apostrophes and quotes
   made plain, non-breaking spaces made spaces, runs of whitespace collapsed, then case-folded.
2. The base score is the normalised Indel similarity of the two normalised strings (rapidfuzz
   ``fuzz.ratio``: ``100 * (1 - (insertions + deletions) / (len(a) + len(b)))``), rounded down.
3. Penalties are subtracted for differences the base score underrates: 2 points per number that differs
   (``2025`` → ``2026`` costs 2 characters but changes the facts), 1 point per tag added or removed, 1
   point when the punctuation differs, 1 point when only the letter case differs.
4. Anything that is not character-for-character identical is capped at 99, so 100 always means
   "identical"; an identical source whose neighbouring sources (previous and next segment) also match
   scores 101 (an in-context exact match).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from translator_app.domain.tags import find_tags, strip_tags

__all__ = [
    "CONTEXT_MATCH",
    "DEFAULT_THRESHOLD",
    "EXACT",
    "DiffOp",
    "DiffSpan",
    "Match",
    "TmUnit",
    "diff_words",
    "normalise",
    "rank",
    "score",
    "source_hash",
]

EXACT = 100
CONTEXT_MATCH = 101
DEFAULT_THRESHOLD = 70
NUMBER_PENALTY = 2
NUMBER_PENALTY_MAX = 10
TAG_PENALTY = 1
TAG_PENALTY_MAX = 5
PUNCTUATION_PENALTY = 1
CASE_PENALTY = 1

_TYPOGRAPHY = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
    }
)
_TYPOGRAPHIC = re.compile("[\u2019\u2018\u02bc\u201c\u201d\u00ab\u00bb\u00a0\u202f\u2009\u2013\u2014\u2011]")
_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_PUNCTUATION = re.compile(r"[^\w\s]")
_TOKEN = re.compile(r"<(?:/?g\d+|x\d+/)>|\w+(?:['’]\w+)*|\s+|[^\w\s]")


@dataclass
class TmUnit:
    """A memory unit: a confirmed source/target pair of one language pair, with where it came from."""

    source_lang: str
    target_lang: str
    source: str
    target: str
    context_before: str = ""
    context_after: str = ""
    approved: bool = False
    release_id: int | None = None
    segment_id: int | None = None
    created_by: str = ""
    created_at: datetime | None = None
    updated_by: str = ""
    updated_at: datetime | None = None
    id: int | None = None


class DiffOp(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"
    """Only in the match's source: the memory's translation covers words the current source lacks."""
    INSERT = "insert"
    """Only in the current source: words the memory's translation does not cover."""


@dataclass(frozen=True)
class DiffSpan:
    """A run of words with what happened to it; ``start``/``end`` index the text that holds it."""

    op: DiffOp
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Match:
    """A memory unit scored against the current source, with the word diff for display."""

    unit: TmUnit
    score: int
    diff: list[DiffSpan] = field(default_factory=list)
    language_penalty: int = 0
    """Points already taken off ``score`` because the unit is in another variant of the languages asked for
    (``en-GB`` for ``en``; see ``domain.languages``)."""


def normalise(text: str, fold_case: bool = True) -> str:
    """The text matching compares: no tags, NFC, plain quotes and spaces, collapsed, case-folded."""
    plain = strip_tags(text) if "<" in text else text
    if not plain.isascii():  # the fast path matters when a million units are indexed
        plain = unicodedata.normalize("NFC", plain)
        for mark in set(_TYPOGRAPHIC.findall(plain)):
            plain = plain.replace(mark, _TYPOGRAPHY[ord(mark)])  # str.translate is slower on long texts
    plain = " ".join(plain.split())
    return plain.casefold() if fold_case else plain


def source_hash(source: str) -> str:
    """The key of an exact source: whitespace-insensitive, tag- and case-sensitive."""
    key = _SPACES.sub(" ", unicodedata.normalize("NFC", source)).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _numbers(text: str) -> Counter[str]:
    return Counter(
        _SPACES.sub("", n.replace("\u00a0", "").replace("\u202f", "")) for n in _NUMBER.findall(text)
    )


def _tag_shape(text: str) -> list[str]:
    """Tags by kind only: renumbering between documents is not a difference."""
    return [tag.kind.value for tag in find_tags(text)]


def penalties(current: str, candidate: str) -> int:
    """Points taken off for differing numbers, tags, punctuation and case (see the module docstring)."""
    mine, theirs = normalise(current, fold_case=False), normalise(candidate, fold_case=False)
    points = 0
    ours_n, theirs_n = _numbers(mine), _numbers(theirs)
    changed = max(sum((ours_n - theirs_n).values()), sum((theirs_n - ours_n).values()))
    points += min(NUMBER_PENALTY * changed, NUMBER_PENALTY_MAX)
    tags = int(Indel.distance(_tag_shape(current), _tag_shape(candidate)))
    points += min(TAG_PENALTY * tags, TAG_PENALTY_MAX)
    if _PUNCTUATION.findall(mine) != _PUNCTUATION.findall(theirs):
        points += PUNCTUATION_PENALTY
    if mine != theirs and mine.casefold() == theirs.casefold():
        points += CASE_PENALTY
    return points


def score(
    current: str,
    candidate: str,
    *,
    context: tuple[str, str] | None = None,
    candidate_context: tuple[str, str] | None = None,
) -> int:
    """The match percentage of ``candidate`` for ``current``: 0–100, or 101 for an exact match in context.

    ``context`` and ``candidate_context`` are the (previous, next) sources around each; 101 needs both.
    """
    if source_hash(current) == source_hash(candidate):
        if context is not None and candidate_context is not None:
            same_before = normalise(context[0]) == normalise(candidate_context[0])
            same_after = normalise(context[1]) == normalise(candidate_context[1])
            if same_before and same_after:
                return CONTEXT_MATCH
        return EXACT
    base = math.floor(fuzz.ratio(normalise(current), normalise(candidate)))
    return max(0, min(EXACT - 1, base - penalties(current, candidate)))


def rank(matches: list[Match], limit: int | None = None) -> list[Match]:
    """Best first: score, then approved before unapproved, then the most recently updated."""

    def key(match: Match) -> tuple[int, bool, float]:
        moment = match.unit.updated_at.timestamp() if match.unit.updated_at else 0.0
        return (-match.score, not match.unit.approved, -moment)

    ordered = sorted(matches, key=key)
    return ordered if limit is None else ordered[:limit]


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def diff_words(current: str, candidate: str) -> list[DiffSpan]:
    """Word-level differences of a match's source (``candidate``) against the current source.

    EQUAL and DELETE spans index ``candidate``; INSERT spans index ``current``. Words compare case- and
    typography-insensitively, so a display can colour exactly what a translator must change.
    """
    mine, theirs = _tokens(current), _tokens(candidate)
    keys_mine = [normalise(t) or t for t, _, _ in mine]
    keys_theirs = [normalise(t) or t for t, _, _ in theirs]
    spans: list[DiffSpan] = []

    def add(op: DiffOp, tokens: list[tuple[str, int, int]], text: str) -> None:
        if not tokens:
            return
        start, end = tokens[0][1], tokens[-1][2]
        previous = spans[-1] if spans else None
        if previous is not None and previous.op is op and previous.end == start:
            spans[-1] = DiffSpan(op, text[previous.start : end], previous.start, end)
        else:
            spans.append(DiffSpan(op, text[start:end], start, end))

    for opcode in Indel.opcodes(keys_theirs, keys_mine):
        if opcode.tag == "equal":
            add(DiffOp.EQUAL, theirs[opcode.src_start : opcode.src_end], candidate)
            continue
        if opcode.tag in ("delete", "replace"):
            add(DiffOp.DELETE, theirs[opcode.src_start : opcode.src_end], candidate)
        if opcode.tag in ("insert", "replace"):
            add(DiffOp.INSERT, mine[opcode.dest_start : opcode.dest_end], current)
    return spans
