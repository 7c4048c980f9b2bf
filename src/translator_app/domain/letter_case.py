"""Writing a replacement in the letter case of the text it replaces, as CAT tools' "preserve case" does.

A case-insensitive Replace all of ``programme`` by ``program`` must give ``Program`` at the start of a
sentence, ``PROGRAM`` in a heading in capitals and ``program`` elsewhere. The replacement's own deliberate
capitals (an acronym such as ``UN``, a name such as ``iPhone``) are kept unless the found text is all in
capitals. Punctuation and digits are never touched, so ``Programme.`` becomes ``Program.``, not ``program.``.
"""

from __future__ import annotations

from enum import StrEnum


class CaseShape(StrEnum):
    """How a piece of text is capitalised."""

    NONE = "none"
    """No letter that has a case (digits, punctuation, CJK)."""
    LOWER = "lower"
    UPPER = "upper"
    """Two letters or more, all capitals (``PROGRAMME``, ``UN``)."""
    FIRST = "first"
    """The first letter a capital, the others small (``Programme``, ``A``)."""
    EACH_WORD = "each-word"
    """Several words, each written with a first capital (``Support Programme``)."""
    MIXED = "mixed"
    """Anything else (``iPhone``, ``McDonald``)."""


def _cased(char: str) -> bool:
    return char.lower() != char.upper()


def _first_capital_only(word: str) -> bool:
    letters = [c for c in word if _cased(c)]
    return bool(letters) and letters[0].isupper() and all(c.islower() for c in letters[1:])


def case_shape(text: str) -> CaseShape:
    """The shape of ``text``'s capitals."""
    letters = [c for c in text if _cased(c)]
    if not letters:
        return CaseShape.NONE
    if all(c.islower() for c in letters):
        return CaseShape.LOWER
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return CaseShape.UPPER
    if _first_capital_only(text):
        return CaseShape.FIRST
    words = [w for w in text.split() if any(_cased(c) for c in w)]
    if len(words) > 1 and all(_first_capital_only(w) for w in words):
        return CaseShape.EACH_WORD
    return CaseShape.MIXED


def _capitalise_first(text: str) -> str:
    """``text`` with its first letter that has a case made a capital; the rest as it is."""
    for index, char in enumerate(text):
        if _cased(char):
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def follow_case(found: str, replacement: str) -> str:
    """``replacement`` written in the case of ``found``.

    All capitals give all capitals; otherwise a replacement with capitals of its own beyond its first letter
    keeps them. A found text in small letters makes the replacement small; a first capital gives a first
    capital; words each with a first capital give the same to the replacement's words when both have as many
    words (``Support Programme`` → ``Aid Plan``), else a first capital only.
    """
    shape = case_shape(found)
    if shape is CaseShape.UPPER:
        return replacement.upper()
    if shape in (CaseShape.NONE, CaseShape.MIXED) or case_shape(replacement) in (
        CaseShape.UPPER,
        CaseShape.MIXED,
        CaseShape.EACH_WORD,
    ):
        return replacement
    if shape is CaseShape.LOWER:
        return replacement.lower()
    if shape is CaseShape.EACH_WORD:
        found_words, words = found.split(), replacement.split(" ")
        if len(found_words) == len([w for w in words if w]):
            return " ".join(_capitalise_first(w) for w in words)
    return _capitalise_first(replacement)
