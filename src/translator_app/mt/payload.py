"""What goes into a request: segment text as XML and back, batches under the limits, and their context.

The protected tags are already valid XML, but the text between them is not: a ``&`` or a ``<`` in a
sentence ("AT&T", "x < 3") would make the request malformed or be read as markup. So the text outside the
tags is escaped on the way out and unescaped on the way back, and the engine's harmless rewrites of an empty
element (``<x2 />``, ``<x2></x2>``) are put back in the app's spelling so tag checks compare like with like.

DeepL takes at most 50 texts and 128 KiB per request. Batches are runs of consecutive segments, so the
``context`` of a request (not billed, not translated) can be what a translator would have in mind: the
release's headline and the sentences just before the batch. Batching and context therefore go together:
the first sentences of every batch are translated knowing what came before them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from translator_app.domain.segmentation import unwrap_lines
from translator_app.domain.tags import find_tags, strip_tags

MAX_TEXTS = 50
MAX_REQUEST_BYTES = 128 * 1024
CONTEXT_CHARS = 1500
"""Context kept: the headline plus about a paragraph or two before the batch."""
HEADLINE_CHARS = 300
RESERVED_BYTES = 4 * (CONTEXT_CHARS + HEADLINE_CHARS) + 2048
"""The worst case of the context in UTF-8, plus the other parameters: texts get the rest of the request."""

_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_LOOSE_STANDALONE = re.compile(r"<x(\d+)\s*/>|<x(\d+)\s*>\s*</x\2\s*>")
_LOOSE_PAIR = re.compile(r"<(/?)g(\d+)\s+>")


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    return _NAMED[name]


def unescape_text(text: str) -> str:
    return _ENTITY.sub(_unescape_entity, text)


def _outside_tags(text: str, convert: Callable[[str], str]) -> str:
    """``text`` with ``convert`` applied between the protected tags, the tags kept as they are."""
    pieces = []
    last = 0
    for tag in find_tags(text):
        pieces.append(convert(text[last : tag.start]))
        pieces.append(tag.text)
        last = tag.end
    pieces.append(convert(text[last:]))
    return "".join(pieces)


def to_xml(segment_text: str) -> str:
    """The segment as sent: lines unwrapped (hard-wrapped sources hold newlines), text escaped, tags kept."""
    return _outside_tags(unwrap_lines(segment_text), escape_text)


def normalise_tags(xml: str) -> str:
    """``<x2 />`` and ``<x2></x2>`` back to ``<x2/>``; ``<g1 >`` back to ``<g1>``."""
    xml = _LOOSE_STANDALONE.sub(lambda m: f"<x{m.group(1) or m.group(2)}/>", xml)
    return _LOOSE_PAIR.sub(lambda m: f"<{m.group(1)}g{m.group(2)}>", xml)


def from_xml(xml: str) -> str:
    """The engine's XML as segment text: tags in the app's spelling, everything else unescaped."""
    return _outside_tags(normalise_tags(xml), unescape_text)


def billable_characters(segment_text: str) -> int:
    """What an engine bills for a segment, estimated: the characters a reader sees (tags are free)."""
    return len(strip_tags(unwrap_lines(segment_text)))


def plain_context(text: str) -> str:
    """Context is plain text for the engine: no tags, no hard line breaks."""
    return unwrap_lines(strip_tags(text))


def text_bytes(text: str) -> int:
    """What one text adds to the JSON body: its encoded string and a separating comma."""
    return len(json.dumps(to_xml(text), ensure_ascii=False).encode("utf-8")) + 1


def plan_batches(
    texts: Sequence[str], max_texts: int = MAX_TEXTS, max_bytes: int = MAX_REQUEST_BYTES
) -> list[range]:
    """Index ranges of consecutive texts, each at most ``max_texts`` long and under ``max_bytes`` in all.

    A single text too large for any request gets a batch of its own: the engine then says so for that
    one rather than the whole document failing to start.
    """
    budget = max_bytes - RESERVED_BYTES
    batches: list[range] = []
    start = 0
    size = 0
    for index, text in enumerate(texts):
        needed = text_bytes(text)
        if index > start and (index - start >= max_texts or size + needed >= budget):
            batches.append(range(start, index))
            start, size = index, 0
        size += needed
    if start < len(texts):
        batches.append(range(start, len(texts)))
    return batches


def _tail(text: str, limit: int) -> str:
    """The last ``limit`` characters of ``text``, starting at a word."""
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    space = cut.find(" ")
    return cut[space + 1 :] if 0 <= space < limit // 4 else cut


def build_context(headline: str, preceding: Sequence[str], limit: int = CONTEXT_CHARS) -> str:
    """The headline, then the sources just before the batch (the nearest kept when too long)."""
    title = plain_context(headline).strip()[:HEADLINE_CHARS]
    before = _tail(" ".join(plain_context(text).strip() for text in preceding if text.strip()), limit)
    if before.startswith(title) and title:
        return before
    return "\n\n".join(part for part in (title, before) if part)
