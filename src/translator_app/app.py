"""Composition root: the one place that wires the database, migrations and services together."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from translator_app.credentials import (
    PasswordAnswer,
    PasswordRequest,
    RefusedPassword,
    store_password,
    stored_password,
)
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role
from translator_app.formats.limits import Limits
from translator_app.mt.base import MtOptions
from translator_app.mt.deepl_provider import DeepLProvider, DeepLSettings
from translator_app.mt.keys import KeyResolver
from translator_app.persistence.change_feed import PgChangeFeed
from translator_app.persistence.database import (
    create_database_engine,
    default_database_url,
    display_url,
    sqlite_path,
)
from translator_app.persistence.migrate import MigrationReport, upgrade
from translator_app.persistence.own_connections import OwnConnections
from translator_app.persistence.presence import PgPresence
from translator_app.persistence.team_identity import check_versions, read_identity
from translator_app.persistence.team_urls import (
    has_password,
    is_postgresql,
    libpq_conninfo,
    with_login,
    with_password,
)
from translator_app.persistence.tm_index_store import TmIndex, index_folder
from translator_app.persistence.uow import SqlUnitOfWorkFactory
from translator_app.services.actor import Actor
from translator_app.services.editing import EditingService
from translator_app.services.exporting import ExportService
from translator_app.services.glossary import GlossaryService
from translator_app.services.handoff import build_handoff
from translator_app.services.identity import local_actor, team_actor
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
from translator_app.settings import Settings

DATABASE_VARIABLE = "TRANSLATOR_APP_DB"


def resolve_database_url(explicit: str | None, preferred: str = "") -> str:
    """``--db`` first, then ``TRANSLATOR_APP_DB``, then the one in Preferences, then the local SQLite file."""
    return explicit or os.environ.get(DATABASE_VARIABLE) or preferred or default_database_url()


PasswordPrompt = Callable[[PasswordRequest], PasswordAnswer | None]
"""Asks the person for a server's password (shown masked); None when they gave none (Cancel)."""


@dataclass(frozen=True)
class StartOptions:
    """What the command line fixed for this run (``--db``, ``--user``, ``--role``, the input limits): it wins
    over Preferences, at start and when the window opens the workspace again after Preferences changed."""

    db: str | None = None
    user: str | None = None
    role: str | None = None
    max_file_mb: int | None = None
    max_segments: int | None = None
    ask_password: PasswordPrompt | None = None
    """How to ask for a team server's password when no keyring, .pgpass or PGPASSWORD has it (a terminal)."""

    def open(self, settings: Settings) -> Workspace:
        """The workspace the options and the preferences say, as every start opens it. What the command
        line asked for is a claim (refused on a team server when the server disagrees); Preferences are
        defaults."""
        return open_workspace(
            resolve_database_url(self.db, settings.database_url),
            self.user,
            Role(self.role) if self.role else None,
            fuzzy_threshold=settings.fuzzy_threshold,
            mt_options=MtOptions(settings.deepl_model, settings.deepl_context),
            default_user=settings.user or login_name(),
            default_role=settings.role_in_force,
            ask_password=self.ask_password,
            limits=Limits.of(
                self.max_file_mb or settings.max_file_mb, self.max_segments or settings.max_segments
            ),
        )

    def database_fixed(self) -> str:
        """What fixes the database instead of Preferences ("--db", the variable's name), or ""."""
        if self.db:
            return "--db"
        return DATABASE_VARIABLE if os.environ.get(DATABASE_VARIABLE) else ""


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
    user: str | None,
    role: Role | None,
    *,
    fuzzy_threshold: int | None = None,
    default_user: str | None = None,
    default_role: Role = Role.TRANSLATOR,
    ask_password: PasswordPrompt | None = None,
    mt_options: MtOptions | None = None,
    limits: Limits | None = None,
) -> Workspace:
    """Connect and build the services.

    ``user`` and ``role`` are what the person asked for (``--user``, ``--role``), None when they did not. On a
    one-person workspace (SQLite) they decide, else ``default_user`` (the preferences) or the login name and
    ``default_role``; its schema is upgraded if needed, after a backup. On a PostgreSQL team server the server
    decides: the login is ``session_user`` (``user`` fills in a URL that names none), the role its group, a
    disagreeing claim is refused, and an outdated schema is reported for the owner to upgrade.
    """
    if is_postgresql(url):
        return _open_team_workspace(url, user, role, fuzzy_threshold, ask_password, mt_options, limits)
    engine = create_database_engine(url)
    try:
        report = upgrade(engine, sqlite_file=sqlite_path(url))
    except Exception:
        engine.dispose()
        raise
    notice = migration_notice(report)
    actor = local_actor(user, role, default_user or login_name(), default_role)
    uow = SqlUnitOfWorkFactory(engine, display_url(url))
    notices = [notice] if notice else []
    return _workspace(engine, url, uow, actor, notices, fuzzy_threshold, mt_options, limits)


