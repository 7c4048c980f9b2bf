"""Translation-memory units in ``tm_units``: single writes for confirmations, bulk ones for TMX imports.

Bulk inserts go through SQLAlchemy Core (no ORM objects), so a million-unit import does not fill the session's
identity map: memory stays bounded by the batch size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from translator_app.domain.errors import NotFoundError
from translator_app.domain.matching import TmUnit, source_hash
from translator_app.persistence.mapping import aware
from translator_app.persistence.schema import TmUnitRow

_CHUNK = 500


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

    def add(self, unit: TmUnit) -> TmUnit:
        row = TmUnitRow(**_values(unit))
        self._session.add(row)
        self._session.flush()
        return unit_from_row(row)

    def add_many(self, units: Sequence[TmUnit]) -> int:
        if units:
            self._session.execute(insert(TmUnitRow), [_values(unit) for unit in units])
        return len(units)

    def update(self, unit: TmUnit) -> TmUnit:
        assert unit.id is not None
        row = self._session.get(TmUnitRow, unit.id)
        if row is None:
            raise NotFoundError("memory unit", unit.id)
        row.target = unit.target
        row.context_before = unit.context_before
        row.context_after = unit.context_after
        row.approved = unit.approved
        row.release_id = unit.release_id
        row.segment_id = unit.segment_id
        row.updated_by = unit.updated_by
        row.updated_at = unit.updated_at or _now()
        self._session.flush()
        return unit_from_row(row)

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

    def pairs(self) -> list[tuple[str, str, int]]:
        query = (
            select(TmUnitRow.source_lang, TmUnitRow.target_lang, func.count())
            .group_by(TmUnitRow.source_lang, TmUnitRow.target_lang)
            .order_by(TmUnitRow.source_lang, TmUnitRow.target_lang)
        )
        return [(s, t, int(n)) for s, t, n in self._session.execute(query)]
