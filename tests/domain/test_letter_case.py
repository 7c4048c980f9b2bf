"""A replacement follows the letter case of what it replaces (Replace all's "preserve case")."""

from __future__ import annotations

import pytest

from translator_app.domain.letter_case import CaseShape, case_shape, follow_case


@pytest.mark.parametrize(
    ("found", "replacement", "written"),
    [
        ("Programme", "program", "Program"),
        ("PROGRAMME", "program", "PROGRAM"),
        ("programme", "program", "program"),
        ("programme", "Program", "program"),  # the found text decides, not how the user typed it
        ("Programme.", "program.", "Program."),  # punctuation is no reason to drop the capital
        ("PROGRAMME.", "program.", "PROGRAM."),
        ("Support Programme", "aid plan", "Aid Plan"),
        ("Support Programme", "support for projects", "Support for projects"),  # not as many words
        ("support programme", "Aid plan", "aid plan"),
        ("A", "the", "The"),  # one capital letter reads as a first capital, not as an acronym
        ("onu", "UN", "UN"),  # an acronym typed in capitals stays one
        ("Onu", "UN", "UN"),
        ("ONU", "iPhone", "IPHONE"),  # a heading in capitals stays in capitals
        ("iphone", "iPhone", "iPhone"),
        ("McDonald", "burger", "burger"),  # a mixed shape says nothing: as typed
        ("2025", "2026", "2026"),
        ("Programme", "« programme »", "« Programme »"),  # the first letter, after the quote mark
        ("Éducation", "école", "École"),
        ("ÉCOLE", "straße", "STRASSE"),
    ],
)
def test_the_replacement_takes_the_case_of_the_found_text(found: str, replacement: str, written: str) -> None:
    assert follow_case(found, replacement) == written


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("programme", CaseShape.LOWER),
        ("PROGRAMME", CaseShape.UPPER),
        ("Programme", CaseShape.FIRST),
        ("Support Programme", CaseShape.EACH_WORD),
        ("iPhone", CaseShape.MIXED),
        ("« 2025 »", CaseShape.NONE),
    ],
)
def test_case_shapes(text: str, shape: CaseShape) -> None:
    assert case_shape(text) is shape
