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
    app.processEvents()
    window.segments.viewport().repaint()


def open_window(app: QApplication, workspace: Workspace, release_id: int) -> tuple[MainWindow, float]:
    window = MainWindow(workspace)
    window.resize(1500, 900)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.load_releases(release_id)
    settle(app, window, lambda: window.session.editor() is not None)
    return window, time.perf_counter() - started


def close_window(app: QApplication, window: MainWindow) -> None:
    window.runner.wait(5000)
    window.close()
    window.deleteLater()
    app.processEvents()


def confirm_rows(app: QApplication, window: MainWindow, rows: list[int]) -> list[float]:
    """Type a word in each row's editor and press Ctrl+Enter; the time until the next editor is ready."""
    times = []
    for row in rows:
        window.session.go_to_row(row)
        settle(app, window, lambda: window.session.editor() is not None)
        editor = window.session.editor()
        assert editor is not None
        QTest.keyClicks(editor, "Office")
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle(app, window, lambda r=row: window.session.current_row() not in (None, r))  # type: ignore[misc]
        times.append(time.perf_counter() - started)
    return times


def service_confirms(workspace: Workspace, release_id: int, rows: list[int]) -> list[float]:
    segments = workspace.releases.segments(release_id)
    times = []
    for row in rows:
        segment = segments[row]
        assert segment.id is not None
        started = time.perf_counter()
        workspace.editing.edit(
            segment.id, "Office", workspace.actor, confirm=True, expected_version=segment.version
        )
        times.append(time.perf_counter() - started)
    return times


def bench(count: int) -> dict[str, float]:
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
        "open_s": statistics.median(opens),
        "confirm_ms": statistics.median(confirms) * 1000,
        "confirm_reps_ms": statistics.median(with_reps) * 1000,
        "service_ms": statistics.median(bare) * 1000,
        "service_reps_ms": statistics.median(bare_reps) * 1000,
    }


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    r = bench(count)
    print(f"{count} segments ({count // 20} of them repetitions of {len(REPEATED)} sentences)")
    print(f"open (first screen, median of {OPENS}):  {r['open_s'] * 1000:8.0f} ms")
    print(
        f"confirm (window, median of {CONFIRMS}):     {r['confirm_ms']:8.1f} ms   "
        f"service alone {r['service_ms']:6.1f} ms   ratio {r['confirm_ms'] / r['service_ms']:5.1f}x"
    )
    print(
        f"confirm + repetitions (window):   {r['confirm_reps_ms']:8.1f} ms   "
        f"service alone {r['service_reps_ms']:6.1f} ms   "
        f"ratio {r['confirm_reps_ms'] / r['service_reps_ms']:5.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
