"""File › Export: which format, where, and whether segments not yet approved may go out.

The dialog proposes ``<title>.<target language>.<ext>`` in the folder of the last export, and stays open
while the export runs: a refusal because segments are not approved lists them here, with a button that
shows them in the grid, instead of closing on an error. Besides the translation (the release's own format
first), it offers the review report and the hand-offs: XLIFF 2.1 or 1.2 for another CAT tool, a Word table
for a reviewer without the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from translator_app.domain.models import Segment
from translator_app.domain.tags import strip_tags
from translator_app.services.exporting import EXPORT_FORMATS, REPORT_FORMAT, SAME_FORMAT
from translator_app.services.handoff_export import REVIEW_TABLE_FORMAT, XLIFF12_FORMAT, XLIFF_FORMAT
from translator_app.ui.common import status_style
from translator_app.ui.common.dialog_fit import FittingDialog, fit_to_contents
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.paint_roles import roles

#: What each format's file is called after the title and the target language.
ENDINGS = {
    "txt": ".txt",
    "md": ".md",
    "html": ".html",
    "docx": ".docx",
    REPORT_FORMAT: ".review-report.html",
    XLIFF_FORMAT: ".xlf",
    XLIFF12_FORMAT: ".xliff12.xlf",
    REVIEW_TABLE_FORMAT: ".review-table.docx",
}
#: Formats that carry every segment as it stands (not only the approved text).
WHOLE_RELEASE = (REPORT_FORMAT, XLIFF_FORMAT, XLIFF12_FORMAT, REVIEW_TABLE_FORMAT)
SHOWN_UNAPPROVED = 200
"""Segments listed after a refusal (the grid shows them all)."""


def file_stem(title: str, target_lang: str) -> str:
    """``<title>.<target language>``, the title made safe for any file system."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()[:60] or "translation"
    return f"{safe}.{target_lang}"


@dataclass(frozen=True)
class ExportRequest:
    release_id: int
    format_name: str
    path: Path
    allow_unapproved: bool
    keep_untranslatable: bool


