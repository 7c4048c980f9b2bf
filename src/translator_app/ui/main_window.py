"""The main window: puts the release list, the grid, the side panels, the menus and the status bar together.

Assembly only. The open release (:class:`OpenRelease`, Qt-free) holds the segments on screen and tells every
part what changed; the release writer is the one way to change them. Each part receives what it uses (the
workspace's services, the open release or the editing session, the task runner, a way to notify, a parent for
its dialogs) and never this window, so none of them depends on another's build order. The window builds them,
lays them out, and connects its actions and their signals.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from translator_app import __version__
from translator_app.domain.changes import FeedState
from translator_app.domain.errors import DomainError
from translator_app.domain.models import StoredRelease, StoredSegment
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.services.release_writer import ReleaseWriter
from translator_app.services.typing_journal import TypingJournal
from translator_app.services.workspace import Workspace
from translator_app.settings import Settings, config_dir
from translator_app.ui.assist.match_insert import origin_of
from translator_app.ui.assist.term_capture import TermCapture
from translator_app.ui.assist.translation_aids import TranslationAids
from translator_app.ui.common import ui_state
from translator_app.ui.common.errors import open_error_box
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.notice_banner import NoticeBanner
from translator_app.ui.common.window_naming import WindowNaming
from translator_app.ui.common.workers import TaskRunner, shut_down_runners
from translator_app.ui.dialogs.preferences_dialog import PreferencesDialog
from translator_app.ui.dialogs.resources_dialog import ResourcesDialog
from translator_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from translator_app.ui.editing.conflict_banner import ConflictBanner
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.editing.find_bar import FindBar
from translator_app.ui.editing.segment_navigation import SegmentNavigation
from translator_app.ui.editing.typing_recovery import TypingRecovery
from translator_app.ui.editor.spellcheck import SpellingController
from translator_app.ui.flows.import_export import FileFlows
from translator_app.ui.flows.merge_and_update import HandoffFlows
from translator_app.ui.flows.pretranslation import PretranslationFlow
from translator_app.ui.frame.actions import WindowActions
from translator_app.ui.frame.identity_field import server_refusals, window_title
from translator_app.ui.frame.live_status import LiveStatusField
from translator_app.ui.frame.live_updates import LiveUpdates
from translator_app.ui.frame.menus import build_menus_and_toolbar
from translator_app.ui.frame.mt_usage import MtUsageField
from translator_app.ui.frame.presence_watch import PresenceWatch
from translator_app.ui.frame.status_bar import WorkspaceStatusBar
from translator_app.ui.frame.view_menu import ViewMenu
from translator_app.ui.grid.filter_bar import FilterBar
from translator_app.ui.grid.hidden_lines import HiddenLinesSwitch
from translator_app.ui.grid.presence_badge import PresenceNumberDelegate
from translator_app.ui.grid.segment_filter import SegmentFilterProxy, StatusFilter
from translator_app.ui.grid.segment_model import Column, SegmentTableModel
from translator_app.ui.grid.segment_table import SegmentTable
from translator_app.ui.panels.release_preview import ReleasePreview
from translator_app.ui.panels.side_panels import SidePanels
from translator_app.ui.panels.suggestion_items import SuggestionItem
from translator_app.ui.releases.release_list import ReleaseList
from translator_app.ui.review.approve_reject import ReviewFlow
from translator_app.ui.review.banners import RoleChip
from translator_app.ui.review.batch_and_signoff import ReviewDecisions
from translator_app.ui.review.review_panels import ReviewPanels

STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """Releases on the left, the selected release's segments in the middle, help for the active one right."""

    workspace_change_requested = Signal()
    """Preferences changed who works where (name, role, database) or the language: open it again."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.state = ui_state.open_ui_state()
        self.setObjectName("mainWindow")
        self.setWindowTitle(window_title(self.tr("Release Translator"), workspace.actor))
        self.setAcceptDrops(True)
        self._fit_to_screen()
        notify = self.notify

        # The open release and the one way to change it.
        self.runner = TaskRunner(self)
        self.release = OpenRelease(workspace.releases.segments_by_id)
        self.writer = ReleaseWriter(workspace, self.release)
        self.journal = TypingJournal.for_workspace(config_dir(), workspace.location)

        # The frame: actions, status bar.
        self.commands = WindowActions(self)
        self.status = WorkspaceStatusBar(workspace.actor, workspace.location, self)
        self.setStatusBar(self.status)
        self.usage = MtUsageField(workspace.mt, self.runner, self.status)
        self.status.addPermanentWidget(self.usage)
        self.banner = NoticeBanner(self)
        self.role_chip = RoleChip(workspace.actor.role, workspace.actor.user, self)

        # The grid and the work on its active segment.
        self.releases = ReleaseList(self)
        self.segment_model = SegmentTableModel(self.release, self)
        self.segment_proxy = SegmentFilterProxy(self)
        self.segment_proxy.setSourceModel(self.segment_model)
        self.segments = SegmentTable(self)
        self.segments.setModel(self.segment_proxy)
        self.filters = FilterBar(self.segment_proxy, self)
        self.hidden_lines = HiddenLinesSwitch(
            self.segment_proxy, self.commands.hide_untranslatable, self.state, workspace.location, self
        )
        self.session = EditingSession(
            self.writer, self.segment_model, self.segment_proxy, self.segments, notify, self.journal, self
        )
        self.find_bar = FindBar(self.session, self)
        self.conflict_banner = ConflictBanner(self)
        self.recovery = TypingRecovery(
            self.journal, workspace.releases, self.session, self.load_releases, self
        )
        self.spelling = SpellingController(self, editor_opened=self.segments.segment_delegate.editor_opened)

        # The side panels and what fills them.
        self.side = SidePanels(self)
        self.preview = ReleasePreview(
            self.release, self.side.preview, self.runner, workspace.releases.tag_tables
        )
        self.aids = TranslationAids(
            workspace,
            self.session,
            self.side,
            self.runner,
            self,
            auto_insert_from=Settings.load().auto_insert_threshold,
        )
        self.term_capture = TermCapture(workspace, self.session, self.side.suggestions_tab, notify, self)

        # Review.
        self.review = ReviewFlow(self.session, workspace.actor.role, self)
        self.review_panels = ReviewPanels(
            workspace.reviewing, self.session, self.side, self.filters, self.runner, self
        )
        self.decisions = ReviewDecisions(workspace.reviewing, self.review, self.session, notify, self)
        self.navigation = SegmentNavigation(
            self.session,
            self.filters,
            self.hidden_lines,
            workspace.reviewing.qa.check_release,
            self.runner,
            self,
        )

        # Long runs.
        self.files = FileFlows(workspace, self.runner, self.status.task, self.state, self)
        self.handoff = HandoffFlows(workspace, self.session, self.runner, self.status.task, notify, self)
        self.pretranslation = PretranslationFlow(workspace, self.session, self.runner, notify, self)
        self.preferences_dialog: PreferencesDialog | None = None
        self.resources_dialog: ResourcesDialog | None = None

        self._build_labels()
        self._build_layout()
        self._build_menus()
        self.view_menu = ViewMenu(self.menuBar(), self, first=[self.commands.hide_untranslatable])
        self._connect()
        self.naming = WindowNaming(
            self,
            [self.releases, self.filters, self.find_bar, self.segments, self.side],
        )
        self.banner.show_notices(workspace.notices)
        self.usage.refresh()
        self._follow_team_server()

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
        self.hide_button = QToolButton(self)  # the View menu's switch, where the line count is read
        self.hide_button.setObjectName("hideUntranslatableButton")
        self.hide_button.setDefaultAction(self.commands.hide_untranslatable)
        self.hide_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.hide_button.setAutoRaise(True)
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
        details_row = QHBoxLayout()
        details_row.addWidget(self.release_details)
        details_row.addStretch(1)
        details_row.addWidget(self.hide_button)
        page_layout.addLayout(details_row)
        page_layout.addWidget(self.decisions.signoff_label)
        page_layout.addSpacing(2)
        page_layout.addWidget(self.filters)
        page_layout.addWidget(self.find_bar)
        page_layout.addWidget(self.recovery)
        page_layout.addWidget(self.conflict_banner)
        page_layout.addWidget(self.review_panels.rejection_banner)
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
        # The side panel is wide enough for its five tab names (Suggestions … Comments) without eliding; the
        # release list for the beginning and the end of a long title beside its pair, progress and date.
        splitter.setSizes([340, max(500, width - 340 - 420), 420])
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
        self.toolbar = build_menus_and_toolbar(self, a, self.role_chip)
        if not self.review.allowed():
            reason = self.tr(
                "Only a reviewer can approve or reject segments; you are working as a translator."
            )
            sign_off_reason = self.tr(
                "Only a reviewer can approve or sign off; you are working as a translator."
            )
            reason, sign_off_reason = server_refusals(self.workspace.actor) or (reason, sign_off_reason)
            a.disable_for_role(a.approve, reason)
            a.disable_for_role(a.reject, reason)
            a.disable_for_role(a.approve_clean, sign_off_reason)
            a.disable_for_role(a.sign_off, sign_off_reason)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        self.segments.segment_delegate.window_keys.update(a.window_keys())

    def _connect(self) -> None:
        a, s = self.commands, self.session
        a.open.triggered.connect(self.files.choose_files)
        a.export.triggered.connect(self.export_release)
        a.update_release.triggered.connect(self.handoff.choose_update)
        a.merge_returned.triggered.connect(self.handoff.choose_merge)
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
        a.concordance.triggered.connect(self.aids.open_concordance)
        a.add_term.triggered.connect(self.term_capture.add_from_selection)
        self.term_capture.added.connect(lambda _term: self.aids.resources_changed())
        a.preferences.triggered.connect(self.open_preferences)
        a.confirm.triggered.connect(s.confirm_and_next)
        a.previous.triggered.connect(lambda: s.move(-1))
        a.next.triggered.connect(lambda: s.move(1))
        nav = self.navigation
        a.go_to_segment.triggered.connect(nav.ask_number)
        a.next_unconfirmed.triggered.connect(lambda: nav.next_unconfirmed(1))
        a.previous_unconfirmed.triggered.connect(lambda: nav.next_unconfirmed(-1))
        a.next_qa_problem.triggered.connect(nav.next_qa_problem)
        a.next_rejected.triggered.connect(nav.next_rejected)
        for number, action in enumerate(a.suggestions, start=1):
            action.triggered.connect(lambda _checked=False, n=number: self.insert_suggestion(n))
        a.approve.triggered.connect(self.review.approve_and_next)
        a.reject.triggered.connect(self.decisions.ask_reject)
        a.approve_clean.triggered.connect(self.decisions.approve_all_clean)
        a.sign_off.triggered.connect(self.decisions.sign_off_release)
        a.pretranslate.triggered.connect(self.pretranslation.open)
        a.resources.triggered.connect(self.open_resources)
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog(a, self).open())
        a.about.triggered.connect(self.show_about)
        if self.review.allowed():
            self.decisions.signoff_available.connect(self._signoff_available)
        self.releases.release_selected.connect(self.show_release)
        self.releases.follow(self.release, self.workspace.releases.summaries, self.notify)
        self.status.follow(self.release)
        self.spelling.follow(self.release, self.workspace.glossary)
        self.conflict_banner.follow(self.release)
        self.release.changed.connect(self._release_changed)
        s.current_segment_changed.connect(self._segment_activated)
        self.conflict_banner.use_mine.connect(s.use_my_text)
        self.conflict_banner.keep_theirs.connect(s.keep_theirs)
        self.side.suggestions.chosen.connect(self._insert_item)
        self.aids.preferences_requested.connect(self.open_preferences)
        self.files.message.connect(self.notify)
        self.files.imported.connect(self.load_releases)
        self.files.show_unapproved.connect(self.show_unapproved)
        self.files.notices.connect(self.banner.show_notices)
        self.handoff.release_touched.connect(self.load_releases)
        self.pretranslation.ran.connect(self._pretranslated)
        app = QCoreApplication.instance()
        if app is not None:  # quitting by other means than closing the window stores the typing too
            app.aboutToQuit.connect(self._store_typing)

    def _follow_team_server(self) -> None:
        """On a team server: what other desktops commit comes in as it happens, and who is where shows."""
        workspace = self.workspace
        self.live: LiveUpdates | None = None
        self.presence_watch: PresenceWatch | None = None
        self.live_status = LiveStatusField(self)
        if workspace.changes is None and workspace.presence is None:
            self.live_status.hide()  # a one-person workspace: nobody else to hear from
            return
        self.status.addPermanentWidget(self.live_status)
        if workspace.presence is not None:
            watch = PresenceWatch(workspace.presence, self)
            self.segments.setItemDelegateForColumn(Column.NUMBER, PresenceNumberDelegate(self.segments))
            self.session.current_segment_changed.connect(self._announce_segment)
            watch.changed.connect(self._show_presence)
            self.presence_watch = watch
        if workspace.changes is not None:
            live = LiveUpdates(workspace.changes, self.release, workspace.releases.segments, self)
            live.state_changed.connect(self._feed_state)
            live.release_list_changed.connect(self._reload_release_list)
            live.release_details_changed.connect(self._reread_release_details)
            live.release_reshaped.connect(self._reload_open_release)
            live.release_gone.connect(self._open_release_deleted)
            live.comments_changed.connect(self._comments_changed)
            if self.presence_watch is not None:
                live.presence_changed.connect(self.presence_watch.poll)
            self.live = live
            live.start()

    def _fit_to_screen(self) -> None:
        """A generous first size that still fits on a laptop screen."""
        available = self.screen().availableGeometry()
        self.resize(min(1500, int(available.width() * 0.94)), min(900, int(available.height() * 0.92)))

    # --- behaviour ---------------------------------------------------------------------------------------

    @property
    def current_release(self) -> StoredRelease | None:
        return self.release.release

    def notify(self, text: str) -> None:
        """One line in the status bar for a few seconds."""
        self.status.showMessage(text, STATUS_MESSAGE_MS)

    def load_releases(self, release_id: int | None = None) -> None:
        """Fill the release list and select ``release_id``, else the last one opened, else the most recent.
        The first time, typing a previous session left unsaved is offered back."""
        try:
            summaries = self.workspace.releases.summaries()
        except DomainError as error:
            self.notify(self.tr("Could not read the releases: {error}").format(error=error))
            summaries = []
        self.releases.set_summaries(summaries)
        if not summaries:
            self._show_empty()
            return
        wanted = release_id or ui_state.last_release(self.state, self.workspace.location)
        if wanted is None or not self.releases.select_release(wanted):
            if release_id is not None:
                self.notify(self.tr("Release {id} not found.").format(id=release_id))
            self.releases.select_first()
        if not self._offered_recovery:
            self._offered_recovery = True
            self.recovery.offer()

    _offered_recovery = False

    def show_release(self, release_id: int, *, reload: bool = False) -> None:
        """Open a release in the grid, back at the segment the user last worked on.

        ``reload``: read the open release again, with its header and counts, staying on the active segment.
        """
        current = self.release.release
        if not reload and current is not None and current.id == release_id:
            return
        self.session.commit_editor()  # the typing is stored before the segments are read
        try:
            release = self.workspace.releases.release(release_id)
            segments = self.workspace.releases.segments(release_id)
        except DomainError as error:
            self.notify(self.tr("Could not open the release: {error}").format(error=error))
            return
        self.conflict_banner.hide()
        self.pages.setCurrentIndex(0)
        if not reload:
            self.session.expect_start(ui_state.last_segment(self.state, self.workspace.location, release_id))
            self.hidden_lines.prepare(release_id, segments)
        self.release.load(release, segments)
        ui_state.remember_release(self.state, self.workspace.location, release_id)

    def _release_changed(self, change: ReleaseChange) -> None:
        """A release was opened or read again: the header says which, and how big it is."""
        release = self.release.release
        if change.reset and release is not None:
            self._show_header(release)

    def _show_header(self, release: StoredRelease) -> None:
        segments = self.release.segments()
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
        title = self.tr("{title} — Release Translator").format(title=release.title)
        self.setWindowTitle(window_title(title, self.workspace.actor))
        self.naming.refresh()

    # --- another desktop's changes (a team server) ----------------------------------------------------

    def _feed_state(self, state: FeedState) -> None:
        self.live_status.show_state(state)

    def _reload_release_list(self) -> None:
        if self.release.release is None:  # nothing open yet (an empty workspace): open what arrived
            self.load_releases()
            return
        try:
            self.releases.reload(self.workspace.releases.summaries)
        except DomainError as error:
            self.notify(self.tr("Could not read the releases: {error}").format(error=error))

    def _reread_release_details(self) -> None:
        """The open release was renamed or signed off elsewhere: its header and sign-off line follow."""
        held = self.release.release
        if held is None:
            return
        try:
            fresh = self.workspace.releases.release(held.id)
        except DomainError:
            return
        self.release.release = fresh
        self._show_header(fresh)
        self.decisions.refresh_signoff()

    def _open_release_deleted(self) -> None:
        """Someone deleted the release on screen: another one opens, and the user reads why."""
        gone = self.release.release
        self.load_releases()
        if gone is not None:
            self.notify(self.tr("“{title}” was deleted on the server.").format(title=gone.title))

    def _reload_open_release(self) -> None:
        release = self.release.release
        if release is not None:
            self.show_release(release.id, reload=True)

    def _comments_changed(self, segment_ids: frozenset[int] | None) -> None:
        segment = self.review_panels.segment
        if segment is not None and (segment_ids is None or segment.id in segment_ids):
            self.review_panels.refresh_comments()

    def _announce_segment(self, segment: StoredSegment | None) -> None:
        release = self.release.release
        if self.presence_watch is not None:
            self.presence_watch.announce(
                release.id if release is not None else None, segment.id if segment is not None else None
            )
        self._show_presence()

    def _show_presence(self) -> None:
        """The others' badges in the grid, and who else is on the active segment in the status bar."""
        watch = self.presence_watch
        if watch is None:
            return
        present = watch.by_segment()
        self.segment_model.set_presence(present)
        segment = self.session.current_segment()
        if segment is None:
            self.live_status.show_editors((), None)
        else:
            self.live_status.show_editors(present.get(segment.id, ()), segment.position + 1)

    def _show_empty(self) -> None:
        self.release.clear()
        self.pages.setCurrentIndex(1)
        self.status.show_counts(None)
        self.setWindowTitle(window_title(self.tr("Release Translator"), self.workspace.actor))

    def _segment_activated(self, segment: StoredSegment | None) -> None:
        release = self.release.release
        if segment is not None and release is not None:
            ui_state.remember_segment(self.state, self.workspace.location, release.id, segment.id)

    def _signoff_available(self, enabled: bool, tip: str) -> None:
        self.commands.sign_off.setEnabled(enabled)
        if tip:
            self.commands.sign_off.setToolTip(tip)

    def insert_suggestion(self, number: int) -> None:
        """Ctrl+number: insert suggestion ``number`` of the panel."""
        if not self.side.suggestions.choose(number):
            self.status.showMessage(self.tr("There is no suggestion {n}.").format(n=number), 4000)

    def _insert_item(self, item: SuggestionItem) -> None:
        self.session.insert_suggestion(item.target, whole=item.replaces_target, origin=origin_of(item))

    def _pretranslated(self) -> None:
        self.aids.feed.forget()
        self.usage.refresh()

    def export_release(self) -> None:
        release = self.release.release
        if release is None:
            return
        self.session.commit_editor()
        self.files.choose_export(release)

    def show_unapproved(self, release_id: int) -> None:
        """The grid filtered to the segments not approved yet, the first one active (a refused export)."""
        release = self.release.release
        if release is None or release.id != release_id:
            self.show_release(release_id)
        self.filters.set_status(StatusFilter.NOT_APPROVED)
        if self.segment_proxy.rowCount():
            self.session.go_to_row(self.segment_proxy.source_row(0))

    def open_preferences(self) -> None:
        dialog = PreferencesDialog(self.workspace, self.release.release, self, self.runner)
        dialog.key_changed.connect(self.aids.key_changed)
        dialog.key_changed.connect(self.usage.refresh)
        dialog.accepted.connect(self._preferences_saved)
        dialog.workspace_changed.connect(
            self.workspace_change_requested, Qt.ConnectionType.QueuedConnection  # after the dialog closed
        )
        dialog.finished.connect(dialog.deleteLater)
        self.preferences_dialog = dialog
        dialog.open()

    def _preferences_saved(self) -> None:
        """What applies at once: the score from which matches are inserted on entering a segment."""
        self.aids.auto_insert.threshold = Settings.load().auto_insert_threshold

    def open_resources(self) -> ResourcesDialog:
        """Tools › Memory and glossary: one window, brought forward when already open."""
        dialog = self.resources_dialog
        if dialog is None:
            release = self.release.release
            pair = (release.source_lang, release.target_lang) if release is not None else None
            dialog = ResourcesDialog(self.workspace, self.runner, self.state, pair, self)
            dialog.changed.connect(self.aids.resources_changed)
            dialog.finished.connect(self._resources_closed)
            self.resources_dialog = dialog
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _resources_closed(self) -> None:
        if self.resources_dialog is not None:
            self.resources_dialog.deleteLater()
        self.resources_dialog = None

    def refuse_workspace(self, reason: str) -> None:
        """The workspace Preferences name could not be opened: this one stays, and the user reads why."""
        text = self.tr("The workspace was not changed: {reason}").format(reason=reason)
        self.notify(text)
        open_error_box(self, self.tr("Preferences"), text)

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

    def _store_typing(self) -> None:
        """Never lose work: the open editor's text is stored as a draft (or, when a conflict holds it, kept
        in the typing journal for the next start)."""
        self.session.commit_editor()
        self.session.keeper.write_journal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # a new theme: the toolbar's icons follow
            self.commands.refresh_icons()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        shut_down_runners(self)  # stopped first: a cancelled import no longer holds the database
        self._store_typing()
        if self.live is not None:
            self.live.stop()
        if self.presence_watch is not None:
            self.presence_watch.leave()
        ui_state.save_layout(self.state, "main-splitter", self.splitter.saveState())
        self.state.sync()
        app = QCoreApplication.instance()
        if app is not None:
            with suppress(RuntimeError, TypeError):  # closed twice
                app.aboutToQuit.disconnect(self._store_typing)
        super().closeEvent(event)
