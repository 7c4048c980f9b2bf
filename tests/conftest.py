"""Fixtures shared by all tests: fresh settings, a fresh SQLite file, and a throwaway PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.pg_server import PostgresServer, start_server
from tests.pg_team import drop_database, new_database, set_up_team

IN_CI = os.environ.get("CI", "").lower() == "true"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings folder and no database from the environment."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("TRANSLATOR_APP_CONFIG_DIR", str(folder))
    monkeypatch.delenv("TRANSLATOR_APP_DB", raising=False)
    monkeypatch.delenv("DEEPL_AUTH_KEY", raising=False)
    return folder


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = start_server()
    except (FileNotFoundError, RuntimeError) as error:
        if IN_CI:
            pytest.fail(f"CI needs the PostgreSQL server: {error}")
        pytest.skip(f"PostgreSQL tests skipped: {error}")
    saved = {name: os.environ.get(name) for name in ("PGPASSFILE", "PGUSER")}
    try:
        set_up_team(server)
        yield server
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new team database (set up as ``admin init`` does, with the logins ana, mika, rui and ada), dropped
    after the test. The URL names no login: ``open_workspace(url, "ana", …)`` signs in as ana with her
    password from the harness's ``.pgpass``; a raw engine on it signs in as the owner (``PGUSER``)."""
    with fresh_database(postgres_server) as url:
        yield url


@pytest.fixture
def postgres_empty_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new, empty database owned by the team's owner (who runs migrations and ``admin init``)."""
    with fresh_database(postgres_server, set_up=False) as url:
        yield url


@contextmanager
def fresh_database(postgres_server: PostgresServer, *, set_up: bool = True) -> Iterator[str]:
    """The URL (naming no login) of a new team database, or of an empty one, dropped on leaving."""
    name = new_database(postgres_server, set_up=set_up)
    try:
        yield postgres_server.url(name, login=None)
    finally:
        drop_database(postgres_server, name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'workspace.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each persistence test runs on a real SQLite file and on a real PostgreSQL team server."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """A database with no schema yet (migration tests): a new SQLite file, or an empty PostgreSQL database
    that its owner migrates."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_empty_url"))


def seed_folder() -> Path:
    """The real scraped release; absent in a clone elsewhere (skip), never absent in CI (fail)."""
    if not SEEDS.is_dir():
        if IN_CI:
            pytest.fail(f"CI needs the real seed folder at {SEEDS}")
        pytest.skip(f"the real seed folder {SEEDS} is absent in this clone")
    return SEEDS
