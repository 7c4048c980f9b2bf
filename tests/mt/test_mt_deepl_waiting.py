"""Waiting on DeepL: a slow answer is a timeout retried like a 5xx, and a cancel stops any wait at once.

The fake server answers late on demand; the provider's timeout is a fraction of a second so the tests stay
quick. Bounds on elapsed time below are loose on purpose (the machine may be busy): they tell "interrupted"
from "waited the whole back-off", which is ten or more times longer.
"""

from __future__ import annotations

import threading
import time

import pytest
from tests.mt.conftest import deepl_provider
from tests.mt.fake_deepl import FakeDeepL

from translator_app.domain.errors import ErrorCode
from translator_app.mt.base import MtCancelled, MtError, MtRequest, MtTranslation

HELLO = MtRequest(["Bonjour"], "fr", "en")


def cancel_after(seconds: float) -> tuple[threading.Event, threading.Timer]:
    event = threading.Event()
    timer = threading.Timer(seconds, event.set)
    timer.start()
    return event, timer


def test_a_slow_answer_is_retried_after_a_backoff_then_succeeds(fake_deepl: FakeDeepL) -> None:
    sleeps: list[float] = []
    provider = deepl_provider(fake_deepl, sleeps=sleeps, timeout_seconds=0.3, backoff_seconds=0.25)
    fake_deepl.delay("/v2/translate", 1.5)
    (result,) = provider.translate(HELLO)
    assert result.text == "[EN-GB] Bonjour"
    assert len(fake_deepl.translate_calls) == 2 and sleeps == [0.25]
    provider.close()


def test_a_server_that_never_answers_in_time_is_a_timeout_not_unreachable(fake_deepl: FakeDeepL) -> None:
    sleeps: list[float] = []
    provider = deepl_provider(fake_deepl, sleeps=sleeps, timeout_seconds=0.2, max_retries=2)
    fake_deepl.delay("/v2/translate", 1.0, times=3)
    with pytest.raises(MtError) as caught:
        provider.translate(HELLO)
    assert caught.value.code is ErrorCode.MT_TIMEOUT
    assert caught.value.details == {"status": None, "attempts": 3, "seconds": 0.2}
    assert len(sleeps) == 2 and len(fake_deepl.translate_calls) == 3

    fake_deepl.fail("/v2/translate", "drop")
    with pytest.raises(MtError) as dropped:
        provider.translate(HELLO)
    assert dropped.value.code is ErrorCode.MT_UNAVAILABLE
    provider.close()


def test_cancel_interrupts_a_backoff_at_once(fake_deepl: FakeDeepL) -> None:
    provider = deepl_provider(fake_deepl, sleeps=None, backoff_seconds=30.0)
    fake_deepl.fail("/v2/translate", 503)
    stop, timer = cancel_after(0.2)
    started = time.monotonic()
    with provider.interruptible(stop.is_set), pytest.raises(MtCancelled):
        provider.translate(HELLO)
    elapsed = time.monotonic() - started
    timer.cancel()
    assert elapsed < 3.0, f"waited {elapsed:.1f} s of a 30 s back-off"
    assert len(fake_deepl.translate_calls) == 1
    provider.close()


def test_cancel_interrupts_a_pending_request_and_hands_its_late_answer_over(fake_deepl: FakeDeepL) -> None:
    provider = deepl_provider(fake_deepl, sleeps=None, timeout_seconds=30.0)
    fake_deepl.delay("/v2/translate", 1.0)
    stop, timer = cancel_after(0.2)
    started = time.monotonic()
    with provider.interruptible(stop.is_set), pytest.raises(MtCancelled) as caught:
        provider.translate(HELLO)
    elapsed = time.monotonic() - started
    timer.cancel()
    assert elapsed < 0.9, f"waited {elapsed:.1f} s for an answer due after 1 s"
    late: list[list[MtTranslation]] = []
    arrived = threading.Event()
    caught.value.when_answered(lambda results: (late.append(results), arrived.set()))
    assert arrived.wait(10)
    assert [r.text for r in late[0]] == ["[EN-GB] Bonjour"]
    assert fake_deepl.character_count == len("Bonjour")  # DeepL bills it all the same
    provider.close()


def test_no_call_waits_for_another_ones_backoff(fake_deepl: FakeDeepL) -> None:
    provider = deepl_provider(fake_deepl, sleeps=None, backoff_seconds=30.0)
    fake_deepl.fail("/v2/translate", 500)
    stop = threading.Event()
    outcome: list[BaseException] = []

    def translate_in_background() -> None:
        try:
            with provider.interruptible(stop.is_set):
                provider.translate(HELLO)
        except MtError as error:
            outcome.append(error)

    worker = threading.Thread(target=translate_in_background)
    worker.start()
    deadline = time.monotonic() + 5
    while not fake_deepl.translate_calls and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    usage = provider.usage()  # while the translation backs off for 30 s
    elapsed = time.monotonic() - started
    stop.set()
    worker.join(5)
    assert usage.limit == 1_000_000 and elapsed < 3.0
    assert isinstance(outcome[0], MtCancelled)
    provider.close()
