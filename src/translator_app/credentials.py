"""Database passwords: never in the settings file, never shown; kept in the OS keyring when one is asked.

A URL typed with a password (``postgresql://ana:secret@server/translations``) is split: the URL without it
goes to the settings file, the password to the keyring (service ``translator-app-database``, account
``ana@server:5432/translations``). libpq's own sources (``~/.pgpass``, ``PGPASSWORD``, a prompt) work as
well and need nothing from the app. Only the standard library and ``keyring``: the settings and the window
use this module, and they must not load the database layer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import unquote, urlsplit

import keyring
from keyring.errors import KeyringError

KEYRING_SERVICE = "translator-app-database"
MASK = "***"

log = logging.getLogger(__name__)

_AUTHORITY = re.compile(
    r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^:@/?#]*)(?P<password>:[^@/?#]*)?@"
)


class RefusedPassword(Enum):
    """Which password the server refused before a prompt: the prompt says so in its own words, since "type it
    again" makes no sense to someone who typed nothing (the keyring's copy went stale after a change)."""

    TYPED = "typed"
    """The one typed at the last prompt."""
    KEYRING = "keyring"
    """The one kept in the keyring."""
    GIVEN = "given"
    """One libpq found (``~/.pgpass``, ``PGPASSWORD``) or the address carried."""


@dataclass(frozen=True)
class PasswordRequest:
    """What a password prompt shows: which login on which server (the URL masked), and which password the
    server refused just before, if any."""

    login: str
    location: str
    refused: RefusedPassword | None = None


@dataclass(frozen=True)
class PasswordAnswer:
    """The password the person typed, and whether to keep it in the keyring once the server took it."""

    password: str
    remember: bool = False


def split_password(url: str) -> tuple[str, str | None]:
    """``url`` without its password, and the password (None when it had none)."""
    found = _AUTHORITY.match(url)
    if found is None or found.group("password") is None:
        return url, None
    password = unquote(found.group("password")[1:])
    return url[: found.start("password")] + url[found.end("password") :], password


def mask(url: str) -> str:
    """``url`` with any password replaced by ``***``: for windows, command output, logs and errors."""
    found = _AUTHORITY.match(url)
    if found is None or found.group("password") is None:
        return url
    return url[: found.start("password")] + ":" + MASK + url[found.end("password") :]


def keyring_account(url: str) -> str | None:
    """``user@host:port/database`` for a server URL with a user; None otherwise (a file has no password)."""
    bare, _ = split_password(url)
    parts = urlsplit(bare)
    if not parts.hostname or not parts.username:
        return None
    database = parts.path.lstrip("/")
    return f"{unquote(parts.username)}@{parts.hostname}:{parts.port or 5432}/{database}"


def keyring_usable() -> bool:
    """Whether this computer has a keyring that keeps passwords (not keyring's "fail" stand-in)."""
    backend = keyring.get_keyring()
    return getattr(backend, "priority", 1) > 0 and not type(backend).__module__.endswith("fail")


def store_password(url: str, password: str) -> bool:
    """Keep ``password`` for ``url`` in the keyring; False when there is no keyring (use ``~/.pgpass``)."""
    account = keyring_account(url)
    if account is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, account, password)
    except KeyringError as error:
        log.warning("database password not kept: no usable keyring (%s)", type(error).__name__)
        return False
    return True


def stored_password(url: str) -> str | None:
    """The keyring's password for ``url``'s user, server and database, if any."""
    account = keyring_account(url)
    if account is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except KeyringError:
        return None
