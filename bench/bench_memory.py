"""Time fuzzy look-ups in the translation memory at 100k and 1M units, quietly and with a core kept busy.

Run: ``.venv/bin/python bench/bench_memory.py [--sizes 100000,1000000] [--queries 300] [--busy-scans 30]``.

The units are real French–English pairs: the French catalogues Debian installs
(``/usr/share/locale/fr/LC_MESSAGES/*.mo``, ``iso_*`` skipped; French msgstr as source, English msgid as
target), grown to the wanted size with generated variants (a number changed, a name inserted, a word
dropped, two strings joined). The memories are built once into SQLite files under ``/tmp/translator-bench``
(never in the repository) and reused by later runs.

Each size is measured in fresh interpreters, so that the corpus held by this process neither hides nor
inflates the memory figures:

1. *build*: the index is built from the database and saved; wall and CPU time, peak resident memory added;
2. *look-ups*: the snapshot is loaded (time, and resident memory added: the index's size in memory), then
   every query is timed with the bitmaps and with the previous look-up (``word_count_baseline.py``), one
   after the other, first quietly, then while ``python -c 'while True: pass'`` keeps a core busy; the top-1
   is compared with a full rapidfuzz scan of every unit (``process.extract``), whose time gives the third
   figure; then end-to-end look-ups (index + database + score + diff) and concordance searches.
"""

from __future__ import annotations

import argparse
import gc
import gettext
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, insert, select

try:
    from translator_app.domain.matching import normalise, source_hash
except ModuleNotFoundError:  # run from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from translator_app.domain.matching import normalise, source_hash
from word_count_baseline import WordCountBaseline

from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import upgrade
from translator_app.persistence.schema import TmUnitRow
from translator_app.persistence.tm_index import PairIndex
from translator_app.persistence.tm_index_store import TmIndex
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.memory import MemoryService

CACHE = Path("/tmp/translator-bench")
CATALOGUES = Path("/usr/share/locale/fr/LC_MESSAGES")
PAIR = ("fr", "en")
THRESHOLD = 70
NAMES = [
    "Horizon Bleu",
    "Mme Diallo",
    "Genève",
    "l'OIM",
    "la Fondation Héliade",
    "Dakar",
    "M. Laurent",
    "Lyon",
]
_NUMBER = re.compile(r"\d+")
Search = Callable[[str, float, int], list[tuple[int, float]]]


def real_pairs() -> list[tuple[str, str]]:
    """Unique (French, English) pairs from the machine's gettext catalogues."""
    pairs: dict[str, str] = {}
    for path in sorted(CATALOGUES.glob("*.mo")):
        if path.name.startswith("iso_"):
            continue
        try:
            with path.open("rb") as stream:
                catalogue = gettext.GNUTranslations(stream)._catalog  # type: ignore[attr-defined]
        except (OSError, ValueError):
            continue
        for english, french in catalogue.items():
            english = english[0] if isinstance(english, tuple) else english
            source, target = " ".join(str(french).split()), " ".join(str(english).split())
            if (
                12 <= len(source) <= 400
                and len(re.findall(r"[^\W\d_]{2,}", source)) >= 2
                and "\x00" not in target
            ):
                pairs.setdefault(source, target)
    return sorted(pairs.items())


