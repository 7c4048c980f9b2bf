"""Upgrading a workspace that already used DeepL: its paid translations and its glossary at DeepL are kept."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from tests.mt.conftest import deepl_provider
from tests.mt.fake_deepl import FakeDeepL

from translator_app.app import open_workspace
from translator_app.domain.models import Block, Release, Role, Segment, SegmentKind
from translator_app.mt.glossary_sync import SyncOutcome
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import alembic_config, current_revision, head_revision, upgrade
from translator_app.persistence.mt_repository import text_hash
from translator_app.persistence.team_admin import initialise
from translator_app.persistence.team_urls import is_postgresql
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.pretranslate import PretranslateService

PAID = "L'OIM agit."


def fill_as_revision_0006(engine: sa.Engine, glossary_id: str) -> None:
    """A glossary of two versions, its DeepL copy remembered per workspace, and translations paid for."""
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO terms (source_lang, target_lang, source_term, target_term, note, "
                "part_of_speech, case_sensitive, forbidden, created_by, updated_at) VALUES "
                "('fr', 'en', 'OIM', 'IOM', '', '', :no, '', 'ana', :now)"
            ),
            {"no": False, "now": now},
        )
        for provider, remote in (("", ""), ("deepl", glossary_id)):
            connection.execute(
                sa.text(
                    "INSERT INTO glossary_pairs (source_lang, target_lang, provider, version, remote_id) "
                    "VALUES ('fr', 'en', :provider, 2, :remote)"
                ),
                {"provider": provider, "remote": remote},
            )
        for version, target in ((2, "[EN-GB] L'IOM agit."), (1, "stale: made with glossary version 1")):
            connection.execute(
                sa.text(
                    "INSERT INTO mt_cache (provider, source_lang, target_lang, formality, glossary_version, "
                    "source_hash, source, target, billed_characters, created_at) VALUES "
                    "('deepl', 'fr', 'en', '', :version, :hash, :source, :target, 11, :now)"
                ),
                {"version": version, "hash": text_hash(PAID), "source": PAID, "target": target, "now": now},
            )


def test_after_the_upgrade_nothing_is_paid_twice_and_no_glossary_is_left_behind(
    empty_db_url: str, fake_deepl: FakeDeepL
) -> None:
    db_url = empty_db_url
    provider = deepl_provider(fake_deepl)
    glossary_id = provider.create_glossary("translator-app fr>en v2", "fr", "en", {"OIM": "IOM"})
    engine = create_database_engine(db_url)
    upgrade(engine, "0006")
    fill_as_revision_0006(engine, glossary_id)
    team = is_postgresql(db_url)
    if team:
        initialise(engine)  # a team server: its owner upgrades it (admin init), a desktop never does
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)  # one-person workspace: upgrades to the head
    try:
        with engine.connect() as connection:
            moved = connection.execute(
                sa.text("SELECT account, server, remote_id, version FROM mt_remote_glossaries")
            ).fetchall()
            left = connection.execute(sa.text("SELECT provider FROM glossary_pairs")).fetchall()
        assert [tuple(row) for row in moved] == [("", "", glossary_id, 2)]
        assert [tuple(row) for row in left] == [("",)]

        release = workspace.creation.create(
            Release(title="Après la mise à jour", source_lang="fr", target_lang="en", created_by="ana"),
            [Block(position=0, kind=SegmentKind.PARAGRAPH)],
            [Segment(position=0, block=0, source=PAID, separator="\n")],
        )
        assert release.id is not None
        uow = SqlUnitOfWorkFactory(engine, db_url, history_by_database=team)
        service = PretranslateService(uow, provider, provider)
        report = service.run(release.id, workspace.actor)
        assert (report.from_cache, report.from_mt) == (1, 0)
        assert workspace.releases.segments(release.id)[0].target == "[EN-GB] L'IOM agit."
        assert fake_deepl.translate_calls == []

        second = workspace.creation.create(
            Release(title="Un autre", source_lang="fr", target_lang="en", created_by="ana"),
            [Block(position=0, kind=SegmentKind.PARAGRAPH)],
            [Segment(position=0, block=0, source="Encore l'OIM.", separator="\n")],
        )
        assert second.id is not None
        report = service.run(second.id, workspace.actor)
        assert report.glossary is not None and report.glossary.outcome is SyncOutcome.UP_TO_DATE
        assert report.glossary.glossary_id == glossary_id  # claimed by this key, not made again
        assert list(fake_deepl.glossaries) == [glossary_id]
        assert fake_deepl.translate_calls[-1].body["glossary_id"] == glossary_id
    finally:
        workspace.close()
        provider.close()
        engine.dispose()


def test_the_revision_goes_back_down_with_the_workspace_copy_of_the_glossary(empty_db_url: str) -> None:
    engine = create_database_engine(empty_db_url)
    try:
        upgrade(engine, "0006")
        fill_as_revision_0006(engine, "glossary-at-deepl")
        upgrade(engine)
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
        assert current_revision(engine) == "0006"
        with engine.connect() as connection:
            pairs = connection.execute(sa.text("SELECT provider, remote_id FROM glossary_pairs")).fetchall()
            cached = connection.execute(sa.text("SELECT glossary_version FROM mt_cache")).fetchall()
        assert sorted(tuple(row) for row in pairs) == [("", ""), ("deepl", "glossary-at-deepl")]
        assert sorted(row[0] for row in cached) == [1, 2]
        assert "mt_remote_glossaries" not in sa.inspect(engine).get_table_names()
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
