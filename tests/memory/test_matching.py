"""The match score and the word diff, as translators read them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from translator_app.domain.matching import (
    CONTEXT_MATCH,
    EXACT,
    DiffOp,
    Match,
    TmUnit,
    diff_words,
    normalise,
    rank,
    score,
)

SOURCE = "La Fondation Horizon Bleu a inauguré son bureau régional à Dakar le 4 février 2025."


def test_an_identical_source_scores_100() -> None:
    assert score(SOURCE, SOURCE) == EXACT
    assert score(SOURCE, "  " + SOURCE.replace(" ", "  ") + " ") == EXACT


def test_an_identical_source_with_the_same_neighbours_scores_101() -> None:
    context = ("Communiqué de presse", "Le bureau emploie douze personnes.")
    assert score(SOURCE, SOURCE, context=context, candidate_context=context) == CONTEXT_MATCH
    other = ("Communiqué de presse", "Le bureau emploie vingt personnes.")
    assert score(SOURCE, SOURCE, context=context, candidate_context=other) == EXACT
    assert score(SOURCE, SOURCE, context=context) == EXACT


def test_a_changed_number_scores_below_100_and_below_a_changed_letter() -> None:
    number = score(SOURCE, SOURCE.replace("2025", "2026"))
    letter = score(SOURCE, SOURCE.replace("régional", "regional"))
    assert number < EXACT
    assert number < letter < EXACT


def test_case_punctuation_and_tags_never_reach_100() -> None:
    assert score(SOURCE, SOURCE.lower()) == 99
    assert score(SOURCE, SOURCE.replace(".", " !")) < EXACT
    tagged = "La Fondation <g1>Horizon Bleu</g1> a inauguré son bureau régional à Dakar le 4 février 2025."
    assert 90 <= score(SOURCE, tagged) < EXACT
    renumbered = tagged.replace("g1", "g7")
    assert score(tagged, renumbered) == 99


def test_a_different_sentence_scores_low() -> None:
    assert score(SOURCE, "Le rapport annuel est disponible en ligne.") < 50


def test_normalise_unifies_typography() -> None:
    assert normalise("L’OIM  «\u00a0salue\u00a0» <g1>l'accord</g1>") == "l'oim \" salue \" l'accord"


def unit(approved: bool, minutes: int = 0) -> TmUnit:
    moment = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    return TmUnit("fr", "en", SOURCE, f"target {approved} {minutes}", approved=approved, updated_at=moment)


def test_approved_units_rank_above_unapproved_at_equal_score() -> None:
    newer_unapproved = Match(unit(False, minutes=10), 95)
    older_approved = Match(unit(True), 95)
    better = Match(unit(False, minutes=5), 97)
    assert rank([newer_unapproved, older_approved, better]) == [better, older_approved, newer_unapproved]
    assert rank([newer_unapproved, older_approved], limit=1) == [older_approved]


def test_the_diff_marks_words_removed_and_added() -> None:
    current = "La Fondation a inauguré son bureau à Dakar en 2026."
    memory = "La Fondation Horizon a ouvert son bureau à Dakar en 2025."
    spans = diff_words(current, memory)
    deleted = [s.text.strip() for s in spans if s.op is DiffOp.DELETE]
    inserted = [s.text.strip() for s in spans if s.op is DiffOp.INSERT]
    assert deleted == ["Horizon", "ouvert", "2025."] or deleted == ["Horizon", "ouvert", "2025"]
    assert "inauguré" in inserted and any("2026" in text for text in inserted)
    for span in spans:
        text = current if span.op is DiffOp.INSERT else memory
        assert text[span.start : span.end] == span.text
    kept = "".join(s.text for s in spans if s.op is not DiffOp.INSERT)
    assert kept == memory


def test_the_diff_of_identical_sources_is_one_equal_span() -> None:
    spans = diff_words(SOURCE, SOURCE)
    assert [(s.op, s.text) for s in spans] == [(DiffOp.EQUAL, SOURCE)]
