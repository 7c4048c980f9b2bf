"""Time the real window on a long release: the first screen, then scrolling the grid page by page.

Run: ``.venv/bin/python bench/bench_grid.py [SEGMENTS ...]`` (default 10000). Each size gets a fresh SQLite
workspace in a temporary folder with a release of that many segments (mixed lengths, some with tags, every
status). The window runs offscreen with its real widgets; "first screen" is from asking for the release until
its visible rows are measured and painted, "scroll" is the time of one page step (scroll, measure the newly
visible rows, paint) over the whole table. Goal: first screen under 1 s, no page step above 50 ms.
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
            started = time.perf_counter()
            window.load_releases(release_id)
            settle(app, window)
            first_screen = time.perf_counter() - started

            table = window.segments
            bar = table.verticalScrollBar()
            bar.setValue(0)
            settle(app, window)
            steps: list[float] = []
            while bar.value() < bar.maximum():
                started = time.perf_counter()
                bar.setValue(bar.value() + bar.pageStep())
                settle(app, window)
                steps.append(time.perf_counter() - started)
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
        "pages": float(len(steps)),
        "step_median_ms": statistics.median(steps) * 1000 if steps else 0.0,
        "step_p95_ms": sorted(steps)[int(len(steps) * 0.95)] * 1000 if steps else 0.0,
        "step_max_ms": max(steps) * 1000 if steps else 0.0,
        "scroll_total_s": sum(steps),
    }


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or [10_000]
    print(
        f"{'segments':>9} {'store':>8} {'first screen':>13} {'pages':>6} {'median':>8} {'p95':>8} {'max':>8}"
    )
    for count in sizes:
        r = bench(count)
        print(
            f"{count:>9} {r['store_s']:>7.2f}s {r['first_screen_s'] * 1000:>11.0f}ms {int(r['pages']):>6} "
            f"{r['step_median_ms']:>6.1f}ms {r['step_p95_ms']:>6.1f}ms {r['step_max_ms']:>6.1f}ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
