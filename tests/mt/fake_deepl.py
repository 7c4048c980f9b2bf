"""A small DeepL look-alike for tests: the endpoints the app uses, every request recorded, failures on demand.

The real ``deepl`` client talks HTTP to it through ``server_url``/``DEEPL_SERVER_URL``. It checks what
the real service would refuse (a wrong key: 403; XML that does not parse under ``tag_handling=xml``: 400;
going over the character limit: 456; a glossary id this account does not have: 400 "Glossary not found")
and "translates" by prefixing the target language and applying the glossary, so tests can see that tags,
escaping, context and glossaries went through.

Like DeepL, it keeps one account per key: each has its own character count and limit and its own
glossaries, so a glossary made with one key is "not found" with another. Failures are queued per path:
a status (``500``), ``"drop"`` (close the connection without answering) or :class:`Delay` (answer late,
e.g. after the client gave up waiting).
"""

from __future__ import annotations

import json
import re
import threading
import uuid
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

TEST_KEY = "test-key-for-the-fake-server"
"""Not a DeepL key: only the fake server accepts it."""
OTHER_KEY = "colleague-key-for-the-fake-server:fx"
"""A second account's key (a colleague's), accepted once :meth:`FakeDeepL.add_account` made it."""

TARGETS = [
    ("EN-GB", "English (British)", False),
    ("EN-US", "English (American)", False),
    ("FR", "French", True),
    ("DE", "German", True),
    ("ES", "Spanish", True),
    ("ET", "Estonian", False),
]
GLOSSARY_PAIRS = [("en", "fr"), ("fr", "en"), ("fr", "de"), ("fr", "es"), ("en", "de"), ("de", "fr")]
MODEL_TYPES = ("quality_optimized", "latency_optimized", "prefer_quality_optimized")
_TAG = re.compile(r"</?[gx]\d+/?>")
_ENTITY = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    status: int | None = None
    """What the fake answered (None: dropped, or still waiting)."""

    @property
    def key(self) -> str:
        return self.headers.get("Authorization", "").removeprefix("DeepL-Auth-Key ")


@dataclass
class Glossary:
    glossary_id: str
    name: str
    source_lang: str
    target_lang: str
    entries: dict[str, str]


@dataclass
class Account:
    """One DeepL account: what its key has spent and the glossaries it made."""

    key: str
    character_limit: int = 1_000_000
    character_count: int = 0
    glossaries: dict[str, Glossary] = field(default_factory=dict)
    billed: list[int] = field(default_factory=list)
    """Characters billed per successful translate request, in order."""


@dataclass(frozen=True)
class Delay:
    """Answer normally, but only after ``seconds`` (the request is processed and billed after the wait)."""

    seconds: float


Action = int | str | Delay


def billed(text: str) -> int:
    plain = _TAG.sub("", text)
    for entity, char in _ENTITY.items():
        plain = plain.replace(entity, char)
    return len(plain)


