"""The window's status bar: who is working, in which role, on which database, and where the release stands.

The role is always in view because it decides what the window lets the user do (only reviewers approve), and
the database location because a team may switch between a local file and a shared server.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from translator_app.domain.models import Role, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.services.open_release import OpenRelease
from translator_app.ui.common import icons, status_style
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.workers import TaskHandle
from translator_app.ui.frame.identity_field import IdentityField
from translator_app.ui.frame.word_tally import WordTally

_ICON_SIZE = 16
_SHRINKABLE_LABEL_WIDTH = 60
_MAX_LOCATION_CHARS = 60


class _IconLabel(QWidget):
    """An icon followed by text, the building block of the status bar's permanent fields."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.icon(icon_name, color="#616161").pixmap(_ICON_SIZE, _ICON_SIZE))
        self.text = QLabel(self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)


def role_label(role: Role) -> str:
    """The role as the status bar names it."""
    if role is Role.REVIEWER:
        return QCoreApplication.translate("WorkspaceStatusBar", "Reviewer")
    return QCoreApplication.translate("WorkspaceStatusBar", "Translator")


def location_label(location: str) -> str:
    """What the status bar shows of the database: a server as ``host/database`` (the whole address, login and
    driver included, took a third of the bar on a team server and cut the counts), a file by both its ends."""
    if "://" in location and not location.startswith("sqlite"):
        parts = urlsplit(location)
        database = parts.path.lstrip("/")
        if parts.hostname and database:
            return shorten_middle(f"{parts.hostname}/{database}", 40)
    return shorten_middle(location)


def shorten_middle(text: str, limit: int = _MAX_LOCATION_CHARS) -> str:
    """Keep both ends of a long path or URL (the file name matters most), dropping the middle."""
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return f"{text[:keep]}…{text[-(limit - 1 - keep) :]}"


class TaskProgress(QWidget):
    """A running background task: what it does, how far, and a Cancel button; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self.handle: TaskHandle | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("taskProgressBar")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelTask")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str, handle: TaskHandle) -> None:
        self.handle = handle
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, text: str, done: int, total: int) -> None:
        if text:
            self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def finish(self) -> None:
        self.handle = None
        self.hide()


class WorkspaceStatusBar(QStatusBar):
    """Counts per status on the left, then the user, role and database as permanent fields."""

    def __init__(self, actor: Actor, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.share_label = QLabel(self)
        self.share_label.setObjectName("shareLabel")
        for label in (self.counts_label, self.share_label):
            # A label is as wide as its text at least: the counts of every status would set the window's
            # minimum width (past a laptop screen with a long database path); they may be cut instead, the
            # tooltip holds them all.
            label.setMinimumWidth(_SHRINKABLE_LABEL_WIDTH)
            self.addWidget(label)
        self.task = TaskProgress(self)
        self.addPermanentWidget(self.task)

        self.user_field = IdentityField(actor, location, self)
        self.addPermanentWidget(self.user_field)

        self.database_field = _IconLabel("mdi6.database-outline", self)
        self.database_field.text.setText(location_label(location))
        self.database_field.setToolTip(self.tr("Database: {location}").format(location=location))
        self.addPermanentWidget(self.database_field)

    def follow(self, release: OpenRelease) -> None:
        """Show the open release's counts, and again after each of its changes (a long release's word
        totals join them once counted, after its first screen)."""

        def show(*_: object) -> None:
            self.show_counts(release.counts() if release.release is not None else None, release.word_counts())

        self.word_tally = WordTally(release, show, self)
        release.changed.connect(show)
        release.changed.connect(lambda _change: self.word_tally.start_if_needed())

    def show_counts(
        self, counts: dict[SegmentStatus, int] | None, words: dict[SegmentStatus, int] | None = None
    ) -> None:
        """Segments (and words) per status of the release on screen, and the shares done; None: no release."""
        if counts is None:
            self.counts_label.clear()
            self.share_label.clear()
            return
        self.counts_label.setText(status_style.status_counts_html(counts, words))
        total = sum(counts.values())
        approved = counts.get(SegmentStatus.APPROVED, 0)
        translated = counts.get(SegmentStatus.TRANSLATED, 0) + approved
        if total:
            self.share_label.setText(
                self.tr("{translated}% translated · {approved}% approved").format(
                    translated=round(100 * translated / total), approved=round(100 * approved / total)
                )
            )
        else:
            self.share_label.clear()
        if words is not None:
            lines = [
                self.tr("{status}: {segments}, {words}").format(
                    status=status_style.status_label(status),
                    segments=self._segments(counts.get(status, 0)),
                    words=self._words(words.get(status, 0)),
                )
                for status in status_style.PROGRESS_ORDER
            ]
            lines.append(
                self.tr("Total: {segments}, {words}").format(
                    segments=self._segments(total), words=self._words(sum(words.values()))
                )
            )
            tip = "\n".join(lines)
            self.counts_label.setToolTip(tip)
            self.share_label.setToolTip(tip)

    def _segments(self, count: int) -> str:
        return english_plural(self.tr("%n segment(s)", "", count), count)

    def _words(self, count: int) -> str:
        return english_plural(self.tr("%n word(s)", "", count), count)

    def role_text(self) -> str:
        """The user and role as displayed (tests read it)."""
        return self.user_field.text.text()

    def location_text(self) -> str:
        return self.database_field.text.text()
