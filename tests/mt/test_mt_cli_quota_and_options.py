"""The command line with DeepL: a short quota refused with its numbers, ``--up-to-quota``, a slow DeepL told
apart from an unreachable one, formality that does not apply, ``--model``, ``--no-context``, and
``glossary sync`` rebuilding a glossary deleted at DeepL."""

from __future__ import annotations

import json

import pytest
from tests.factories import PRESS_RELEASE_FR
from tests.mt.conftest import MtWorld, stored_release
from tests.mt.fake_deepl import FakeDeepL
from tests.mt.test_mt_cli_and_keys import run

TRANSLATABLE = [text for text, translatable, _ in PRESS_RELEASE_FR if translatable]


def statuses(capsys: pytest.CaptureFixture[str], db_url: str, release: int) -> list[str]:
    _, out, _ = run(capsys, "--db", db_url, "segments", str(release), "--json")
    return [row["status"] for row in json.loads(out) if row["translatable"]]


def test_a_short_quota_is_refused_with_the_numbers_then_up_to_quota_translates_what_fits(
    deepl_env: FakeDeepL, db_url: str, release_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    first_two = len(TRANSLATABLE[0]) + len(TRANSLATABLE[1])
    deepl_env.character_limit = first_two + 5
    code, _, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 1
    (line,) = [x for x in err.splitlines() if x.startswith("translator-app:")]
    needed = sum(len(t) for t in TRANSLATABLE)
    assert f"needs about {needed} characters" in line and f"has {first_two + 5} left" in line
    assert "nothing was sent" in line and "--up-to-quota" in line and "the first 2 of 4 segment(s)" in line
    assert deepl_env.translate_calls == [] and deepl_env.character_count == 0

    code, out, err = run(capsys, "--db", db_url, "translate", str(release_id), "--up-to-quota")
    assert code == 0, err
    assert "translating the first 2 of 4 segment(s)" in err
    assert "2 segment(s) left untranslated: they did not fit in the quota" in err
    assert "DeepL 2" in out and deepl_env.character_count == first_two
    assert statuses(capsys, db_url, release_id) == ["draft", "draft", "new", "new"]


@pytest.mark.slow
def test_a_deepl_that_does_not_answer_is_told_apart_from_one_that_cannot_be_reached(
    deepl_env: FakeDeepL,
    db_url: str,
    release_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEEPL_TIMEOUT", "0.2")
    deepl_env.delay("/v2/translate", 1.0, times=4)  # every attempt (1 + 3 retries) is too slow
    code, _, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 1
    (line,) = [x for x in err.splitlines() if x.startswith("translator-app:")]
    assert "DeepL did not answer in 0.2 s, still after 4 attempts" in line and "cannot reach" not in line
    assert len(deepl_env.translate_calls) == 4

    deepl_env.delay("/v2/translate", 1.0)  # one slow answer: retried, and the run goes through
    code, out, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 0, err
    assert "DeepL 4" in out


def test_a_formality_the_target_lacks_is_told_and_costs_nothing_more(
    deepl_env: FakeDeepL, db_url: str, release_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 0 and "formality" not in err
    billed = deepl_env.character_count
    copy = stored_release(db_url, "The same page, imported again")
    code, out, err = run(capsys, "--db", db_url, "translate", str(copy), "--formality", "more")
    assert code == 0, err
    assert "formality 'more' does not apply to EN-GB" in err
    assert "cache 4" in out and deepl_env.character_count == billed
    assert all("formality" not in call.body for call in deepl_env.translate_calls)


def test_model_and_no_context_reach_deepl(
    deepl_env: FakeDeepL, db_url: str, release_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", db_url, "translate", str(release_id), "--model", "latency", "--no-context"
    )
    assert code == 0, err
    (call,) = deepl_env.translate_calls
    assert call.body["model_type"] == "latency_optimized" and "context" not in call.body


def test_glossary_sync_rebuilds_a_glossary_deleted_at_deepl(
    deepl_env: FakeDeepL, mt_world: MtWorld, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mt_world.add_terms("fr", "en", [("OIM", "IOM")], version=1)
    code, out, _ = run(capsys, "--db", db_url, "glossary", "sync")
    assert (code, out.strip()) == (0, "fr>en (version 1): recreated at DeepL (1 term(s))")
    code, out, _ = run(capsys, "--db", db_url, "glossary", "sync")
    assert (code, out.strip()) == (0, "fr>en (version 1): up to date")
    deepl_env.glossaries.clear()
    code, out, _ = run(capsys, "--db", db_url, "glossary", "sync")
    assert code == 0
    assert out.strip().startswith("fr>en (version 1): recreated at DeepL (the glossary there was gone)")
    assert len(deepl_env.glossaries) == 1