class FakeDeepL:
    """The server; ``character_count``, ``character_limit`` and ``glossaries`` are the main key's account."""

    def __init__(self, key: str = TEST_KEY, character_limit: int = 1_000_000) -> None:
        self.key = key
        self.accounts: dict[str, Account] = {key: Account(key, character_limit)}
        self.requests: list[Recorded] = []
        self.translate_hook: Callable[[str, dict[str, Any]], str] | None = None
        """Replaces the default fake translation of one text (XML in, XML out), e.g. to break a tag."""
        self.glossary_not_found_status = 400
        """What a translation with an unknown glossary id gets (DeepL has answered 400; 404 elsewhere)."""
        self.keep_glossaries = True
        """False: glossaries are acknowledged but not kept (a provider that keeps losing them)."""
        self._failures: deque[tuple[str, Action]] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    # -- accounts ------------------------------------------------------------------------------------
    @property
    def main(self) -> Account:
        return self.accounts[self.key]

    def add_account(self, key: str = OTHER_KEY, character_limit: int = 1_000_000) -> Account:
        account = Account(key, character_limit)
        self.accounts[key] = account
        return account

    @property
    def character_count(self) -> int:
        return self.main.character_count

    @character_count.setter
    def character_count(self, value: int) -> None:
        self.main.character_count = value

    @property
    def character_limit(self) -> int:
        return self.main.character_limit

    @character_limit.setter
    def character_limit(self, value: int) -> None:
        self.main.character_limit = value

    @property
    def glossaries(self) -> dict[str, Glossary]:
        return self.main.glossaries

    @property
    def billed_total(self) -> int:
        """Characters billed to every account since the start."""
        return sum(account.character_count for account in self.accounts.values())

    # -- control -------------------------------------------------------------------------------------
    def start(self) -> FakeDeepL:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

            def do_DELETE(self) -> None:
                fake._handle(self, "DELETE")

            def do_PATCH(self) -> None:
                fake._handle(self, "PATCH")

        self._stopping.clear()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def fail(self, path: str, *actions: Action) -> None:
        """The next requests to ``path`` answer with these statuses, ``"drop"`` (no answer) or a Delay."""
        for action in actions:
            self._failures.append((path, action))

    def delay(self, path: str, seconds: float, times: int = 1) -> None:
        """The next ``times`` requests to ``path`` answer only after ``seconds``."""
        self.fail(path, *[Delay(seconds)] * times)

    def calls(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path == path]

    @property
    def translate_calls(self) -> list[Recorded]:
        return self.calls("/v2/translate")

    # -- serving ---------------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length).decode("utf-8") if length else ""
        if "json" in (handler.headers.get("Content-Type") or ""):
            body: Any = json.loads(raw) if raw else None
        else:
            body = {k: v[0] for k, v in parse_qs(raw).items()}
        record = Recorded(method, parts.path, parse_qs(parts.query), dict(handler.headers.items()), body)
        with self._lock:
            self.requests.append(record)
            failure = next(((p, a) for p, a in self._failures if p == parts.path), None)
            if failure is not None:
                self._failures.remove(failure)
        action = failure[1] if failure is not None else None
        if isinstance(action, Delay):
            if self._stopping.wait(action.seconds):
                handler.close_connection = True
                return
        elif action == "drop":
            handler.close_connection = True
            return
        elif isinstance(action, int):
            record.status = action
            self._reply(handler, action, {"message": f"injected {action}"})
            return
        account = self.accounts.get(record.key)
        if account is None:
            record.status = 403
            self._reply(handler, 403, {"message": "Wrong endpoint or authentication key"})
            return
        status, answer = self._route(account, method, parts.path, body or {}, record)
        record.status = status
        self._reply(handler, status, answer)

    def _reply(self, handler: BaseHTTPRequestHandler, status: int, answer: Any) -> None:
        data = b"" if answer is None else json.dumps(answer).encode("utf-8")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            handler.close_connection = True  # the client stopped waiting (a timeout or a cancel)

    def _route(
        self, account: Account, method: str, path: str, body: Any, record: Recorded
    ) -> tuple[int, Any]:
        if path == "/v2/translate" and method == "POST":
            return self._translate(account, body)
        if path == "/v2/usage":
            usage = {"character_count": account.character_count, "character_limit": account.character_limit}
            return 200, usage
        if path == "/v2/languages":
            kind = body.get("type") or (record.query.get("type") or ["source"])[0]
            if kind == "target":
                return 200, [{"language": c, "name": n, "supports_formality": f} for c, n, f in TARGETS]
            return 200, [{"language": c.split("-")[0], "name": n} for c, n, _ in TARGETS]
        if path == "/v2/glossary-language-pairs":
            return 200, {
                "supported_languages": [{"source_lang": s, "target_lang": t} for s, t in GLOSSARY_PAIRS]
            }
        if path == "/v3/glossaries" and method == "POST":
            return self._create_glossary(account, body)
        if path.startswith("/v3/glossaries/") and method == "DELETE":
            gone = account.glossaries.pop(path.rsplit("/", 1)[1], None)
            return (204, None) if gone else (404, {"message": "Glossary not found"})
        if path.startswith("/v3/glossaries/") and method == "GET":
            glossary = account.glossaries.get(path.rsplit("/", 1)[1])
            if glossary is None:
                return 404, {"message": "Glossary not found"}
            return 200, self._glossary_json(glossary)
        return 404, {"message": f"no route {method} {path}"}

    def _translate(self, account: Account, body: dict[str, Any]) -> tuple[int, Any]:
        texts: list[str] = body["text"]
        if body.get("tag_handling") == "xml":
            for text in texts:
                try:
                    ET.fromstring(f"<r>{text}</r>")
                except ET.ParseError:
                    return 400, {"message": "Tag handling parsing failed, please check input."}
        formal = {code: supports for code, _, supports in TARGETS}.get(body["target_lang"], False)
        if body.get("formality") in ("more", "less") and not formal:
            return 400, {"message": f"'formality' is not supported for target_lang {body['target_lang']}"}
        if "model_type" in body and body["model_type"] not in MODEL_TYPES:
            return 400, {"message": "Value for 'model_type' not supported."}
        glossary = account.glossaries.get(body.get("glossary_id", ""))
        if body.get("glossary_id") and glossary is None:
            return self.glossary_not_found_status, {"message": "Glossary not found"}
        cost = sum(billed(t) for t in texts)
        with self._lock:
            if account.character_count + cost > account.character_limit:
                return 456, {"message": "Quota Exceeded"}
            account.character_count += cost
            account.billed.append(cost)
        out = []
        for text in texts:
            translated = (
                self.translate_hook(text, body) if self.translate_hook else self._fake(text, body, glossary)
            )
            out.append(
                {
                    "detected_source_language": body.get("source_lang", ""),
                    "text": translated,
                    "billed_characters": billed(text),
                    "model_type_used": body.get("model_type", "latency_optimized").removeprefix("prefer_"),
                }
            )
        return 200, {"translations": out}

    @staticmethod
    def _fake(text: str, body: dict[str, Any], glossary: Glossary | None) -> str:
        if glossary is not None:
            for source, target in glossary.entries.items():
                text = re.sub(rf"\b{re.escape(source)}\b", target, text)
        return f"[{body['target_lang']}] {text}"

    def _create_glossary(self, account: Account, body: dict[str, Any]) -> tuple[int, Any]:
        dictionary = body["dictionaries"][0]
        pair = (dictionary["source_lang"].lower(), dictionary["target_lang"].lower())
        if pair not in GLOSSARY_PAIRS:
            return 400, {"message": "Unsupported glossary language pair"}
        entries = dict(line.split("\t", 1) for line in dictionary["entries"].splitlines() if line)
        glossary = Glossary(str(uuid.uuid4()), body["name"], pair[0], pair[1], entries)
        if self.keep_glossaries:
            account.glossaries[glossary.glossary_id] = glossary
        return 201, self._glossary_json(glossary)

    @staticmethod
    def _glossary_json(glossary: Glossary) -> dict[str, Any]:
        return {
            "glossary_id": glossary.glossary_id,
            "name": glossary.name,
            "creation_time": "2026-11-28T10:00:00.000000Z",
            "dictionaries": [
                {
                    "source_lang": glossary.source_lang,
                    "target_lang": glossary.target_lang,
                    "entry_count": len(glossary.entries),
                }
            ],
        }
