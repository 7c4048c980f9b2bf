"""Listing releases never reads the imported files' bytes (a Word original can weigh megabytes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.uow import SqlUnitOfWorkFactory


def test_summaries_leave_the_original_file_out(db_url: str) -> None:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        data = "Horizon Bleu ouvre un bureau à Dakar.\n\nLe bureau emploie dix personnes.\n".encode()
        release = workspace.importing.import_bytes(data, "dakar.txt", "fr", "en", workspace.actor)
    finally:
        workspace.close()
    engine = create_database_engine(db_url)
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", remember)
    try:
        with SqlUnitOfWorkFactory(engine, db_url)() as uow:
            summaries = uow.releases.summaries()
            assert [s.release.id for s in summaries] == [release.id]
            assert summaries[0].release.original is None
            assert not [s for s in statements if "release_files" in s]
            assert uow.releases.get(release.id or 0).original, "the release itself still has its file"
        assert any("release_files.original" in s for s in statements)
    finally:
        engine.dispose()
