"""The reviewer's decisions beyond approve-and-next: approve despite QA errors with a reason, approve every
clean translated segment at once, reject with an MQM tag, and sign the release off.

Built by the window before its menus (the actions join the Review menu) and wired after. A translator sees
the actions greyed out with the reason in their tooltip; the services refuse too.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from translator_app.domain.errors import DomainError
from translator_app.domain.models import Segment
from translator_app.domain.qa import errors
from translator_app.services.signoff import SignoffState
from translator_app.ui.common.errors import describe
from translator_app.ui.common.i18n import english_plural, format_when
from translator_app.ui.common.qa_text import describe_finding
from translator_app.ui.dialogs.override_dialog import OverrideDialog
from translator_app.ui.dialogs.reject_dialog import RejectDialog

if TYPE_CHECKING:
    from translator_app.ui.main_window import MainWindow


class ReviewDecisions(QObject):
    """Override, batch approval, rejection with a category, sign-off and the release's sign-off line."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        commands = window.commands
        review_group = next(g for g in commands.groups if g.actions and commands.approve in g.actions)
        self.approve_clean = commands._add(
            review_group,
            "approveAllClean",
            self.tr("Approve all translated &without QA errors"),
            [],
            "mdi6.check-decagram-outline",
        )
        self.sign_off = commands._add(
            review_group, "signOffRelease", self.tr("&Sign off release…"), [], "mdi6.draw-pen"
        )
        self.signoff_label = QLabel(window)
        self.signoff_label.setObjectName("signoffLabel")
        self.signoff_label.setTextFormat(Qt.TextFormat.RichText)
        self.signoff_label.hide()
        self.override_dialog: OverrideDialog | None = None
        self.last_report = ""
        self.state: SignoffState | None = None

    # --- wiring ----------------------------------------------------------------------------------------

    def install(self) -> None:
        """Connect the actions (after the window built its menus and the review flow)."""
        w = self.window
        w.review.qa_blocked.connect(self.ask_override)
        self.approve_clean.triggered.connect(self.approve_all_clean)
        self.sign_off.triggered.connect(self.sign_off_release)
        w.session.segments_changed.connect(self.refresh_signoff)
        if not w.review.allowed():
            reason = self.tr("Only a reviewer can approve or sign off; you are working as a translator.")
            w.commands.disable_for_role(self.approve_clean, reason)
            w.commands.disable_for_role(self.sign_off, reason)

    def reviewer(self) -> bool:
        return self.window.review.allowed()

    def _release_id(self) -> int | None:
        release = self.window.current_release
        return release.id if release is not None else None

    # --- approve despite errors ------------------------------------------------------------------------

    def ask_override(self, segment: Segment, _error: DomainError) -> None:
        """An approval was refused by QA errors: show them and offer "Approve anyway" with a reason."""
        tools = self.workspace.reviewing
        found = errors(tools.qa.check_segment(segment.id)) if segment.id is not None else []
        dialog = OverrideDialog(segment.position + 1, found, self.window)
        dialog.accepted.connect(lambda: self.window.review.approve_and_next(override=dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.override_dialog = dialog
        dialog.open()

    # --- reject with a category ------------------------------------------------------------------------

    def ask_reject(self) -> None:
        """Ctrl+Alt+R: the comment, and optionally an MQM category and severity, then reject."""
        w = self.window
        segment = w.session.current_segment()
        if segment is None or not w.review.allowed() or not segment.translatable:
            return
        dialog = RejectDialog(segment.position + 1, segment.source, segment.target, w)
        dialog.accepted.connect(
            lambda: w.review.reject(dialog.text(), category=dialog.category(), severity=dialog.severity())
        )
        dialog.finished.connect(dialog.deleteLater)
        w.reject_dialog = dialog
        dialog.open()

    # --- batch approval --------------------------------------------------------------------------------

    def approve_all_clean(self) -> None:
        """Approve every translated segment without a QA error; say which were held back and why."""
        w, release_id = self.window, self._release_id()
        if release_id is None or not self.reviewer():
            return
        w.session.commit_editor()
        try:
            result = self.workspace.review.approve_all_clean(release_id, self.workspace.actor)
        except DomainError as error:
            w.status.showMessage(describe(error), 8000)
            return
        for segment in result.approved:
            w.segment_model.replace_segment(segment)
        if result.approved:
            w.session.segments_changed.emit()
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
        w.status.showMessage(lines[0], 10000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Approve all translated"),
            lines[0],
            QMessageBox.StandardButton.Ok,
            w,
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
        tools, release_id = self.workspace.reviewing, self._release_id()
        if release_id is None:
            self.signoff_label.hide()
            self.sign_off.setEnabled(False)
            return
        try:
            state = tools.signoff.state(release_id)
        except DomainError:
            return
        self.state = state
        if self.reviewer():
            self.sign_off.setEnabled(state.ready and state.signed_off is None)
            if state.signed_off is not None:
                self.sign_off.setToolTip(self.tr("The release is signed off."))
            elif not state.ready:
                pending = len(state.pending)
                self.sign_off.setToolTip(
                    english_plural(
                        self.tr("%n segment(s) still to approve before signing off.", "", pending), pending
                    )
                )
            else:
                self.sign_off.setToolTip(self.tr("Every segment is approved: sign the release off."))
        self._show_state(state)

    def _show_state(self, state: SignoffState) -> None:
        latest = state.latest
        if latest is None:
            self.signoff_label.hide()
            return
        when = format_when(latest.at)
        if state.current:
            text = self.tr("✔ Signed off by {user} ({when})").format(user=latest.user, when=when)
            style = "color:#2e7d32; font-weight:bold;"
        else:
            by = state.reopened_by.user if state.reopened_by is not None else self.tr("a later change")
            text = self.tr("Signed off by {user} ({when}), reopened by {by}").format(
                user=latest.user, when=when, by=by
            )
            style = "color:#ef6c00; font-weight:bold;"
        self.signoff_label.setText(f'<span style="{style}">{html.escape(text)}</span>')
        self.signoff_label.show()

    def signoff_text(self) -> str:
        """The header's sign-off line as plain text (tests read it)."""
        return self.signoff_label.text() if self.signoff_label.isVisible() else ""

    def sign_off_release(self) -> None:
        tools, release_id = self.workspace.reviewing, self._release_id()
        if release_id is None or not self.reviewer():
            return
        self.window.session.commit_editor()
        try:
            signed = tools.signoff.sign_off(release_id, self.workspace.actor)
        except DomainError as error:
            self.window.status.showMessage(describe(error), 8000)
            self.refresh_signoff()
            return
        done = self.tr("Release signed off by {user}.").format(user=signed.user)
        self.window.status.showMessage(done, 8000)
        self.refresh_signoff()

    def actions(self) -> list[QAction]:
        return [self.approve_clean, self.sign_off]
