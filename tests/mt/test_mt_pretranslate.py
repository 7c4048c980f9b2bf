"""Pre-translation on a real database against the fake DeepL: batches, cache, tags, failures, cancel."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.mt.conftest import MtWorld

from translator_app.app import open_workspace
from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import EventKind, Origin, OriginKind, Role, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.services.exporting import REPORT_FORMAT
from translator_app.services.mt_cost import CostChoice, CostEstimate
from translator_app.services.mt_setup import MatchQuery

ANA = Actor("ana", Role.TRANSLATOR)
MT = Origin(OriginKind.MT, provider="deepl")


def sentences(count: int) -> list[str]:
    return [f"La Fondation publie sa phrase numéro {i}." for i in range(count)]


class Memory:
    """A stand-in for the translation memory's look-ups: exact matches, none in context, no fuzzy ones."""

    def __init__(self, matches: dict[str, str]) -> None:
        self.matches = matches

    def exact(self, source_lang: str, target_lang: str, sources: Sequence[str]) -> dict[str, str]:
        return {s: self.matches[s] for s in sources if s in self.matches}

    def best(
        self, source_lang: str, target_lang: str, queries: Sequence[MatchQuery], floor: int
    ) -> list[tuple[str, int] | None]:
        return [None for _ in queries]


def test_a_120_segment_release_takes_3_requests_and_the_second_run_none(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(120))
    seen: list[tuple[int, int]] = []
    report = mt_world.pretranslate().run(release_id, ANA, progress=lambda d, t: seen.append((d, t)))
    assert report.failure is None and not report.cancelled
    assert (report.from_mt, report.requests, len(mt_world.fake.translate_calls)) == (120, 3, 3)
    assert [len(call.body["text"]) for call in mt_world.fake.translate_calls] == [50, 50, 20]
    assert seen == [(0, 120), (50, 120), (100, 120), (120, 120)]
    assert report.estimate is not None and report.estimate.requests == 3
    assert report.billed_characters == report.estimate.characters == sum(len(s) for s in sentences(120))
    segments = mt_world.workspace.releases.segments(release_id)
    assert {(s.status, s.origin) for s in segments} == {(SegmentStatus.DRAFT, MT)}
    assert segments[7].target == f"[EN-GB] {sentences(120)[7]}"
    assert sorted(report.changed_segments, key=lambda s: s.position) == segments, "returned as stored"

    before = len(mt_world.fake.requests)
    again = mt_world.pretranslate().run(release_id, ANA)
    assert len(mt_world.fake.requests) == before
    assert (again.requests, again.from_cache, again.billed_characters) == (0, 120, 0)


def test_the_cache_serves_another_release_with_the_same_sentences(mt_world: MtWorld) -> None:
    first, _ = mt_world.add_release(sentences(5))
    mt_world.pretranslate().run(first, ANA)
    second, _ = mt_world.add_release(sentences(5))
    calls = len(mt_world.fake.requests)
    report = mt_world.pretranslate().run(second, ANA)
    assert (report.from_cache, report.requests, len(mt_world.fake.requests)) == (5, 0, calls)


def test_context_carries_the_headline_and_the_text_before_each_batch(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(60), title="Un titre de communiqué")
    mt_world.pretranslate().run(release_id, ANA)
    first, second = mt_world.fake.translate_calls
    assert first.body["context"] == "Un titre de communiqué"
    assert second.body["context"].startswith("Un titre de communiqué\n\n")
    assert second.body["context"].endswith(sentences(60)[49])


def test_tags_are_preserved_and_a_broken_tag_is_reported(mt_world: MtWorld) -> None:
    sources = ["Lisez <g1>le rapport</g1> de AT&T.", "Voir <g2>ici</g2><x3/>."]
    release_id, segments = mt_world.add_release(sources)

    def lose_closing_tag(text: str, body: dict[str, object]) -> str:
        return text.replace("</g2>", "") if "<g2>" in text else f"[EN] {text}"

    mt_world.fake.translate_hook = lose_closing_tag
    report = mt_world.pretranslate().run(release_id, ANA)
    assert mt_world.fake.translate_calls[0].body["text"][0] == "Lisez <g1>le rapport</g1> de AT&amp;T."
    targets = [s.target for s in mt_world.workspace.releases.segments(release_id)]
    assert targets[0] == "[EN] Lisez <g1>le rapport</g1> de AT&T."
    assert [(i.segment_id, i.code, i.tag) for i in report.issues] == [
        (segments[1].id, "tag-missing", "</g2>"),
        (segments[1].id, "tag-unbalanced", "<g2>"),
    ]


