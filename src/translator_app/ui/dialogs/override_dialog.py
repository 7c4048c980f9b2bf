"""Approving despite QA errors: the errors are shown and the reviewer must say why (it is recorded)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from translator_app.domain.qa import Finding
from translator_app.ui.common import icons
from translator_app.ui.common.dialog_fit import FittingDialog
from translator_app.ui.common.qa_text import SEVERITY_COLORS, SEVERITY_ICONS, describe_finding


class OverrideDialog(FittingDialog):
    """The blocking findings, a reason box, and "Approve anyway" (enabled once a reason is typed)."""

    def __init__(self, number: int, findings: Sequence[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Segment {n} has QA errors").format(n=number))
        intro = QLabel(
            self.tr(
                "Segment {n} cannot be approved as it is: the checks found the errors below. Fix the target, "
                "or approve it anyway and say why (your reason is recorded in its history and the review "
                "report)."
            ).format(n=number),
            self,
        )
        intro.setWordWrap(True)
        self.findings = QListWidget(self)
        self.findings.setObjectName("overrideFindings")
        self.findings.setWordWrap(True)
        for finding in findings:
            icon = icons.icon(SEVERITY_ICONS[finding.severity], color=SEVERITY_COLORS[finding.severity])
            self.findings.addItem(QListWidgetItem(icon, describe_finding(finding)))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Reason for approving anyway"))
        self.reason.setPlaceholderText(self.tr("Why is this target right despite the errors?"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("approveAnyway")
        self.ok.setText(self.tr("Approve anyway"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fix it first"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.text())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.findings, 1)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def text(self) -> str:
        return self.reason.toPlainText().strip()
