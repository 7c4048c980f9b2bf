"""Shared builders for the memory tests: workspaces on the test database, units stored directly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.schema_files import schema_path

from translator_app.app import open_workspace
from translator_app.domain.matching import TmUnit
from translator_app.domain.models import Role
from translator_app.services.workspace import Workspace


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
    """A published schema vendored under ``tests/schemas``."""
    return schema_path(*parts)
