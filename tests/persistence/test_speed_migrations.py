"""Revision 0010 hashes the segments an older workspace holds, so their repetitions are found at once;
0011 widens the (release, status) index so the release list's counts come from the index alone; 0012 moves
the original files out of the releases' rows."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from translator_app.app import open_workspace
from translator_app.domain.models import Role, SegmentStatus
from translator_app.domain.repetitions import repetition_hash
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import alembic_config, current_revision, upgrade
from translator_app.persistence.team_admin import initialise
from translator_app.persistence.team_urls import is_postgresql

SOURCES = [
    "Contact presse",
    "Contact  presse ",
    "Contact\u00a0presse",
    "contact presse",
    "« Nous serons plus proches », a déclaré Mme Diallo.",
]


def fill_revision_0006(engine: sa.Engine, copies: int) -> None:
    """A release as the app at revision 0006 wrote it, ``copies`` times over (more rows than one batch)."""
    moment = "2026-11-30 10:00:00"
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO releases (id, title, source_lang, target_lang, format, original_name, skeleton, "
                "created_by, created_at, formality) VALUES (1, 'Contact', 'fr', 'en', 'text', '', '', 'ana', "
                ":at, '')"
            ),
            {"at": moment},
        )
        connection.execute(
            sa.text(
                "INSERT INTO segments (release_id, position, block, kind, source, separator, target, status, "
                "origin, translatable, version, updated_by, updated_at, archived) VALUES (1, :position, "
                ":position, 'paragraph', :source, '', '', 'new', 'none', :yes, 1, 'ana', :at, :no)"
            ),
            [
                {"position": n, "source": SOURCES[n % len(SOURCES)], "at": moment, "yes": True, "no": False}
                for n in range(copies * len(SOURCES))
            ],
        )


def test_0010_hashes_existing_segments_and_confirming_then_fills_their_repetitions(empty_db_url: str) -> None:
    db_url = empty_db_url
    engine = create_database_engine(db_url)
    try:
        upgrade(engine, "0006")
        fill_revision_0006(engine, copies=1200)
        upgrade(engine)
        assert current_revision(engine) >= "0010"
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT source, repetition_hash FROM segments")).all()
        assert len(rows) == 6000
        assert [tuple(row) for row in rows] == [(source, repetition_hash(source)) for source, _ in rows]
        indexes = {
            index["name"]: index["column_names"] for index in sa.inspect(engine).get_indexes("segments")
        }
        assert indexes["ix_segments_release_repetition"] == ["release_id", "repetition_hash"]
        if is_postgresql(db_url):
            initialise(engine)  # a team server: the owner's admin init, before anyone signs in
    finally:
        engine.dispose()

    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        first = workspace.releases.segments(1)[0]
        workspace.editing.edit(first.id, "Press contact", workspace.actor, confirm=True)
        segments = workspace.releases.segments(1)
    finally:
        workspace.close()
    filled = [s.source for s in segments if s.status is SegmentStatus.DRAFT and s.target == "Press contact"]
    assert sorted(set(filled)) == sorted(SOURCES[:3])
    assert len(filled) == 3 * 1200 - 1


def test_0010_and_0011_go_back_down_without_touching_segments(empty_db_url: str) -> None:
    engine = create_database_engine(empty_db_url)
    try:
        upgrade(engine, "0006")
        fill_revision_0006(engine, copies=2)
        upgrade(engine, "0011")
        indexes = {index["name"] for index in sa.inspect(engine).get_indexes("segments")}
        assert "ix_segments_release_progress" in indexes and "ix_segments_release_status" not in indexes
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0009")
        assert current_revision(engine) == "0009"
        inspector = sa.inspect(engine)
        assert "repetition_hash" not in {column["name"] for column in inspector.get_columns("segments")}
        indexes = {index["name"] for index in inspector.get_indexes("segments")}
        assert "ix_segments_release_status" in indexes
        assert not {"ix_segments_release_repetition", "ix_segments_release_progress"} & indexes
        with engine.connect() as connection:
            sources = connection.execute(sa.text("SELECT source FROM segments ORDER BY position")).scalars()
            assert list(sources) == SOURCES * 2
    finally:
        engine.dispose()


def test_0012_moves_the_original_files_to_their_own_table_and_back(empty_db_url: str) -> None:
    db_url = empty_db_url
    engine = create_database_engine(db_url)
    try:
        upgrade(engine, "0011")
        fill_revision_0006(engine, copies=1)
        data = b"Contact presse\n" * 50_000
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE releases SET original = :data"), {"data": data})
        upgrade(engine, "0012")
        assert "original" not in {c["name"] for c in sa.inspect(engine).get_columns("releases")}
        with engine.connect() as connection:
            moved = connection.execute(sa.text("SELECT release_id, original FROM release_files")).all()
        assert [(release_id, bytes(original)) for release_id, original in moved] == [(1, data)]
        if is_postgresql(db_url):
            initialise(engine)  # a team server: the owner's admin init, before anyone signs in
    finally:
        engine.dispose()

    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        assert workspace.releases.release(1).original is None
        assert workspace.releases.summaries()[0].release.title == "Contact"
    finally:
        workspace.close()

    engine = create_database_engine(db_url)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0011")
        with engine.connect() as connection:
            back = connection.execute(sa.text("SELECT original FROM releases")).scalar_one()
        assert bytes(back) == data
        assert "release_files" not in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()
