"""Language codes as releases, dictionaries, memories and term bases name them (``fr``, ``fr-CH``, ``pt_BR``).

Codes are BCP 47 language tags, compared without regard to case or to ``_`` versus ``-`` (``fr_FR`` is
``fr-FR``). A regional variant and its base language serve each other with a small penalty, so a memory made
for ``en-GB`` answers ``fr → en`` searches; two sibling variants (``en-GB``, ``en-US``) serve each other with
a slightly larger one, and the exact variant always comes first.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[-_]")
VARIANT_PENALTY = 1
"""Match points off per side (source, target) where one code is the other's base language."""
SIBLING_PENALTY = 2
"""Match points off per side where the codes are two variants of one language (``en-GB`` for ``en-US``)."""


def base_language(code: str) -> str:
    """The primary language subtag, lower case: ``fr-CH`` → ``fr``, ``pt_BR`` → ``pt``, ``EN`` → ``en``."""
    return _SEPARATOR.split(code.strip().lower(), maxsplit=1)[0]


def canonical(code: str) -> str:
    """The tag in BCP 47's usual case: ``fr_fr`` → ``fr-FR``, ``ZH-hant-tw`` → ``zh-Hant-TW``, ``es-419``."""
    subtags = [s for s in _SEPARATOR.split(code.strip()) if s]
    if not subtags:
        return ""
    shaped = [subtags[0].lower()]
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            shaped.append(subtag.title())  # script
        elif (len(subtag) == 2 and subtag.isalpha()) or (len(subtag) == 3 and subtag.isdigit()):
            shaped.append(subtag.upper())  # region
        else:
            shaped.append(subtag.lower())
    return "-".join(shaped)


def language_penalty(wanted: str, found: str) -> int | None:
    """Points off a match in language ``found`` for a search in ``wanted``: 0 for the same tag, a small
    penalty for a variant of the same language, None for another language."""
    left, right = canonical(wanted).lower(), canonical(found).lower()
    if left == right:
        return 0
    if base_language(left) != base_language(right):
        return None
    if left == base_language(left) or right == base_language(right):
        return VARIANT_PENALTY
    return SIBLING_PENALTY


def pair_penalty(wanted: tuple[str, str], found: tuple[str, str]) -> int | None:
    """Both sides of a language pair, as :func:`language_penalty`."""
    source = language_penalty(wanted[0], found[0])
    target = language_penalty(wanted[1], found[1])
    return None if source is None or target is None else source + target
