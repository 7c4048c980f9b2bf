"""What the window remembers between sessions: the last segment of each release, the layout, the last paths.

Kept in an INI file beside the app's settings (so ``TRANSLATOR_APP_CONFIG_DIR`` isolates it in tests),
keyed by the database location: the same release id in two workspaces is two different releases.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

from translator_app.settings import config_dir


def open_ui_state() -> QSettings:
    """The window's own settings file."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "window-state.ini"), QSettings.Format.IniFormat)


def _workspace_key(location: str) -> str:
    return hashlib.sha1(location.encode("utf-8")).hexdigest()[:12]


def remember_segment(state: QSettings, location: str, release_id: int, segment_id: int) -> None:
    """Where the user was in a release, so reopening it returns there."""
    state.setValue(f"last-segment/{_workspace_key(location)}/{release_id}", segment_id)


def last_segment(state: QSettings, location: str, release_id: int) -> int | None:
    value = state.value(f"last-segment/{_workspace_key(location)}/{release_id}")
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def remember_release(state: QSettings, location: str, release_id: int) -> None:
    state.setValue(f"last-release/{_workspace_key(location)}", release_id)


def last_release(state: QSettings, location: str) -> int | None:
    value = state.value(f"last-release/{_workspace_key(location)}")
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def save_layout(state: QSettings, name: str, data: QByteArray) -> None:
    state.setValue(f"layout/{name}", data)


def restore_layout(state: QSettings, name: str) -> QByteArray | None:
    value = state.value(f"layout/{name}")
    return value if isinstance(value, QByteArray) else None


def remember_hiding(state: QSettings, location: str, release_id: int, hide: bool) -> None:
    """Whether the user hides a release's lines not to translate (its own choice, per release)."""
    state.setValue(f"hide-untranslatable/{_workspace_key(location)}/{release_id}", "yes" if hide else "no")


def hiding(state: QSettings, location: str, release_id: int) -> bool | None:
    """The choice remembered for a release, or None when the user never made one there."""
    value = state.value(f"hide-untranslatable/{_workspace_key(location)}/{release_id}")
    return None if value is None else str(value) == "yes"
