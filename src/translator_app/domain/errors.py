"""Errors the core raises, as codes with data: the CLI and the UI word them for people."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    ROLE_FORBIDDEN = "role-forbidden"
    COMMENT_REQUIRED = "comment-required"
    TRANSITION_NOT_ALLOWED = "transition-not-allowed"
    EMPTY_TARGET = "empty-target"
    NOT_TRANSLATABLE = "not-translatable"
    VERSION_CONFLICT = "version-conflict"
    NOT_FOUND = "not-found"
    DATABASE_UNAVAILABLE = "database-unavailable"
    DATABASE_TOO_NEW = "database-too-new"
    BAD_DATABASE_URL = "bad-database-url"
    BAD_INPUT = "bad-input"
    EXPORT_BLOCKED = "export-blocked"
    MT_NO_KEY = "mt-no-key"
    MT_BAD_KEY = "mt-bad-key"
    MT_QUOTA_EXCEEDED = "mt-quota-exceeded"
    MT_TOO_MANY_REQUESTS = "mt-too-many-requests"
    MT_SERVER_ERROR = "mt-server-error"
    MT_UNAVAILABLE = "mt-unavailable"
    MT_TIMEOUT = "mt-timeout"
    """The engine took the request but did not answer in time (retried like a server error)."""
    MT_CANCELLED = "mt-cancelled"
    MT_GLOSSARY_NOT_FOUND = "mt-glossary-not-found"
    MT_QUOTA_SHORT = "mt-quota-short"
    """What is left of the quota is less than the estimate: nothing was sent."""
    MT_REJECTED = "mt-rejected"
    MT_UNSUPPORTED_LANGUAGE = "mt-unsupported-language"
    WRITE_FAILED = "write-failed"
    QA_BLOCKED = "qa-blocked"
    OVERRIDE_REASON_REQUIRED = "override-reason-required"
    SIGNOFF_INCOMPLETE = "signoff-incomplete"
    NO_SUCH_VERSION = "no-such-version"
    IDENTITY_MISMATCH = "identity-mismatch"
    ROLE_MISMATCH = "role-mismatch"
    NO_TEAM_ROLE = "no-team-role"
    TEAM_NOT_SET_UP = "team-not-set-up"
    SCHEMA_OUTDATED = "schema-outdated"
    SERVER_REFUSED = "server-refused"
    NOT_DATABASE_OWNER = "not-database-owner"
    TEAM_DATABASE_NEEDED = "team-database-needed"
    BAD_USER_NAME = "bad-user-name"
    NO_PASSWORD = "no-password"
    """The team server asked for a password and the person gave none (Cancel): nothing was opened."""


class DomainError(Exception):
    """A refusal with a machine-readable code; ``details`` carries what a message needs."""

    def __init__(self, code: ErrorCode, **details: Any) -> None:
        super().__init__(code.value, details)
        self.code = code
        self.details = details

    def __str__(self) -> str:
        extra = ", ".join(f"{key}={value!r}" for key, value in sorted(self.details.items()))
        return f"{self.code.value} ({extra})" if extra else self.code.value


class ConflictError(DomainError):
    """Someone else changed the segment since it was read: the write was not applied."""

    def __init__(
        self, segment_id: int, expected_version: int, current_version: int, changed_by: str | None
    ) -> None:
        super().__init__(
            ErrorCode.VERSION_CONFLICT,
            segment=segment_id,
            expected_version=expected_version,
            current_version=current_version,
            changed_by=changed_by,
        )
        self.segment_id = segment_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.changed_by = changed_by


class NotFoundError(DomainError):
    def __init__(self, what: str, ident: int | str) -> None:
        super().__init__(ErrorCode.NOT_FOUND, what=what, id=ident)


def bad_input(problem: str, name: str, **details: Any) -> DomainError:
    """``BAD_INPUT`` with the problem's code and the file (or input) it is about: the one shape every reader
    and merge uses for input it refuses."""
    return DomainError(ErrorCode.BAD_INPUT, problem=problem, name=name, **details)
