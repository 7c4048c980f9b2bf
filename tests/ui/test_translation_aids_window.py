"""The suggestions panel on the real window: memory matches with % and diff, terms, Ctrl+1, concordance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from tests.ui.conftest import AddRelease, new_rows
from tests.ui.window_helpers import CTRL, editor_of, open_window, press

from translator_app.domain.terms import Term
from translator_app.services.workspace import Workspace
from translator_app.ui.panels.suggestion_items import SuggestionKind
from translator_app.ui.panels.suggestions_panel import HTML_ROLE, score_color


def test_a_similar_confirmed_segment_comes_back_with_its_score_and_diff(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(rows=new_rows("Le bureau coordonnera six pays.", "Le bureau coordonnera sept pays."))
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    editor.setPlainText("The office will coordinate six countries.")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.current_row() == 1, timeout=3000)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: any(i.kind is SuggestionKind.TM for i in panel.items), timeout=5000)

    top = panel.items[0]
    assert top.kind is SuggestionKind.TM and top.target == "The office will coordinate six countries."
    assert top.score is not None and 70 <= top.score < 100
    html = str(panel.list.item(0).data(HTML_ROLE))
    assert f"{top.score}%" in html and score_color(top.score) in html
    struck = [top.diff_text[s.start : s.end] for s in top.diff if s.kind.value == "deleted"]
    added = [top.diff_text[s.start : s.end] for s in top.diff if s.kind.value == "inserted"]
    assert struck == ["six"] and added == ["sept"]
    assert "line-through" in html and ">six</span>" in html and ">sept</span>" in html


def test_ctrl_1_inserts_the_top_suggestion_and_terms_come_last(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    workspace.glossary.add(Term("fr", "en", "bureau", "office", note="Never “desk”."), workspace.actor)
    add_release(rows=new_rows("Le bureau ouvre ses portes.", "Le bureau ouvre ses portes lundi."))
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    editor.setPlainText("The office opens its doors.")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.current_row() == 1, timeout=3000)
    panel = window.side.suggestions
    qtbot.waitUntil(
        lambda: [i.kind for i in panel.items] == [SuggestionKind.TM, SuggestionKind.TERM], timeout=5000
    )
    assert panel.items[1].target == "office"

    editor = editor_of(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_1, CTRL)
    assert editor.toPlainText() == "The office opens its doors."


def test_term_hits_are_highlighted_in_the_source_with_the_expected_target(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    workspace.glossary.add(
        Term("fr", "en", "Fondation Horizon Bleu", "Horizon Bleu Foundation", forbidden=("Blue Horizon",)),
        workspace.actor,
    )
    add_release(rows=new_rows("La Fondation Horizon Bleu ouvre un bureau."))
    window = open_window(qtbot, workspace)
    tab = window.side.suggestions_tab
    tabs = window.side.tabs
    assert [tabs.tabText(i) for i in range(2)] == ["Suggestions", "Concordance"]
    assert tabs.widget(0) is tab
    qtbot.waitUntil(lambda: not tab.source_view.isHidden(), timeout=5000)

    assert 'href="term:0"' in tab.source_view.text()
    assert ">Fondation Horizon Bleu</a>" in tab.source_view.text()
    tip = tab.term_tip(0)
    assert "Horizon Bleu Foundation" in tip and "Blue Horizon" in tip
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: bool(panel.items), timeout=5000)
    assert [(i.kind, i.target) for i in panel.items] == [(SuggestionKind.TERM, "Horizon Bleu Foundation")]


def test_concordance_finds_the_selected_phrase_in_the_memory(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(rows=new_rows("Le bureau de Dakar coordonnera six pays.", "Une autre phrase."))
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    editor.setPlainText("The Dakar office will coordinate six countries.")
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.current_row() == 1, timeout=3000)

    panel = window.side.concordance
    panel.field.setText("bureau de Dakar")
    window.commands.concordance.trigger()
    qtbot.waitUntil(lambda: bool(panel.hits), timeout=5000)
    assert panel.hits[0].unit.target == "The Dakar office will coordinate six countries."
    assert "background:#fff59d" in panel.results.toHtml() or "fff59d" in panel.results.toHtml()
    assert window.side.tabs.currentWidget() is panel
    assert panel.summary.text() == "1 unit with “bureau de Dakar”", "English plural, not 'unit(s)'"
