"""The text filter stays wide enough to type in when the window is narrow; the combos give way first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from translator_app.ui.grid.filter_bar import COMBO_MIN_WIDTH, TEXT_FILTER_MIN_WIDTH, FilterBar
from translator_app.ui.grid.segment_filter import SegmentFilterProxy


def test_a_narrow_bar_keeps_the_text_filter_usable(qtbot: Any) -> None:
    bar = FilterBar(SegmentFilterProxy())
    qtbot.addWidget(bar)
    qa = QComboBox()
    qa.addItems(["Todos los resultados de control de calidad", "Con errores de control de calidad"])
    bar.add_combo(qa, 2)
    bar.status.addItem("Un estado con un nombre muy largo para la prueba")  # a long language's choice
    bar.show()

    bar.resize(1400, 40)
    qtbot.waitUntil(lambda: bar.status.width() >= bar.status.sizeHint().width())
    assert qa.toolTip() == "Todos los resultados de control de calidad"

    bar.resize(700, 40)
    qtbot.waitUntil(lambda: bar.text.width() >= TEXT_FILTER_MIN_WIDTH and qa.width() < qa.sizeHint().width())
    assert min(bar.status.width(), bar.origin.width(), qa.width()) >= COMBO_MIN_WIDTH
