"""Photograph the window's dialogs as a translator meets them, for ``docs/dialogs/`` (see ``screenshots.sh``).

Usage: ``.venv/bin/python docs/show_dialogs.py DB_URL RELEASE_ID OUT_DIR SUFFIX``, on a display (Xvfb). It
starts the window as ``translator-app gui --release ID`` does (translations, saved theme and font size), opens
each dialog the way its menu does, lets it lay out, saves a picture of it as ``OUT_DIR/<dialog>-SUFFIX.png``
and closes it: the memory and glossary manager (both pages), Preferences, Pre-translate (and its question
before DeepL bills), Import, Export (and its refusal listing the unapproved segments), and the release list.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from translator_app.app import open_workspace
from translator_app.mt.base import UsageInfo
from translator_app.samples import sample_release
from translator_app.services.mt_cost import CostEstimate
from translator_app.settings import Settings
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.theme import apply_settings
from translator_app.ui.dialogs.pretranslate_dialog import PretranslateDialog
from translator_app.ui.main_window import MainWindow


def settle(app: QApplication, until: Callable[[], bool] = lambda: True, rounds: int = 200) -> None:
    """Let Qt lay out and paint (and the workers deliver) until ``until`` holds."""
    for _ in range(rounds):
        app.processEvents()
        if until():
            break
        time.sleep(0.02)
    app.processEvents()


def main(argv: list[str]) -> int:
    url, release_id, out, suffix = argv[0], int(argv[1]), Path(argv[2]), argv[3]
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translations(app, Settings.load().language)
    apply_settings(app)
    workspace = open_workspace(url, "claire", Settings.load().role_in_force)
    window = MainWindow(workspace)
    window.load_releases(release_id)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    settle(app)

    def save(name: str, widget: QWidget) -> None:
        settle(app)
        widget.grab().save(str(out / f"{name}-{suffix}.png"))

    save("release-list", window.releases)

    manager = window.open_resources()
    settle(app, lambda: manager.memory.model.rowCount() > 0)
    save("memory-manager", manager)
    manager.show_glossary()
    settle(app, lambda: manager.glossary.model.rowCount() > 0)
    save("glossary-manager", manager)
    manager.reject()

    window.open_preferences()
    preferences = window.preferences_dialog
    assert preferences is not None
    for page in range(preferences.pages.count()):
        preferences.pages.setCurrentIndex(page)
        save(f"preferences-{page + 1}", preferences)
    preferences.reject()

    window.pretranslation.open()
    pretranslate = window.pretranslation.dialog
    assert isinstance(pretranslate, PretranslateDialog)
    save("pretranslate", pretranslate)
    pretranslate.start_button.hide()
    pretranslate.ask_cost(
        CostEstimate(
            characters=12_840,
            segments=14,
            requests=1,
            usage=UsageInfo(492_300, 500_000),
            fitting_characters=7_650,
            fitting_segments=9,
            words=1_980,
        )
    )
    save("pretranslate-quota", pretranslate)
    pretranslate.reject()

    window.files.start([sample_release()])
    importing = window.files.dialog
    assert importing is not None
    save("import", importing)
    importing.reject()

    window.export_release()
    export = window.files.export_dialog
    assert export is not None
    save("export", export)
    export.export_button.click()
    settle(app, export.unapproved.isVisible, rounds=500)
    save("export-refused", export)
    export.reject()

    settle(app)
    window.close()
    workspace.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
