"""The grid keeps the user's place: the active segment stays selected and in view through filter changes (or
the nearest one in view when it is filtered out), confirm-and-next shows the next row with context below it,
and the find bar's count follows the filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.conftest import Row, store_release
from tests.ui.window_helpers import CTRL, editor_of, go_to, open_window, press

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.segment_filter import StatusFilter
from translator_app.ui.grid.segment_model import Column
from translator_app.ui.main_window import MainWindow

S = SegmentStatus


def long_release(count: int = 120) -> list[Row]:
    """Every third segment translated, the others new; each sentence a little different."""
    rows: list[Row] = []
    for i in range(count):
        source = f"La Fondation publie le paragraphe numéro {i} de son communiqué sur Dakar."
        if i % 3 == 0:
            rows.append(
                (
                    source,
                    f"Paragraph {i}.",
                    S.TRANSLATED,
                    Origin(OriginKind.HUMAN),
                    True,
                    SegmentKind.PARAGRAPH,
                )
            )
        else:
            rows.append((source, "", S.NEW, Origin(), True, SegmentKind.PARAGRAPH))
    return rows


def in_view_with_rows_below(window: MainWindow, below: int = 1) -> bool:
    """The active row is fully in view, and so are ``below`` rows after it."""
    table = window.segments
    index = table.currentIndex()
    if not index.isValid():
        return False
    viewport = table.viewport().rect()
    last = min(index.row() + below, window.segment_proxy.rowCount() - 1)
    for view_row in range(index.row(), last + 1):
        rect = table.visualRect(window.segment_proxy.index(view_row, Column.TARGET))
        if rect.top() < 0 or rect.bottom() > viewport.bottom():
            return False
    return True


def selected_rows(window: MainWindow) -> list[int]:
    return [
        window.segment_proxy.mapToSource(i).row() for i in window.segments.selectionModel().selectedRows()
    ]


def test_a_filter_change_keeps_the_active_segment_selected_and_in_view(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Long", long_release())
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 90)  # translated
    qtbot.waitUntil(lambda: in_view_with_rows_below(window, 0), timeout=3000)

    window.filters.set_status(StatusFilter.TRANSLATED)
    qtbot.waitUntil(lambda: in_view_with_rows_below(window, 0), timeout=3000)
    assert window.session.current_row() == 90 and selected_rows(window) == [90]

    window.filters.clear()
    qtbot.waitUntil(lambda: in_view_with_rows_below(window, 0), timeout=3000)
    assert window.session.current_row() == 90 and selected_rows(window) == [90]
    assert window.session.current_segment() == window.release.segment_at(90)


def test_a_filter_that_hides_the_active_segment_moves_to_the_nearest_one_in_view(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Long", long_release())
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 91)  # new: rows 90 and 93 are the translated ones around it
    seen: list[int] = []
    window.session.current_segment_changed.connect(lambda s: seen.append(s.position if s else -1))

    window.filters.set_status(StatusFilter.TRANSLATED)

    qtbot.waitUntil(lambda: in_view_with_rows_below(window, 0), timeout=3000)
    assert window.session.current_row() == 90 and selected_rows(window) == [90]
    assert seen == [90], "the panels follow the new active segment, once"


def test_confirm_and_next_shows_the_next_segment_with_context_below_it(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Long", long_release())
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 31)
    table = window.segments
    # The active row at the bottom edge of the view, as after a few confirms in a row used to leave it.
    table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtBottom)
    qtbot.waitUntil(lambda: not table._fit_timer.isActive(), timeout=2000)
    table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtBottom)
    assert in_view_with_rows_below(window, 0) and not in_view_with_rows_below(window, 1)

    for _ in range(4):
        qtbot.keyClicks(editor, "Translated.")
        press(qtbot, window, Qt.Key.Key_Return)
        editor = editor_of(qtbot, window)
        qtbot.waitUntil(lambda: in_view_with_rows_below(window, 2), timeout=3000)
    assert window.session.current_row() == 37, "rows 33 and 36 were translated already"


def test_the_find_count_follows_the_filters(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Long", long_release(30))
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    bar.scope.setCurrentIndex(bar.scope.findData(bar.scope.itemData(1)))  # in source
    qtbot.keyClicks(bar.find_text, "Dakar")
    qtbot.waitUntil(lambda: bar.count_label.text() == "30 segments", timeout=2000)

    window.filters.set_status(StatusFilter.TRANSLATED)

    qtbot.waitUntil(lambda: bar.count_label.text() == "10 segments", timeout=2000)
