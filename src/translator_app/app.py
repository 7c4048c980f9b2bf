"""Composition root: the one place that wires the database, migrations and services together."""

from __future__ import annotations

import getpass
import os

from translator_app.domain.models import Role
from translator_app.formats.limits import Limits
from translator_app.mt.base import MtOptions
from translator_app.mt.deepl_provider import DeepLProvider, DeepLSettings
from translator_app.mt.keys import KeyResolver
from translator_app.persistence.database import (
    create_database_engine,
    default_database_url,
    display_url,
    sqlite_path,
)
from translator_app.persistence.migrate import MigrationReport, upgrade
from translator_app.persistence.tm_index_store import TmIndex, index_folder
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.actor import Actor
from translator_app.services.editing import EditingService
from translator_app.services.exporting import ExportService
from translator_app.services.glossary import GlossaryService
from translator_app.services.handoff import build_handoff
from translator_app.services.importing import ImportService
from translator_app.services.memory import MemoryService
from translator_app.services.mt_account import MtAccountService, MtServices
from translator_app.services.mt_setup import ExactMatches
from translator_app.services.ports import UnitOfWorkFactory
from translator_app.services.pretranslate import PretranslateService
from translator_app.services.releases import ReleaseCreation, ReleaseQueries
from translator_app.services.review import ReviewService
from translator_app.services.review_tools import build_review_tools
from translator_app.services.suggestions import MtSuggestions
from translator_app.services.workspace import Workspace

DATABASE_VARIABLE = "TRANSLATOR_APP_DB"


def resolve_database_url(explicit: str | None, preferred: str = "") -> str:
    """``--db`` first, then ``TRANSLATOR_APP_DB``, then the one in Preferences, then the local SQLite file."""
    return explicit or os.environ.get(DATABASE_VARIABLE) or preferred or default_database_url()


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


def build_mt_services(
    uow: UnitOfWorkFactory, memory: ExactMatches | None = None, options: MtOptions | None = None
) -> MtServices:
    """DeepL with the key from the keyring or ``DEEPL_AUTH_KEY`` (looked up on first use), the server and
    proxy from ``DEEPL_SERVER_URL`` and ``DEEPL_PROXY``, and the user's model and context choices."""
    keys = KeyResolver()
    deepl = DeepLProvider(keys, DeepLSettings.from_environment(), options=options)
    return MtServices(
        pretranslate=PretranslateService(uow, deepl, deepl, memory),
        suggestions=MtSuggestions(uow, deepl, deepl),
        account=MtAccountService(uow, deepl, deepl, keys),
    )


def open_workspace(
    url: str,
    user: str,
    role: Role,
    *,
    fuzzy_threshold: int | None = None,
    mt_options: MtOptions | None = None,
    limits: Limits | None = None,
) -> Workspace:
    """Connect, upgrade the schema if needed (backing up a SQLite file first) and build the services."""
    engine = create_database_engine(url)
    try:
        report = upgrade(engine, sqlite_file=sqlite_path(url))
    except Exception:
        engine.dispose()
        raise
    location = display_url(url)
    uow = SqlUnitOfWorkFactory(engine, location)
    index = TmIndex(engine, index_folder(url))

    def close() -> None:
        index.close()
        engine.dispose()

    notice = migration_notice(report)
    memory = MemoryService(uow, index)
    if fuzzy_threshold is not None:
        memory.threshold = fuzzy_threshold
    return Workspace(
        actor=Actor(user, role),
        location=location,
        releases=ReleaseQueries(uow),
        creation=ReleaseCreation(uow),
        editing=EditingService(uow),
        review=ReviewService(uow),
        importing=ImportService(uow, limits),
        exporting=ExportService(uow),
        memory=memory,
        glossary=GlossaryService(uow, limits),
        notices=[notice] if notice else [],
        mt=build_mt_services(uow, memory, mt_options),
        reviewing=build_review_tools(uow),
        handoff=build_handoff(uow, limits),
        _close=close,
    )
