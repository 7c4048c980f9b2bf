"""The grid's rows are the release's live segments, field for field, in document order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from tests.factories import add_release

from translator_app.app import open_workspace
from translator_app.domain.errors import NotFoundError
from translator_app.domain.models import GridRow, OriginKind, Role, SegmentStatus
from translator_app.persistence.database import create_database_engine
from translator_app.services.workspace import Workspace


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


def test_grid_rows_are_the_live_segments_as_the_grid_shows_them(db_url: str, translator: Workspace) -> None:
    release, segments = add_release(translator)
    assert release.id is not None
    translator.editing.edit(
        segments[1].id or 0, "Horizon Bleu opens an office", translator.actor, confirm=True
    )
    translator.editing.edit(segments[2].id or 0, "Lyon/Dakar, 4 February", translator.actor)
    engine = create_database_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                sa.text("UPDATE segments SET archived = :yes, position = -id WHERE id = :id"),
                {"yes": True, "id": segments[3].id},
            )
    finally:
        engine.dispose()

    rows = translator.releases.grid_rows(release.id)
    live = translator.releases.segments(release.id)
    assert [s.id for s in live] == [segments[i].id for i in (0, 1, 2, 4)]
    assert rows == [
        GridRow(
            s.id or 0, s.position, s.kind, s.source, s.target, s.status, s.origin, s.translatable, s.version
        )
        for s in live
    ]
    assert (rows[1].status, rows[1].origin.kind, rows[1].version) == (
        SegmentStatus.TRANSLATED,
        OriginKind.HUMAN,
        2,
    )
    assert (rows[2].status, rows[2].target) == (SegmentStatus.DRAFT, "Lyon/Dakar, 4 February")
    assert not rows[0].translatable


def test_grid_rows_of_an_unknown_release_say_so(translator: Workspace) -> None:
    with pytest.raises(NotFoundError):
        translator.releases.grid_rows(4242)
