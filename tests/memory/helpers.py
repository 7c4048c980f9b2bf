"""Shared builders for the memory tests: workspaces on the test database, units stored directly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from translator_app.app import open_workspace
from translator_app.domain.matching import TmUnit
from translator_app.domain.models import Role
from translator_app.services.workspace import Workspace

SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "schemas"


@contextmanager
def workspace(url: str, user: str = "ana", role: Role = Role.TRANSLATOR) -> Iterator[Workspace]:
    opened = open_workspace(url, user, role)
    try:
        yield opened
    finally:
        opened.close()


def store(url: str, units: list[TmUnit]) -> None:
    """Put units in the memory through the repository, as a TMX import or a confirmation would."""
    with workspace(url) as ws:
        uow_factory = ws.memory._uow  # the tests' one look behind the service
        with uow_factory() as uow:
            for unit in units:
                uow.tm.add(unit)
            uow.commit()
        ws.memory._index.units_added("fr", "en")


def schema(*parts: str) -> Path:
    """A published schema from the shared folder; skipped outside this workspace, never in CI."""
    import os

    path = SCHEMAS.joinpath(*parts)
    if not path.is_file():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs the shared schemas at {path}")
        pytest.skip(f"the shared schemas are absent ({path})")
    return path
