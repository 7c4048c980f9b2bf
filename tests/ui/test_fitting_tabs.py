"""Side-panel tabs: full labels when they fit, icons alone (label as tooltip) when the column is narrow."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from translator_app.ui.common import icons
from translator_app.ui.common.fitting_tabs import FittingTabWidget

LABELS = ["Sugerencias", "Concordancia", "Historial", "Calidad", "Comentarios"]


def tabs_with_labels(qtbot: Any) -> FittingTabWidget:
    tabs = FittingTabWidget()
    qtbot.addWidget(tabs)
    for label in LABELS:
        tabs.addTab(QLabel(label), icons.icon("mdi6.history"), label)
    tabs.show()
    return tabs


def shown_labels(tabs: FittingTabWidget) -> list[str]:
    return [tabs.tabBar().tabText(i) for i in range(tabs.count())]


def test_labels_give_way_to_icons_in_a_narrow_column_and_come_back(qtbot: Any) -> None:
    tabs = tabs_with_labels(qtbot)
    tabs.resize(900, 300)
    qtbot.waitUntil(lambda: shown_labels(tabs) == LABELS)

    tabs.resize(330, 300)
    qtbot.waitUntil(lambda: shown_labels(tabs) == ["Sugerencias", "", "", "", ""])
    tabs.setCurrentIndex(4)
    assert shown_labels(tabs) == ["", "", "", "", "Comentarios"], "the open tab keeps its label"
    assert tabs.tabBar().sizeHint().width() <= tabs.width()

    tabs.resize(240, 300)
    qtbot.waitUntil(lambda: shown_labels(tabs) == [""] * len(LABELS))
    assert [tabs.tabText(i) for i in range(tabs.count())] == LABELS, "callers still read the full label"
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == LABELS
    assert tabs.tabBar().sizeHint().width() <= tabs.width(), "every tab stays in view"

    tabs.resize(900, 300)
    qtbot.waitUntil(lambda: shown_labels(tabs) == LABELS)


def test_tabs_added_or_renamed_later_follow_the_same_rule(qtbot: Any) -> None:
    tabs = tabs_with_labels(qtbot)
    tabs.resize(240, 300)
    qtbot.waitUntil(lambda: shown_labels(tabs) == [""] * len(LABELS))
    tabs.insertTab(1, QLabel("x"), icons.icon("mdi6.history"), "Glosario")
    assert tabs.tabBar().tabText(1) == "" and tabs.tabText(1) == "Glosario"
    tabs.removeTab(0)
    tabs.setTabText(0, "Glossaire")
    assert tabs.tabToolTip(0) == "Glossaire" and tabs.tabText(0) == "Glossaire"
    tabs.resize(1400, 300)
    qtbot.waitUntil(lambda: shown_labels(tabs)[0] == "Glossaire")


def test_the_labels_never_widen_the_column(qtbot: Any) -> None:
    tabs = FittingTabWidget()
    qtbot.addWidget(tabs)
    labels = [f"{label} con una explicación bastante larga" for label in LABELS]
    for label in labels:
        tabs.addTab(QLabel(label), icons.icon("mdi6.history"), label)
    full = sum(tabs.tabBar().fontMetrics().horizontalAdvance(label) for label in labels)
    assert tabs.minimumSizeHint().width() < full / 3, "a long label must not set the window's minimum width"


def test_the_first_tab_keeps_its_label_when_added_to_a_narrow_widget(qtbot: Any) -> None:
    """The first tab becomes current before it is announced as inserted: its label must not be lost then."""
    tabs = FittingTabWidget()
    qtbot.addWidget(tabs)
    tabs.resize(60, 300)
    pages = [QLabel(label) for label in LABELS]
    for page, label in zip(pages, LABELS, strict=True):
        tabs.addTab(page, icons.icon("mdi6.history"), label)

    assert [tabs.tabText(i) for i in range(tabs.count())] == LABELS
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == LABELS
    tabs.resize(900, 300)
    tabs.show()
    qtbot.waitUntil(lambda: shown_labels(tabs) == LABELS)
