"""How long closing the main window takes while work runs, against closing it idle (same run).

Run: ``.venv/bin/python bench/bench_shutdown.py [--runs 5]`` (offscreen; the fake DeepL server).

Each run opens the real window on a real SQLite workspace and closes it (``close()``, as its × does):

- "idle": nothing running (the pool waited for first): the baseline, what closing costs anyway (the typing
  stored, the layout saved);
- "pre-translation": during a Tools › Pre-translate whose second DeepL batch hangs (the fake answers after
  30 s): the run is cancelled, the pending request given up, the first batch kept;
- "memory import": during a TMX import of 30,000 units, a tenth of it read: the import is cancelled inside
  its transaction (nothing stored).

Printed per case: median and slowest close (ms), the ratio to the idle close, and the tasks of the window
still running when ``close()`` returned (must be 0: the close waits for them, within 3 s at most). Before
this change the close returned at once without cancelling anything: the pre-translation went on sending
batches, and its end raised "Signal source has been deleted" on its worker thread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "bench")]

from bench_support import machine_line  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.generated_tmx import write_big_tmx  # noqa: E402
from tests.mt.fake_deepl import TEST_KEY, FakeDeepL  # noqa: E402
from tests.ui.conftest import new_rows, store_release  # noqa: E402

from translator_app.app import open_workspace  # noqa: E402
from translator_app.domain.models import Role  # noqa: E402
from translator_app.services.workspace import Workspace  # noqa: E402
from translator_app.ui.main_window import MainWindow  # noqa: E402


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)



def closed(window: MainWindow) -> tuple[float, int]:
    """Seconds ``close()`` took, and the window's tasks still running after it."""
    runner = window.runner
    started = time.perf_counter()
    window.close()
    elapsed = time.perf_counter() - started
    left = runner.running()
    window.deleteLater()
    QApplication.processEvents()
    return elapsed, left


def opened(workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    window.load_releases()
    window.show()
    QApplication.processEvents()
    return window


def idle(workspace: Workspace, _fake: FakeDeepL, _folder: Path) -> tuple[float, int]:
    window = opened(workspace)
    for _ in range(20):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(5000)
        window.aids.feed.pool.waitForDone(5000)
    return closed(window)


def pretranslating(workspace: Workspace, fake: FakeDeepL, _folder: Path) -> tuple[float, int]:
    window = opened(workspace)
    window.commands.pretranslate.trigger()
    dialog = window.pretranslation.dialog
    assert dialog is not None
    dialog.start_button.click()
    wait_until(dialog.send_button.isVisible)
    asked = len(fake.translate_calls)
    released = threading.Event()

    def hang_second_batch(text: str, body: dict[str, Any]) -> str:
        if len(fake.translate_calls) >= asked + 2:
            released.wait(30)
        return f"[{body['target_lang']}] {text}"

    fake.translate_hook = hang_second_batch
    dialog.send_button.click()
    wait_until(lambda: len(fake.translate_calls) >= asked + 2)
    try:
        return closed(window)
    finally:
        released.set()
        fake.translate_hook = None


def importing(workspace: Workspace, _fake: FakeDeepL, folder: Path) -> tuple[float, int]:
    path = folder / "vendor.tmx"
    if not path.exists():
        write_big_tmx(path, 30_000)
    window = opened(workspace)
    window.commands.resources.trigger()
    dialog = window.resources_dialog
    assert dialog is not None
    dialog.memory.import_file(path)
    bar = dialog.transfer
    wait_until(lambda: bar.progress.maximum() == 1000 and bar.progress.value() >= 100)
    return closed(window)


CASES = {"idle": idle, "pre-translation": pretranslating, "memory import": importing}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    fake = FakeDeepL(character_limit=10_000_000).start()
    os.environ["DEEPL_SERVER_URL"] = fake.url
    os.environ["DEEPL_AUTH_KEY"] = TEST_KEY
    times: dict[str, list[float]] = {name: [] for name in CASES}
    left: dict[str, int] = dict.fromkeys(CASES, 0)
    print(machine_line())
    try:
        with tempfile.TemporaryDirectory(prefix="bench-shutdown-") as name:
            folder = Path(name)
            os.environ["TRANSLATOR_APP_CONFIG_DIR"] = str(folder / "config")
            for run in range(args.runs):
                for case, measure in CASES.items():
                    url = f"sqlite:///{folder / f'{run}-{case}.db'}"
                    workspace = open_workspace(url, "bench", Role.TRANSLATOR)
                    try:
                        sentences = [f"Phrase {run} {case} numéro {n:03d}." for n in range(150)]
                        store_release(workspace, rows=new_rows(*sentences))
                        took, running = measure(workspace, fake, folder)
                        times[case].append(took)
                        left[case] += running
                    finally:
                        QThreadPool.globalInstance().waitForDone(30_000)
                        workspace.close()
    finally:
        fake.stop()
    print(f"closing the window, ms over {args.runs} runs; tasks still running after close() in all runs")
    print(f"{'case':<17}{'median':>8}{'max':>8}{'ratio':>9}{'left':>6}")
    baseline = statistics.median(times["idle"])
    for case, values in times.items():
        median = statistics.median(values)
        print(
            f"{case:<17}{median * 1000:>8.0f}{max(values) * 1000:>8.0f}{median / baseline:>8.1f}×"
            f"{left[case]:>6}"
        )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
