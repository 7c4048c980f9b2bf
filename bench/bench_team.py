"""A team on one PostgreSQL server: throughput, confirm latency, conflicts, lost updates, forbidden actions
that got through, and how long until the other desktops are told of a commit.

Run: ``.venv/bin/python bench/bench_team.py`` (``--seconds 20`` for a shorter run). It starts a throwaway
server from the machine's binaries (``tests/pg_server.py``), sets up a team database as ``admin init`` does
and creates one real login per simulated user. Every user works on its own connections (the app's services,
a change feed listening for NOTIFY) in threads spread over a few processes:

- **baseline**: the same saturating workload on a database without the team rules (no triggers, no
  privileges, no NOTIFY; the app writes the history itself, everyone is the same database user), as before;
- **(a) saturation**: 16 users (12 translators confirming, 4 reviewers approving) as fast as they can;
- **(b) a press office's day**: 100 users, each confirming (translators) or approving (reviewers) every 2 to
  4 seconds.

Translators confirm like the window (edit with the version they read: a newer one is a conflict, counted);
every twentieth action they also try something forbidden with raw SQL on a connection of their own (approve,
forge a history row, delete a release, sign off): each success is counted. Lost updates: a segment whose final
target is not the one of its last successful save, or two saves that both claimed the same version. The
notification delay runs from the moment a save returned to the moment another user's listener received it
(every other listener counted), clamped at 0 (a listener can be told before the writer's call returns).
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import multiprocessing
import os
import random
import sys
import tempfile
import threading
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]
os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="bench-team-cache-"))
# SQLAlchemy 2.1 warns once per process that the versioned UPDATE's class is not cached; noted, not ours here.
warnings.filterwarnings("ignore", message="Class AnnotatedUpdate will not make use of SQL compilation")

import psycopg  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from tests.pg_server import PostgresServer, start_server  # noqa: E402
from tests.pg_team import OWNER, new_database, set_up_team  # noqa: E402

from translator_app.app import open_workspace  # noqa: E402
from translator_app.domain.changes import Change, ChangeKind  # noqa: E402
from translator_app.domain.errors import ConflictError, DomainError  # noqa: E402
from translator_app.domain.models import Block, Release, Role, Segment, SegmentStatus  # noqa: E402
from translator_app.domain.team import TeamRole  # noqa: E402
from translator_app.persistence.database import create_database_engine  # noqa: E402
from translator_app.persistence.migrate import upgrade  # noqa: E402
from translator_app.persistence.uow import SqlUnitOfWorkFactory  # noqa: E402
from translator_app.services.actor import Actor  # noqa: E402
from translator_app.services.editing import EditingService  # noqa: E402
from translator_app.services.releases import ReleaseCreation, ReleaseQueries  # noqa: E402
from translator_app.services.review import ReviewService  # noqa: E402

RELEASES = 8
SEGMENTS = 40
FORBIDDEN_EVERY = 20
ATTACKS = [
    "UPDATE segments SET status = 'approved' WHERE id = {segment} AND status <> 'approved'",
    'INSERT INTO events (segment_id, kind, "user", role, at, old, new, comment) '
    "VALUES ({segment}, 'status', 'someone', 'reviewer', now(), 'translated', 'approved', '')",
    "DELETE FROM releases WHERE id = {release}",
    'INSERT INTO signoffs (release_id, "user", at, version_mark, event_mark) '
    "VALUES ({release}, 'x', now(), 0, 0)",
]


@dataclass
class Scenario:
    name: str
    users: list[tuple[str, Role]]
    processes: int
    seconds: float
    pace: tuple[float, float] | None
    """Seconds between one user's actions (uniform); None: as fast as it can."""
    url: str
    releases: list[int]
    team: bool = True


@dataclass
class Write:
    login: str
    segment: int
    version: int
    target: str
    started: float
    done: float
    kind: str


