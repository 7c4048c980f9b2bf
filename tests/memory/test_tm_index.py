"""The fuzzy index: same answers as a full scan, kept up to date, reopened from its snapshot."""

from __future__ import annotations

import random
from pathlib import Path

from rapidfuzz import fuzz, process
from tests.memory.helpers import store

from translator_app.domain.matching import TmUnit, normalise
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import upgrade
from translator_app.persistence.tm_index import PairIndex
from translator_app.persistence.tm_index_store import TmIndex

_RNG = random.Random(5)
WORDS = [
    "".join(_RNG.choice("abcdefghijklmnopqrstuvwxyzéè") for _ in range(_RNG.randint(2, 9)))
    for _ in range(3000)
]


def sentences(count: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12))) for _ in range(count)]


def test_the_index_finds_the_same_best_match_as_a_full_scan() -> None:
    texts = sentences(3000)
    index = PairIndex.build(enumerate(texts, start=1))
    normalised = [normalise(t) for t in texts]
    agree = 0
    rng = random.Random(11)
    probes = [
        " ".join(w if rng.random() > 0.2 else rng.choice(WORDS) for w in rng.choice(texts).split())
        for _ in range(100)
    ]
    for probe in probes:
        scan = process.extract(normalise(probe), normalised, scorer=fuzz.ratio, limit=1, score_cutoff=70)
        found = index.search(probe, 70, 5)
        if not scan:
            agree += not found
        elif found and found[0][1] == scan[0][1]:
            agree += 1
    assert agree >= 99


def test_units_added_later_are_found_and_merged() -> None:
    index = PairIndex.build([(1, "Le bureau ouvre à Dakar")])
    index.add(2, "Le bureau ouvre à Genève")
    assert [i for i, _ in index.search("Le bureau ouvre à Genève", 70, 5)] == [2, 1]
    index.merge()
    assert not index.delta_ids and index.size == 2
    assert [i for i, _ in index.search("Le bureau ouvre à Genève", 70, 5)] == [2, 1]
    assert index.find("OUVRE À GENÈVE", 10) == [2]


def test_the_index_survives_a_restart_and_catches_up(sqlite_url: str, tmp_path: Path) -> None:
    store(sqlite_url, [TmUnit("fr", "en", text, "t") for text in sentences(50)])
    engine = create_database_engine(sqlite_url)
    upgrade(engine)
    folder = tmp_path / "index"
    try:
        first = TmIndex(engine, folder)
        assert first.size("fr", "en") == 50
        snapshot = folder / "fr__en.npz"
        assert snapshot.is_file()
        stamp = snapshot.stat().st_mtime_ns
        store(sqlite_url, [TmUnit("fr", "en", "Une phrase toute nouvelle sur la santé", "new")])
        first.units_added("fr", "en")
        assert first.search("fr", "en", "Une phrase toute nouvelle sur la santé", 70, 1)[0][1] == 100
        first.close()
        reopened = TmIndex(engine, folder)
        assert reopened.size("fr", "en") == 51, (
            "loaded from the snapshot, the new unit read from the database"
        )
        assert snapshot.stat().st_mtime_ns == stamp, "no rebuild on start"
    finally:
        engine.dispose()


def test_a_snapshot_of_another_database_is_not_trusted(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    urls = [f"sqlite:///{tmp_path / name}" for name in ("a.db", "b.db")]
    for url, text in zip(urls, ["Le bureau ouvre à Dakar", "Le rapport annuel est prêt"], strict=True):
        store(url, [TmUnit("fr", "en", text, "t")])
        engine = create_database_engine(url)
        try:
            index = TmIndex(engine, folder)
            assert index.find("fr", "en", text, 5) == [1]
        finally:
            engine.dispose()
