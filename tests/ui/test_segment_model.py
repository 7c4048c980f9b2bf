"""The segment grid's model and view: an adapter of the open release's events, over segments read back from a
real SQLite workspace."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication
from tests.ui.conftest import AddRelease, store_release

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.open_release import OpenRelease
from translator_app.services.workspace import Workspace
from translator_app.ui.grid.segment_model import SEGMENT_ROLE, STATUS_ROLE, Column, SegmentTableModel
from translator_app.ui.grid.segment_table import SegmentTable

S = SegmentStatus
DISPLAY = Qt.ItemDataRole.DisplayRole


def open_release(workspace: Workspace, release_id: int) -> OpenRelease:
    opened = OpenRelease(workspace.releases.segments_by_id)
    opened.load(workspace.releases.release(release_id), workspace.releases.segments(release_id))
    return opened


def loaded_model(workspace: Workspace, add_release: AddRelease) -> SegmentTableModel:
    release = add_release()
    return SegmentTableModel(open_release(workspace, release.id))


def cell(model: SegmentTableModel, row: int, column: Column, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, column), role)


def test_model_passes_qt_model_tester(
    qtmodeltester: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)
    qtmodeltester.check(model)


def test_empty_model_passes_qt_model_tester(qtmodeltester: Any) -> None:
    model = SegmentTableModel(OpenRelease())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_rows_show_number_source_target_status_match_and_counts(
    workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)

    assert model.rowCount() == 7
    assert model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["#", "Source", "Target", "", "Match", "Words", "Chars"], "Status is an icon column"
    status_header = model.headerData(
        Column.STATUS, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
    )
    assert status_header == "Status"
    assert [cell(model, r, Column.NUMBER) for r in range(7)] == [str(n) for n in range(1, 8)]
    assert cell(model, 1, Column.SOURCE) == "La Fondation Horizon Bleu ouvre un bureau à Dakar"
    assert cell(model, 1, Column.TARGET) == "Horizon Bleu Foundation opens an office in Dakar"
    statuses = [cell(model, r, Column.STATUS) for r in range(7)]
    assert statuses == [
        "Not translatable",
        "Approved",
        "Translated",
        "Draft",
        "Rejected",
        "New",
        "Not translatable",
    ]
    origins = [cell(model, r, Column.ORIGIN) for r in range(7)]
    assert origins == ["", "Human", "87%", "MT", "MT", "", ""]
    assert cell(model, 1, Column.WORDS) == "9"  # La Fondation Horizon Bleu ouvre un bureau à Dakar
    assert cell(model, 1, Column.CHARACTERS) == str(len("La Fondation Horizon Bleu ouvre un bureau à Dakar"))
    assert "Target: 48 characters" in cell(model, 1, Column.CHARACTERS, Qt.ItemDataRole.ToolTipRole)


def test_status_has_a_coloured_icon_and_an_explaining_tooltip(
    workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)

    for row in range(model.rowCount()):
        icon = cell(model, row, Column.STATUS, Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(model, 1, Column.SOURCE, Qt.ItemDataRole.DecorationRole) is None
    assert "reviewer" in cell(model, 1, Column.STATUS, Qt.ItemDataRole.ToolTipRole).lower()
    assert "comment" in cell(model, 4, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert "87% match" in cell(model, 2, Column.ORIGIN, Qt.ItemDataRole.ToolTipRole)
    assert "deepl" in cell(model, 3, Column.ORIGIN, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 1, Column.STATUS, STATUS_ROLE) is SegmentStatus.APPROVED


def test_untranslatable_segments_are_greyed_and_italic(workspace: Workspace, add_release: AddRelease) -> None:
    model = loaded_model(workspace, add_release)
    disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    menu_font = cell(model, 0, Column.SOURCE, Qt.ItemDataRole.FontRole)
    assert isinstance(menu_font, QFont) and menu_font.italic()
    assert cell(model, 0, Column.SOURCE, Qt.ItemDataRole.ForegroundRole) == disabled
    assert "boilerplate" in cell(model, 0, Column.STATUS, Qt.ItemDataRole.ToolTipRole)

    body_font = cell(model, 2, Column.SOURCE, Qt.ItemDataRole.FontRole)
    assert body_font is None or not body_font.italic()
    assert cell(model, 2, Column.SOURCE, Qt.ItemDataRole.ForegroundRole) is None
    title_font = cell(model, 1, Column.TARGET, Qt.ItemDataRole.FontRole)
    assert isinstance(title_font, QFont) and title_font.bold()


def test_only_translatable_targets_are_editable_and_the_model_is_flat(
    workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)
    editable = Qt.ItemFlag.ItemIsEditable

    assert model.flags(model.index(2, Column.TARGET)) & editable
    assert not model.flags(model.index(2, Column.SOURCE)) & editable
    assert not model.flags(model.index(0, Column.TARGET)) & editable, "a menu line is not translated"
    assert model.flags(model.index(2, Column.TARGET)) & Qt.ItemFlag.ItemIsSelectable
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(99, 0)) is None


def test_set_data_announces_the_edit_but_leaves_the_row_to_the_service(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)
    index = model.index(5, Column.TARGET)

    with qtbot.waitSignal(model.target_submitted, timeout=1000) as signal:
        assert model.setData(index, "The projects will start in spring.")

    segment = model.segment_at(5)
    assert signal.args == [segment.id, "The projects will start in spring."]
    assert index.data() == "", "the row changes only once the editing service stored the edit"
    assert not model.setData(model.index(5, Column.SOURCE), "changed source")


def test_a_stored_edit_taken_in_by_the_open_release_changes_that_row_alone(
    qtbot: Any, qtmodeltester: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)
    qtmodeltester.check(model)  # also checks the signals of what follows
    segment = model.segment_at(5)
    assert model.release.word_counts()[SegmentStatus.NEW] == 5  # "Les projets démarreront au printemps."
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))

    stored = workspace.editing.edit(segment.id, "Projects start in spring.", workspace.actor, confirm=True)
    assert model.release.apply(stored.changed) == {segment.id}

    assert changed == [(5, 5)]
    assert cell(model, 5, Column.TARGET) == "Projects start in spring."
    assert cell(model, 5, Column.STATUS) == "Translated"
    assert model.release.word_counts()[SegmentStatus.NEW] == 0
    assert model.release.word_counts()[SegmentStatus.TRANSLATED] == 5 + 5


def test_changed_rows_next_to_each_other_are_one_data_change(
    workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    ids = [model.segment_at(row).id for row in (2, 3, 5)]
    edits = [workspace.editing.edit(i, f"Text {i}", workspace.actor).segment for i in ids]

    with model.release.batch():
        model.release.apply(edits)

    assert changed == [(2, 3), (5, 5)]


def test_counts_leave_out_untranslatable_segments(workspace: Workspace, add_release: AddRelease) -> None:
    model = loaded_model(workspace, add_release)

    assert model.release.counts() == {
        SegmentStatus.NEW: 1,
        SegmentStatus.DRAFT: 1,
        SegmentStatus.TRANSLATED: 1,
        SegmentStatus.APPROVED: 1,
        SegmentStatus.REJECTED: 1,
    }


def test_switching_release_resets_the_model(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    model = loaded_model(workspace, add_release)
    other = store_release(
        workspace,
        "Rapport annuel",
        [
            (
                "Rapport annuel 2024",
                "2024 annual report",
                SegmentStatus.APPROVED,
                Origin(),
                True,
                SegmentKind.TITLE,
            ),
        ],
    )
    assert other.id is not None

    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.release.load(workspace.releases.release(other.id), workspace.releases.segments(other.id))

    assert model.rowCount() == 1
    assert cell(model, 0, Column.SOURCE) == "Rapport annuel 2024"
    assert cell(model, 0, Column.SOURCE, SEGMENT_ROLE).release_id == other.id


def test_row_heights_are_measured_only_around_the_visible_rows(qtbot: Any, workspace: Workspace) -> None:
    long_text = "Une phrase assez longue pour occuper plusieurs lignes dans une colonne étroite. " * 4
    rows = [
        (long_text if i % 2 else "Court.", "", SegmentStatus.NEW, Origin(), True, SegmentKind.PARAGRAPH)
        for i in range(400)
    ]
    release = store_release(workspace, "Long", rows)
    opened = OpenRelease()
    model = SegmentTableModel(opened)
    table = SegmentTable()
    table.setModel(model)
    table.resize(900, 500)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)

    opened.load(release, workspace.releases.segments(release.id))
    qtbot.waitUntil(lambda: len(table.fitted_rows()) > 0, timeout=2000)

    fitted = table.fitted_rows()
    assert 0 in fitted and 1 in fitted
    assert len(fitted) < 60, "rows far below the viewport must not be measured"
    assert table.rowHeight(1) > table.rowHeight(0), "a long sentence wraps onto several lines"
    assert table.rowHeight(399) == table.verticalHeader().defaultSectionSize()

    table.scrollToBottom()
    qtbot.waitUntil(lambda: 399 in table.fitted_rows(), timeout=2000)
    assert table.rowHeight(399) > table.rowHeight(398)
    scroll = table.verticalScrollBar()
    assert scroll.value() == scroll.maximum(), "a view scrolled to the end stays at the end"


def test_repetition_origin_is_named(workspace: Workspace) -> None:
    release = store_release(
        workspace,
        "Répétitions",
        [
            (
                "Contact presse",
                "Press contact",
                S.DRAFT,
                Origin(OriginKind.REPETITION),
                True,
                SegmentKind.OTHER,
            )
        ],
    )
    model = SegmentTableModel(open_release(workspace, release.id))

    assert cell(model, 0, Column.ORIGIN) == "Rep."
    assert "elsewhere" in cell(model, 0, Column.ORIGIN, Qt.ItemDataRole.ToolTipRole)
