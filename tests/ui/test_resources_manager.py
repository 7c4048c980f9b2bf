"""Tools › Memory and glossary on the real window: browse, correct and delete memory units and terms,
import and export with progress and Cancel; Ctrl+Shift+G adds a term from the selected words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QTableView
from tests.generated_tmx import write_big_tmx
from tests.ui.conftest import AddRelease, new_rows
from tests.ui.window_helpers import CTRL, SHIFT, editor_of, open_window

from translator_app.domain.matching import TmUnit
from translator_app.services.workspace import Workspace
from translator_app.ui.dialogs.resource_page import parse_pair
from translator_app.ui.dialogs.resources_dialog import ResourcesDialog
from translator_app.ui.dialogs.shortcuts_dialog import shortcuts_html
from translator_app.ui.dialogs.term_dialog import TermDialog
from translator_app.ui.main_window import MainWindow

SOURCE = "Le bureau coordonnera six pays."


def _open_manager(qtbot: Any, window: MainWindow) -> ResourcesDialog:
    window.commands.resources.trigger()
    dialog = window.resources_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _click_cell(qtbot: Any, table: QTableView, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer(qtbot: Any, box: QMessageBox | None, text: str) -> None:
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=2000)
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def stocked(workspace: Workspace, add_release: AddRelease) -> Workspace:
    """A release on screen and three confirmed units in the memory (fr → en)."""
    add_release(rows=new_rows(SOURCE, "Douze personnes y travailleront."))
    for source, target in [
        ("Le bureau ouvre à Dakar.", "The office opens in Dakar."),
        ("Le projet démarre au printemps.", "The project starts in spring."),
        ("Le bureau emploie douze personnes.", "The office employs twelve people."),
    ]:
        store_unit(workspace, source, target)
    return workspace


def store_unit(workspace: Workspace, source: str, target: str) -> None:
    with workspace.memory._uow() as uow:  # as a TMX import or a confirmation would
        uow.tm.add(TmUnit("fr", "en", source, target, created_by="rui", updated_by="rui"))
        uow.commit()
    workspace.memory.refresh("fr", "en")


def test_the_manager_lists_the_open_release_pair_and_searches_sources_and_targets(
    qtbot: Any, stocked: Workspace
) -> None:
    window = open_window(qtbot, stocked)
    dialog = _open_manager(qtbot, window)
    page = dialog.memory
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.pair_box.pair() == ("fr", "en")
    assert "3" in page.pair_box.currentText() and "3" in page.count.text()

    qtbot.keyClicks(page.search, "employs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.rows[0].source == "Le bureau emploie douze personnes."
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)


def test_a_target_corrected_in_the_table_is_the_match_the_editor_offers(
    qtbot: Any, stocked: Workspace
) -> None:
    window = open_window(qtbot, stocked)
    page = _open_manager(qtbot, window).memory
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    row = next(n for n, u in enumerate(page.model.rows) if u.source == "Le bureau ouvre à Dakar.")

    _click_cell(qtbot, page.table, row, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    [editor] = [e for e in page.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, "The office opens in Dakar today.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop

    qtbot.waitUntil(lambda: page.model.rows[row].target == "The office opens in Dakar today.", timeout=2000)
    [match] = stocked.memory.lookup("Le bureau ouvre à Dakar.", "fr", "en", threshold=100)
    assert match.unit.target == "The office opens in Dakar today."
    assert match.unit.updated_by == "claire"


def test_deleting_a_unit_asks_first_and_it_is_never_offered_again(qtbot: Any, stocked: Workspace) -> None:
    window = open_window(qtbot, stocked)
    page = _open_manager(qtbot, window).memory
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    row = next(n for n, u in enumerate(page.model.rows) if u.source == "Le projet démarre au printemps.")
    _click_cell(qtbot, page.table, row, 0)

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page.confirm_box, "Keep")
    assert page.model.rowCount() == 3
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page.confirm_box, "Delete")

    assert [u.source for u in page.model.rows if "printemps" in u.source] == []
    assert stocked.memory.lookup("Le projet démarre au printemps.", "fr", "en", threshold=100) == []
    assert "1" in page.count.text()



def test_a_tmx_import_shows_progress_and_cancel_stores_nothing(
    qtbot: Any, stocked: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write_big_tmx(tmp_path / "vendor.tmx", 30_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    window = open_window(qtbot, stocked)
    dialog = _open_manager(qtbot, window)
    page, bar = dialog.memory, dialog.transfer
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert bar.progress.isVisible() and bar.cancel_button.isVisible()
    assert not page.import_button.isEnabled(), "one import or export at a time"
    with qtbot.waitSignal(bar.finished, timeout=20_000) as ended:
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in str(ended.args[0]).lower()
    assert stocked.memory.browse("fr", "en", "numéro").units == []
    assert not bar.progress.isVisible() and page.import_button.isEnabled()

    small = write_big_tmx(tmp_path / "small.tmx", 40)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(small), ""))
    with qtbot.waitSignal(bar.finished, timeout=20_000) as ended:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "40" in str(ended.args[0])
    qtbot.waitUntil(lambda: page.model.rowCount() == 43, timeout=5000)


def test_a_cancelled_export_leaves_no_file_and_a_finished_one_imports_elsewhere(
    qtbot: Any, stocked: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "memory.tmx"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window = open_window(qtbot, stocked)
    dialog = _open_manager(qtbot, window)
    page, bar = dialog.memory, dialog.transfer
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    for n in range(1200):
        store_unit(stocked, f"Ligne {n} du rapport.", f"Line {n} of the report.")

    with qtbot.waitSignal(bar.finished, timeout=20_000) as ended:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in str(ended.args[0]).lower()
    assert list(out.parent.iterdir()) == []

    with qtbot.waitSignal(bar.finished, timeout=20_000) as ended:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "1,203" in str(ended.args[0]) or "1203" in str(ended.args[0])
    from tests.memory.helpers import workspace as other_workspace

    with other_workspace(f"sqlite:///{tmp_path / 'other.db'}") as other:
        assert other.memory.import_tmx(out, other.actor).added == 1203


def test_glossary_terms_are_added_corrected_and_deleted_and_the_source_highlights_at_once(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(rows=new_rows(SOURCE))
    window = open_window(qtbot, workspace)
    tab = window.side.suggestions_tab
    qtbot.waitUntil(lambda: tab.source_view.isVisible(), timeout=5000)
    assert "term:" not in tab.source_view.text()
    page = _open_manager(qtbot, window).glossary
    window.resources_dialog.show_glossary()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.pair_box.pair() == ("fr", "en"), timeout=5000)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.term_dialog
    assert isinstance(form, TermDialog)
    qtbot.keyClicks(form.source, "bureau")
    qtbot.keyClicks(form.target, "office")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: ">bureau</a>" in tab.source_view.text(), timeout=5000)
    assert [t.target_term for t in workspace.glossary.terms("fr", "en")] == ["office"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)

    page.model.setData(page.model.index(0, 1), "head office")
    assert workspace.glossary.terms("fr", "en")[0].target_term == "head office"
    qtbot.waitUntil(lambda: "head office" in tab.source_view.toolTip(), timeout=5000)

    _click_cell(qtbot, page.table, 0, 0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _answer(qtbot, page.confirm_box, "Delete")
    assert workspace.glossary.terms("fr", "en") == []
    qtbot.waitUntil(lambda: "term:" not in tab.source_view.text(), timeout=5000)


def test_a_glossary_csv_import_goes_to_the_chosen_pair_and_an_export_brings_it_back(
    qtbot: Any, workspace: Workspace, add_release: AddRelease, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_release(rows=new_rows(SOURCE))
    csv = tmp_path / "terms.csv"
    csv.write_text("source,target,note\nbureau,office,never desk\npays,country,\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    window = open_window(qtbot, workspace)
    dialog = _open_manager(qtbot, window)
    page = dialog.glossary
    qtbot.waitUntil(lambda: page.pair_box.pair() == ("fr", "en"), timeout=5000)

    with qtbot.waitSignal(dialog.transfer.finished, timeout=10_000) as ended:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "2" in str(ended.args[0])
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.keyClicks(page.search, "desk")
    assert page.proxy.rowCount() == 1

    tbx = tmp_path / "back.tbx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tbx), ""))
    with qtbot.waitSignal(dialog.transfer.finished, timeout=10_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    from tests.memory.helpers import workspace as other_workspace

    with other_workspace(f"sqlite:///{tmp_path / 'other.db'}") as other:
        report = other.glossary.import_file(tbx, other.actor)
        assert (report.source_lang, report.target_lang, report.added) == ("fr", "en", 2)


def test_ctrl_shift_g_adds_the_selected_source_and_target_words_as_a_term(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(rows=new_rows(SOURCE))
    window = open_window(qtbot, workspace)
    tab = window.side.suggestions_tab
    qtbot.waitUntil(lambda: tab.source_view.isVisible(), timeout=5000)
    editor = editor_of(qtbot, window)
    editor.setPlainText("The office will coordinate six countries.")
    tab.source_view.setSelection(SOURCE.index("six pays"), len("six pays"))
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("six countries"))
    cursor.movePosition(
        QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len("six countries")
    )
    editor.setTextCursor(cursor)
    editor.setFocus()

    qtbot.keyClick(editor, Qt.Key.Key_G, CTRL | SHIFT)

    form = window.term_capture.dialog
    assert isinstance(form, TermDialog) and form.isVisible()
    qtbot.waitActive(form)  # the translator reads the dialog: it takes the focus from the grid's editor
    assert (form.source.text(), form.target.text()) == ("six pays", "six countries")
    qtbot.keyClick(form.target, Qt.Key.Key_Return)
    [term] = workspace.glossary.terms("fr", "en")
    assert (term.source_term, term.target_term) == ("six pays", "six countries")
    qtbot.waitUntil(lambda: ">six pays</a>" in tab.source_view.text(), timeout=5000)
    back = editor_of(qtbot, window)
    assert back.toPlainText() == "The office will coordinate six countries.", "back to the typing"


def test_the_add_term_shortcut_is_in_the_edit_menu_and_the_shortcuts_sheet(
    qtbot: Any, workspace: Workspace
) -> None:
    window = open_window(qtbot, workspace)
    action = window.commands.add_term
    assert action.shortcut() == QKeySequence("Ctrl+Shift+G")
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()  # type: ignore[union-attr]
    assert window.commands.resources in window.menuBar().actions()[4].menu().actions()  # type: ignore[union-attr]
    html = shortcuts_html(window.commands)
    assert "Add to the glossary" in html and "Ctrl+Shift+G" in html


def test_without_a_release_the_shortcut_says_what_to_do(qtbot: Any, workspace: Workspace) -> None:
    window = open_window(qtbot, workspace)
    window.commands.add_term.trigger()
    assert window.term_capture.dialog is None
    assert "release" in window.statusBar().currentMessage()


def test_a_language_pair_can_be_typed() -> None:
    assert parse_pair("fr → en") == ("fr", "en")
    assert parse_pair(" de>fr-CH ") == ("de", "fr-CH")
    assert parse_pair("pt_BR en") == ("pt_BR", "en")
    assert parse_pair("français") is None
