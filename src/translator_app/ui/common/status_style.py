"""Colours, icons and wording per segment status, kept in one place.

The release list's progress bar, the segment grid and the status bar all show statuses; defining their look
here keeps the three consistent, and lets a later theme or colour-blind palette change them together.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from translator_app.domain.models import SegmentStatus
from translator_app.ui.common import icons

S = SegmentStatus

#: The order statuses are drawn in, from done to still to do; rejected last so it stands out at the end.
PROGRESS_ORDER: tuple[SegmentStatus, ...] = (S.APPROVED, S.TRANSLATED, S.DRAFT, S.NEW, S.REJECTED)


@dataclass(frozen=True)
class StatusLook:
    """How one status is shown: a colour for bars and icons, and a Material Design icon name."""

    color: str
    icon_name: str


_LOOKS: dict[SegmentStatus, StatusLook] = {
    S.APPROVED: StatusLook("#2e7d32", "mdi6.check-all"),
    S.TRANSLATED: StatusLook("#1565c0", "mdi6.check"),
    S.DRAFT: StatusLook("#ef8f00", "mdi6.pencil-outline"),
    S.NEW: StatusLook("#9e9e9e", "mdi6.circle-outline"),
    S.REJECTED: StatusLook("#c62828", "mdi6.close-circle-outline"),
}

#: Segments that are left as they are (menu lines, boilerplate) get a neutral look whatever their status.
UNTRANSLATABLE_COLOR = "#9e9e9e"
_UNTRANSLATABLE_ICON = "mdi6.minus-circle-outline"

#: Lighter shades of the same colours, readable on a dark background (see :func:`use_dark_colors`).
_DARK_COLORS: dict[SegmentStatus, str] = {
    S.APPROVED: "#66bb6a",
    S.TRANSLATED: "#64b5f6",
    S.DRAFT: "#ffb74d",
    S.NEW: "#9e9e9e",
    S.REJECTED: "#ef5350",
}
_LIGHT_COLORS: dict[SegmentStatus, str] = {status: look.color for status, look in _LOOKS.items()}
#: The colour of secondary text (word counts) in the status bar, on each theme's window colour (4.5:1).
MUTED_COLOR = {"light": "#656565", "dark": "#a3a3a3"}
#: The empty part of a progress bar.
TRACK_COLOR = {"light": "#e6e6e6", "dark": "#45484c"}
_muted = MUTED_COLOR["light"]
_track = TRACK_COLOR["light"]


def track_color() -> QColor:
    """The colour of a progress bar's track, for the theme in force."""
    return QColor(_track)


def use_dark_colors(dark: bool) -> None:
    """Switch every status colour (bars, icons, counts) to the shades made for a dark or a light theme."""
    global _muted, _track
    colors = _DARK_COLORS if dark else _LIGHT_COLORS
    for status, look in list(_LOOKS.items()):
        _LOOKS[status] = StatusLook(colors[status], look.icon_name)
    _muted = MUTED_COLOR["dark" if dark else "light"]
    _track = TRACK_COLOR["dark" if dark else "light"]
    status_icon.cache_clear()


def status_color(status: SegmentStatus) -> QColor:
    """The colour of a status, as used by the progress bar and the icon."""
    return QColor(_LOOKS[status].color)


@cache
def status_icon(status: SegmentStatus) -> QIcon:
    """A coloured icon for the status (cached: grids ask for it on every paint)."""
    look = _LOOKS[status]
    return icons.icon(look.icon_name, color=look.color)


@cache
def untranslatable_icon() -> QIcon:
    """The icon of a segment that is not to be translated."""
    return icons.icon(_UNTRANSLATABLE_ICON, color=UNTRANSLATABLE_COLOR)


def status_label(status: SegmentStatus) -> str:
    """The status name as people read it, in the interface language.

    Each string is a literal inside ``translate`` so that ``lupdate`` finds it.
    """
    labels = {
        S.NEW: QCoreApplication.translate("StatusStyle", "New"),
        S.DRAFT: QCoreApplication.translate("StatusStyle", "Draft"),
        S.TRANSLATED: QCoreApplication.translate("StatusStyle", "Translated"),
        S.APPROVED: QCoreApplication.translate("StatusStyle", "Approved"),
        S.REJECTED: QCoreApplication.translate("StatusStyle", "Rejected"),
    }
    return labels[status]


def status_explanation(status: SegmentStatus) -> str:
    """A one-line tooltip saying what the status means for the person looking at it."""
    texts = {
        S.NEW: QCoreApplication.translate("StatusStyle", "No translation yet."),
        S.DRAFT: QCoreApplication.translate(
            "StatusStyle", "A translation not yet confirmed (for example from machine translation)."
        ),
        S.TRANSLATED: QCoreApplication.translate(
            "StatusStyle", "Confirmed by the translator, waiting for review."
        ),
        S.APPROVED: QCoreApplication.translate("StatusStyle", "Approved by a reviewer."),
        S.REJECTED: QCoreApplication.translate(
            "StatusStyle", "Sent back by a reviewer: see the comment, then translate again."
        ),
    }
    return texts[status]


def untranslatable_label() -> str:
    """The status text of a segment kept as it is."""
    return QCoreApplication.translate("StatusStyle", "Not translatable")


def untranslatable_explanation() -> str:
    """Why a segment is greyed out."""
    return QCoreApplication.translate(
        "StatusStyle", "Kept as it is: navigation, menu or boilerplate text that is not part of the release."
    )


def status_counts_html(
    counts: dict[SegmentStatus, int], words: dict[SegmentStatus, int] | None = None
) -> str:
    """Counts per status (and their words) as rich text with a coloured square each, for the status bar."""
    parts = []
    for status in PROGRESS_ORDER:
        color = _LOOKS[status].color
        count = counts.get(status, 0)
        part = f'<span style="color:{color}">&#9632;</span>&nbsp;{count}&nbsp;{status_label(status)}'
        if words is not None:
            amount = QCoreApplication.translate("StatusStyle", "{words} w").format(words=words.get(status, 0))
            part += f'&nbsp;<span style="color:{_muted}">({amount.replace(" ", "&nbsp;")})</span>'
        parts.append(part)
    return "&nbsp;&nbsp; ".join(parts)
