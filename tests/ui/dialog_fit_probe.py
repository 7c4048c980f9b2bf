"""Opens every dialog offscreen on the screen it runs on, in each language and text size asked, and prints, as
JSON, what does not fit: a dialog larger than the screen, a label, placeholder, button or choice whose text
is cut. Run in its own process by ``test_dialogs_fit`` on a 1280×800 offscreen screen (Qt reads the screen
size when the application starts).

usage: python -m tests.ui.dialog_fit_probe WORKDIR LANG:SIZE...
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QTabWidget,
    QWidget,
)
from tests.ui.conftest import store_release

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.domain.qa_findings import Finding, QaCode, Severity
from translator_app.domain.terms import Term
from translator_app.mt.base import UsageInfo
from translator_app.services.mt_cost import CostEstimate
from translator_app.services.workspace import Workspace
from translator_app.ui.common.i18n import install_translations
from translator_app.ui.common.theme import apply_theme
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.export_dialog import ExportDialog, file_stem
from translator_app.ui.dialogs.import_dialog import ImportDialog
from translator_app.ui.dialogs.override_dialog import OverrideDialog
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog
from translator_app.ui.dialogs.pretranslate_dialog import PretranslateDialog
from translator_app.ui.dialogs.reject_dialog import RejectDialog
from translator_app.ui.dialogs.resources_dialog import ResourcesDialog
from translator_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from translator_app.ui.dialogs.term_dialog import TermDialog
from translator_app.ui.frame.actions import WindowActions

SCREEN = (1280, 800)
LONG_TITLE = (
    "Renforcer la résilience dans les pays fragiles et en conflit : Protocole d'accord entre l'OIM et la "
    "KOICA (version révisée du 19 septembre)"
)
LONG_FILE = Path("/home/claire/Communiqués/2024-09-19 Renforcer la résilience — version révisée finale.txt")


def _clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit, or None."""
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                return f"wrapped label needs {needed} px of height, has {widget.height()}"
        elif widget.sizeHint().width() > widget.width() + 1:
            return f"label needs {widget.sizeHint().width()} px, has {widget.width()}"
    if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        option = QStyleOptionFrame()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
        margins = widget.textMargins()
        room_width = room.width() - margins.left() - margins.right() - 4  # Qt's own horizontal margin
        needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
        if needed > room_width:
            return f"placeholder needs {needed} px, has {room_width}"
    if (
        isinstance(widget, QAbstractButton)
        and widget.text()
        and widget.sizeHint().width() > widget.width() + 1
    ):
        return f"button needs {widget.sizeHint().width()} px, has {widget.width()}"
    if (
        isinstance(widget, QComboBox)
        and not widget.isEditable()
        and widget.sizeHint().width() > widget.width() + 1
    ):
        return f"choices need {widget.sizeHint().width()} px, have {widget.width()}"
    return None


def problems(dialog: QDialog) -> list[str]:
    """What does not fit in ``dialog`` as shown."""
    found = []
    if dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
        found.append(f"dialog is {dialog.width()}×{dialog.height()}, the screen {SCREEN[0]}×{SCREEN[1]}")
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not dialog:
            continue
        reason = _clipped(widget)
        if reason:
            text = getattr(widget, "text", lambda: "")() or getattr(widget, "placeholderText", lambda: "")()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} “{str(text)[:50]}”: {reason}")
    return found


def every_page_problems(dialog: QDialog, app: QApplication) -> list[str]:
    """``problems`` on each page of each tab widget of the dialog, in turn."""
    found = problems(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for page in range(tabs.count()):
            tabs.setCurrentIndex(page)
            app.processEvents()
            found += [p for p in problems(dialog) if p not in found]
        tabs.setCurrentIndex(0)
    return found


Opener = Callable[[Workspace, int, TaskRunner], QDialog]


def _export_refused(workspace: Workspace, release_id: int, _runner: TaskRunner) -> QDialog:
    """The export dialog after a refusal: the unapproved segments listed, the button to show them."""
    dialog = ExportDialog(release_id, "text", LONG_FILE.parent, file_stem(LONG_TITLE, "en"))
    dialog.show_unapproved(workspace.releases.segments(release_id))
    return dialog


def _preferences(workspace: Workspace, release_id: int, _runner: TaskRunner) -> QDialog:
    return PreferencesDialog(workspace, workspace.releases.release(release_id))


def _pretranslate(workspace: Workspace, release_id: int, runner: TaskRunner) -> QDialog:
    return PretranslateDialog(workspace, workspace.releases.release(release_id), runner)


def _pretranslate_asking(workspace: Workspace, release_id: int, runner: TaskRunner) -> QDialog:
    """The dialog at its fullest: the cost question with the account's lines and the short quota."""
    dialog = PretranslateDialog(workspace, workspace.releases.release(release_id), runner)
    dialog.start_button.hide()
    dialog.progress.show()
    estimate = CostEstimate(
        characters=123_456,
        segments=140,
        requests=3,
        usage=UsageInfo(480_000, 500_000),
        fitting_characters=19_870,
        fitting_segments=21,
        words=18_100,
    )
    dialog.ask_cost(estimate)
    return dialog


DIALOGS: dict[str, Opener] = {
    "import": lambda ws, rid, runner: ImportDialog(LONG_FILE, "fr", "en"),
    "export": lambda ws, rid, runner: ExportDialog(
        rid, "text", LONG_FILE.parent, file_stem(LONG_TITLE, "en")
    ),
    "export, refused": _export_refused,
    "preferences": _preferences,
    "pre-translate": _pretranslate,
    "pre-translate, cost question": _pretranslate_asking,
    "reject": lambda ws, rid, runner: RejectDialog(12, LONG_TITLE, LONG_TITLE),
    "override": lambda ws, rid, runner: OverrideDialog(
        12, [Finding(QaCode.NUMBER_MISSING, Severity.ERROR, detail="12 000")]
    ),
    "shortcuts": lambda ws, rid, runner: ShortcutsDialog(WindowActions(QApplication.instance())),
    "memory and glossary": lambda ws, rid, runner: ResourcesDialog(ws, runner, QSettings(), ("fr", "en")),
    "term": lambda ws, rid, runner: TermDialog(Term("fr", "en", "clinique mobile", "")),
}


def main(workdir: Path, looks: list[str]) -> dict[str, list[str]]:
    """``{"fr-16pt pre-translate": [problem, …]}`` for every look and dialog (empty lists left out)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    workspace = open_workspace(f"sqlite:///{workdir / 'ws.db'}", "claire", Role.TRANSLATOR)
    release = store_release(workspace, LONG_TITLE)
    found: dict[str, list[str]] = {}
    try:
        for look in looks:
            language, size = look.split(":")
            install_translations(app, language)
            apply_theme(app, "light", int(size))
            for name, opener in DIALOGS.items():
                runner = TaskRunner()
                dialog = opener(workspace, release.id, runner)
                dialog.show()
                for _ in range(3):
                    app.processEvents()
                wrong = every_page_problems(dialog, app)
                if wrong:
                    found[f"{language}-{size}pt {name}"] = wrong
                dialog.close()
                dialog.deleteLater()
                runner.wait()
                app.processEvents()
    finally:
        workspace.close()
    return found


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2:]), ensure_ascii=False, indent=1))
