"""Every refusal the core can raise has its own sentence in the window, in English, French and Spanish: no
code falls back to "the operation was refused" and no input problem to "the input cannot be used"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from translator_app.domain.errors import DomainError, ErrorCode, bad_input
from translator_app.ui.common.errors import code_sentences, describe, input_problems
from translator_app.ui.common.i18n import install_translations, uninstall_translations

SOURCE = Path(__file__).resolve().parents[2] / "src" / "translator_app"
#: How the code names a refused input's problem: bad_input("…"), refuse("…"), problem="…", not_root="…" (a
#: reader's wrong root element), an InputProblem.
RAISED = re.compile(r'(?:bad_input|refuse)\(\s*"([a-z0-9-]+)"|(?:problem|not_root)="([a-z0-9-]+)"')
ENUMERATED = re.compile(r"class InputProblem\(StrEnum\):(?P<body>(?:\n    .*)+)")


def problems_raised() -> set[str]:
    """Every problem code the sources raise for a refused input."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in RAISED.finditer(text):
            found.add(match.group(1) or match.group(2))
        for block in ENUMERATED.finditer(text):
            found.update(re.findall(r'= "([a-z0-9-]+)"', block.group("body")))
    return found


def test_the_scan_finds_the_problems_the_code_raises() -> None:
    raised = problems_raised()
    assert {"empty", "unsafe-xml", "not-tmx", "tracked-changes", "unsupported-export", "broken-tag"} <= raised


def test_every_problem_the_code_raises_has_its_own_sentence() -> None:
    assert sorted(problems_raised() - set(input_problems())) == []


def test_every_error_code_has_its_own_sentence() -> None:
    worded = set(code_sentences()) | {ErrorCode.BAD_INPUT}
    assert sorted(code.value for code in ErrorCode if code not in worded) == []


@pytest.fixture(params=["en", "fr", "es"])
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    install_translations(qapp, request.param)
    yield str(request.param)
    uninstall_translations(qapp)


def test_refusals_read_as_sentences_with_their_details_in_each_language(language: str) -> None:
    fallback = describe(bad_input("no-such-problem-code", "x.txt")).split(": ", 1)[1]
    for problem in input_problems():
        text = describe(bad_input(problem, "release.txt", segments="3, 7", limit=200000, line=12))
        assert text.startswith("release.txt: ") and text != f"release.txt: {fallback}", problem
        assert "{" not in text, (problem, text)
    tracked = describe(bad_input("tracked-changes", "review.docx", segments="3, 7"))
    assert "3, 7" in tracked
    unreachable = describe(
        DomainError(ErrorCode.DATABASE_UNAVAILABLE, url="postgresql://db/x", reason="connection refused")
    )
    assert "postgresql://db/x" in unreachable and "connection refused" in unreachable
    refused = describe(DomainError(ErrorCode.QA_BLOCKED)).lower()
    assert "qa" in refused or "aq" in refused or "calidad" in refused
    if language != "en":
        assert describe(bad_input("tracked-changes", "r.docx", segments="3")) != (
            "r.docx: segments 3 still have tracked changes: accept or reject them in Word, or merge again "
            "taking them as they are; nothing was merged"
        )
