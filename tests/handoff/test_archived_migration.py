"""Revision 0006 (archived segments) keeps every row, event and comment, and goes back down cleanly."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import alembic_config, current_revision, upgrade


def _count(engine: sa.Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_0006_adds_the_flag_without_touching_history_and_downgrades(empty_db_url: str) -> None:
    engine = create_database_engine(empty_db_url)
    try:
        upgrade(engine, "0005")
        moment = "2026-01-01 00:00:00"
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO releases (id, title, source_lang, target_lang, format, original_name, "
                    "skeleton, created_by, created_at) "
                    "VALUES (1, 'T', 'fr', 'en', 'text', '', '', 'ana', :at)"
                ),
                {"at": moment},
            )
            connection.execute(
                sa.text(
                    "INSERT INTO segments (id, release_id, position, block, kind, source, separator, target, "
                    "status, origin, translatable, version, updated_by, updated_at) VALUES (1, 1, 0, 0, "
                    "'title', 'Bonjour', '', 'Hello', 'translated', 'human', :yes, 2, 'ana', :at)"
                ),
                {"at": moment, "yes": True},
            )
            connection.execute(
                sa.text(
                    'INSERT INTO events (segment_id, kind, "user", role, at, old, new, comment) '
                    "VALUES (1, 'target', 'ana', 'translator', :at, '', 'Hello', '')"
                ),
                {"at": moment},
            )
        upgrade(engine, "0006")
        assert current_revision(engine) == "0006"
        assert _count(engine, "events") == 1
        with engine.connect() as connection:
            archived = connection.execute(sa.text("SELECT archived FROM segments")).scalar_one()
        assert not archived
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
        assert current_revision(engine) == "0005"
        assert "archived" not in {c["name"] for c in sa.inspect(engine).get_columns("segments")}
        assert (_count(engine, "segments"), _count(engine, "events")) == (1, 1)
    finally:
        engine.dispose()
