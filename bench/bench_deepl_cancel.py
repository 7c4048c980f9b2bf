"""How long a cancel takes to stop a DeepL call, against the wait it interrupts (fake DeepL server).

Run: ``.venv/bin/python bench/bench_deepl_cancel.py``. Each case starts a translation through the real
``deepl`` client, sets the cancel flag after 0.2 s from another thread (as the window's Cancel button does),
and measures how long the call takes to give up after that. The baseline is what the call would have
waited without the cancel: the fake's late answer, or the back-off after a 503. Another call made during
the back-off (the usage, as the window's status bar asks it) is timed too: it waits on no lock.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.mt.fake_deepl import TEST_KEY, FakeDeepL  # noqa: E402

from translator_app.mt.base import MtCancelled, MtRequest  # noqa: E402
from translator_app.mt.deepl_provider import DeepLProvider, DeepLSettings  # noqa: E402
from translator_app.mt.keys import ApiKey, KeyResolver  # noqa: E402

REPEATS = 10
WAIT = 5.0
CANCEL_AFTER = 0.2


def one(fake: FakeDeepL, provider: DeepLProvider, case: str) -> tuple[float, float]:
    """(seconds from the cancel to the call giving up, seconds a usage call took meanwhile)."""
    if case == "pending request":
        fake.delay("/v2/translate", WAIT)
    else:
        fake.fail("/v2/translate", 503)
    stop = threading.Event()
    cancelled_at: list[float] = []

    def cancel() -> None:
        cancelled_at.append(time.perf_counter())
        stop.set()

    threading.Timer(CANCEL_AFTER, cancel).start()
    usage_took: list[float] = []

    def ask_usage() -> None:
        started = time.perf_counter()
        provider.usage()
        usage_took.append(time.perf_counter() - started)

    threading.Timer(CANCEL_AFTER / 2, ask_usage).start()
    try:
        with provider.interruptible(stop.is_set):
            provider.translate(MtRequest(["Bonjour"], "fr", "en"))
    except MtCancelled:
        pass
    gave_up = time.perf_counter() - cancelled_at[0]
    deadline = time.perf_counter() + WAIT * 2
    while not usage_took and time.perf_counter() < deadline:
        time.sleep(0.01)
    return gave_up, usage_took[0] if usage_took else float("nan")


def main() -> int:
    fake = FakeDeepL().start()
    provider = DeepLProvider(
        KeyResolver.fixed(ApiKey(TEST_KEY)),
        DeepLSettings(server_url=fake.url, backoff_seconds=WAIT, timeout_seconds=30.0),
    )
    try:
        provider.usage()  # connect once, outside the measurements
        print(f"cancel {CANCEL_AFTER} s into a call, {REPEATS} times each; baseline: the {WAIT:.0f} s wait")
        header = f"{'case':<20}{'median ms':>11}{'max ms':>9}{'baseline ms':>13}{'ratio':>8}"
        print(f"{header}{'usage meanwhile ms':>20}")
        for case in ("pending request", "back-off after 503"):
            samples = [one(fake, provider, case) for _ in range(REPEATS)]
            gave_up = [s[0] * 1000 for s in samples]
            usage = [s[1] * 1000 for s in samples]
            median = statistics.median(gave_up)
            print(
                f"{case:<20}{median:>11.0f}{max(gave_up):>9.0f}{WAIT * 1000:>13.0f}"
                f"{median / (WAIT * 1000):>8.3f}{statistics.median(usage):>20.0f}"
            )
    finally:
        provider.close()
        fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
