"""Time reading a release for the window's grid, the way it was and the way it is, at growing sizes.

Run: ``.venv/bin/python bench/bench_open.py [--sizes 500,10000,35000,100000] [--runs 5] [--no-postgresql]``.

For each size, on SQLite and on a throwaway PostgreSQL server, a synthetic French release (a third of its
sentences repeated, every other segment translated, with the original file a text import keeps) is stored, the
workspace closed and opened again. Then, ``--runs`` times each, in turns:

- "before": what opening a release read, kept here as the baseline: the release row with its original file,
  then every segment as an ORM object mapped to a ``Segment``;
- "segments": ``ReleaseQueries.release()`` then ``ReleaseQueries.segments()`` as they are now: the release
  without its file, every column of the segments as plain rows made into ``Segment`` objects directly;
- "grid": ``ReleaseQueries.release()`` then ``ReleaseQueries.grid_rows()``: only the columns a grid row
  shows, as small ``GridRow`` tuples (the full segment is read when one is opened).

Printed: the median of the runs (ms) and the ratios to "before". Goal (with the grid's own model and paint on
top): 100,000 segments painted in < 1.5 s, 10,000 in < 300 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from bench_support import (
    Databases,
    bench_arguments,
    databases,
    machine_line,
    open_as,
    segment_from_orm_row,
    store_release,
    synthetic_sources,
)
from sqlalchemy import select

from translator_app.domain.models import Role
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.schema import SegmentRow
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.workspace import Workspace


def read_before(units: SqlUnitOfWorkFactory, release_id: int) -> int:
    with units() as uow:
        session = uow.releases._session
        uow.releases.get(release_id)
        query = (
            select(SegmentRow)
            .where(SegmentRow.release_id == release_id, SegmentRow.archived.is_(False))
            .order_by(SegmentRow.position)
        )
        return len([segment_from_orm_row(r) for r in session.scalars(query)])


def read_after(workspace: Workspace, release_id: int) -> int:
    workspace.releases.release(release_id)
    return len(workspace.releases.segments(release_id))


def read_grid(workspace: Workspace, release_id: int) -> int:
    workspace.releases.release(release_id)
    return len(workspace.releases.grid_rows(release_id))


def timed(read: Callable[[], int], expected: int) -> float:
    started = time.perf_counter()
    count = read()
    elapsed = time.perf_counter() - started
    assert count == expected, (count, expected)
    return elapsed


def bench_line(dbs: Databases, backend: str, size: int, runs: int) -> str:
    url = dbs.new(backend)
    workspace = open_as(url, Role.REVIEWER)  # stores approved and rejected segments
    try:
        release_id = store_release(workspace, synthetic_sources(size, repeated=True), translated=True)
    finally:
        workspace.close()
    workspace = open_as(url)
    engine = create_database_engine(url)
    units = SqlUnitOfWorkFactory(engine, url)
    ways = {
        "before": lambda: read_before(units, release_id),
        "after": lambda: read_after(workspace, release_id),
        "grid": lambda: read_grid(workspace, release_id),
    }
    spent: dict[str, list[float]] = {name: [] for name in ways}
    try:
        for _ in range(runs):
            for name, read in ways.items():
                spent[name].append(timed(read, size))
    finally:
        workspace.close()
        engine.dispose()
    before, after, grid = (statistics.median(spent[name]) * 1000 for name in ways)
    return (
        f"{backend:<11}{size:>8}{before:>10.0f}{after:>10.0f}{before / after:>8.1f}×"
        f"{grid:>10.0f}{before / grid:>8.1f}×"
    )


def main(argv: list[str]) -> int:
    parser = bench_arguments(__doc__, "500,10000,35000,100000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(machine_line())
    print("reading a release for the grid, wall-clock ms, median of the runs")
    print(f"{'database':<11}{'segments':>8}{'before':>10}{'segments':>10}{'ratio':>9}{'grid':>10}{'ratio':>9}")
    with databases(not args.no_postgresql) as dbs:
        for backend in dbs.backends:
            for size in args.sizes:
                print(bench_line(dbs, backend, size, args.runs), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
