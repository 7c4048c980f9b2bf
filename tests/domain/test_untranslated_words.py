"""Words of the source left in the target: machine drafts still in French are found; names, cognates not."""

from __future__ import annotations

import pytest

from translator_app.domain.qa import QaCode, check_segment, check_untranslated_words


@pytest.mark.parametrize(
    ("source", "target", "left"),
    [
        ("Le bureau ouvre en 2025.", "[EN-GB] Le bureau ouvre en 2025.", "Le bureau ouvre en"),
        (
            "Douze personnes y travailleront.",
            "Twelve personnes y travailleront.",
            "personnes y travailleront",
        ),
        ("Douze personnes.", "[EN] Douze personnes.", "Douze personnes"),  # the whole of a short source
        (
            "Les <g1>équipes locales</g1> travaillent avec les partenaires.",
            "The <g1>équipes locales</g1> travaillent with the partners.",
            "équipes locales</g1> travaillent",
        ),
    ],
)
def test_source_words_left_in_the_target_are_a_warning(source: str, target: str, left: str) -> None:
    [found] = check_untranslated_words(source, target, "fr", "en")

    assert found.code is QaCode.UNTRANSLATED_WORDS and found.severity == "warning"
    assert target[found.start : found.end] == left == found.detail


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "La Fondation Horizon Bleu ouvre un bureau à Dakar",
            "Fondation Horizon Bleu opens an office in Dakar",
        ),
        ("Le programme de soutien.", "The support programme."),  # a cognate is not French left behind
        ("Contact presse", "Press contact"),
        (
            "Écrivez à presse@horizon-bleu.example ou au +33 4 72 00 11 22.",
            "Write to presse@horizon-bleu.example or call +33 4 72 00 11 22.",
        ),
        ("Structure", "Structure"),  # one word may stay as it is
        (
            "Jieun Lee, email : jilee@iom.int, +82 70 4820 2648",
            "Jieun Lee, email: jilee@iom.int, +82 70 4820 2648",
        ),
        ("Le bureau ouvre en 2025.", ""),
    ],
)
def test_names_cognates_and_contact_details_are_not_flagged(source: str, target: str) -> None:
    assert check_untranslated_words(source, target, "fr", "en") == []


def test_variants_of_one_language_are_not_compared() -> None:
    assert check_untranslated_words("Le bureau ouvre en mai.", "Le bureau ouvre en mai.", "fr", "fr-CA") == []


def test_a_target_equal_to_its_source_is_said_once() -> None:
    codes = [f.code for f in check_segment("Le bureau ouvre.", "Le bureau ouvre.", "fr", "en")]

    assert codes.count(QaCode.TARGET_SAME_AS_SOURCE) == 1 and QaCode.UNTRANSLATED_WORDS not in codes
