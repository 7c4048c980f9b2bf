"""Offline dictionaries for spell-checking targets: loaded once per language, off the GUI thread.

pyspellchecker ships word-frequency lists for a dozen languages inside its wheel. Loading one takes a tenth
of a second or more, so it happens on a worker thread the first time a language is asked for; the cache then
keeps it for the session. Words the user adds go to a plain word list per language in the config folder.
A language without a dictionary is simply not checked.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from spellchecker import SpellChecker

from translator_app.domain.languages import base_language
from translator_app.settings import config_dir
from translator_app.ui.common.signal_gate import SignalGate

#: Languages pyspellchecker ships a dictionary for.
SUPPORTED_LANGUAGES = frozenset({"ar", "de", "en", "es", "eu", "fa", "fr", "it", "lv", "nl", "pt", "ru"})

#: A word: letters, possibly joined by apostrophes or hyphens ("aujourd'hui", "peut-être", "don't").
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: Spans never checked: web and e-mail addresses, and anything glued to digits ("4G", "COP28", "2e").
_SKIPPED = re.compile(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|\b\w*\d\w*\b")
_PART = re.compile(r"[^\W\d_]+")
#: British endings and their American forms.
_BRITISH = [
    (re.compile(p), r)
    for p, r in (
        (r"mme(s?)$", r"m\1"),
        (r"our(s|ed|ing|ful|ite|ites)?$", r"or\1"),
        (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),
        (r"ys(e|es|ed|ing)$", r"yz\1"),
        (r"tre(s?)$", r"ter\1"),
        (r"ence$", r"ense"),
        (r"ogue(s?)$", r"og\1"),
        (r"ll(ed|ing|er|ers)$", r"l\1"),
    )
]


def user_words_path(language: str) -> Path:
    """The per-user word list of ``language`` (one word a line)."""
    return config_dir() / "dictionaries" / f"{base_language(language)}.txt"


def read_user_words(language: str) -> set[str]:
    try:
        text = user_words_path(language).read_text(encoding="utf-8")
    except OSError:
        return set()
    return {line.strip().lower() for line in text.splitlines() if line.strip()}


def add_user_word(language: str, word: str) -> None:
    """Append ``word`` to the user's list for ``language`` (created on first use)."""
    path = user_words_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(word.strip() + "\n")


@dataclass
class Dictionary:
    """One language's words, the user's own and the release's glossary terms; answers are memoised."""

    language: str
    checker: SpellChecker
    extra: set[str] = field(default_factory=set)
    _known: dict[str, bool] = field(default_factory=dict)

    def add_extra(self, words: Iterable[str]) -> None:
        """Accept more words (glossary terms, a word the user added); forgets earlier verdicts."""
        for word in words:
            self.extra.update(part.lower() for part in _PART.findall(word))
            self.extra.add(word.lower().replace("’", "'"))
        self._known.clear()

    def is_known(self, word: str, also: frozenset[str] | set[str] = frozenset()) -> bool:
        """True for dictionary words and words in ``also``; elided or hyphenated parts are checked apart."""
        key = word.lower().replace("’", "'")
        if key in also or self._known_word(key):
            return True
        parts = [part for part in _PART.findall(key) if len(part) > 1]
        return bool(parts) and all(p in also or self._known_word(p) for p in parts)

    def _known_word(self, word: str) -> bool:
        verdict = self._known.get(word)
        if verdict is None:
            verdict = word in self.extra or bool(self.checker.known([word]))
            if not verdict and self.language == "en":
                verdict = any(self.checker.known([us]) for us in american_spellings(word))
            self._known[word] = verdict
        return verdict

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Likely corrections, most frequent first, in the word's own capitalisation."""
        lower = word.lower()
        candidates = self.checker.candidates(lower) or set()
        frequency = self.checker.word_frequency
        ranked = sorted((c for c in candidates if c != lower), key=lambda c: (-frequency[c], c))[:limit]
        if word[:1].isupper():
            ranked = [c[:1].upper() + c[1:] for c in ranked]
        return ranked


def american_spellings(word: str) -> list[str]:
    """American forms of a British spelling ("programme", "colour", "organise"), since the English dictionary
    is mostly American and press releases are often written in British English."""
    forms = [pattern.sub(replacement, word) for pattern, replacement in _BRITISH]
    return [form for form in forms if form != word]


def checkable_words(text: str) -> list[tuple[int, int, str]]:
    """(start, length, word) of the words to check in ``text``.

    Left out: one-letter words, words with a capital inside ("iPhone", "ONU"), words glued to digits,
    e-mail and web addresses, and tag chips (they are not letters).
    """
    skipped = [(m.start(), m.end()) for m in _SKIPPED.finditer(text)]
    words = []
    for match in WORD.finditer(text):
        word = match.group()
        start, end = match.start(), match.end()
        if len(word) < 2 or any(c.isupper() for c in word[1:]):
            continue
        if any(s < end and start < e for s, e in skipped):
            continue
        words.append((start, end - start, word))
    return words


class DictionaryCache(QObject):
    """Loads dictionaries on demand on a worker thread; ``ready`` says when a language can be checked."""

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loaded: dict[str, Dictionary] = {}
        self._loading: set[str] = set()
        self._lock = threading.Lock()
        self._gate = SignalGate(self)  # a dictionary loaded after its window closed announces nothing

    def get(self, language: str) -> Dictionary | None:
        """The dictionary if it is loaded; else start loading it (if there is one) and return None."""
        code = base_language(language)
        with self._lock:
            found = self._loaded.get(code)
            if found is not None or code in self._loading or not self.available(code):
                return found
            self._loading.add(code)
        threading.Thread(target=self._load, args=(code,), name=f"dictionary-{code}", daemon=True).start()
        return None

    def load_now(self, language: str) -> Dictionary | None:
        """Load on the calling thread (tests, benchmarks); None for a language without a dictionary."""
        code = base_language(language)
        if code not in self._loaded and self.available(code):
            self._store(code, _build(code))
        return self._loaded.get(code)

    @staticmethod
    def available(language: str) -> bool:
        return base_language(language) in SUPPORTED_LANGUAGES

    def _load(self, code: str) -> None:
        try:
            dictionary = _build(code)
        except Exception:  # a broken dictionary file: the language stays unchecked, quietly
            with self._lock:
                self._loading.discard(code)
            return
        self._store(code, dictionary)
        self._gate.emit(self.ready, code)

    def _store(self, code: str, dictionary: Dictionary) -> None:
        with self._lock:
            self._loaded.setdefault(code, dictionary)
            self._loading.discard(code)


def _build(code: str) -> Dictionary:
    dictionary = Dictionary(code, SpellChecker(language=code, distance=2))
    dictionary.add_extra(read_user_words(code))
    return dictionary


def glossary_words(terms: Iterable[str]) -> frozenset[str]:
    """The lower-case words of glossary target terms, whole and split ("Horizon Bleu" gives three entries)."""
    words: set[str] = set()
    for term in terms:
        cleaned = term.lower().replace("’", "'").strip()
        if cleaned:
            words.add(cleaned)
            words.update(match.group() for match in WORD.finditer(cleaned))
            words.update(_PART.findall(cleaned))
    return frozenset(words)
