"""A segment's MT and memory context comes from small limited queries, not from loading its release."""

from __future__ import annotations

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.uow import SqlUnitOfWorkFactory


def test_sources_before_are_the_nearest_translatable_ones_in_order(db_url: str) -> None:
    text = "".join(f"Phrase numéro {n} du communiqué.\n\n" for n in range(1, 8)).encode()
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        release = workspace.importing.import_bytes(text, "c.txt", "fr", "en", workspace.actor)
        assert release.id is not None
        segments = workspace.releases.segments(release.id)
        assert len(segments) == 7
        skipped = segments[4]
        assert skipped.id is not None
        workspace.editing.set_translatable(skipped.id, False, workspace.actor)
    finally:
        workspace.close()
    engine = create_database_engine(db_url)
    try:
        with SqlUnitOfWorkFactory(engine, db_url)() as uow:
            found = uow.segments.sources_before(segments[6], 3)
            assert found == [
                "Phrase numéro 3 du communiqué.",
                "Phrase numéro 4 du communiqué.",
                "Phrase numéro 6 du communiqué.",
            ], "the skipped fifth one is no context"
            assert uow.segments.sources_before(segments[0], 3) == []
    finally:
        engine.dispose()


def test_neighbour_sources_are_the_nearest_translatable_ones_on_each_side(db_url: str) -> None:
    text = "".join(f"Phrase numéro {n} du communiqué.\n\n" for n in range(1, 6)).encode()
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        release = workspace.importing.import_bytes(text, "c.txt", "fr", "en", workspace.actor)
        assert release.id is not None
        segments = workspace.releases.segments(release.id)
        workspace.editing.set_translatable(segments[3].id or 0, False, workspace.actor)
    finally:
        workspace.close()
    engine = create_database_engine(db_url)
    try:
        with SqlUnitOfWorkFactory(engine, db_url)() as uow:
            assert uow.segments.neighbour_sources(segments[2]) == (
                "Phrase numéro 2 du communiqué.",
                "Phrase numéro 5 du communiqué.",
            ), "the fourth one is not to translate"
            assert uow.segments.neighbour_sources(segments[0]) == ("", "Phrase numéro 2 du communiqué.")
            assert uow.segments.neighbour_sources(segments[4]) == ("Phrase numéro 3 du communiqué.", "")
    finally:
        engine.dispose()
