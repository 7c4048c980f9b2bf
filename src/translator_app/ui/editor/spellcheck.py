"""Spell-checking of the target while it is typed: red wavy underlines, suggestions on right-click.

The target editor's document gets a :class:`SpellHighlighter` in the release's target language. Words of
the release's glossary are never flagged, nor tags, numbers, addresses and words with a capital inside.
A flagged word's right-click menu offers corrections and "Add to dictionary" above the editing actions.
Dictionaries load off the GUI thread (see :mod:`spelling_dictionaries`); nothing is flagged until then.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.languages import base_language
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.ui.editor.spelling_dictionaries import (
    Dictionary,
    DictionaryCache,
    add_user_word,
    checkable_words,
    glossary_words,
)

_UNDERLINE = QColor("#e53935")


def misspelling_format() -> QTextCharFormat:
    """Red wavy underline, the look every word processor uses."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(_UNDERLINE)
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the unknown words of one document, asking its controller for the dictionary."""

    def __init__(self, document: QTextDocument, controller: SpellingController) -> None:
        super().__init__(document)
        self._controller = controller
        self._format = misspelling_format()

    def highlightBlock(self, text: str) -> None:
        dictionary = self._controller.dictionary()
        if dictionary is None:
            return
        also = self._controller.extra_words
        for start, length, word in checkable_words(text):
            if not dictionary.is_known(word, also):
                self.setFormat(start, length, self._format)


class SpellingController(QObject):
    """Keeps the open target editor checked in the current release's target language."""

    def __init__(
        self, parent: QObject | None = None, cache: DictionaryCache | None = None, editor_opened: Any = None
    ) -> None:
        """``editor_opened``: a signal carrying each new target editor, which then gets checked."""
        super().__init__(parent)
        self.cache = cache or DictionaryCache(self)
        self.language = ""
        self.extra_words: frozenset[str] = frozenset()
        self._highlighters: list[SpellHighlighter] = []
        self.cache.ready.connect(self._dictionary_ready)
        if editor_opened is not None:
            editor_opened.connect(self.attach)

    # --- configuration ---------------------------------------------------------------------------------

    def set_language(self, language: str, extra_words: Iterable[str] = ()) -> None:
        """Check in ``language``, accepting ``extra_words`` (glossary terms); loads its dictionary."""
        self.language = base_language(language)
        self.extra_words = glossary_words(extra_words)
        self.cache.get(self.language)
        self.rehighlight()

    def set_release(self, release: Any, glossary: Any) -> None:
        """Use a release's target language and its glossary's target terms (none when it cannot be read)."""
        try:
            terms = [term.target_term for term in glossary.terms(release.source_lang, release.target_lang)]
        except (DomainError, AttributeError):
            terms = []
        self.set_language(release.target_lang, terms)

    def follow(self, release: OpenRelease, glossary: Any) -> None:
        """Check in the target language of whatever release is open (its glossary's terms accepted)."""

        def opened(change: ReleaseChange) -> None:
            if change.reset and release.release is not None:
                self.set_release(release.release, glossary)

        release.changed.connect(opened)

    def dictionary(self) -> Dictionary | None:
        """The loaded dictionary of the current language, or None (not loaded yet, or none exists)."""
        return self.cache.get(self.language) if self.language else None

    # --- editors ---------------------------------------------------------------------------------------

    def attach(self, editor: QTextEdit) -> SpellHighlighter:
        """Check ``editor``'s text and give it the spelling context menu."""
        highlighter = SpellHighlighter(editor.document(), self)
        self._highlighters.append(highlighter)
        highlighter.destroyed.connect(lambda *_: self._forget(highlighter))
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(lambda pos: self._show_menu(editor, pos))
        return highlighter

    def rehighlight(self) -> None:
        for highlighter in list(self._highlighters):
            highlighter.rehighlight()

    def _forget(self, highlighter: SpellHighlighter) -> None:
        if highlighter in self._highlighters:
            self._highlighters.remove(highlighter)

    def _dictionary_ready(self, language: str) -> None:
        if language == self.language:
            self.rehighlight()

    # --- the right-click menu --------------------------------------------------------------------------

    def flagged_word_at(self, editor: QTextEdit, pos: QPoint) -> QTextCursor | None:
        """A cursor selecting the unknown word under ``pos`` (viewport coordinates), if there is one."""
        dictionary = self.dictionary()
        if dictionary is None:
            return None
        cursor = editor.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.positionInBlock()
        for start, length, word in checkable_words(block.text()):
            if start <= offset <= start + length and not dictionary.is_known(word, self.extra_words):
                found = QTextCursor(block)
                found.setPosition(block.position() + start)
                found.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
                return found
        return None

    def build_menu(self, editor: QTextEdit, pos: QPoint) -> QMenu:
        """The editor's usual menu, with corrections and "Add to dictionary" first for a flagged word."""
        menu = editor.createStandardContextMenu(pos)
        menu.setObjectName("spellingMenu")
        word_cursor = self.flagged_word_at(editor, pos)
        dictionary = self.dictionary()
        if word_cursor is None or dictionary is None:
            return menu
        word = word_cursor.selectedText()
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction] = []
        for suggestion in dictionary.suggestions(word):
            action = QAction(suggestion, menu)
            action.setObjectName("spellingSuggestion")
            action.triggered.connect(lambda _=False, s=suggestion: self.replace(editor, word_cursor, s))
            added.append(action)
        if not added:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            added.append(none)
        add = QAction(self.tr("Add “{word}” to dictionary").format(word=word), menu)
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda: self.add_to_dictionary(word))
        added.append(add)
        if first is None:
            menu.addActions(added)
        else:
            menu.insertActions(first, added)
            menu.insertSeparator(first)
        return menu

    def replace(self, editor: QTextEdit, word_cursor: QTextCursor, replacement: str) -> None:
        """Put ``replacement`` in place of the selected word, as one step of the editor's undo."""
        word_cursor.insertText(replacement)
        editor.setTextCursor(word_cursor)

    def add_to_dictionary(self, word: str) -> None:
        """Remember ``word`` for this language in the user's word list, and stop flagging it."""
        dictionary = self.dictionary()
        if dictionary is None:
            return
        add_user_word(self.language, word)
        dictionary.add_extra([word])
        self.rehighlight()

    def _show_menu(self, editor: QTextEdit, pos: QPoint) -> None:
        menu = self.build_menu(editor, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewport: QWidget = editor.viewport()
        menu.popup(viewport.mapToGlobal(pos))
