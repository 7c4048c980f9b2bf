"""Composition root: the one place that wires the database, migrations and services together."""

from __future__ import annotations

import getpass
import os

from translator_app.domain.models import Role
from translator_app.persistence.database import (
    create_database_engine,
    default_database_url,
    display_url,
    sqlite_path,
)
from translator_app.persistence.migrate import MigrationReport, upgrade
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.actor import Actor
from translator_app.services.editing import EditingService
from translator_app.services.exporting import ExportService
from translator_app.services.importing import ImportService
from translator_app.services.releases import ReleaseCreation, ReleaseQueries
from translator_app.services.review import ReviewService
from translator_app.services.workspace import Workspace

DATABASE_VARIABLE = "TRANSLATOR_APP_DB"


def resolve_database_url(explicit: str | None) -> str:
    """``--db`` first, then ``TRANSLATOR_APP_DB``, then the SQLite file in the user's data folder."""
    return explicit or os.environ.get(DATABASE_VARIABLE) or default_database_url()


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def migration_notice(report: MigrationReport) -> str | None:
    if report.created or not report.upgraded:
        return None
    where = f" (backup: {report.backup})" if report.backup else ""
    return f"Database upgraded from revision {report.from_revision} to {report.to_revision}{where}."


def open_workspace(url: str, user: str, role: Role) -> Workspace:
    """Connect, upgrade the schema if needed (backing up a SQLite file first) and build the services."""
    engine = create_database_engine(url)
    try:
        report = upgrade(engine, sqlite_file=sqlite_path(url))
    except Exception:
        engine.dispose()
        raise
    location = display_url(url)
    uow = SqlUnitOfWorkFactory(engine, location)
    notice = migration_notice(report)
    return Workspace(
        actor=Actor(user, role),
        location=location,
        releases=ReleaseQueries(uow),
        creation=ReleaseCreation(uow),
        editing=EditingService(uow),
        review=ReviewService(uow),
        importing=ImportService(uow),
        exporting=ExportService(uow),
        notices=[notice] if notice else [],
        _close=engine.dispose,
    )
