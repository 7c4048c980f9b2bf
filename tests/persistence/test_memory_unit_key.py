"""Revision 0007: memory units become unique per pair, source and target; duplicates left by concurrent
confirmations are merged (approved if any copy was), and a confirmation of a known unit updates it."""

from __future__ import annotations

import sqlalchemy as sa

from translator_app.domain.matching import source_hash
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import upgrade


def _unit(connection: sa.Connection, target: str, approved: bool, source: str = "Bonjour à tous.") -> None:
    connection.execute(
        sa.text(
            "INSERT INTO tm_units (source_lang, target_lang, source, target, source_hash, context_before, "
            "context_after, approved, created_by, created_at, updated_by, updated_at) VALUES ('fr', 'en', "
            ":source, :target, :hash, '', '', :approved, 'ana', '2026-01-01', 'ana', '2026-01-01')"
        ),
        {"source": source, "target": target, "hash": source_hash(source), "approved": approved},
    )


def test_duplicates_are_merged_and_the_key_then_holds(empty_db_url: str) -> None:
    engine = create_database_engine(empty_db_url)
    try:
        upgrade(engine, "0006")
        with engine.begin() as connection:
            _unit(connection, "Hello everyone.", False)
            _unit(connection, "Hello everyone.", True)
            _unit(connection, "Hello everyone.", False)
            _unit(connection, "Hello all.", False)
            _unit(connection, "Hello  everyone.", False, source="Bonjour  à tous.")  # same source key
        upgrade(engine)
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT id, target, approved, length(target_hash) FROM tm_units ORDER BY id")
            ).all()
        assert [(r[1], r[2], r[3]) for r in rows] == [
            ("Hello everyone.", True, 64),
            ("Hello all.", False, 64),
            ("Hello  everyone.", False, 64),
        ]
        assert rows[0][0] == 1, "the oldest copy stays"
    finally:
        engine.dispose()


def test_adding_a_unit_that_exists_merges_into_it(db_url: str) -> None:
    from translator_app.domain.matching import TmUnit
    from translator_app.persistence.uow import SqlUnitOfWorkFactory

    engine = create_database_engine(db_url)
    try:
        upgrade(engine)
        units = SqlUnitOfWorkFactory(engine, db_url)
        with units() as uow:
            first = uow.tm.add(TmUnit("fr", "en", "Bonjour.", "Hello.", approved=False, created_by="ana"))
            again = uow.tm.add(
                TmUnit("fr", "en", "Bonjour.", "Hello.", "Avant", approved=True, created_by="rui")
            )
            other = uow.tm.add(TmUnit("fr", "en", "Bonjour.", "Good morning.", created_by="rui"))
            uow.commit()
        assert again.id == first.id != other.id
        assert (again.approved, again.context_before, again.created_by) == (True, "Avant", "ana")
    finally:
        engine.dispose()


def test_a_unit_whose_new_target_another_unit_has_is_merged_into_that_one(db_url: str) -> None:
    from dataclasses import replace

    from translator_app.domain.matching import TmUnit
    from translator_app.persistence.uow import SqlUnitOfWorkFactory

    engine = create_database_engine(db_url)
    try:
        upgrade(engine)
        with SqlUnitOfWorkFactory(engine, db_url)() as uow:
            mine = uow.tm.add(TmUnit("fr", "en", "Bonjour.", "Hello.", created_by="ana"))
            theirs = uow.tm.add(
                TmUnit("fr", "en", "Bonjour.", "Good morning.", approved=True, created_by="rui")
            )
            merged = uow.tm.update(replace(mine, target="Good morning.", updated_by="ana"))
            uow.commit()
            assert merged.id == theirs.id and merged.approved
            assert sorted(u.target for u in uow.tm.get_many([mine.id or 0, theirs.id or 0])) == [
                "Good morning.",
                "Hello.",
            ]
    finally:
        engine.dispose()
