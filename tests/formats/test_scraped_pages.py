"""Scraped pages of one fictional site in English, French and Spanish: every line's split and triage.

Each ``tests/fixtures/scraped_pages/NAME.txt`` is a page as staff copy it from a browser (mega-menus with
headings glued to their blurb, in any case; plain menus; breadcrumbs; datelines with and without a date;
mail-client hard wrapping; CMS tokens) and ``NAME.expected`` says what the importer must make of it: the
title, then one line per segment, ``translate`` or ``leave`` (not to translate), its kind, and its source
(``\\n`` for a line break kept inside a wrapped sentence).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from translator_app.formats.text import parse_text

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "scraped_pages"
NAMES = sorted(path.stem for path in PAGES.glob("*.txt"))

Row = tuple[str, str, str]


def expected(name: str) -> tuple[str, list[Row]]:
    lines = (PAGES / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("title: ")
    rows = []
    for line in lines[1:]:
        head, source = line.split(" | ", 1)
        triage, kind = head.split()
        rows.append((triage, kind, source.replace("\\n", "\n")))
    return lines[0].removeprefix("title: "), rows


def test_there_are_pages_in_three_languages_wrapped_and_not() -> None:
    assert len(NAMES) >= 12
    assert {name[:2] for name in NAMES} == {"en", "fr", "es"}
    assert any("wrapped" in name for name in NAMES) and any("wrapped" not in name for name in NAMES)
    assert any("undated" in name for name in NAMES) and any("_dated" in name for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_line_is_split_and_triaged_as_expected(name: str) -> None:
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    doc = parse_text(text, name[:2])
    assert doc.original_text() == text, "every character of the page is kept"
    title, rows = expected(name)
    found = [("translate" if s.translatable else "leave", s.kind.value, s.source) for s in doc.segments]
    assert found == rows
    assert doc.title == title.replace("\\n", "\n").replace("\n", " ")
