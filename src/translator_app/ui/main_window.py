"""The main window: puts the release list, the grid, the side panels, the menus and the status bar together.

Assembly only. Each part lives in its own module: the editing session does the work on segments, the review
flow the reviewer's decisions, the file flows import and export, the side panels the suggestions, history and
preview. The window builds them, lays them out and connects their signals and actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from translator_app import __version__
from translator_app.domain.errors import DomainError
from translator_app.domain.models import Release, Segment
from translator_app.services.workspace import Workspace
from translator_app.ui.assist.translation_tools import TranslationTools
from translator_app.ui.common import ui_state
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.notice_banner import NoticeBanner
from translator_app.ui.common.workers import TaskRunner
from translator_app.ui.dialogs.reject_dialog import RejectDialog
from translator_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from translator_app.ui.editing.conflict_banner import ConflictBanner
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.editing.find_bar import FindBar
from translator_app.ui.flows.import_export import FileFlows
from translator_app.ui.flows.merge_and_update import HandoffFlows
from translator_app.ui.frame.actions import WindowActions
from translator_app.ui.frame.status_bar import WorkspaceStatusBar
from translator_app.ui.frame.window_extras import WindowExtras
from translator_app.ui.grid.filter_bar import FilterBar
from translator_app.ui.grid.segment_filter import SegmentFilterProxy
from translator_app.ui.grid.segment_model import SegmentTableModel
from translator_app.ui.grid.segment_table import SegmentTable
from translator_app.ui.panels.side_panels import SidePanels
from translator_app.ui.panels.suggestion_items import SuggestionItem
from translator_app.ui.releases.release_list import ReleaseList
from translator_app.ui.review.approve_reject import ReviewFlow
from translator_app.ui.review.banners import RoleChip
from translator_app.ui.review.batch_and_signoff import ReviewDecisions
from translator_app.ui.review.review_panels import ReviewWindow


class MainWindow(QMainWindow):
    """Releases on the left, the selected release's segments in the middle, help for the active one right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current_release: Release | None = None
        self.state = ui_state.open_ui_state()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Release Translator"))
        self.setAcceptDrops(True)
        self._fit_to_screen()

        self.runner = TaskRunner(self)
        self.banner = NoticeBanner(self)
        self.releases = ReleaseList(self)
        self.segment_model = SegmentTableModel(self)
        self.segment_proxy = SegmentFilterProxy(self)
        self.segment_proxy.setSourceModel(self.segment_model)
        self.segments = SegmentTable(self)
        self.segments.setModel(self.segment_proxy)
        self.session = EditingSession(workspace, self.segment_model, self.segment_proxy, self.segments, self)
        self.review = ReviewFlow(self.session, self)
        self.filters = FilterBar(self.segment_proxy, self)
        self.find_bar = FindBar(self.session, self)
        self.conflict_banner = ConflictBanner(self)
        self.side = SidePanels(workspace, self.runner, self)
        self.status = WorkspaceStatusBar(workspace.actor, workspace.location, self)
        self.setStatusBar(self.status)
        self.files = FileFlows(workspace, self.runner, self.status.task, self.state, self)
        self.commands = WindowActions(self)
        self.quit_action = self.commands.quit
        self.about_action = self.commands.about
        self.reject_dialog: RejectDialog | None = None
        self.decisions = ReviewDecisions(self)
        self.review_window = ReviewWindow(self)
        self.role_chip = RoleChip(workspace.actor.role, workspace.actor.user, self)
        self._summaries_timer = QTimer(self)
        self._summaries_timer.setSingleShot(True)
        self._summaries_timer.setInterval(800)
        self._summaries_timer.timeout.connect(self._refresh_summaries)
        self._build_labels()
        self._build_layout()
        self._build_menus()
        self._connect()
        self.decisions.install()
        self.review_window.install()
        self.banner.show_notices(workspace.notices)
        self.extras = WindowExtras(self)
        self.translation = TranslationTools(self)
        self.handoff = HandoffFlows(self)

    # --- assembly ----------------------------------------------------------------------------------------

    def _build_labels(self) -> None:
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
            self.tr("No release yet.\nUse File › Open (Ctrl+O) or drop a press release here to import it.")
        )

    def _build_layout(self) -> None:
        segment_page = QWidget(self)
        page_layout = QVBoxLayout(segment_page)
        page_layout.setContentsMargins(4, 0, 0, 0)
        page_layout.setSpacing(4)
        page_layout.addWidget(self.release_title)
        page_layout.addWidget(self.release_details)
        page_layout.addWidget(self.decisions.signoff_label)
        page_layout.addSpacing(2)
        page_layout.addWidget(self.filters)
        page_layout.addWidget(self.find_bar)
        page_layout.addWidget(self.conflict_banner)
        page_layout.addWidget(self.review_window.rejection_banner)
        self.filters.add_combo(self.review_window.qa_filter, 2)
        page_layout.addWidget(self.segments, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(segment_page)
        self.pages.addWidget(self.empty_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(True)
        splitter.addWidget(self.releases)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.side)
        splitter.setCollapsible(1, False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        width = self.width()
        # The side panel is wide enough for its five tab names (Suggestions … Comments) without eliding.
        splitter.setSizes([300, max(500, width - 300 - 420), 420])
        saved = ui_state.restore_layout(self.state, "main-splitter")
        if saved is not None:
            splitter.restoreState(saved)
        self.splitter = splitter

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        a = self.commands
        for group in a.groups:
            menu = self.menuBar().addMenu(group.title)
            menu.setToolTipsVisible(True)
            for action in group.actions:
                if action in a.suggestions[1:]:
                    continue
                menu.addAction(action)
                if action in (
                    a.export,
                    a.merge_returned,
                    a.redo,
                    a.find_previous,
                    a.insert_tag,
                    a.next,
                    a.toggle_translatable,
                ):
                    menu.addSeparator()
        for action in a.suggestions[1:]:
            self.addAction(action)  # Ctrl+2…9 work from anywhere; the menu names the first as a reminder
        toolbar = QToolBar(self.tr("Editing"), self)
        toolbar.setObjectName("editingToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (
            a.confirm,
            a.previous,
            a.next,
            None,
            a.copy_source,
            a.insert_tag,
            None,
            a.undo,
            a.redo,
            None,
            a.find,
            a.replace,
            None,
            a.approve,
            a.reject,
            None,
            a.open,
            a.export,
        ):
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        for action in (
            a.previous,
            a.next,
            a.copy_source,
            a.insert_tag,
            a.undo,
            a.redo,
            a.find,
            a.replace,
            a.open,
            a.export,
        ):
            widget = toolbar.widgetForAction(action)
            if widget is not None:
                widget.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.role_chip)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        if not self.review.allowed():
            reason = self.tr(
                "Only a reviewer can approve or reject segments; you are working as a translator."
            )
            a.disable_for_role(a.approve, reason)
            a.disable_for_role(a.reject, reason)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        self.segments.segment_delegate.window_keys.update(a.window_keys())

    def _connect(self) -> None:
        a, s = self.commands, self.session
        a.open.triggered.connect(self.files.choose_files)
        a.export.triggered.connect(self.export_release)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(s.undo)
        a.redo.triggered.connect(s.redo)
        s.undo_stack.canUndoChanged.connect(a.undo.setEnabled)
        s.undo_stack.canRedoChanged.connect(a.redo.setEnabled)
        a.find.triggered.connect(lambda: self.find_bar.open(replace=False))
        a.replace.triggered.connect(lambda: self.find_bar.open(replace=True))
        a.find_next.triggered.connect(lambda: self.find_bar.find_next())
        a.find_previous.triggered.connect(lambda: self.find_bar.find_next(backwards=True))
        a.copy_source.triggered.connect(s.copy_source)
        a.toggle_translatable.triggered.connect(s.toggle_translatable)
        a.insert_tag.triggered.connect(s.insert_next_tag)
        a.confirm.triggered.connect(s.confirm_and_next)
        a.previous.triggered.connect(lambda: s.move(-1))
        a.next.triggered.connect(lambda: s.move(1))
        for number, action in enumerate(a.suggestions, start=1):
            action.triggered.connect(lambda _checked=False, n=number: self.insert_suggestion(n))
        a.approve.triggered.connect(self.review.approve_and_next)
        a.reject.triggered.connect(self.decisions.ask_reject)
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog(a, self).open())
        a.about.triggered.connect(self.show_about)
        self.releases.release_selected.connect(self.show_release)
        s.message.connect(lambda text: self.status.showMessage(text, 8000))
        s.conflict.connect(self.conflict_banner.show_conflict)
        s.current_segment_changed.connect(self._segment_activated)
        s.segments_changed.connect(self._segments_changed)
        self.conflict_banner.use_mine.connect(s.use_my_text)
        self.conflict_banner.keep_theirs.connect(s.keep_theirs)
        self.side.suggestions.chosen.connect(self._insert_item)
        self.files.message.connect(lambda text: self.status.showMessage(text, 10000))
        self.files.imported.connect(self.load_releases)
        self.filters.changed.connect(self._filters_changed)

    def _fit_to_screen(self) -> None:
        """A generous first size that still fits on a laptop screen."""
        available = self.screen().availableGeometry()
        self.resize(min(1500, int(available.width() * 0.94)), min(900, int(available.height() * 0.92)))

    # --- behaviour ---------------------------------------------------------------------------------------

    def load_releases(self, release_id: int | None = None) -> None:
        """Fill the release list and select ``release_id``, else the last one opened, else the most recent."""
        try:
            summaries = self.workspace.releases.summaries()
        except DomainError as error:
            self.status.showMessage(self.tr("Could not read the releases: {error}").format(error=error))
            summaries = []
        self.releases.set_summaries(summaries)
        if not summaries:
            self._show_empty()
            return
        wanted = release_id or ui_state.last_release(self.state, self.workspace.location)
        if wanted is None or not self.releases.select_release(wanted):
            if release_id is not None:
                self.status.showMessage(self.tr("Release {id} not found.").format(id=release_id), 8000)
            self.releases.select_first()

    def show_release(self, release_id: int, *, reload: bool = False) -> None:
        """Load a release's segments into the grid, back at the segment the user last worked on.

        ``reload``: read the open release again (after pre-translation or an update from a revised source),
        with its header and counts, staying on the active segment.
        """
        if not reload and self.current_release is not None and self.current_release.id == release_id:
            return
        active = self.session.current_segment() if reload else None
        try:
            release = self.workspace.releases.release(release_id)
            segments = self.workspace.releases.segments(release_id)
        except DomainError as error:
            self.status.showMessage(self.tr("Could not open the release: {error}").format(error=error))
            return
        self.current_release = release
        self.conflict_banner.hide()
        self.pages.setCurrentIndex(0)
        self.side.set_release(release, self.segment_model.segments)
        last = ui_state.last_segment(self.state, self.workspace.location, release_id)
        self.session.load(release, segments, active.id if active is not None else last)
        self.filters.update_count()
        self.release_title.setText(release.title)
        self.release_title.setToolTip(release.title)
        untranslated = sum(1 for s in segments if not s.translatable)
        parts = [
            f"{release.source_lang} → {release.target_lang}",
            english_plural(self.tr("%n segment(s)", "", len(segments)), len(segments)),
        ]
        if untranslated:
            parts.append(self.tr("%n not translatable", "", untranslated))
        self.release_details.setText(" · ".join(parts))
        self.setWindowTitle(self.tr("{title} — Release Translator").format(title=release.title))
        ui_state.remember_release(self.state, self.workspace.location, release_id)

    def _show_empty(self) -> None:
        self.current_release = None
        self.segment_model.set_segments([])
        self.pages.setCurrentIndex(1)
        self.status.show_counts(None)
        self.setWindowTitle(self.tr("Release Translator"))

    def _segment_activated(self, segment: Segment | None) -> None:
        self.side.show_segment(segment)
        release = self.current_release
        if segment is not None and segment.id is not None and release is not None and release.id is not None:
            ui_state.remember_segment(self.state, self.workspace.location, release.id, segment.id)

    def _segments_changed(self) -> None:
        self.status.show_counts(self.segment_model.counts(), self.segment_model.word_counts())
        self.side.segments_changed()
        self._summaries_timer.start()

    def _refresh_summaries(self) -> None:
        """The release list's progress bars follow the work (the selection, and so the grid, stay put)."""
        try:
            self.releases.set_summaries(self.workspace.releases.summaries())
        except DomainError as error:
            self.status.showMessage(self.tr("Could not read the releases: {error}").format(error=error))

    def _filters_changed(self) -> None:
        if self.session.current_row() is None and self.segment_proxy.rowCount():
            self.session.go_to_row(self.segment_proxy.source_row(0))

    def insert_suggestion(self, number: int) -> None:
        """Ctrl+number: insert suggestion ``number`` of the panel."""
        if not self.side.suggestions.choose(number):
            self.status.showMessage(self.tr("There is no suggestion {n}.").format(n=number), 4000)

    def _insert_item(self, item: SuggestionItem) -> None:
        self.session.insert_suggestion(item.target, whole=item.replaces_target)

    def export_release(self) -> None:
        release = self.current_release
        if release is None or release.id is None:
            return
        self.session.commit_editor()
        self.files.choose_export(release.id, release.format, release.title)

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

    # --- window events -----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.start(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Never lose work: the open editor's text is saved as a draft before the window goes."""
        self.session.commit_editor()
        ui_state.save_layout(self.state, "main-splitter", self.splitter.saveState())
        self.state.sync()
        super().closeEvent(event)
