"""Parsing Markdown a few thousand top-level blocks at a time, so memory follows the release, not the file.

markdown-it-py builds every token of a document before handing any back, about half a kilobyte each: a
5 MB table or a page of emphasis took gigabytes. Here a block rule of our own, consulted first at each
block start, hands the tokens gathered so far to the caller whenever the parser stands between two
top-level blocks (where no open container can still change them) and there are enough of them; the caller
reads them and lets them go. The inline content of those tokens is parsed here, one paragraph at a time,
instead of by markdown-it's own ``inline`` core rule; a paragraph with more markup characters than
``MAX_INLINE_MARKUP`` (a few lines of real text have dozens) is refused with ``too-complex`` and its
line. A first pass, whose tokens are thrown away, collects the link reference definitions, so a link used
before its definition reads the same as in a single parse.

Containers nested deeper than markdown-it goes (it silently skips the rest of the document there) are
refused with ``too-deep`` rather than imported with text missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from translator_app.domain.errors import bad_input

BATCH_TOKENS = 4000
MAX_INLINE_MARKUP = 20_000
"""Markup characters one paragraph may hold: each may become a token, and a paragraph is parsed whole."""
MAX_DOCUMENT_MARKUP = 500_000
"""Markup characters in the whole document: markdown-it reads about 50,000 emphasis marks a second, so this
keeps a hostile file to seconds, and is a hundred times what a long report holds."""
_MARKUP = re.compile(r"[*_`\[\]<>!~\\&|]")
_RULE = "rt_batches"
Take = Callable[[list[Token]], None]


class _Batcher:
    def __init__(self, md: MarkdownIt, env: dict[str, Any], name: str, take: Take | None) -> None:
        self.md = md
        self.env = env
        self.name = name
        self.take = take
        self.markup = 0

    def rule(self, state: StateBlock, start: int, end: int, silent: bool) -> bool:
        """Never matches: it only hands over finished top-level blocks, or refuses too deep a nesting."""
        deepest = state.md.options["maxNesting"] - 2
        if state.level >= deepest:
            raise bad_input("too-deep", self.name, limit=deepest)
        if not silent and state.level == 0 and len(state.tokens) >= BATCH_TOKENS:
            self.hand_over(state.tokens)
        return False

    def hand_over(self, tokens: list[Token]) -> None:
        """Give the caller ``tokens`` (emptying the list), their inline content parsed."""
        batch = tokens[:]
        del tokens[:]
        if self.take is None:
            return
        for token in batch:
            if token.type == "inline":
                markup = len(_MARKUP.findall(token.content))
                self.markup += markup
                if markup > MAX_INLINE_MARKUP or self.markup > MAX_DOCUMENT_MARKUP:
                    line = token.map[0] + 1 if token.map else "?"
                    limit = MAX_INLINE_MARKUP if markup > MAX_INLINE_MARKUP else MAX_DOCUMENT_MARKUP
                    raise bad_input("too-complex", self.name, line=line, limit=limit)
                token.children = []
                self.md.inline.parse(token.content, self.md, self.env, token.children)
        self.take(batch)


_current: ContextVar[_Batcher | None] = ContextVar("markdown_batcher", default=None)


def _rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    batcher = _current.get()
    return batcher.rule(state, start, end, silent) if batcher is not None else False


def for_each_batch(md: MarkdownIt, text: str, name: str, take: Take) -> None:
    """Parse ``text`` with ``md``, calling ``take`` with the tokens of consecutive runs of top-level blocks,
    in document order, each token's inline children filled in."""
    if len(_MARKUP.findall(text)) > 2 * MAX_DOCUMENT_MARKUP:  # code blocks count here, so twice the limit
        raise bad_input("too-much-markup", name, limit=MAX_DOCUMENT_MARKUP)
    ruler = md.block.ruler
    if _RULE not in ruler.get_all_rules():
        ruler.before(ruler.get_all_rules()[0], _RULE, _rule)
        md.core.ruler.disable("inline")  # done batch by batch in hand_over
    env: dict[str, Any] = {}
    first = _Batcher(md, env, name, None)  # reference definitions only
    token = _current.set(first)
    try:
        md.block.parse(text, md, env, [])
    finally:
        _current.reset(token)
    second = _Batcher(md, env, name, take)
    token = _current.set(second)
    try:
        rest = md.parse(text, env)
    finally:
        _current.reset(token)
    second.hand_over(rest)
