"""How long until a save on one desktop shows in another desktop's window, against the change feed alone.

Run: ``.venv/bin/python bench/bench_live_window.py [--saves 100] [--segments 500]``. A throwaway PostgreSQL
server with the team of ``admin init``; ana's and rui's windows (offscreen) on the same release, each on its
own connections. ana saves segments one after the other through her window (the editing session, as typing
then leaving a segment does). For each save two delays are measured from the moment the save started (the
notification is sent at commit, often before the writer's call has returned):

- **baseline**: rui's change feed delivers the notification (its listener thread, no window involved);
- **window**: rui's open release holds the new version (the queued signal to the GUI thread, the 50 ms
  gathering of a burst, one read of the changed segment, the grid's and the counts' events).

Printed: p50 / p95 of both, and the window's ratio to the baseline measured in the same run. Before the
window subscribed, the other window showed a save only when its release was opened again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "bench")]
os.environ["TRANSLATOR_APP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-live-config-")

from bench_support import machine_line, store_release, synthetic_sources  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.pg_server import start_server  # noqa: E402
from tests.pg_team import new_database, set_up_team  # noqa: E402

from translator_app.app import open_workspace  # noqa: E402
from translator_app.domain.changes import Change, ChangeKind, FeedState  # noqa: E402
from translator_app.services.open_release import ReleaseChange  # noqa: E402
from translator_app.ui.main_window import MainWindow  # noqa: E402


def wait_until(condition: object, timeout: float = 10.0) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if condition():  # type: ignore[operator]
            return True
    return False


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=100)
    parser.add_argument("--segments", type=int, default=500)
    options = parser.parse_args()
    app = QApplication(sys.argv[:1])
    print(machine_line())
    server = start_server()
    try:
        set_up_team(server)
        url = server.url(new_database(server), login=None)
        ana_ws, rui_ws = open_workspace(url, "ana", None), open_workspace(url, "rui", None)
        release_id = store_release(ana_ws, synthetic_sources(options.segments, repeated=False))
        ana, rui = MainWindow(ana_ws), MainWindow(rui_ws)
        for window in (ana, rui):
            window.load_releases(release_id)
            window.show()
        assert wait_until(lambda: all(w.workspace.changes.state is FeedState.CONNECTED for w in (ana, rui)))

        fed: dict[int, float] = {}
        shown: dict[int, float] = {}
        lock = threading.Lock()

        def on_feed(change: Change) -> None:  # rui's listener thread
            if change.kind is ChangeKind.SEGMENTS and change.segment_ids and change.author == "ana":
                with lock:
                    for segment_id in change.segment_ids:
                        fed.setdefault(segment_id, time.perf_counter())

        def on_window(change: ReleaseChange) -> None:  # rui's GUI thread
            if change.external:
                for segment_id in change.ids:
                    shown.setdefault(segment_id, time.perf_counter())

        assert rui_ws.changes is not None
        rui_ws.changes.subscribe(on_feed)
        rui.release.changed.connect(on_window)
        segments = [s for s in ana.release.segments() if s.translatable]
        feed_delays: list[float] = []
        window_delays: list[float] = []
        for n in range(options.saves):
            segment = segments[n % len(segments)]
            with lock:
                fed.pop(segment.id, None)
            shown.pop(segment.id, None)
            saved_at = time.perf_counter()
            ana.session.apply_edit(segment.id, f"Saved text number {n}", confirm=False)
            if not wait_until(lambda s=segment.id: s in shown and s in fed):
                print(f"save {n}: not shown within 10 s", file=sys.stderr)
                continue
            feed_delays.append(max(0.0, fed[segment.id] - saved_at) * 1000)
            window_delays.append(max(0.0, shown[segment.id] - saved_at) * 1000)
            wait_until(lambda: False, 0.02)  # a pause between saves: each is its own burst
        for window in (ana, rui):
            window.close()
        ana_ws.close()
        rui_ws.close()
    finally:
        server.stop()
    feed_p50, window_p50 = statistics.median(feed_delays), statistics.median(window_delays)
    print(f"{len(window_delays)} saves by ana on a {options.segments}-segment release, shown in rui's window")
    print(
        f"baseline, rui's change feed told:   p50 {feed_p50:.1f} ms, "
        f"p95 {percentile(feed_delays, 0.95):.1f} ms"
    )
    print(
        f"rui's window holds the new version: p50 {window_p50:.1f} ms, "
        f"p95 {percentile(window_delays, 0.95):.1f} ms (x{window_p50 / max(feed_p50, 0.1):.1f} the baseline)"
    )
    print(f"the window's own part (GUI hop, gathering, one read): p50 {window_p50 - feed_p50:.1f} ms")
    print(machine_line())
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
