"""Tools › Pre-translate: fill a release's open segments from the memory and DeepL, with the cost shown first.

The run goes on a worker. Exact memory matches are filled at once; before anything is sent to DeepL the
service asks for approval with its estimate, which the dialog shows against the account's remaining quota
(the worker waits for the answer). Progress and Cancel stay in the dialog; whatever finished before a cancel
or a failure stays, and a failure is one clear sentence.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from translator_app.domain.errors import ErrorCode
from translator_app.domain.models import StoredRelease
from translator_app.services.mt_cost import CostChoice, CostEstimate
from translator_app.services.pretranslate import EXACT_ONLY, PretranslateReport
from translator_app.services.workspace import Workspace
from translator_app.ui.common.dialog_fit import FittingDialog, fit_to_contents
from translator_app.ui.common.i18n import english_plural
from translator_app.ui.common.paint_roles import roles
from translator_app.ui.common.workers import TaskHandle, TaskRunner
from translator_app.ui.frame.mt_usage import grouped


class CostQuestion(QObject):
    """Carries the estimate from the worker to the dialog and the answer back (the worker waits)."""

    asked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._answer = CostChoice.DECLINE
        self.handle: TaskHandle | None = None

    def approve(self, estimate: CostEstimate) -> CostChoice:
        """Called on the worker thread by the service; DECLINE when declined or cancelled."""
        self._answered.clear()
        self.asked.emit(estimate)
        while not self._answered.wait(0.05):
            if self.handle is not None and self.handle.cancelled:
                return CostChoice.DECLINE
        return self._answer

    def answer(self, choice: CostChoice) -> None:
        self._answer = choice
        self._answered.set()


class PretranslateDialog(FittingDialog):
    """Options, the cost question, progress with Cancel, then the outcome; :attr:`done_run` has the report."""

    done_run = Signal(object)

    def __init__(
        self, workspace: Workspace, release: StoredRelease, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pretranslateDialog")
        self.setWindowTitle(self.tr("Pre-translate"))
        self.setMinimumWidth(460)
        self.workspace = workspace
        self.release = release
        self.runner = runner
        self.handle: TaskHandle | None = None
        self.report: PretranslateReport | None = None
        self.question = CostQuestion(self)
        self.question.asked.connect(self.ask_cost)
        intro = QLabel(
            self.tr(
                "Fill every segment of “{title}” that has no confirmed translation as a draft: exact memory "
                "matches first, then DeepL. Translated and approved segments are never overwritten."
            ).format(title=release.title),
            self,
        )
        intro.setWordWrap(True)
        self.use_tm = QCheckBox(self.tr("Use translation memory matches from"), self)
        self.use_tm.setObjectName("pretranslateUseTm")
        self.use_tm.setChecked(True)
        self.min_score = QSpinBox(self)
        self.min_score.setObjectName("pretranslateMinScore")
        self.min_score.setRange(50, 100)
        self.min_score.setValue(EXACT_ONLY)
        self.min_score.setSuffix(" %")
        self.min_score.setAccessibleName(self.tr("Lowest memory match score to fill"))
        self.min_score.setToolTip(self.tr("Below 100%, fuzzy matches fill drafts marked with their score."))
        self.use_tm.toggled.connect(self.min_score.setEnabled)
        memory_row = QHBoxLayout()
        memory_row.addWidget(self.use_tm)
        memory_row.addWidget(self.min_score)
        memory_row.addStretch(1)
        self.use_mt = QCheckBox(self.tr("Use DeepL for the rest"), self)
        self.use_mt.setObjectName("pretranslateUseMt")
        self.use_mt.setChecked(True)
        self.cost = QLabel(self)
        self.cost.setObjectName("pretranslateCost")
        self.cost.setWordWrap(True)
        self.cost.setTextFormat(Qt.TextFormat.RichText)
        self.cost.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("pretranslateProgress")
        self.progress.setAccessibleName(self.tr("Pre-translation progress"))
        self.progress.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("pretranslateOutcome")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("pretranslateStart")
        self.start_button.setDefault(True)
        self.send_button = QPushButton(self.tr("Send to DeepL"), self)
        self.send_button.setObjectName("pretranslateSend")
        self.fits_button = QPushButton(self.tr("Translate what fits"), self)
        self.fits_button.setObjectName("pretranslateUpToQuota")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("pretranslateCancel")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.fits_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.hide()
        self.fits_button.hide()
        self.start_button.clicked.connect(self.start)
        self.send_button.clicked.connect(lambda: self._answer(CostChoice.SEND))
        self.fits_button.clicked.connect(lambda: self._answer(CostChoice.UP_TO_QUOTA))
        self.cancel_button.clicked.connect(self.cancel)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(memory_row)
        for widget in (self.use_mt, self.cost, self.progress, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)

    # --- running ------------------------------------------------------------------------------------

    def start(self) -> None:
        """Run on a worker; the dialog shows progress and keeps Cancel."""
        mt = self.workspace.mt
        release_id, actor = self.release.id, self.workspace.actor
        use_tm, use_mt = self.use_tm.isChecked(), self.use_mt.isChecked()
        min_score = self.min_score.value()
        question = self.question

        def work(handle: TaskHandle) -> PretranslateReport:
            return mt.pretranslate.run(
                release_id,
                actor,
                use_tm=use_tm,
                use_mt=use_mt,
                progress=lambda done, total: handle.report("", done, total),
                cancelled=lambda: handle.cancelled,
                approve_cost=question.approve,
                min_score=min_score,
            )

        self.start_button.hide()
        self.use_tm.setEnabled(False)
        self.min_score.setEnabled(False)
        self.use_mt.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.outcome.setText(self.tr("Pre-translating…"))
        self.handle = self.runner.submit(
            "pretranslate", release_id, work, self._finished, self._crashed, self._progressed
        )
        self.question.handle = self.handle

    def ask_cost(self, estimate: CostEstimate) -> None:
        """Show what DeepL will bill against what the account has left, and wait for Send or Cancel."""
        remaining = estimate.usage.remaining
        characters = estimate.characters
        text = english_plural(
            self.tr(
                "DeepL will bill about <b>{chars}</b> character(s) for {segments} ({words}).", "", characters
            ),
            characters,
        ).format(
            chars=grouped(estimate.characters),
            segments=english_plural(self.tr("%n segment(s)", "", estimate.segments), estimate.segments),
            words=english_plural(self.tr("%n word(s)", "", estimate.words), estimate.words),
        )
        if remaining is not None and estimate.usage.limit is not None:
            text += " " + self.tr("The account has {left} of {limit} characters left this period.").format(
                left=grouped(remaining), limit=grouped(estimate.usage.limit)
            )
        self.cost.show()
        if estimate.within_quota:
            self.cost.setText(text)
            self.send_button.show()
            self.send_button.setFocus()
            self.outcome.setText(self.tr("Memory matches are filled. Send the rest to DeepL?"))
            self._fit()
            return
        fits = estimate.fitting_segments
        if fits:
            short = english_plural(
                self.tr(
                    "That is more than what is left. What fits: the first %n segment(s), about {chars} "
                    "characters, in document order; nothing is sent unless you choose.",
                    "",
                    fits,
                ),
                fits,
            ).format(chars=grouped(estimate.fitting_characters))
            self.fits_button.setText(
                english_plural(self.tr("Translate the first %n segment(s)", "", fits), fits)
            )
            self.fits_button.show()
            self.fits_button.setFocus()
        else:
            short = self.tr("That is more than what is left, and not even the first segment fits.")
        self.cost.setText(f"{text}<br><span style='{roles().error.css()}'>{short}</span>")
        self.outcome.setText(self.tr("Memory matches are filled. Translate what fits, or cancel?"))
        self._fit()

    def _fit(self) -> None:
        """Grow with the wrapped texts (the cost question, a longer outcome) instead of clipping them."""
        fit_to_contents(self)

    def _answer(self, choice: CostChoice) -> None:
        self.send_button.hide()
        self.fits_button.hide()
        self.question.answer(choice)
        self.outcome.setText(self.tr("Translating with DeepL…"))

    def cancel(self) -> None:
        """Cancel a run (what is done stays), or close the dialog when nothing runs."""
        if self.handle is not None and self.report is None:
            self.handle.cancel()
            self.question.answer(CostChoice.DECLINE)
            self.cancel_button.setEnabled(False)
            self.outcome.setText(self.tr("Cancelling… what is done stays."))
            return
        self.reject()

    def reject(self) -> None:
        """Closing the dialog (Esc, the window's ×) while a run goes on cancels it: what is done stays."""
        if self.handle is not None and self.report is None:
            self.handle.cancel()
            self.question.answer(CostChoice.DECLINE)
        super().reject()

    def _progressed(self, _text: str, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(
                english_plural(self.tr("{done} of %n segment(s)", "", total), total).format(done=done)
            )

    def _crashed(self, error: BaseException) -> None:
        self.report = PretranslateReport(self.release.id, failure=ErrorCode.MT_UNAVAILABLE)
        self._show_end(self.tr("Pre-translation stopped: {error}").format(error=type(error).__name__))

    def _finished(self, report: PretranslateReport) -> None:
        self.report = report
        self._show_end(self.outcome_text(report))

    def _show_end(self, text: str) -> None:
        self.send_button.hide()
        self.fits_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.outcome.setText(text)
        self._fit()
        self.done_run.emit(self.report)

    def outcome_text(self, report: PretranslateReport) -> str:
        """What was filled, why the run stopped if it did, and what else the user should know."""
        filled = self.tr(
            "{filled} of {total} segments filled as drafts ({tm} from the memory, {mt} from DeepL)."
        )
        lines = [
            filled.format(
                filled=report.filled,
                total=report.total,
                tm=report.from_tm,
                mt=report.from_mt + report.from_cache,
            )
        ]
        if report.from_fuzzy:
            lines.append(
                english_plural(
                    self.tr(
                        "%n of them from fuzzy memory matches, marked with their score: check them first.",
                        "",
                        report.from_fuzzy,
                    ),
                    report.from_fuzzy,
                )
            )
        reason = self.failure_text(report)
        if reason:
            lines.insert(0, reason)
        left = report.over_quota
        if left:
            lines.append(
                english_plural(
                    self.tr("%n segment(s) left untranslated: they did not fit in the quota.", "", left), left
                )
            )
        formality = report.formality
        if formality.not_applicable:
            lines.append(
                self.tr(
                    "Formality does not apply to {language}: DeepL has no formal register there, so none "
                    "was sent."
                ).format(language=formality.target)
            )
        return "\n".join(lines)

    def failure_text(self, report: PretranslateReport) -> str:
        failure = report.failure
        details = report.failure_details
        if failure is ErrorCode.MT_QUOTA_EXCEEDED:
            return self.tr("DeepL quota exceeded (456): the run stopped; what was done is kept.")
        if failure is ErrorCode.MT_QUOTA_SHORT:
            return self.tr("The DeepL quota left is too short for this release: nothing was sent.")
        if failure is ErrorCode.MT_BAD_KEY:
            return self.tr("DeepL refused the key (403): check it in Edit › Preferences.")
        if failure is ErrorCode.MT_NO_KEY:
            return self.tr("No DeepL key: add it in Edit › Preferences or set DEEPL_AUTH_KEY.")
        if failure is ErrorCode.MT_TIMEOUT:
            return self.tr(
                "DeepL did not answer in {seconds} s, {attempts} times: the run stopped; what was done "
                "is kept."
            ).format(seconds=details.get("seconds", "?"), attempts=details.get("attempts", "?"))
        if failure is ErrorCode.MT_GLOSSARY_NOT_FOUND:
            return self.tr(
                "DeepL no longer has the glossary, even after recreating it: the run stopped; what was "
                "done is kept."
            )
        if failure is not None:
            return self.tr("DeepL could not be reached: the run stopped; what was done is kept.")
        if report.cancelled:
            return self.tr("Cancelled: what was done is kept.")
        return ""
