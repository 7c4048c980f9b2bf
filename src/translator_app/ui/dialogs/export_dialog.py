"""File › Export: which format, where, and whether segments not yet approved may go out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from translator_app.services.exporting import EXPORT_FORMATS, REPORT_FORMAT, SAME_FORMAT
from translator_app.ui.common.dialog_fit import FittingDialog


@dataclass(frozen=True)
class ExportRequest:
    release_id: int
    format_name: str
    path: Path
    allow_unapproved: bool
    keep_untranslatable: bool


class ExportDialog(FittingDialog):
    """The release's own format first; the path follows the format's extension."""

    def __init__(
        self, release_id: int, release_format: str, suggested: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the translation"))
        self.release_id = release_id
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
        self.format.addItem(self.tr("Review report (.html, or .csv)"), REPORT_FORMAT)
        self.path = QLineEdit(str(suggested.with_suffix(self._suffix())), self)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self._follow_format)
        self.path.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        save_to = QLabel(self.tr("&Save to:"), self)  # a row of two widgets: name the buddy, else "&" shows
        save_to.setBuddy(self.path)
        form.addRow(save_to, path_row)
        form.addRow(self.allow_unapproved)
        form.addRow(self.keep_untranslatable)
        form.addRow(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _follow_format(self) -> None:
        current = Path(self.path.text().strip() or "translation")
        self.path.setText(str(current.with_suffix(self._suffix())))
        is_report = self.format.currentData() == REPORT_FORMAT
        self.allow_unapproved.setEnabled(not is_report)
        self.keep_untranslatable.setEnabled(not is_report)

    def _suffix(self) -> str:
        """The file extension of the chosen format (the review report is HTML unless a .csv is typed)."""
        name = str(self.format.currentData())
        if name == REPORT_FORMAT:
            return ".csv" if self.path_suffix() == ".csv" else ".html"
        return "." + name

    def path_suffix(self) -> str:
        text = self.path.text().strip() if hasattr(self, "path") else ""
        return Path(text).suffix.lower() if text else ""

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
