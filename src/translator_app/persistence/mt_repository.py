"""Storage for machine translation: the paid-for translations cache, glossary versions and remote ids.

The cache key is everything that changes what the engine answers and that we control: provider, language
pair, formality sent, model, the glossary entries that occur in the text (hashed), and the text as sent
(hashed). Context is left out on purpose: it only nudges a translation, and keying on it would make every
position in a document a cache miss. Remote glossary ids are kept per provider account and server.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import or_, select, union
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from translator_app.domain.errors import NotFoundError
from translator_app.domain.segmentation import unwrap_lines
from translator_app.persistence.glossary_repository import OWN_VERSION, pair_row
from translator_app.persistence.schema import (
    GlossaryPairRow,
    MtCacheRow,
    ReleaseRow,
    RemoteGlossaryRow,
    TermRow,
)


def text_hash(text: str) -> str:
    """The cache's key for a source: a wrapped and an unwrapped copy of one sentence are the same text."""
    return hashlib.sha256(unwrap_lines(text).encode("utf-8")).hexdigest()


class SqlMtRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def cached(
        self,
        provider: str,
        source_lang: str,
        target_lang: str,
        formality: str,
        model: str,
        glossary_version: int,
        wanted: Mapping[str, str],
    ) -> dict[str, str]:
        """Source → cached target, for the sources of ``wanted`` (source → its glossary-terms key) that
        were translated under this key; rows from before term keys count while their version is current."""
        by_hash: dict[str, list[tuple[str, str]]] = {}
        for source, key in wanted.items():
            by_hash.setdefault(text_hash(source), []).append((source, key))
        found: dict[str, str] = {}
        older: dict[str, str] = {}
        hashes = list(by_hash)
        for start in range(0, len(hashes), 500):
            query = select(MtCacheRow.source_hash, MtCacheRow.glossary_terms, MtCacheRow.target).where(
                MtCacheRow.provider == provider,
                MtCacheRow.source_lang == source_lang,
                MtCacheRow.target_lang == target_lang,
                MtCacheRow.formality == formality,
                MtCacheRow.model == model,
                or_(
                    MtCacheRow.glossary_terms.is_not(None),
                    MtCacheRow.glossary_version == glossary_version,
                ),
                MtCacheRow.source_hash.in_(hashes[start : start + 500]),
            )
            for source_hash, row_key, target in self._session.execute(query):
                for source, key in by_hash[source_hash]:
                    if row_key == key:
                        found[source] = target
                    elif row_key is None:
                        older.setdefault(source, target)
        return older | found

    def store(
        self,
        provider: str,
        source_lang: str,
        target_lang: str,
        formality: str,
        model: str,
        glossary_version: int,
        glossary_terms: str,
        source: str,
        target: str,
        billed_characters: int,
    ) -> None:
        """Keep a translation; another writer having stored the same key first is fine (same answer)."""
        row = MtCacheRow(
            provider=provider,
            source_lang=source_lang,
            target_lang=target_lang,
            formality=formality,
            model=model,
            glossary_version=glossary_version,
            glossary_terms=glossary_terms,
            source_hash=text_hash(source),
            source=unwrap_lines(source),
            target=target,
            billed_characters=billed_characters,
            created_at=datetime.now(UTC),
        )
        try:
            with self._session.begin_nested():
                self._session.add(row)
        except IntegrityError:
            pass

    def release_formality(self, release_id: int) -> str:
        value = self._session.scalar(select(ReleaseRow.formality).where(ReleaseRow.id == release_id))
        if value is None:
            raise NotFoundError("release", release_id)
        return value

    def set_release_formality(self, release_id: int, formality: str) -> None:
        row = self._session.get(ReleaseRow, release_id)
        if row is None:
            raise NotFoundError("release", release_id)
        row.formality = formality
        self._session.flush()

    def glossary_version(self, source_lang: str, target_lang: str) -> int:
        row = pair_row(self._session, OWN_VERSION, source_lang, target_lang)
        return row.version if row is not None else 0

    def glossary_entries(self, source_lang: str, target_lang: str) -> list[tuple[str, str]]:
        query = (
            select(TermRow.source_term, TermRow.target_term)
            .where(TermRow.source_lang == source_lang, TermRow.target_lang == target_lang)
            .order_by(TermRow.id)
        )
        return [(source, target) for source, target in self._session.execute(query)]

    def glossary_language_pairs(self) -> list[tuple[str, str]]:
        """Every pair that has terms or a glossary version, sorted."""
        terms = select(TermRow.source_lang, TermRow.target_lang)
        versions = select(GlossaryPairRow.source_lang, GlossaryPairRow.target_lang).where(
            GlossaryPairRow.provider == OWN_VERSION
        )
        rows = self._session.execute(union(terms, versions))
        return sorted((source, target) for source, target in rows)

    def remote_glossary(
        self, provider: str, account: str, server: str, source_lang: str, target_lang: str
    ) -> tuple[str, int] | None:
        row = self._remote_row(provider, account, server, source_lang, target_lang)
        return (row.remote_id, row.version) if row is not None else None

    def remember_remote_glossary(
        self,
        provider: str,
        account: str,
        server: str,
        source_lang: str,
        target_lang: str,
        remote_id: str,
        version: int,
    ) -> None:
        """Insert or update; a desktop on the same account inserting first turns this into an update."""
        row = self._remote_row(provider, account, server, source_lang, target_lang)
        if row is None:
            row = RemoteGlossaryRow(
                provider=provider,
                account=account,
                server=server,
                source_lang=source_lang,
                target_lang=target_lang,
                remote_id=remote_id,
                version=version,
                synced_at=datetime.now(UTC),
            )
            try:
                with self._session.begin_nested():
                    self._session.add(row)
                return
            except IntegrityError:
                row = self._remote_row(provider, account, server, source_lang, target_lang)
                assert row is not None
        row.remote_id = remote_id
        row.version = version
        row.synced_at = datetime.now(UTC)
        self._session.flush()

    def unclaimed_remote_glossary(
        self, provider: str, source_lang: str, target_lang: str
    ) -> tuple[str, int] | None:
        """A copy made before accounts were told apart: its id and version, if one is left."""
        return self.remote_glossary(provider, "", "", source_lang, target_lang)

    def claim_remote_glossary(
        self, provider: str, account: str, server: str, source_lang: str, target_lang: str
    ) -> None:
        """The account that still has the unclaimed copy takes it over (an update: no row is deleted)."""
        row = self._remote_row(provider, "", "", source_lang, target_lang)
        if row is not None and self._remote_row(provider, account, server, source_lang, target_lang) is None:
            row.account = account
            row.server = server
            self._session.flush()

    def _remote_row(
        self, provider: str, account: str, server: str, source_lang: str, target_lang: str
    ) -> RemoteGlossaryRow | None:
        query = select(RemoteGlossaryRow).where(
            RemoteGlossaryRow.provider == provider,
            RemoteGlossaryRow.account == account,
            RemoteGlossaryRow.server == server,
            RemoteGlossaryRow.source_lang == source_lang,
            RemoteGlossaryRow.target_lang == target_lang,
        )
        return self._session.scalars(query).first()
