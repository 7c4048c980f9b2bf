"""Hostile and huge input: what each importer answers, how long it takes and how much memory it needs.

Run: ``.venv/bin/python bench/bench_hostile.py [--quick]``. Every file runs as its own
``translator-app`` process (the command line as a user types it) on a fresh SQLite workspace; its peak
resident memory is the process's own high-water mark after it started (``VmHWM``, read by the process as
it exits: a fork's ``ru_maxrss`` would count the bench's own memory), its time is capped (a process
still running after ``HANG_SECONDS`` is a hang). Two parts:

1. The hostile corpus of the tests (``tests/hostile/corpus.py``), per importer: clear error / imported /
   traceback / hang, and the largest peak memory.
2. Worst cases at the stated limits (a file just under 50 MB, or just under 200,000 segments, built to be as
   expensive as possible for each reader), with the goal: peak memory below 300 MB + 5 x the file size, each
   in a fresh database on SQLite and on a throwaway PostgreSQL server (``--db sqlite|postgresql|both``; the
   returned XLIFF is merged into a release of as many segments, imported and exported beforehand).
   ``--quick`` makes them ten times smaller.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile.corpus import (  # noqa: E402
    FRENCH,
    RELEASE,
    Case,
    _entry,
    _tbx,
    _tmx,
    _tu,
    _word_with_part,
    cases,
    word_file,
)

HANG_SECONDS = 600
MB = 1024 * 1024
COMMANDS = {
    "import": ["import", "{path}", "--from", "fr", "--to", "en"],
    "tm import": ["tm", "import", "{path}", "--from", "fr", "--to", "en"],
    "glossary import": ["glossary", "import", "{path}", "--from", "fr", "--to", "en"],
    "merge": ["merge", "{path}"],
}


@dataclass
class Outcome:
    code: int | None
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def kind(self) -> str:
        if self.code is None:
            return "hang"
        if "Traceback" in self.stderr:
            return "traceback"
        lines = [line for line in self.stderr.splitlines() if not line.startswith("translator-app: note:")]
        if self.code == 0 and not lines:
            return "imported"
        if self.code == 1 and len(lines) == 1:
            return "clear error"
        return "other"


WRAPPER = """
import atexit, os, runpy, sys
def report():
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM")).split()[1]
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(peak)
atexit.register(report)
sys.argv = ["translator-app", *sys.argv[1:]]
runpy.run_module("translator_app", run_name="__main__")
"""


def run(db: str, case: Case, folder: Path, user: str = "bench") -> Outcome:
    path = folder / case.name
    path.write_bytes(case.data)
    peak_file = folder / "peak.txt"
    peak_file.unlink(missing_ok=True)
    argv = [sys.executable, "-c", WRAPPER, "--db", db, "--user", user, *case.flags]
    argv += [part.format(path=path) for part in COMMANDS[case.command]]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TRANSLATOR_APP_CONFIG_DIR": str(folder / "config"),
        "BENCH_PEAK_FILE": str(peak_file),
    }
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err, env=env)
        code: int | None = None
        try:
            code = process.wait(HANG_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    path.unlink()
    peak = int(peak_file.read_text()) / 1024 if peak_file.is_file() else 0.0  # VmHWM is in kB
    return Outcome(code, stderr, time.perf_counter() - started, peak)


def _workspace(folder: Path) -> tuple[str, dict[str, bytes]]:
    """A workspace with one translated release, and the files exported from it (for the merge cases)."""
    from translator_app.app import open_workspace
    from translator_app.domain.models import Role

    db = f"sqlite:///{folder / 'bench.db'}"
    workspace = open_workspace(db, "bench", Role.TRANSLATOR)
    try:
        release = workspace.importing.import_bytes(
            RELEASE.encode(), "release.txt", "fr", "en", workspace.actor
        )
        for segment in workspace.releases.segments(release.id or 0):
            if segment.translatable and segment.id is not None:
                workspace.editing.edit(segment.id, segment.source.upper(), workspace.actor, confirm=True)
        exports = {}
        for kind, key in (("xliff", "xliff"), ("xliff12", "xliff12"), ("review-docx", "review")):
            out = folder / f"export.{kind}"
            workspace.exporting.export(release.id or 0, kind, out)
            exports[key] = out.read_bytes()
        exports["foreign-xliff"] = exports["xliff"].replace(b"release-", b"release-7")
    finally:
        workspace.close()
    return db, exports


def corpus(folder: Path) -> None:
    db, exports = _workspace(folder)
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    peaks: dict[str, float] = defaultdict(float)
    slowest: dict[str, float] = defaultdict(float)
    unexpected = []
    for case in cases(exports):
        outcome = run(db, case, folder)
        table[case.command][outcome.kind] += 1
        peaks[case.command] = max(peaks[case.command], outcome.peak_mb)
        slowest[case.command] = max(slowest[case.command], outcome.seconds)
        expected = "imported" if case.error is None else "clear error"
        if outcome.kind != expected or (case.error and case.error not in outcome.stderr):
            unexpected.append(f"  {case.label}: {outcome.kind} {outcome.stderr.strip()[:160]}")
    kinds = ["clear error", "imported", "traceback", "hang", "other"]
    print(
        f"\n{'importer':<16}{'tried':>7}"
        + "".join(f"{k:>13}" for k in kinds)
        + f"{'peak MB':>10}{'slowest':>9}"
    )
    for command in COMMANDS:
        counts = table[command]
        row = f"{command:<16}{sum(counts.values()):>7}" + "".join(f"{counts[k]:>13}" for k in kinds)
        print(row + f"{peaks[command]:>10.0f}{slowest[command]:>8.1f}s")
    print("unexpected outcomes:\n" + "\n".join(unexpected) if unexpected else "every outcome as expected")


def _table(segments: int) -> str:
    """GFM tables of 40 rows by 2 cells (well under the cells a table may have), ``segments`` cells in all."""
    rows = 40
    tables = []
    for number in range(segments // (2 * (rows + 1))):
        body = "".join(f"| Ligne {number}.{row} | Valeur {row} |\n" for row in range(rows))
        tables.append(f"| Titre {number} | Montant |\n| --- | --- |\n{body}\n")
    return "".join(tables)


def _returned_xliff(exported: bytes) -> bytes:
    """The exported XLIFF as a translator sends it back: every segment translated."""
    if b"urn:oasis:names:tc:xliff:document:1.2" in exported[:500]:
        return re.sub(
            rb"(<trans-unit [^>]*>)(\s*)<source>(.*?)</source>",
            rb'\1\2<source>\3</source>\2<target state="translated">\3 (en)</target>',
            exported,
        )
    return re.sub(
        rb'state="initial">(\s*)<source>(.*?)</source>',
        rb'state="translated">\1<source>\2</source>\1<target>\2 (en)</target>',
        exported,
    )


def worst_cases(scale: float) -> list[tuple[str, Callable[[], Case]]]:
    """Files built to cost each reader the most, just under the limits (``scale`` 1.0) or smaller."""
    size = int(48 * MB * scale)
    segments = int(199_000 * scale)
    words = "Genève accueille aujourd’hui la conférence annuelle sur les migrations et le développement "
    unit = _tu("Bonjour le monde, voici une phrase de mémoire.", "Hello world, here is a memory sentence.")
    tmx_units = size // len(unit)
    entry = _entry("organisation internationale", "international organisation")
    rows = "".join(f"terme numéro {n},term number {n},une note\n" for n in range(segments))
    return [
        (
            "text: lines of menu, at the segment limit",
            lambda: Case("import", "menu.txt", ("Accueil\nActualités\n" * (segments // 2)).encode(), None),
        ),
        (
            "text: one 48 MB paragraph of words",
            lambda: Case("import", "words.txt", (words * (size // len(words.encode()))).encode(), None),
        ),
        (
            "text: short sentences, over the segment limit",
            lambda: Case("import", "sentences.txt", ("Il pleut. Oui. " * (size // 16)).encode(), "more than"),
        ),
        (
            "markdown: paragraphs at the segment limit",
            lambda: Case("import", "paragraphs.md", _paragraphs(segments).encode(), None),
        ),
        (
            "markdown: table cells at the segment limit",
            lambda: Case("import", "tables.md", _table(segments).encode(), None),
        ),
        (
            "markdown: 48 MB of emphasis and links",
            lambda: Case(
                "import", "markup.md", (("*a* [b](c) " * 40 + "\n\n") * (size // 480)).encode(), "markup"
            ),
        ),
        (
            "html: elements just under the limit",
            lambda: Case(
                "import", "elements.html", b"<html><body>" + b"<p>a</p>" * 199_000 + b"</body></html>", None
            ),
        ),
        (
            "html: the same elements inside wrappers",
            lambda: Case(
                "import",
                "wrapped.html",
                b"<html><body><div class='page'><main><div>"
                + b"<p>a</p>" * segments
                + b"</div></main></div></body></html>",
                None,
            ),
        ),
        (
            "html: 48 MB page, over the element limit",
            lambda: Case(
                "import",
                "page.html",
                b"<html><body>" + b"<p>Texte.</p>" * (size // 13) + b"</body></html>",
                "markup",
            ),
        ),
        (
            "docx: 50,000 paragraphs (quarter of the limit)",
            lambda: Case(
                "import", "long.docx", word_file([f"Paragraphe {n}." for n in range(segments // 4)]), None
            ),
        ),
        (
            "docx: paragraphs at the segment limit",
            lambda: Case(
                "import", "limit.docx", _long_word_file([f"Paragraphe {n}." for n in range(segments)]), None
            ),
        ),
        (
            "docx: 30 KB inflating to empty paragraphs, at the bound",
            lambda: Case("import", "inflating.docx", _inflating_word_file(1_200_000), "empty"),
        ),
        (
            "tm import: TMX of 48 MB, streamed",
            lambda: Case("tm import", "memory.tmx", _tmx(unit * tmx_units).encode(), None),
        ),
        (
            "glossary import: TBX at the entry limit",
            lambda: Case("glossary import", "terms.tbx", _tbx(entry * (segments // 2)).encode(), None),
        ),
        (
            "glossary import: CSV at the entry limit",
            lambda: Case("glossary import", "terms.csv", ("source,target,note\n" + rows).encode(), None),
        ),
        (
            "merge: returned XLIFF, at the segment limit",
            lambda: Case("merge", "returned.xlf", b"", None),  # made from the release in ``_merge_case``
        ),
        (
            "merge: returned XLIFF 1.2, at the segment limit",
            lambda: Case("merge", "returned12.xlf", b"", None),
        ),
    ]


def _word_file_with_body(body: bytes) -> bytes:
    """A Word file whose body is ``body``, written straight into its XML (python-docx takes longer for each
    paragraph it adds, so 200,000 of them would take hours)."""
    base = word_file(["MARKER"])
    xml = zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml")
    return _word_with_part(
        base, "word/document.xml", xml.replace(b"<w:p><w:r><w:t>MARKER</w:t></w:r></w:p>", body)
    )


def _long_word_file(paragraphs: list[str]) -> bytes:
    return _word_file_with_body(
        "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs).encode()
    )


def _inflating_word_file(paragraphs: int) -> bytes:
    """``paragraphs`` empty paragraphs: a Word file of a few kilobytes that python-docx makes a tree of."""
    return _word_file_with_body(b"<w:p/>" * paragraphs)


def _paragraphs(segments: int) -> str:
    return "".join(f"Para {n}.\n\n" for n in range(segments))


@dataclass
class Database:
    """Where the worst cases run: a SQLite file per case, or a team database per case on PostgreSQL."""

    kind: str
    folder: Path
    server: object | None = None

    @contextlib.contextmanager
    def fresh(self, name: str) -> Iterator[str]:
        if self.server is None:
            yield f"sqlite:///{self.folder / (name + '.db')}"
            return
        from tests.pg_team import drop_database, new_database

        database = new_database(self.server)  # type: ignore[arg-type]
        try:
            yield self.server.url(database, login=None)  # type: ignore[attr-defined]
        finally:
            drop_database(self.server, database)  # type: ignore[arg-type]

    @property
    def user(self) -> str:
        return "ana" if self.server is not None else "bench"


@contextlib.contextmanager
def databases(kinds: list[str], folder: Path) -> Iterator[list[Database]]:
    found = [Database("sqlite", folder)] if "sqlite" in kinds else []
    if "postgresql" not in kinds:
        yield found
        return
    from tests.pg_server import start_server
    from tests.pg_team import set_up_team

    server = start_server()
    try:
        set_up_team(server)  # sets PGPASSFILE and PGUSER, which the app's processes inherit
        yield [*found, Database("postgresql", folder, server)]
    finally:
        server.stop()


def _merge_case(db: str, user: str, folder: Path, segments: int, name: str) -> Case:
    """A release of ``segments`` paragraphs imported and exported (not measured) as XLIFF 2.1, or 1.2 when
    ``name`` says so: the file returned."""
    source = folder / "release.md"
    source.write_text(_paragraphs(segments), encoding="utf-8")
    exported = folder / "export.xlf"
    base = [sys.executable, "-m", "translator_app", "--db", db, "--user", user]
    env = {**os.environ, "TRANSLATOR_APP_CONFIG_DIR": str(folder / "config")}
    made = subprocess.run(
        [*base, "import", str(source), "--from", "fr", "--to", "en"], env=env, capture_output=True, check=True
    )
    release = made.stdout.decode().split()[-1]
    subprocess.run(
        [*base, "export", release, "--format", "xliff12" if "12" in name else "xliff", "-o", str(exported)],
        env=env,
        capture_output=True,
        check=True,
    )
    data = _returned_xliff(exported.read_bytes())
    source.unlink()
    exported.unlink()
    return Case("merge", name, data, None)


def worst(database: Database, scale: float, only: str = "") -> None:
    print(f"\n[{database.kind}]")
    print(f"{'worst case':<50}{'size MB':>9}{'peak MB':>9}{'goal MB':>9}{'ratio':>7}{'time':>8}  outcome")
    for label, build in worst_cases(scale):
        if only not in label:
            continue
        case = build()
        with database.fresh(case.name) as db:
            if case.command == "merge":
                case = _merge_case(db, database.user, database.folder, int(199_000 * scale), case.name)
            size = len(case.data) / MB
            outcome = run(db, case, database.folder, database.user)
        goal = 300 + 5 * size
        verdict = (
            outcome.kind if outcome.kind != "clear error" else outcome.stderr.strip().split(": ", 2)[-1][:60]
        )
        print(
            f"{label:<50}{size:>9.1f}{outcome.peak_mb:>9.0f}{goal:>9.0f}{outcome.peak_mb / goal:>7.2f}"
            f"{outcome.seconds:>7.1f}s  {verdict}",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="worst cases ten times smaller")
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--only", default="", help="run only the worst cases whose label holds this text")
    args = parser.parse_args()
    print(f"load average: {', '.join(f'{load:.1f}' for load in os.getloadavg())}")
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if not args.skip_corpus:
            corpus(folder)
        kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
        with databases(kinds, folder) as found:
            for database in found:
                worst(database, 0.1 if args.quick else 1.0, args.only)
    print(f"load average: {', '.join(f'{load:.1f}' for load in os.getloadavg())}")
    print(
        f"\n(baseline: a Python process of the app that imports the seed release peaks at about "
        f"{_baseline(Path(tempfile.mkdtemp())):.0f} MB)"
    )
    return 0


def _baseline(folder: Path) -> float:
    case = Case("import", "release.txt", (RELEASE + FRENCH).encode(), None)
    return run(f"sqlite:///{folder / 'baseline.db'}", case, folder).peak_mb


if __name__ == "__main__":
    sys.exit(main())
