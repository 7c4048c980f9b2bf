"""The DeepL account in the status bar: characters used of the period's allowance, or why it is unknown.

Read on a worker (one small request) when the window opens, after a pre-translation and after the key
changes; the text never holds the key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.mt.base import UsageInfo
from translator_app.services.mt_account import MtServices
from translator_app.ui.common import icons
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.workers import TaskHandle, TaskRunner

_ICON_SIZE = 16


def grouped(number: int) -> str:
    """``12345`` → ``12 345`` (thin non-breaking spaces between thousands)."""
    return f"{number:,}".replace(",", "\u202f")


class MtUsageField(QWidget):
    """ "DeepL: 12 345 of 500 000 characters", "DeepL key not set", or "DeepL usage unavailable"."""

    def __init__(self, mt: MtServices, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mtUsage")
        self.mt = mt
        self.runner = runner
        icon = QLabel(self)
        icon.setPixmap(icons.icon("mdi6.translate", color="#616161").pixmap(_ICON_SIZE, _ICON_SIZE))
        self.text = QLabel(self)
        self.text.setObjectName("mtUsageText")
        self.text.setAccessibleName(self.tr("DeepL usage"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(icon)
        layout.addWidget(self.text)
        self.text.setText(self.tr("DeepL: …"))

    def refresh(self) -> None:
        """Ask the account for its usage in the background."""
        mt = self.mt

        def work(_handle: TaskHandle) -> UsageInfo | ErrorCode:
            if mt.account.key_status().key is None:
                return ErrorCode.MT_NO_KEY
            try:
                return mt.account.usage()
            except DomainError as error:
                return error.code

        self.runner.submit("mt-usage", None, work, self._show, lambda _e: self.show_failure(None))

    def _show(self, result: UsageInfo | ErrorCode) -> None:
        if isinstance(result, UsageInfo):
            self.show_usage(result)
        else:
            self.show_failure(result)

    def show_usage(self, usage: UsageInfo) -> None:
        if usage.count is None:
            self.text.setText(self.tr("DeepL: usage not reported"))
        elif usage.limit is None:
            self.text.setText(
                english_plural(self.tr("DeepL: {count} character(s)", "", usage.count), usage.count).format(
                    count=grouped(usage.count)
                )
            )
        else:
            self.text.setText(
                english_plural(
                    self.tr("DeepL: {count} of {limit} character(s)", "", usage.limit), usage.limit
                ).format(count=grouped(usage.count), limit=grouped(usage.limit))
            )
        remaining = usage.remaining
        self.setToolTip(
            self.tr("Characters left this billing period: {left}").format(left=grouped(remaining))
            if remaining is not None
            else ""
        )

    def show_failure(self, code: ErrorCode | None) -> None:
        if code is ErrorCode.MT_NO_KEY:
            self.text.setText(self.tr("DeepL key not set"))
            self.setToolTip(self.tr("Add the key in Edit › Preferences, or set DEEPL_AUTH_KEY."))
        elif code is ErrorCode.MT_BAD_KEY:
            self.text.setText(self.tr("DeepL key refused"))
            self.setToolTip(self.tr("DeepL refused the key (403): check it in Edit › Preferences."))
        else:
            self.text.setText(self.tr("DeepL usage unavailable"))
            self.setToolTip(self.tr("DeepL could not be reached; suggestions resume when it can."))
