"""How many words a text has: the one count the status bar, the grid, the review report and the cost estimate
share; and how many characters a reader sees.

A word is a run of letters or digits, joined across an apostrophe or a hyphen, so ``l'OIM`` and
``humanitaire-développement`` count once; tags and punctuation on their own (« », –, /) count for nothing.
Splitting on spaces instead would count a lone dash or quotation mark as a word, and ``Genève/Séoul`` as one.
"""

from __future__ import annotations

import re

from translator_app.domain.tags import strip_tags

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def word_count(text: str) -> int:
    """Words a reader sees, the unit translators are paid and planned by and review scores are weighed by."""
    if "<" in text:  # most segments have no tag: skip the tag scan
        text = strip_tags(text)
    return len(_WORD.findall(text))


def character_count(text: str) -> int:
    """Characters a reader sees, spaces included and tags left out: what a length limit (a headline, a
    tweet, a web teaser) is counted in."""
    if "<" in text:
        text = strip_tags(text)
    return len(text)
