"""Plain text written as Markdown that reads back as the same plain text, in CommonMark (markdown-it) and in
Python-Markdown alike: for exporting a release that was not Markdown (scraped text, HTML, Word) to ``.md``.

A line of a press release may start with ``#``, ``-``, ``1.`` or ``>`` and hold ``*``, ``_``, ``[…](…)``,
``|`` or raw HTML; written as it is, it would turn into a heading, a list, emphasis, a link, a table or an
active element. Each such character is escaped the way both renderers honour: a backslash for the ASCII
punctuation Python-Markdown knows (``\\ ` * _ [ ] # + - .``), an HTML entity for the rest (``<``, ``>``,
``|``, ``=``, a doubled ``~``, and an ``&`` that would start an entity). Indentation is dropped, so no line
becomes a code block.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"[\\`*_\[\]<>|]|&(?=#?\w+;)|~(?=~)|(?<=~)~")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "|": "&#124;", "&": "&amp;", "~": "&#126;"}
_LINE_START = re.compile(r"^(?:(\d{1,9})(?=[.)])|([#+=-]))", re.MULTILINE)
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)


def _inline(match: re.Match[str]) -> str:
    char = match.group()
    return _ENTITIES.get(char, "\\" + char)


def _line_start(match: re.Match[str]) -> str:
    number, marker = match.groups()
    if number:
        return number + "\\"
    return "&#61;" if marker == "=" else "\\" + marker


def markdown_text(text: str) -> str:
    """``text`` escaped so that Markdown shows it as it is, line breaks kept."""
    text = _INDENT.sub("", text)
    text = _INLINE.sub(_inline, text)
    return _LINE_START.sub(_line_start, text)
