"""One word count for the whole app: what counts as a word, checked by hand."""

from __future__ import annotations

import pytest

from translator_app.domain.words import character_count, word_count


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("La Fondation ouvre un bureau à Dakar", 7),
        ("L'OIM et la KOICA, <g1>partenaires</g1> depuis 2024.", 7),  # tags are not words
        ("humanitaire-développement-paix", 1),
        ("« Nous restons », dit-elle – à Genève/Séoul.", 6),  # « » – alone are not words; / separates
        ("Contact : presse@horizon-bleu.example", 4),
        ("<x1/> ", 0),
        ("", 0),
    ],
)
def test_a_word_is_letters_or_digits_joined_by_apostrophes_and_hyphens(text: str, words: int) -> None:
    assert word_count(text) == words


def test_splitting_on_spaces_would_disagree() -> None:
    """The count the status bar used to have: five words here where a reader sees three."""
    text = "Genève/Séoul – « Bonjour »"
    assert len(text.split()) == 5
    assert word_count(text) == 3


@pytest.mark.parametrize(
    ("text", "characters"),
    [
        ("Dix cliniques", 13),
        ("L'<g1>OIM</g1> signe.", 12),  # the tags are not seen: "L'OIM signe."
        ("<x1/>", 0),
        ("« Oui »", 7),
    ],
)
def test_characters_are_what_a_reader_sees_spaces_included_tags_left_out(text: str, characters: int) -> None:
    assert character_count(text) == characters
