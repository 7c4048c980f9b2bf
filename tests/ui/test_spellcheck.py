"""Spell-checking of the target: unknown words underlined, glossary terms spared, suggestions replace."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QTextEdit
from tests.ui.conftest import AddRelease
from tests.ui.window_helpers import go_to, open_window

from translator_app.domain.terms import Term
from translator_app.services.workspace import Workspace
from translator_app.ui.editor.spellcheck import SpellingController
from translator_app.ui.editor.spelling_dictionaries import (
    DictionaryCache,
    checkable_words,
    read_user_words,
)

pytest.importorskip("spellchecker")


def flagged(editor: QTextEdit) -> list[str]:
    """The words of the editor's first block drawn with the misspelling underline."""
    block = editor.document().firstBlock()
    text = block.text()
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == wavy
    ]


def checked_editor(
    qtbot: Any, language: str, text: str, extra: tuple[str, ...] = ()
) -> tuple[Any, QTextEdit]:
    cache = DictionaryCache()
    cache.load_now(language)
    controller = SpellingController(cache=cache)
    controller.set_language(language, extra)
    editor = QTextEdit()
    qtbot.addWidget(editor)
    controller.attach(editor)
    editor.resize(500, 120)
    editor.show()
    qtbot.waitExposed(editor)
    editor.setPlainText(text)
    return controller, editor


def test_a_misspelled_french_word_is_flagged_and_correct_ones_are_not(qtbot: Any) -> None:
    _, editor = checked_editor(qtbot, "fr", "La fondation ouvre un burreau à Dakar aujourd'hui.")

    assert "burreau" in flagged(editor)
    assert not {"fondation", "ouvre", "aujourd'hui"} & set(flagged(editor))


def test_glossary_terms_numbers_addresses_and_inner_capitals_are_never_flagged(qtbot: Any) -> None:
    text = "Horizon Bleuet signe avec ONUFemmes le 12e accord, voir www.exmple.org ou presse@exmple.org."
    _, editor = checked_editor(qtbot, "fr", text, extra=("Horizon Bleuet",))

    assert flagged(editor) == []


def test_a_suggestion_replaces_the_word_and_can_be_undone(qtbot: Any) -> None:
    controller, editor = checked_editor(qtbot, "fr", "Le burreau ouvre.")
    pos = editor.cursorRect(_cursor_at(editor, 5)).center()

    menu = controller.build_menu(editor, pos)
    suggestion = next(a for a in menu.actions() if a.objectName() == "spellingSuggestion")
    assert suggestion.text() == "bureau"
    suggestion.trigger()

    assert editor.toPlainText() == "Le bureau ouvre."
    assert flagged(editor) == []
    editor.undo()
    assert editor.toPlainText() == "Le burreau ouvre."


def test_add_to_dictionary_keeps_the_word_for_next_time(qtbot: Any) -> None:
    controller, editor = checked_editor(qtbot, "fr", "Le Sahelkit arrive.")
    pos = editor.cursorRect(_cursor_at(editor, 5)).center()

    menu = controller.build_menu(editor, pos)
    next(a for a in menu.actions() if a.objectName() == "addToDictionary").trigger()

    assert flagged(editor) == []
    assert "sahelkit" in read_user_words("fr")


def test_a_language_without_a_dictionary_is_not_checked(qtbot: Any) -> None:
    controller, editor = checked_editor(qtbot, "sw", "Habari ya asubuhi xqzt.")

    assert controller.dictionary() is None
    assert flagged(editor) == []
    assert controller.build_menu(editor, QPoint(5, 5)).objectName() == "spellingMenu"


def test_checkable_words_skip_tags_and_one_letter_words() -> None:
    words = [word for _, _, word in checkable_words("Lisez \ufffcle rapport\ufffc à Genève, l'été 2026.")]

    assert words == ["Lisez", "le", "rapport", "Genève", "l'été"]


def test_the_window_checks_the_target_and_spares_the_release_glossary(
    qtbot: Any, workspace: Workspace, add_release: AddRelease
) -> None:
    workspace.glossary.add(Term("fr", "en", "Horizon Bleu", "Horizon Bluu Foundation"), workspace.actor)
    add_release()
    window = open_window(qtbot, workspace)
    editor = go_to(qtbot, window, 5)
    editor.setPlainText("Horizon Bluu Foundation opens an offfice.")

    qtbot.waitUntil(lambda: flagged(editor) == ["offfice"], timeout=5000)


def _cursor_at(editor: QTextEdit, position: int) -> Any:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return cursor


def test_british_spellings_pass_in_english(qtbot: Any) -> None:
    _, editor = checked_editor(
        qtbot, "en", "The programme will organise a centre for colour analysis in a milion ways."
    )

    assert flagged(editor) == ["milion"]
