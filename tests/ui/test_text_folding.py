"""The text filter's folding: the fast form gives exactly what decomposing the whole text gives."""

from __future__ import annotations

import unicodedata

import pytest

from translator_app.ui.common.folding import fold


def fold_whole(text: str) -> str:
    """The definition: casefold, decompose (NFKD), drop the combining marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.mark.parametrize(
    "text",
    [
        "Le Communiqué de presse",
        "plain ASCII, Mixed Case 2025",
        "Straße ÉCOLE ﬁn Ⅻ ½",
        "e\u0301te\u0301 (already decomposed)",
        "Москва, Ёлка; Ελληνικά ΆΈΉ",
        "日本語のテキスト ｶﾀｶﾅ",
        "İstanbul ǅ ﬀ ℌ",
        "Việt Nam, Hà Nội, Đà Nẵng",
        "« guillemets » – tiret — cadratin…",
        "",
    ],
)
def test_fold_equals_the_whole_text_decomposed(text: str) -> None:
    assert fold(text) == fold_whole(text)


def test_fold_finds_a_word_typed_without_accents_or_capitals() -> None:
    assert "communique" in fold("Le COMMUNIQUÉ de Genève") and "geneve" in fold("Le COMMUNIQUÉ de Genève")
