"""Per-user preferences (role in force, UI language) in a small JSON file; never secrets.

A database URL typed with a password is saved without it; the password goes to the OS keyring (see
:mod:`translator_app.credentials`), or nowhere when there is none (then ``~/.pgpass`` or ``PGPASSWORD``).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import platformdirs

from translator_app.credentials import split_password, store_password
from translator_app.domain.models import Role
from translator_app.formats.limits import DEFAULT_MAX_FILE_MB, DEFAULT_MAX_SEGMENTS, Limits

CONFIG_DIR_VARIABLE = "TRANSLATOR_APP_CONFIG_DIR"
THEMES = ("system", "light", "dark")
DEEPL_MODELS = ("", "quality", "latency")
LARGEST_FONT_SIZE = 16
"""The largest interface text size offered; every dialog is laid out to fit a 1280×800 screen at it."""


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    return (
        Path(override) if override else Path(platformdirs.user_config_dir("translator-app", appauthor=False))
    )


def _clamped(value: object, low: int, high: int, default: int) -> int:
    try:
        return max(low, min(high, int(str(value))))
    except ValueError:
        return default


@dataclass
class Settings:
    role: str = Role.TRANSLATOR.value
    language: str = ""
    #: "system", "light" or "dark".
    theme: str = "system"
    #: Interface font size in points; 0 keeps the system's.
    font_size: int = 0
    #: The name changes are recorded under; empty means the login name.
    user: str = ""
    #: The workspace database when neither --db nor TRANSLATOR_APP_DB says; empty means the local SQLite file.
    database_url: str = ""
    #: Memory matches below this score are not offered.
    fuzzy_threshold: int = 70
    #: Entering an empty segment inserts its best match from this score (101: context matches only); 0: never.
    auto_insert_threshold: int = 100
    #: DeepL's model: "" (its default), "quality" or "latency" (where the installed client can choose).
    deepl_model: str = ""
    #: Send the headline and preceding sentences as context; off for confidential releases.
    deepl_context: bool = True
    #: The largest release file imported or merged, in megabytes.
    max_file_mb: int = DEFAULT_MAX_FILE_MB
    #: The most segments a release (or entries a glossary file) may have.
    max_segments: int = DEFAULT_MAX_SEGMENTS

    def __post_init__(self) -> None:
        """Values read back from JSON (as text) or typed by hand are brought back into range."""
        if self.theme not in THEMES:
            self.theme = "system"
        try:
            self.font_size = max(0, min(LARGEST_FONT_SIZE, int(self.font_size)))
        except (TypeError, ValueError):
            self.font_size = 0
        try:
            self.fuzzy_threshold = max(50, min(100, int(self.fuzzy_threshold)))
        except (TypeError, ValueError):
            self.fuzzy_threshold = 70
        try:
            self.auto_insert_threshold = int(self.auto_insert_threshold)
        except (TypeError, ValueError):
            self.auto_insert_threshold = 100
        if self.auto_insert_threshold != 0:
            self.auto_insert_threshold = max(50, min(101, self.auto_insert_threshold))
        if self.deepl_model not in DEEPL_MODELS:
            self.deepl_model = ""
        self.deepl_context = str(self.deepl_context).strip().lower() not in ("false", "0", "no", "off")
        self.max_file_mb = _clamped(self.max_file_mb, 1, 4096, DEFAULT_MAX_FILE_MB)
        self.max_segments = _clamped(self.max_segments, 100, 10_000_000, DEFAULT_MAX_SEGMENTS)
        self.user = str(self.user).strip()
        self.database_url = str(self.database_url).strip()

    @property
    def limits(self) -> Limits:
        """The input limits these preferences set."""
        return Limits.of(self.max_file_mb, self.max_segments)

    @property
    def role_in_force(self) -> Role:
        try:
            return Role(self.role)
        except ValueError:
            return Role.TRANSLATOR

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; a missing or damaged file gives the defaults rather than a crash."""
        path = config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known: dict[str, Any] = {
            key: str(value) for key, value in data.items() if key in cls.__dataclass_fields__
        }
        settings = cls(**known)
        if split_password(settings.database_url)[1] is not None:
            settings.save()  # a file written by an older version: the password leaves it now
        return settings

    def save(self) -> None:
        """Write atomically so a crash never leaves half a file; never with a database password."""
        self.database_url = password_kept_apart(self.database_url)
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / "settings.json.tmp"
        temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        temporary.replace(folder / "settings.json")


def password_kept_apart(url: str) -> str:
    """``url`` without its password, which goes to the keyring when there is one."""
    bare, password = split_password(url)
    if password:
        store_password(bare, password)
    return bare
