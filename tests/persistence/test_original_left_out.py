"""Confirming a segment and opening a release never read the imported file's bytes, which grow with the
release (a 100,000-segment text or Word original weighs megabytes); an export still gets them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.services.workspace import Workspace

TEXT = "Le bureau ouvre à Dakar.\n\nIl emploie dix personnes.\n\nLe bureau ouvre à Dakar.\n"


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


def reads_of_the_original(action: Any) -> list[str]:
    """The statements ``action`` sent (to any engine) that read a release's original file."""
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", remember)
    try:
        action()
    finally:
        event.remove(Engine, "before_cursor_execute", remember)
    assert statements, "the action reached the database"
    return [s for s in statements if "release_files" in s]


def test_confirming_and_opening_leave_the_original_out_and_an_export_reads_it(
    translator: Workspace, tmp_path: Path
) -> None:
    release = translator.importing.import_bytes(TEXT.encode(), "dakar.txt", "fr", "en", translator.actor)
    assert release.id is not None
    first = translator.releases.segments(release.id)[0]
    assert first.id is not None

    def confirm() -> None:
        translator.editing.edit(first.id or 0, "The office opens in Dakar.", translator.actor, confirm=True)

    def open_release() -> None:
        opened = translator.releases.release(release.id or 0)
        assert (opened.title, opened.source_lang, opened.original) == (release.title, "fr", None)
        assert len(translator.releases.segments(release.id or 0)) == 3

    assert reads_of_the_original(confirm) == []
    assert translator.releases.segments(release.id)[2].target == "The office opens in Dakar."
    assert reads_of_the_original(open_release) == []
    exported = tmp_path / "out.txt"
    reads = reads_of_the_original(
        lambda: translator.exporting.export(release.id or 0, "txt", exported, allow_unapproved=True)
    )
    assert reads and exported.read_text(encoding="utf-8").startswith("The office opens in Dakar.")
