"""The grid's filters on a long release, in the real window: the rows shown are the right ones, the
current segment stays current and in view, and a filter change is one reset of the grid, never a storm of
row-by-row signals (which is what made filtering 100,000 segments take over 20 seconds)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from tests.ui.conftest import Row, store_release
from tests.ui.window_helpers import editor_of, open_window

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.filter_bar import TYPING_PAUSE_MS
from translator_app.ui.grid.segment_filter import QaFilter, StatusFilter
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
SOURCES = [
    "La Fondation ouvre un bureau à Genève.",
    "Le programme est financé par des donateurs.",
    "Contact presse",
    "Les travaux commencent au printemps à Dakar.",
]
STATUSES = [S.NEW, S.DRAFT, S.TRANSLATED, S.APPROVED, S.REJECTED]


def generated_rows(count: int) -> list[Row]:
    """Sources that repeat every four rows, statuses every five, a numbered target on most rows."""
    rows: list[Row] = []
    for i in range(count):
        status = STATUSES[i % len(STATUSES)]
        target = "" if status is S.NEW else f"Translation {i}"
        origin = Origin(OriginKind.TM, score=90) if target else Origin()
        rows.append((SOURCES[i % len(SOURCES)], target, status, origin, True, SegmentKind.PARAGRAPH))
    return rows


def shown_sources_rows(window: MainWindow) -> list[int]:
    proxy = window.segment_proxy
    return [proxy.source_row(view_row) for view_row in range(proxy.rowCount())]


def current_is_in_view(window: MainWindow) -> bool:
    table = window.segments
    rect = table.visualRect(table.currentIndex())
    return table.currentIndex().isValid() and table.viewport().rect().intersects(rect)


@pytest.mark.slow
def test_filtering_twenty_thousand_segments_keeps_the_current_one_current_and_in_view(
    qtbot: Any, workspace: Workspace
) -> None:
    count = 20_000
    rows = generated_rows(count)
    store_release(workspace, "Vingt mille", rows)
    window = open_window(qtbot, workspace)
    window.resize(1400, 900)
    session, proxy, filters = window.session, window.segment_proxy, window.filters
    assert session.go_to_row(12_344)  # "La Fondation ouvre un bureau à Genève." (12,344 % 4 == 0), a draft
    editor_of(qtbot, window)
    current = session.current_segment()
    assert current is not None

    qtbot.keyClicks(filters.text, "geneve")  # no accent, lower case: still "Genève"
    qtbot.waitUntil(lambda: proxy.is_filtering(), timeout=3000)

    assert shown_sources_rows(window) == [r for r in range(count) if r % 4 == 0]
    assert filters.shown.text() == "5000 of 20000 shown"
    assert session.current_segment() == current, "the segment being worked on stays current"
    assert window.segments.selectionModel().isRowSelected(window.segments.currentIndex().row())
    qtbot.waitUntil(lambda: current_is_in_view(window), timeout=2000)

    filters.set_status(StatusFilter.TO_REVIEW)  # translated ones: 12,344 is a draft, so it goes
    expected = [r for r in range(count) if r % 4 == 0 and rows[r][2] is S.TRANSLATED]
    assert shown_sources_rows(window) == expected
    nearest = min(expected, key=lambda r: (abs(r - 12_344), -r))
    assert session.current_row() == nearest, "the nearest segment in view becomes current"
    qtbot.waitUntil(lambda: current_is_in_view(window), timeout=2000)

    window.find_bar.open(replace=False)
    window.find_bar.find_text.setText("Translation 1")
    window.find_bar.update_count()
    in_view = sum(1 for r in expected if rows[r][1].startswith("Translation 1"))
    assert window.find_bar.count_label.text() == f"{in_view} segments", "the find count is of the rows shown"

    filters.clear()
    assert proxy.rowCount() == count and session.current_row() == nearest
    qtbot.waitUntil(lambda: current_is_in_view(window), timeout=2000)


class SignalCounts:
    """How many of each row signal the grid's model emitted."""

    def __init__(self, window: MainWindow) -> None:
        self.seen: dict[str, int] = {}
        proxy = window.segment_proxy
        for name in ("rowsRemoved", "rowsInserted", "layoutChanged", "modelReset", "dataChanged"):
            getattr(proxy, name).connect(lambda *_args, name=name: self._count(name))

    def _count(self, name: str) -> None:
        self.seen[name] = self.seen.get(name, 0) + 1

    def take(self) -> dict[str, int]:
        """The counts since the last call, leaving out ``dataChanged`` (a row repainted, say because the
        editor opened again on the current row stored something: not a change of the rows shown)."""
        seen, self.seen = self.seen, {}
        seen.pop("dataChanged", None)
        return seen


def test_a_filter_change_is_one_reset_not_a_storm_of_removed_rows(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Deux cents", generated_rows(200))
    window = open_window(qtbot, workspace)
    filters, proxy = window.filters, window.segment_proxy
    counts = SignalCounts(window)

    qtbot.keyClicks(filters.text, "dakar")  # five keys typed without a pause: filtered once, after it
    assert counts.take() == {}, "nothing filtered while typing"
    qtbot.wait(TYPING_PAUSE_MS + 100)
    assert counts.take() == {"modelReset": 1}
    assert shown_sources_rows(window) == list(range(3, 200, 4))

    filters.set_status(StatusFilter.TO_DO)
    assert counts.take() == {"modelReset": 1}
    with_errors = frozenset(window.segment_model.segment_at(r).id for r in (3, 7, 11, 19))
    proxy.set_qa_filter(QaFilter.ERRORS, with_errors)
    assert counts.take() == {"modelReset": 1}
    assert shown_sources_rows(window) == [11, 19]  # a draft and a rejected one; 3 and 7 are done
    filters.clear()
    proxy.set_qa_filter(QaFilter.ALL, frozenset())
    assert counts.take() == {"modelReset": 2}


def test_a_change_to_a_shown_segment_repaints_its_row_in_the_filtered_grid(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Deux cents", generated_rows(200))
    window = open_window(qtbot, workspace)
    filters, proxy = window.filters, window.segment_proxy
    filters.text.setText("dakar")
    filters.apply()
    counts = SignalCounts(window)
    seen: list[tuple[int, int]] = []
    proxy.dataChanged.connect(lambda top, bottom, *_: seen.append((top.row(), bottom.row())))

    assert window.session.go_to_row(43)
    editor = editor_of(qtbot, window)
    editor.replace_all_text("Works start in spring in Dakar.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert (proxy.view_row(43), proxy.view_row(43)) in seen, "the confirmed row, at its place in the view"
    assert counts.take() == {}, "a confirmation does not filter again"
    assert proxy.index(proxy.view_row(43), 2).data() == "Works start in spring in Dakar."
