"""A changed segment re-measures its own row; the other rows on screen keep their measured height."""

from dataclasses import replace
from typing import Any

from tests.ui.window_helpers import open_window

from translator_app.services.workspace import Workspace


def test_an_edited_row_is_refitted_alone(qtbot: Any, workspace: Workspace, add_release: Any) -> None:
    release = add_release()
    window = open_window(qtbot, workspace, release.id)
    table = window.segments
    table.fit_visible_rows()
    fitted_before = set(table._fitted)
    assert len(fitted_before) >= 3
    segment = window.release.segments()[2]
    row = window.segment_proxy.mapFromSource(window.segment_model.index(2, 0)).row()
    height = table.rowHeight(row)
    long_target = " ".join(["A much longer translation that wraps over several lines of the grid."] * 6)
    window.release.apply([replace(segment, target=long_target, version=segment.version + 1)])
    assert table._fitted == fitted_before - {row}
    table.fit_visible_rows()
    assert table.rowHeight(row) > height
