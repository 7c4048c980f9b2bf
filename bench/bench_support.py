"""What the storage benches share: synthetic releases, throwaway databases (SQLite and PostgreSQL), figures.

Nothing here is timed; the benches time their own calls. Databases live in a temporary folder (SQLite) or on a
throwaway PostgreSQL server started from the machine's binaries, as the tests do (``tests/pg_server.py``). A
PostgreSQL database is a team workspace as ``admin init`` leaves it (``tests/pg_team.py``: group roles,
privileges, the triggers that write the history and send NOTIFY), and the benches sign in with real logins:
``bench`` (a translator) and ``lead`` (a reviewer, who may store approved segments). A raw engine on its URL
signs in as the database's owner.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

import sqlalchemy as sa  # noqa: E402
from tests.pg_server import PostgresServer, start_server  # noqa: E402
from tests.pg_team import OWNER, TEMPLATE, set_up_team  # noqa: E402

from translator_app import app  # noqa: E402
from translator_app.domain.models import (  # noqa: E402
    Block,
    Origin,
    OriginKind,
    Release,
    Role,
    Segment,
    SegmentKind,
    SegmentStatus,
)
from translator_app.domain.team import TeamRole  # noqa: E402
from translator_app.persistence.mapping import aware  # noqa: E402
from translator_app.persistence.schema import SegmentRow  # noqa: E402
from translator_app.services.workspace import Workspace  # noqa: E402

PEOPLE = {"bench": TeamRole.TRANSLATOR, "lead": TeamRole.REVIEWER}
"""The logins of a bench's team workspace (a one-person SQLite workspace takes the same names)."""


def open_as(url: str, role: Role = Role.TRANSLATOR) -> Workspace:
    """The app's workspace on ``url`` as the bench's translator, or its reviewer."""
    return app.open_workspace(url, "lead" if role is Role.REVIEWER else "bench", role)


#: Common first words of French press-release sentences, most frequent first (so a filter on the first word
#: keeps hundreds of rows at 35k segments, as on real releases).
FIRST_WORDS = [
    "La", "Le", "Les", "Cette", "Ce", "Dans", "Pour", "En", "Depuis", "Selon", "Un", "Une", "Au", "Aux",
    "Il", "Elle", "Nous", "Après", "Avec", "Sur", "Par", "Entre", "Plus", "Chaque", "Leur", "Son", "Sa",
    "Ses", "Lors", "Afin", "Outre", "Parmi", "Grâce", "Malgré", "Face", "Alors", "Ainsi", "Enfin", "Des",
]  # fmt: skip
FIRST_WEIGHTS = [1 / (rank + 8) for rank in range(len(FIRST_WORDS))]
SYLLABLES = ["ra", "lo", "mi", "ten", "sa", "vu", "cor", "pé", "dé", "ion", "ment", "tra", "bu", "fi", "gé"]
#: Sentences every release repeats (boilerplate, quotes taken up again, a standard sign-off).
BOILERPLATE = [
    "Contact presse",
    "Pour en savoir plus, rendez-vous sur notre site.",
    "La Fondation Horizon Bleu soutient des projets dans douze pays.",
    "Lisez <g1>le rapport annuel</g1> sur notre site<x2/>.",
    "« Nous serons plus proches des communautés », a déclaré Mme Diallo.",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))


def unique_sentence(rng: random.Random) -> str:
    """A sentence of 6 to 30 words. Two in five open with one of ``FIRST_WORDS`` ("La" about 2.7% of all
    sentences), the others with a name, a number or a rarer word."""
    if rng.random() < 0.4:
        first = rng.choices(FIRST_WORDS, weights=FIRST_WEIGHTS)[0]
    else:
        first = _word(rng).capitalize()
    return " ".join([first, *(_word(rng) for _ in range(rng.randint(5, 29)))]) + "."


def synthetic_sources(count: int, *, repeated: bool, seed: int = 16) -> list[str]:
    """``count`` segment sources. ``repeated``: a third of them come from a pool of 300 sentences (each about
    ``count / 900`` times), some with doubled or trailing spaces, which still count as the same sentence."""
    rng = random.Random(seed)
    pool = BOILERPLATE + [unique_sentence(rng) for _ in range(300 - len(BOILERPLATE))]
    sources = []
    for _ in range(count):
        if repeated and rng.random() < 1 / 3:
            sentence = rng.choice(pool)
            if rng.random() < 0.1:
                sentence = sentence.replace(" ", "  ", 1) + " "
            sources.append(sentence)
        else:
            sources.append(unique_sentence(rng))
    return sources


#: What every other segment of a release half done looks like: (status, origin).
WORK_DONE = [
    (SegmentStatus.DRAFT, Origin(OriginKind.MT, provider="deepl")),
    (SegmentStatus.TRANSLATED, Origin(OriginKind.TM, score=87)),
    (SegmentStatus.APPROVED, Origin(OriginKind.HUMAN)),
    (SegmentStatus.REJECTED, Origin(OriginKind.HUMAN)),
]


