"""Glossary sync (recreated on change, never patched), the glossary in requests, and on-demand suggestions."""

from __future__ import annotations

from tests.mt.conftest import MtWorld

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import Role
from translator_app.mt.glossary_sync import SyncOutcome
from translator_app.services.actor import Actor

ANA = Actor("ana", Role.TRANSLATOR)


def test_the_glossary_is_created_sent_and_recreated_only_when_its_version_changes(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", [("OIM", "IOM"), ("Fondation", "Foundation")], version=1)
    release_id, _ = mt_world.add_release(["L'OIM salue la Fondation."])
    report = mt_world.pretranslate().run(release_id, ANA)
    assert report.glossary is not None and report.glossary.outcome is SyncOutcome.CREATED
    (glossary,) = mt_world.fake.glossaries.values()
    assert glossary.entries == {"OIM": "IOM", "Fondation": "Foundation"}
    assert mt_world.fake.translate_calls[0].body["glossary_id"] == glossary.glossary_id
    target = mt_world.workspace.releases.segments(release_id)[0].target
    assert target == "[EN-GB] L'IOM salue la Foundation."

    account = mt_world.account()
    calls = len(mt_world.fake.requests)
    result = account.sync_glossaries()
    assert [s.outcome for s in result.states] == [SyncOutcome.UP_TO_DATE]
    (asked,) = mt_world.fake.requests[calls:]  # only whether DeepL still has it
    assert (asked.method, asked.path) == ("GET", f"/v3/glossaries/{glossary.glossary_id}")
    calls = len(mt_world.fake.requests)

    mt_world.add_terms("fr", "en", [("communiqué", "press release")], version=2)
    result = account.sync_glossaries()
    assert [(s.outcome, s.entries, s.version) for s in result.states] == [(SyncOutcome.CREATED, 3, 2)]
    (recreated,) = mt_world.fake.glossaries.values()
    assert recreated.glossary_id != glossary.glossary_id
    assert [c.method for c in mt_world.fake.requests[calls:] if c.path.startswith("/v3/glossaries")] == [
        "POST",
        "DELETE",
    ]
    assert not any(c.method == "PATCH" for c in mt_world.fake.requests)


def test_a_glossary_change_retranslates_only_the_sentences_with_a_changed_term(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", [("OIM", "IOM"), ("Fondation", "Foundation")], version=1)
    sources = ["L'OIM agit.", "La Fondation agit.", "Le Fonds agit.", "Rien à voir."]
    first, _ = mt_world.add_release(sources)
    assert mt_world.pretranslate().run(first, ANA).from_mt == 4

    mt_world.add_terms("fr", "en", [("Fonds", "Fund")], version=2)  # added: only "Le Fonds agit." changes
    again, _ = mt_world.add_release(sources)
    report = mt_world.pretranslate().run(again, ANA)
    assert (report.from_cache, report.from_mt) == (3, 1)
    assert mt_world.fake.translate_calls[-1].body["text"] == ["Le Fonds agit."]

    with mt_world.engine.begin() as connection:  # corrected and removed: the OIM and Fondation sentences
        connection.exec_driver_sql("UPDATE terms SET target_term = 'UN Migration' WHERE source_term = 'OIM'")
        connection.exec_driver_sql("DELETE FROM terms WHERE source_term = 'Fondation'")
    mt_world.set_glossary_version("fr", "en", 3)
    third, _ = mt_world.add_release(sources)
    report = mt_world.pretranslate().run(third, ANA)
    assert (report.from_cache, report.from_mt) == (2, 2)
    assert mt_world.fake.translate_calls[-1].body["text"] == ["L'OIM agit.", "La Fondation agit."]
    targets = [s.target for s in mt_world.workspace.releases.segments(third)]
    assert targets[:2] == ["[EN-GB] L'UN Migration agit.", "[EN-GB] La Fondation agit."]

    mt_world.set_glossary_version("fr", "en", 4)  # a change that touches no term of these sentences
    fourth, _ = mt_world.add_release(sources)
    calls = len(mt_world.fake.translate_calls)
    assert mt_world.pretranslate().run(fourth, ANA).from_cache == 4
    assert len(mt_world.fake.translate_calls) == calls


def test_a_pair_deepl_has_no_glossary_for_is_skipped_with_a_note(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "et", [("OIM", "ROM")], version=1)
    release_id, _ = mt_world.add_release(["L'OIM agit."], target_lang="et")
    report = mt_world.pretranslate().run(release_id, ANA)
    assert report.glossary is not None and report.glossary.outcome is SyncOutcome.UNSUPPORTED
    assert report.from_mt == 1 and "glossary_id" not in mt_world.fake.translate_calls[0].body
    assert mt_world.fake.glossaries == {}
    assert [s.outcome for s in mt_world.account().sync_glossaries().states] == [SyncOutcome.UP_TO_DATE]


def test_emptied_glossary_is_deleted_remotely(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", [("OIM", "IOM")], version=1)
    account = mt_world.account()
    account.sync_glossaries()
    with mt_world.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM terms")
    mt_world.set_glossary_version("fr", "en", 2)
    assert [s.outcome for s in account.sync_glossaries().states] == [SyncOutcome.EMPTY]
    assert mt_world.fake.glossaries == {}


def test_formality_is_kept_per_release_and_sent_where_supported(mt_world: MtWorld) -> None:
    german, _ = mt_world.add_release(["Merci de votre visite."], target_lang="de")
    english, _ = mt_world.add_release(["Merci de votre visite."], target_lang="en")
    account = mt_world.account()
    account.set_formality(german, "more")
    account.set_formality(english, "less")
    assert account.formality(german) == "more"
    mt_world.pretranslate().run(german, ANA)
    mt_world.pretranslate().run(english, ANA)
    to_german, to_english = mt_world.fake.translate_calls
    assert to_german.body["formality"] == "more"
    assert "formality" not in to_english.body
    assert len(mt_world.fake.calls("/v2/languages")) == 1


def test_a_suggestion_is_fetched_once_then_served_from_the_cache(mt_world: MtWorld) -> None:
    release_id, segments = mt_world.add_release(
        ["Première phrase.", "Deuxième <g1>phrase</g1>.", "Troisième."]
    )
    ids = [s.id for s in segments if s.id is not None]
    suggestions = mt_world.suggestions()
    results = suggestions.suggest(ids[1:])
    assert [r.segment_id for r in results] == ids[1:]
    assert results[0].suggestions[0].target == "[EN-GB] Deuxième <g1>phrase</g1>."
    assert results[0].suggestions[0].origin.code() == "mt:deepl"
    assert not results[0].suggestions[0].cached and results[0].suggestions[0].tag_problems == ()
    (call,) = mt_world.fake.translate_calls
    assert call.body["context"].endswith("Première phrase.")
    again = suggestions.suggest([ids[1]])
    assert again[0].suggestions[0].cached and len(mt_world.fake.translate_calls) == 1
    assert mt_world.workspace.releases.segments(release_id)[1].target == ""
    report = mt_world.pretranslate().run(release_id, ANA)
    assert (report.from_cache, report.from_mt) == (2, 1)


def test_a_suggestion_failure_is_a_code_and_editing_goes_on(mt_world: MtWorld) -> None:
    _, segments = mt_world.add_release(["Une phrase.", "Une autre."])
    ids = [s.id for s in segments if s.id is not None]
    mt_world.suggestions().suggest([ids[0]])
    mt_world.fake.fail("/v2/translate", "drop")
    results = mt_world.suggestions().suggest(ids)
    assert results[0].suggestions and results[0].suggestions[0].cached
    assert results[1].unavailable and results[1].failure is ErrorCode.MT_UNAVAILABLE
    saved = mt_world.workspace.editing.edit(ids[1], "Typed anyway", ANA).segment
    assert saved.target == "Typed anyway"
