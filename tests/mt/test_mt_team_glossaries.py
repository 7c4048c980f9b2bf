"""Remote glossaries on a shared workspace: one copy per DeepL account, rebuilt when DeepL lost it.

Two keys (two accounts at the fake server) work on one workspace, as two colleagues on the team database
would; each must keep translating with its own copy of the glossary, whatever the other does.
"""

from __future__ import annotations

from tests.mt.conftest import MtWorld, deepl_provider
from tests.mt.fake_deepl import OTHER_KEY

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import Role
from translator_app.mt.deepl_provider import DeepLProvider
from translator_app.mt.glossary_sync import SyncOutcome
from translator_app.mt.keys import ApiKey, KeyResolver
from translator_app.services.actor import Actor
from translator_app.services.mt_account import MtAccountService
from translator_app.services.pretranslate import PretranslateService
from translator_app.services.suggestions import MtSuggestions

ANA = Actor("ana", Role.TRANSLATOR)
RUI = Actor("rui", Role.TRANSLATOR)
TERMS = [("OIM", "IOM"), ("Fondation", "Foundation")]


def colleague(world: MtWorld) -> DeepLProvider:
    world.fake.add_account(OTHER_KEY)
    return deepl_provider(world.fake, OTHER_KEY, sleeps=world.sleeps)


def translate(world: MtWorld, provider: DeepLProvider, actor: Actor, sources: list[str]) -> list[str]:
    release_id, _ = world.add_release(sources)
    report = PretranslateService(world.uow, provider, provider).run(release_id, actor)
    assert report.failure is None, report.failure_details
    return [s.target for s in world.workspace.releases.segments(release_id)]


def test_two_keys_on_one_workspace_each_keep_their_own_glossary(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", TERMS, version=1)
    rui = colleague(mt_world)
    assert translate(mt_world, mt_world.provider, ANA, ["L'OIM agit."]) == ["[EN-GB] L'IOM agit."]
    assert translate(mt_world, rui, RUI, ["La Fondation agit."]) == ["[EN-GB] La Foundation agit."]
    mine, theirs = mt_world.fake.main, mt_world.fake.accounts[OTHER_KEY]
    assert len(mine.glossaries) == len(theirs.glossaries) == 1

    mt_world.add_terms("fr", "en", [("communiqué", "press release")], version=2)  # Ana's copy gets rebuilt
    assert translate(mt_world, mt_world.provider, ANA, ["Le communiqué de l'OIM."]) == [
        "[EN-GB] Le press release de l'IOM."
    ]
    assert translate(mt_world, rui, RUI, ["Un communiqué de la Fondation."]) == [
        "[EN-GB] Un press release de la Foundation."
    ]
    assert translate(mt_world, mt_world.provider, ANA, ["Encore l'OIM."]) == ["[EN-GB] Encore l'IOM."]
    assert {c.status for c in mt_world.fake.translate_calls} == {200}  # no id ever refused
    assert len(mine.glossaries) == len(theirs.glossaries) == 1
    with mt_world.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT account, server, version FROM mt_remote_glossaries ORDER BY account"
        ).fetchall()
    accounts = [p.account() for p in (mt_world.provider, rui)]
    expected = sorted((a.fingerprint, a.server, 2) for a in accounts if a is not None)
    assert [(r[0], r[1], r[2]) for r in rows] == expected
    assert all(key not in repr(rows) for key in (OTHER_KEY, mt_world.fake.key))
    rui.close()


def test_a_glossary_deleted_at_deepl_is_rebuilt_once_and_the_batch_sent_again(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", TERMS, version=1)
    translate(mt_world, mt_world.provider, ANA, ["Premier texte."])
    mt_world.fake.glossaries.clear()  # someone deleted it in DeepL's web interface
    release_id, _ = mt_world.add_release(["L'OIM agit.", "La Fondation agit."])
    report = mt_world.pretranslate().run(release_id, ANA)
    assert report.failure is None and report.from_mt == 2
    assert report.glossary is not None and report.glossary.outcome is SyncOutcome.RESTORED
    (rebuilt,) = mt_world.fake.glossaries
    first, second = mt_world.fake.translate_calls[-2:]
    assert first.body["text"] == second.body["text"] and second.body["glossary_id"] == rebuilt
    assert [s.target for s in mt_world.workspace.releases.segments(release_id)] == [
        "[EN-GB] L'IOM agit.",
        "[EN-GB] La Foundation agit.",
    ]


def test_a_glossary_lost_again_stops_the_run_with_a_clear_code(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", TERMS, version=1)
    translate(mt_world, mt_world.provider, ANA, ["Premier texte."])
    mt_world.fake.glossaries.clear()
    mt_world.fake.glossary_not_found_status = 404
    mt_world.fake.keep_glossaries = False  # the rebuilt copy is lost too
    release_id, _ = mt_world.add_release(["L'OIM agit."])
    report = mt_world.pretranslate().run(release_id, ANA)
    assert report.failure is ErrorCode.MT_GLOSSARY_NOT_FOUND
    assert report.failure_details["pair"] == "fr>en"
    assert len(mt_world.fake.translate_calls) == 3  # the first text, then one try and one retry


def test_glossary_sync_notices_a_copy_deleted_at_deepl(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", TERMS, version=1)
    account = mt_world.account()
    (created,) = account.sync_glossaries().states
    mt_world.fake.glossaries.clear()
    (state,) = account.sync_glossaries().states
    assert state.outcome is SyncOutcome.RESTORED and state.glossary_id != created.glossary_id
    assert list(mt_world.fake.glossaries) == [state.glossary_id]
    assert [s.outcome for s in account.sync_glossaries().states] == [SyncOutcome.UP_TO_DATE]


def test_a_suggestion_rebuilds_a_lost_glossary_too(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", TERMS, version=1)
    translate(mt_world, mt_world.provider, ANA, ["Premier texte."])
    mt_world.fake.glossaries.clear()
    _, segments = mt_world.add_release(["L'OIM agit."])
    suggestions = MtSuggestions(mt_world.uow, mt_world.provider, mt_world.provider)
    (result,) = suggestions.suggest([segments[0].id or 0])
    assert not result.unavailable
    assert result.suggestions[0].target == "[EN-GB] L'IOM agit."


def test_a_copy_remembered_before_accounts_is_claimed_by_the_account_that_has_it(mt_world: MtWorld) -> None:
    mt_world.add_terms("fr", "en", TERMS, version=1)
    old_id = mt_world.provider.create_glossary("old", "fr", "en", dict(TERMS))
    with mt_world.engine.begin() as connection:  # as the upgrade leaves an id stored per workspace only
        connection.exec_driver_sql(
            "INSERT INTO mt_remote_glossaries (provider, account, server, source_lang, target_lang, "
            f"remote_id, version) VALUES ('deepl', '', '', 'fr', 'en', '{old_id}', 1)"
        )
    rui = colleague(mt_world)
    rui_sync = MtAccountService(mt_world.uow, rui, rui, KeyResolver.fixed(ApiKey(OTHER_KEY)))
    (theirs,) = rui_sync.sync_glossaries().states  # not Rui's: he gets his own
    assert theirs.outcome is SyncOutcome.CREATED and theirs.glossary_id != old_id
    (mine,) = mt_world.account().sync_glossaries().states  # Ana's key has it: taken over, nothing made
    assert mine.outcome is SyncOutcome.UP_TO_DATE and mine.glossary_id == old_id
    assert list(mt_world.fake.glossaries) == [old_id]
    rui.close()