def variant(rng: random.Random, pairs: list[tuple[str, str]]) -> tuple[str, str]:
    """A generated relative of a real pair: numbers, names, a dropped word or two strings joined."""
    source, target = pairs[rng.randrange(len(pairs))]
    length = rng.randint(60, 200)  # press-release sentences are longer than interface strings
    while len(source) < length:
        other_source, other_target = pairs[rng.randrange(len(pairs))]
        source, target = f"{source} {other_source}", f"{target} {other_target}"
    for _ in range(rng.choice((1, 1, 2))):
        kind = rng.randrange(4)
        if kind == 0:
            number = str(rng.randrange(2, 5000))
            if _NUMBER.search(source):
                source, target = _NUMBER.sub(number, source, 1), _NUMBER.sub(number, target, 1)
            else:
                source, target = f"{source} ({number})", f"{target} ({number})"
        elif kind == 1:
            name = rng.choice(NAMES)
            words = source.split()
            words.insert(rng.randrange(len(words) + 1), name)
            source, target = " ".join(words), f"{target} {name}"
        elif kind == 2 and len(source.split()) > 3:
            words = source.split()
            del words[rng.randrange(len(words))]
            source = " ".join(words)
        else:
            other_source, other_target = pairs[rng.randrange(len(pairs))]
            source, target = f"{source} {other_source}", f"{target} {other_target}"
    return source, target


def corpus(size: int, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rng = random.Random(20261128)
    units = list(pairs[:size])
    while len(units) < size:
        units.append(variant(rng, pairs))
    return units


def database_url(size: int) -> str:
    return f"sqlite:///{CACHE / f'memory-v2-{size}.db'}"


def memory_database(size: int, pairs: list[tuple[str, str]]) -> None:
    """A SQLite workspace holding ``size`` units (built once, reused while its count matches)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    engine = create_database_engine(database_url(size))
    upgrade(engine)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(TmUnitRow)).scalar_one()
    if count == size:
        engine.dispose()
        return
    started = time.perf_counter()
    moment = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(TmUnitRow.__table__.delete())
        units = corpus(size, pairs)
        for start in range(0, size, 20_000):
            rows = [
                {
                    "source_lang": PAIR[0],
                    "target_lang": PAIR[1],
                    "source": s,
                    "target": t,
                    "source_hash": source_hash(s),
                    "context_before": "",
                    "context_after": "",
                    "approved": i % 3 == 0,
                    "created_by": "bench",
                    "created_at": moment,
                    "updated_by": "bench",
                    "updated_at": moment,
                }
                for i, (s, t) in enumerate(units[start : start + 20_000], start)
            ]
            connection.execute(insert(TmUnitRow), rows)
    engine.dispose()
    print(f"  (stored {size:,} units in {database_url(size)} in {time.perf_counter() - started:.0f} s)")


def queries(pairs: list[tuple[str, str]], count: int) -> list[str]:
    """Sentences like the memory's but not in it: a real pair edited once more (a tenth left exact)."""
    rng = random.Random(7)
    found = []
    for index in range(count):
        source, _ = variant(rng, pairs)
        if index % 10:
            words = source.split()
            words[rng.randrange(len(words))] = rng.choice(["nouvelle", "2027", "Genève", "rapport"])
            source = " ".join(words)
        found.append(source)
    return found


# --- measuring ------------------------------------------------------------------------------------------


def memory_mb() -> tuple[float, float]:
    """(resident, peak resident) memory of this process in MB, from /proc/self/status."""
    found = {}
    with open("/proc/self/status") as stream:
        for line in stream:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def summary(timings: list[float], cpu: list[float] | None = None) -> dict[str, float]:
    """Median, 95th percentile and maximum in ms, and the median CPU time of this thread when given."""
    ordered = sorted(timings)
    return {
        "median": median_ms(ordered),
        "p95": ordered[int(len(ordered) * 0.95)] * 1000,
        "max": ordered[-1] * 1000,
        "cpu": statistics.median(cpu or [0.0]) * 1000,
    }


@contextmanager
def busy_core() -> Iterator[None]:
    """Another process spinning on one core for the duration."""
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.5)
        yield
    finally:
        spinner.terminate()
        spinner.wait()


