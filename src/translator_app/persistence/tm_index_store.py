"""The fuzzy index of a workspace: one PairIndex per language pair, kept in step with ``tm_units``.

The database stays the truth; the index is a cache that can always be rebuilt from it:

- on first use of a pair, the index loads its snapshot file (``<folder>/<source>__<target>.npz``) if the
  file matches the database (same unit at the snapshot's last id), else builds from ``tm_units`` and saves
  one;
- before a search it reads the units with an id past the last one it holds (``WHERE id > :last``), so
  units added by this process or by a colleague on a shared PostgreSQL database are found; the check runs
  when the service says units were added and at most every ``REFRESH_SECONDS`` otherwise;
- a unit's source never changes (a new translation only changes the target), so appending is all it takes;
  a deleted unit is skipped when the service fetches the candidates' rows;
- a delta of ``PERSIST_AT`` units or more is merged and saved on ``close()``; smaller ones are simply read
  again on the next start, which costs less than rewriting the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import platformdirs
from sqlalchemy import Engine, select

from translator_app.domain.matching import source_hash
from translator_app.persistence.database import APP_NAME, display_url, sqlite_path
from translator_app.persistence.schema import TmUnitRow
from translator_app.persistence.tm_index import PairIndex

REFRESH_SECONDS = 2.0
PERSIST_AT = 1000
MERGE_AT = 50_000
FORMAT_VERSION = 1

Pair = tuple[str, str]


def _safe(code: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in code)


class TmIndex:
    """Thread-safe fuzzy and concordance look-ups over the memory of every language pair."""

    def __init__(self, engine: Engine, folder: Path | None) -> None:
        self._engine = engine
        self._folder = folder
        self._pairs: dict[Pair, PairIndex] = {}
        self._checked: dict[Pair, float] = {}
        self._persisted: dict[Pair, int] = {}
        self._lock = threading.RLock()

    # --- the service's side ---------------------------------------------------------------------------

    def search(
        self, source_lang: str, target_lang: str, text: str, threshold: float, limit: int
    ) -> list[tuple[int, float]]:
        """``(unit id, base similarity)`` of the best units for ``text``, best first."""
        with self._lock:
            return self._ready((source_lang, target_lang)).search(text, threshold, limit)

    def find(self, source_lang: str, target_lang: str, phrase: str, limit: int) -> list[int]:
        """Ids of units whose source contains ``phrase`` (case- and typography-insensitive)."""
        with self._lock:
            return self._ready((source_lang, target_lang)).find(phrase, limit)

    def units_added(self, source_lang: str, target_lang: str) -> None:
        """Units were committed for this pair: read them before the next search."""
        with self._lock:
            self._checked.pop((source_lang, target_lang), None)

    def close(self) -> None:
        """Save the pairs whose unsaved delta is worth a rewrite."""
        with self._lock:
            for pair, index in self._pairs.items():
                if index.size - self._persisted.get(pair, 0) >= PERSIST_AT:
                    index.merge()
                    self._save(pair, index)

    def size(self, source_lang: str, target_lang: str) -> int:
        with self._lock:
            return self._ready((source_lang, target_lang)).size

    # --- keeping in step ------------------------------------------------------------------------------

    def _ready(self, pair: Pair) -> PairIndex:
        index = self._pairs.get(pair)
        if index is None:
            index = self._load(pair) or self._build(pair)
            self._pairs[pair] = index
            self._checked[pair] = time.monotonic()
        if time.monotonic() - self._checked.get(pair, 0.0) > REFRESH_SECONDS:
            self._catch_up(pair, index)
            self._checked[pair] = time.monotonic()
        return index

    def _rows(self, pair: Pair, after: int) -> Iterator[tuple[int, str]]:
        query = (
            select(TmUnitRow.id, TmUnitRow.source)
            .where(
                TmUnitRow.source_lang == pair[0], TmUnitRow.target_lang == pair[1], TmUnitRow.id > after
            )
            .order_by(TmUnitRow.id)
        )
        with self._engine.connect() as connection:
            result = connection.execution_options(yield_per=20_000).execute(query)
            for unit_id, source in result:
                yield int(unit_id), str(source)

    def _catch_up(self, pair: Pair, index: PairIndex) -> None:
        for unit_id, source in self._rows(pair, index.last_id):
            index.add(unit_id, source)
        if len(index.delta_ids) >= MERGE_AT:
            index.merge()

    def _build(self, pair: Pair) -> PairIndex:
        index = PairIndex.build(self._rows(pair, 0))
        self._save(pair, index)
        return index

    # --- snapshots ------------------------------------------------------------------------------------

    def _path(self, pair: Pair) -> Path | None:
        if self._folder is None:
            return None
        return self._folder / f"{_safe(pair[0])}__{_safe(pair[1])}.npz"

    def _save(self, pair: Pair, index: PairIndex) -> None:
        path = self._path(pair)
        if path is None or index.delta_ids:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"format": FORMAT_VERSION, "last_id": index.last_id, "last_hash": self._hash_of(index.last_id)}
        words = "\n".join(index.vocabulary)
        temporary = path.with_suffix(".tmp.npz")
        with temporary.open("wb") as stream:
            np.savez(
                stream,
                meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
                ids=index.ids,
                lengths=index.lengths,
                word_counts=index.word_counts,
                offsets=index.offsets,
                blob=np.frombuffer(index.blob, np.uint8),
                words=np.frombuffer(words.encode("utf-8"), np.uint8),
                stop=np.frombuffer("\n".join(sorted(index.stop)).encode("utf-8"), np.uint8),
                starts=index.starts,
                postings=index.postings,
            )
        os.replace(temporary, path)
        self._persisted[pair] = index.size

    def _hash_of(self, unit_id: int) -> str:
        if unit_id == 0:
            return ""
        with self._engine.connect() as connection:
            source = connection.execute(select(TmUnitRow.source).where(TmUnitRow.id == unit_id)).scalar()
        return source_hash(source) if source is not None else "-"

    def _load(self, pair: Pair) -> PairIndex | None:
        """The saved arrays, or None when absent, unreadable or made from another database's units."""
        path = self._path(pair)
        if path is None or not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(bytes(data["meta"]).decode())
                stale = meta["last_hash"] != self._hash_of(meta["last_id"])
                if meta.get("format") != FORMAT_VERSION or stale:
                    return None
                words = bytes(data["words"]).decode("utf-8")
                stop = bytes(data["stop"]).decode("utf-8")
                index = PairIndex(
                    ids=data["ids"],
                    lengths=data["lengths"],
                    word_counts=data["word_counts"],
                    offsets=data["offsets"],
                    blob=data["blob"].tobytes(),
                    vocabulary={w: i for i, w in enumerate(words.split("\n"))} if words else {},
                    starts=data["starts"],
                    postings=data["postings"],
                    stop=frozenset(stop.split("\n")) if stop else frozenset(),
                )
        except (OSError, ValueError, KeyError):
            return None
        self._persisted[pair] = index.size
        self._catch_up(pair, index)
        return index


def index_folder(url: str) -> Path:
    """Where a workspace's index snapshots live: beside a SQLite file, else in the user's cache folder."""
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".tm-index")
    key = hashlib.sha256(display_url(url).encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "tm-index" / key