class ExportDialog(FittingDialog):
    """Export asks :attr:`export_requested`; the flow answers with :meth:`finish`, :meth:`fail` or
    :meth:`show_unapproved`."""

    export_requested = Signal(object)
    show_in_grid = Signal()
    """The user wants the unapproved segments in the grid (the dialog closes)."""

    def __init__(
        self,
        release_id: int,
        release_format: str,
        folder: Path,
        stem: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the translation"))
        self.release_id = release_id
        self.folder = folder
        self.stem = stem
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        labels = {
            "txt": self.tr("Text (.txt)"),
            "md": self.tr("Markdown (.md)"),
            "html": self.tr("Web page (.html)"),
            "docx": self.tr("Word (.docx)"),
        }
        own = [name for name in EXPORT_FORMATS if SAME_FORMAT[name] == release_format]
        for name in own + [n for n in EXPORT_FORMATS if n not in own]:
            self.format.addItem(labels[name], name)
        self.format.insertSeparator(self.format.count())
        self.format.addItem(self.tr("Review report (.html, or .csv)"), REPORT_FORMAT)
        self.format.addItem(self.tr("XLIFF 2.1, for another CAT tool (.xlf)"), XLIFF_FORMAT)
        self.format.addItem(self.tr("XLIFF 1.2, for OmegaT, Trados or memoQ (.xlf)"), XLIFF12_FORMAT)
        self.format.addItem(self.tr("Review table, for Word (.docx)"), REVIEW_TABLE_FORMAT)
        self.path = QLineEdit(str(self._proposed()), self)
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("browseExport")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.allow_unapproved = QCheckBox(self.tr("Export unapproved segments (their current text)"), self)
        self.allow_unapproved.setObjectName("allowUnapproved")
        self.keep_untranslatable = QCheckBox(self.tr("Keep text marked not to translate (menus)"), self)
        self.keep_untranslatable.setObjectName("keepUntranslatable")
        self.problem = QLabel(self)
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.unapproved = QListWidget(self)
        self.unapproved.setObjectName("exportUnapproved")
        self.unapproved.setAccessibleName(self.tr("Segments not approved yet"))
        self.unapproved.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unapproved.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.unapproved.hide()
        self.show_button = QPushButton(self.tr("Show them in the grid"), self)
        self.show_button.setObjectName("showUnapproved")
        self.show_button.clicked.connect(self._show_in_grid)
        self.show_button.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self._ask)
        self.buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self._follow_format)
        self.path.textChanged.connect(lambda text: self.export_button.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Format:"), self.format)
        save_to = QLabel(self.tr("&Save to:"), self)  # a row of two widgets: name the buddy, else "&" shows
        save_to.setBuddy(self.path)
        form.addRow(save_to, path_row)
        form.addRow(self.allow_unapproved)
        form.addRow(self.keep_untranslatable)
        form.addRow(self.problem)
        form.addRow(self.unapproved)
        form.addRow(self.show_button)
        form.addRow(self.buttons)
        self.resize(620, self.sizeHint().height())

    # --- the file --------------------------------------------------------------------------------------

    def _proposed(self) -> Path:
        return self.folder / (self.stem + ENDINGS[str(self.format.currentData())])

    def _follow_format(self) -> None:
        """The proposed name follows the format; a name the user typed keeps its folder and stem."""
        name = str(self.format.currentData())
        current = Path(self.path.text().strip() or self._proposed())
        proposed_names = {self.stem + ending for ending in ENDINGS.values()}
        if current.name in proposed_names or (name == REPORT_FORMAT and current.suffix.lower() == ".csv"):
            folder = current.parent
            ending = ENDINGS[name]
            if name == REPORT_FORMAT and current.suffix.lower() == ".csv":
                ending = ".review-report.csv"
            self.path.setText(str(folder / (self.stem + ending)))
        else:
            self.path.setText(str(current.with_suffix(Path(ENDINGS[name]).suffix)))
        whole = name in WHOLE_RELEASE
        self.allow_unapproved.setEnabled(not whole)
        self.keep_untranslatable.setEnabled(not whole)
        self._clear_problem()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def request(self) -> ExportRequest:
        return ExportRequest(
            self.release_id,
            str(self.format.currentData()),
            Path(self.path.text().strip()).expanduser(),
            self.allow_unapproved.isChecked(),
            self.keep_untranslatable.isChecked(),
        )

    # --- running and its outcome -----------------------------------------------------------------------

    def _ask(self) -> None:
        self._clear_problem()
        self.export_button.setEnabled(False)
        self.export_requested.emit(self.request())

    def finish(self) -> None:
        """The file is written: the dialog closes."""
        self.accept()

    def fail(self, text: str) -> None:
        """Refused or failed: say why and stay open to change the choice."""
        self.export_button.setEnabled(True)
        self.problem.setText(f'<span style="{roles().error.css()}">{text}</span>')
        self.problem.show()
        fit_to_contents(self)

    def show_unapproved(self, segments: Sequence[Segment]) -> None:
        """The export was refused: list what is not approved yet, offer to show it or to export anyway."""
        count = len(segments)
        self.fail(
            english_plural(
                self.tr(
                    "Not exported: %n segment(s) not approved yet. Approve them, or tick “Export unapproved "
                    "segments” to export their current text.",
                    "",
                    count,
                ),
                count,
            )
        )
        self.unapproved.clear()
        for segment in segments[:SHOWN_UNAPPROVED]:
            excerpt = " ".join(strip_tags(segment.source).split())
            status = status_style.status_label(segment.status)
            self.unapproved.addItem(f"{segment.position + 1} · {status} · {excerpt[:90]}")
        self.unapproved.show()
        self.show_button.show()
        self.allow_unapproved.setFocus()
        fit_to_contents(self)

    def _show_in_grid(self) -> None:
        self.show_in_grid.emit()
        self.reject()

    def _clear_problem(self) -> None:
        self.problem.hide()
        self.unapproved.hide()
        self.show_button.hide()
