"""The colour band of a segment's match, as CAT tools show it: 101 / 100 / fuzzy / MT / human / repetition.

A translator reads the Match column by colour before reading the number: a dark green context match needs
no more than a glance, a pale green 100% a read, amber a fuzzy to edit, blue machine translation to check.
Each band is a chip with its own fill and text colours (chosen for a light and a dark window, at least
4.5:1 between them), so it reads the same whatever the row's background.
"""

from __future__ import annotations

from enum import StrEnum

from translator_app.domain.models import Origin, OriginKind


class MatchBand(StrEnum):
    CONTEXT = "context"
    """101%: the same sentence with the same neighbours."""
    EXACT = "exact"
    FUZZY = "fuzzy"
    MT = "mt"
    HUMAN = "human"
    REPETITION = "repetition"


def band_of(origin: Origin) -> MatchBand | None:
    """The band of a target's origin; None for a segment without a target."""
    kind = origin.kind
    if kind is OriginKind.TM:
        score = origin.score if origin.score is not None else 100
        if score > 100:
            return MatchBand.CONTEXT
        return MatchBand.EXACT if score == 100 else MatchBand.FUZZY
    if kind is OriginKind.MT:
        return MatchBand.MT
    if kind is OriginKind.HUMAN:
        return MatchBand.HUMAN
    if kind is OriginKind.REPETITION:
        return MatchBand.REPETITION
    return None


#: (fill, text) per band, for a light window.
LIGHT_CHIPS: dict[MatchBand, tuple[str, str]] = {
    MatchBand.CONTEXT: ("#1b5e20", "#ffffff"),
    MatchBand.EXACT: ("#a5d6a7", "#103d14"),
    MatchBand.FUZZY: ("#ffe082", "#5d4037"),
    MatchBand.MT: ("#bbdefb", "#0d47a1"),
    MatchBand.HUMAN: ("#eeeeee", "#424242"),
    MatchBand.REPETITION: ("#e1bee7", "#4a148c"),
}
#: (fill, text) per band, for a dark window: deeper fills, lighter text.
DARK_CHIPS: dict[MatchBand, tuple[str, str]] = {
    MatchBand.CONTEXT: ("#66bb6a", "#0b1f0c"),
    MatchBand.EXACT: ("#1e4620", "#c8e6c9"),
    MatchBand.FUZZY: ("#5c4a00", "#ffe082"),
    MatchBand.MT: ("#0d3c6e", "#bbdefb"),
    MatchBand.HUMAN: ("#3a3c40", "#d0d0d0"),
    MatchBand.REPETITION: ("#4a1e57", "#e1bee7"),
}


def chip_colors(band: MatchBand, dark: bool) -> tuple[str, str]:
    """The chip's fill and text colours for the window's lightness."""
    return (DARK_CHIPS if dark else LIGHT_CHIPS)[band]
