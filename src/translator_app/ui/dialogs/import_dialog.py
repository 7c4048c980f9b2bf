"""Asks what an import needs before it starts: the languages, a title, and (rarely) the format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from translator_app.formats.registry import FORMAT_NAMES
from translator_app.ui.common.dialog_fit import FittingDialog

#: Offered first in the language fields; any BCP-47-like code may be typed.
COMMON_LANGUAGES = ("fr", "en", "es", "de", "it", "pt", "ar", "ru", "zh", "ja", "ko")


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    source_lang: str
    target_lang: str
    title: str | None
    format_name: str


class ImportDialog(FittingDialog):
    """File name shown, languages and title asked, format on "auto" unless the user knows better."""

    def __init__(
        self, path: Path, source_lang: str = "fr", target_lang: str = "en", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a release"))
        self.path = path
        self.file_label = QLabel(path.name, self)
        self.file_label.setToolTip(str(path))
        self.source = self._language("sourceLanguage", source_lang, self.tr("Source language"))
        self.target = self._language("targetLanguage", target_lang, self.tr("Target language"))
        self.title = QLineEdit(self)
        self.title.setObjectName("releaseTitleField")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("From the document (its headline or file name)"))
        self.format = QComboBox(self)
        self.format.setObjectName("formatChoice")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Detect from the file"), "auto")
        names = {
            "text": self.tr("Text"),
            "markdown": self.tr("Markdown"),
            "html": self.tr("HTML"),
            "docx": self.tr("Word (.docx)"),
        }
        for name in FORMAT_NAMES:
            self.format.addItem(names.get(name, name), name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("&From:"), self.source)
        form.addRow(self.tr("&To:"), self.target)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.buttons)
        self.source.currentTextChanged.connect(self._check)
        self.target.currentTextChanged.connect(self._check)
        self._check()

    def _language(self, name: str, value: str, label: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(label)
        box.setEditable(True)
        box.addItems(list(COMMON_LANGUAGES))
        box.setCurrentText(value)
        return box

    def _check(self) -> None:
        source, target = self.source.currentText().strip(), self.target.currentText().strip()
        ok = bool(source) and bool(target) and source.lower() != target.lower()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self) -> ImportRequest:
        return ImportRequest(
            self.path,
            self.source.currentText().strip(),
            self.target.currentText().strip(),
            self.title.text().strip() or None,
            str(self.format.currentData()),
        )
