"""Opening a database: the default SQLite file, any SQLAlchemy URL, and clear errors when it fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from translator_app.credentials import mask
from translator_app.domain.errors import DomainError, ErrorCode

APP_NAME = "translator-app"


def default_database_url() -> str:
    """The workspace's SQLite file in the user's data folder (created on first use)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'workspace.db'}"


def display_url(url: str) -> str:
    """The URL with any password hidden, for windows, logs and error lines."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return mask(url)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _unicode_lower(text: str | None) -> str | None:
    return text.lower() if isinstance(text, str) else text


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLite's own lower() folds ASCII only: "ÉTAT" would never match "état" in a target search.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_database_engine(url: str) -> Engine:
    """An engine for ``url``, checked by connecting once, so a bad URL fails here and clearly."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DomainError(ErrorCode.BAD_DATABASE_URL, url=mask(url), reason="not a database URL") from None
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        options["connect_args"] = {"connect_timeout": 5}
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise DomainError(ErrorCode.BAD_DATABASE_URL, url=display_url(url), reason=str(exc)) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DomainError(ErrorCode.DATABASE_UNAVAILABLE, url=display_url(url), reason=reason) from None
    return engine