def timed_side_by_side(probes: list[str], searches: dict[str, Search]) -> dict[str, dict[str, float]]:
    """Each query through each search in turn, so that a change of load weighs on all alike; the CPU time
    tells the look-up's own cost from the time the machine's other work took from it."""
    timings: dict[str, list[float]] = {name: [] for name in searches}
    cpu: dict[str, list[float]] = {name: [] for name in searches}
    for text in probes:
        for name, search in searches.items():
            started, thread = time.perf_counter(), time.thread_time()
            search(text, THRESHOLD, 5)
            timings[name].append(time.perf_counter() - started)
            cpu[name].append(time.thread_time() - thread)
    return {name: summary(timings[name], cpu[name]) for name in searches}


def build_step(size: int) -> dict[str, Any]:
    """Build and save the index in this (fresh) process."""
    engine = create_database_engine(database_url(size))
    folder = CACHE / f"index-{size}"
    shutil.rmtree(folder, ignore_errors=True)
    gc.collect()
    before, _ = memory_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    TmIndex(engine, folder).size(*PAIR)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    _, peak = memory_mb()
    snapshot = sum(path.stat().st_size for path in folder.iterdir())
    return {"wall": wall, "cpu": cpu, "peak_mb": peak - before, "snapshot_mb": snapshot / 1e6}


def search_step(size: int, count: int, busy_scans: int) -> dict[str, Any]:
    """Load the saved index in this (fresh) process and time look-ups against the two baselines."""
    probes = queries(real_pairs(), count)
    load = os.getloadavg()[0]
    engine = create_database_engine(database_url(size))
    gc.collect()
    before, _ = memory_mb()
    started = time.perf_counter()
    index = TmIndex(engine, CACHE / f"index-{size}")
    index.size(*PAIR)
    reopen = time.perf_counter() - started
    gc.collect()
    resident = memory_mb()[0] - before
    pair: PairIndex = index._pairs[PAIR]  # the loaded pair itself, to time both rankings on it
    baseline = WordCountBaseline(pair)
    postings_mb = {
        "bitmaps": len(pair.postings) / 1e6,
        "arrays": sum(positions.itemsize * len(positions) for positions in baseline.positions.values()) / 1e6,
    }
    searches: dict[str, Search] = {"bitmaps": pair.search, "word counts": baseline.search}
    agree_before = sum(pair.search(t, THRESHOLD, 5) == baseline.search(t, THRESHOLD, 5) for t in probes)
    quiet = timed_side_by_side(probes, searches)
    with busy_core():
        busy = timed_side_by_side(probes, searches)
    del baseline

    service = MemoryService(SqlUnitOfWorkFactory(engine, "bench"), index)
    end_to_end: list[float] = []
    concordance: list[float] = []
    for text in probes[:100]:
        started = time.perf_counter()
        service.lookup(text, *PAIR)
        end_to_end.append(time.perf_counter() - started)
        word = max(text.split(), key=len)
        started = time.perf_counter()
        index.find(*PAIR, word, 50)
        concordance.append(time.perf_counter() - started)

    with engine.connect() as connection:
        rows = connection.execute(select(TmUnitRow.id, TmUnitRow.source).order_by(TmUnitRow.id)).all()
    ids, texts = [row[0] for row in rows], [normalise(row[1]) for row in rows]
    del rows

    def scan(text: str, threshold: float, limit: int) -> list[tuple[int, float]]:
        query = normalise(text)
        found = process.extract(query, texts, scorer=fuzz.ratio, limit=limit, score_cutoff=threshold)
        return [(ids[slot], float(ratio)) for _, ratio, slot in found]

    scans, scan_cpu, agree = [], [], 0
    for text in probes:
        started, thread = time.perf_counter(), time.thread_time()
        best = scan(text, THRESHOLD, 5)
        scans.append(time.perf_counter() - started)
        scan_cpu.append(time.thread_time() - thread)
        found = pair.search(text, THRESHOLD, 5)
        if not best or not found:
            agree += not best and not found
        elif best[0][0] == found[0][0] or best[0][1] == found[0][1]:
            agree += 1  # the same unit, or one of equal ratio
    with busy_core():
        busy_scan = timed_side_by_side(probes[:busy_scans], {"full scan": scan})
    return {
        "load": [load, os.getloadavg()[0]],
        "reopen": reopen,
        "postings_mb": postings_mb,
        "resident_mb": resident,
        "quiet": quiet | {"full scan": summary(scans, scan_cpu)},
        "busy": busy | busy_scan,
        "busy_scans": min(busy_scans, len(probes)),
        "agree": agree,
        "same_as_before": agree_before,
        "queries": len(probes),
        "end_to_end": summary(end_to_end),
        "concordance": summary(concordance),
    }


