"""The fuzzy index: same answers as a full scan, kept up to date, reopened from its snapshot."""

from __future__ import annotations

import json
import random
import sys
from array import array
from pathlib import Path

from rapidfuzz import fuzz, process
from tests.memory.helpers import store

from translator_app.domain.matching import TmUnit, normalise, source_hash
from translator_app.persistence.database import create_database_engine
from translator_app.persistence.migrate import upgrade
from translator_app.persistence.tm_index import PairIndex, index_words, length_allows, length_bounds
from translator_app.persistence.tm_index_store import FORMAT_VERSION, MAGIC, TmIndex

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
        snapshot = folder / "fr__en.tmindex"
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


def reference_candidates(index: PairIndex, query: str, threshold: float, limit: int) -> list[int]:
    """The candidates by brute force: Dice of every unit against the query, length filter, best first."""
    words = {w for w in index_words(query) if w not in index.stop}
    ranked = []
    for position in range(index.size):
        unit_words = index_words(index.text(position)) - index.stop
        shared = len(words & unit_words)
        length = len(index.text(position))
        if shared and 200.0 * min(length, len(query)) / max(length + len(query), 1) >= threshold:
            ranked.append((-2.0 * shared / (len(words) + len(unit_words)), position))
    return [position for _, position in sorted(ranked)[:limit]]


def test_the_pruned_dice_ranking_equals_a_brute_force_one() -> None:
    rng = random.Random(8)
    few = WORDS[:60]  # a small vocabulary: many units share a few words, short ones can beat long ones
    texts = [" ".join(rng.sample(few, rng.randint(1, 14))) for _ in range(1500)]
    index = PairIndex.build(enumerate(texts[:1200], start=1))
    for offset, text in enumerate(texts[1200:], start=1201):
        index.add(offset, text)  # a delta, searched alongside the arrays
    queries = [normalise(" ".join(rng.sample(few, rng.randint(2, 9)))) for _ in range(40)]
    for query in queries:
        for limit in (1, 10, 200):
            assert index.candidates(query, 30, limit) == reference_candidates(index, query, 30, limit)
    index.merge()  # the delta folded into the packed bitmaps
    assert not index.delta_ids
    for query in queries[:10]:
        for threshold in (30, 70):
            expected = reference_candidates(index, query, threshold, 200)
            assert index.candidates(query, threshold, 200) == expected


def test_stop_words_are_left_out_and_not_counted() -> None:
    texts = [f"le rapport {word} {other}" for word, other in zip(WORDS[:800], WORDS[800:1600], strict=True)]
    index = PairIndex.build(enumerate(texts, start=1))
    assert {"le", "rapport"} <= index.stop
    assert index.word_counts[0] == len(index_words(normalise(texts[0])) - {"le", "rapport"})
    assert index.search(texts[10], 70, 1)[0] == (11, 100.0)


def test_a_damaged_or_old_snapshot_is_rebuilt(sqlite_url: str, tmp_path: Path) -> None:
    store(sqlite_url, [TmUnit("fr", "en", text, "t") for text in sentences(30)])
    engine = create_database_engine(sqlite_url)
    upgrade(engine)
    folder = tmp_path / "index"
    try:
        TmIndex(engine, folder).size("fr", "en")
        snapshot = folder / "fr__en.tmindex"
        whole = snapshot.read_bytes()
        legacy = folder / "fr__en.npz"
        legacy.write_bytes(b"PK\x03\x04 an index of an earlier version")
        other_format = whole.replace(f'"format": {FORMAT_VERSION}'.encode(), b'"format": 9')
        assert other_format != whole
        for damaged in (whole[:-7], whole[:40], b"", other_format):
            snapshot.write_bytes(damaged)
            index = TmIndex(engine, folder)
            assert index.size("fr", "en") == 30
            assert index.search("fr", "en", sentences(30)[4], 70, 1)[0][1] == 100
            assert snapshot.read_bytes() == whole, "rebuilt and saved again"
        assert not legacy.exists(), "the numpy snapshot of version 1 is cleared away"
    finally:
        engine.dispose()


def previous_layout(texts: list[str], last_hash: str) -> bytes:
    """A snapshot as the version before bitmaps wrote it: int32 posting arrays, the blob in one section."""
    words = sorted({word for text in texts for word in index_words(normalise(text))})
    sections: list[tuple[str, str, bytes]] = [
        ("ids", "q", array("q", range(1, len(texts) + 1)).tobytes()),
        ("lengths", "i", array("i", map(len, texts)).tobytes()),
        ("word_counts", "i", array("i", [1] * len(texts)).tobytes()),
        ("offsets", "q", array("q", [0] * (len(texts) + 1)).tobytes()),
        ("starts", "q", array("q", [0] * (len(words) + 1)).tobytes()),
        ("postings", "i", b""),
        ("blob", "B", b""),
        ("words", "B", "\n".join(words).encode()),
        ("stop", "B", b""),
    ]
    header = {
        "format": 2,
        "last_id": len(texts),
        "last_hash": last_hash,
        "byteorder": sys.byteorder,
        "sections": [[name, typecode, len(data)] for name, typecode, data in sections],
    }
    return MAGIC + json.dumps(header).encode() + b"\n" + b"".join(data for _, _, data in sections)


def test_a_snapshot_of_the_previous_format_is_rebuilt_once(sqlite_url: str, tmp_path: Path) -> None:
    texts = sentences(40)
    store(sqlite_url, [TmUnit("fr", "en", text, "t") for text in texts])
    engine = create_database_engine(sqlite_url)
    upgrade(engine)
    folder = tmp_path / "index"
    snapshot = folder / "fr__en.tmindex"
    try:
        folder.mkdir()
        snapshot.write_bytes(previous_layout(texts, source_hash(texts[-1])))
        first = TmIndex(engine, folder)
        assert first.search("fr", "en", texts[7], 70, 1)[0] == (8, 100.0)
        rebuilt = snapshot.read_bytes()
        assert b'"format": 2' not in rebuilt and f'"format": {FORMAT_VERSION}'.encode() in rebuilt
        stamp = snapshot.stat().st_mtime_ns
        again = TmIndex(engine, folder)
        assert again.search("fr", "en", texts[20], 70, 1)[0] == (21, 100.0)
        assert snapshot.stat().st_mtime_ns == stamp, "loaded, not rebuilt a second time"
    finally:
        engine.dispose()


def test_length_bounds_agree_with_the_exact_length_test() -> None:
    for threshold in (0, 1, 30, 50, 69.5, 70, 75, 99.9, 100):
        for size in range(0, 260, 7):
            shortest, longest = length_bounds(size, threshold)
            for length in range(0, 700):
                assert (shortest <= length <= longest) == length_allows(length, size, threshold), (
                    threshold,
                    size,
                    length,
                )