@dataclass
class Outcome:
    writes: list[Write] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    """Seconds per confirm (translators' actions)."""
    conflicts: int = 0
    forbidden_tried: int = 0
    forbidden_passed: int = 0
    receipts: list[tuple[str, int, float]] = field(default_factory=list)
    """(listener's login, segment id, time received)."""
    errors: list[str] = field(default_factory=list)
    client_cpu: float = 0.0
    """CPU seconds the simulated desktops' processes used during the run (they share the server's cores)."""

    def merge(self, other: Outcome) -> None:
        self.client_cpu += other.client_cpu
        self.writes += other.writes
        self.latencies += other.latencies
        self.conflicts += other.conflicts
        self.forbidden_tried += other.forbidden_tried
        self.forbidden_passed += other.forbidden_passed
        self.receipts += other.receipts
        self.errors += other.errors


# -- one simulated person ------------------------------------------------------------------------------


class Person:
    def __init__(self, login: str, role: Role, scenario: Scenario, conninfo: str) -> None:
        self.login, self.role, self.scenario, self.conninfo = login, role, scenario, conninfo
        self.outcome = Outcome()
        self.random = random.Random(hash(login))
        self.lock = threading.Lock()
        if scenario.team:
            self.workspace: Any = open_workspace(scenario.url, login, None)
            self.actor = self.workspace.actor
            self.editing, self.review, self.queries = (
                self.workspace.editing,
                self.workspace.review,
                self.workspace.releases,
            )
            self.workspace.changes.subscribe(self.received)
        else:  # the app as it was: everyone the same database user, the app writes the history
            self.workspace = None
            engine = create_database_engine(scenario.url)
            uow = SqlUnitOfWorkFactory(engine, "baseline")
            self.engine = engine
            self.actor = Actor(login, role)
            self.editing, self.review, self.queries = (
                EditingService(uow),
                ReviewService(uow),
                ReleaseQueries(uow),
            )

    def received(self, change: Change) -> None:
        if change.kind is ChangeKind.SEGMENTS and change.segment_ids:
            moment = time.time()
            with self.lock:
                self.outcome.receipts += [(self.login, s, moment) for s in change.segment_ids]

    def run(self, start: float, stop: float) -> None:
        time.sleep(max(0.0, start - time.time()))
        if self.scenario.pace is not None:  # people do not all press Ctrl+Enter in the same millisecond
            time.sleep(self.random.uniform(*self.scenario.pace))
        count = 0
        while time.time() < stop:
            count += 1
            try:
                if self.role is Role.TRANSLATOR:
                    self.confirm_one()
                    if self.scenario.team and count % FORBIDDEN_EVERY == 0:
                        self.try_forbidden()
                else:
                    self.approve_one()
            except DomainError as error:
                self.outcome.errors.append(f"{self.login}: {error}")
            except sa.exc.DBAPIError as error:  # a deadlock, say: the action is lost, the person goes on
                reason = str(error.orig).splitlines()[0] if error.orig else type(error).__name__
                self.outcome.errors.append(f"{self.login}: database error: {reason}")
            if self.scenario.pace is not None:
                time.sleep(self.random.uniform(*self.scenario.pace))

    def pick(self) -> tuple[int, Segment]:
        release = self.random.choice(self.scenario.releases)
        position = self.random.randrange(SEGMENTS)
        return release, self.segment_at(release, position)

    def segment_at(self, release: int, position: int) -> Segment:
        segment_id = self.scenario_ids[(release, position)]
        return self.queries.segment(segment_id)  # type: ignore[no-any-return]

    scenario_ids: ClassVar[dict[tuple[int, int], int]] = {}

    def confirm_one(self) -> None:
        release, seen = self.pick()
        target = f"Sentence {seen.position} of release {release}: the office opens, as {self.login} put it."
        if seen.target == target:
            target = target.replace("put it", "says")
        started = time.time()
        try:
            saved = self.editing.edit(
                seen.id, target, self.actor, confirm=True, expected_version=seen.version
            ).segment
        except ConflictError:
            self.outcome.conflicts += 1
            return
        done = time.time()
        self.outcome.latencies.append(done - started)
        assert saved.id is not None
        self.outcome.writes.append(
            Write(self.login, saved.id, saved.version, target, started, done, "confirm")
        )

    def approve_one(self) -> None:
        _, seen = self.pick()
        if seen.status is not SegmentStatus.TRANSLATED or seen.id is None:
            return
        started = time.time()
        try:
            [saved] = self.review.approve(
                [seen.id], self.actor, override="bench", seen_versions={seen.id: seen.version}
            )
        except ConflictError:
            self.outcome.conflicts += 1
            return
        done = time.time()
        self.outcome.writes.append(
            Write(self.login, seen.id, saved.version, seen.target, started, done, "approve")
        )

    def try_forbidden(self) -> None:
        """One forbidden statement on a connection of its own, always rolled back (the baseline, which has
        no rules, would otherwise lose its releases): it counts as passed when the server let it change a
        row."""
        release, seen = self.pick()
        statement = self.random.choice(ATTACKS).format(segment=seen.id, release=release)
        self.outcome.forbidden_tried += 1
        try:
            with psycopg.connect(self.conninfo) as connection:
                changed = connection.execute(statement.encode()).rowcount
                connection.rollback()
            if changed > 0:
                self.outcome.forbidden_passed += 1
        except psycopg.Error:
            pass

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
        else:
            self.engine.dispose()


