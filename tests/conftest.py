"""Fixtures shared by all tests: fresh settings, a fresh SQLite file, and a throwaway PostgreSQL server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.pg_server import PostgresServer, start_server

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
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new, empty database on the throwaway server, dropped after the test."""
    with fresh_database(postgres_server) as url:
        yield url


@contextmanager
def fresh_database(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the throwaway server, dropped on leaving."""
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_server.superuser_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield postgres_server.url(name)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'workspace.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each persistence test runs on a real SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


def seed_folder() -> Path:
    """The real scraped release; absent in a clone elsewhere (skip), never absent in CI (fail)."""
    if not SEEDS.is_dir():
        if IN_CI:
            pytest.fail(f"CI needs the real seed folder at {SEEDS}")
        pytest.skip(f"the real seed folder {SEEDS} is absent in this clone")
    return SEEDS
