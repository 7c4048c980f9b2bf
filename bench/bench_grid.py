"""Time the real window on a long release: the first screen, then scrolling the grid page by page.

Run: ``.venv/bin/python bench/bench_grid.py [SEGMENTS ...]`` (default 10000 and 100000). Each size gets a
fresh SQLite workspace in a temporary folder with a release of that many segments (mixed lengths, some
with tags, every status). The window runs offscreen with its real widgets.

- "first screen": from asking for the release until its visible rows are measured and painted, split into
  reading the segments from storage ("read"), loading them into the open release with the grid model's
  reset and everything that follows the release's events ("load") and the rest (the window's other reads,
  layout, measuring and painting the visible rows);
- "scroll": one page step (scroll, measure the newly visible rows, paint), every page of a short release,
  else 300 pages taken from the top, the middle and the end of the table;
- "jump": from the top to the last row at once.

Goal: first screen under 1 s for 10,000 segments, no page step above 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from translator_app.app import open_workspace
except ModuleNotFoundError:  # run from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from translator_app.app import open_workspace

from PySide6.QtWidgets import QApplication

from translator_app.domain.models import Block, Origin, OriginKind, Release, Role, Segment, SegmentStatus
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


def bench(count: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TRANSLATOR_APP_CONFIG_DIR"] = folder
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.db'}", "bench", Role.TRANSLATOR)
        try:
            started = time.perf_counter()
            release_id = build_release(workspace, count)
            stored = time.perf_counter() - started

            window = MainWindow(workspace)
            window.resize(1500, 900)
            window.show()
            app.processEvents()
            phases = PhaseTimer()
            phases.wrap(workspace.releases, "segments", "read")
            phases.wrap(window.release, "load", "model")
            started = time.perf_counter()
            window.load_releases(release_id)
            settle(app, window)
            first_screen = time.perf_counter() - started

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
        "read_s": phases.spent.get("read", 0.0),
        "model_s": phases.spent.get("model", 0.0),
        "pages": float(len(steps)),
        "step_median_ms": statistics.median(steps) * 1000 if steps else 0.0,
        "step_p95_ms": sorted(steps)[int(len(steps) * 0.95)] * 1000 if steps else 0.0,
        "step_max_ms": max(steps) * 1000 if steps else 0.0,
        "jump_ms": jump * 1000,
    }


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or [10_000, 100_000]
    print(
        f"{'segments':>9} {'store':>8} {'first screen':>13} {'(read':>7} {'load)':>7} {'pages':>6} "
        f"{'median':>8} {'p95':>8} {'max':>8} {'jump':>8}"
    )
    for count in sizes:
        r = bench(count)
        print(
            f"{count:>9} {r['store_s']:>7.2f}s {r['first_screen_s'] * 1000:>11.0f}ms "
            f"{r['read_s'] * 1000:>5.0f}ms {r['model_s'] * 1000:>5.0f}ms {int(r['pages']):>6} "
            f"{r['step_median_ms']:>6.1f}ms {r['step_p95_ms']:>6.1f}ms {r['step_max_ms']:>6.1f}ms "
            f"{r['jump_ms']:>6.1f}ms",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
