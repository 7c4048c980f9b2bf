"""Translation-memory units in ``tm_units``: single writes for confirmations, bulk ones for TMX imports.

Bulk inserts go through SQLAlchemy Core (no ORM objects), so a million-unit import does not fill the session's
identity map: memory stays bounded by the batch size.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from translator_app.domain.errors import NotFoundError
from translator_app.domain.matching import TmUnit, source_hash
from translator_app.persistence.mapping import aware
from translator_app.persistence.schema import TmUnitRow

_CHUNK = 500
_KEY = ["source_lang", "target_lang", "source_hash", "target_hash"]
"""The unit's unique key (index ``uq_tm_units_unit``): one unit per pair, source and exact target."""


def target_hash(target: str) -> str:
    return hashlib.sha256(target.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def unit_from_row(row: TmUnitRow) -> TmUnit:
    return TmUnit(
        id=row.id,
        source_lang=row.source_lang,
        target_lang=row.target_lang,
        source=row.source,
        target=row.target,
        context_before=row.context_before,
        context_after=row.context_after,
        approved=row.approved,
        release_id=row.release_id,
        segment_id=row.segment_id,
        created_by=row.created_by,
        created_at=aware(row.created_at),
        updated_by=row.updated_by,
        updated_at=aware(row.updated_at),
    )


def _values(unit: TmUnit) -> dict[str, Any]:
    moment = _now()
    return {
        "source_lang": unit.source_lang,
        "target_lang": unit.target_lang,
        "source": unit.source,
        "target": unit.target,
        "source_hash": source_hash(unit.source),
        "target_hash": target_hash(unit.target),
        "context_before": unit.context_before,
        "context_after": unit.context_after,
        "approved": unit.approved,
        "release_id": unit.release_id,
        "segment_id": unit.segment_id,
        "created_by": unit.created_by,
        "created_at": unit.created_at or moment,
        "updated_by": unit.updated_by or unit.created_by,
        "updated_at": unit.updated_at or moment,
    }


class SqlTmRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _upsert(self, values: Sequence[dict[str, Any]], *, link: bool) -> Any:
        """INSERT … ON CONFLICT on the unit's key: a unit that exists is merged into (approved if either
        is; with ``link`` its context and segment become the new ones), never duplicated, even when two
        writers race (the unique index makes the second one wait, then update)."""
        dialect = postgresql if self._session.get_bind().dialect.name == "postgresql" else sqlite
        statement = dialect.insert(TmUnitRow).values(list(values))
        merged: dict[str, Any] = {"approved": or_(TmUnitRow.approved, statement.excluded.approved)}
        if link:
            for column in ("context_before", "context_after", "release_id", "segment_id", "updated_by"):
                merged[column] = statement.excluded[column]
            merged["updated_at"] = statement.excluded.updated_at
        return statement.on_conflict_do_update(index_elements=_KEY, set_=merged)

    def add(self, unit: TmUnit) -> TmUnit:
        """Store the unit, or merge it into the stored one with the same pair, source and target."""
        statement = self._upsert([_values(unit)], link=True).returning(TmUnitRow)
        row = self._session.scalars(statement, execution_options={"populate_existing": True}).one()
        return unit_from_row(row)

    def add_many(self, units: Sequence[TmUnit]) -> int:
        if units:
            self._session.execute(self._upsert([_values(unit) for unit in units], link=False))
        return len(units)

    def update(self, unit: TmUnit) -> TmUnit:
        """Write a unit's new state; when its new target makes it the same as another unit, that one is
        updated instead, and this one (the older translation) stays as it was, no longer tied to the
        segment."""
        assert unit.id is not None
        row = self._session.get(TmUnitRow, unit.id)
        if row is None:
            raise NotFoundError("memory unit", unit.id)
        if row.target == unit.target:  # the key stays the same: nothing to collide with
            self._write(row, unit)
        elif self._session.get_bind().dialect.name != "postgresql":  # one writer at a time: look first
            if self._same_unit(row, unit.target) is not None:
                return self._merge_into_other(row, unit)
            self._write(row, unit)
        else:  # concurrent writers: try, and on the unique key's refusal merge instead
            try:
                with self._session.begin_nested():
                    self._write(row, unit)
            except IntegrityError:
                self._session.refresh(row)
                return self._merge_into_other(row, unit)
        return unit_from_row(row)

    def _write(self, row: TmUnitRow, unit: TmUnit) -> None:
        row.target = unit.target
        row.target_hash = target_hash(unit.target)
        row.context_before = unit.context_before
        row.context_after = unit.context_after
        row.approved = unit.approved
        row.release_id = unit.release_id
        row.segment_id = unit.segment_id
        row.updated_by = unit.updated_by
        row.updated_at = unit.updated_at or _now()
        self._session.flush()

    def _same_unit(self, row: TmUnitRow, target: str) -> TmUnitRow | None:
        query = select(TmUnitRow).where(
            TmUnitRow.source_lang == row.source_lang,
            TmUnitRow.target_lang == row.target_lang,
            TmUnitRow.source_hash == row.source_hash,
            TmUnitRow.target_hash == target_hash(target),
            TmUnitRow.id != row.id,
        )
        return self._session.scalars(query).first()

    def _merge_into_other(self, row: TmUnitRow, unit: TmUnit) -> TmUnit:
        if row.segment_id == unit.segment_id:
            row.segment_id = None
        self._session.flush()
        merged = self.add(
            TmUnit(
                row.source_lang,
                row.target_lang,
                row.source,
                unit.target,
                unit.context_before,
                unit.context_after,
                unit.approved,
                unit.release_id,
                unit.segment_id,
                created_by=unit.updated_by,
                updated_by=unit.updated_by,
            )
        )
        return merged

    def get_many(self, ids: Sequence[int]) -> list[TmUnit]:
        units: list[TmUnit] = []
        for start in range(0, len(ids), _CHUNK):
            query = select(TmUnitRow).where(TmUnitRow.id.in_(ids[start : start + _CHUNK]))
            units += [unit_from_row(row) for row in self._session.scalars(query)]
        return units

    def for_segment(self, segment_id: int) -> TmUnit | None:
        query = select(TmUnitRow).where(TmUnitRow.segment_id == segment_id).order_by(TmUnitRow.id.desc())
        row = self._session.scalars(query.limit(1)).first()
        return unit_from_row(row) if row is not None else None

    def with_hashes(self, source_lang: str, target_lang: str, hashes: Sequence[str]) -> list[TmUnit]:
        units: list[TmUnit] = []
        unique = sorted(set(hashes))
        for start in range(0, len(unique), _CHUNK):
            query = select(TmUnitRow).where(
                TmUnitRow.source_lang == source_lang,
                TmUnitRow.target_lang == target_lang,
                TmUnitRow.source_hash.in_(unique[start : start + _CHUNK]),
            )
            units += [unit_from_row(row) for row in self._session.scalars(query.order_by(TmUnitRow.id))]
        return units

    def iterate(self, source_lang: str, target_lang: str) -> Iterator[TmUnit]:
        query = (
            select(TmUnitRow)
            .where(TmUnitRow.source_lang == source_lang, TmUnitRow.target_lang == target_lang)
            .order_by(TmUnitRow.id)
            .execution_options(yield_per=5000)
        )
        for row in self._session.scalars(query):
            yield unit_from_row(row)
            self._session.expunge(row)

    def with_target_containing(
        self, source_lang: str, target_lang: str, phrase: str, limit: int
    ) -> list[TmUnit]:
        """A LIKE scan on the lower-cased targets (Unicode-aware on both back ends: SQLite's ``lower`` is
        replaced on connect); the service re-checks every hit in Python."""
        query = (
            select(TmUnitRow)
            .where(
                TmUnitRow.source_lang == source_lang,
                TmUnitRow.target_lang == target_lang,
                func.lower(TmUnitRow.target).contains(phrase.lower(), autoescape=True),
            )
            .order_by(TmUnitRow.id)
            .limit(limit)
        )
        return [unit_from_row(row) for row in self._session.scalars(query)]

    def get(self, unit_id: int) -> TmUnit:
        row = self._session.get(TmUnitRow, unit_id)
        if row is None:
            raise NotFoundError("memory unit", unit_id)
        return unit_from_row(row)

    def search(
        self, source_lang: str, target_lang: str, text: str, limit: int, offset: int = 0
    ) -> list[TmUnit]:
        """The pair's units whose source or target contains ``text`` (any case), newest first: the
        primary key orders them, so a page of a million-unit memory costs no sort."""
        query = select(TmUnitRow).where(
            TmUnitRow.source_lang == source_lang, TmUnitRow.target_lang == target_lang
        )
        wanted = text.strip().lower()
        if wanted:
            query = query.where(
                or_(
                    func.lower(TmUnitRow.source).contains(wanted, autoescape=True),
                    func.lower(TmUnitRow.target).contains(wanted, autoescape=True),
                )
            )
        query = query.order_by(TmUnitRow.id.desc()).offset(offset).limit(limit)
        return [unit_from_row(row) for row in self._session.scalars(query)]

    def delete(self, ids: Sequence[int]) -> int:
        removed = 0
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            result = self._session.execute(
                delete(TmUnitRow).where(TmUnitRow.id.in_(chunk)).execution_options(synchronize_session=False)
            )
            removed += int(getattr(result, "rowcount", 0) or 0)
        return removed

    def highest_id(self) -> int:
        return int(self._session.scalar(select(func.max(TmUnitRow.id))) or 0)

    def pairs(self) -> list[tuple[str, str, int]]:
        query = (
            select(TmUnitRow.source_lang, TmUnitRow.target_lang, func.count())
            .group_by(TmUnitRow.source_lang, TmUnitRow.target_lang)
            .order_by(TmUnitRow.source_lang, TmUnitRow.target_lang)
        )
        return [(s, t, int(n)) for s, t, n in self._session.execute(query)]
