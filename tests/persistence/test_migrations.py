"""Schema upgrades: existing rows survive, SQLite files are backed up first, newer databases are refused."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from translator_app.app import open_workspace
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import EventKind, Role
from translator_app.persistence.database import create_database_engine, sqlite_path
from translator_app.persistence.migrate import current_revision, head_revision, upgrade
from translator_app.persistence.schema import Base
from translator_app.persistence.team_admin import initialise
from translator_app.persistence.team_urls import is_postgresql


def fill_first_revision(engine: sa.Engine) -> None:
    """Rows as a copy of the app at revision 0001 would have written them."""
    moment = datetime(2026, 3, 11, 9, 30, tzinfo=UTC)
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO releases (id, title, source_lang, target_lang, format, original_name, skeleton, "
                "created_by, created_at) VALUES (1, 'Horizon Bleu à Dakar', 'fr', 'en', 'text', 'dakar.txt', "
                "'', "
                "'ana', :at)"
            ),
            {"at": moment},
        )
        connection.execute(
            sa.text(
                "INSERT INTO segments (id, release_id, position, block, kind, source, separator, target, "
                "status, origin, translatable, version, updated_by, updated_at) VALUES (1, 1, 0, 0, 'title', "
                "'Horizon Bleu ouvre un bureau', '\n', 'Horizon Bleu opens an office', 'translated', "
                "'human', :yes, 3, 'ana', :at)"
            ),
            {"at": moment, "yes": True},
        )
        connection.execute(
            sa.text(
                'INSERT INTO events (segment_id, kind, "user", at, old, new) '
                "VALUES (1, 'status', 'ana', :at, 'draft', 'translated')"
            ),
            {"at": moment},
        )


def test_upgrade_from_the_first_revision_keeps_existing_rows(empty_db_url: str) -> None:
    db_url = empty_db_url
    engine = create_database_engine(db_url)
    try:
        upgrade(engine, "0001")
        fill_first_revision(engine)
        report = upgrade(engine, sqlite_file=sqlite_path(db_url))
        assert report.from_revision == "0001"
        assert report.to_revision == head_revision() != "0001"
        assert current_revision(engine) == head_revision()
        if is_postgresql(db_url):
            initialise(engine)  # a team server: the owner's admin init, before anyone signs in
    finally:
        engine.dispose()

    workspace = open_workspace(db_url, "rui", Role.REVIEWER)
    try:
        segment = workspace.releases.segment(1)
        assert (segment.source, segment.target, segment.version) == (
            "Horizon Bleu ouvre un bureau",
            "Horizon Bleu opens an office",
            3,
        )
        approved = workspace.review.approve([1], workspace.actor)[0]
        assert approved.version == 4
        summary = workspace.releases.summaries()[0]
        assert summary.release.title == "Horizon Bleu à Dakar"
    finally:
        workspace.close()
    engine = create_database_engine(db_url)
    try:
        from translator_app.persistence.uow import SqlUnitOfWorkFactory

        with SqlUnitOfWorkFactory(engine, db_url)() as uow:
            events = uow.events.for_segment(1)
        assert [(e.kind, e.old, e.new, e.role) for e in events] == [
            (EventKind.STATUS, "draft", "translated", ""),
            (EventKind.STATUS, "translated", "approved", "reviewer"),
        ]
    finally:
        engine.dispose()


def test_the_migrated_schema_matches_the_orm(empty_db_url: str) -> None:
    engine = create_database_engine(empty_db_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        engine.dispose()


def test_an_older_sqlite_file_is_backed_up_before_the_upgrade(sqlite_url: str) -> None:
    engine = create_database_engine(sqlite_url)
    upgrade(engine, "0001")
    fill_first_revision(engine)
    engine.dispose()

    workspace = open_workspace(sqlite_url, "ana", Role.TRANSLATOR)
    workspace.close()
    path = sqlite_path(sqlite_url)
    assert path is not None
    backups = list(path.parent.glob("workspace.*.rev0001.bak.db"))
    assert len(backups) == 1
    assert any(str(backups[0]) in notice for notice in workspace.notices)
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT target FROM segments").fetchone() == ("Horizon Bleu opens an office",)

    again = open_workspace(sqlite_url, "ana", Role.TRANSLATOR)
    again.close()
    assert again.notices == []
    assert len(list(path.parent.glob("*.bak.db"))) == 1


def test_a_new_workspace_is_created_without_a_backup(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'deep' / 'folder' / 'new.db'}"
    workspace = open_workspace(url, "ana", Role.TRANSLATOR)
    workspace.close()
    assert (tmp_path / "deep" / "folder" / "new.db").exists()
    assert list(tmp_path.rglob("*.bak*")) == []
    with sqlite3.connect(tmp_path / "deep" / "folder" / "new.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_database_from_a_newer_app_is_refused(db_url: str) -> None:
    engine = create_database_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(DomainError) as caught:
        open_workspace(db_url, "ana", Role.TRANSLATOR)
    assert caught.value.code is ErrorCode.DATABASE_TOO_NEW


def test_sqlite_enforces_foreign_keys(sqlite_url: str) -> None:
    engine = create_database_engine(sqlite_url)
    try:
        upgrade(engine)
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                sa.text(
                    'INSERT INTO events (segment_id, kind, "user", at, role, comment) '
                    "VALUES (999, 'status', 'x', '2026-01-01', '', '')"
                )
            )
    finally:
        engine.dispose()


def test_the_migrations_form_one_line() -> None:
    """Two revisions written side by side must be put in order, or Alembic would see two heads."""
    from alembic.script import ScriptDirectory

    from translator_app.persistence.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    chain = [revision.revision for revision in script.walk_revisions()]
    assert chain == sorted(chain, reverse=True)
