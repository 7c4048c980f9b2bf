"""The QA panel: the active segment's findings as they are typed, and the whole release's on request.

Clicking a finding of the release goes to its segment. The release check runs on a worker (it reads every
segment and compares repetitions across the release). Segments not translated yet are one line at the end
("12 segments not translated yet: #3, #7, …", a click goes to the first), so that the list shows the
problems of the work done rather than a row per segment still to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from translator_app.domain.qa import Finding, QaCode, Severity
from translator_app.services.qa import SegmentFindings
from translator_app.ui.common import icons
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.paint_roles import roles
from translator_app.ui.common.qa_text import SEVERITY_COLORS, SEVERITY_ICONS, describe_finding, severity_label

SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _item(text: str, severity: Severity, tip: str) -> QListWidgetItem:
    item = QListWidgetItem(icons.icon(SEVERITY_ICONS[severity], color=SEVERITY_COLORS[severity]), text)
    item.setToolTip(tip)
    return item


class QaPanel(QWidget):
    """Two lists: this segment's findings, then the release's after "Check the whole release"."""

    check_release_requested = Signal()
    segment_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaPanel")
        self.setAccessibleName(self.tr("Quality checks"))
        self.segment_heading = QLabel(self.tr("This segment"), self)
        self.segment_heading.setStyleSheet("font-weight: bold;")
        self.segment_list = QListWidget(self)
        self.segment_list.setObjectName("qaSegmentFindings")
        self.segment_list.setAccessibleName(self.tr("Findings of the active segment"))
        self.segment_list.setWordWrap(True)
        self.segment_empty = QLabel(self.tr("No problem found."), self)
        self.segment_empty.setObjectName("qaSegmentClean")
        self.check_button = QPushButton(
            icons.icon("mdi6.clipboard-check-outline"), self.tr("Check the whole release"), self
        )
        self.check_button.setObjectName("qaCheckRelease")
        self.check_button.setAccessibleName(self.tr("Check the whole release"))
        self.check_button.clicked.connect(self.check_release_requested)
        self.release_summary = QLabel(self)
        self.release_summary.setObjectName("qaReleaseSummary")
        self.release_summary.setWordWrap(True)
        self.release_list = QListWidget(self)
        self.release_list.setObjectName("qaReleaseFindings")
        self.release_list.setAccessibleName(self.tr("Findings of the release"))
        self.release_list.setWordWrap(True)
        self.release_list.itemActivated.connect(self._chosen)
        self.release_list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.segment_heading)
        layout.addWidget(self.segment_empty)
        layout.addWidget(self.segment_list, 1)
        layout.addWidget(self.check_button)
        layout.addWidget(self.release_summary)
        layout.addWidget(self.release_list, 2)
        self.show_segment_findings(None)
        self.release_list.hide()
        self.release_summary.hide()

    def show_segment_findings(self, findings: Sequence[Finding] | None) -> None:
        """The active segment's findings (None: no segment, or one that is not checked)."""
        self.segment_list.clear()
        for finding in findings or []:
            text = describe_finding(finding)
            label = severity_label(finding.severity)
            self.segment_list.addItem(_item(text, finding.severity, f"{label}: {text}"))
        has = bool(findings)
        self.segment_list.setVisible(has)
        self.segment_empty.setStyleSheet(f"color: {roles().success.color};")  # in the theme in force
        self.segment_empty.setVisible(findings is not None and not has)

    def checking(self) -> None:
        self.check_button.setEnabled(False)
        self.release_summary.setText(self.tr("Checking…"))
        self.release_summary.show()

    def show_release_findings(self, results: Sequence[SegmentFindings]) -> None:
        """Every finding of the release, by segment; a click goes to the segment."""
        self.check_button.setEnabled(True)
        self.release_list.clear()
        empty = [r for r in results if [f.code for f in r.findings] == [QaCode.TARGET_EMPTY]]
        results = [r for r in results if r not in empty]
        errors = sum(1 for r in results for f in r.findings if f.severity is Severity.ERROR)
        warnings = sum(1 for r in results for f in r.findings if f.severity is Severity.WARNING)
        for result in results:
            for finding in result.findings:
                text = describe_finding(finding)
                item = _item(f"#{result.number}  {text}", finding.severity, text)
                item.setData(SEGMENT_ID_ROLE, result.segment_id)
                self.release_list.addItem(item)
        if empty:
            count = len(empty)
            numbers = ", ".join(f"#{r.number}" for r in empty[:12]) + (", …" if count > 12 else "")
            text = english_plural(self.tr("%n segment(s) not translated yet: {numbers}", "", count), count)
            item = _item(text.format(numbers=numbers), Severity.INFO, self.tr("Click to go to the first one"))
            item.setData(SEGMENT_ID_ROLE, empty[0].segment_id)
            self.release_list.addItem(item)
        if results:
            count = len(results)
            self.release_summary.setText(
                english_plural(self.tr("{errors} and {warnings} in %n segment(s).", "", count), count).format(
                    errors=english_plural(self.tr("%n error(s)", "", errors), errors),
                    warnings=english_plural(self.tr("%n warning(s)", "", warnings), warnings),
                )
            )
        else:
            self.release_summary.setText(self.tr("No problem found in the release."))
        self.release_summary.show()
        self.release_list.setVisible(bool(results or empty))

    def check_failed(self, text: str) -> None:
        self.check_button.setEnabled(True)
        self.release_summary.setText(text)

    def segment_rows(self) -> list[str]:
        """The active segment's findings as listed (tests read them)."""
        return [self.segment_list.item(i).text() for i in range(self.segment_list.count())]

    def release_rows(self) -> list[str]:
        return [self.release_list.item(i).text() for i in range(self.release_list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        segment_id = item.data(SEGMENT_ID_ROLE)
        if isinstance(segment_id, int):
            self.segment_chosen.emit(segment_id)
