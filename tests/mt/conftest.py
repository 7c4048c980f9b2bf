"""Fixtures for machine translation: the fake DeepL server, and a workspace whose services talk to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, text
from tests.factories import add_release
from tests.mt.fake_deepl import TEST_KEY, FakeDeepL

from translator_app.app import open_workspace
from translator_app.domain.models import Block, Release, Role, Segment, SegmentKind
from translator_app.mt.base import MtOptions
from translator_app.mt.deepl_provider import DeepLProvider, DeepLSettings
from translator_app.mt.keys import ApiKey, KeyResolver
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.team_urls import is_postgresql, with_login
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.mt_account import MtAccountService
from translator_app.services.mt_setup import ExactMatches
from translator_app.services.pretranslate import PretranslateService
from translator_app.services.suggestions import MtSuggestions
from translator_app.services.workspace import Workspace


def deepl_provider(
    fake: FakeDeepL,
    key: str = TEST_KEY,
    *,
    sleeps: list[float] | None = None,
    options: MtOptions | None = None,
    **settings: Any,
) -> DeepLProvider:
    """A provider on the fake server; back-offs are recorded in ``sleeps`` (instant) unless it is None."""
    return DeepLProvider(
        KeyResolver.fixed(ApiKey(key)),
        DeepLSettings(server_url=fake.url, **settings),
        sleep=sleeps.append if sleeps is not None else None,
        options=options,
    )


@pytest.fixture
def fake_deepl() -> Iterator[FakeDeepL]:
    server = FakeDeepL().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def deepl_env(fake_deepl: FakeDeepL, monkeypatch: pytest.MonkeyPatch) -> FakeDeepL:
    """The fake server as the command line finds it: through DEEPL_SERVER_URL and DEEPL_AUTH_KEY."""
    monkeypatch.setenv("DEEPL_SERVER_URL", fake_deepl.url)
    monkeypatch.setenv("DEEPL_AUTH_KEY", TEST_KEY)
    return fake_deepl


@pytest.fixture
def release_id(db_url: str) -> int:
    """The five-segment French release of the factories (four to translate), stored in the workspace."""
    return stored_release(db_url)


def stored_release(db_url: str, title: str = "Horizon Bleu à Dakar") -> int:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        release, _ = add_release(workspace, title)
    finally:
        workspace.close()
    assert release.id is not None
    return release.id


@dataclass
class MtWorld:
    """A workspace on a real database plus MT services wired to the fake server, with instant backoff."""

    workspace: Workspace
    uow: SqlUnitOfWorkFactory
    engine: Engine
    provider: DeepLProvider
    fake: FakeDeepL
    sleeps: list[float] = field(default_factory=list)
    url: str = ""

    def pretranslate(self, memory: ExactMatches | None = None) -> PretranslateService:
        return PretranslateService(self.uow, self.provider, self.provider, memory)

    def suggestions(self) -> MtSuggestions:
        return MtSuggestions(self.uow, self.provider, self.provider)

    def account(self) -> MtAccountService:
        return MtAccountService(self.uow, self.provider, self.provider, KeyResolver.fixed(ApiKey(TEST_KEY)))

    def add_release(
        self,
        sources: list[str],
        title: str = "Horizon Bleu ouvre un bureau à Dakar",
        source_lang: str = "fr",
        target_lang: str = "en",
    ) -> tuple[int, list[Segment]]:
        blocks = [Block(position=i, kind=SegmentKind.PARAGRAPH) for i in range(len(sources))]
        segments = [Segment(position=i, block=i, source=s, separator="\n") for i, s in enumerate(sources)]
        release = self.workspace.creation.create(
            Release(title=title, source_lang=source_lang, target_lang=target_lang, created_by="ana"),
            blocks,
            segments,
        )
        assert release.id is not None
        return release.id, self.workspace.releases.segments(release.id)

    def add_terms(
        self, source_lang: str, target_lang: str, pairs: list[tuple[str, str]], version: int
    ) -> None:
        """Terms and the pair's version as the glossary service leaves them."""
        with self.engine.begin() as connection:
            for source, target in pairs:
                connection.execute(
                    text(
                        "INSERT INTO terms (source_lang, target_lang, source_term, target_term, note, "
                        "part_of_speech, case_sensitive, forbidden, created_by, updated_at) VALUES "
                        "(:s, :t, :st, :tt, '', '', :no, '', 'ana', CURRENT_TIMESTAMP)"
                    ),
                    {"s": source_lang, "t": target_lang, "st": source, "tt": target, "no": False},
                )
            self.set_glossary_version(source_lang, target_lang, version, connection)

    def set_glossary_version(
        self, source_lang: str, target_lang: str, version: int, connection: Connection | None = None
    ) -> None:
        """What the glossary service does on every change of a pair: bump its version."""
        if connection is None:
            with self.engine.begin() as own:
                self.set_glossary_version(source_lang, target_lang, version, own)
            return
        params = {"s": source_lang, "t": target_lang, "v": version}
        updated = connection.execute(
            text(
                "UPDATE glossary_pairs SET version = :v "
                "WHERE source_lang = :s AND target_lang = :t AND provider = ''"
            ),
            params,
        )
        if updated.rowcount == 0:  # (a translator on a team server may not delete the row: update it)
            connection.execute(
                text(
                    "INSERT INTO glossary_pairs (source_lang, target_lang, provider, version, remote_id) "
                    "VALUES (:s, :t, '', :v, '')"
                ),
                params,
            )


@pytest.fixture
def mt_world(db_url: str, fake_deepl: FakeDeepL) -> Iterator[MtWorld]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    team = is_postgresql(db_url)  # a team server: signed in as ana, the server writes the history
    engine = create_database_engine(with_login(db_url, "ana") if team else db_url)
    sleeps: list[float] = []
    provider = DeepLProvider(
        KeyResolver.fixed(ApiKey(TEST_KEY)),
        DeepLSettings(server_url=fake_deepl.url, max_retries=3, backoff_seconds=0.5),
        sleep=sleeps.append,
    )
    uow = SqlUnitOfWorkFactory(engine, db_url, history_by_database=team)
    world = MtWorld(workspace, uow, engine, provider, fake_deepl, sleeps, db_url)
    try:
        yield world
    finally:
        provider.close()
        workspace.close()
        engine.dispose()
