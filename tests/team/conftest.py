"""Two people and an admin on a real PostgreSQL team server; raw connections as each login (psycopg, not the
app) for attacking the rules as a hostile client would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy.engine import make_url
from tests.factories import add_release
from tests.pg_server import PostgresServer

from translator_app.app import open_workspace
from translator_app.domain.models import Segment
from translator_app.services.workspace import Workspace

RawConnect = Callable[[str], psycopg.Connection[tuple[object, ...]]]


@pytest.fixture
def team_url(postgres_url: str) -> str:
    return postgres_url


@pytest.fixture
def raw(postgres_server: PostgresServer, team_url: str) -> Iterator[RawConnect]:
    """``raw("ana")``: a plain psycopg connection as that login (password from ``.pgpass``), autocommit."""
    opened: list[psycopg.Connection[tuple[object, ...]]] = []
    database = make_url(team_url).database or ""

    def connect(login: str) -> psycopg.Connection[tuple[object, ...]]:
        connection = psycopg.connect(postgres_server.conninfo(database, login), autocommit=True)
        opened.append(connection)
        return connection

    yield connect
    for connection in opened:
        connection.close()


@contextmanager
def signed_in(url: str, login: str) -> Iterator[Workspace]:
    workspace = open_workspace(url, login, None)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def ana(team_url: str) -> Iterator[Workspace]:
    with signed_in(team_url, "ana") as workspace:
        yield workspace


@pytest.fixture
def rui(team_url: str) -> Iterator[Workspace]:
    with signed_in(team_url, "rui") as workspace:
        yield workspace


@pytest.fixture
def segments(ana: Workspace) -> list[Segment]:
    """The five-segment Horizon Bleu release, imported by ana (segment 0, the menu line, not to translate)."""
    return add_release(ana)[1]


def sid(segment: Segment) -> int:
    assert segment.id is not None
    return segment.id
