"""Window tests run offscreen on a real SQLite workspace opened through the composition root."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from tests.mt.fake_deepl import TEST_KEY, FakeDeepL

from translator_app.app import open_workspace
from translator_app.domain.models import (
    Block,
    Origin,
    OriginKind,
    Release,
    Role,
    Segment,
    SegmentKind,
    SegmentStatus,
    StoredRelease,
)
from translator_app.services.workspace import Workspace

S = SegmentStatus

#: A stored row: (source, target, status, origin, translatable, kind).
Row = tuple[str, str, SegmentStatus, Origin, bool, SegmentKind]

#: A short French release in every state.
MIXED_RELEASE: list[Row] = [
    ("Accueil", "", S.NEW, Origin(), False, SegmentKind.OTHER),
    (
        "La Fondation Horizon Bleu ouvre un bureau à Dakar",
        "Horizon Bleu Foundation opens an office in Dakar",
        S.APPROVED,
        Origin(OriginKind.HUMAN),
        True,
        SegmentKind.TITLE,
    ),
    (
        "Le bureau coordonnera six pays.",
        "The office will coordinate six countries.",
        S.TRANSLATED,
        Origin(OriginKind.TM, score=87),
        True,
        SegmentKind.PARAGRAPH,
    ),
    (
        "Douze personnes y travailleront.",
        "Twelve people will work there.",
        S.DRAFT,
        Origin(OriginKind.MT, provider="deepl"),
        True,
        SegmentKind.PARAGRAPH,
    ),
    (
        "Une équipe locale",
        "A team",
        S.REJECTED,
        Origin(OriginKind.MT, provider="deepl"),
        True,
        SegmentKind.HEADING,
    ),
    ("Les projets démarreront au printemps.", "", S.NEW, Origin(), True, SegmentKind.PARAGRAPH),
    ("Mentions légales", "", S.NEW, Origin(), False, SegmentKind.OTHER),
]

AddRelease = Callable[..., StoredRelease]


def open_test_workspace(tmp_path: Path, role: Role, user: str = "claire") -> Workspace:
    """A workspace on the test's SQLite file (the same file for every user of the test)."""
    return open_workspace(f"sqlite:///{tmp_path / 'ws.db'}", user, role)


def _opened(tmp_path: Path, role: Role) -> Iterator[Workspace]:
    ws = open_test_workspace(tmp_path, role)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh SQLite workspace, for a translator."""
    yield from _opened(tmp_path, Role.TRANSLATOR)


@pytest.fixture
def reviewer_workspace(tmp_path: Path) -> Iterator[Workspace]:
    yield from _opened(tmp_path, Role.REVIEWER)


def new_rows(*sources: str) -> list[Row]:
    """Untranslated paragraphs, one a source."""
    return [(source, "", S.NEW, Origin(), True, SegmentKind.PARAGRAPH) for source in sources]


def store_release(
    workspace: Workspace,
    title: str = "Horizon Bleu à Dakar",
    rows: list[Row] | None = None,
) -> StoredRelease:
    """Store a French → English release through the creation service (positions from 0, shown from 1)."""
    rows = MIXED_RELEASE if rows is None else rows
    blocks = [Block(position=i, kind=kind) for i, (*_, kind) in enumerate(rows)]
    segments = [
        Segment(
            position=i,
            block=i,
            source=source,
            target=target,
            status=status,
            origin=origin,
            translatable=translatable,
            kind=kind,
        )
        for i, (source, target, status, origin, translatable, kind) in enumerate(rows)
    ]
    release = workspace.creation.create(
        Release(title=title, source_lang="fr", target_lang="en", created_by=workspace.actor.user),
        blocks,
        segments,
    )
    return release


@pytest.fixture
def add_release(workspace: Workspace) -> AddRelease:
    """``add_release(title=..., rows=...)`` stores a release in the test's workspace."""

    def add(title: str = "Horizon Bleu à Dakar", rows: list[Row] | None = None) -> StoredRelease:
        return store_release(workspace, title, rows)

    return add


@pytest.fixture
def fake() -> Iterator[FakeDeepL]:
    """The fake DeepL server the window's ``deepl`` client talks HTTP to (a test may hook its answers)."""
    server = FakeDeepL(character_limit=500_000).start()
    try:
        yield server
    finally:
        server.translate_hook = None
        server.stop()


@pytest.fixture
def mt_workspace(tmp_path: Path, fake: FakeDeepL, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    """A translator's workspace whose DeepL is the fake server (as an office proxy would be set up)."""
    monkeypatch.setenv("DEEPL_SERVER_URL", fake.url)
    monkeypatch.setenv("DEEPL_AUTH_KEY", TEST_KEY)
    yield from _opened(tmp_path, Role.TRANSLATOR)


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> Iterator[object]:
    """Every window test needs the QApplication first (the icon font is loaded into it); afterwards, the work
    a test left on the global thread pool is waited for, so that it never delays the next test's tasks (the
    pool has one thread per core: two here)."""
    yield qapp
    QThreadPool.globalInstance().waitForDone(20_000)