def in_fresh_process(step: str, size: int, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--step", step, "--sizes", str(size)]
    command += ["--queries", str(args.queries), "--busy-scans", str(args.busy_scans)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{step} at {size:,} units failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- report ---------------------------------------------------------------------------------------------


def report(size: int, built: dict[str, Any], looked: dict[str, Any]) -> None:
    print(f"{size:>9,} units")
    print(
        f"{'':>11}build {built['wall']:.1f} s (CPU {built['cpu']:.1f} s), peak memory added "
        f"{built['peak_mb']:.0f} MB; snapshot {built['snapshot_mb']:.0f} MB, reopened in "
        f"{looked['reopen']:.2f} s, index resident in a fresh process {looked['resident_mb']:.0f} MB"
    )
    postings = looked["postings_mb"]
    print(
        f"{'':>11}posting lists {postings['bitmaps']:.0f} MB as bitmaps, {postings['arrays']:.0f} MB as the "
        f"previous int32 arrays ({postings['arrays'] / postings['bitmaps']:.1f}x)"
    )
    for mode in ("quiet", "busy"):
        figures = looked[mode]
        mine = figures["bitmaps"]
        label = "quiet" if mode == "quiet" else "one core busy"
        print(f"{'':>11}top-5, {label}:")
        for name, what in figures.items():
            ratio = "" if name == "bitmaps" else f"   bitmaps {what['median'] / mine['median']:.1f}x faster"
            scans = f" ({looked['busy_scans']} queries)" if name == "full scan" and mode == "busy" else ""
            print(
                f"{'':>13}{name + scans:<24} median {what['median']:7.2f} ms (CPU {what['cpu']:6.2f})  "
                f"p95 {what['p95']:7.2f}  max {what['max']:7.1f}{ratio}"
            )
    print(
        f"{'':>11}(load average of the machine, 1 min: {looked['load'][0]:.1f} before the look-ups, "
        f"{looked['load'][1]:.1f} after; 2 cores)"
    )
    n, agree, same = looked["queries"], looked["agree"], looked["same_as_before"]
    print(
        f"{'':>11}top-1 identical to the full scan: {agree}/{n} ({100 * agree / n:.1f}%); "
        f"top-5 identical to the word counts: {same}/{n}"
    )
    end_to_end, concordance = looked["end_to_end"]["median"], looked["concordance"]["median"]
    print(
        f"{'':>11}end-to-end (index + database + score + diff) median {end_to_end:.2f} ms; "
        f"concordance median {concordance:.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--busy-scans", type=int, default=30, help="full scans timed with a core busy")
    parser.add_argument("--step", choices=("build", "search"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.step:
        if args.step == "build":
            print(json.dumps(build_step(sizes[0])))
        else:
            print(json.dumps(search_step(sizes[0], args.queries, args.busy_scans)))
        return
    pairs = real_pairs()
    lengths = statistics.median(len(s) for s, _ in corpus(max(sizes), pairs))
    print(
        f"{len(pairs):,} real French–English pairs from {CATALOGUES}; median unit {lengths:.0f} characters; "
        f"{args.queries} queries"
    )
    for size in sizes:
        memory_database(size, pairs)
        report(size, in_fresh_process("build", size, args), in_fresh_process("search", size, args))


if __name__ == "__main__":
    main()
