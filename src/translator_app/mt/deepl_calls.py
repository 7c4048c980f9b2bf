"""One call to DeepL on the app's terms: waited for in slices, retried with back-off, cancellable, as codes.

The client's own retries are off (they sleep up to a minute, out of reach of a Cancel button). Each call
runs on a short-lived daemon thread while the caller waits in slices of :data:`POLL_SECONDS`, so:

- a cancel is noticed within a slice even while a request is pending, and during a back-off;
- a request that takes longer than the timeout is given up and retried like a 5xx, then reported as
  "did not answer in N s", which is not the same as "cannot reach" (no connection at all);
- no lock is held while waiting or sleeping: other calls (a suggestion, the usage) go on meanwhile.

A request given up keeps running on its thread until it answers or the client's socket times out. DeepL
bills it all the same, so a cancelled call hands its pending answer over (:attr:`MtCancelled.pending`)
for the caller to keep if it still arrives.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass
from typing import Any, TypeVar

import deepl
import requests

from translator_app.domain.errors import ErrorCode
from translator_app.mt.base import CancelCheck, MtCancelled, MtError

POLL_SECONDS = 0.05
"""How often a waiting caller looks at its cancel check: well inside the half second a user notices."""

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class CallPolicy:
    max_retries: int
    backoff_seconds: float
    timeout_seconds: float


class _Retryable(Exception):
    """A failure worth another attempt after a pause; ``final`` is what to report when none is left."""

    def __init__(self, code: ErrorCode, status: int | None, **details: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.status = status
        self.details = details


class _TimedOut(Exception):
    """Our own deadline passed before the answer."""


@dataclass
class CallContext:
    """What a call needs besides the action: where it goes, how hard to try, what to hide, when to stop."""

    what: str
    policy: CallPolicy
    server: str
    redact: Callable[[str], str]
    cancelled: CancelCheck
    sleep: Callable[[float], None] | None = None
    """Replaces the cancellable pause (tests record the delays instead of waiting)."""


def call(context: CallContext, action: Callable[[], T], count: Callable[[], None]) -> T:
    """Run ``action`` with retries; raises MtError (MtCancelled once the check says so)."""
    attempt = 0
    while True:
        if context.cancelled():
            raise MtCancelled()
        count()
        try:
            return _wait_for(action, context)
        except MtError:
            raise
        except Exception as error:  # the client's exceptions, our timeout
            retry = _classify(error, context)
        if attempt >= context.policy.max_retries:
            raise MtError(retry.code, status=retry.status, attempts=attempt + 1, **retry.details) from None
        delay = context.policy.backoff_seconds * (2**attempt)
        log.info("DeepL %s: %s, retry %d in %.1fs", context.what, retry.code.value, attempt + 1, delay)
        _pause(delay, context)
        attempt += 1


def _wait_for(action: Callable[[], T], context: CallContext) -> T:
    future: Future[T] = Future()

    def work() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = action()
        except BaseException as error:
            future.set_exception(error)
        else:
            future.set_result(result)

    threading.Thread(target=work, name=f"deepl-{context.what}", daemon=True).start()
    deadline = time.monotonic() + context.policy.timeout_seconds
    while True:
        left = deadline - time.monotonic()
        wait([future], timeout=max(0.0, min(POLL_SECONDS, left)))
        if future.done():
            return future.result()
        if context.cancelled():
            raise MtCancelled(future)
        if time.monotonic() >= deadline:
            raise _TimedOut


def _pause(seconds: float, context: CallContext) -> None:
    """Back off for ``seconds``, giving up at once when cancelled."""
    if context.sleep is not None:
        context.sleep(seconds)
    else:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if context.cancelled():
                break
            time.sleep(min(POLL_SECONDS, left))
    if context.cancelled():
        raise MtCancelled()


def glossary_missing(error: deepl.DeepLException) -> bool:
    """DeepL answers a translation with an unknown glossary id by 400 (or 404) "Glossary not found"."""
    text = str(error).lower()
    return error.http_status_code in (400, 404) and "glossary" in text and "not found" in text


def _classify(error: Exception, context: CallContext) -> _Retryable:
    """A retryable failure, or raise the MtError that says why this one is final."""
    timeout = round(context.policy.timeout_seconds, 1)
    if isinstance(error, _TimedOut):
        return _Retryable(ErrorCode.MT_TIMEOUT, None, seconds=timeout)
    if isinstance(error, deepl.AuthorizationException):
        raise MtError(ErrorCode.MT_BAD_KEY, status=403) from None
    if isinstance(error, deepl.QuotaExceededException):
        raise MtError(ErrorCode.MT_QUOTA_EXCEEDED, status=456) from None
    if isinstance(error, deepl.ConnectionException):
        if isinstance(error.__cause__, requests.exceptions.ReadTimeout):
            return _Retryable(ErrorCode.MT_TIMEOUT, None, seconds=timeout)
        log.info("DeepL %s: no connection (%s)", context.what, type(error.__cause__).__name__)
        raise MtError(ErrorCode.MT_UNAVAILABLE, server=context.server) from None
    if not isinstance(error, deepl.DeepLException):
        raise error
    status = error.http_status_code
    if status == 429:
        return _Retryable(ErrorCode.MT_TOO_MANY_REQUESTS, status)
    if status is not None and status >= 500:
        return _Retryable(ErrorCode.MT_SERVER_ERROR, status)
    if glossary_missing(error):
        raise MtError(ErrorCode.MT_GLOSSARY_NOT_FOUND, status=status) from None
    raise MtError(ErrorCode.MT_REJECTED, status=status, reason=context.redact(str(error))) from None
