"""Two people on one workspace database (a translator and a reviewer), on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.factories import add_release

from translator_app.app import open_workspace
from translator_app.domain.models import Role, Segment
from translator_app.services.review_tools import ReviewTools
from translator_app.services.workspace import Workspace


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def reviewer(db_url: str, translator: Workspace) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "rui", Role.REVIEWER)
    yield workspace
    workspace.close()


@pytest.fixture
def segments(translator: Workspace) -> list[Segment]:
    """The five-segment Horizon Bleu release (segment 0, the menu line, not to translate)."""
    return add_release(translator)[1]


def tools(workspace: Workspace) -> ReviewTools:
    return workspace.reviewing


def sid(segment: Segment) -> int:
    assert segment.id is not None
    return segment.id
