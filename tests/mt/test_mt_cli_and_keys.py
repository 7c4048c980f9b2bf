"""``translate``, ``usage`` and ``glossary sync`` from the command line; where the key comes from."""

from __future__ import annotations

import json
import logging

import keyring
import pytest
from tests.mt.fake_deepl import TEST_KEY, FakeDeepL

from translator_app.cli import main
from translator_app.mt.keys import KEYRING_SERVICE, KEYRING_USERNAME, KeyNote, KeySource, find_key


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_translate_fills_drafts_with_progress_on_stderr(
    deepl_env: FakeDeepL, db_url: str, release_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 0, err
    assert "translate: 0/4" in err and "translate: 4/4" in err
    assert "about" in err and "characters used this period" in err
    assert "4 of 4 segment(s) filled" in out and "DeepL 4" in out
    code, out, _ = run(capsys, "--db", db_url, "segments", str(release_id), "--json")
    rows = json.loads(out)
    assert [(r["status"], r["origin"]) for r in rows if r["translatable"]] == [("draft", "mt:deepl")] * 4
    assert [r["status"] for r in rows if not r["translatable"]] == ["new"]

    requests = len(deepl_env.requests)
    code, out, _ = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 0 and "cache 4" in out and "0 request(s)" in out
    assert len(deepl_env.requests) == requests


def test_translate_with_memory_only_sends_nothing(
    deepl_env: FakeDeepL, db_url: str, release_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", db_url, "translate", str(release_id), "--no-mt")
    assert code == 0 and "0 of 4" in out and deepl_env.requests == []


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (456, "quota of this billing period is used up"),
        (403, "DeepL refused the key (403)"),
        ("drop", "cannot reach DeepL"),
    ],
)
def test_a_failure_is_one_clear_line_and_exit_1(
    deepl_env: FakeDeepL,
    db_url: str,
    release_id: int,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    failure: int | str,
    words: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    deepl_env.fail("/v2/translate", failure)
    code, out, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 1
    (line,) = [x for x in err.splitlines() if x.startswith("translator-app:")]
    assert words in line and "0 of 4 segment(s) filled before it are kept" in line
    if failure == 456:
        assert "characters used this period" in line
    assert "Traceback" not in err
    assert TEST_KEY not in out + err + caplog.text


def test_no_key_says_where_to_put_one(
    fake_deepl: FakeDeepL,
    db_url: str,
    release_id: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DEEPL_SERVER_URL", fake_deepl.url)
    code, _, err = run(capsys, "--db", db_url, "translate", str(release_id))
    assert code == 1
    assert "no DeepL key" in err and "DEEPL_AUTH_KEY" in err and "no keyring" in err
    assert fake_deepl.requests == []


def test_usage_and_glossary_sync(
    deepl_env: FakeDeepL, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    deepl_env.character_count = 12_345
    code, out, _ = run(capsys, "--db", db_url, "usage")
    assert code == 0
    assert "12 345 of 1 000 000 characters used this period (987 655 left)" in out
    assert "key: from environment" in out and TEST_KEY not in out
    code, out, _ = run(capsys, "--db", db_url, "glossary", "sync")
    assert (code, out.strip()) == (0, "no glossary to sync")


def test_usage_with_a_wrong_key(
    deepl_env: FakeDeepL, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEEPL_AUTH_KEY", "some-other-wrong-key")
    code, out, err = run(capsys, "--db", db_url, "usage")
    assert code == 1 and "refused the key" in err and "some-other-wrong-key" not in out + err


def test_without_a_keyring_the_variable_is_used_and_a_note_says_why() -> None:
    lookup = find_key({"DEEPL_AUTH_KEY": " from-the-variable "})
    assert lookup.source is KeySource.ENVIRONMENT and KeyNote.NO_KEYRING_BACKEND in lookup.notes
    assert lookup.key is not None and lookup.key.reveal() == "from-the-variable"
    assert find_key({}).source is KeySource.NONE


def test_the_keyring_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = {(KEYRING_SERVICE, KEYRING_USERNAME): "from-the-keyring"}
    monkeypatch.setattr(keyring, "get_password", lambda service, user: stored.get((service, user)))
    lookup = find_key({"DEEPL_AUTH_KEY": "from-the-variable"})
    assert lookup.source is KeySource.KEYRING and lookup.notes == ()
    assert lookup.key is not None and lookup.key.reveal() == "from-the-keyring"
    assert "from-the-keyring" not in repr(lookup)
