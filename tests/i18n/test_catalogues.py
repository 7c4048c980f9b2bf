"""The French and Spanish catalogues hold every string of the code, really translated, and are compiled.

``pyside6-lupdate`` extracts the strings of the code into a temporary catalogue (as ``make translations``
does); every (context, source) it finds must be in each committed ``.ts`` file, finished, and translated.
When this fails after a UI change, run ``make translations`` and translate the new messages.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "translator_app"
TRANSLATIONS = ROOT / "translations"
COMPILED = SOURCE / "resources" / "i18n"
LANGUAGES = ("fr", "es")

#: Sources a translation may legitimately repeat unchanged: names, file types, symbols, pure placeholders,
#: and words spelt the same in the language. Keep this short: anything else left identical is English.
SAME_IN_EVERY_LANGUAGE = {
    "OK", "Aa", ".*", "#", " pt", "{size} pt", "Markdown", "HTML", "Markdown (.md)", "Word (.docx)",
    "{user} · {role}", "{author} · {when}", "Release Translator", "{title} — Release Translator", "&DeepL",
    "{login} — {title}",
}  # fmt: skip
SAME_IN = {
    "fr": {"Segment", "&Segment", "Segments", "Source", "Style", "Concordance", "Suggestions"},
    "es": {"Error", "DeepL: …", "{status}: {segments}, {words}", "Total: {segments}, {words}"},
}

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]


def read_catalogue(path: Path) -> dict[tuple[str, str], Message]:
    messages: dict[tuple[str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            messages[(name, source)] = Message(name, source, numerus, finished, forms)
    return messages


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    if found.exists():
        return str(found)
    which = shutil.which(name)
    if which is None:
        pytest.skip(f"{name} is not installed")
    return which


@pytest.fixture(scope="module")
def code_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Message]:
    """What lupdate finds in the code today, in a fresh catalogue."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-extensions", "py", "-recursive", str(SOURCE), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = read_catalogue(fresh)
    assert len(found) > 300, "lupdate found far too few strings: is the extraction broken?"
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_catalogue_and_translated(
    language: str, code_messages: dict[tuple[str, str], Message]
) -> None:
    committed = read_catalogue(TRANSLATIONS / f"translator_app_{language}.ts")
    missing = sorted(key for key in code_messages if key not in committed)
    assert not missing, f"not in translator_app_{language}.ts (run `make translations`): {missing}"
    allowed = SAME_IN_EVERY_LANGUAGE | SAME_IN[language]
    problems = []
    for key, code in code_messages.items():
        message = committed[key]
        if not message.finished:
            problems.append(f"unfinished: {key}")
        if code.numerus and (not message.numerus or len(message.translations) != 2):
            problems.append(f"needs the 2 plural forms: {key}")
        for text in message.translations:
            if not text.strip():
                problems.append(f"empty: {key}")
            elif text == message.source and message.source not in allowed:
                problems.append(f"left in English: {key}")
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(message.source))):
                problems.append(f"placeholders differ: {key} → {text!r}")
            if text.count("&") - text.count("&&") * 2 > 1 or ("&" in message.source) != ("&" in text):
                problems.append(f"accelerator: {key} → {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_the_ts_file(language: str, tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the committed .ts (run `make translations` otherwise)."""
    shipped = COMPILED / f"translator_app_{language}.qm"
    assert shipped.is_file(), f"{shipped} is missing: run `make translations`"
    fresh = tmp_path / shipped.name
    subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / f"translator_app_{language}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is stale: run `make translations`"


@pytest.mark.parametrize(
    ("language", "file_menu", "plural"),
    [("fr", "&Fichier", "%n segments"), ("es", "&Archivo", "%n segmentos")],
)
def test_the_shipped_catalogue_loads(language: str, file_menu: str, plural: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(COMPILED / f"translator_app_{language}.qm"))
    assert translator.translate("WindowActions", "&File") == file_menu
    assert translator.translate("FindBar", "%n segment(s)", "", 2) == plural


def test_no_translation_call_hides_in_an_f_string() -> None:
    """lupdate does not look inside f-strings: ``f"{self.tr('x')}"`` would never reach a catalogue."""
    hidden = []
    for path in sorted((SOURCE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FormattedValue):
                continue
            for inner in ast.walk(node.value):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute | ast.Name):
                    name = inner.func.attr if isinstance(inner.func, ast.Attribute) else inner.func.id
                    if name in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not hidden, f"move these tr() calls out of their f-string: {hidden}"
