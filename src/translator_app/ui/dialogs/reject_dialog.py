"""Asks the reviewer why a segment goes back: a rejection without a comment helps nobody."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from translator_app.domain.tags import strip_tags


class RejectDialog(QDialog):
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
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Comment:"), self))
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 300)

    def text(self) -> str:
        return self.comment.toPlainText().strip()