def test_confirmed_work_and_human_drafts_are_never_overwritten(mt_world: MtWorld) -> None:
    release_id, segments = mt_world.add_release(sentences(4))
    editing = mt_world.workspace.editing
    assert segments[0].id and segments[1].id and segments[2].id
    editing.edit(segments[0].id, "Mine, confirmed: sentence 0.", ANA, confirm=True)
    editing.edit(segments[1].id, "My draft: sentence 1.", ANA)
    editing.edit(segments[2].id, "To approve: sentence 2.", ANA, confirm=True)
    reviewer = open_workspace(mt_world.url, "rui", Role.REVIEWER)
    try:
        reviewer.review.approve([segments[2].id], reviewer.actor)
    finally:
        reviewer.close()
    report = mt_world.pretranslate().run(release_id, ANA)
    after = mt_world.workspace.releases.segments(release_id)
    assert [s.target for s in after[:3]] == [
        "Mine, confirmed: sentence 0.",
        "My draft: sentence 1.",
        "To approve: sentence 2.",
    ]
    assert [s.status for s in after] == [
        SegmentStatus.TRANSLATED,
        SegmentStatus.DRAFT,
        SegmentStatus.APPROVED,
        SegmentStatus.DRAFT,
    ]
    assert report.total == 1 and mt_world.fake.translate_calls[0].body["text"] == [sentences(4)[3]]
    with mt_world.uow() as uow:
        assert after[3].id is not None
        events = uow.events.for_segment(after[3].id)
    assert [(e.kind, e.old, e.new, e.user) for e in events] == [
        (EventKind.TARGET, "", after[3].target, "ana"),
        (EventKind.STATUS, "new", "draft", "ana"),
    ]


def test_an_exact_memory_match_comes_first_and_costs_nothing(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(3))
    memory = Memory({sentences(3)[1]: "From the memory"})
    report = mt_world.pretranslate(memory).run(release_id, ANA)
    assert (report.from_tm, report.from_mt) == (1, 2)
    after = mt_world.workspace.releases.segments(release_id)
    assert (after[1].target, after[1].origin.code()) == ("From the memory", "tm:100")
    assert mt_world.fake.translate_calls[0].body["text"] == [sentences(3)[0], sentences(3)[2]]
    no_mt, _ = mt_world.add_release(sentences(3))
    only_tm = mt_world.pretranslate(memory).run(no_mt, ANA, use_mt=False)
    assert (only_tm.from_tm, only_tm.from_mt, len(mt_world.fake.translate_calls)) == (1, 0, 1)


def test_quota_used_up_midway_by_someone_else_keeps_the_batches_done(mt_world: MtWorld) -> None:
    """The estimate fitted, then a colleague on the same account spent the rest: DeepL's 456 stops the
    run after the first batch, and that batch stays."""
    release_id, _ = mt_world.add_release(sentences(120))
    one_batch = sum(len(s) for s in sentences(50))

    def colleague_spends_meanwhile(estimate: CostEstimate) -> CostChoice:
        assert estimate.within_quota
        mt_world.fake.character_limit = one_batch + 10
        return CostChoice.SEND

    report = mt_world.pretranslate().run(release_id, ANA, approve_cost=colleague_spends_meanwhile)
    assert report.failure is ErrorCode.MT_QUOTA_EXCEEDED
    assert (report.from_mt, report.requests) == (50, 1)
    counts = [s.status for s in mt_world.workspace.releases.segments(release_id)]
    assert counts.count(SegmentStatus.DRAFT) == 50 and counts.count(SegmentStatus.NEW) == 70

    mt_world.fake.character_limit = 10**9
    resumed = mt_world.pretranslate().run(release_id, ANA)
    assert (resumed.from_cache, resumed.from_mt, resumed.requests) == (50, 70, 2)


def test_a_short_quota_refuses_before_sending_anything(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(120))
    first_fifty = sum(len(s) for s in sentences(50))
    mt_world.fake.character_limit = first_fifty + 10
    report = mt_world.pretranslate().run(release_id, ANA)
    assert report.failure is ErrorCode.MT_QUOTA_SHORT
    assert report.failure_details == {
        "needed": sum(len(s) for s in sentences(120)),
        "left": first_fifty + 10,
        "fits": 50,
        "segments": 120,
    }
    assert mt_world.fake.translate_calls == [] and mt_world.fake.character_count == 0
    assert {s.status for s in mt_world.workspace.releases.segments(release_id)} == {SegmentStatus.NEW}


