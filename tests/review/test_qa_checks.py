"""Each QA check with a target that fails it and one that passes, as pure functions (no storage)."""

from __future__ import annotations

import pytest
from tests.conftest import seed_folder

from translator_app.domain.qa import QaCode, Severity, check_consistency, check_segment
from translator_app.domain.qa_findings import errors
from translator_app.domain.terms import Term, TermMatcher

NNBSP = "\u202f"

# (source, target, source language, target language, the code that must fire — or must not)
CASES: list[tuple[str, str, str, str, QaCode]] = [
    ("Il y a 23 millions de migrants.", "There are 23 million migrants.", "fr", "en", QaCode.NUMBER_MISSING),
    ("Un budget de 1 000,5 euros.", "A budget of 1,000.5 euros.", "fr", "en", QaCode.NUMBER_MISSING),
    ("Une hausse de 30 % cette année.", "A 30% rise this year.", "fr", "en", QaCode.NUMBER_MISSING),
    ("A budget of 1,000.5 euros.", f"Un budget de 1{NNBSP}000,5 euros.", "en", "fr", QaCode.NUMBER_MISSING),
    ("A budget of 1,000.5 euros.", f"Un budget de 1{NNBSP}000,5 euros.", "en", "fr", QaCode.NUMBER_FORMAT),
    (
        "Le <g1>rapport</g1> est publié<x2/>.",
        "The <g1>report</g1> is out<x2/>.",
        "fr",
        "en",
        QaCode.TAG_MISSING,
    ),
    ("Voir https://www.iom.int/fr/news.", "See https://www.iom.int/fr/news.", "fr", "en", QaCode.URL_MISSING),
    ("Lire le rapport.", "Read the report.", "fr", "en", QaCode.TARGET_EMPTY),
    ("Lire le rapport.", "Read the report.", "fr", "en", QaCode.TARGET_SAME_AS_SOURCE),
    ("Lire le rapport.", "Read the report.", "fr", "en", QaCode.SPACE_DOUBLE),
    ("Lire le rapport.", "Read the report.", "fr", "en", QaCode.END_PUNCTUATION),
    ("Le Pacte (2018) est cité.", "The Compact (2018) is cited.", "fr", "en", QaCode.BRACKETS_UNBALANCED),
    ("« Agir ensemble », dit-elle.", "“Act together,” she said.", "fr", "en", QaCode.QUOTES_UNBALANCED),
    ("Act now!", f"Agissez maintenant{NNBSP}!", "en", "fr", QaCode.FR_NBSP_MISSING),
    ("He said “thanks”.", f"Il a dit «{NNBSP}merci{NNBSP}».", "en", "fr", QaCode.FR_NBSP_MISSING),
    ("A rise of 30%.", f"Une hausse de 30{NNBSP}%.", "en", "fr", QaCode.FR_NBSP_MISSING),
    ("Lire le rapport annuel complet.", "Read the full annual report.", "fr", "en", QaCode.LENGTH_RATIO),
    ("Le rapport est publié.", "The report is published.", "fr", "en", QaCode.REPEATED_WORD),
    ("Le rapport est publié.", "The report is published.", "fr", "en", QaCode.SPACE_TRAILING),
    ("Le rapport est publié.", "The report is published.", "fr", "en", QaCode.SPACE_LEADING),
]

