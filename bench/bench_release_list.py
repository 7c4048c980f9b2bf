"""Time the release list of a large workspace, the way it was read and the way it is.

Run: ``.venv/bin/python bench/bench_release_list.py [--sizes 100,1000] [--runs 7] [--no-postgresql]``.

For each size, on SQLite and on a throwaway PostgreSQL server, a workspace of that many releases is generated
through the real creation service: 30 to 300 segments each (about 165 on average, so 165,000 segments at
1,000 releases), every other release half translated, each with the original file a text import keeps. The
workspace is closed and opened again, then ``--runs`` times each, in turns:

- "before": the list as it was read, kept here as the baseline, on a copy of the workspace with the index it
  had (release and status only): counts per release, status and translatable flag grouped over the live
  segments, then every release as an ORM row. (The releases' files were in their rows, and in SQLite the
  columns after them were read through them; that cost, which grows with the files, is not reproduced,
  so on SQLite the ratio understates the gain.)
- "after": ``ReleaseQueries.summaries()`` as it is now, on the workspace as it is.

Printed: the median and the slowest of the runs (ms), the ratio of the medians, and whether both gave the same
list. Goal: the release list of 1,000 releases in well under 300 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime

from bench_support import (
    Databases,
    bench_arguments,
    databases,
    machine_line,
    open_as,
    store_release,
    synthetic_sources,
)
from sqlalchemy import func, select, text

from translator_app.domain.models import ReleaseSummary, Role, SegmentStatus
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.mapping import aware, release_from_row
from translator_app.persistence.schema import ReleaseRow, SegmentRow
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.workspace import Workspace


def summaries_before(units: SqlUnitOfWorkFactory) -> list[ReleaseSummary]:
    """The baseline: the release list's query and mapping as they were."""
    with units() as uow:
        session = uow.releases._session
        counts: dict[int, dict[SegmentStatus, int]] = {}
        last: dict[int, datetime | None] = {}
        untranslatable: dict[int, int] = {}
        query = (
            select(
                SegmentRow.release_id,
                SegmentRow.status,
                SegmentRow.translatable,
                func.count(),
                func.max(SegmentRow.updated_at),
            )
            .where(SegmentRow.archived.is_(False))
            .group_by(SegmentRow.release_id, SegmentRow.status, SegmentRow.translatable)
        )
        for release_id, status, translatable, count, latest in session.execute(query):
            if translatable:
                counts.setdefault(release_id, {})[SegmentStatus(status)] = count
            else:
                untranslatable[release_id] = untranslatable.get(release_id, 0) + count
            moment = aware(latest)
            previous = last.get(release_id)
            if moment is not None and (previous is None or moment > previous):
                last[release_id] = moment
        rows = session.scalars(
            select(ReleaseRow).order_by(ReleaseRow.created_at.desc(), ReleaseRow.id.desc())
        )
        return [
            ReleaseSummary(
                release_from_row(row),
                {status: counts.get(row.id, {}).get(status, 0) for status in SegmentStatus},
                last.get(row.id) or aware(row.created_at),
                untranslatable.get(row.id, 0),
            )
            for row in rows
        ]


def fill_workspace(workspace: Workspace, releases: int) -> int:
    """``releases`` releases of 30 to 300 segments; returns the number of segments stored."""
    rng = random.Random(1000)
    total = 0
    for number in range(releases):
        size = rng.randint(30, 300)
        sources = synthetic_sources(size, repeated=True, seed=number)
        store_release(workspace, sources, f"Communiqué {number + 1}", translated=number % 2 == 0)
        total += size
    return total


def comparable(summaries: list[ReleaseSummary]) -> list[tuple[object, ...]]:
    """What the list shows of each release (the skeleton, which no list shows, left out)."""
    return [
        (s.release.id, s.release.title, s.release.source_lang, s.counts, s.last_change, s.untranslatable)
        for s in summaries
    ]


OLD_INDEX = text("CREATE INDEX ix_segments_release_status ON segments (release_id, status)")


def with_the_old_index(url: str) -> None:
    """The segments' index as the baseline had it: (release, status), which leaves the counts to the table."""
    engine = create_database_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP INDEX ix_segments_release_progress"))
            connection.execute(OLD_INDEX)
    finally:
        engine.dispose()


def vacuumed(url: str) -> None:
    """On PostgreSQL, the state autovacuum brings a workspace to (statistics, visibility map); SQLite keeps
    none unless asked, and the app never asks."""
    if url.startswith("sqlite"):
        return
    engine = create_database_engine(url).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()


def bench_line(dbs: Databases, backend: str, releases: int, runs: int) -> str:
    url = dbs.new(backend)
    workspace = open_as(url, Role.REVIEWER)  # stores approved and rejected segments
    try:
        segments = fill_workspace(workspace, releases)
    finally:
        workspace.close()
    baseline = dbs.copy(url)
    with_the_old_index(baseline)
    vacuumed(url)
    vacuumed(baseline)
    workspace = open_as(url)
    engine = create_database_engine(baseline)
    units = SqlUnitOfWorkFactory(engine, baseline)
    before: list[float] = []
    after: list[float] = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            old = summaries_before(units)
            before.append(time.perf_counter() - started)
            started = time.perf_counter()
            new = workspace.releases.summaries()
            after.append(time.perf_counter() - started)
    finally:
        workspace.close()
        engine.dispose()
    assert len(new) == releases
    same = "yes" if comparable(old) == comparable(new) else "NO"
    median_before, median_after = statistics.median(before) * 1000, statistics.median(after) * 1000
    return (
        f"{backend:<11}{releases:>9}{segments:>10}{median_before:>9.0f}{max(before) * 1000:>8.0f}"
        f"{median_after:>9.0f}{max(after) * 1000:>8.0f}{median_before / median_after:>8.1f}×  {same}"
    )


def main(argv: list[str]) -> int:
    parser = bench_arguments(__doc__, "100,1000")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    print(machine_line())
    print("the release list, wall-clock ms (median and slowest of the runs)")
    print(
        f"{'database':<11}{'releases':>9}{'segments':>10}{'before':>9}{'max':>8}{'after':>9}{'max':>8}"
        f"{'ratio':>9}  same list"
    )
    with databases(not args.no_postgresql) as dbs:
        for backend in dbs.backends:
            for releases in args.sizes:
                print(bench_line(dbs, backend, releases, args.runs), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
