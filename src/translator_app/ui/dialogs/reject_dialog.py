"""Asks the reviewer why a segment goes back: a rejection without a comment helps nobody."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from translator_app.domain.review import ErrorCategory, ErrorSeverity
from translator_app.domain.tags import strip_tags
from translator_app.ui.common.dialog_fit import FittingDialog
from translator_app.ui.common.qa_text import mqm_category_label, mqm_severity_label


class RejectDialog(FittingDialog):
    """Shows the segment and a comment box; Reject stays disabled until there is a comment."""

    def __init__(self, number: int, source: str, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Reject segment {n}").format(n=number))
        summary = QLabel(self)
        summary.setWordWrap(True)
        summary.setText(
            self.tr("Source: {source}\nTarget: {target}").format(
                source=strip_tags(source), target=strip_tags(target)
            )
        )
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("rejectComment")
        self.comment.setAccessibleName(self.tr("Comment for the translator"))
        self.comment.setPlaceholderText(self.tr("What should the translator change?"))
        self.comment.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reject"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.comment.textChanged.connect(lambda: self.ok.setEnabled(bool(self.text())))
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("rejectCategory")
        self.category_box.setAccessibleName(self.tr("Error category"))
        self.category_box.addItem(self.tr("(no category)"), None)
        for category in ErrorCategory:
            self.category_box.addItem(mqm_category_label(category), category.value)
        self.severity_box = QComboBox(self)
        self.severity_box.setObjectName("rejectSeverity")
        self.severity_box.setAccessibleName(self.tr("Error severity"))
        self.severity_box.addItem(self.tr("(no severity)"), None)
        for severity in ErrorSeverity:
            self.severity_box.addItem(mqm_severity_label(severity), severity.value)
        tags = QFormLayout()
        tags.addRow(self.tr("Error &category:"), self.category_box)
        tags.addRow(self.tr("&Severity:"), self.severity_box)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Comment:"), self))
        layout.addWidget(self.comment, 1)
        layout.addLayout(tags)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def category(self) -> ErrorCategory | None:
        """The MQM category chosen, if any."""
        value = self.category_box.currentData()
        return ErrorCategory(value) if value else None

    def severity(self) -> ErrorSeverity | None:
        value = self.severity_box.currentData()
        return ErrorSeverity(value) if value else None