def test_up_to_quota_translates_what_fits_in_document_order(mt_world: MtWorld) -> None:
    texts = sentences(120)
    texts[73] = "Une longue phrase du milieu du communiqué, " * 5  # 215 characters
    release_id, _ = mt_world.add_release(texts)
    fits = sum(len(s) for s in texts[:73])
    mt_world.fake.character_limit = fits + 100  # the 74th does not fit; the 75th would, but order comes first
    seen: list[CostEstimate] = []

    def up_to_quota(estimate: CostEstimate) -> CostChoice:
        seen.append(estimate)
        return CostChoice.UP_TO_QUOTA

    report = mt_world.pretranslate().run(release_id, ANA, approve_cost=up_to_quota)
    assert (seen[0].fitting_segments, seen[0].fitting_characters) == (73, fits)
    assert report.failure is None and (report.from_mt, report.over_quota, report.requests) == (73, 47, 2)
    assert mt_world.fake.character_count == fits
    statuses = [s.status for s in mt_world.workspace.releases.segments(release_id)]
    assert statuses == [SegmentStatus.DRAFT] * 73 + [SegmentStatus.NEW] * 47


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        (403, ErrorCode.MT_BAD_KEY),
        ("drop", ErrorCode.MT_UNAVAILABLE),
        (500, ErrorCode.MT_SERVER_ERROR),
    ],
)
def test_a_failure_on_the_second_batch_keeps_the_first(
    mt_world: MtWorld, failure: int | str, code: ErrorCode
) -> None:
    release_id, _ = mt_world.add_release(sentences(70))
    mt_world.fake.translate_hook = None
    service = mt_world.pretranslate()

    def fail_after_first(done: int, total: int) -> None:
        if done == 50:
            mt_world.fake.fail("/v2/translate", *[failure] * 5)

    report = service.run(release_id, ANA, progress=fail_after_first)
    assert report.failure is code
    assert report.from_mt == 50
    drafts = [s for s in mt_world.workspace.releases.segments(release_id) if s.status is SegmentStatus.DRAFT]
    assert len(drafts) == 50


def test_429_then_ok_finishes_the_run(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(3))
    mt_world.fake.fail("/v2/translate", 429)
    report = mt_world.pretranslate().run(release_id, ANA)
    assert report.failure is None and report.from_mt == 3 and mt_world.sleeps == [0.5]


def test_cancel_between_batches_keeps_what_was_done(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(120))
    done_so_far: list[int] = []
    report = mt_world.pretranslate().run(
        release_id,
        ANA,
        progress=lambda done, total: done_so_far.append(done),
        cancelled=lambda: bool(done_so_far) and done_so_far[-1] >= 50,
    )
    assert report.cancelled and report.from_mt == 50 and len(mt_world.fake.translate_calls) == 1


def test_the_cost_is_shown_before_anything_is_sent_and_can_be_declined(mt_world: MtWorld) -> None:
    release_id, _ = mt_world.add_release(sentences(10))
    mt_world.fake.character_count = 400
    shown: list[CostEstimate] = []

    def decline(estimate: CostEstimate) -> CostChoice:
        shown.append(estimate)
        return CostChoice.DECLINE

    report = mt_world.pretranslate().run(release_id, ANA, approve_cost=decline)
    (estimate,) = shown
    assert estimate.characters == sum(len(s) for s in sentences(10))
    assert (estimate.segments, estimate.requests, estimate.usage.count) == (10, 1, 400)
    assert estimate.words == 10 * 7  # "La Fondation publie sa phrase numéro 3."
    assert report.cancelled and mt_world.fake.translate_calls == []


def test_the_estimate_counts_words_as_the_review_report_does(mt_world: MtWorld, tmp_path: Path) -> None:
    sources = ["« Nous restons », dit-elle – à Genève/Séoul.", "L'OIM et la <g1>KOICA</g1> : 4,6 millions."]
    release_id, _ = mt_world.add_release(sources)
    shown: list[CostEstimate] = []

    def decline(estimate: CostEstimate) -> CostChoice:
        shown.append(estimate)
        return CostChoice.DECLINE

    mt_world.pretranslate().run(release_id, ANA, approve_cost=decline)
    path = tmp_path / "report.csv"
    mt_world.workspace.exporting.export(release_id, REPORT_FORMAT, path)
    with path.open(encoding="utf-8") as handle:
        words = next(int(row[2]) for row in csv.reader(handle) if row[:2] == ["summary", "source words"])
    assert shown[0].words == words == 13


def test_an_edit_made_during_the_run_wins(mt_world: MtWorld) -> None:
    release_id, segments = mt_world.add_release(sentences(60))
    target = segments[55]
    assert target.id is not None

    def type_meanwhile(done: int, total: int) -> None:
        if done == 50:
            mt_world.workspace.editing.edit(target.id or 0, "Typed by hand", ANA)

    report = mt_world.pretranslate().run(release_id, ANA, progress=type_meanwhile)
    assert report.skipped == 1 and report.from_mt == 59
    assert mt_world.workspace.releases.segment(target.id).target == "Typed by hand"


def test_a_memory_draft_is_not_replaced_by_mt_but_an_mt_draft_by_an_exact_match(mt_world: MtWorld) -> None:
    release_id, segments = mt_world.add_release(sentences(3))
    assert segments[0].id is not None
    fuzzy = Origin(OriginKind.TM, score=87)
    mt_world.workspace.editing.edit(segments[0].id, "A fuzzy match", ANA, origin=fuzzy)
    report = mt_world.pretranslate().run(release_id, ANA)
    assert (report.from_mt, report.skipped) == (2, 1)
    memory = Memory({sentences(3)[1]: "Exact from the memory"})
    again = mt_world.pretranslate(memory).run(release_id, ANA)
    after = mt_world.workspace.releases.segments(release_id)
    assert [s.origin.code() for s in after] == ["tm:87", "tm:100", "mt:deepl"]
    assert (again.from_tm, again.from_cache, again.requests) == (1, 1, 0)
