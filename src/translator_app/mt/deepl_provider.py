"""DeepL through its official client: request parameters, language codes, retries and error codes.

Retries are ours, not the client's (its own are switched off): we choose how long a worker waits, the
window can cancel between attempts, and tests run in milliseconds. 429 and 5xx are retried with an
exponential backoff and then reported; 403 (wrong key) and 456 (quota) are reported at once, since
repeating them only burns time; a network failure is reported at once as "unavailable" so the editor never
waits on a dead line.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from typing import TypeVar

import deepl
import deepl.http_client
from deepl.api_data import MultilingualGlossaryDictionaryEntries

from translator_app.domain.errors import ErrorCode
from translator_app.domain.languages import base_language
from translator_app.mt.base import MtError, MtRequest, MtTranslation, UsageInfo
from translator_app.mt.keys import ApiKey, KeyResolver
from translator_app.mt.payload import from_xml, to_xml

SERVER_VARIABLE = "DEEPL_SERVER_URL"
PROXY_VARIABLE = "DEEPL_PROXY"
PROVIDER_NAME = "deepl"

DEFAULT_VARIANTS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}
"""DeepL wants a variant for these targets; a release that names none gets the European default."""

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class DeepLSettings:
    """Where DeepL is and how hard to try; ``proxy`` may hold credentials, so it is never logged."""

    server_url: str | None = None
    proxy: str | None = None
    max_retries: int = 3
    backoff_seconds: float = 1.0

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> DeepLSettings:
        env = os.environ if environ is None else environ
        return cls(server_url=env.get(SERVER_VARIABLE) or None, proxy=env.get(PROXY_VARIABLE) or None)


def source_code(lang: str) -> str:
    """DeepL's source languages have no variants: ``en-GB`` is sent as ``EN``."""
    return base_language(lang).upper()


def target_code(lang: str, supported: Container[str] | None = None) -> str:
    """``fr`` → ``FR``, ``en`` → ``EN-GB``, ``en-US`` → ``EN-US``, ``fr-CA`` → ``FR`` unless DeepL has it."""
    full = lang.upper()
    base = base_language(lang)
    if "-" in full and (supported is None or full in supported):
        return full
    return DEFAULT_VARIANTS.get(base, base.upper())


