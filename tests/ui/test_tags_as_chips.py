"""Tags are chips wherever a translator reads segment text: the suggestions (source, target), the source with
its glossary terms above them, the concordance and the history with its word diff: no raw ``<g1>``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolTip
from tests.ui.conftest import AddRelease, new_rows
from tests.ui.window_helpers import editor_of, open_window, press

from translator_app.domain.terms import Term
from translator_app.services.workspace import Workspace
from translator_app.ui.editor.chip_text import ChipTextDelegate, chip_document
from translator_app.ui.editor.tag_chips import CHIP_TYPE, TAG_PROPERTY
from translator_app.ui.panels.history_panel import _short
from translator_app.ui.panels.suggestion_items import SuggestionKind

SOURCE = "Les <g1>bureaux</g1> de Dakar ouvrent lundi."
SIMILAR = "Les <g1>bureaux</g1> de Dakar ouvrent mardi."
TARGET = "The Dakar <g1>offices</g1> open on Tuesday."


def chips(doc: QTextDocument) -> list[str]:
    """The tags drawn as chips in ``doc``, in order."""
    found = []
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.objectType() == CHIP_TYPE:
                found += [str(fmt.property(TAG_PROPERTY))] * len(fragments.fragment().text())
            fragments += 1
        block = block.next()
    return found


def raw_tags(doc: QTextDocument) -> bool:
    text = doc.toPlainText()
    return "<g1>" in text or "</g1>" in text


def test_suggestions_and_their_source_show_tags_as_chips(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    workspace.glossary.add(Term("fr", "en", "Dakar", "Dakar"), workspace.actor)
    add_release(rows=new_rows(SIMILAR, SOURCE))
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    editor.replace_all_text(TARGET)
    press(qtbot, window, Qt.Key.Key_Return)  # confirmed: in the memory
    qtbot.waitUntil(lambda: window.session.current_row() == 1, timeout=3000)
    panel = window.side.suggestions
    qtbot.waitUntil(lambda: any(i.kind is SuggestionKind.TM for i in panel.items), timeout=5000)

    delegate = panel.list.itemDelegate()
    doc = delegate._document(panel.list.model().index(0, 0), 400)
    assert chips(doc) == ["<g1>", "</g1>", "<g1>", "</g1>"], "the match's source and target"
    assert not raw_tags(doc)
    tab = window.side.suggestions_tab
    qtbot.waitUntil(lambda: not tab.source_view.isHidden(), timeout=5000)
    assert chips(tab.source_view.document()) == ["<g1>", "</g1>"], "the source above the suggestions"
    assert not raw_tags(tab.source_view.document())
    tab.source_view.selectAll()
    assert tab.source_view.selectedText() == SOURCE, "copied out, chips are tags again"
    tab.source_view.highlighted.emit(QUrl("term:0"))  # the mouse over the term
    assert "Glossary: Dakar → Dakar" in QToolTip.text()


def test_concordance_and_history_show_tags_as_chips(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    add_release(rows=new_rows(SIMILAR, SOURCE))
    window = open_window(qtbot, workspace)
    editor = editor_of(qtbot, window)
    editor.replace_all_text(TARGET)
    press(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.current_row() == 1, timeout=3000)

    concordance = window.side.concordance
    concordance.field.setText("Dakar")
    window.commands.concordance.trigger()
    qtbot.waitUntil(lambda: bool(concordance.hits), timeout=5000)
    assert chips(concordance.results.document()) == ["<g1>", "</g1>", "<g1>", "</g1>"]
    assert not raw_tags(concordance.results.document())

    window.session.go_to_row(0)
    editor = editor_of(qtbot, window)
    editor.replace_all_text("The Dakar <g1>offices</g1> open on Wednesday.")
    press(qtbot, window, Qt.Key.Key_Return)
    window.session.go_to_row(0)
    history = window.side.history
    qtbot.waitUntil(lambda: len(history.rows()) >= 3, timeout=5000)
    change = history.tree.topLevelItem(0)
    assert change is not None and "<g1>" in change.text(2)
    delegate = history.tree.itemDelegateForColumn(2)
    assert isinstance(delegate, ChipTextDelegate)
    index = history.tree.model().index(0, 2)
    doc = chip_document(delegate._html(index), 400)
    assert chips(doc) == ["<g1>", "</g1>", "<g1>", "</g1>"] and not raw_tags(doc)
    assert chips(history.diff.document()) == ["<g1>", "</g1>"], "the word diff too"
    assert "Wednesday" in history.diff_text()


def test_a_long_history_text_is_never_cut_inside_a_tag() -> None:
    assert _short("x" * 157 + "<g1>bureaux</g1>" + "y" * 40) == "x" * 157 + "…"
    assert _short("x" * 150 + "<g1>bureaux</g1>" + "y" * 40) == "x" * 150 + "<g1>burea…"
    assert _short("a <g1>b</g1>\nc") == "a <g1>b</g1> c"
