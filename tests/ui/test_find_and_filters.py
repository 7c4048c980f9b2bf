"""Find, find and replace (one undo step for all), and the grid's filters, on the real window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.conftest import store_release
from tests.ui.window_helpers import CTRL, editor_of, open_window, press, stored

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.editing.text_search import Scope, SearchQuery, replace_in
from translator_app.ui.grid.segment_filter import OriginFilter, StatusFilter
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
P = SegmentKind.PARAGRAPH

ROWS = [
    (
        "Le bureau ouvre en 2025.",
        "The office opens in 2025.",
        S.TRANSLATED,
        Origin(OriginKind.HUMAN),
        True,
        P,
    ),
    (
        "Le bureau emploie 12 personnes.",
        "The office employs 12 people.",
        S.DRAFT,
        Origin(OriginKind.MT),
        True,
        P,
    ),
    ("Un bureau régional.", "A regional office.", S.APPROVED, Origin(OriginKind.HUMAN), True, P),
    ("Les <g1>bureaux</g1> sont neufs.", "The <g1>offices</g1> are new.", S.DRAFT, Origin(), True, P),
    ("Contact", "", S.NEW, Origin(), True, P),
]


def window_on_rows(qtbot: Any, workspace: Workspace) -> MainWindow:
    store_release(workspace, "Bureaux", ROWS)
    return open_window(qtbot, workspace)


def targets(workspace: Workspace, window: MainWindow) -> list[str]:
    return [stored(workspace, window, row).target for row in range(len(ROWS))]


def test_find_with_a_regex_goes_from_match_to_match(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    press(qtbot, window, Qt.Key.Key_F)
    bar = window.find_bar
    assert bar.isVisible() and not bar.replace_all_button.isVisible()

    bar.regex.setChecked(True)
    qtbot.keyClicks(bar.find_text, r"\d+")
    bar.update_count()
    assert bar.count_label.text() == "2 segments"

    assert bar.find_next()
    assert window.session.current_row() == 0
    assert editor_of(qtbot, window).textCursor().selectedText() == "2025"
    assert bar.find_next()
    assert window.session.current_row() == 1
    assert bar.find_next()
    assert window.session.current_row() == 0, "wraps around"


def test_a_bad_regex_is_reported_not_raised(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    bar = window.find_bar
    bar.open(replace=False)
    bar.regex.setChecked(True)
    bar.find_text.setText("(unclosed")
    bar.update_count()

    assert bar.count_label.text() == "Invalid pattern"
    assert "regular expression" in bar.find_text.toolTip()
    assert not bar.find_next()


def test_find_in_source_with_whole_word_and_status(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    bar = window.find_bar
    bar.open(replace=False)
    bar.scope.setCurrentIndex(bar.scope.findData(Scope.SOURCE))
    bar.whole_word.setChecked(True)
    bar.find_text.setText("bureau")

    assert bar.matching_rows() == [0, 1, 2], "whole word: not “bureaux”"
    bar.status.setCurrentIndex(bar.status.findData(StatusFilter.DRAFT))
    assert bar.matching_rows() == [1]
    bar.match_case.setChecked(True)
    bar.find_text.setText("Bureau")
    assert bar.matching_rows() == []


def test_replace_all_is_one_undo_step_and_keeps_tags(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    press(qtbot, window, Qt.Key.Key_H)
    bar = window.find_bar
    assert bar.replace_all_button.isVisible()
    bar.regex.setChecked(True)
    bar.find_text.setText(r"office(s?)")
    bar.replace_text.setText(r"bureau\1")

    preview = bar.replace_all()
    assert preview is not None and preview.model.rowCount() == 4
    qtbot.mouseClick(preview.replace_button, Qt.MouseButton.LeftButton)

    assert targets(workspace, window) == [
        "The bureau opens in 2025.",
        "The bureau employs 12 people.",
        "A regional bureau.",
        "The <g1>bureaus</g1> are new.",
        "",
    ]
    assert stored(workspace, window, 2).status is S.TRANSLATED, "an approved segment goes back for review"

    window.session.undo()

    assert targets(workspace, window) == [target for _, target, *_ in ROWS]
    assert stored(workspace, window, 1).status is S.DRAFT
    assert stored(workspace, window, 0).status is S.TRANSLATED
    window.session.redo()
    assert stored(workspace, window, 3).target == "The <g1>bureaus</g1> are new."


def test_replace_never_breaks_a_tag() -> None:
    pattern = SearchQuery(r"\d", regex=True).pattern()

    assert replace_in(pattern, "<g1>Page 2</g1><x3/>", "#", regex=True) == ("<g1>Page #</g1><x3/>", 1)


def test_replace_one_then_next(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    bar = window.find_bar
    bar.open(replace=True)
    bar.find_text.setText("office")
    bar.replace_text.setText("agency")
    window.session.go_to_row(4)
    assert bar.find_next()
    assert window.session.current_row() == 0, "the next match after the last row wraps to the first"

    bar.replace_current()

    assert stored(workspace, window, 0).target == "The agency opens in 2025."
    assert stored(workspace, window, 1).target == "The office employs 12 people."
    assert window.session.current_row() == 1


def test_filters_by_status_origin_and_text(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    filters = window.filters
    proxy = window.segment_proxy

    filters.set_status(StatusFilter.TO_DO)
    assert proxy.rowCount() == 3
    assert filters.shown.text() == "3 of 5 shown"
    filters.origin.setCurrentIndex(filters.origin.findData(OriginFilter.MT))
    assert proxy.rowCount() == 1
    filters.clear()
    filters.text.setText("REGIONAL")
    filters.apply()
    assert [proxy.source_row(r) for r in range(proxy.rowCount())] == [2]
    filters.clear()
    assert proxy.rowCount() == 5 and filters.shown.text() == ""


def test_a_confirmed_row_stays_in_a_status_filter_until_it_changes(qtbot: Any, workspace: Workspace) -> None:
    window = window_on_rows(qtbot, workspace)
    window.filters.set_status(StatusFilter.DRAFT)
    window.session.go_to_row(1)
    editor_of(qtbot, window)

    press(qtbot, window, Qt.Key.Key_Return, CTRL)

    assert stored(workspace, window, 1).status is S.TRANSLATED
    assert window.segment_proxy.rowCount() == 2, "the confirmed row does not vanish under the cursor"
    assert window.session.current_row() == 3
