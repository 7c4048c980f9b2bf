"""The colours the app paints beyond Qt's palette, one set per theme, each text colour with its background.

Rich text (concordance hits, word diffs, term highlights, badges) and a few labels carry colours of their own.
Defined here as ``Ink`` pairs (text on background), they switch with the theme (:func:`use_dark`, called by
``theme.apply_theme``), and a test computes the contrast of every pair, and of the palette's own pairs,
against WCAG AA (4.5:1) in both themes. An ink with no background is drawn on the view's base colour.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


@dataclass(frozen=True)
class Ink:
    """A text colour and the background it is drawn on ("" = the view's base)."""

    color: str
    background: str = ""

    def css(self) -> str:
        """For a ``style`` attribute of rich text."""
        if self.background:
            return f"color:{self.color};background:{self.background}"
        return f"color:{self.color}"


@dataclass(frozen=True)
class PaintRoles:
    concordance_hit: Ink
    """The searched phrase in a concordance result (source and target side)."""
    term: Ink
    """A glossary term in the active source."""
    inserted: Ink
    """Words added, in a match's diff or a change's word diff."""
    deleted: Ink
    """Words removed (also struck through)."""
    changed: Ink
    secondary: Ink
    """The second line of a suggestion or a concordance result: the memory's source."""
    success: Ink
    """Approved, no QA problem, signed off."""
    warning: Ink
    error: Ink
    memory: Ink
    machine: Ink
    glossary: Ink
    repetition: Ink
    """Suggestion kinds, as the heading's text colour."""
    badge_exact: Ink
    badge_high: Ink
    badge_fuzzy: Ink
    """A match's % badge: white on green (100/101), teal (85–99) or amber (below)."""
    number_memory: Ink
    number_machine: Ink
    number_glossary: Ink
    number_repetition: Ink
    """The numbered badge of a suggestion (Ctrl+number), white on its kind's colour."""

    def pairs(self) -> list[tuple[str, Ink]]:
        """Every role with its ink, for the contrast test."""
        return [(field.name, getattr(self, field.name)) for field in fields(self)]


_WHITE = "#ffffff"

LIGHT = PaintRoles(
    concordance_hit=Ink("#1f1f1f", "#fff59d"),
    term=Ink("#004d40", "#e0f2f1"),
    inserted=Ink("#1b5e20", "#c8e6c9"),
    deleted=Ink("#b71c1c", "#ffebee"),
    changed=Ink("#1f1f1f", "#ffe0b2"),
    secondary=Ink("#5f5f5f"),
    success=Ink("#2e7d32"),
    warning=Ink("#a84c00"),
    error=Ink("#c62828"),
    memory=Ink("#1565c0"),
    machine=Ink("#6a1b9a"),
    glossary=Ink("#00695c"),
    repetition=Ink("#2e7d32"),
    badge_exact=Ink(_WHITE, "#2e7d32"),
    badge_high=Ink(_WHITE, "#00796b"),
    badge_fuzzy=Ink(_WHITE, "#b34700"),
    number_memory=Ink(_WHITE, "#1565c0"),
    number_machine=Ink(_WHITE, "#6a1b9a"),
    number_glossary=Ink(_WHITE, "#00695c"),
    number_repetition=Ink(_WHITE, "#2e7d32"),
)

DARK = PaintRoles(
    concordance_hit=Ink("#fff3c4", "#5c4800"),
    term=Ink("#b2dfdb", "#113b36"),
    inserted=Ink("#c8e6c9", "#1d4620"),
    deleted=Ink("#ffcdd2", "#5a1f1f"),
    changed=Ink("#ffe0b2", "#4e3410"),
    secondary=Ink("#b4b4b4"),
    success=Ink("#81c784"),
    warning=Ink("#ffb74d"),
    error=Ink("#ff8a80"),
    memory=Ink("#90caf9"),
    machine=Ink("#ce93d8"),
    glossary=Ink("#80cbc4"),
    repetition=Ink("#a5d6a7"),
    badge_exact=Ink(_WHITE, "#2e7d32"),
    badge_high=Ink(_WHITE, "#00796b"),
    badge_fuzzy=Ink(_WHITE, "#b34700"),
    number_memory=Ink(_WHITE, "#1565c0"),
    number_machine=Ink(_WHITE, "#6a1b9a"),
    number_glossary=Ink(_WHITE, "#00695c"),
    number_repetition=Ink(_WHITE, "#2e7d32"),
)

_current = [LIGHT]


def roles() -> PaintRoles:
    """The roles of the theme in force."""
    return _current[0]


def use_dark(dark: bool) -> None:
    _current[0] = DARK if dark else LIGHT


def mute(label: QLabel) -> QLabel:
    """A quiet note ("No suggestions", the MT line): the palette's placeholder colour, which follows a
    change of theme and is legible in both (``palette(mid)`` vanished on the dark theme)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def muted_widgets(root: QWidget) -> list[QLabel]:
    """The labels under ``root`` drawn as quiet notes (tests check their contrast)."""
    return [
        label
        for label in root.findChildren(QLabel)
        if label.foregroundRole() == QPalette.ColorRole.PlaceholderText
    ]
