"""One reading of language codes for the spelling dictionaries, QA, term matching, HTML and DeepL."""

from __future__ import annotations

import pytest

from translator_app.domain.languages import base_language


@pytest.mark.parametrize(
    ("code", "base"),
    [
        ("fr", "fr"),
        ("fr-CH", "fr"),
        ("pt_BR", "pt"),
        ("EN-gb", "en"),
        (" es-419 ", "es"),
        ("zh-Hant-TW", "zh"),
    ],
)
def test_the_base_language_is_the_lower_case_primary_subtag(code: str, base: str) -> None:
    assert base_language(code) == base
