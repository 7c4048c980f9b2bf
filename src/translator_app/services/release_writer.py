"""The window's writes to its open release: through the workspace's services, checked against the versions
the window shows, and every changed segment handed to the :class:`OpenRelease` once.

Qt-free, so the flows behind the keyboard (confirm, approve, undo, replace all) run and are tested headless.
A write refused because someone changed the segment since it was read is not an error for the user: the
stored version is taken in and a :class:`Conflict` records it against the user's text, which the window
keeps. Other refusals (a translator approving, a QA error) are raised as :class:`DomainError`.
"""

from __future__ import annotations

from collections.abc import Sequence

from translator_app.domain.errors import ConflictError
from translator_app.domain.models import HUMAN, Origin, StoredSegment
from translator_app.domain.review import ErrorCategory, ErrorSeverity
from translator_app.services.actor import Actor
from translator_app.services.editing import SavedEdit
from translator_app.services.merging import MergeReport
from translator_app.services.open_release import Conflict, OpenRelease
from translator_app.services.pretranslate import PretranslateReport
from translator_app.services.qa import BatchApproval
from translator_app.services.updating import UpdateSummary
from translator_app.services.workspace import Workspace


class ReleaseWriter:
    """Use cases on the open release, each ending in one :meth:`OpenRelease.apply`."""

    def __init__(self, workspace: Workspace, release: OpenRelease) -> None:
        self._workspace = workspace
        self.release = release

    @property
    def actor(self) -> Actor:
        """Who writes: the workspace's user and role."""
        return self._workspace.actor

    # --- editing -----------------------------------------------------------------------------------------

    def edit(
        self,
        segment_id: int,
        text: str,
        *,
        confirm: bool = False,
        origin: Origin = HUMAN,
        keep_memory: bool = False,
    ) -> SavedEdit | None:
        """Store ``text`` (as a draft, or confirmed) over the version shown, as coming from ``origin`` (a
        memory match inserted and perhaps edited keeps its score). None when it was refused by a conflict
        (recorded, the text kept in it) or the segment is not in the open release."""
        held = self.release.segment(segment_id)
        if held is None:
            return None
        try:
            saved = self._workspace.editing.edit(
                segment_id,
                text,
                self.actor,
                confirm=confirm,
                expected_version=held.version,
                origin=origin,
                keep_memory=keep_memory,
            )
        except ConflictError as error:
            self._conflict(error, segment_id, text, confirm)
            return None
        pending = self.release.conflict(segment_id)
        if pending is not None and pending.holds_text:
            self.release.settle_conflict(segment_id)  # the user's text is what is stored now
        self.release.apply(saved.changed)
        return saved

    def replace_all(self, changes: Sequence[tuple[int, str]]) -> list[SavedEdit]:
        """Store each (segment id, text): a draft stays a draft, a confirmed segment stays confirmed and its
        memory unit takes the new text; one change event for all. Refused ones (a conflict, a segment that
        may not be edited) are left out of the result."""
        saved = []
        with self.release.batch():
            for segment_id, text in changes:
                result = self.edit(segment_id, text, keep_memory=True)
                if result is not None:
                    saved.append(result)
        return saved

    def restore(self, states: Sequence[StoredSegment]) -> None:
        """Write earlier states back (undo and redo), over the versions shown: one change event.

        ConflictError when a segment moved on since: recorded as a conflict (nothing of the user's to keep),
        then raised so the undo step is dropped.
        """
        with self.release.batch():
            for state in states:
                held = self.release.segment(state.id)
                if held is None:
                    continue
                try:
                    saved = self._workspace.editing.restore(state, self.actor, expected_version=held.version)
                except ConflictError as error:
                    self._conflict(error, state.id, "", False)
                    raise
                self.release.apply([saved])

    def set_translatable(self, segment_id: int, translatable: bool) -> StoredSegment | None:
        held = self.release.segment(segment_id)
        if held is None:
            return None
        try:
            saved = self._workspace.editing.set_translatable(
                segment_id, translatable, self.actor, expected_version=held.version
            )
        except ConflictError as error:
            self._conflict(error, segment_id, "", False)
            return None
        self.release.apply([saved])
        return saved

    def revert(self, segment_id: int, version: int) -> StoredSegment | None:
        """Put back target version ``version`` (numbered as the history shows them)."""
        held = self.release.segment(segment_id)
        if held is None:
            return None
        try:
            saved = self._workspace.reviewing.history.revert(
                segment_id, self.actor, to_version=version, expected_version=held.version
            )
        except ConflictError as error:
            self._conflict(error, segment_id, "", False)
            return None
        self.release.apply([saved])
        return saved

    # --- review ------------------------------------------------------------------------------------------

    def approve(self, segment_id: int, override: str | None = None) -> StoredSegment | None:
        """Approve the version shown (a newer one is a conflict: nobody approves a text they have not seen).
        A QA error raises ``qa-blocked`` unless ``override`` gives the reason."""
        held = self.release.segment(segment_id)
        if held is None:
            return None
        try:
            approved = self._workspace.review.approve(
                [segment_id], self.actor, override=override, seen_versions={segment_id: held.version}
            )
        except ConflictError as error:
            self._conflict(error, segment_id, "", True)
            return None
        self.release.apply(approved)
        return approved[0]

    def reject(
        self,
        segment_id: int,
        comment: str,
        category: ErrorCategory | None = None,
        severity: ErrorSeverity | None = None,
    ) -> StoredSegment | None:
        held = self.release.segment(segment_id)
        if held is None:
            return None
        try:
            rejected = self._workspace.review.reject(
                segment_id,
                comment,
                self.actor,
                category=category,
                severity=severity,
                seen_version=held.version,
            )
        except ConflictError as error:
            self._conflict(error, segment_id, "", True)
            return None
        self.release.apply([rejected])
        return rejected

    def approve_all_clean(self) -> BatchApproval:
        """Approve every translated segment without a QA error; the others are held back (in the result)."""
        release = self.release.release
        if release is None:
            return BatchApproval([], [])
        result = self._workspace.review.approve_all_clean(release.id, self.actor)
        self.release.apply(result.approved)
        return result

    # --- work done on a worker, taken in on the GUI thread -------------------------------------------------

    def take_pretranslation(self, report: PretranslateReport) -> None:
        self.release.apply(report.changed_segments)

    def take_merge(self, report: MergeReport) -> None:
        self.release.apply(report.changed_segments)

    def take_update(self, summary: UpdateSummary) -> None:
        """Segments were added, removed and moved: the open release is replaced (one reset)."""
        release = self.release.release
        if release is not None and release.id == summary.release_id:
            self.release.load(self._workspace.releases.release(release.id), summary.segments)

    # --- conflicts ---------------------------------------------------------------------------------------

    def _conflict(self, error: ConflictError, segment_id: int, mine: str, confirm: bool) -> None:
        """Take in the stored version and record it against the user's text."""
        theirs = self._workspace.releases.segment(segment_id)
        self.release.apply([theirs])
        who = error.changed_by or theirs.updated_by
        self.release.record_conflict(Conflict(theirs, mine, confirm, who))

    def use_mine(self, conflict: Conflict) -> SavedEdit | None:
        """Store the user's text over the version now stored, knowingly (the conflict banner's choice)."""
        self.release.settle_conflict(conflict.segment_id)
        return self.edit(conflict.segment_id, conflict.mine, confirm=conflict.confirm)

    def keep_theirs(self, conflict: Conflict) -> None:
        """Drop the user's text: the stored version stays."""
        self.release.settle_conflict(conflict.segment_id)
