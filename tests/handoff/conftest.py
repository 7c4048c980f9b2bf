"""The translator's workspace most hand-off tests start from, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.services.workspace import Workspace


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()
