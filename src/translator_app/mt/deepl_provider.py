"""DeepL through its official client: request parameters, language codes, the account, and the user's options.

How each call is waited for, retried and cancelled is :mod:`translator_app.mt.deepl_calls`: 429, 5xx and
a read timeout are retried with an exponential back-off and then reported; 403 (wrong key) and 456 (quota)
at once, since repeating them only burns time; no connection at all at once as "unavailable", so the
editor never waits on a dead line. The lock only guards the lazily made client and the language lists:
it is never held while a request is pending or a back-off sleeps.

Remote glossaries belong to the account that made them, on the server it made them on: :meth:`account`
names both without the key (a salted one-way fingerprint), so a colleague's key on the same workspace
keeps its own glossaries instead of being sent ids it cannot see.
"""

from __future__ import annotations

import inspect
import logging
import os
import threading
from collections.abc import Callable, Container, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import deepl
import deepl.http_client
from deepl.api_data import MultilingualGlossaryDictionaryEntries

from translator_app.domain.errors import ErrorCode
from translator_app.domain.languages import base_language
from translator_app.mt.base import (
    AccountRef,
    CancelCheck,
    MtError,
    MtOptions,
    MtRequest,
    MtTranslation,
    UsageInfo,
    never_cancelled,
)
from translator_app.mt.deepl_calls import CallContext, CallPolicy, call
from translator_app.mt.keys import ApiKey, KeyResolver
from translator_app.mt.payload import from_xml, to_xml

SERVER_VARIABLE = "DEEPL_SERVER_URL"
PROXY_VARIABLE = "DEEPL_PROXY"
TIMEOUT_VARIABLE = "DEEPL_TIMEOUT"
PROVIDER_NAME = "deepl"
FREE_SERVER = "https://api-free.deepl.com"
PRO_SERVER = "https://api.deepl.com"

DEFAULT_VARIANTS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}
"""DeepL wants a variant for these targets; a release that names none gets the European default."""

log = logging.getLogger(__name__)
T = TypeVar("T")


@cache
def client_takes(parameter: str) -> bool:
    """Whether the installed client's ``translate_text`` takes this parameter (it grew over versions)."""
    return parameter in inspect.signature(deepl.DeepLClient.translate_text).parameters


def model_type(model: str) -> str | None:
    """The API's ``model_type`` for a model choice; "quality" prefers the better model where it exists."""
    if model == "latency":
        return "latency_optimized"
    if model == "quality":
        prefer = getattr(getattr(deepl, "ModelType", None), "PREFER_QUALITY_OPTIMIZED", None)
        return "prefer_quality_optimized" if prefer is not None else "quality_optimized"
    return None


@dataclass(frozen=True)
class DeepLSettings:
    """Where DeepL is and how hard to try; ``proxy`` may hold credentials, so it is never logged."""

    server_url: str | None = None
    proxy: str | None = None
    max_retries: int = 3
    backoff_seconds: float = 1.0
    timeout_seconds: float = 30.0
    """How long one request may take before it is given up and retried (a batch of 50 takes seconds)."""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> DeepLSettings:
        """``DEEPL_SERVER_URL``, ``DEEPL_PROXY``, ``DEEPL_TIMEOUT`` (seconds: a slow proxy may need more)."""
        env = os.environ if environ is None else environ
        try:
            timeout = float(env.get(TIMEOUT_VARIABLE, "") or cls.timeout_seconds)
        except ValueError:
            timeout = cls.timeout_seconds
        return cls(
            server_url=env.get(SERVER_VARIABLE) or None,
            proxy=env.get(PROXY_VARIABLE) or None,
            timeout_seconds=timeout if timeout > 0 else cls.timeout_seconds,
        )


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


def server_identity(server_url: str | None, key: ApiKey) -> str:
    """The server as remembered with a glossary: the URL without any user or password in it."""
    if not server_url:
        return FREE_SERVER if key.reveal().endswith(":fx") else PRO_SERVER
    parts = urlsplit(server_url.strip())
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


