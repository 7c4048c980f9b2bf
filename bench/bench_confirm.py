"""Time confirming a segment (Ctrl+Enter) as the release grows, the repetition look-up before and after.

Run: ``.venv/bin/python bench/bench_confirm.py [--sizes 500,35000,100000] [--confirms 200]
[--no-postgresql]``.

For each size, on SQLite and on a throwaway PostgreSQL server, a synthetic French release is stored twice
(two identical databases): once with every sentence different ("unique"), once with a third of the segments
taken from 300 repeated sentences ("repeated"). From the middle of the release, ``--confirms`` segments are
confirmed in document order through the editing service, each with the target a translator would type (the
same for every copy of a sentence), so the first confirmation of a repeated sentence fills its copies.

- "before": the confirmation as it was, kept here as the baseline: every new or draft segment whose source
  starts with the confirmed source's first word loaded as ORM rows and saved one by one (an UPDATE, then the
  row read back; a copy saved by someone else meanwhile skipped), segments read as ORM rows, each event added
  as an ORM object, the neighbours' sources in two statements, and the release read with its original file's
  bytes (a text import keeps them) to store the memory unit;
- "after": the service as it is (an indexed hash of the normalised source, one UPDATE … RETURNING, plain
  rows, the events in one INSERT, the release read without its file).

On PostgreSQL both run on a team workspace as ``admin init`` sets it up, signed in as a translator: the
triggers check every write, write the history (the app writes no event there) and send NOTIFY, one per
statement, so the baseline's copy-by-copy fill pays them per copy and the one UPDATE once.

Printed per line: median and p95 of one confirmation (wall-clock ms) both ways, the median CPU time of this
process in "after" (the rest is waiting: for the database server, the disk's flush, a busy core), the ratio
of the medians, and whether both ways left exactly the same segments (targets, statuses, origins, versions)
and the same history (segment, kind, author, role, old and new value of every event).
Goal: median < 5 ms and p95 < 15 ms on SQLite at every size; median < 15 ms on PostgreSQL.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from bench_support import (
    Databases,
    Figures,
    bench_arguments,
    databases,
    machine_line,
    open_as,
    segment_from_orm_row,
    store_release,
    synthetic_sources,
)
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from translator_app.domain.errors import ConflictError, NotFoundError
from translator_app.domain.models import Event, Release, Segment, SegmentStatus, StoredSegment
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.repositories import (
    SqlEventRepository,
    SqlReleaseRepository,
    SqlSegmentRepository,
    now,
)
from translator_app.persistence.schema import EventRow, ReleaseFileRow, SegmentRow
from translator_app.services import editing
from translator_app.services.actor import Actor
from translator_app.services.ports import UnitOfWork
from translator_app.services.repetitions import repetition_key


def fill_repetitions_before(uow: UnitOfWork, confirmed: Segment, actor: Actor) -> list[Segment]:
    """The baseline: candidates by first word (no index can serve ``ltrim(source) LIKE 'word%'``), as ORM
    rows, each written with its own compare-and-set."""
    assert confirmed.release_id is not None
    key = repetition_key(confirmed.source)
    filled: list[Segment] = []
    if not key:
        return filled
    assert isinstance(uow.segments, SqlSegmentRepository)
    session = uow.segments._session
    query = (
        select(SegmentRow)
        .where(
            SegmentRow.release_id == confirmed.release_id,
            SegmentRow.archived.is_(False),
            SegmentRow.translatable.is_(True),
            SegmentRow.status.in_([SegmentStatus.NEW.value, SegmentStatus.DRAFT.value]),
            func.ltrim(SegmentRow.source).startswith(key.split(" ", 1)[0], autoescape=True),
        )
        .order_by(SegmentRow.position)
    )
    for other in [segment_from_orm_row(row) for row in session.scalars(query)]:
        if other.id == confirmed.id or repetition_key(other.source) != key:
            continue
        if other.target == confirmed.target:
            continue
        after = replace(
            other,
            target=confirmed.target,
            status=SegmentStatus.DRAFT,
            origin=editing.REPETITION,
            updated_by=actor.user,
        )
        try:
            saved = uow.segments.save(after, other.version)
        except ConflictError:
            continue
        editing.record_change(uow, other, saved, actor)
        filled.append(saved)
    return filled


def orm_segment(session: Session, segment_id: int) -> StoredSegment:
    """A segment read as an ORM row, refreshed from the database (the baseline's get)."""
    row = session.get(SegmentRow, segment_id, populate_existing=True)
    if row is None:
        raise NotFoundError("segment", segment_id)
    return StoredSegment(**vars(segment_from_orm_row(row)) | {"release_id": row.release_id})


def save_before(self: SqlSegmentRepository, segment: StoredSegment, expected_version: int) -> StoredSegment:
    """The baseline's compare-and-set: an ORM UPDATE, then the row read back (no RETURNING)."""
    result = self._session.execute(
        update(SegmentRow)
        .where(SegmentRow.id == segment.id, SegmentRow.version == expected_version)
        .values(
            target=segment.target,
            status=segment.status.value,
            origin=segment.origin.code(),
            translatable=segment.translatable,
            updated_by=segment.updated_by,
            updated_at=now(),
            version=SegmentRow.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        current = orm_segment(self._session, segment.id)
        raise ConflictError(segment.id, expected_version, current.version, current.updated_by)
    return orm_segment(self._session, segment.id)


def neighbours_before(self: SqlSegmentRepository, segment: Segment) -> tuple[str, str]:
    """The baseline's context of a memory unit: two limited look-ups, one statement each."""
    live = select(SegmentRow.source).where(
        SegmentRow.release_id == segment.release_id,
        SegmentRow.archived.is_(False),
        SegmentRow.translatable.is_(True),
    )
    before = self._session.scalars(
        live.where(SegmentRow.position < segment.position).order_by(SegmentRow.position.desc()).limit(1)
    ).first()
    after = self._session.scalars(
        live.where(SegmentRow.position > segment.position).order_by(SegmentRow.position).limit(1)
    ).first()
    return before or "", after or ""


def events_before(self: SqlEventRepository, events: Sequence[Event]) -> None:
    """The baseline's history: one ORM object, so one INSERT, per event."""
    for event in events:
        self._session.add(
            EventRow(
                segment_id=event.segment_id,
                kind=event.kind.value,
                user=event.user,
                role=event.role,
                at=event.at or now(),
                old=event.old,
                new=event.new,
                comment=event.comment,
            )
        )
        self._session.flush()


@contextmanager
def baseline_paths() -> Iterator[None]:
    """The confirmation as it was: the first-word look-up and copy-by-copy fill, ORM reads and writes, events
    one by one, the memory unit's context in two statements, and the whole release (with the original file's
    bytes) read to store the memory unit."""
    header = SqlReleaseRepository.header

    def header_with_file(self: SqlReleaseRepository, release_id: int) -> Release:
        release = header(self, release_id)
        file = select(ReleaseFileRow.original).where(ReleaseFileRow.release_id == release_id)
        release.original = self._session.scalar(file)
        return release

    patches: list[tuple[object, str, object]] = [
        (editing, "fill_repetitions", fill_repetitions_before),
        (SqlReleaseRepository, "header", header_with_file),
        (SqlSegmentRepository, "get", lambda self, segment_id: orm_segment(self._session, segment_id)),
        (SqlSegmentRepository, "save", save_before),
        (SqlSegmentRepository, "neighbour_sources", neighbours_before),
        (SqlEventRepository, "add_many", events_before),
    ]
    kept = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    for owner, name, replacement in patches:
        setattr(owner, name, replacement)
    try:
        yield
    finally:
        for owner, name, original in kept:
            setattr(owner, name, original)


def history(url: str) -> list[tuple[object, ...]]:
    """Every event of the workspace (read as its owner on PostgreSQL), without the times."""
    engine = create_database_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    'SELECT segment_id, kind, "user", role, old, new, comment FROM events '
                    "ORDER BY segment_id, id"
                )
            )
            return [tuple(row) for row in rows]
    finally:
        engine.dispose()


def confirm_run(url: str, release_id: int, confirms: int) -> tuple[Figures, list[tuple[object, ...]]]:
    """Confirm ``confirms`` segments from the middle of the release; their times and the final state."""
    workspace = open_as(url)
    figures = Figures()
    try:
        segments = workspace.releases.segments(release_id)
        start = len(segments) // 2
        chosen = [s.id for s in segments[start:] if s.translatable][:confirms]
        for segment_id in chosen:
            assert segment_id is not None
            current = workspace.releases.segment(segment_id)
            if current.status is not SegmentStatus.NEW and current.status is not SegmentStatus.DRAFT:
                continue
            target = "EN " + repetition_key(current.source)
            started, cpu = time.perf_counter(), time.process_time()
            workspace.editing.edit(
                segment_id, target, workspace.actor, confirm=True, expected_version=current.version
            )
            figures.times.append(time.perf_counter() - started)
            figures.cpu.append(time.process_time() - cpu)
        state = [
            (s.id, s.target, s.status, s.origin, s.version) for s in workspace.releases.segments(release_id)
        ]
    finally:
        workspace.close()
    return figures, [*state, *history(url)]


def bench_line(dbs: Databases, backend: str, size: int, repeated: bool, confirms: int) -> str:
    url = dbs.new(backend)
    workspace = open_as(url)
    try:
        release_id = store_release(workspace, synthetic_sources(size, repeated=repeated))
    finally:
        workspace.close()
    copy = dbs.copy(url)
    with baseline_paths():
        before, state_before = confirm_run(url, release_id, confirms)
    after, state_after = confirm_run(copy, release_id, confirms)
    same = "yes" if state_before == state_after else "NO"
    return (
        f"{backend:<11}{size:>8} {'repeated' if repeated else 'unique':<9}{len(after.times):>5}"
        f"{before.median_ms:>9.1f}{before.p95_ms:>8.1f}{after.median_ms:>9.1f}{after.p95_ms:>8.1f}"
        f"{after.cpu_median_ms:>7.1f}{before.median_ms / after.median_ms:>8.1f}×  {same}"
    )


def main(argv: list[str]) -> int:
    parser = bench_arguments(__doc__, "500,35000,100000")
    parser.add_argument("--confirms", type=int, default=200)
    args = parser.parse_args(argv)
    print(machine_line())
    print("one confirmation, wall-clock ms (before: first-word look-up, ORM rows, a save per copy, release")
    print("with its file; after: indexed hash, one UPDATE … RETURNING, plain rows, release without its file)")
    print(
        f"{'database':<11}{'segments':>8} {'release':<9}{'n':>5}{'before':>9}{'p95':>8}{'after':>9}{'p95':>8}"
        f"{'cpu':>7}{'ratio':>9}  same result"
    )
    with databases(not args.no_postgresql) as dbs:
        for backend in dbs.backends:
            for size in args.sizes:
                for repeated in (False, True):
                    print(bench_line(dbs, backend, size, repeated, args.confirms), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
