"""The filters above the grid: status, origin and text, applied to the segment filter proxy.

A filter by QA finding joins these once quality checks exist; the proxy takes one more predicate then.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from translator_app.ui.common import icons
from translator_app.ui.grid.segment_filter import OriginFilter, SegmentFilterProxy, StatusFilter


def status_choices() -> list[tuple[str, StatusFilter]]:
    """The status filter's entries, in the order translators look for them."""
    translate = QCoreApplication.translate  # by this name, with literals, for lupdate
    return [
        (translate("FilterBar", "All statuses"), StatusFilter.ALL),
        (translate("FilterBar", "To do (new, draft, rejected)"), StatusFilter.TO_DO),
        (translate("FilterBar", "New"), StatusFilter.NEW),
        (translate("FilterBar", "Draft"), StatusFilter.DRAFT),
        (translate("FilterBar", "Translated"), StatusFilter.TRANSLATED),
        (translate("FilterBar", "To review (translated, not approved)"), StatusFilter.TO_REVIEW),
        (translate("FilterBar", "Approved"), StatusFilter.APPROVED),
        (translate("FilterBar", "Not approved yet"), StatusFilter.NOT_APPROVED),
        (translate("FilterBar", "Rejected"), StatusFilter.REJECTED),
        (translate("FilterBar", "Not translatable"), StatusFilter.NOT_TRANSLATABLE),
    ]


def origin_choices() -> list[tuple[str, OriginFilter]]:
    translate = QCoreApplication.translate  # by this name, with literals, for lupdate
    return [
        (translate("FilterBar", "All origins"), OriginFilter.ALL),
        (translate("FilterBar", "Human"), OriginFilter.HUMAN),
        (translate("FilterBar", "Translation memory"), OriginFilter.TM),
        (translate("FilterBar", "Machine translation"), OriginFilter.MT),
        (translate("FilterBar", "Repetition"), OriginFilter.REPETITION),
        (translate("FilterBar", "No target yet"), OriginFilter.NONE),
    ]


TEXT_FILTER_MIN_WIDTH = 180
"""The text filter stays wide enough to type in; the combos give way first (their choice elided)."""
COMBO_MIN_WIDTH = 110
TYPING_PAUSE_MS = 150
"""The text filter applies once typing pauses this long: a word typed quickly filters once, not per key."""


def compact(combo: QComboBox) -> None:
    """Let a filter combo, as wide as its longest choice when there is room, shrink to COMBO_MIN_WIDTH in a
    narrow window (in a long language it would otherwise squeeze the text filter to nothing); its choice is
    also its tooltip."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    combo.setMinimumWidth(COMBO_MIN_WIDTH)
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


class FilterBar(QWidget):
    """Combos and a text field; tells the proxy at once (text after a short pause)."""

    def __init__(self, proxy: SegmentFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Filter by status"))
        for label, choice in status_choices():
            self.status.addItem(label, choice)
        self.origin = QComboBox(self)
        self.origin.setObjectName("originFilter")
        self.origin.setAccessibleName(self.tr("Filter by origin"))
        for label, origin in origin_choices():
            self.origin.addItem(label, origin)
        self.text = QLineEdit(self)
        self.text.setObjectName("textFilter")
        self.text.setAccessibleName(self.tr("Filter by text"))
        self.text.setPlaceholderText(self.tr("Filter source and target…"))
        self.text.setClearButtonEnabled(True)
        self.text.addAction(
            icons.icon("mdi6.filter-outline", color="#757575"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setIcon(icons.icon("mdi6.filter-remove-outline"))
        self.clear_button.setToolTip(self.tr("Show all segments"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.shown = QLabel(self)
        self.shown.setObjectName("filterCount")

        self.text.setMinimumWidth(TEXT_FILTER_MIN_WIDTH)
        for combo in (self.status, self.origin):
            compact(combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.status)
        layout.addWidget(self.origin)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.shown)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TYPING_PAUSE_MS)
        self._text_timer.timeout.connect(self.apply)
        self.text.textChanged.connect(self._text_timer.start)
        self.status.currentIndexChanged.connect(self.apply)
        self.origin.currentIndexChanged.connect(self.apply)
        self.clear_button.clicked.connect(self.clear)
        proxy.filter_changed.connect(self.update_count)
        proxy.modelReset.connect(self.update_count)
        self.update_count()

    def add_combo(self, combo: QComboBox, position: int) -> None:
        """Another filter (the QA one), shrinking like the others."""
        compact(combo)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(position, combo)

    def apply(self) -> None:
        """Filter the grid now with what the controls say."""
        self._text_timer.stop()
        self.proxy.set_filters(
            StatusFilter(self.status.currentData()), OriginFilter(self.origin.currentData()), self.text.text()
        )

    def clear(self) -> None:
        for widget in (self.status, self.origin, self.text):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.origin.setCurrentIndex(0)
        self.text.clear()
        for widget in (self.status, self.origin, self.text):
            widget.blockSignals(False)
        self.apply()

    def set_status(self, choice: StatusFilter) -> None:
        self.status.setCurrentIndex(self.status.findData(choice))

    def update_count(self) -> None:
        """ "12 of 40 shown" while filtering; nothing otherwise."""
        source = self.proxy.sourceModel()
        total = source.rowCount() if source is not None else 0
        shown = self.proxy.rowCount()
        filtering = self.proxy.is_filtering()
        self.clear_button.setEnabled(filtering)
        self.shown.setText(
            self.tr("{shown} of {total} shown").format(shown=shown, total=total) if filtering else ""
        )
