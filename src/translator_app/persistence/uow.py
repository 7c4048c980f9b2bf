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
from translator_app.persistence.server_history import ServerHistory, refused_by_server, server_message


class SqlUnitOfWork:
    releases: SqlReleaseRepository
    segments: SqlSegmentRepository
    events: SqlEventRepository | ServerHistory
    comments: SqlCommentRepository
    tm: SqlTmRepository
    terms: SqlTermRepository
    mt_cache: SqlMtRepository
    review: SqlReviewRepository
    revisions: SqlRevisionRepository

    def __init__(
        self, factory: sessionmaker[Session], location: str, *, history_by_database: bool = False
    ) -> None:
        self._factory = factory
        self._location = location
        self._history_by_database = history_by_database
        self._session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self._session = self._factory()
        self.releases = SqlReleaseRepository(self._session)
        self.segments = SqlSegmentRepository(self._session)
        self.events = (
            ServerHistory(self._session) if self._history_by_database else SqlEventRepository(self._session)
        )
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
        if isinstance(exc, DBAPIError) and refused_by_server(exc):
            raise DomainError(ErrorCode.SERVER_REFUSED, reason=server_message(exc)) from exc

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()


class SqlUnitOfWorkFactory:
    """Hands out units of work on one engine (expire_on_commit off: results outlive the session).

    ``history_by_database``: a team server whose triggers write the history; the app then writes no event
    itself and only hands the server the note its next write should carry.
    """

    def __init__(self, engine: Engine, location: str, *, history_by_database: bool = False) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.location = location
        self._history_by_database = history_by_database

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._sessions, self.location, history_by_database=self._history_by_database)
