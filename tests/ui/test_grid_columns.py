"""The grid's columns on the real window: the match as a coloured chip per band (101, 100, fuzzy, MT, human,
repetition), word and character counts per segment, and Source and Target taking the width."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyleOptionViewItem
from tests.ui.conftest import store_release
from tests.ui.window_helpers import open_window

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.domain.words import character_count, word_count
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.match_band import DARK_CHIPS, LIGHT_CHIPS, MatchBand
from translator_app.ui.grid.narrow_columns import is_dark
from translator_app.ui.grid.segment_model import Column
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
P = SegmentKind.PARAGRAPH

BANDED = [
    ("Le bureau ouvre.", "The office opens.", S.DRAFT, Origin(OriginKind.TM, score=101), MatchBand.CONTEXT),
    (
        "Il coordonne six pays.",
        "It coordinates six countries.",
        S.DRAFT,
        Origin(OriginKind.TM, score=100),
        MatchBand.EXACT,
    ),
    (
        "Douze personnes y travaillent.",
        "Twelve people work there.",
        S.DRAFT,
        Origin(OriginKind.TM, score=87),
        MatchBand.FUZZY,
    ),
    (
        "Les projets démarrent.",
        "Projects start.",
        S.DRAFT,
        Origin(OriginKind.MT, provider="deepl"),
        MatchBand.MT,
    ),
    (
        "« Nous sommes prêts », dit-elle.",
        "“We are ready,” she said.",
        S.TRANSLATED,
        Origin(OriginKind.HUMAN),
        MatchBand.HUMAN,
    ),
    (
        "Contact <g1>presse</g1>",
        "Press <g1>contact</g1>",
        S.DRAFT,
        Origin(OriginKind.REPETITION),
        MatchBand.REPETITION,
    ),
]


def open_banded(qtbot: Any, workspace: Workspace) -> MainWindow:
    rows = [(s, t, status, origin, True, P) for s, t, status, origin, _ in BANDED]
    rows.append(("Une phrase à traduire.", "", S.NEW, Origin(), True, P))
    release = store_release(workspace, "Bandes", rows)
    window = open_window(qtbot, workspace, release.id)
    window.resize(1500, 900)
    qtbot.wait(50)
    return window


def cell_colours(window: MainWindow, row: int, column: Column) -> set[str]:
    table = window.segments
    rect = table.visualRect(window.segment_proxy.index(row, column))
    image: QImage = table.viewport().grab(rect).toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 1)
        for y in range(0, min(image.height(), 30))
    }


def relative_luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_each_match_is_painted_as_a_chip_in_its_bands_colour(qtbot: Any, workspace: Workspace) -> None:
    window = open_banded(qtbot, workspace)
    chips = DARK_CHIPS if is_dark(window.segments.palette()) else LIGHT_CHIPS
    shown = [window.segment_model.index(r, Column.ORIGIN).data() for r in range(len(BANDED) + 1)]
    assert shown == ["101%", "100%", "87%", "MT", "Human", "Rep.", ""]

    for row, (*_, band) in enumerate(BANDED):
        fill = chips[band][0]
        colours = cell_colours(window, row, Column.ORIGIN)
        assert fill in colours, f"row {row}: no {band} chip ({fill}) among {sorted(colours)[:8]}"
        others = {chips[b][0] for b in MatchBand if b is not band}
        assert not others & colours, f"row {row} shows another band's colour"
    assert not {fill for fill, _ in chips.values()} & cell_colours(window, len(BANDED), Column.ORIGIN)


@pytest.mark.parametrize("chips", [LIGHT_CHIPS, DARK_CHIPS], ids=["light", "dark"])
def test_chip_text_is_legible_on_its_fill_and_the_bands_differ(
    chips: dict[MatchBand, tuple[str, str]],
) -> None:
    for band, (fill, ink) in chips.items():
        assert contrast(fill, ink) >= 4.5, band
    assert len({fill for fill, _ in chips.values()}) == len(MatchBand)


def test_every_row_gives_its_source_words_and_characters(qtbot: Any, workspace: Workspace) -> None:
    window = open_banded(qtbot, workspace)
    model = window.segment_model
    for row, (source, target, *_) in enumerate(BANDED):
        assert model.index(row, Column.WORDS).data() == str(word_count(source))
        assert model.index(row, Column.CHARACTERS).data() == str(character_count(source))
        tip = model.index(row, Column.CHARACTERS).data(Qt.ItemDataRole.ToolTipRole)
        assert f"Target: {character_count(target)} characters" in tip
    assert model.index(5, Column.CHARACTERS).data() == str(len("Contact presse")), "tags are not characters"


def test_source_and_target_take_the_width_and_the_narrow_columns_fit_their_content(
    qtbot: Any, workspace: Workspace
) -> None:
    window = open_banded(qtbot, workspace)
    table = window.segments
    width = {column: table.columnWidth(column) for column in Column}
    others = sum(w for c, w in width.items() if c not in (Column.SOURCE, Column.TARGET))
    assert width[Column.SOURCE] + width[Column.TARGET] >= 2 * others
    assert width[Column.STATUS] <= 40, "the status is an icon"
    assert abs(width[Column.SOURCE] - width[Column.TARGET]) <= 1
    delegate = table.itemDelegateForColumn(Column.ORIGIN)
    style = QStyleOptionViewItem()
    style.initFrom(table)
    for row in range(len(BANDED)):
        index = window.segment_proxy.index(row, Column.ORIGIN)
        assert delegate.sizeHint(style, index).width() <= width[Column.ORIGIN], index.data()
