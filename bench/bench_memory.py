"""Time fuzzy look-ups in the translation memory at 100k and 1M units, against a full rapidfuzz scan.

Run: ``.venv/bin/python bench/bench_memory.py [--sizes 100000,1000000] [--scan-queries 150]``.

The units are real French–English pairs: the French catalogues Debian installs
(``/usr/share/locale/fr/LC_MESSAGES/*.mo``, ``iso_*`` skipped; French msgstr as source, English msgid as
target), grown to the wanted size with generated variants (a number changed, a name inserted, a word
dropped, two strings joined). The memories are built once into SQLite files under ``/tmp/translator-bench``
(never in the repository) and reused by later runs; the index is rebuilt every run for the build figures.

Printed: top-5 median per size, the full-scan median at the largest size in the same run, the ratio, top-1
agreement with the full scan, build time, memory added by the index, reopen time, concordance and
end-to-end (database + score + diff) look-up medians.
"""

from __future__ import annotations

import argparse
import gettext
import random
import re
import shutil
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import Engine, func, insert, select

try:
    from translator_app.domain.matching import normalise, source_hash
except ModuleNotFoundError:  # run from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from translator_app.domain.matching import normalise, source_hash
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import upgrade
from translator_app.persistence.schema import TmUnitRow
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


def memory_database(size: int, pairs: list[tuple[str, str]]) -> Engine:
    """A SQLite workspace holding ``size`` units (built once, reused while its count matches)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"memory-v2-{size}.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(TmUnitRow)).scalar_one()
    if count == size:
        return engine
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
    print(f"  (stored {size:,} units in {path} in {time.perf_counter() - started:.0f} s)")
    return engine


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


def rss_mb() -> float:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * 4096 / 1e6


def median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def run(size: int, pairs: list[tuple[str, str]], probes: list[str], scan_queries: int, scan: bool) -> None:
    engine = memory_database(size, pairs)
    folder = CACHE / f"index-{size}"
    shutil.rmtree(folder, ignore_errors=True)
    before = rss_mb()
    started = time.perf_counter()
    index = TmIndex(engine, folder)
    index.size(*PAIR)
    build = time.perf_counter() - started
    added = rss_mb() - before
    timings, results = [], []
    for text in probes:
        started = time.perf_counter()
        results.append(index.search(*PAIR, text, THRESHOLD, 5))
        timings.append(time.perf_counter() - started)
    concordance = []
    for text in probes[:50]:
        word = max(text.split(), key=len)
        started = time.perf_counter()
        index.find(*PAIR, word, 50)
        concordance.append(time.perf_counter() - started)
    service = MemoryService(SqlUnitOfWorkFactory(engine, "bench"), index)
    end_to_end = []
    for text in probes[:100]:
        started = time.perf_counter()
        service.lookup(text, *PAIR)
        end_to_end.append(time.perf_counter() - started)
    index.close()
    started = time.perf_counter()
    TmIndex(engine, folder).size(*PAIR)
    reopen = time.perf_counter() - started
    p95 = sorted(timings)[int(len(timings) * 0.95)] * 1000
    print(
        f"{size:>9,} units  top-5 median {median_ms(timings):6.2f} ms (p95 {p95:.1f})"
        f"  end-to-end {median_ms(end_to_end):6.2f} ms  concordance {median_ms(concordance):6.2f} ms"
    )
    print(f"{'':>16}build {build:5.1f} s  memory added {added:6.0f} MB  reopen {reopen:5.2f} s")
    if not scan:
        return
    with engine.connect() as connection:
        rows = connection.execute(select(TmUnitRow.id, TmUnitRow.source).order_by(TmUnitRow.id)).all()
    ids = [row[0] for row in rows]
    texts = [normalise(row[1]) for row in rows]
    scan_times, agree = [], 0
    for text, found in zip(probes[:scan_queries], results, strict=False):
        started = time.perf_counter()
        best = process.extract(normalise(text), texts, scorer=fuzz.ratio, limit=5, score_cutoff=THRESHOLD)
        scan_times.append(time.perf_counter() - started)
        same = bool(best) and bool(found) and (ids[best[0][2]] == found[0][0] or best[0][1] == found[0][1])
        if same or (not best and not found):
            agree += 1
    scan_median = median_ms(scan_times)
    print(
        f"{'':>16}full scan median {scan_median:.0f} ms over {len(scan_times)} queries  "
        f"ratio {scan_median / median_ms(timings):.0f}x  top-1 identical {100 * agree / len(scan_times):.1f}%"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--scan-queries", type=int, default=150)
    args = parser.parse_args()
    pairs = real_pairs()
    sizes = [int(s) for s in args.sizes.split(",")]
    probes = queries(pairs, args.queries)
    lengths = statistics.median(len(s) for s, _ in corpus(max(sizes), pairs))
    print(f"{len(pairs):,} real French–English pairs from {CATALOGUES}; median unit {lengths:.0f} characters")
    for size in sizes:
        run(size, pairs, probes, args.scan_queries, scan=True)


if __name__ == "__main__":
    main()
