"""HTML releases: a press release page saved from a browser or a CMS, read with lxml.

Only the article is kept: the first ``<article>``, else ``<main>``, else ``<body>``. Scripts, styles, forms,
navigation, asides and embedded frames are dropped, and so are a page's ``<header>`` and ``<footer>`` unless
they sit inside an ``<article>`` (there they hold the release's own headline and dateline). Event-handler
attributes and ``javascript:`` links go too, so an export never carries active content.

Every run of text between block-level elements is a block (``<p>``, ``<li>``, ``<td>``, or the text of a
``<div>``), its kind taken from the nearest heading, cell, list item, caption or quote; the first ``<h1>`` is
the title. Inline elements become protected tags: ``<b>``, ``<strong>``, ``<em>``, ``<a>``, ``<span>`` and
the like are pairs around their text (``<strong>Genève</strong>`` → ``<g1>Genève</g1>``); an image with alt
text is a pair around the alt text, which is translated; ``<br>`` is a standalone ``<x2/>``; ``<code>``,
``<kbd>``, ``<samp>``, images without alt text and inline elements without text are standalone tags whose
whole markup is kept, since there is nothing in them to translate. Whitespace inside a block reads as one
space, as a browser shows it.

The skeleton is the cleaned article serialised with a ``<rt-slot data-block="N">`` where each block's text
was, written as the article is read (``html_skeleton.py``) so that a long page's tree is freed as it goes.
The export parses it again, builds each block's elements from the chosen text (set as element text, so the
serialiser escapes it: a translation cannot inject markup), and wraps the article in a standalone document
with ``lang`` set to the target language.
"""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.languages import base_language
from translator_app.domain.models import Block, Release, Segment, SegmentKind
from translator_app.domain.segmentation import unwrap_lines
from translator_app.domain.tags import strip_tags
from translator_app.formats.active_content import is_active_attribute
from translator_app.formats.base import TextChooser
from translator_app.formats.decoding import decode_text
from translator_app.formats.document import ParsedDocument
from translator_app.formats.generic import html_page, render_html
from translator_app.formats.html_skeleton import SkeletonWriter
from translator_app.formats.inline import (
    HTML_SPACE,
    Mark,
    Node,
    Span,
    TagWriter,
    add_block,
    block_nodes,
    json_object,
    plain_text,
    release_skeleton,
    segment_block,
)

__all__ = ["HtmlFormat", "fragment_root", "safe_parser", "sanitize_fragment"]