FAILING: dict[tuple[int, QaCode], str] = {
    (0, QaCode.NUMBER_MISSING): "There are 32 million migrants.",
    (1, QaCode.NUMBER_MISSING): "A budget of 1,000 euros.",
    (2, QaCode.NUMBER_MISSING): "A 30-point rise this year.",
    (3, QaCode.NUMBER_MISSING): "Un budget de 1,0005 euros.",
    (4, QaCode.NUMBER_FORMAT): "Un budget de 1,000.5 euros.",
    (5, QaCode.TAG_MISSING): "The <g1>report</g1> is out.",
    (6, QaCode.URL_MISSING): "See https://www.iom.int/en/news.",
    (7, QaCode.TARGET_EMPTY): "  ",
    (8, QaCode.TARGET_SAME_AS_SOURCE): "Lire le rapport.",
    (9, QaCode.SPACE_DOUBLE): "Read the  report.",
    (10, QaCode.END_PUNCTUATION): "Read the report",
    (11, QaCode.BRACKETS_UNBALANCED): "The Compact (2018 is cited.",
    (12, QaCode.QUOTES_UNBALANCED): "“Act together, she said.",
    (13, QaCode.FR_NBSP_MISSING): "Agissez maintenant !",
    (14, QaCode.FR_NBSP_MISSING): "Il a dit « merci ».",
    (15, QaCode.FR_NBSP_MISSING): "Une hausse de 30%.",
    (16, QaCode.LENGTH_RATIO): "Read.",
    (17, QaCode.REPEATED_WORD): "The report is is published.",
    (18, QaCode.SPACE_TRAILING): "The report is published. ",
    (19, QaCode.SPACE_LEADING): " The report is published.",
}


def codes(source: str, target: str, source_lang: str, target_lang: str) -> set[QaCode]:
    return {f.code for f in check_segment(source, target, source_lang, target_lang)}


@pytest.mark.parametrize("index", range(len(CASES)))
def test_each_check_passes_a_good_target_and_fails_a_bad_one(index: int) -> None:
    source, good, source_lang, target_lang, code = CASES[index]
    assert code not in codes(source, good, source_lang, target_lang)
    assert code in codes(source, FAILING[(index, code)], source_lang, target_lang)


def test_locale_number_formats_are_the_same_numbers() -> None:
    pairs = [
        ("23 millions de personnes", "23 million people"),
        ("un total de 1 000,5 tonnes", "a total of 1,000.5 tonnes"),
        ("soit 30 % des cas", "or 30% of cases"),
        ("soit 30 % des cas", "or 30 per cent of cases"),
        ("23 millions de personnes", "23,000,000 people"),
    ]
    for source, target in pairs:
        found = [f for f in check_segment(source, target, "fr", "en") if f.code.value.startswith("number")]
        assert found == [], (source, target, found)


def test_a_dropped_percent_sign_is_a_changed_number() -> None:
    assert QaCode.NUMBER_MISSING in codes("soit 30 % des cas", "or 30 of cases", "fr", "en")


def test_a_missing_number_is_an_error_that_names_it() -> None:
    [missing] = [f for f in check_segment("Le 11 mars.", "On 12 March.", "fr", "en") if f.blocking]
    assert (missing.code, missing.severity, missing.detail) == (QaCode.NUMBER_MISSING, Severity.ERROR, "11")


def _seed_contact() -> str:
    for path in seed_folder().glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "jilee@iom.int" in line:
                return line[line.index("Jieun") :] if "Jieun" in line else line
    pytest.fail("the seed has no contact line with jilee@iom.int")


def test_the_seed_contact_e_mail_and_phone_are_kept_exactly() -> None:
    source = _seed_contact()
    assert "jilee@iom.int" in source and "+82 70 4820 2648" in source
    good = source.replace("email :", "e-mail:")
    assert errors(check_segment(source, good, "fr", "en")) == []
    retyped = good.replace("jilee@iom.int", "jlee@iom.int")
    [email] = [f for f in check_segment(source, retyped, "fr", "en") if f.code is QaCode.EMAIL_MISSING]
    assert email.blocking and email.detail == "jilee@iom.int"
    assert retyped[email.start : email.end] == "jlee@iom.int"
    reformatted = good.replace("+82 70 4820 2648", "+82 (0)70-4820-2648")
    found = {f.code for f in check_segment(source, reformatted, "fr", "en")}
    assert QaCode.PHONE_MISSING in found
    no_break = good.replace("+82 70 4820 2648", "+82\u00a070\u00a04820\u00a02648")
    assert QaCode.PHONE_MISSING not in {f.code for f in check_segment(source, no_break, "fr", "en")}


