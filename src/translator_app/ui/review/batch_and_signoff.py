"""The reviewer's decisions beyond approve-and-next: approve despite QA errors with a reason, approve every
clean translated segment at once, reject with an MQM tag, and sign the release off.

Receives what it uses: the review tools and the role of the workspace, the review flow and the editing
session of the window, a way to notify and a parent for its dialogs. The window connects its actions here; a
translator sees them greyed out with the reason in their tooltip, and the services refuse too.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from translator_app.domain.errors import DomainError
from translator_app.domain.models import StoredSegment
from translator_app.domain.qa import errors
from translator_app.services.open_release import ReleaseChange
from translator_app.services.review_tools import ReviewTools
from translator_app.services.signoff import SignoffState
from translator_app.ui.common.errors import describe
from translator_app.ui.common.i18n import english_plural, format_when
from translator_app.ui.common.paint_roles import roles
from translator_app.ui.common.qa_text import describe_finding
from translator_app.ui.dialogs.override_dialog import OverrideDialog
from translator_app.ui.dialogs.reject_dialog import RejectDialog
from translator_app.ui.editing.editing_session import EditingSession
from translator_app.ui.review.approve_reject import ReviewFlow


class ReviewDecisions(QObject):
    """Override, batch approval, rejection with a category, sign-off and the release's sign-off line."""

    #: Whether the release may be signed off now, and why (the window's Sign off action follows it).
    signoff_available = Signal(bool, str)

    def __init__(
        self,
        tools: ReviewTools,
        review: ReviewFlow,
        session: EditingSession,
        notify: Callable[[str], None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.tools = tools
        self.review = review
        self.session = session
        self.release = session.release
        self.notify = notify
        self.dialog_parent = dialog_parent
        self.signoff_label = QLabel(dialog_parent)
        self.signoff_label.setObjectName("signoffLabel")
        self.signoff_label.setTextFormat(Qt.TextFormat.RichText)
        self.signoff_label.hide()
        self.override_dialog: OverrideDialog | None = None
        self.reject_dialog: RejectDialog | None = None
        self.last_report = ""
        self.state: SignoffState | None = None
        review.qa_blocked.connect(self.ask_override)
        self.release.changed.connect(self._release_changed)

    def reviewer(self) -> bool:
        return self.review.allowed()

    def _release_id(self) -> int | None:
        release = self.release.release
        return release.id if release is not None else None

    def _release_changed(self, _change: ReleaseChange) -> None:
        self.refresh_signoff()

    # --- approve despite errors ------------------------------------------------------------------------

    def ask_override(self, segment: StoredSegment, _error: DomainError) -> None:
        """An approval was refused by QA errors: show them and offer "Approve anyway" with a reason."""
        found = errors(self.tools.qa.check_segment(segment.id))
        dialog = OverrideDialog(segment.position + 1, found, self.dialog_parent)
        dialog.accepted.connect(lambda: self.review.approve_and_next(override=dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.override_dialog = dialog
        dialog.open()

    # --- reject with a category ------------------------------------------------------------------------

    def ask_reject(self) -> None:
        """Ctrl+Alt+R: the comment, and optionally an MQM category and severity, then reject."""
        segment = self.session.current_segment()
        if segment is None or not self.review.allowed() or not segment.translatable:
            return
        dialog = RejectDialog(segment.position + 1, segment.source, segment.target, self.dialog_parent)
        dialog.accepted.connect(
            lambda: self.review.reject(dialog.text(), category=dialog.category(), severity=dialog.severity())
        )
        dialog.finished.connect(dialog.deleteLater)
        self.reject_dialog = dialog
        dialog.open()

    # --- batch approval --------------------------------------------------------------------------------

    def approve_all_clean(self) -> None:
        """Approve every translated segment without a QA error; say which were held back and why."""
        if self._release_id() is None or not self.reviewer():
            return
        self.session.commit_editor()
        try:
            result = self.session.writer.approve_all_clean()
        except DomainError as error:
            self.notify(describe(error))
            return
        lines = [
            english_plural(
                self.tr("%n segment(s) approved, {held} held back by QA errors.", "", len(result.approved)),
                len(result.approved),
            ).format(held=len(result.held))
        ]
        for held in result.held:
            reasons = "; ".join(describe_finding(f) for f in held.findings)
            lines.append(self.tr("#{n}: {reasons}").format(n=held.number, reasons=reasons))
        self.last_report = "\n".join(lines)
        self.notify(lines[0])
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Approve all translated"),
            lines[0],
            QMessageBox.StandardButton.Ok,
            self.dialog_parent,
        )
        box.setObjectName("batchApproveResult")
        if result.held:
            box.setInformativeText(
                self.tr("Open each held segment to fix it, or approve it with a reason (Ctrl+Alt+A).")
            )
            box.setDetailedText("\n".join(lines[1:]))
        box.finished.connect(box.deleteLater)
        box.open()

    # --- sign-off --------------------------------------------------------------------------------------

    def refresh_signoff(self) -> None:
        """Read where the release stands and update the Sign off action and the header line."""
        release_id = self._release_id()
        if release_id is None:
            self.signoff_label.hide()
            if self.reviewer():
                self.signoff_available.emit(False, "")
            return
        try:
            state = self.tools.signoff.state(release_id)
        except DomainError:
            return
        self.state = state
        if self.reviewer():
            if state.signed_off is not None:
                tip = self.tr("The release is signed off.")
            elif not state.ready:
                pending = len(state.pending)
                tip = english_plural(
                    self.tr("%n segment(s) still to approve before signing off.", "", pending), pending
                )
            else:
                tip = self.tr("Every segment is approved: sign the release off.")
            self.signoff_available.emit(state.ready and state.signed_off is None, tip)
        self._show_state(state)

    def _show_state(self, state: SignoffState) -> None:
        latest = state.latest
        if latest is None:
            self.signoff_label.hide()
            return
        when = format_when(latest.at)
        if state.current:
            text = self.tr("✔ Signed off by {user} ({when})").format(user=latest.user, when=when)
            style = roles().success.css() + ";font-weight:bold"
        else:
            by = state.reopened_by.user if state.reopened_by is not None else self.tr("a later change")
            text = self.tr("Signed off by {user} ({when}), reopened by {by}").format(
                user=latest.user, when=when, by=by
            )
            style = roles().warning.css() + ";font-weight:bold"
        self.signoff_label.setText(f'<span style="{style}">{html.escape(text)}</span>')
        self.signoff_label.show()

    def signoff_text(self) -> str:
        """The header's sign-off line as plain text (tests read it)."""
        return self.signoff_label.text() if self.signoff_label.isVisible() else ""

    def sign_off_release(self) -> None:
        release_id = self._release_id()
        if release_id is None or not self.reviewer():
            return
        self.session.commit_editor()
        try:
            signed = self.tools.signoff.sign_off(release_id, self.session.writer.actor)
        except DomainError as error:
            self.notify(describe(error))
            self.refresh_signoff()
            return
        self.notify(self.tr("Release signed off by {user}.").format(user=signed.user))
        self.refresh_signoff()
