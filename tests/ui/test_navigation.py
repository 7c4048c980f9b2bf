"""Getting around a release with the keyboard: moves pass over the lines not to translate, the "hide lines
not to translate" switch (on by default for a mostly-menu release, remembered per release), Ctrl+G, the
next or previous unconfirmed segment, the next with a QA problem, the next rejected; all in the menus and
the shortcuts sheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from tests.ui.conftest import AddRelease, new_rows, store_release
from tests.ui.window_helpers import CTRL, SHIFT, editor_of, go_to, open_window, press, stored

from translator_app.domain.models import Origin, OriginKind, SegmentKind, SegmentStatus
from translator_app.services.workspace import Workspace
from translator_app.ui.dialogs.shortcuts_dialog import shortcuts_html
from translator_app.ui.grid.segment_filter import StatusFilter
from translator_app.ui.main_window import MainWindow

S = SegmentStatus
P = SegmentKind.PARAGRAPH
MENU = SegmentKind.OTHER
MT = Origin(OriginKind.MT, provider="deepl")


def menu_line(text: str) -> tuple[str, str, SegmentStatus, Origin, bool, SegmentKind]:
    return (text, "", S.NEW, Origin(), False, MENU)


#: A scraped page: menu lines around three sentences (most of it boilerplate).
SCRAPED = [
    menu_line("Accueil"),
    menu_line("Qui sommes-nous"),
    ("Le bureau ouvre à Dakar.", "", S.NEW, Origin(), True, P),
    menu_line("Agir"),
    menu_line("Engagez-vous"),
    ("Douze personnes y travailleront.", "Twelve people will work there.", S.REJECTED, MT, True, P),
    menu_line("Partenariats"),
    ("Les projets démarreront au printemps.", "", S.NEW, Origin(), True, P),
    menu_line("Mentions légales"),
]


def shown_sources(window: MainWindow) -> list[str]:
    proxy = window.segment_proxy
    return [window.segment_model.segment_at(proxy.source_row(r)).source for r in range(proxy.rowCount())]


def test_ctrl_down_and_up_pass_over_the_lines_not_to_translate(qtbot: Any, workspace: Workspace) -> None:
    rows = [*new_rows("Première phrase."), menu_line("Agir"), menu_line("Engagez-vous"), *new_rows("Fin.")]
    store_release(workspace, "Quatre lignes", rows)
    window = open_window(qtbot, workspace)
    assert not window.commands.hide_untranslatable.isChecked(), "half the lines: not hidden by default"
    editor_of(qtbot, window)

    press(qtbot, window, Qt.Key.Key_Down)
    assert window.session.current_row() == 3
    press(qtbot, window, Qt.Key.Key_Up)
    assert window.session.current_row() == 0
    press(qtbot, window, Qt.Key.Key_Up)
    assert window.session.current_row() == 0, "nothing to translate above: stays"


def test_a_mostly_menu_release_opens_with_its_menu_lines_hidden_and_the_choice_is_kept_per_release(
    qtbot: Any, workspace: Workspace
) -> None:
    scraped = store_release(workspace, "Page scrapée", SCRAPED)
    plain = store_release(workspace, "Communiqué simple", new_rows("Une phrase.", "Une autre."))
    window = open_window(qtbot, workspace, scraped.id)
    switch = window.commands.hide_untranslatable

    assert switch.isChecked() and window.hide_button.isVisible()
    assert shown_sources(window) == [
        "Le bureau ouvre à Dakar.",
        "Douze personnes y travailleront.",
        "Les projets démarreront au printemps.",
    ]
    assert window.session.current_row() == 2, "starts on the first segment to do, in view"

    press(qtbot, window, Qt.Key.Key_H, CTRL | SHIFT)
    assert not switch.isChecked() and len(shown_sources(window)) == len(SCRAPED)
    assert window.session.current_row() == 2, "the place is kept"

    window.show_release(plain.id)
    assert not switch.isChecked(), "a release without menu lines: nothing hidden"
    window.show_release(scraped.id)
    assert not switch.isChecked(), "the user's choice for this release is remembered"

    window.close()
    again = open_window(qtbot, workspace, scraped.id)
    assert not again.commands.hide_untranslatable.isChecked(), "and across sessions"


def test_the_not_translatable_status_filter_shows_hidden_lines(qtbot: Any, workspace: Workspace) -> None:
    store_release(workspace, "Page scrapée", SCRAPED)
    window = open_window(qtbot, workspace)
    assert window.commands.hide_untranslatable.isChecked()

    window.filters.set_status(StatusFilter.NOT_TRANSLATABLE)

    assert len(shown_sources(window)) == 6


def answer_go_to(qtbot: Any, window: MainWindow, number: str) -> None:
    press(qtbot, window, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QInputDialog), timeout=2000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog) and "1–9" in dialog.labelText()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.focusWidget(), number)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def test_ctrl_g_goes_to_a_segment_by_number_bringing_a_hidden_one_into_view(
    qtbot: Any, workspace: Workspace
) -> None:
    store_release(workspace, "Page scrapée", SCRAPED)
    window = open_window(qtbot, workspace)
    editor_of(qtbot, window)

    answer_go_to(qtbot, window, "8")
    qtbot.waitUntil(lambda: window.session.current_row() == 7, timeout=2000)
    assert editor_of(qtbot, window).text() == ""

    window.filters.set_status(StatusFilter.REJECTED)
    answer_go_to(qtbot, window, "3")
    qtbot.waitUntil(lambda: window.session.current_row() == 2, timeout=2000)
    assert window.filters.status.currentData() == StatusFilter.ALL, "the filter that hid it is cleared"

    answer_go_to(qtbot, window, "5")
    qtbot.waitUntil(lambda: window.session.current_row() == 4, timeout=2000)
    assert not window.commands.hide_untranslatable.isChecked(), "a hidden menu line: the lines are shown"


def test_next_and_previous_unconfirmed_and_next_rejected(qtbot: Any, workspace: Workspace) -> None:
    rows = [
        ("Titre.", "Title.", S.APPROVED, MT, True, P),
        ("Un.", "", S.NEW, Origin(), True, P),
        ("Deux.", "Two.", S.TRANSLATED, MT, True, P),
        menu_line("Agir"),
        ("Trois.", "Three?", S.REJECTED, MT, True, P),
        ("Quatre.", "Four.", S.DRAFT, MT, True, P),
    ]
    store_release(workspace, "États", rows)
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 0)

    press(qtbot, window, Qt.Key.Key_U)
    assert window.session.current_row() == 1
    press(qtbot, window, Qt.Key.Key_U)
    assert window.session.current_row() == 4, "passes over the translated one and the menu line"
    press(qtbot, window, Qt.Key.Key_U)
    assert window.session.current_row() == 5
    press(qtbot, window, Qt.Key.Key_U, CTRL | SHIFT)
    assert window.session.current_row() == 4
    press(qtbot, window, Qt.Key.Key_U, CTRL | SHIFT)
    assert window.session.current_row() == 1

    press(qtbot, window, Qt.Key.Key_R, CTRL | SHIFT)
    assert window.session.current_row() == 4
    press(qtbot, window, Qt.Key.Key_R, CTRL | SHIFT)
    assert window.session.current_row() == 4
    assert "No rejected segment" in window.status.currentMessage()


def test_f8_goes_to_the_next_segment_with_a_qa_problem(qtbot: Any, workspace: Workspace) -> None:
    rows = [
        ("Écrivez à presse@horizon.org.", "Write to press@horizon.org.", S.TRANSLATED, MT, True, P),
        ("Le bureau ouvre le 12 mai.", "The office opens on 12 May.", S.TRANSLATED, MT, True, P),
        ("Le bureau ouvre le 3 juin.", "The office opens on 4 June.", S.TRANSLATED, MT, True, P),
        ("Fin du communiqué.", "End of the release.", S.TRANSLATED, MT, True, P),
    ]
    store_release(workspace, "Contrôles", rows)
    window = open_window(qtbot, workspace)
    go_to(qtbot, window, 0)

    press(qtbot, window, Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier)

    qtbot.waitUntil(lambda: window.session.current_row() == 2, timeout=5000)
    assert stored(workspace, window, 2).target == "The office opens on 4 June."


def test_the_moves_are_in_the_segment_menu_and_the_shortcuts_sheet(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release()
    window = open_window(qtbot, workspace)
    a = window.commands
    sheet = shortcuts_html(a)
    for action, keys in (
        (a.go_to_segment, "Ctrl+G"),
        (a.next_unconfirmed, "Ctrl+U"),
        (a.previous_unconfirmed, "Ctrl+Shift+U"),
        (a.next_qa_problem, "F8"),
        (a.next_rejected, "Ctrl+Shift+R"),
        (a.hide_untranslatable, "Ctrl+Shift+H"),
    ):
        assert action.shortcut().toString() == keys
        assert action.text().replace("&", "").rstrip("…") in sheet and keys in sheet
    segment_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Segment")
    assert a.go_to_segment in segment_menu.actions() and a.next_qa_problem in segment_menu.actions()
    assert a.hide_untranslatable in window.view_menu.menu.actions()
    assert [m.text() for m in window.menuBar().actions()].count("&View") == 1
