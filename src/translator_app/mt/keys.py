"""Where the DeepL key lives: the OS keyring first, then ``DEEPL_AUTH_KEY``; never the database or a log.

The key is wrapped in :class:`ApiKey`, whose ``repr`` and ``str`` are redacted, so it cannot slip into a log
line, an exception message or a test failure by accident; only :meth:`ApiKey.reveal` hands it to the client.
A machine without a keyring backend (a headless server, CI) is told so through a note, and the variable is
used instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import keyring
from keyring.errors import KeyringError, NoKeyringError

KEYRING_SERVICE = "translator-app"
KEYRING_USERNAME = "deepl-auth-key"
KEY_VARIABLE = "DEEPL_AUTH_KEY"
FINGERPRINT_SALT = b"translator-app: DeepL account\0"

log = logging.getLogger(__name__)


class KeySource(StrEnum):
    KEYRING = "keyring"
    ENVIRONMENT = "environment"
    NONE = "none"


class KeyNote(StrEnum):
    NO_KEYRING_BACKEND = "no-keyring-backend"
    """No OS keyring on this machine: the key can only come from the environment."""
    KEYRING_FAILED = "keyring-failed"
    """The keyring exists but could not be read (locked, denied)."""


class ApiKey:
    """A secret that does not print itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def fingerprint(self) -> str:
        """Names the account in the database without the key: a salted SHA-256, cut to 96 bits."""
        return hashlib.sha256(FINGERPRINT_SALT + self._value.encode("utf-8")).hexdigest()[:24]

    def redact(self, text: str) -> str:
        """``text`` with any occurrence of the key replaced, for messages built from library errors."""
        return text.replace(self._value, "[key]") if self._value else text

    def __repr__(self) -> str:
        return "ApiKey(***)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class KeyLookup:
    """The key found (or not), where it came from, and what the user should know about the keyring."""

    key: ApiKey | None
    source: KeySource
    notes: tuple[KeyNote, ...] = ()


def find_key(environ: Mapping[str, str] | None = None) -> KeyLookup:
    """The keyring's key, else the environment's; notes say when the keyring could not be used."""
    notes: list[KeyNote] = []
    try:
        stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USERNAME)
    except NoKeyringError:
        stored = None
        notes.append(KeyNote.NO_KEYRING_BACKEND)
    except KeyringError as error:
        stored = None
        notes.append(KeyNote.KEYRING_FAILED)
        log.warning("keyring could not be read: %s", type(error).__name__)
    if stored and stored.strip():
        return KeyLookup(ApiKey(stored.strip()), KeySource.KEYRING, tuple(notes))
    variable = (os.environ if environ is None else environ).get(KEY_VARIABLE, "").strip()
    if variable:
        return KeyLookup(ApiKey(variable), KeySource.ENVIRONMENT, tuple(notes))
    return KeyLookup(None, KeySource.NONE, tuple(notes))


class KeyResolver:
    """Looks the key up once, when MT is first needed: a keyring may ask to be unlocked, and listing
    releases should not make it."""

    def __init__(self, find: Callable[[], KeyLookup] = find_key) -> None:
        self._find = find
        self._lookup: KeyLookup | None = None
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, key: ApiKey | None) -> KeyResolver:
        source = KeySource.ENVIRONMENT if key is not None else KeySource.NONE
        return cls(lambda: KeyLookup(key, source))

    def lookup(self) -> KeyLookup:
        with self._lock:
            if self._lookup is None:
                self._lookup = self._find()
            return self._lookup

    def forget(self) -> None:
        """Look again next time (after the settings dialog stored a new key)."""
        with self._lock:
            self._lookup = None


def store_key(key: str) -> None:
    """Save the key in the OS keyring (the settings dialog's job); raises NoKeyringError without one."""
    keyring.set_password(KEYRING_SERVICE, KEYRING_USERNAME, key.strip())


def forget_key() -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_SERVICE, KEYRING_USERNAME)
