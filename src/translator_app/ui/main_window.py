"""The main window: puts the release list, the segment grid, the notices and the status bar together.

Assembly only. Each part lives in its own module; the window loads data through the workspace's services and
hands it to the parts, so that the parts never reach for storage themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from translator_app import __version__
from translator_app.domain.errors import DomainError
from translator_app.domain.models import Release
from translator_app.services.workspace import Workspace
from translator_app.ui.i18n import english_plural
from translator_app.ui.notices import NoticeBanner
from translator_app.ui.release_list import ReleaseList
from translator_app.ui.segment_model import SegmentTableModel
from translator_app.ui.segment_table import SegmentTable
from translator_app.ui.status_bar import WorkspaceStatusBar


class MainWindow(QMainWindow):
    """Releases on the left, the selected release's segments on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current_release: Release | None = None
        self.setWindowTitle(self.tr("Release Translator"))
        self._fit_to_screen()

        self.banner = NoticeBanner(self)
        self.releases = ReleaseList(self)
        self.segment_model = SegmentTableModel(self)
        self.segments = SegmentTable(self)
        self.segments.setModel(self.segment_model)
        self.release_title = QLabel(self)
        self.release_title.setObjectName("releaseTitle")
        self.release_title.setWordWrap(True)
        title_font = self.release_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.release_title.setFont(title_font)
        self.release_details = QLabel(self)
        self.release_details.setObjectName("releaseDetails")
        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setText(
            self.tr(
                "No release yet.\nImport a press release with “translator-app import FILE --from fr --to en”."
            )
        )
        self.status = WorkspaceStatusBar(workspace.actor, workspace.location, self)
        self.setStatusBar(self.status)

        self._build_layout()
        self._build_menus()
        self.releases.release_selected.connect(self.show_release)
        self.banner.show_notices(workspace.notices)

    # --- assembly ----------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        segment_page = QWidget(self)
        page_layout = QVBoxLayout(segment_page)
        page_layout.setContentsMargins(4, 0, 0, 0)
        page_layout.setSpacing(2)
        page_layout.addWidget(self.release_title)
        page_layout.addWidget(self.release_details)
        page_layout.addSpacing(6)
        page_layout.addWidget(self.segments, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(segment_page)
        self.pages.addWidget(self.empty_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.releases)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 900])
        self.splitter = splitter

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Release Translator"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _fit_to_screen(self) -> None:
        """A generous first size that still fits on a laptop screen."""
        available = self.screen().availableGeometry()
        self.resize(min(1400, int(available.width() * 0.9)), min(880, int(available.height() * 0.9)))

    # --- behaviour ---------------------------------------------------------------------------------------

    def load_releases(self, release_id: int | None = None) -> None:
        """Fill the release list and select ``release_id``, or the most recent release when it is None."""
        try:
            summaries = self.workspace.releases.summaries()
        except DomainError as error:
            self.status.showMessage(self.tr("Could not read the releases: {error}").format(error=error))
            summaries = []
        self.releases.set_summaries(summaries)
        if not summaries:
            self._show_empty()
            return
        if release_id is None or not self.releases.select_release(release_id):
            if release_id is not None:
                self.status.showMessage(self.tr("Release {id} not found.").format(id=release_id), 8000)
            self.releases.select_first()

    def show_release(self, release_id: int) -> None:
        """Load a release's segments into the grid (called when the user picks one in the list)."""
        try:
            release = self.workspace.releases.release(release_id)
            segments = self.workspace.releases.segments(release_id)
        except DomainError as error:
            self.status.showMessage(self.tr("Could not open the release: {error}").format(error=error))
            return
        self.current_release = release
        self.segment_model.set_segments(segments)
        self.segments.scrollToTop()
        self.pages.setCurrentIndex(0)
        self.release_title.setText(release.title)
        self.release_title.setToolTip(release.title)
        untranslated = sum(1 for s in segments if not s.translatable)
        parts = [
            f"{release.source_lang} → {release.target_lang}",
            english_plural(self.tr("%n segment(s)", "", len(segments)), len(segments)),
        ]
        if untranslated:
            parts.append(self.tr("%n not translatable", "", untranslated))
        details = " · ".join(parts)
        self.release_details.setText(details)
        self.status.show_counts(self.segment_model.counts())
        self.setWindowTitle(self.tr("{title} — Release Translator").format(title=release.title))

    def _show_empty(self) -> None:
        self.current_release = None
        self.segment_model.set_segments([])
        self.pages.setCurrentIndex(1)
        self.status.show_counts(None)
        self.setWindowTitle(self.tr("Release Translator"))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Release Translator"),
            self.tr(
                "<h3>Release Translator {version}</h3>"
                "<p>Translate and review press releases with a translation memory, a glossary and machine "
                "translation.</p>"
            ).format(version=__version__),
        )