class DeepLProvider:
    """The :class:`~translator_app.mt.base.MtProvider` and glossary host over ``deepl.DeepLClient``."""

    def __init__(
        self,
        keys: KeyResolver,
        settings: DeepLSettings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._keys = keys
        self._key: ApiKey | None = None
        self._settings = settings or DeepLSettings()
        self._sleep = sleep
        self._client: deepl.DeepLClient | None = None
        self._lock = threading.RLock()
        self._targets: dict[str, bool] | None = None
        self._glossary_pairs: frozenset[tuple[str, str]] | None = None
        self.requests = 0
        """Calls made to DeepL (retries included): the bench and the tests read it."""

    @property
    def name(self) -> str:
        return PROVIDER_NAME

    def _connect(self) -> deepl.DeepLClient:
        if self._client is None:
            self._key = self._keys.lookup().key
            if self._key is None:
                raise MtError(ErrorCode.MT_NO_KEY)
            # The client would retry 429/5xx five times on its own, sleeping up to a minute; ours do instead.
            deepl.http_client.max_network_retries = 0
            self._client = deepl.DeepLClient(
                self._key.reveal(),
                server_url=self._settings.server_url,
                proxy=self._settings.proxy,
                send_platform_info=False,
            )
            self._client.set_app_info("translator-app", "0.1")
        return self._client

    def close(self) -> None:
        """Drop the connection (and the key read): the next call looks the key up again."""
        with self._lock:
            if self._client is not None:
                self._client.close()  # type: ignore[no-untyped-call]
                self._client = None
            self._key = None

    def _call(self, what: str, action: Callable[[deepl.DeepLClient], T]) -> T:
        """Run one API call with our retries, turning the client's exceptions into error codes."""
        with self._lock:
            client = self._connect()
            attempt = 0
            while True:
                self.requests += 1
                try:
                    return action(client)
                except deepl.AuthorizationException:
                    raise MtError(ErrorCode.MT_BAD_KEY, status=403) from None
                except deepl.QuotaExceededException:
                    raise MtError(ErrorCode.MT_QUOTA_EXCEEDED, status=456) from None
                except deepl.ConnectionException as error:
                    log.info("DeepL %s: no connection (%s)", what, type(error.__cause__).__name__)
                    raise MtError(ErrorCode.MT_UNAVAILABLE, server=self.server) from None
                except deepl.DeepLException as error:
                    status = error.http_status_code
                    retryable = status == 429 or (status is not None and status >= 500)
                    if not retryable:
                        reason = self._redact(str(error))
                        raise MtError(ErrorCode.MT_REJECTED, status=status, reason=reason) from None
                    if attempt >= self._settings.max_retries:
                        code = ErrorCode.MT_TOO_MANY_REQUESTS if status == 429 else ErrorCode.MT_SERVER_ERROR
                        raise MtError(code, status=status, attempts=attempt + 1) from None
                    delay = self._settings.backoff_seconds * (2**attempt)
                    log.info("DeepL %s: status %s, retry %d in %.1fs", what, status, attempt + 1, delay)
                    self._sleep(delay)
                    attempt += 1

    @property
    def server(self) -> str:
        return self._settings.server_url or "DeepL"

    def _redact(self, text: str) -> str:
        return self._key.redact(text) if self._key is not None else text

    def _target_languages(self) -> dict[str, bool]:
        """Target codes and whether each takes a formality, asked once per provider."""
        if self._targets is None:
            languages = self._call("languages", lambda c: c.get_target_languages())
            self._targets = {lang.code.upper(): bool(lang.supports_formality) for lang in languages}
        return self._targets

    def target_code(self, lang: str) -> str:
        """Only a regional code (``fr-CA``) needs the list of targets; ``fr`` or ``en`` costs no request."""
        if "-" not in lang:
            return target_code(lang)
        return target_code(lang, self._target_languages())

    def supports_formality(self, target_lang: str) -> bool:
        return self._target_languages().get(self.target_code(target_lang), False)

    def translate(self, request: MtRequest) -> list[MtTranslation]:
        """One ``/v2/translate`` call for the whole batch (the caller keeps it under the size limits)."""
        if not request.texts:
            return []
        target = self.target_code(request.target_lang)
        texts = [to_xml(text) for text in request.texts]
        results = self._call(
            "translate",
            lambda c: c.translate_text(
                texts,
                source_lang=source_code(request.source_lang),
                target_lang=target,
                context=request.context or None,
                split_sentences="0",
                tag_handling="xml",
                preserve_formatting=True,
                formality=request.formality or None,
                glossary=request.glossary_id or None,
            ),
        )
        assert isinstance(results, list)
        if len(results) != len(texts):
            raise MtError(ErrorCode.MT_REJECTED, reason="result-count", sent=len(texts), got=len(results))
        return [MtTranslation(from_xml(r.text), int(r.billed_characters or 0)) for r in results]

    def usage(self) -> UsageInfo:
        usage = self._call("usage", lambda c: c.get_usage())
        detail = usage.character
        return UsageInfo(detail.count, detail.limit) if detail.valid else UsageInfo(None, None)

    def supports_glossary(self, source_lang: str, target_lang: str) -> bool:
        if self._glossary_pairs is None:
            pairs = self._call("glossary languages", lambda c: c.get_glossary_languages())
            self._glossary_pairs = frozenset((p.source_lang.upper(), p.target_lang.upper()) for p in pairs)
        return (source_code(source_lang), source_code(target_lang)) in self._glossary_pairs

    def create_glossary(self, name: str, source_lang: str, target_lang: str, entries: dict[str, str]) -> str:
        dictionary = MultilingualGlossaryDictionaryEntries(
            source_code(source_lang), source_code(target_lang), entries
        )
        info = self._call("glossary", lambda c: c.create_multilingual_glossary(name, [dictionary]))
        return str(info.glossary_id)

    def delete_glossary(self, glossary_id: str) -> None:
        try:
            self._call("glossary", lambda c: c.delete_multilingual_glossary(glossary_id))
        except MtError as error:
            if error.details.get("status") != 404:
                raise
