"""Glossary terms and their recognition in running text, tolerant of case, plurals and French elision.

Text and terms are cut into words; a French elided article or pronoun (``l'``, ``d'``, ``qu'``…, with a
straight or curly apostrophe) is split off and ignored, so ``l'OIM`` holds the term ``OIM`` and
``d'accord`` the term ``accord``. Each word is reduced to a light stem: case-folded (unless the term is
case-sensitive) and stripped of its plural ending (``organisations`` → ``organisation``, ``journaux`` →
``journal``, ``agencies`` → ``agency``). A term matches where the stems of its words follow each other in
the text; longer terms win over the shorter terms they contain, and hits never overlap. Spans are
character offsets in the text, for highlighting.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from translator_app.domain.languages import base_language

__all__ = [
    "Term",
    "TermFinding",
    "TermHit",
    "TermMatcher",
    "TermProblem",
    "check_target",
    "find_terms",
    "split_variants",
    "stem",
]

_WORD = re.compile(r"\w+(?:-\w+)*")
_ELISION = re.compile(r"(?i)^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]")
_APOSTROPHE = re.compile(r"['’]")


@dataclass
class Term:
    """A glossary entry: the expected target of a source term and the target variants not to use."""

    source_lang: str
    target_lang: str
    source_term: str
    target_term: str
    note: str = ""
    part_of_speech: str = ""
    case_sensitive: bool = False
    forbidden: tuple[str, ...] = ()
    created_by: str = ""
    updated_at: datetime | None = None
    id: int | None = None
    alternatives: tuple[str, ...] = ()
    """Other acceptable target terms (a term base's admitted terms beside its preferred one)."""


@dataclass(frozen=True)
class TermHit:
    """Where a term occurs in a text: ``text[start:end]`` is the surface form found."""

    term: Term
    start: int
    end: int
    text: str


class TermProblem(StrEnum):
    FORBIDDEN = "term-forbidden"
    MISSING = "term-missing"


@dataclass(frozen=True)
class TermFinding:
    """A glossary problem in a target: a forbidden variant used (with its span) or an expected term absent."""

    problem: TermProblem
    term: Term
    variant: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class _Word:
    stem: str
    folded: str
    start: int
    end: int


def stem(word: str, lang: str) -> str:
    """A light plural stemmer for French and English (other languages: only the final ``s``)."""
    lower = word.lower()
    if len(lower) <= 3 or lower[-1:] not in ("s", "x"):
        return word
    language = base_language(lang)
    if language == "fr":
        if lower.endswith("aux") and len(lower) > 4:
            return word[:-2] + ("l" if word[-1].islower() else "L")
        if lower.endswith(("eaux", "eux", "oux")):
            return word[:-1]
        return word[:-1] if lower.endswith("s") and not lower.endswith("ss") else word
    if language == "en" and lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + ("y" if word[-1].islower() else "Y")
    if language == "en" and lower.endswith(("ses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    return word[:-1] if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) else word


def _words(text: str, lang: str) -> list[_Word]:
    """Words with offsets; an elided prefix is dropped (its offsets move past it)."""
    plain = unicodedata.normalize("NFC", text)
    words = []
    for match in _WORD.finditer(plain):
        stemmed = stem(match.group(), lang)
        words.append(_Word(stemmed, stemmed.casefold(), match.start(), match.end()))
    return _split_elisions(plain, words, lang)


def _split_elisions(text: str, words: list[_Word], lang: str) -> list[_Word]:
    """``l'OIM`` reads as ``l`` + ``OIM`` to the word pattern: drop an elided article before an apostrophe."""
    kept: list[_Word] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if (
            following is not None
            and _ELISION.match(text[word.start : following.start])
            and following.start - word.end == 1
            and _APOSTROPHE.match(text[word.end])
        ):
            continue
        kept.append(word)
    return kept


class TermMatcher:
    """The terms of one language pair, indexed by their first word, for repeated look-ups."""

    def __init__(self, terms: Iterable[Term], lang: str) -> None:
        self.lang = lang
        self._by_first: dict[str, list[tuple[Term, list[str]]]] = {}
        for term in terms:
            keys = self._keys(term.source_term, term.case_sensitive)
            if keys:
                self._by_first.setdefault(keys[0].casefold(), []).append((term, keys))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: -len(entry[1]))

    def _keys(self, phrase: str, case_sensitive: bool) -> list[str]:
        return [w.stem if case_sensitive else w.folded for w in _words(phrase, self.lang)]

    def hits(self, text: str) -> list[TermHit]:
        """Every term occurring in ``text``, in order, longest first where terms overlap."""
        plain = unicodedata.normalize("NFC", text)
        return self._hits(plain, _words(plain, self.lang))

    def _hits(self, plain: str, words: Sequence[_Word]) -> list[TermHit]:
        """The hits among ``words``, the words of ``plain`` (the NFC text)."""
        found: list[TermHit] = []
        index = 0
        while index < len(words):
            hit = self._longest_at(words, index)
            if hit is None:
                index += 1
                continue
            term, length = hit
            start, end = words[index].start, words[index + length - 1].end
            found.append(TermHit(term, start, end, plain[start:end]))
            index += length
        return found

    def _longest_at(self, words: Sequence[_Word], index: int) -> tuple[Term, int] | None:
        for term, keys in self._by_first.get(words[index].folded, []):
            window = words[index : index + len(keys)]
            if len(window) < len(keys):
                continue
            seen = [w.stem if term.case_sensitive else w.folded for w in window]
            if seen == keys:
                return term, len(keys)
        return None


def find_terms(text: str, terms: Iterable[Term], lang: str) -> list[TermHit]:
    """The term hits in ``text`` (a one-off; keep a TermMatcher for repeated look-ups)."""
    return TermMatcher(terms, lang).hits(text)


def _occurrences(
    plain: str, words: Sequence[_Word], phrase: str, lang: str, case_sensitive: bool
) -> list[tuple[int, int]]:
    probe = Term("", "", phrase, "", case_sensitive=case_sensitive)
    return [(hit.start, hit.end) for hit in TermMatcher([probe], lang)._hits(plain, words)]


def check_target(target: str, hits: Iterable[TermHit], target_lang: str) -> list[TermFinding]:
    """For the source's term hits: forbidden variants used in the target, and expected terms missing (an
    alternative of the term counts as present)."""
    findings: list[TermFinding] = []
    seen: set[int] = set()
    plain, words = "", None
    for hit in hits:
        term = hit.term
        if id(term) in seen:
            continue
        seen.add(id(term))
        if words is None:  # the target is read once, and only when the source holds a term
            plain = unicodedata.normalize("NFC", target)
            words = _words(plain, target_lang)
        for variant in term.forbidden:
            for start, end in _occurrences(plain, words, variant, target_lang, term.case_sensitive):
                findings.append(TermFinding(TermProblem.FORBIDDEN, term, variant, start, end))
        accepted = [t for t in (term.target_term, *term.alternatives) if t]
        if accepted and not any(
            _occurrences(plain, words, t, target_lang, term.case_sensitive) for t in accepted
        ):
            findings.append(TermFinding(TermProblem.MISSING, term))
    return findings


def split_variants(text: str) -> tuple[str, ...]:
    """Forbidden variants as stored (one per line) or typed (separated by ``|`` or ``;``)."""
    return tuple(part.strip() for part in re.split(r"[\n|;]", text) if part.strip())
