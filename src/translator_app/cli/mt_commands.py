"""Machine-translation subcommands: ``translate``, ``usage`` and ``glossary sync``.

``translate`` reports progress and the cost estimate on stderr and its summary on stdout; a failure (no key,
wrong key, quota, network) is one line on stderr and exit status 1, with everything filled before it kept.
A first Ctrl+C asks the run to stop after the batch in flight, so nothing paid for is thrown away.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import Any

from translator_app.cli.messages import describe
from translator_app.cli.shared import Handler, cmd_glossary, group_actions
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.mt.base import FORMALITIES, MODELS, MtError, MtOptions, UsageInfo
from translator_app.mt.glossary_sync import GlossaryState, SyncOutcome
from translator_app.mt.keys import KeyNote
from translator_app.services.mt_account import MtServices
from translator_app.services.mt_cost import CostChoice, CostEstimate
from translator_app.services.pretranslate import PretranslateReport
from translator_app.services.workspace import Workspace

SYNC_WORDS = {
    SyncOutcome.UP_TO_DATE: "up to date",
    SyncOutcome.CREATED: "recreated at DeepL",
    SyncOutcome.RESTORED: "recreated at DeepL (the glossary there was gone)",
    SyncOutcome.EMPTY: "no terms: no DeepL glossary",
    SyncOutcome.UNSUPPORTED: "DeepL has no glossaries for this pair: translations go without one",
}


def describe_mt(code: ErrorCode, details: dict[str, Any]) -> str:
    return describe(DomainError(code, **details))


def thousands(number: int | None) -> str:
    return "?" if number is None else f"{number:,}".replace(",", " ")


def usage_line(usage: UsageInfo) -> str:
    if usage.count is None or usage.limit is None:
        return "DeepL did not report the usage of this account"
    return (
        f"{thousands(usage.count)} of {thousands(usage.limit)} characters used this period "
        f"({thousands(usage.remaining)} left)"
    )


def register(sub: Any) -> dict[str, Handler]:
    """Add ``translate``, ``usage`` and ``glossary sync``; returns the handlers to merge into COMMANDS."""
    translate = sub.add_parser("translate", help="pre-translate a release: TM exact matches, then DeepL")
    translate.add_argument("release", type=int, metavar="RELEASE")
    translate.add_argument("--no-mt", action="store_true", help="use the translation memory only")
    translate.add_argument("--no-tm", action="store_true", help="use machine translation only")
    translate.add_argument(
        "--min-fuzzy",
        type=_score,
        default=100,
        metavar="PERCENT",
        help="also fill from memory matches scoring at least PERCENT (50-100; each draft keeps its score), "
        "before DeepL; default 100: exact matches only",
    )
    translate.add_argument(
        "--formality",
        choices=["default", *FORMALITIES],
        help="remember this register for the release (where the target language has one)",
    )
    translate.add_argument(
        "--up-to-quota",
        action="store_true",
        help="when the quota left is short, translate what fits (in document order) instead of refusing",
    )
    translate.add_argument(
        "--model",
        choices=["default", *MODELS],
        help="DeepL's model for this run: quality (slower, better) or latency (faster); default: preferences",
    )
    translate.add_argument(
        "--context",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="send the headline and preceding sentences as context (--no-context for confidential releases)",
    )
    sub.add_parser("usage", help="the DeepL account's characters used and left this period")
    glossary = group_actions(sub, "glossary", help="the workspace glossary")
    sync = glossary.add_parser("sync", help="recreate the DeepL glossaries that changed")
    sync.add_argument("--force", action="store_true", help="recreate every glossary, changed or not")
    sync.set_defaults(glossary_handler=cmd_glossary_sync)
    return {"translate": cmd_translate, "usage": cmd_usage, "glossary": cmd_glossary}


def _score(text: str) -> int:
    """A minimum match score, 50 to 100 (below 50 a memory match is no help)."""
    try:
        value = int(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a percentage: {text!r}") from None
    if not 50 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{value} is not between 50 and 100")
    return value


def _fail(workspace: Workspace, code: ErrorCode, details: dict[str, Any], suffix: str = "") -> int:
    if code is ErrorCode.MT_QUOTA_SHORT:
        details = {k: thousands(v) if isinstance(v, int) else v for k, v in details.items()}
    line = describe_mt(code, details)
    mt = workspace.mt
    if code is ErrorCode.MT_NO_KEY and KeyNote.NO_KEYRING_BACKEND in mt.account.key_status().notes:
        line += " (this machine has no keyring, so only the variable can hold it)"
    if code is ErrorCode.MT_QUOTA_EXCEEDED:
        with suppress(MtError):
            line += f"; {usage_line(mt.account.usage())}"
    print(f"translator-app: {line}{suffix}", file=sys.stderr)
    return 1


@contextmanager
def _interrupt_cancels() -> Iterator[threading.Event]:
    """A first Ctrl+C sets the event (stop after this batch); a second one interrupts at once."""
    event = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield event
        return

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        if event.is_set():
            raise KeyboardInterrupt
        event.set()
        print("\ntranslator-app: stopping after the current batch…", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield event
    finally:
        signal.signal(signal.SIGINT, previous)


def _cost_choice(up_to_quota: bool) -> Callable[[CostEstimate], CostChoice]:
    """Show the estimate; within quota, send; short, translate what fits if asked, else refuse."""

    def choose(estimate: CostEstimate) -> CostChoice:
        print(
            f"translate: {estimate.segments} segment(s) for DeepL, about {thousands(estimate.characters)} "
            f"characters in {estimate.requests} request(s); {usage_line(estimate.usage)}",
            file=sys.stderr,
        )
        if estimate.within_quota or not up_to_quota:
            return CostChoice.SEND  # refused before sending when short
        print(
            f"translate: the quota left is short: translating the first {estimate.fitting_segments} of "
            f"{estimate.segments} segment(s), about {thousands(estimate.fitting_characters)} characters",
            file=sys.stderr,
        )
        return CostChoice.UP_TO_QUOTA

    return choose


def _apply_options(mt: MtServices, args: argparse.Namespace) -> None:
    """This run's model and context choices over the preferences'."""
    options = mt.account.options
    model = options.model if args.model is None else ("" if args.model == "default" else args.model)
    if args.model not in (None, "default") and not mt.account.supports_model_choice:
        print(
            "translate: note: the installed deepl client cannot choose a model: --model is ignored "
            "(update the deepl package)",
            file=sys.stderr,
        )
    context = options.send_context if args.context is None else args.context
    mt.account.set_options(MtOptions(model=model, send_context=context))


def _notes(report: PretranslateReport) -> None:
    """What the user should know besides the counts: formality not applied, segments left for quota."""
    formality = report.formality
    if formality.not_applicable:
        print(
            f"translate: note: formality '{formality.asked}' does not apply to {formality.target}: DeepL "
            "has no formal register there, so none was sent (nor anything translated again for it)",
            file=sys.stderr,
        )
    if report.glossary is not None and report.glossary.outcome is SyncOutcome.UNSUPPORTED:
        print(f"translate: note: {SYNC_WORDS[SyncOutcome.UNSUPPORTED]}", file=sys.stderr)
    if report.glossary is not None and report.glossary.outcome is SyncOutcome.RESTORED:
        print("translate: note: DeepL no longer had the glossary: it was recreated", file=sys.stderr)
    if report.over_quota:
        print(
            f"translate: {report.over_quota} segment(s) left untranslated: they did not fit in the quota",
            file=sys.stderr,
        )


def _fuzzy_part(report: PretranslateReport) -> str:
    return f" of which {report.from_fuzzy} fuzzy" if report.from_fuzzy else ""


def _summary(report: PretranslateReport) -> str:
    return (
        f"release {report.release_id}: {report.filled} of {report.total} segment(s) filled as drafts "
        f"(memory {report.from_tm}{_fuzzy_part(report)}, cache {report.from_cache}, DeepL {report.from_mt}); "
        f"{report.skipped} left as they were; {report.requests} request(s), "
        f"{thousands(report.billed_characters)} characters billed"
    )


def cmd_translate(workspace: Workspace, args: argparse.Namespace) -> int:
    mt = workspace.mt
    if args.formality:
        mt.account.set_formality(args.release, args.formality)
    _apply_options(mt, args)

    def progress(done: int, total: int) -> None:
        print(f"translate: {done}/{total}", file=sys.stderr)

    with _interrupt_cancels() as stop:
        report = mt.pretranslate.run(
            args.release,
            workspace.actor,
            use_tm=not args.no_tm,
            use_mt=not args.no_mt,
            progress=progress,
            cancelled=stop.is_set,
            approve_cost=_cost_choice(args.up_to_quota),
            min_score=args.min_fuzzy,
        )
    for issue in report.issues:
        tag = f" {issue.tag}" if issue.tag else ""
        print(
            f"translator-app: warning: segment #{issue.position + 1} ({issue.segment_id}): {issue.code}{tag}",
            file=sys.stderr,
        )
    _notes(report)
    print(_summary(report))
    if report.failure is not None:
        kept = f"; {report.filled} of {report.total} segment(s) filled before it are kept"
        if report.failure is ErrorCode.MT_QUOTA_SHORT and not report.filled:
            kept = ""
        return _fail(workspace, report.failure, report.failure_details, kept)
    if report.cancelled:
        print("translator-app: stopped on request; what was filled is kept", file=sys.stderr)
        return 1
    return 0


def cmd_usage(workspace: Workspace, args: argparse.Namespace) -> int:
    mt = workspace.mt
    try:
        usage = mt.account.usage()
    except MtError as error:
        return _fail(workspace, error.code, error.details)
    print(f"DeepL: {usage_line(usage)}")
    print(f"key: from {mt.account.key_status().source.value}")
    return 0


def _state_line(state: GlossaryState) -> str:
    words = SYNC_WORDS[state.outcome]
    if state.outcome is SyncOutcome.CREATED:
        words += f" ({state.entries} term(s))"
    if state.skipped:
        words += f"; {state.skipped} unusable or duplicate term(s) left out"
    return f"{state.source_lang}>{state.target_lang} (version {state.version}): {words}"


def cmd_glossary_sync(workspace: Workspace, args: argparse.Namespace) -> int:
    result = workspace.mt.account.sync_glossaries(force=args.force)
    for state in result.states:
        print(_state_line(state))
    if not result.states and result.failure is None:
        print("no glossary to sync")
    if result.failure is not None:
        return _fail(workspace, result.failure.code, result.failure.details)
    return 0
