"""Glossary terms in ``terms`` and the per-pair version counter in ``glossary_pairs`` (provider "")."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from translator_app.domain.errors import NotFoundError
from translator_app.domain.terms import Term, split_variants
from translator_app.persistence.mapping import aware
from translator_app.persistence.schema import GlossaryPairRow, TermRow

OWN_VERSION = ""
"""The provider name of the workspace's own version counter."""


def pair_row(session: Session, provider: str, source_lang: str, target_lang: str) -> GlossaryPairRow | None:
    """A pair's ``glossary_pairs`` row: the workspace's own version (``OWN_VERSION``) or a provider's copy."""
    query = select(GlossaryPairRow).where(
        GlossaryPairRow.provider == provider,
        GlossaryPairRow.source_lang == source_lang,
        GlossaryPairRow.target_lang == target_lang,
    )
    return session.scalars(query).first()


def term_from_row(row: TermRow) -> Term:
    return Term(
        id=row.id,
        source_lang=row.source_lang,
        target_lang=row.target_lang,
        source_term=row.source_term,
        target_term=row.target_term,
        note=row.note,
        part_of_speech=row.part_of_speech,
        case_sensitive=row.case_sensitive,
        forbidden=split_variants(row.forbidden),
        alternatives=split_variants(row.alternatives or ""),
        created_by=row.created_by,
        updated_at=aware(row.updated_at),
    )


def _fill(row: TermRow, term: Term) -> None:
    row.source_lang = term.source_lang
    row.target_lang = term.target_lang
    row.source_term = term.source_term
    row.target_term = term.target_term
    row.note = term.note
    row.part_of_speech = term.part_of_speech
    row.case_sensitive = term.case_sensitive
    row.forbidden = "\n".join(term.forbidden)
    row.alternatives = "\n".join(term.alternatives)
    row.updated_at = datetime.now(UTC)


class SqlTermRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, term: Term) -> Term:
        row = TermRow(created_by=term.created_by)
        _fill(row, term)
        self._session.add(row)
        self._session.flush()
        return term_from_row(row)

    def update(self, term: Term) -> Term:
        assert term.id is not None
        row = self._row(term.id)
        _fill(row, term)
        self._session.flush()
        return term_from_row(row)

    def delete(self, term_id: int) -> None:
        self._row(term_id)
        self._session.execute(delete(TermRow).where(TermRow.id == term_id))

    def get(self, term_id: int) -> Term:
        return term_from_row(self._row(term_id))

    def _row(self, term_id: int) -> TermRow:
        row = self._session.get(TermRow, term_id)
        if row is None:
            raise NotFoundError("term", term_id)
        return row

    def for_pair(self, source_lang: str, target_lang: str) -> list[Term]:
        query = (
            select(TermRow)
            .where(TermRow.source_lang == source_lang, TermRow.target_lang == target_lang)
            .order_by(TermRow.source_term, TermRow.id)
        )
        return [term_from_row(row) for row in self._session.scalars(query)]

    def pairs(self) -> list[tuple[str, str]]:
        query = select(TermRow.source_lang, TermRow.target_lang).distinct()
        return sorted((s, t) for s, t in self._session.execute(query))

    def version(self, source_lang: str, target_lang: str) -> int:
        row = pair_row(self._session, OWN_VERSION, source_lang, target_lang)
        return row.version if row is not None else 0

    def bump_version(self, source_lang: str, target_lang: str) -> int:
        """An atomic ``version = version + 1`` (two writers never hand out the same version)."""
        row = pair_row(self._session, OWN_VERSION, source_lang, target_lang)
        if row is None:
            row = GlossaryPairRow(
                source_lang=source_lang,
                target_lang=target_lang,
                provider=OWN_VERSION,
                version=0,
                remote_id="",
            )
            self._session.add(row)
            self._session.flush()
        self._session.execute(
            update(GlossaryPairRow)
            .where(GlossaryPairRow.id == row.id)
            .values(version=GlossaryPairRow.version + 1)
            .execution_options(synchronize_session=False)
        )
        self._session.refresh(row)
        return row.version
