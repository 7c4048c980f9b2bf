"""Automatic QA of a translation: pure checks that return findings (a code, a severity, a span in the target).

:func:`check_segment` runs every check on one source/target pair; :func:`check_consistency` looks across a
release for one source translated in different ways. Nothing here reads storage or words a message: the
services feed the glossary in, and the command line and the window turn codes into sentences.

Checks and their modules:

- numbers in locale formats — :mod:`qa_numbers`; URLs, e-mail addresses, phone numbers — :mod:`qa_patterns`;
- spaces, end punctuation, brackets and quotes, French typography, repeated words — :mod:`qa_typography`;
- here: empty or untranslated target (or words of the source left in it), inline tags, glossary terms,
  length ratio, consistency.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from translator_app.domain.languages import base_language
from translator_app.domain.qa_findings import (
    SEVERITY,
    Finding,
    QaCode,
    Severity,
    errors,
    finding,
    mask,
)
from translator_app.domain.qa_numbers import check_numbers
from translator_app.domain.qa_patterns import check_items, item_spans
from translator_app.domain.qa_typography import (
    check_brackets_and_quotes,
    check_end_punctuation,
    check_french_typography,
    check_repeated_words,
    check_spaces,
)
from translator_app.domain.tags import TagProblem, check_tags, find_tags, strip_tags
from translator_app.domain.terms import TermMatcher, TermProblem, check_target

__all__ = [
    "SEVERITY",
    "Finding",
    "QaCode",
    "QaOptions",
    "Severity",
    "check_consistency",
    "check_segment",
    "errors",
]

_TAG_CODES = {
    TagProblem.MISSING: QaCode.TAG_MISSING,
    TagProblem.EXTRA: QaCode.TAG_EXTRA,
    TagProblem.ORDER: QaCode.TAG_ORDER,
    TagProblem.UNBALANCED: QaCode.TAG_UNBALANCED,
}


@dataclass(frozen=True)
class QaOptions:
    """Tunable limits; the defaults suit press releases between European languages."""

    min_length_ratio: float = 0.5
    max_length_ratio: float = 2.0
    ratio_from_length: int = 20
    """Sources shorter than this (in characters, tags left out) are not length-checked: too noisy."""


def check_empty_or_same(source: str, target: str) -> list[Finding]:
    """An empty target (error) or a target that repeats a sentence of the source untranslated (warning).

    A one-word source (a name, an acronym, ``Structure``) may rightly stay as it is, so only sources of two
    words or more are flagged.
    """
    plain_source, plain_target = strip_tags(source).strip(), strip_tags(target).strip()
    if plain_source and not plain_target:
        return [finding(QaCode.TARGET_EMPTY)]
    words = [w for w in plain_source.split() if any(c.isalpha() for c in w)]
    if len(words) >= 2 and " ".join(plain_source.split()) == " ".join(plain_target.split()):
        return [finding(QaCode.TARGET_SAME_AS_SOURCE, 0, len(target))]
    return []


_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
UNTRANSLATED_RUN = 3
"""Words of the source in a row, in the same order, that make a target look left untranslated."""


def _words(text: str) -> list[re.Match[str]]:
    """The words of ``text`` (letters only), tags, URLs, addresses and phone numbers left out."""
    hidden = [(t.start, t.end) for t in find_tags(text)] + item_spans(text)
    return list(_LETTERS.finditer(mask(text, hidden, " ") if hidden else text))


def check_untranslated_words(source: str, target: str, source_lang: str, target_lang: str) -> list[Finding]:
    """Words of the source left in the target (a warning on the longest such run): a machine draft that
    kept a sentence or most of it in the source language, a half-translated segment.

    A run counts when it has :data:`UNTRANSLATED_RUN` words or more with at least two in small letters, or
    is the whole of a two-word source with one: names such as ``Fondation Horizon Bleu``, a contact line
    (``Jieun Lee, email : …``) and cognates such as ``programme`` stay unflagged. Variants of one language are
    not compared.
    """
    if base_language(source_lang) == base_language(target_lang):
        return []
    source_words = [m.group().casefold() for m in _words(source)]
    found = _words(target)
    if len(source_words) < 2 or not found:
        return []
    blocks = SequenceMatcher(None, source_words, [m.group().casefold() for m in found], autojunk=False)
    best: tuple[int, int] | None = None
    for block in blocks.get_matching_blocks():
        run = found[block.b : block.b + block.size]
        small = sum(1 for m in run if m.group()[0].islower())
        whole = block.size == len(source_words) == 2
        kept = (block.size >= UNTRANSLATED_RUN and small >= 2) or (whole and small >= 1)
        if kept and (best is None or block.size > best[1] - best[0]):
            best = (block.b, block.b + block.size)
    if best is None:
        return []
    start, end = found[best[0]].start(), found[best[1] - 1].end()
    return [finding(QaCode.UNTRANSLATED_WORDS, start, end, target[start:end])]


def check_inline_tags(source: str, target: str) -> list[Finding]:
    """Tags missing, extra, out of order or badly nested (:func:`tags.check_tags`), placed on the tag."""
    findings = []
    for problem in check_tags(source, target):
        start = target.find(problem.tag) if problem.tag and problem.problem is not TagProblem.MISSING else -1
        if start < 0:
            findings.append(finding(_TAG_CODES[problem.problem], 0, 0, problem.tag))
        else:
            end = start + len(problem.tag)
            findings.append(finding(_TAG_CODES[problem.problem], start, end, problem.tag))
    return findings


def check_glossary(source: str, target: str, terms: TermMatcher, target_lang: str) -> list[Finding]:
    """Forbidden variants used (error, on the variant) and expected target terms absent (warning)."""
    findings = []
    for problem in check_target(target, terms.hits(source), target_lang):
        if problem.problem is TermProblem.FORBIDDEN:
            findings.append(finding(QaCode.TERM_FORBIDDEN, problem.start, problem.end, problem.variant))
        else:
            findings.append(finding(QaCode.TERM_MISSING, 0, 0, problem.term.target_term))
    return findings


def check_length(source: str, target: str, options: QaOptions) -> list[Finding]:
    """A target much shorter or longer than its source: a sentence dropped, or one added."""
    source_length = len(strip_tags(source).strip())
    if source_length < options.ratio_from_length:
        return []
    ratio = len(strip_tags(target).strip()) / source_length
    if options.min_length_ratio <= ratio <= options.max_length_ratio:
        return []
    return [finding(QaCode.LENGTH_RATIO, 0, 0, f"{ratio:.2f}")]


def check_segment(
    source: str,
    target: str,
    source_lang: str,
    target_lang: str,
    *,
    terms: TermMatcher | None = None,
    options: QaOptions | None = None,
) -> list[Finding]:
    """Every check on one pair, ordered by position in the target. An empty target yields only that."""
    first = check_empty_or_same(source, target)
    if first and first[0].code is QaCode.TARGET_EMPTY:
        return first
    findings = first or check_untranslated_words(source, target, source_lang, target_lang)
    findings += check_inline_tags(source, target)
    findings += check_numbers(source, target, source_lang, target_lang)
    findings += check_items(source, target)
    if terms is not None:
        findings += check_glossary(source, target, terms, target_lang)
    findings += check_spaces(source, target)
    findings += check_end_punctuation(source, target)
    findings += check_brackets_and_quotes(source, target)
    findings += check_french_typography(target, target_lang)
    findings += check_length(source, target, options or QaOptions())
    findings += check_repeated_words(source, target, target_lang)
    order = list(Severity)
    return sorted(findings, key=lambda f: (f.start, order.index(f.severity), f.code.value))


def _same_text(text: str) -> str:
    return " ".join(text.split())


def check_consistency(entries: Iterable[tuple[int, str, str]]) -> dict[int, list[Finding]]:
    """One source translated differently within a release.

    ``entries`` are ``(label, source, target)`` for the translated segments (the services pass segment
    numbers); each segment whose source is shared with a differently translated one gets a finding whose
    ``detail`` lists the other labels, comma-separated.
    """
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for label, source, target in entries:
        if strip_tags(source).strip() and target.strip():
            groups[_same_text(source)].append((label, _same_text(target)))
    found: dict[int, list[Finding]] = {}
    for members in groups.values():
        if len({target for _, target in members}) < 2:
            continue
        for label, target in members:
            others = [str(other) for other, text in members if text != target]
            found.setdefault(label, []).append(
                finding(QaCode.INCONSISTENT_TRANSLATION, 0, 0, ",".join(others))
            )
    return found
