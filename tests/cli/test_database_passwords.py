"""A database password never lands in settings.json and is never shown in a URL."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.errors import NoKeyringError

from translator_app.cli import main
from translator_app.credentials import KEYRING_SERVICE, mask, split_password
from translator_app.settings import Settings


class MemoryKeyring:
    """Stands in for the OS keyring (patched into the ``keyring`` module's functions, not registered as a
    backend: a registered class would become every later test's keyring)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", backend.get_password)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    return backend


def test_a_typed_password_goes_to_the_keyring_never_to_the_settings_file(
    fresh_settings: Path, memory_keyring: MemoryKeyring
) -> None:
    settings = Settings(database_url="postgresql://ana:s3cr%40t@db.example:5433/translations")
    settings.save()
    text = (fresh_settings / "settings.json").read_text(encoding="utf-8")
    assert "s3cr" not in text
    assert json.loads(text)["database_url"] == "postgresql://ana@db.example:5433/translations"
    assert memory_keyring.entries == {(KEYRING_SERVICE, "ana@db.example:5433/translations"): "s3cr@t"}
    assert Settings.load().database_url == "postgresql://ana@db.example:5433/translations"


def test_a_settings_file_of_an_older_version_loses_its_password_on_first_read(
    fresh_settings: Path, memory_keyring: MemoryKeyring
) -> None:
    (fresh_settings / "settings.json").write_text(
        json.dumps({"database_url": "postgresql://ana:old-secret@db.example/translations"}), encoding="utf-8"
    )
    assert Settings.load().database_url == "postgresql://ana@db.example/translations"
    assert "old-secret" not in (fresh_settings / "settings.json").read_text(encoding="utf-8")
    assert memory_keyring.entries[(KEYRING_SERVICE, "ana@db.example:5432/translations")] == "old-secret"


def test_without_a_keyring_the_password_is_dropped_not_written(
    fresh_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_keyring(*_: str) -> None:
        raise NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "set_password", no_keyring)
    Settings(database_url="postgresql://ana:secret@db.example/translations").save()
    assert "secret" not in (fresh_settings / "settings.json").read_text(encoding="utf-8")


def test_passwords_are_masked_in_every_line_the_command_line_prints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for url in ("postgresql://ana:hunter2@127.0.0.1:1/nowhere", "nonsense://ana:hunter2@host/x"):
        assert main(["--db", url, "releases"]) == 1
        err = capsys.readouterr().err
        assert "hunter2" not in err and "***" in err and err.count("\n") == 1
    assert main(["--db", "postgresql://ana:hunter2@[broken/x", "releases"]) == 1
    assert "hunter2" not in capsys.readouterr().err
    assert mask("postgresql+psycopg://ana:p%40ss@host/db") == "postgresql+psycopg://ana:***@host/db"
    assert split_password("postgresql://ana@host/db") == ("postgresql://ana@host/db", None)
