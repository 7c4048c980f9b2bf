"""What in HTML can run code when a page is opened: elements, event handlers, script URLs, script in CSS.

Used where the app reads HTML it does not control (an HTML release, raw HTML in a Markdown release) and
where it writes HTML or Markdown that someone will open: an export must carry nothing active, whatever
the source or a translator put in it.
"""

from __future__ import annotations

import re

ACTIVE_ELEMENTS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "link", "meta", "base",
    "form", "input", "button", "select", "textarea", "option", "svg", "math", "template", "noscript",
    "portal", "dialog", "animate", "set", "animatemotion", "animatetransform", "handler", "listener",
})
"""Elements that run, load or submit something (SVG and MathML can carry script and links of their own)."""
URL_ATTRIBUTES = frozenset({
    "href", "src", "action", "formaction", "xlink:href", "background", "poster", "data", "codebase",
    "cite", "longdesc", "lowsrc", "dynsrc", "usemap", "ping", "manifest", "srcdoc", "to", "from", "values",
})
_CONTROL = re.compile(r"[\x00-\x20]+")
"""Whitespace and control characters browsers ignore inside a URL scheme (``java\\tscript:``)."""
_ACTIVE_SCHEME = re.compile(r"^(?:javascript|vbscript|livescript|mocha|data)\s*:", re.IGNORECASE)
_ANY_SCRIPT_URL = re.compile(r"^(?:javascript|vbscript|livescript|mocha)\s*:", re.IGNORECASE)
_PICTURE = re.compile(r"^data:image/(?:png|gif|jpe?g|webp)[;,]", re.IGNORECASE)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_ACTIVE_CSS = re.compile(
    r"expression\s*\(|(?:java|vb)script\s*:|-moz-binding|behaviou?r\s*:|@import|url\s*\(\s*['\"]?\s*"
    r"(?:javascript|vbscript|data)\s*:",
    re.IGNORECASE,
)


def _css_text(style: str) -> str:
    """CSS with comments removed and escapes decoded, as a browser reads it (``\\6a avascript``)."""
    text = _CSS_COMMENT.sub("", style)
    return _CSS_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)


def is_active_attribute(tag: str, name: str, value: str) -> bool:
    """True for an event handler, a script or data URL (a picture in ``img src`` excepted), or CSS script."""
    name = name.lower()
    if name.startswith("on"):
        return True
    plain = _CONTROL.sub("", value)
    if name in URL_ATTRIBUTES:
        if name == "src" and tag.lower() in ("img", "source") and _PICTURE.match(plain):
            return False
        return bool(_ACTIVE_SCHEME.match(plain))
    if name == "style":
        return bool(_ACTIVE_CSS.search(_css_text(value)))
    return bool(_ANY_SCRIPT_URL.match(plain))
