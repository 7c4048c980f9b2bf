"""Confirming a sentence fills its repetitions: exactly the segments the rule names, found through the indexed
hash, written in bulk and handed back as written (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine, event

from translator_app.app import open_workspace
from translator_app.domain.models import (
    Block,
    EventKind,
    Origin,
    OriginKind,
    Release,
    Role,
    Segment,
    SegmentStatus,
    StoredSegment,
)
from translator_app.domain.repetitions import repetition_hash, repetition_key
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.team_urls import is_postgresql, with_login
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.editing import fill_repetitions
from translator_app.services.workspace import Workspace

T = TypeVar("T")
TARGET = "Press contact"
#: (source, status, target, translatable) of each segment; the first is the one confirmed.
RELEASE = [
    ("Contact presse", SegmentStatus.NEW, "", True),
    ("Contact presse", SegmentStatus.NEW, "", True),  # 1: the same sentence
    ("  Contact   presse ", SegmentStatus.NEW, "", True),  # 2: spaces around and between
    ("Contact\tpresse\n", SegmentStatus.NEW, "", True),  # 3: a tab, a line break
    ("Contact\u00a0presse", SegmentStatus.NEW, "", True),  # 4: a no-break space
    ("\u00a0Contact presse", SegmentStatus.DRAFT, "Contact (MT)", True),  # 5: a draft, leading no-break space
    ("contact presse", SegmentStatus.NEW, "", True),  # 6: another case
    ("<g1>Contact</g1> presse", SegmentStatus.NEW, "", True),  # 7: a tag
    ("Contact presse.", SegmentStatus.NEW, "", True),  # 8: punctuation
    ("Contacts presse", SegmentStatus.NEW, "", True),  # 9: same first letters
    ("Contact presse", SegmentStatus.NEW, "", False),  # 10: not to translate
    ("Contact presse", SegmentStatus.TRANSLATED, "Media contact", True),  # 11: confirmed already
    ("Contact presse", SegmentStatus.APPROVED, "Media contact", True),  # 12: approved
    ("Contact presse", SegmentStatus.REJECTED, "Contact", True),  # 13: rejected, waits for a person
    ("Contact presse", SegmentStatus.DRAFT, TARGET, True),  # 14: already says it
    ("Contact presse", SegmentStatus.NEW, "", True),  # 15: archived below
]
FILLED = [1, 2, 3, 4, 5]


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def reviewer(db_url: str) -> Iterator[Workspace]:
    """Stores the release: on a team server only a reviewer may store approved and rejected segments."""
    workspace = open_workspace(db_url, "rui", Role.REVIEWER)
    yield workspace
    workspace.close()


def store(
    workspace: Workspace, rows: list[tuple[str, SegmentStatus, str, bool]], title: str
) -> list[StoredSegment]:
    segments = [
        Segment(
            i,
            i,
            source,
            target=target,
            status=status,
            translatable=translatable,
            origin=Origin(OriginKind.MT, provider="deepl") if target else Origin(),
        )
        for i, (source, status, target, translatable) in enumerate(rows)
    ]
    release = workspace.creation.create(
        Release(title=title, source_lang="fr", target_lang="en"),
        [Block(i) for i in range(len(rows))],
        segments,
    )
    assert release.id is not None
    return workspace.releases.segments(release.id)


def archive(db_url: str, segment_id: int) -> None:
    engine = create_database_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                sa.text("UPDATE segments SET archived = :yes, position = -id WHERE id = :id"),
                {"yes": True, "id": segment_id},
            )
    finally:
        engine.dispose()


@pytest.fixture
def units(db_url: str) -> Iterator[SqlUnitOfWorkFactory]:
    """Units of work straight on the repositories, beside the workspace's own: signed in as ana on a team
    server, whose triggers write the history."""
    team = is_postgresql(db_url)
    engine = create_database_engine(with_login(db_url, "ana") if team else db_url)
    yield SqlUnitOfWorkFactory(engine, db_url, history_by_database=team)
    engine.dispose()


def by_rule(segments: list[Segment], confirmed: Segment, target: str) -> set[int | None]:
    """What the rule names, read off the whole release (what the old look-up checked, row by row)."""
    key = repetition_key(confirmed.source)
    return {
        s.id
        for s in segments
        if s.id != confirmed.id
        and s.translatable
        and s.status in (SegmentStatus.NEW, SegmentStatus.DRAFT)
        and repetition_key(s.source) == key
        and s.target != target
    }


def test_confirming_fills_exactly_the_repetitions_the_rule_names(
    db_url: str, translator: Workspace, reviewer: Workspace, units: SqlUnitOfWorkFactory
) -> None:
    segments = store(reviewer, RELEASE, "Contact")
    elsewhere = store(translator, [("Contact presse", SegmentStatus.NEW, "", True)], "Another release")
    archive(db_url, segments[15].id)
    with units() as uow:
        archived = uow.segments.get(segments[15].id)
    live = translator.releases.segments(segments[0].release_id)
    expected = by_rule(live, segments[0], TARGET)
    assert expected == {segments[i].id for i in FILLED}

    translator.editing.edit(segments[0].id, TARGET, translator.actor, confirm=True)

    after = {s.id: s for s in translator.releases.segments(segments[0].release_id)}
    changed = {i for i, s in enumerate(segments) if i and s.id in after and after[s.id] != s}
    assert changed == set(FILLED)
    for i in FILLED:
        filled = after[segments[i].id]
        assert (filled.target, filled.status, filled.origin.kind, filled.version, filled.updated_by) == (
            TARGET,
            SegmentStatus.DRAFT,
            OriginKind.REPETITION,
            segments[i].version + 1,
            "ana",
        )
    assert translator.releases.segment(elsewhere[0].id) == elsewhere[0]
    with units() as uow:
        assert uow.segments.get(segments[15].id) == archived
    assert archived.target == ""


def test_the_filled_segments_are_handed_back_as_written_with_their_events(
    db_url: str, translator: Workspace, reviewer: Workspace, units: SqlUnitOfWorkFactory
) -> None:
    segments = store(reviewer, RELEASE, "Contact")
    archive(db_url, segments[15].id)
    with units() as uow:
        confirmed = uow.segments.save(
            replace(segments[0], target=TARGET, status=SegmentStatus.TRANSLATED, updated_by="ana"), 1
        )
        returned = fill_repetitions(uow, confirmed, translator.actor)
        uow.commit()

    assert [s.position for s in returned] == FILLED
    stored = {s.id: s for s in translator.releases.segments(segments[0].release_id)}
    assert returned == [stored[s.id] for s in returned]
    with units() as uow:
        for i in FILLED:
            trail = [(e.kind, e.old, e.new, e.user) for e in uow.events.for_segment(segments[i].id)]
            status_change = [] if segments[i].status is SegmentStatus.DRAFT else [
                (EventKind.STATUS, segments[i].status.value, "draft", "ana")
            ]  # fmt: skip
            assert trail == [(EventKind.TARGET, segments[i].target, TARGET, "ana"), *status_change]


def test_a_copy_written_by_someone_else_since_it_was_read_is_left_alone(
    translator: Workspace, units: SqlUnitOfWorkFactory
) -> None:
    segments = store(translator, RELEASE[:3], "Contact")
    with units() as uow:
        found = uow.segments.repetitions(segments[0], {SegmentStatus.NEW, SegmentStatus.DRAFT})
        assert [s.id for s in found] == [segments[1].id, segments[2].id]
        mine = uow.segments.save(
            replace(found[1], target="Contact (Ana)", updated_by="ana"), found[1].version
        )
        written = uow.segments.set_targets(
            found, TARGET, SegmentStatus.DRAFT, Origin(OriginKind.REPETITION), "rui"
        )
        uow.commit()
    assert [s.id for s in written] == [segments[1].id]
    assert translator.releases.segment(segments[2].id) == mine
    assert translator.releases.segment(segments[1].id) == written[0]


def test_every_write_of_a_source_stores_its_repetition_hash(
    db_url: str, translator: Workspace, tmp_path: Path
) -> None:
    first = tmp_path / "v1.md"
    first.write_text("# Titre\n\nLe bureau ouvre.\n\nLe bureau ferme.\n\nFin.\n", encoding="utf-8")
    release = translator.importing.import_file(first, "fr", "en", translator.actor)
    assert release.id is not None
    revised = tmp_path / "v2.md"
    revised.write_text("# Titre\n\nLe bureau ouvre.\n\nLe bureau  ouvre.\n\nNouveau.\n", encoding="utf-8")
    summary = translator.handoff.updating.update_file(revised, release.id, translator.actor)
    assert (summary.changed, summary.added, summary.removed) == (1, 1, 1)

    engine = create_database_engine(db_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT source, repetition_hash FROM segments")).all()
    finally:
        engine.dispose()
    assert {source for source, _ in rows} >= {"Le bureau  ouvre.", "Nouveau.", "Fin."}
    assert [tuple(row) for row in rows] == [(source, repetition_hash(source)) for source, _ in rows]

    opens, revised_copy = [s for s in translator.releases.segments(release.id) if "ouvre" in s.source]
    translator.editing.edit(opens.id, "The office opens.", translator.actor, confirm=True)
    assert translator.releases.segment(revised_copy.id).target == "The office opens."


def with_statements(action: Callable[[], T]) -> tuple[T, list[str]]:
    """What ``action`` returned, and the statements it sent to the database."""
    statements: list[str] = []

    def remember(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", remember)
    try:
        result = action()
    finally:
        event.remove(Engine, "before_cursor_execute", remember)
    return result, statements


def test_a_confirmation_hands_back_the_copies_it_filled_without_reading_them_again(
    translator: Workspace,
) -> None:
    """What the window's open release takes in is the fill's own result: as stored, and the same few
    statements whether it filled two copies or a hundred."""
    sent: dict[int, list[str]] = {}
    for copies in (3, 100):
        segments = store(translator, [("Contact presse", SegmentStatus.NEW, "", True)] * copies, f"{copies}")
        target = f"{TARGET} ({copies})"  # a new memory unit each time: the same statements store it
        saved, sent[copies] = with_statements(
            partial(translator.editing.edit, segments[0].id, target, translator.actor, confirm=True)
        )
        stored = translator.releases.segments(segments[0].release_id)
        assert saved.segment == stored[0]
        assert list(saved.repetitions) == stored[1:]
        assert {(s.target, s.status, s.version) for s in saved.repetitions} == {
            (target, SegmentStatus.DRAFT, 2)
        }
    assert len(sent[100]) == len(sent[3]), "no statement per filled copy"