def run_process(
    scenario: Scenario,
    users: list[tuple[str, Role]],
    ids: dict[tuple[int, int], int],
    conninfos: dict[str, str],
    ready: Any,
    results: Any,
) -> None:
    Person.scenario_ids = ids
    people = [Person(login, role, scenario, conninfos[login]) for login, role in users]
    for person in people:
        if person.workspace is not None:
            person.workspace.changes.start()
    ready.wait()  # every process has signed its users in and is listening
    start = time.time() + 0.5
    stop = start + scenario.seconds
    threads = [threading.Thread(target=p.run, args=(start, stop)) for p in people]
    cpu = time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cpu = time.process_time() - cpu
    time.sleep(1.0)  # the last notifications
    outcome = Outcome(client_cpu=cpu)
    for person in people:
        person.close()
        outcome.merge(person.outcome)
    results.put(outcome)


# -- a scenario ----------------------------------------------------------------------------------------


def run_scenario(scenario: Scenario, ids: dict[tuple[int, int], int], conninfos: dict[str, str]) -> Outcome:
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    shares = [scenario.users[i :: scenario.processes] for i in range(scenario.processes)]
    ready = context.Barrier(scenario.processes)
    processes = [
        context.Process(target=run_process, args=(scenario, share, ids, conninfos, ready, results))
        for share in shares
    ]
    for process in processes:
        process.start()
    outcome = Outcome()
    for _ in processes:
        outcome.merge(results.get(timeout=scenario.seconds + 300))
    for process in processes:
        process.join()
    return outcome


def forbidden_without_rules(conninfo: str, release: int, segment: int) -> int:
    """Each forbidden statement once on the baseline database (rolled back): how many it lets through."""
    passed = 0
    for attack in ATTACKS:
        with psycopg.connect(conninfo) as connection:
            with contextlib.suppress(psycopg.Error):
                statement = attack.format(segment=segment, release=release).encode()
                passed += connection.execute(statement).rowcount > 0
            connection.rollback()
    return passed


def lost_updates(outcome: Outcome, url: str) -> int:
    """Saves that claimed the same version, and segments whose final target is not their last save's."""
    claimed = defaultdict(int)
    last: dict[int, Write] = {}
    for write in outcome.writes:
        claimed[(write.segment, write.version)] += 1
        if write.segment not in last or write.version > last[write.segment].version:
            last[write.segment] = write
    duplicates = sum(n - 1 for n in claimed.values() if n > 1)
    engine = create_database_engine(url)
    try:
        with engine.connect() as connection:
            final = dict(connection.execute(sa.text("SELECT id, target FROM segments")).all())  # type: ignore[arg-type]
    finally:
        engine.dispose()
    overwritten = sum(1 for segment, write in last.items() if final.get(segment) != write.target)
    return duplicates + overwritten