class DeepLProvider:
    """The :class:`~translator_app.mt.base.MtProvider` and glossary host over ``deepl.DeepLClient``."""

    def __init__(
        self,
        keys: KeyResolver,
        settings: DeepLSettings | None = None,
        *,
        sleep: Callable[[float], None] | None = None,
        options: MtOptions | None = None,
    ) -> None:
        self._keys = keys
        self._key: ApiKey | None = None
        self._settings = settings or DeepLSettings()
        self._sleep = sleep
        self._options = options or MtOptions()
        self._client: deepl.DeepLClient | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._targets: dict[str, bool] | None = None
        self._glossary_pairs: frozenset[tuple[str, str]] | None = None
        self.requests = 0
        """Calls made to DeepL (retries included): the bench and the tests read it."""

    @property
    def name(self) -> str:
        return PROVIDER_NAME

    # --- options ----------------------------------------------------------------------------------------

    @property
    def supports_model_choice(self) -> bool:
        return client_takes("model_type")

    def configure(self, options: MtOptions) -> None:
        """The user's model and context choices, for the next requests."""
        self._options = options

    @property
    def options(self) -> MtOptions:
        return self._options

    @property
    def model(self) -> str:
        return self._options.model if self.supports_model_choice else ""

    # --- the connection -----------------------------------------------------------------------------------

    def _connect(self) -> deepl.DeepLClient:
        with self._lock:
            if self._client is None:
                self._key = self._keys.lookup().key
                if self._key is None:
                    raise MtError(ErrorCode.MT_NO_KEY)
                # The client would retry 429/5xx five times on its own, sleeping up to a minute: ours do
                # instead. Its socket timeout is a backstop behind ours (a given-up request ends by then).
                deepl.http_client.max_network_retries = 0
                deepl.http_client.min_connection_timeout = max(
                    deepl.http_client.min_connection_timeout, self._settings.timeout_seconds + 5
                )
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

    @contextmanager
    def interruptible(self, cancelled: CancelCheck) -> Iterator[None]:
        previous = getattr(self._local, "cancelled", None)
        self._local.cancelled = cancelled
        try:
            yield
        finally:
            self._local.cancelled = previous

    def _call(self, what: str, action: Callable[[deepl.DeepLClient], T]) -> T:
        client = self._connect()
        settings = self._settings
        context = CallContext(
            what,
            CallPolicy(settings.max_retries, settings.backoff_seconds, settings.timeout_seconds),
            self.server,
            self._redact,
            getattr(self._local, "cancelled", None) or never_cancelled,
            self._sleep,
        )
        return call(context, lambda: action(client), self._count)

    def _count(self) -> None:
        with self._lock:
            self.requests += 1

    @property
    def server(self) -> str:
        return self._settings.server_url or "DeepL"

    def _redact(self, text: str) -> str:
        key = self._key
        return key.redact(text) if key is not None else text

    def account(self) -> AccountRef | None:
        key = self._keys.lookup().key
        if key is None:
            return None
        return AccountRef(key.fingerprint(), server_identity(self._settings.server_url, key))

    # --- languages ----------------------------------------------------------------------------------------

    def _target_languages(self) -> dict[str, bool]:
        """Target codes and whether each takes a formality, asked once per provider (never under the lock)."""
        if self._targets is None:
            languages = self._call("languages", lambda c: c.get_target_languages())
            self._targets = {lang.code.upper(): bool(lang.supports_formality) for lang in languages}
        return self._targets

    def target_code(self, lang: str) -> str:
        """Only a regional code (``fr-CA``) needs the list of targets; ``fr`` or ``en`` costs no request."""
        if "-" not in lang:
            return target_code(lang)
        return target_code(lang, self._target_languages())

    def target_name(self, target_lang: str) -> str:
        return self.target_code(target_lang)

    def supports_formality(self, target_lang: str) -> bool:
        return self._target_languages().get(self.target_code(target_lang), False)

    # --- translation -------------------------------------------------------------------------------------

    def translate(self, request: MtRequest) -> list[MtTranslation]:
        """One ``/v2/translate`` call for the whole batch (the caller keeps it under the size limits)."""
        if not request.texts:
            return []
        target = self.target_code(request.target_lang)
        texts = [to_xml(text) for text in request.texts]
        extra: dict[str, Any] = {}
        chosen = model_type(self.model)
        if chosen is not None:
            extra["model_type"] = chosen
        context = request.context if self._options.send_context else ""

        def send(client: deepl.DeepLClient) -> list[MtTranslation]:
            results = client.translate_text(
                texts,
                source_lang=source_code(request.source_lang),
                target_lang=target,
                context=context or None,
                split_sentences="0",
                tag_handling="xml",
                preserve_formatting=True,
                formality=request.formality or None,
                glossary=request.glossary_id or None,
                **extra,
            )
            assert isinstance(results, list)
            if len(results) != len(texts):
                raise MtError(ErrorCode.MT_REJECTED, reason="result-count", sent=len(texts), got=len(results))
            return [MtTranslation(from_xml(r.text), int(r.billed_characters or 0)) for r in results]

        return self._call("translate", send)

    def usage(self) -> UsageInfo:
        usage = self._call("usage", lambda c: c.get_usage())
        detail = usage.character
        return UsageInfo(detail.count, detail.limit) if detail.valid else UsageInfo(None, None)

    # --- glossaries --------------------------------------------------------------------------------------

    def supports_glossary(self, source_lang: str, target_lang: str) -> bool:
        if self._glossary_pairs is None:
            pairs = self._call("glossary languages", lambda c: c.get_glossary_languages())
            self._glossary_pairs = frozenset((p.source_lang.upper(), p.target_lang.upper()) for p in pairs)
        return (source_code(source_lang), source_code(target_lang)) in self._glossary_pairs

    def glossary_exists(self, glossary_id: str) -> bool:
        try:
            self._call("glossary", lambda c: c.get_multilingual_glossary(glossary_id))
        except MtError as error:
            if error.details.get("status") == 404:
                return False
            raise
        return True

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
