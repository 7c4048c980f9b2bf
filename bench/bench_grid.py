"""Time the real window on a long release: the first screen, filtering, then scrolling page by page.

Run: ``.venv/bin/python bench/bench_grid.py [SEGMENTS ...]`` (default 10000 and 100000). Each size gets a
fresh SQLite workspace in a temporary folder with a release of that many segments (mixed lengths, some
with tags, every status). The window runs offscreen with its real widgets, twice per size: as it is now, and
as it was before (``grid_before.py``: the row-by-row filter proxy and the per-segment word counts and
recounts), the baseline of the same run; each figure is printed with the ratio.

- "first screen": from asking for the release until its visible rows are measured and painted, split into
  reading the segments from storage ("read"), loading them into the open release with the grid model's
  reset and everything that follows the release's events ("load") and the rest (the window's other reads,
  layout, measuring and painting the visible rows); then until the work that follows is done (the preview
  rendered and shown, the text filter's folding in idle slices);
- "filter": from a filter change (the text filter as the typing pause ends, a status, the QA filter) until
  the grid is filtered, the current segment put back and the visible rows measured and painted;
- "scroll": one page step (scroll, measure the newly visible rows, paint), every page of a short release,
  else 300 pages taken from the top, the middle and the end of the table;
- "jump": from the top to the last row at once.

Goals: first screen under 300 ms for 10,000 segments and 1.5 s for 100,000; any filter under 150 ms at
100,000; no page step above 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from translator_app.app import open_workspace
except ModuleNotFoundError:  # run from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from translator_app.app import open_workspace

from grid_before import FilterProxyBefore, OpenReleaseBefore
from PySide6.QtWidgets import QApplication

from translator_app.domain.models import Block, Origin, OriginKind, Release, Role, Segment, SegmentStatus
from translator_app.services.open_release import OpenRelease
from translator_app.ui import main_window as main_window_module
from translator_app.ui.grid.segment_filter import QaFilter, SegmentFilterProxy, StatusFilter
from translator_app.ui.main_window import MainWindow

SENTENCES = [
    "La Fondation ouvre un bureau régional à Dakar.",
    "Le programme, doté de 4,6 millions d'euros sur trois ans, est financé par des fondations privées et par "
    "12 000 donateurs individuels, et doit permettre d'atteindre environ 80 000 personnes.",
    "Lisez <g1>le rapport annuel</g1> sur notre site<x2/>.",
    "Contact presse",
    "« Chaque source raconte l'état de la montagne. Nous voulons que ce récit soit public », explique "
    "M. Luc Berthod, directeur de la Fondation, lors de la conférence de presse tenue à Genève.",
]
STATUSES = list(SegmentStatus)
#: Page steps timed per size at most (a third each at the top, the middle and the end).
SAMPLED_PAGES = 300


def build_release(workspace: object, count: int) -> int:
    """Store a release of ``count`` segments through the creation service; returns its id."""
    blocks = [Block(position=i) for i in range(count)]
    segments = []
    for i in range(count):
        status = STATUSES[i % len(STATUSES)]
        source = SENTENCES[i % len(SENTENCES)]
        target = "" if status is SegmentStatus.NEW else f"Translation {i}: " + source[: 40 + i % 60]
        origin = Origin(OriginKind.TM, score=80 + i % 20) if target else Origin()
        segments.append(Segment(i, i, source, target=target, status=status, origin=origin))
    release = workspace.creation.create(  # type: ignore[attr-defined]
        Release(title=f"Bench {count}", source_lang="fr", target_lang="en"), blocks, segments
    )
    assert release.id is not None
    return int(release.id)


def settle(app: QApplication, window: MainWindow) -> None:
    """Run the event loop until the grid has measured and painted what is visible."""
    for _ in range(20):
        app.processEvents()
        table = window.segments
        if all(row in table.fitted_rows() for row in table.visible_rows()):
            break
    window.segments.viewport().repaint()


class PhaseTimer:
    """Adds up the time spent in a few named calls (wrapped on their object for the run)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, owner: object, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - started

        setattr(owner, name, timed)


