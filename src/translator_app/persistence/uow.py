"""The unit of work: one session, one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.persistence.glossary_repository import SqlTermRepository
from translator_app.persistence.memory_repository import SqlTmRepository
from translator_app.persistence.mt_repository import SqlMtRepository
from translator_app.persistence.repositories import (
    SqlCommentRepository,
    SqlEventRepository,
    SqlReleaseRepository,
    SqlSegmentRepository,
)
from translator_app.persistence.review_repository import SqlReviewRepository
from translator_app.persistence.revision_repository import SqlRevisionRepository


class SqlUnitOfWork:
    releases: SqlReleaseRepository
    segments: SqlSegmentRepository
    events: SqlEventRepository
    comments: SqlCommentRepository
    tm: SqlTmRepository
    terms: SqlTermRepository
    mt_cache: SqlMtRepository
    review: SqlReviewRepository
    revisions: SqlRevisionRepository

    def __init__(self, factory: sessionmaker[Session], location: str) -> None:
        self._factory = factory
        self._location = location
        self._session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self._session = self._factory()
        self.releases = SqlReleaseRepository(self._session)
        self.segments = SqlSegmentRepository(self._session)
        self.events = SqlEventRepository(self._session)
        self.comments = SqlCommentRepository(self._session)
        self.tm = SqlTmRepository(self._session)
        self.terms = SqlTermRepository(self._session)
        self.mt_cache = SqlMtRepository(self._session)
        self.review = SqlReviewRepository(self._session)
        self.revisions = SqlRevisionRepository(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            raise DomainError(
                ErrorCode.DATABASE_UNAVAILABLE, url=self._location, reason=str(exc.orig)
            ) from exc

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()


class SqlUnitOfWorkFactory:
    """Hands out units of work on one engine (expire_on_commit off: results outlive the session)."""

    def __init__(self, engine: Engine, location: str) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._location = location

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions, self._location)