def bench_segment(position: int, source: str, translated: bool) -> Segment:
    """A new segment, or with ``translated`` every other one carrying a target in one of ``WORK_DONE``."""
    segment = Segment(position=position, block=position, source=source, separator="\n\n")
    if translated and position % 2:
        segment.status, segment.origin = WORK_DONE[position // 2 % len(WORK_DONE)]
        segment.target = f"EN {source}"
    return segment


def store_release(
    workspace: Workspace, sources: list[str], title: str = "Bench", *, translated: bool = False
) -> int:
    """One release of these sources (one block each) through the real service, with the original file a text
    import keeps (its bytes grow with the release). All new, or with ``translated`` half of them done."""
    blocks = [Block(position=i, kind=SegmentKind.PARAGRAPH) for i in range(len(sources))]
    segments = [bench_segment(i, source, translated) for i, source in enumerate(sources)]
    original = "\n\n".join(sources).encode("utf-8")
    release = workspace.creation.create(
        Release(
            title=title,
            source_lang="fr",
            target_lang="en",
            format="text",
            original_name="communique.txt",
            original=original,
            created_by=workspace.actor.user,
        ),
        blocks,
        segments,
    )
    assert release.id is not None
    return release.id


def segment_from_orm_row(row: SegmentRow) -> Segment:
    """The baselines' mapping of an ORM row to a segment, as the repository had it before plain rows."""
    return Segment(
        id=row.id,
        release_id=row.release_id,
        position=row.position,
        block=row.block,
        kind=SegmentKind(row.kind),
        source=row.source,
        separator=row.separator,
        target=row.target,
        status=SegmentStatus(row.status),
        origin=Origin.parse(row.origin),
        translatable=row.translatable,
        version=row.version,
        updated_by=row.updated_by,
        updated_at=aware(row.updated_at),
    )


@dataclass
class Figures:
    """Durations in seconds of one measured operation: wall-clock, and the CPU time this process spent (on a
    busy machine the difference is time spent waiting for a core or for the disk)."""

    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def cpu_median_ms(self) -> float:
        return statistics.median(self.cpu) * 1000

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000


class Databases:
    """Fresh databases on demand: SQLite files in one temporary folder, PostgreSQL databases on one server."""

    def __init__(self, folder: Path, server: PostgresServer | None) -> None:
        self._folder = folder
        self._server = server

    @property
    def backends(self) -> list[str]:
        return ["sqlite", "postgresql"] if self._server is not None else ["sqlite"]

    def new(self, backend: str) -> str:
        """A new workspace: an SQLite file, or a PostgreSQL team database (a copy of the set-up template)."""
        name = f"b_{uuid.uuid4().hex[:10]}"
        if backend == "sqlite":
            return f"sqlite:///{self._folder / (name + '.db')}"
        return self._create_pg(name, template=TEMPLATE)

    def copy(self, url: str) -> str:
        """A second database with the same content (a file copy; PostgreSQL's CREATE DATABASE … TEMPLATE)."""
        name = f"b_{uuid.uuid4().hex[:10]}"
        if url.startswith("sqlite"):
            source = Path(url.removeprefix("sqlite:///"))
            target = self._folder / (name + ".db")
            shutil.copyfile(source, target)
            return f"sqlite:///{target}"
        return self._create_pg(name, template=sa.make_url(url).database)

    def _create_pg(self, name: str, template: str | None) -> str:
        """A database owned by the team's owner, copied from ``template``; its URL names no login."""
        assert self._server is not None
        admin = sa.create_engine(self._server.superuser_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(sa.text(f'CREATE DATABASE "{name}" OWNER "{OWNER}" TEMPLATE "{template}"'))
        finally:
            admin.dispose()
        return str(self._server.url(name, login=None))


def bench_arguments(doc: str, sizes: str) -> argparse.ArgumentParser:
    """``--sizes`` (comma-separated counts, ``sizes`` by default) and ``--no-postgresql``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--sizes", default=sizes, type=lambda text: [int(size) for size in text.split(",")])
    parser.add_argument("--no-postgresql", action="store_true")
    return parser


def machine_line() -> str:
    """How busy the machine was: wall-clock figures on a shared machine need it beside them."""
    one, five, _ = os.getloadavg()
    return f"machine: {os.cpu_count()} cores, load average {one:.1f} (1 min) {five:.1f} (5 min)"


@contextmanager
def databases(with_postgresql: bool = True) -> Iterator[Databases]:
    """A temporary folder, and a throwaway PostgreSQL server unless its binaries are missing (then said).
    Both go away at the end, also when the bench is interrupted or terminated."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    server = None
    if with_postgresql:
        try:
            server = start_server()
        except (FileNotFoundError, RuntimeError) as error:
            print(f"PostgreSQL left out: {error}", file=sys.stderr)
        else:
            set_up_team(server, PEOPLE)
    folder = Path(tempfile.mkdtemp(prefix="translator-bench-"))
    try:
        yield Databases(folder, server)
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)
