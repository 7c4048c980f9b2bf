"""Memory units written on confirmation and approval, and look-ups ranked as translators expect."""

from __future__ import annotations

import pytest
from tests.factories import add_release
from tests.memory.helpers import store, workspace

from translator_app.domain.matching import CONTEXT_MATCH, EXACT, DiffOp, TmUnit
from translator_app.domain.models import Role

TITLE = "La Fondation Horizon Bleu ouvre un bureau à Dakar"


def test_a_confirmed_segment_creates_a_unit_and_a_reconfirmation_updates_it(db_url: str) -> None:
    with workspace(db_url) as ws:
        _, segments = add_release(ws)
        title = segments[1]
        assert title.id is not None
        assert ws.memory.lookup(title.source, "fr", "en") == []
        ws.editing.edit(title.id, "Horizon Bleu opens an office", ws.actor)
        assert ws.memory.lookup(title.source, "fr", "en") == [], "a draft is not confirmed"
        ws.editing.edit(title.id, "Horizon Bleu opens an office in Dakar", ws.actor, confirm=True)
        [match] = ws.memory.lookup(title.source, "fr", "en")
        assert (match.score, match.unit.target, match.unit.approved) == (
            EXACT,
            "Horizon Bleu opens an office in Dakar",
            False,
        )
        assert match.unit.segment_id == title.id and match.unit.created_by == "ana"
        assert match.unit.context_after == segments[2].source
        assert match.unit.context_before == "", "the untranslatable menu line is not context"
        ws.editing.edit(title.id, "Blue Horizon Foundation opens a Dakar office", ws.actor, confirm=True)
        [again] = ws.memory.lookup(title.source, "fr", "en")
        assert again.unit.id == match.unit.id
        assert again.unit.target == "Blue Horizon Foundation opens a Dakar office"
    with workspace(db_url, "rui", Role.REVIEWER) as reviewer:
        reviewer.review.approve([title.id], reviewer.actor)
        [approved] = reviewer.memory.lookup(title.source, "fr", "en")
        assert approved.unit.approved and approved.unit.id == match.unit.id


def test_suggestions_for_a_segment_give_101_when_the_neighbours_match(db_url: str) -> None:
    with workspace(db_url) as ws:
        _, first = add_release(ws, "first")
        assert first[1].id is not None
        ws.editing.edit(first[1].id, "Horizon Bleu opens an office in Dakar", ws.actor, confirm=True)
        _, second = add_release(ws, "second")
        assert second[1].id is not None
        [match] = ws.memory.suggestions(second[1].id)
        assert match.score == CONTEXT_MATCH
        assert [s.op for s in match.diff] == [DiffOp.EQUAL]


def test_look_ups_rank_by_score_then_approval_with_the_diff(db_url: str) -> None:
    near = "La Fondation Horizon Bleu ouvre un bureau à Abidjan"
    store(
        db_url,
        [
            TmUnit("fr", "en", near, "unapproved", approved=False),
            TmUnit("fr", "en", near, "approved", approved=True),
            TmUnit("fr", "en", TITLE + ".", "with a full stop"),
            TmUnit("fr", "en", "Le rapport annuel est disponible en ligne.", "far away"),
            TmUnit("fr", "es", TITLE, "otro par"),
        ],
    )
    with workspace(db_url) as ws:
        matches = ws.memory.lookup(TITLE, "fr", "en")
        assert [m.unit.target for m in matches] == ["with a full stop", "approved", "unapproved"]
        assert all(70 <= m.score < EXACT for m in matches)
        assert matches[1].score == matches[2].score
        inserted = [s.text for s in matches[1].diff if s.op is DiffOp.INSERT]
        deleted = [s.text for s in matches[1].diff if s.op is DiffOp.DELETE]
        assert (inserted, deleted) == (["Dakar"], ["Abidjan"])
        assert [m.unit.target for m in ws.memory.lookup(TITLE, "fr", "en", threshold=95)] == [
            "with a full stop"
        ]
        ws.memory.threshold = 99
        assert ws.memory.lookup(TITLE, "fr", "en") == []


def test_concordance_finds_a_phrase_in_sources_and_targets_with_spans(db_url: str) -> None:
    store(
        db_url,
        [
            TmUnit(
                "fr", "en", "L’Organisation <g1>internationale</g1> salue l'accord.", "The IOM welcomes it."
            ),
            TmUnit("fr", "en", "Rien à voir.", "The International Organization is here."),
            TmUnit("fr", "en", "Autre chose.", "Nothing."),
        ],
    )
    with workspace(db_url) as ws:
        hits = ws.memory.concordance("organisation internationale", "fr", "en")
        assert [h.unit.source for h in hits] == ["L’Organisation <g1>internationale</g1> salue l'accord."]
        start, end = hits[0].source_spans[0]
        assert hits[0].unit.source[start:end] == "Organisation <g1>internationale"
        by_target = ws.memory.concordance("international organization", "fr", "en")
        assert [h.unit.target for h in by_target] == ["The International Organization is here."]
        assert by_target[0].target_spans == [(4, 30)]


@pytest.mark.parametrize("limit", [1, 3])
def test_the_limit_is_kept(db_url: str, limit: int) -> None:
    store(db_url, [TmUnit("fr", "en", f"{TITLE} numéro {n}", f"t{n}") for n in range(5)])
    with workspace(db_url) as ws:
        assert len(ws.memory.lookup(TITLE, "fr", "en", limit=limit)) == limit


def test_a_target_search_folds_accented_capitals(db_url: str) -> None:
    store(
        db_url,
        [
            TmUnit("en", "fr", "The state of emergency.", "L’ÉTAT D’URGENCE EST DÉCLARÉ."),
            TmUnit("en", "fr", "Nothing.", "Rien."),
        ],
    )
    with workspace(db_url) as ws:
        hits = ws.memory.concordance("état d’urgence", "en", "fr")
        assert [h.unit.target for h in hits] == ["L’ÉTAT D’URGENCE EST DÉCLARÉ."]
