"""One reading of language codes for the spelling dictionaries, QA, term matching, HTML and DeepL."""

from __future__ import annotations

import pytest

from translator_app.domain.languages import base_language, canonical, language_penalty, pair_penalty


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


@pytest.mark.parametrize(
    ("code", "shaped"),
    [
        ("fr_fr", "fr-FR"),
        ("EN-gb", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("FR", "fr"),
    ],
)
def test_codes_take_the_usual_bcp47_case(code: str, shaped: str) -> None:
    assert canonical(code) == shaped


@pytest.mark.parametrize(
    ("wanted", "found", "penalty"),
    [
        ("fr_FR", "fr-fr", 0),
        ("en", "EN", 0),
        ("en", "en-GB", 1),
        ("en-GB", "en", 1),
        ("en-US", "en-GB", 2),
        ("en", "de", None),
        ("pt-BR", "es", None),
    ],
)
def test_variants_serve_each_other_with_a_small_penalty(wanted: str, found: str, penalty: int | None) -> None:
    assert language_penalty(wanted, found) == penalty


def test_a_pair_adds_both_sides() -> None:
    assert pair_penalty(("fr", "en"), ("fr-FR", "en-GB")) == 2
    assert pair_penalty(("fr", "en-GB"), ("FR", "en_gb")) == 0
    assert pair_penalty(("fr", "en"), ("fr", "de")) is None
