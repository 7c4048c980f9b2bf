"""What serving a regional variant costs a memory look-up: one pair against the same units in two pairs.

Run: ``.venv/bin/python bench/bench_language_variants.py [--size 50000] [--queries 200]``.

Two SQLite memories under ``/tmp/translator-bench`` hold the same real French–English units (see
``bench_memory.py``): in one all are ``fr → en``; in the other a third are ``fr → en-GB`` (as an OmegaT
TMX imports). A ``fr → en`` look-up reads one pair in the first and both pairs in the second (the ``en-GB``
matches with their one-point penalty). Printed: the median look-up of each, in the same run, and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import time
from datetime import UTC, datetime

from bench_memory import CACHE, THRESHOLD, corpus, median_ms, queries, real_pairs
from sqlalchemy import Engine, insert

from translator_app.domain.matching import source_hash
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import upgrade
from translator_app.persistence.schema import TmUnitRow
from translator_app.persistence.tm_index_store import TmIndex
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.memory import MemoryService


def memory(name: str, units: list[tuple[str, str]], british_every: int) -> Engine:
    path = CACHE / f"variants-{name}.db"
    path.unlink(missing_ok=True)
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade(engine)
    moment = datetime.now(UTC)
    rows = [
        {
            "source_lang": "fr",
            "target_lang": "en-GB" if british_every and i % british_every == 0 else "en",
            "source": s,
            "target": t,
            "source_hash": source_hash(s),
            "context_before": "",
            "context_after": "",
            "approved": False,
            "created_by": "bench",
            "created_at": moment,
            "updated_by": "bench",
            "updated_at": moment,
        }
        for i, (s, t) in enumerate(units)
    ]
    with engine.begin() as connection:
        for start in range(0, len(rows), 20_000):
            connection.execute(insert(TmUnitRow), rows[start : start + 20_000])
    return engine


def timed(engine: Engine, name: str, probes: list[str]) -> tuple[float, int]:
    folder = CACHE / f"variants-index-{name}"
    shutil.rmtree(folder, ignore_errors=True)
    index = TmIndex(engine, folder)
    service = MemoryService(SqlUnitOfWorkFactory(engine, "bench"), index, THRESHOLD)
    service.lookup(probes[0], "fr", "en")  # build the indexes and list the pairs once
    timings, found = [], 0
    for text in probes:
        started = time.perf_counter()
        found += len(service.lookup(text, "fr", "en"))
        timings.append(time.perf_counter() - started)
    index.close()
    return median_ms(timings), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    pairs = real_pairs()
    units = corpus(args.size, pairs)
    probes = queries(pairs, args.queries)
    one, found_one = timed(memory("one-pair", units, 0), "one", probes)
    two, found_two = timed(memory("two-pairs", units, 3), "two", probes)
    print(f"{args.size:,} units, {len(probes)} fr→en look-ups")
    print(f"  one pair (fr→en)                 median {one:6.2f} ms  ({found_one} matches)")
    print(f"  fr→en + fr→en-GB (a third en-GB)  median {two:6.2f} ms  ({found_two} matches)")
    print(f"  ratio {two / one:.2f}x")


if __name__ == "__main__":
    main()