def notification_delays(outcome: Outcome) -> list[float]:
    received: dict[tuple[str, int], list[float]] = defaultdict(list)
    for listener, segment, moment in outcome.receipts:
        received[(listener, segment)].append(moment)
    for times in received.values():
        times.sort()
    listeners = {listener for listener, _, _ in outcome.receipts}
    delays = []
    for write in outcome.writes:
        for listener in listeners:
            if listener == write.login:
                continue
            times = received.get((listener, write.segment), [])
            index = bisect.bisect_left(times, write.started)
            if index < len(times):
                delays.append(max(0.0, times[index] - write.done))
    return delays


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(name: str, scenario: Scenario, outcome: Outcome, lost: int) -> dict[str, float]:
    confirms = len(outcome.latencies)
    actions = len(outcome.writes)
    delays = notification_delays(outcome) if scenario.team else []
    figures = {
        "actions_per_s": actions / scenario.seconds,
        "confirms_per_s": confirms / scenario.seconds,
        "p50": percentile(outcome.latencies, 0.50) * 1000,
        "p95": percentile(outcome.latencies, 0.95) * 1000,
        "notify_p50": percentile(delays, 0.50) * 1000,
        "notify_p95": percentile(delays, 0.95) * 1000,
    }
    forbidden = f"{outcome.forbidden_passed}/{outcome.forbidden_tried}"
    notify = f"{figures['notify_p50']:7.0f} {figures['notify_p95']:7.0f}" if delays else f"{'-':>7} {'-':>7}"
    print(
        f"{name:<30}{len(scenario.users):>6}{scenario.processes:>6}{figures['actions_per_s']:>9.1f}"
        f"{figures['confirms_per_s']:>10.1f}{figures['p50']:>8.1f}{figures['p95']:>8.1f}"
        f"{outcome.conflicts:>10}{lost:>6} {forbidden:<12}{notify}"
    )
    print(
        f"    the simulated desktops used {outcome.client_cpu / scenario.seconds:.2f} of the machine's cores"
    )
    if outcome.errors:
        kinds = sorted({e.split(": ", 1)[1].split(" (")[0] for e in outcome.errors})
        print(f"    {len(outcome.errors)} action(s) refused or failed: {'; '.join(kinds[:4])}")
    return figures


# -- setting up ----------------------------------------------------------------------------------------


def people(translators: int, reviewers: int) -> list[tuple[str, Role]]:
    found = [(f"t{n:03d}", Role.TRANSLATOR) for n in range(translators)]
    return found + [(f"r{n:03d}", Role.REVIEWER) for n in range(reviewers)]


