"""Term recognition tolerant of case, plurals and elision; forbidden variants flagged in the target."""

from __future__ import annotations

from translator_app.domain.terms import Term, TermProblem, check_target, find_terms

OIM = Term("fr", "en", "OIM", "IOM", case_sensitive=True, forbidden=("OMI",))
ACCORD = Term("fr", "en", "accord", "agreement")
ORGANISATION = Term("fr", "en", "organisation internationale", "international organisation")
JOURNAL = Term("fr", "en", "journal", "newspaper")
AGENCY = Term("en", "fr", "agency", "agence")
TERMS = [OIM, ACCORD, ORGANISATION, JOURNAL]


def spans(text: str, terms: list[Term], lang: str = "fr") -> list[tuple[str, str]]:
    return [(text[h.start : h.end], h.term.target_term) for h in find_terms(text, terms, lang)]


def test_elided_articles_are_seen_through() -> None:
    assert spans("Selon l'OIM, un projet d’accord est prêt.", TERMS) == [
        ("OIM", "IOM"),
        ("accord", "agreement"),
    ]
    assert spans("D'accord, a dit l’OIM.", TERMS) == [("accord", "agreement"), ("OIM", "IOM")]


def test_plurals_and_case_are_tolerated() -> None:
    text = "Les Organisations Internationales lisent les journaux et signent des accords."
    assert spans(text, TERMS) == [
        ("Organisations Internationales", "international organisation"),
        ("journaux", "newspaper"),
        ("accords", "agreement"),
    ]
    assert spans("Two agencies and one Agency.", [AGENCY], "en") == [
        ("agencies", "agence"),
        ("Agency", "agence"),
    ]


def test_a_case_sensitive_term_needs_its_case() -> None:
    assert spans("oim et OIM", [OIM]) == [("OIM", "IOM")]


def test_words_that_merely_contain_a_term_are_not_hits() -> None:
    assert spans("Les accordéons et la réorganisation.", TERMS) == []


def test_a_forbidden_variant_in_the_target_is_flagged_with_its_span() -> None:
    hits = find_terms("L'OIM salue l'accord.", TERMS, "fr")
    target = "The OMI welcomes the agreements."
    findings = check_target(target, hits, "en")
    forbidden = [f for f in findings if f.problem is TermProblem.FORBIDDEN]
    assert [(f.variant, target[f.start : f.end]) for f in forbidden] == [("OMI", "OMI")]
    missing = [f.term.source_term for f in findings if f.problem is TermProblem.MISSING]
    assert missing == ["OIM"]


def test_a_correct_target_has_no_findings() -> None:
    hits = find_terms("L'OIM salue l'accord.", TERMS, "fr")
    assert check_target("The IOM welcomes the agreement.", hits, "en") == []
