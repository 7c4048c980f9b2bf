"""Time the real window on a 10,000-segment release: opening it, and a confirm (Ctrl+Enter).

Run: ``.venv/bin/python bench/bench_open_and_confirm.py [SEGMENTS]`` (default 10000). A fresh SQLite workspace
in a temporary folder gets a release of that many segments: unique sentences, except that one in twenty is one
of a few sentences repeated through the release (a confirmation fills those repetitions as drafts). The window
runs offscreen with its real widgets and is driven with real key presses.

- "open": from asking for the release until its first screen is measured and painted (median of three
  windows);
- "confirm": one word typed, then Ctrl+Enter, until the next segment's editor is open and the window has
  handled every event it queued (median over 20 segments, each without repetitions); "confirm + reps": the
  same on a segment whose confirmation fills its repetitions;
- baseline, in the same run: the editing service's confirm alone (no window) on the same kind of segments,
  and the ratio of the window's figure to it.

Each figure is given as wall-clock time and as the process's CPU time (``time.process_time``, all its
threads): on a shared machine the CPU time moves much less with the other users' load.
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

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from translator_app.domain.models import Block, Release, Role, Segment
from translator_app.services.workspace import Workspace
from translator_app.ui.main_window import MainWindow

REPEATED = [
    "Contact presse",
    "Pour en savoir plus, consultez notre site.",
    "« Nous sommes fiers de ce partenariat », a déclaré la directrice.",
]
CONFIRMS = 20
OPENS = 3


def build_release(workspace: Workspace, count: int, title: str) -> int:
    """Store a release of ``count`` new segments; every twentieth is one of the repeated sentences."""
    blocks = [Block(position=i) for i in range(count)]
    segments = []
    for i in range(count):
        if i % 20 == 19:
            source = REPEATED[(i // 20) % len(REPEATED)]
        else:
            source = f"La Fondation ouvre son bureau numéro {i} à Dakar, avec {i % 97} personnes sur place."
        segments.append(Segment(i, i, source))
    release = workspace.creation.create(
        Release(title=title, source_lang="fr", target_lang="en"), blocks, segments
    )
    assert release.id is not None
    return release.id


def settle(app: QApplication, window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    """Run the event loop until ``until`` holds and the grid has measured and painted what is visible."""
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        app.processEvents()
        table = window.segments
        if until() and all(row in table.fitted_rows() for row in table.visible_rows()):
            break
        time.sleep(0.001)  # waiting for a worker: without spinning, so the CPU time is the work's
    app.processEvents()
    window.segments.viewport().repaint()


class Clock:
    """Wall-clock and CPU time since it was made."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def spent(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def open_window(
    app: QApplication, workspace: Workspace, release_id: int
) -> tuple[MainWindow, tuple[float, float]]:
    window = MainWindow(workspace)
    window.resize(1500, 900)
    window.show()
    app.processEvents()
    clock = Clock()
    window.load_releases(release_id)
    settle(app, window, lambda: window.session.editor() is not None)
    return window, clock.spent()


def close_window(app: QApplication, window: MainWindow) -> None:
    window.runner.wait(5000)
    window.close()
    window.deleteLater()
    app.processEvents()


def confirm_rows(app: QApplication, window: MainWindow, rows: list[int]) -> list[tuple[float, float]]:
    """Type a word in each row's editor and press Ctrl+Enter; the time until the next editor is ready."""
    times = []
    for row in rows:
        window.session.go_to_row(row)
        settle(app, window, lambda: window.session.editor() is not None)
        editor = window.session.editor()
        assert editor is not None
        QTest.keyClicks(editor, "Office")
        app.processEvents()
        clock = Clock()
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle(app, window, lambda r=row: window.session.current_row() not in (None, r))  # type: ignore[misc]
        times.append(clock.spent())
    return times


def service_confirms(workspace: Workspace, release_id: int, rows: list[int]) -> list[tuple[float, float]]:
    segments = workspace.releases.segments(release_id)
    times = []
    for row in rows:
        segment = segments[row]
        assert segment.id is not None
        clock = Clock()
        workspace.editing.edit(
            segment.id, "Office", workspace.actor, confirm=True, expected_version=segment.version
        )
        times.append(clock.spent())
    return times


def medians_ms(times: list[tuple[float, float]]) -> tuple[float, float]:
    """Median wall-clock and median CPU time, in milliseconds."""
    return statistics.median(t[0] for t in times) * 1000, statistics.median(t[1] for t in times) * 1000


def bench(count: int) -> dict[str, tuple[float, float]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TRANSLATOR_APP_CONFIG_DIR"] = folder
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.db'}", "bench", Role.TRANSLATOR)
        try:
            window_release = build_release(workspace, count, "Window")
            service_release = build_release(workspace, count, "Service")
            opens = []
            for _ in range(OPENS):
                window, spent = open_window(app, workspace, window_release)
                opens.append(spent)
                close_window(app, window)
            window, _ = open_window(app, workspace, window_release)
            plain = [i for i in range(0, 2000, 7) if i % 20 != 19][:CONFIRMS]
            repeated = [19 + 20 * k for k in range(len(REPEATED))]
            confirms = confirm_rows(app, window, plain)
            with_reps = confirm_rows(app, window, repeated)
            close_window(app, window)
            bare = service_confirms(workspace, service_release, plain)
            bare_reps = service_confirms(workspace, service_release, repeated)
        finally:
            workspace.close()
    return {
        "open": medians_ms(opens),
        "confirm": medians_ms(confirms),
        "confirm_reps": medians_ms(with_reps),
        "service": medians_ms(bare),
        "service_reps": medians_ms(bare_reps),
    }


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    r = bench(count)
    print(
        f"{count} segments ({count // 20} of them repetitions of {len(REPEATED)} sentences); ms wall / ms CPU"
    )
    print(f"open (first screen, median of {OPENS}):   {r['open'][0]:7.0f} / {r['open'][1]:7.0f}")
    for label, window, service in (
        (f"confirm (median of {CONFIRMS})", "confirm", "service"),
        ("confirm + repetitions", "confirm_reps", "service_reps"),
    ):
        (wall, cpu), (service_wall, service_cpu) = r[window], r[service]
        print(
            f"{label:<33} {wall:7.0f} / {cpu:7.0f}   service alone {service_wall:5.0f} / {service_cpu:5.0f}"
            f"   ratio (CPU) {cpu / service_cpu:4.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