def test_phone_digits_are_not_counted_as_numbers() -> None:
    source = "Tél. : +33 5 56 00 12 34"
    assert codes(source, "Tel.: +33 5 56 00 12 34", "fr", "en") == set()


GLOSSARY = [
    Term("fr", "en", "OIM", "IOM", forbidden=("OIM",)),
    Term("fr", "en", "Pacte mondial", "Global Compact", forbidden=("World Pact",)),
]


def test_glossary_terms_used_and_forbidden_variants_absent() -> None:
    matcher = TermMatcher(GLOSSARY, "fr")
    source = "L'OIM salue le Pacte mondial."

    def found(target: str) -> dict[QaCode, list[str]]:
        result: dict[QaCode, list[str]] = {}
        for f in check_segment(source, target, "fr", "en", terms=matcher):
            result.setdefault(f.code, []).append(f.detail)
        return result

    assert found("IOM welcomes the Global Compact.") == {}
    bad = found("OIM welcomes the World Pact.")
    assert bad[QaCode.TERM_FORBIDDEN] == ["OIM", "World Pact"]
    assert set(bad[QaCode.TERM_MISSING]) == {"IOM", "Global Compact"}
    [forbidden] = [
        f
        for f in check_segment(source, "IOM welcomes the World Pact.", "fr", "en", terms=matcher)
        if f.blocking
    ]
    assert "IOM welcomes the World Pact."[forbidden.start : forbidden.end] == "World Pact"


def test_tags_out_of_order_and_extra() -> None:
    source = "<g1>Un</g1> et <g2>deux</g2>"
    assert QaCode.TAG_ORDER in codes(source, "<g2>two</g2> and <g1>one</g1>", "fr", "en")
    assert QaCode.TAG_EXTRA in codes(source, "<g1>one</g1> and <g2>two</g2><x3/>", "fr", "en")
    assert codes(source, "<g1>one</g1> and <g2>two</g2>", "fr", "en") == set()


def test_french_typography_only_for_french_targets_and_not_in_times_or_urls() -> None:
    assert QaCode.FR_NBSP_MISSING not in codes("Act now!", "Act now !", "en", "en")
    target = f"Réunion à 10:30, voir https://iom.int/a?b=1{NNBSP}; merci."
    assert QaCode.FR_NBSP_MISSING not in codes(
        "Meeting at 10:30, see https://iom.int/a?b=1; thanks.", target, "en", "fr"
    )


def test_a_quotation_split_over_two_segments_is_not_unbalanced() -> None:
    source = "« Nous écrivons aujourd'hui un nouveau chapitre."
    assert QaCode.QUOTES_UNBALANCED not in codes(source, "“Today we write a new chapter.", "fr", "en")
    assert QaCode.QUOTES_UNBALANCED in codes(source, "Today we write a new chapter.", "fr", "en")


def test_allowed_repetitions_are_not_flagged() -> None:
    assert QaCode.REPEATED_WORD not in codes("We work together.", "Nous nous engageons ensemble.", "en", "fr")


def test_one_source_translated_two_ways_in_a_release() -> None:
    found = check_consistency(
        [
            (1, "Agir", "Take action"),
            (2, "Qui sommes nous", "Who we are"),
            (3, "Agir", "Act"),
            (4, "Agir", "Take action"),
            (5, "Qui sommes nous", "Who we are"),
        ]
    )
    assert sorted(found) == [1, 3, 4]
    assert [f.detail for f in found[3]] == ["1,4"]
    assert found[1][0].code is QaCode.INCONSISTENT_TRANSLATION and not found[1][0].blocking
    assert check_consistency([(1, "Agir", "Act"), (2, "Agir", " Act ")]) == {}
