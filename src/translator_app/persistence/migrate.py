"""Bring a database to the current schema on start, with a backup of a SQLite file first."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from translator_app.domain.errors import DomainError, ErrorCode

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationReport:
    """What happened on start: from which revision to which, and where the backup went."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision

    @property
    def created(self) -> bool:
        return self.from_revision is None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """Copy a SQLite file through SQLite's backup API (safe with WAL), next to the original."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{stamp}.rev{revision or 'none'}.bak{path.suffix}")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, revision: str = "head", sqlite_file: Path | None = None) -> MigrationReport:
    """Upgrade to ``revision``; refuse a database written by a newer version of the app."""
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    before = current_revision(engine)
    target = script.get_current_head() if revision == "head" else revision
    assert target is not None
    if before is not None and before not in {rev.revision for rev in script.walk_revisions()}:
        raise DomainError(ErrorCode.DATABASE_TOO_NEW, revision=before, known=head_revision())
    if before == target:
        return MigrationReport(before, target, None)
    backup = None
    has_tables = bool(inspect(engine).get_table_names())
    if sqlite_file is not None and has_tables and sqlite_file.exists():
        backup = backup_sqlite(sqlite_file, before)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return MigrationReport(before, target, backup)
