"""File › Export: which format, where, and whether segments not yet approved may go out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from translator_app.services.exporting import EXPORT_FORMATS, SAME_FORMAT


@dataclass(frozen=True)
class ExportRequest:
    release_id: int
    format_name: str
    path: Path
    allow_unapproved: bool
    keep_untranslatable: bool


class ExportDialog(QDialog):
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
        self.path = QLineEdit(str(suggested.with_suffix("." + str(self.format.currentData()))), self)
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
        form.addRow(self.tr("&Save to:"), path_row)
        form.addRow(self.allow_unapproved)
        form.addRow(self.keep_untranslatable)
        form.addRow(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _follow_format(self) -> None:
        current = Path(self.path.text().strip() or "translation")
        self.path.setText(str(current.with_suffix("." + str(self.format.currentData()))))

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