def add_releases(url: str, login: str | None) -> dict[tuple[int, int], int]:
    """RELEASES releases of SEGMENTS distinct sentences each; returns (release, position) → segment id."""
    if login is not None:
        workspace = open_workspace(url, login, None)
        creation, queries, actor = workspace.creation, workspace.releases, workspace.actor
    else:
        engine = create_database_engine(url)
        uow = SqlUnitOfWorkFactory(engine, "baseline")
        creation, queries, actor = ReleaseCreation(uow), ReleaseQueries(uow), Actor("setup", Role.TRANSLATOR)
    ids: dict[tuple[int, int], int] = {}
    for r in range(RELEASES):
        release = creation.create(
            Release(f"Communiqué {r}", "fr", "en", created_by=actor.user),
            [Block(position=i) for i in range(SEGMENTS)],
            [
                Segment(
                    position=i, block=i, source=f"Phrase {i} du communiqué {r} : le bureau ouvre ses portes."
                )
                for i in range(SEGMENTS)
            ],
        )
        for segment in queries.segments(release.id or 0):
            ids[(release.id or 0, segment.position)] = segment.id or 0
    if login is not None:
        workspace.close()
    else:
        engine.dispose()
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each run (default 60)")
    parser.add_argument(
        "--processes", type=int, default=4, help="processes of the saturation runs (default 4)"
    )
    parser.add_argument(
        "--office-processes", type=int, default=10, help="processes of the 100-user run (default 10)"
    )
    parser.add_argument("--office-only", action="store_true", help="run (b) only")
    args = parser.parse_args()
    server: PostgresServer = start_server()
    try:
        team = people(80, 20)
        passwords = set_up_team(server, {login: TeamRole(role.value) for login, role in team})
        team_db = new_database(server)
        team_url = server.url(team_db, login=None)
        team_ids = add_releases(team_url, "t000")
        conninfos = {login: server.conninfo(team_db, login) for login, _ in team}

        plain_db = new_database(server, set_up=False)
        plain_url = server.url(plain_db, OWNER)
        engine = create_database_engine(plain_url)
        upgrade(engine)
        engine.dispose()
        plain_ids = add_releases(plain_url, None)
        plain_infos = {login: server.conninfo(plain_db, OWNER) for login, _ in team}
        del passwords

        saturating = people(12, 4)
        releases_team = sorted({r for r, _ in team_ids})
        releases_plain = sorted({r for r, _ in plain_ids})
        print(
            f"PostgreSQL {server.binaries.parent.name} on {os.cpu_count()} cores (shared machine), "
            f"{RELEASES} releases x {SEGMENTS} segments, {args.seconds:.0f} s per run"
        )
        print(
            f"{'run':<30}{'users':>6}{'procs':>6}{'acts/s':>9}{'confirm/s':>10}{'p50 ms':>8}{'p95 ms':>8}"
            f"{'conflicts':>10}{'lost':>6} {'forbidden ok':<12}{'notify p50/p95 ms':>17}"
        )
        if args.office_only:
            office = Scenario(
                "(b)", team, args.office_processes, args.seconds, (2.0, 4.0), team_url, releases_team
            )
            outcome = run_scenario(office, team_ids, conninfos)
            report("(b) press office, 100 users", office, outcome, lost_updates(outcome, team_url))
            return 0
        baseline = Scenario(
            "baseline", saturating, args.processes, args.seconds, None, plain_url, releases_plain, team=False
        )
        base_outcome = run_scenario(baseline, plain_ids, plain_infos)
        base = report(
            "baseline (no server rules)", baseline, base_outcome, lost_updates(base_outcome, plain_url)
        )
        (release, _), segment = next(iter(plain_ids.items()))
        passed = forbidden_without_rules(plain_infos["t000"], release, segment)
        print(f"    (not attacked during the run; tried afterwards: {passed}/{len(ATTACKS)} forbidden pass)")

        alone = Scenario("alone", people(1, 0), 1, min(20.0, args.seconds), None, team_url, releases_team)
        alone_figures = report(
            "one user alone, team rules", alone, run_scenario(alone, team_ids, conninfos), 0
        )

        saturation = Scenario("(a)", saturating, args.processes, args.seconds, None, team_url, releases_team)
        sat_outcome = run_scenario(saturation, team_ids, conninfos)
        sat = report(
            "(a) saturation, team rules", saturation, sat_outcome, lost_updates(sat_outcome, team_url)
        )

        office = Scenario(
            "(b)", team, args.office_processes, args.seconds, (2.0, 4.0), team_url, releases_team
        )
        day_outcome = run_scenario(office, team_ids, conninfos)
        day = report("(b) press office, 100 users", office, day_outcome, lost_updates(day_outcome, team_url))

        print()
        throughput = sat["actions_per_s"] / base["actions_per_s"]
        print(
            f"team rules vs baseline at saturation: throughput x{throughput:.2f}, "
            f"confirm p95 x{sat['p95'] / base['p95']:.2f}"
        )
        per_seat = 1 / 3.0  # one action every 3 s on average in (b)
        print(
            f"(b) goals: confirm p95 {day['p95']:.0f} ms (goal < 50), "
            f"notification p95 {day['notify_p95']:.0f} ms (goal < 500); one user alone: confirm p95 "
            f"{alone_figures['p95']:.0f} ms (the floor on this machine now)"
        )
        print(
            f"seats: saturation {sat['actions_per_s']:.0f} actions/s / {per_seat:.2f} per seat = "
            f"{sat['actions_per_s'] / per_seat:.0f} seats at 100% load; about "
            f"{sat['actions_per_s'] / per_seat / 2:.0f} at a comfortable 50%"
        )
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
