"""The fuzzy index of a workspace: one PairIndex per language pair, kept in step with ``tm_units``.

The database stays the truth; the index is a cache that can always be rebuilt from it:

- on first use of a pair, the index loads its snapshot file (``<folder>/<source>__<target>.tmindex``) if
  the file matches the database (same unit at the snapshot's last id), else builds from ``tm_units`` and
  saves one; the file is a JSON header followed by the raw bytes of each array and buffer, each read
  straight into place (see ``_write_snapshot``); a snapshot of an earlier format is rebuilt once;
- before a search it reads the units with an id past the last one it holds (``WHERE id > :last``), so
  units added by this process or by a colleague on a shared PostgreSQL database are found; the check runs
  when the service says units were added and at most every ``REFRESH_SECONDS`` otherwise;
- a unit's source never changes (a new translation only changes the target; a corrected source is a new
  unit), so appending is all it takes; a deleted unit is dropped from the searches (``units_removed``), and
  the next catch-up starts below the ids SQLite may hand out again once the highest rows are deleted;
- a delta of ``PERSIST_AT`` units or more is merged and saved on ``close()``; smaller ones are simply read
  again on the next start, which costs less than rewriting the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time
from array import array
from collections.abc import Iterator, Sequence
from io import BufferedReader
from pathlib import Path
from typing import Any

import platformdirs
from pyroaring import BitMap
from sqlalchemy import Engine, select

from translator_app.domain.matching import source_hash
from translator_app.persistence.database import APP_NAME, display_url, sqlite_path
from translator_app.persistence.schema import TmUnitRow
from translator_app.persistence.tm_index import PairIndex, pack, unpack

REFRESH_SECONDS = 2.0
PERSIST_AT = 1000
MERGE_AT = 50_000
FORMAT_VERSION = 3
MAGIC = b"translator-app tm index\n"
SUFFIX = ".tmindex"
LEGACY_SUFFIX = ".npz"
"""Version 1 snapshots (numpy ``.npz`` files) are deleted and rebuilt once."""
ARRAYS = ("ids", "lengths", "word_counts", "offsets", "starts")

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
        self._floors: dict[Pair, int] = {}
        """Where the next catch-up starts when units were deleted since (below the last id read)."""
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

    def units_removed(self, unit_ids: Sequence[int], highest_left: int) -> None:
        """These units were deleted and ``highest_left`` is the highest id the table still holds: they are
        never offered again, and ids above ``highest_left`` (which SQLite may reuse) are read as new."""
        with self._lock:
            for pair, index in self._pairs.items():
                index.drop(unit_ids)
                if highest_left < index.last_id:
                    self._floors[pair] = min(self._floors.get(pair, highest_left), highest_left)
                self._checked.pop(pair, None)

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
            .where(TmUnitRow.source_lang == pair[0], TmUnitRow.target_lang == pair[1], TmUnitRow.id > after)
            .order_by(TmUnitRow.id)
        )
        with self._engine.connect() as connection:
            result = connection.execution_options(yield_per=20_000).execute(query)
            for unit_id, source in result:
                yield int(unit_id), str(source)

    def _catch_up(self, pair: Pair, index: PairIndex) -> None:
        floor = self._floors.get(pair)
        for unit_id, source in self._rows(pair, index.last_id if floor is None else floor):
            index.add(unit_id, source)
            self._floors.pop(pair, None)  # the last id read is the highest in the table again
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
        return self._folder / f"{_safe(pair[0])}__{_safe(pair[1])}{SUFFIX}"

    def _save(self, pair: Pair, index: PairIndex) -> None:
        path = self._path(pair)
        if path is None or index.delta_ids:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"format": FORMAT_VERSION, "last_id": index.last_id, "last_hash": self._hash_of(index.last_id)}
        temporary = path.with_suffix(".tmp")
        _write_snapshot(temporary, meta, index)
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
        if path is None:
            return None
        path.with_suffix(LEGACY_SUFFIX).unlink(missing_ok=True)
        if not path.is_file():
            return None
        try:
            meta, index = _read_snapshot(path)
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None
        if index is None or meta.get("last_hash") != self._hash_of(int(meta["last_id"])):
            return None  # an earlier format (rebuilt once), or made from other units
        self._persisted[pair] = index.size
        self._catch_up(pair, index)
        return index


def _write_snapshot(path: Path, meta: dict[str, object], index: PairIndex) -> None:
    """``MAGIC``, a JSON header line (meta, byte order, each section's type and length), then the sections'
    raw bytes in header order: written straight from the arrays and buffers, without a copy."""
    rows, row_starts = pack(index.by_word_count)
    sections: list[tuple[str, str, bytes | bytearray | array[int]]] = [
        *((name, getattr(index, name).typecode, getattr(index, name)) for name in ARRAYS),
        ("row_starts", row_starts.typecode, row_starts),
        ("blob", "B", index.blob),
        ("postings", "B", index.postings),
        ("rows", "B", rows),
        ("words", "B", "\n".join(index.vocabulary).encode("utf-8")),
        ("stop", "B", "\n".join(sorted(index.stop)).encode("utf-8")),
    ]
    header = {
        **meta,
        "byteorder": sys.byteorder,
        "sections": [[name, typecode, memoryview(data).nbytes] for name, typecode, data in sections],
    }
    with path.open("wb") as stream:
        stream.write(MAGIC)
        stream.write(json.dumps(header).encode("utf-8") + b"\n")
        for _, _, data in sections:
            stream.write(data)


def _read_snapshot(path: Path) -> tuple[dict[str, Any], PairIndex | None]:
    """The header and the index of a snapshot (None for another format version); ValueError when it is
    truncated or of another layout. Each section is read straight into its array or buffer, so loading
    never holds two copies of the memory."""
    with path.open("rb") as stream:
        if stream.read(len(MAGIC)) != MAGIC:
            raise ValueError("not an index snapshot")
        header = json.loads(stream.readline())
        if header.get("format") != FORMAT_VERSION:
            return header, None
        parts = {
            name: _read_section(stream, typecode, size, growable=name == "blob")
            for name, typecode, size in header["sections"]
        }
        if stream.read(1):
            raise ValueError("trailing bytes in snapshot")
    if header["byteorder"] != sys.byteorder:
        for value in parts.values():
            if isinstance(value, array):
                value.byteswap()
    arrays = {name: parts[name] for name in (*ARRAYS, "row_starts")}
    buffers = {name: parts[name] for name in ("blob", "postings", "rows", "words", "stop")}
    if not all(isinstance(value, array) for value in arrays.values()) or any(
        isinstance(value, array) for value in buffers.values()
    ):
        raise ValueError("snapshot section of the wrong type")
    blob, postings, rows = buffers["blob"], buffers["postings"], buffers["rows"]
    if not isinstance(blob, bytearray) or not isinstance(postings, bytes) or not isinstance(rows, bytes):
        raise ValueError("snapshot section of the wrong type")
    words, stop = bytes(buffers["words"]).decode("utf-8"), bytes(buffers["stop"]).decode("utf-8")
    row_starts = parts["row_starts"]
    del arrays["row_starts"]
    if not isinstance(row_starts, array):
        raise ValueError("snapshot section of the wrong type")
    index = PairIndex(
        blob=blob,
        postings=postings,
        vocabulary={word: slot for slot, word in enumerate(words.split("\n"))} if words else {},
        stop=frozenset(stop.split("\n")) if stop else frozenset(),
        by_word_count=[BitMap(unpack(rows, row_starts, row)) for row in range(len(row_starts) - 1)],
        **arrays,  # type: ignore[arg-type]
    )
    consistent = (
        len(index.starts) == len(index.vocabulary) + 1
        and len(index.offsets) == len(index.ids) + 1
        and len(index.lengths) == len(index.word_counts) == len(index.ids)
        and index.starts[-1] == len(index.postings)
        and index.offsets[-1] == len(index.blob)
    )
    if not consistent:
        raise ValueError("inconsistent snapshot")
    return header, index


def _read_section(
    stream: BufferedReader, typecode: str, size: int, growable: bool = False
) -> bytes | bytearray | array[int]:
    """``size`` bytes of the stream as bytes (``B``; a bytearray when ``growable``) or an array of
    ``typecode``."""
    if typecode == "B" and growable:
        buffer = bytearray(size)
        if stream.readinto(buffer) != size:
            raise ValueError("truncated snapshot")
        return buffer
    if typecode == "B":
        data = stream.read(size)
        if len(data) != size:
            raise ValueError("truncated snapshot")
        return data
    values = array(typecode)
    if size % values.itemsize:
        raise ValueError("snapshot section of a broken size")
    try:
        values.fromfile(stream, size // values.itemsize)
    except EOFError as error:
        raise ValueError("truncated snapshot") from error
    return values


def index_folder(url: str) -> Path:
    """Where a workspace's index snapshots live: beside a SQLite file, else in the user's cache folder."""
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".tm-index")
    key = hashlib.sha256(display_url(url).encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "tm-index" / key