SLOT = "rt-slot"
_DROPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "label",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "link",
        "meta",
        "base",
        "head",
        "title",
        "dialog",
        "portal",
        SLOT,
        # SVG animation can set an href to a script URL after load
        "animate",
        "set",
        "animatemotion",
        "animatetransform",
    }
)
_CHROME = frozenset({"header", "footer"})
_OPAQUE = frozenset({"pre", "svg", "math", "video", "audio", "canvas", "picture", "map", "table-of-contents"})
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)
_CODE = frozenset({"code", "kbd", "samp"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_KINDS = {
    "td": SegmentKind.TABLE_CELL,
    "th": SegmentKind.TABLE_CELL,
    "li": SegmentKind.LIST_ITEM,
    "figcaption": SegmentKind.CAPTION,
    "caption": SegmentKind.CAPTION,
    "dt": SegmentKind.OTHER,
    "dd": SegmentKind.OTHER,
    "blockquote": SegmentKind.QUOTE,
}
_DROPPABLE_WHEN_EMPTY = _HEADINGS | {
    "p",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "figcaption",
    "div",
}
_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters no XML or HTML tree may hold."""
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
ATTRIBUTE_NAME = re.compile(r"^[A-Za-z_][\w.:-]*$")
MAX_ELEMENTS = 500_000
"""Tags in a page: lxml holds every element (a few hundred bytes each); a long report has a few thousand."""
MAX_INLINE_TAGS = 5_000
"""Inline elements in one paragraph, which becomes one block of tagged segments."""
_RTL = frozenset({"ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"})


def safe_parser() -> lxml.html.HTMLParser:
    """An HTML parser that reads UTF-8 bytes, keeps no comments or processing instructions, and loads nothing
    from the network (libxml2's HTML parser never expands entity declarations; we refuse them before)."""
    return lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )


class HtmlFormat:
    name = "html"
    extensions = (".html", ".htm")

    def parse(self, data: bytes, name: str, source_lang: str) -> ParsedDocument:
        """Read a page's article into blocks and segments; refuse entity declarations and unreadable pages."""
        decoded = decode_text(data, name, source_lang)
        page = _page_tree(decoded.text, name)
        page_title = " ".join((page.findtext(".//title") or "").split())
        root = _article(page)
        _clean(root)
        reader = _Reader(source_lang, name)
        reader.read(root, SegmentKind.PARAGRAPH, streamed=True)
        reader.skeleton.finish(root)
        del page, root  # the tree is no longer needed: free it before the skeleton is joined
        doc = reader.doc
        doc.title = doc.title or page_title
        if not doc.title and doc.segments:
            doc.title = unwrap_lines(strip_tags(doc.segments[0].source))
        doc.skeleton = reader.skeleton.json(self.name)
        doc.encoding, doc.encoding_guessed = decoded.encoding, decoded.guessed
        return doc

    def render(
        self, release: Release, blocks: list[Block], segments: list[Segment], choose: TextChooser
    ) -> bytes:
        """A standalone page of the article in the target language, with each block's chosen text in place."""
        skeleton = release_skeleton(release, self.name, self.parse)
        if skeleton is None:
            body = render_html(blocks, segments, choose)
            return html_page(release.title, release.target_lang, body).encode("utf-8")
        tables = {block.position: list(json_object(block.skeleton).get("tags", [])) for block in blocks}
        nodes = block_nodes(blocks, segments, choose, lambda block: tables[block.position])
        root = _reparse(skeleton["root"])
        for slot in list(root.iter(SLOT)):
            position = int(slot.get("data-block", "-1"))
            if position in nodes:
                slot.attrib.clear()
                _build(slot, nodes[position])
                slot.drop_tag()
            else:
                _drop_slot(slot)
        titles = [b.position for b in blocks if b.kind is SegmentKind.TITLE and b.position in nodes]
        title = plain_text(nodes[titles[0]]) if titles else release.title
        return _page(root, " ".join(title.split()), release.target_lang)


def _page_tree(text: str, name: str) -> HtmlElement:
    """The page parsed whole by libxml2; refused when it declares entities, has too many tags, or cannot be
    read to the end."""
    if text.count("<") > MAX_ELEMENTS:
        raise DomainError(ErrorCode.BAD_INPUT, problem="too-complex", name=name, limit=MAX_ELEMENTS)
    if _ENTITY.search(text):
        raise DomainError(ErrorCode.BAD_INPUT, problem="unsafe-xml", name=name, reason="entity declaration")
    parser = safe_parser()
    markup = _XML_DECLARATION.sub("", _CONTROLS.sub(" ", text)).encode("utf-8")
    try:
        page: HtmlElement = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise DomainError(ErrorCode.BAD_INPUT, problem="corrupt", name=name, reason=str(error)) from None
    too_deep = [e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
    if too_deep:  # libxml2 stops reading below 256 levels: refuse rather than lose the text silently
        raise DomainError(ErrorCode.BAD_INPUT, problem="corrupt", name=name, reason=too_deep[0])
    return page


def _article(page: HtmlElement) -> HtmlElement:
    for path in ("//article", "//main", "//body"):
        found = page.xpath(path)
        if found:
            return found[0]
    return page


def _clean(root: HtmlElement) -> None:
    """Drop what is not the release (and anything active); strip event handlers and script URLs."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        chrome = (
            tag in _CHROME
            and not any(a.tag == "article" for a in element.iterancestors())
            and (root.tag != "article")
        )
        if (tag in _DROPPED or chrome) and element is not root:
            if element.getparent() is not None:
                element.drop_tree()
            continue
        for attribute in list(element.attrib):
            value = element.attrib[attribute]
            if is_active_attribute(tag, attribute, value) or not ATTRIBUTE_NAME.match(attribute):
                del element.attrib[attribute]


def fragment_root(fragment: str) -> HtmlElement | None:
    """``fragment`` parsed inside a ``<div>``, or None when lxml cannot read it at all (``<!doctype``)."""
    try:
        root: HtmlElement = lxml.html.fragment_fromstring(
            fragment or "", create_parent="div", parser=safe_parser()
        )
    except (etree.ParserError, ValueError):
        return None
    return root


def sanitize_fragment(fragment: str) -> str:
    """An HTML fragment made from a document we do not control, with nothing active left in it.

    Markdown releases may carry raw HTML (``<script>``, ``onerror=``); the Markdown-to-HTML export passes it
    through here, the same cleaning an HTML release gets on import, plus SVG and MathML dropped whole.
    """
    wrapper = fragment_root(fragment)
    if wrapper is None:
        return html.escape(fragment, quote=False)
    for element in list(wrapper.iter("svg", "math")):
        if element.getparent() is not None:
            element.drop_tree()
    _clean(wrapper)
    inner = [lxml.html.tostring(child, encoding="unicode") for child in wrapper]
    return html.escape(wrapper.text or "", quote=False) + "".join(inner)


class _Reader:
    """Walks the article, replacing each run of inline content with a slot and recording its block; what is
    read is written to the skeleton and taken out of the tree as it goes."""

    def __init__(self, lang: str, name: str = "") -> None:
        self.lang = lang
        self.name = name
        self.doc = ParsedDocument()
        self.skeleton = SkeletonWriter()

    def read(self, element: HtmlElement, inherited: SegmentKind, *, streamed: bool = False) -> None:
        """Read ``element``'s content. ``streamed``: the start tags of its ancestors are in the skeleton
        already, so what it has read may go there before it is finished."""
        tag = element.tag
        kind = SegmentKind.HEADING if tag in _HEADINGS else _KINDS.get(tag, inherited)
        count = len(element)
        last = element[-1] if count else None
        run: list[str | HtmlElement] = [element.text or ""]
        element.text = None
        for _ in range(count):  # each child is taken from the front and put back at the end, in order
            child = element[0]
            tail = child.tail or ""
            child.tail = None
            element.remove(child)
            if _is_inline(child):
                run.append(child)
            else:
                self._flush(element, run, kind, tag == "h1")
                run = []
                if child.tag not in _OPAQUE:
                    settled = streamed and self.skeleton.settle(element, None if child is last else last)
                    self.read(child, kind, streamed=settled)
                element.append(child)
            run.append(tail)
        self._flush(element, run, kind, tag == "h1")

    def _flush(self, element: HtmlElement, run: list[str | HtmlElement], kind: SegmentKind, h1: bool) -> None:
        """Put a run back as one slot when it has words, else as it was."""
        tags = sum(1 + sum(1 for _ in item.iterdescendants()) for item in run if not isinstance(item, str))
        if tags > MAX_INLINE_TAGS:
            raise DomainError(
                ErrorCode.BAD_INPUT, problem="too-complex", name=self.name, limit=MAX_INLINE_TAGS
            )
        writer = TagWriter()
        for item in run:
            _feed(writer, item)
        tagged = writer.result(collapse_spaces=True)
        pieces = segment_block(tagged, self.lang) if _has_words(run) else []
        if not pieces:
            for item in run:
                _append(element, item)
            return
        if h1 and not self.doc.title:
            kind = SegmentKind.TITLE
            self.doc.title = unwrap_lines(strip_tags(tagged.text))
        elif kind is not SegmentKind.HEADING and all(_is_image_or_space(item) for item in run):
            kind = SegmentKind.CAPTION
        position = add_block(self.doc, kind, pieces)
        first, last = run[0], run[-1]
        if isinstance(first, str):
            _append(element, first[: len(first) - len(first.lstrip(HTML_SPACE))])
        slot = etree.SubElement(element, SLOT, {"data-block": str(position)})
        slot.tail = last[len(last.rstrip(HTML_SPACE)) :] if isinstance(last, str) else None


def _is_inline(element: HtmlElement) -> bool:
    return element.tag in _INLINE and all(d.tag in _INLINE for d in element.iterdescendants())


def _is_image_or_space(item: str | HtmlElement) -> bool:
    return not item.strip() if isinstance(item, str) else item.tag == "img"


def _has_words(run: list[str | HtmlElement]) -> bool:
    for item in run:
        if isinstance(item, str):
            if item.strip():
                return True
        elif item.text_content().strip() or any(img.get("alt", "").strip() for img in item.iter("img")):
            return True
    return False


def _feed(writer: TagWriter, item: str | HtmlElement) -> None:
    """One piece of a run into the writer: text as text, inline elements as tags."""
    if isinstance(item, str):
        writer.text(item)
        return
    tag = item.tag
    attributes = dict(item.attrib)
    if tag == "br":
        writer.standalone({"t": "br", "a": attributes}, "\n")
    elif tag == "img" and item.get("alt", "").strip():
        alt = attributes.pop("alt")
        writer.open({"t": "img", "a": attributes, "alt": True})
        writer.text(alt)
        writer.close()
    elif tag in _CODE or not _has_words([item]):
        raw = etree.tostring(item, encoding="unicode", method="html", with_tail=False)
        writer.standalone({"raw": raw}, "0" if tag in _CODE else "")
    else:
        writer.open({"t": tag, "a": attributes})
        writer.text(item.text or "")
        for child in item:
            _feed(writer, child)
            writer.text(child.tail or "")
        writer.close()


def _append(element: HtmlElement, item: str | HtmlElement) -> None:
    """Append text or an element at the end of ``element``'s content."""
    if isinstance(item, str):
        item = _CONTROLS.sub(" ", item)  # lxml refuses them, and a browser shows nothing for them
        if not item:
            return
        if len(element):
            element[-1].tail = (element[-1].tail or "") + item
        else:
            element.text = (element.text or "") + item
    else:
        element.append(item)


def _reparse(root_html: str) -> HtmlElement:
    """The article element of a stored skeleton (our own serialisation of an already cleaned tree)."""
    data = ("<html>" + root_html + "</html>").encode("utf-8")
    page = lxml.html.document_fromstring(data, parser=safe_parser())
    body = page.body
    return body if root_html.lstrip().lower().startswith("<body") or not len(body) else body[0]


def _build(parent: HtmlElement, nodes: list[Node]) -> None:
    """Rebuild inline elements from nodes; text is set as text, so the serialiser escapes it."""
    for node in nodes:
        if isinstance(node, str):
            _append(parent, node)
        elif isinstance(node, Span):
            markup = node.markup
            element = etree.SubElement(parent, markup["t"], markup.get("a", {}))
            if markup.get("alt"):
                element.set("alt", " ".join(plain_text(node.children).split()))
            else:
                _build(element, node.children)
        elif isinstance(node, Mark):
            markup = node.markup
            if "raw" in markup:
                parent.append(lxml.html.fragment_fromstring(markup["raw"], parser=safe_parser()))
            else:
                etree.SubElement(parent, markup["t"], markup.get("a", {}))


def _drop_slot(slot: HtmlElement) -> None:
    """Remove a block left with no text, and the elements it leaves empty (a ``<p>``, a list)."""
    parent = slot.getparent()
    slot.drop_tree()
    while (
        parent is not None
        and parent.tag in _DROPPABLE_WHEN_EMPTY
        and not len(parent)
        and not (parent.text or "").strip()
        and parent.getparent() is not None
    ):
        grandparent = parent.getparent()
        parent.drop_tree()
        parent = grandparent


def _page(root: HtmlElement, title: str, lang: str) -> bytes:
    """A standalone document: doctype, ``lang`` (and ``dir`` for right-to-left scripts), UTF-8, the body."""
    page = lxml.html.Element("html", {"lang": lang})
    if base_language(lang) in _RTL:
        page.set("dir", "rtl")
    head = etree.SubElement(page, "head")
    etree.SubElement(head, "meta", {"charset": "utf-8"})
    etree.SubElement(head, "title").text = title
    if root.tag == "body":
        page.append(root)
    else:
        etree.SubElement(page, "body").append(root)
    return etree.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")  # type: ignore[no-any-return]
