"""Markdown to HTML (Python-Markdown) as the Markdown importer reads it, strikethrough included.

markdown-it-py, which reads a Markdown release, knows GitHub's ``~~strikethrough~~``; Python-Markdown, which
renders the HTML export and the preview, does not and would print the tildes. One inline pattern teaches it:
``~~`` around text that neither starts nor ends with a space becomes ``<del>``.
"""

from __future__ import annotations

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import SimpleTagInlineProcessor

STRIKETHROUGH = r"(~~)(?!\s)(.+?)(?<!\s)~~"
_PRIORITY = 65
"""Above emphasis (60) and below strong (70) in Python-Markdown's order: ``**a ~~b~~**`` nests both ways."""


class StrikethroughExtension(Extension):  # type: ignore[misc] # Python-Markdown ships no types
    """``~~text~~`` → ``<del>text</del>``."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.inlinePatterns.register(SimpleTagInlineProcessor(STRIKETHROUGH, "del"), "strikethrough", _PRIORITY)


def to_html(text: str, *, tables: bool = True) -> str:
    """The HTML fragment of ``text`` (tables, fenced code as CommonMark has it, sane lists, strikethrough)."""
    extensions: list[str | Extension] = ["fenced_code", "sane_lists", StrikethroughExtension()]
    if tables:
        extensions.insert(0, "tables")
    html: str = markdown.markdown(text, extensions=extensions)
    return html