def connect_team_server(url: str, user: str | None, ask_password: PasswordPrompt | None = None) -> Engine:
    """An engine on a team server as ``user`` (when the URL names no login), with the keyring's password
    when the URL has none (libpq's ``~/.pgpass`` and ``PGPASSWORD`` apply as usual), asking when the server
    wants a password nobody gave: again after a wrong one, up to :data:`PASSWORD_TRIES` times. A password the
    person asked to remember goes to the keyring once the server took it; Cancel raises NO_PASSWORD."""
    url = with_login(url, user)
    kept = None if has_password(url) else (stored_password(url) or None)
    if kept is not None:
        url = with_password(url, kept)
    try:
        return create_database_engine(url)
    except DomainError as error:
        if ask_password is None or not _wants_password(error):
            raise
        refused = None
        if _wrong_password(error):
            refused = RefusedPassword.GIVEN if kept is None else RefusedPassword.KEYRING
    login = make_url(url).username or os.environ.get("PGUSER") or login_name()
    bare = make_url(with_login(url, login)).set(password=None).render_as_string(hide_password=False)
    for attempt in range(PASSWORD_TRIES):
        answer = ask_password(PasswordRequest(login, display_url(bare), refused))
        if answer is None or not answer.password:
            raise DomainError(ErrorCode.NO_PASSWORD, login=login, url=display_url(bare))
        try:
            engine = create_database_engine(with_password(bare, answer.password))
        except DomainError as error:
            if not _wrong_password(error) or attempt == PASSWORD_TRIES - 1:
                raise
            refused = RefusedPassword.TYPED
            continue
        if answer.remember:
            store_password(bare, answer.password)
        return engine
    raise AssertionError("unreachable: the last try returns or raises")


PASSWORD_TRIES = 3
PASSWORD_WANTED = ("no password supplied", "password authentication failed")


def _wants_password(error: DomainError) -> bool:
    return any(sign in str(error.details.get("reason", "")) for sign in PASSWORD_WANTED)


def _wrong_password(error: DomainError) -> bool:
    return "password authentication failed" in str(error.details.get("reason", ""))


def _open_team_workspace(
    url: str,
    user: str | None,
    role: Role | None,
    fuzzy_threshold: int | None,
    ask_password: PasswordPrompt | None,
    mt_options: MtOptions | None,
    limits: Limits | None,
) -> Workspace:
    engine = connect_team_server(url, user, ask_password)
    location = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            actor = team_actor(read_identity(connection, location), user, role, location)
            check_versions(connection, location)
    except Exception:
        engine.dispose()
        raise
    uow = SqlUnitOfWorkFactory(engine, location, history_by_database=True)
    own = OwnConnections()
    own.watch(engine)
    changes = PgChangeFeed(libpq_conninfo(engine.url.render_as_string(hide_password=False)), own=own)
    presence = PgPresence(engine)
    return _workspace(
        engine, url, uow, actor, [], fuzzy_threshold, mt_options, limits, changes=changes, presence=presence
    )


def _workspace(
    engine: Engine,
    url: str,
    uow: SqlUnitOfWorkFactory,
    actor: Actor,
    notices: list[str],
    fuzzy_threshold: int | None,
    mt_options: MtOptions | None,
    limits: Limits | None,
    *,
    changes: PgChangeFeed | None = None,
    presence: PgPresence | None = None,
) -> Workspace:
    index = TmIndex(engine, index_folder(url))

    def close() -> None:
        if changes is not None:
            changes.stop()
        if presence is not None:
            presence.leave()
        index.close()
        engine.dispose()

    memory = MemoryService(uow, index)
    if fuzzy_threshold is not None:
        memory.threshold = fuzzy_threshold
    return Workspace(
        actor=actor,
        location=uow.location,
        releases=ReleaseQueries(uow),
        creation=ReleaseCreation(uow),
        editing=EditingService(uow),
        review=ReviewService(uow),
        importing=ImportService(uow, limits),
        exporting=ExportService(uow),
        memory=memory,
        glossary=GlossaryService(uow, limits),
        notices=notices,
        mt=build_mt_services(uow, memory, mt_options),
        reviewing=build_review_tools(uow),
        handoff=build_handoff(uow, limits),
        changes=changes,
        presence=presence,
        _close=close,
    )
