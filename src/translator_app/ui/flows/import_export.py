"""Import (File › Open, drag and drop) and export, run on a worker with progress and Cancel.

The dialogs ask first, on the GUI thread; the service call then runs on the pool so the window keeps
responding however large the document. Cancelling an import stops it before anything is stored (the import
service reports its stages and the stage callback raises); an export is written atomically, so it is all or
nothing too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import SegmentStatus, StoredRelease
from translator_app.services.exporting import REPORT_FORMAT
from translator_app.services.workspace import Workspace
from translator_app.ui.common.errors import describe, open_error_box
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.qa_text import report_summary, review_report_options
from translator_app.ui.common.workers import Cancelled, TaskHandle, TaskRunner
from translator_app.ui.dialogs.export_dialog import ExportDialog, ExportRequest, file_stem
from translator_app.ui.dialogs.import_dialog import ImportDialog, ImportRequest
from translator_app.ui.frame.status_bar import TaskProgress

IMPORT_STAGES = ("reading", "parsing", "storing")


class FileFlows(QObject):
    """Owns the import queue and the export; reports through signals the window shows."""

    imported = Signal(int)
    message = Signal(str)
    notices = Signal(list)
    """Sentences about an import the user should read (an encoding guessed): the window's notice banner."""
    show_unapproved = Signal(int)
    """The user asked to see a release's unapproved segments in the grid (after a refused export)."""

    def __init__(
        self,
        workspace: Workspace,
        runner: TaskRunner,
        progress: TaskProgress,
        settings: QSettings,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self.workspace = workspace
        self.runner = runner
        self.progress = progress
        self.settings = settings
        self.dialog_parent = parent_widget
        self.pending: list[Path] = []
        self.dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.last_error = ""
        self.last_export = ""

    # --- import ----------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.dialog_parent,
            self.tr("Open a press release"),
            str(self.settings.value("import/folder", str(Path.home()))),
            self.tr("Releases (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"),
        )
        self.start([Path(p) for p in paths])

    def start(self, paths: Sequence[Path]) -> None:
        """Queue files to import; each gets its dialog in turn (dropped files arrive here too)."""
        self.pending.extend(paths)
        if self.dialog is None and not self.runner.busy("import"):
            self._next()

    def _next(self) -> None:
        if not self.pending:
            return
        path = self.pending.pop(0)
        self.settings.setValue("import/folder", str(path.parent))
        dialog = ImportDialog(
            path,
            str(self.settings.value("import/source", "fr")),
            str(self.settings.value("import/target", "en")),
            self.dialog_parent,
        )
        dialog.accepted.connect(lambda: self.run_import(dialog.request()))
        dialog.rejected.connect(self._next)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def run_import(self, request: ImportRequest) -> TaskHandle:
        """Import on the pool; the progress shows its stages and Cancel stops it before storing."""
        self.settings.setValue("import/source", request.source_lang)
        self.settings.setValue("import/target", request.target_lang)
        workspace, actor = self.workspace, self.workspace.actor

        def work(handle: TaskHandle) -> tuple[int, list[tuple[str, dict[str, Any]]]]:
            notices: list[tuple[str, dict[str, Any]]] = []

            def stage(name: str) -> None:
                handle.check()
                handle.report(name, IMPORT_STAGES.index(name) + 1 if name in IMPORT_STAGES else 0, 4)

            release = workspace.importing.import_file(
                request.path,
                request.source_lang,
                request.target_lang,
                actor,
                title=request.title,
                format_name=request.format_name,
                on_stage=stage,
                on_notice=lambda code, details: notices.append((code, details)),
            )
            handle.check()
            return release.id, notices

        handle = self.runner.submit(
            "import", request.path, work, self._imported, self._import_failed, self._import_progress
        )
        self.progress.start(self.tr("Importing {name}…").format(name=request.path.name), handle)
        return handle

    def _import_progress(self, stage: str, done: int, total: int) -> None:
        texts = {
            "reading": self.tr("Reading the file…"),
            "parsing": self.tr("Splitting into segments…"),
            "storing": self.tr("Saving the release…"),
        }
        self.progress.update_progress(texts.get(stage, stage), done, total)

    def _imported(self, result: tuple[int, list[tuple[str, dict[str, Any]]]]) -> None:
        release_id, notices = result
        self.progress.finish()
        self.message.emit(self.tr("Release imported."))
        self.imported.emit(release_id)
        said = [self.notice_text(code, details) for code, details in notices]
        if any(said):
            self.notices.emit([text for text in said if text])
        self._next()

    def notice_text(self, code: str, details: dict[str, Any]) -> str:
        """What an import did that the translator should know, as a sentence (empty for an unknown code)."""
        if code == "encoding-guessed":
            return self.tr(
                "{name} is not UTF-8: it was read as {encoding}, the encoding its text reads best in. Check "
                "the segments for garbled letters."
            ).format(name=details.get("name", ""), encoding=details.get("encoding", ""))
        return ""

    def _import_failed(self, error: BaseException) -> None:
        self.progress.finish()
        if isinstance(error, Cancelled):
            self.message.emit(self.tr("Import cancelled: nothing was stored."))
        else:
            self._show_error(self.tr("Import failed"), describe(error))
        self._next()

    # --- export ----------------------------------------------------------------------------------------

    def choose_export(self, release: StoredRelease) -> ExportDialog:
        """The export dialog, proposing ``<title>.<target language>.<ext>`` in the last export's folder."""
        folder = Path(str(self.settings.value("export/folder", str(Path.home()))))
        stem = file_stem(release.title, release.target_lang)
        dialog = ExportDialog(release.id, release.format, folder, stem, self.dialog_parent)
        dialog.export_requested.connect(lambda request: self.run_export(request, dialog))
        dialog.show_in_grid.connect(lambda: self.show_unapproved.emit(release.id))
        dialog.finished.connect(lambda _result: self._export_dialog_closed(dialog))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _export_dialog_closed(self, dialog: ExportDialog) -> None:
        if self.export_dialog is dialog:
            self.export_dialog = None
        dialog.deleteLater()

    def run_export(self, request: ExportRequest, dialog: ExportDialog | None = None) -> TaskHandle:
        """Export on the pool; the dialog (when given and still open) closes on success or shows why not."""
        self.settings.setValue("export/folder", str(request.path.parent))
        exporting = self.workspace.exporting
        report = review_report_options() if request.format_name == REPORT_FORMAT else None

        def work(handle: TaskHandle) -> object:
            handle.report("", 0, 0)
            return exporting.export(
                request.release_id,
                request.format_name,
                request.path,
                allow_unapproved=request.allow_unapproved,
                keep_untranslatable=request.keep_untranslatable,
                report=report,
            )

        def open_dialog() -> ExportDialog | None:
            return dialog if dialog is not None and self.export_dialog is dialog else None

        def done(result: object) -> None:
            self._exported(result)
            shown = open_dialog()
            if shown is not None:
                shown.finish()

        def failed(error: BaseException) -> None:
            self._export_failed(error, request.release_id, open_dialog())

        handle = self.runner.submit("export", request.path, work, done, failed)
        self.progress.start(self.tr("Exporting to {name}…").format(name=request.path.name), handle)
        return handle

    def _exported(self, report: object) -> None:
        self.progress.finish()
        written = getattr(report, "written", 0)
        unapproved = getattr(report, "unapproved", [])
        text = english_plural(self.tr("Exported %n segment(s).", "", written), written)
        if getattr(report, "format", "") == REPORT_FORMAT:
            text = report_summary(report)
        elif unapproved:
            text += " " + self.tr("%n of them not approved yet.", "", len(unapproved))
        self.last_export = text
        self.message.emit(text)

    def _export_failed(self, error: BaseException, release_id: int, dialog: ExportDialog | None) -> None:
        self.progress.finish()
        text = describe(error)
        if dialog is None:
            self._show_error(self.tr("Export failed"), text)
            return
        self.last_error = text
        self.message.emit(text)
        if isinstance(error, DomainError) and error.code is ErrorCode.EXPORT_BLOCKED:
            waiting = [
                s
                for s in self.workspace.releases.segments(release_id)
                if s.translatable and s.status is not SegmentStatus.APPROVED
            ]
            dialog.show_unapproved(waiting)
        else:
            dialog.fail(text)

    def _show_error(self, title: str, text: str) -> None:
        self.last_error = text
        self.message.emit(text)
        open_error_box(self.dialog_parent, title, text)
