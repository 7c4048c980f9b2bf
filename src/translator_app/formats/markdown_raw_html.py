"""Raw HTML in a Markdown release, made harmless when the file is read so that no export carries it.

Markdown keeps raw HTML as it is, and both markdown-it and Python-Markdown pass it through: an ``onerror=``
or a ``<script>`` in a source would be live in the exported ``.md`` wherever it is rendered. Harmless raw
HTML (``<sup>``, ``<br>``, a ``<div>`` of layout) is kept byte for byte.
"""

from __future__ import annotations

import html

from translator_app.formats.active_content import ACTIVE_ELEMENTS, is_active_attribute
from translator_app.formats.html import ATTRIBUTE_NAME, fragment_root, sanitize_fragment


def has_active_content(markup: str) -> bool:
    """True when raw HTML (a whole block, or one tag of a Markdown paragraph) holds anything that runs."""
    if "<" not in markup:
        return False
    wrapper = fragment_root(markup)
    if wrapper is None:
        return True  # unreadable: shown as text rather than trusted
    for element in wrapper.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ACTIVE_ELEMENTS or any(is_active_attribute(tag, k, v) for k, v in element.attrib.items()):
            return True
    return False


def neutral_markup(markup: str, *, whole: bool) -> str:
    """Raw HTML from a Markdown release with nothing active: kept byte for byte when it is harmless; a whole
    block cleaned as an HTML release is; a lone start tag (its closing tag is elsewhere) rewritten without
    its active attributes, or dropped when the element itself is active (``<script>``)."""
    if not has_active_content(markup):
        return markup
    if whole:
        return sanitize_fragment(markup)
    wrapper = fragment_root(markup)
    if wrapper is None:
        return html.escape(markup, quote=False)
    element = next((e for e in wrapper.iter() if e is not wrapper and isinstance(e.tag, str)), None)
    if element is None or element.tag.lower() in ACTIVE_ELEMENTS:
        return ""
    tag = element.tag.lower()
    attributes = "".join(
        f' {k}="{html.escape(v)}"'
        for k, v in element.attrib.items()
        if not is_active_attribute(tag, k, v) and ATTRIBUTE_NAME.match(k)
    )
    return f"<{tag}{attributes}{' /' if markup.rstrip().endswith('/>') else ''}>"