def page_steps(app: QApplication, window: MainWindow, limit: int = SAMPLED_PAGES) -> list[float]:
    """Times of page-down steps: all of them, or ``limit`` split between the top, the middle and the end."""
    bar = window.segments.verticalScrollBar()
    page = max(1, bar.pageStep())
    total = bar.maximum() // page + 1
    starts = [0] if total <= limit else [0, bar.maximum() // 2, bar.maximum() - page * (limit // 3)]
    per_start = total if total <= limit else limit // 3
    steps: list[float] = []
    for start in starts:
        bar.setValue(max(0, start))
        settle(app, window)
        for _ in range(per_start):
            if bar.value() >= bar.maximum():
                break
            started = time.perf_counter()
            bar.setValue(bar.value() + page)
            settle(app, window)
            steps.append(time.perf_counter() - started)
    return steps


def quiet(app: QApplication, window: MainWindow, limit_s: float = 60.0) -> None:
    """Let the work that follows an open finish (the preview rendered on its worker and shown, the text
    filter's idle folding) so that it does not land inside the next timing."""
    deadline = time.perf_counter() + limit_s
    idle_rounds = 0
    while time.perf_counter() < deadline and idle_rounds < 3:
        window.runner.wait(1000)
        app.processEvents()
        folding = getattr(window.segment_proxy, "folded", None)
        busy = window.runner.busy("preview") or (folding is not None and folding.pending())
        idle_rounds = 0 if busy else idle_rounds + 1
        time.sleep(0.2)
        app.processEvents()


def filter_steps(window: MainWindow, count: int) -> list[tuple[str, Callable[[], None]]]:
    """The filter changes timed, each as a user makes it (the text one as the typing pause ends)."""
    bar = window.filters

    def text(words: str) -> Callable[[], None]:
        def typed() -> None:
            bar.text.setText(words)
            bar.apply()  # what the typing pause's timer calls

        return typed

    def status(choice: StatusFilter) -> Callable[[], None]:
        return lambda: bar.set_status(choice)

    some_ids = frozenset(window.release.segment_at(row).id for row in range(0, count, 7))
    return [
        ("text 'fondation' (40% of rows)", text("fondation")),
        ("text 'fondation dakar' (20%)", text("fondation dakar")),
        ("text 'xyzzy' (none)", text("xyzzy")),
        ("text cleared", text("")),
        ("status 'to do' (3/5)", status(StatusFilter.TO_DO)),
        ("QA errors (1/7)", lambda: window.segment_proxy.set_qa_filter(QaFilter.ERRORS, some_ids)),
        ("all filters cleared", bar.clear),
    ]


def bench(count: int, *, before: bool, filters_limit: int | None = None) -> dict[str, object]:
    """One window on a fresh workspace, built as it is now or (``before``) as it was."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TRANSLATOR_APP_CONFIG_DIR"] = folder
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.db'}", "bench", Role.TRANSLATOR)
        try:
            started = time.perf_counter()
            release_id = build_release(workspace, count)
            stored = time.perf_counter() - started

            if before:
                main_window_module.OpenRelease = OpenReleaseBefore  # type: ignore[misc]
                main_window_module.SegmentFilterProxy = FilterProxyBefore  # type: ignore[misc]
            try:
                window = MainWindow(workspace)
            finally:
                main_window_module.OpenRelease = OpenRelease  # type: ignore[misc]
                main_window_module.SegmentFilterProxy = SegmentFilterProxy  # type: ignore[misc]
            window.resize(1500, 900)
            window.show()
            app.processEvents()
            phases = PhaseTimer()
            phases.wrap(workspace.releases, "segments", "read")
            phases.wrap(window.release, "load", "model")
            cpu = time.process_time()
            started = time.perf_counter()
            window.load_releases(release_id)
            settle(app, window)
            first_screen = time.perf_counter() - started
            first_screen_cpu = time.process_time() - cpu
            quiet(app, window)
            after_open = time.perf_counter() - started

            filters: dict[str, float] = {}
            for label, step in filter_steps(window, count)[:filters_limit]:
                started = time.perf_counter()
                step()
                settle(app, window)
                filters[label] = time.perf_counter() - started
            window.filters.clear()
            settle(app, window)

            steps: list[float] = []
            jump = 0.0
            if not before:
                bar = window.segments.verticalScrollBar()
                bar.setValue(0)
                settle(app, window)
                steps = page_steps(app, window)
                bar.setValue(0)
                settle(app, window)
                started = time.perf_counter()
                bar.setValue(bar.maximum())
                settle(app, window)
                jump = time.perf_counter() - started
            window.session.commit_editor()
            window.runner.wait(5000)
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            workspace.close()
    return {
        "store_s": stored,
        "first_screen_s": first_screen,
        "first_screen_cpu_s": first_screen_cpu,
        "after_open_s": after_open,
        "read_s": phases.spent.get("read", 0.0),
        "model_s": phases.spent.get("model", 0.0),
        "filters": filters,
        "pages": float(len(steps)),
        "step_median_ms": statistics.median(steps) * 1000 if steps else 0.0,
        "step_p95_ms": sorted(steps)[int(len(steps) * 0.95)] * 1000 if steps else 0.0,
        "step_max_ms": max(steps) * 1000 if steps else 0.0,
        "jump_ms": jump * 1000,
    }


def best(runs: list[dict[str, object]]) -> dict[str, object]:
    """The lowest of each figure over the runs."""
    result: dict[str, object] = {}
    for key, value in runs[0].items():
        if isinstance(value, dict):
            result[key] = {label: min(run[key][label] for run in runs) for label in value}  # type: ignore[index]
        else:
            result[key] = min(float(run[key]) for run in runs)  # type: ignore[arg-type]
    return result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or [10_000, 100_000]
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for count in sizes:
        # Before: filtering row by row takes minutes on the largest release; two filters are enough there.
        # The two ways take turns (twice on a short release), each figure the best of its runs: the
        # machine's load and the process's warm-up then weigh on both alike.
        rounds = 2 if count <= 20_000 else 1
        olds, news = [], []
        for _ in range(rounds):
            news.append(bench(count, before=False))
            olds.append(bench(count, before=True, filters_limit=None if count <= 20_000 else 2))
        old, new = best(olds), best(news)
        print(f"\n{count:,} segments (stored in {new['store_s']:.1f} s), load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"  {'':44} {'before':>10} {'now':>10} {'ratio':>7}")
        rows = [
            ("first screen (wall)", "first_screen_s"),
            ("first screen (CPU of this process)", "first_screen_cpu_s"),
            ("  of which reading the segments", "read_s"),
            ("  of which loading them and what follows", "model_s"),
            ("until preview and idle work are done", "after_open_s"),
        ]
        for label, key in rows:
            a, b = float(old[key]), float(new[key])  # type: ignore[arg-type]
            print(f"  {label:44} {ms(a):>10} {ms(b):>10} {a / b if b else 0:>6.1f}x")
        old_filters: dict[str, float] = old["filters"]  # type: ignore[assignment]
        new_filters: dict[str, float] = new["filters"]  # type: ignore[assignment]
        for label, b in new_filters.items():
            a = old_filters.get(label)
            before_text = ms(a) if a is not None else "(not run)"
            ratio = f"{a / b:>6.1f}x" if a is not None and b else ""
            print(f"  filter: {label:36} {before_text:>10} {ms(b):>10} {ratio:>7}")
        print(
            f"  scroll: {int(float(new['pages']))} page steps, median {float(new['step_median_ms']):.1f} ms, "
            f"p95 {float(new['step_p95_ms']):.1f} ms, max {float(new['step_max_ms']):.1f} ms; "
            f"jump to the end {float(new['jump_ms']):.1f} ms",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
