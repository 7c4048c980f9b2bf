"""The skeleton of an HTML release, written while the article is read so that its tree is freed as it goes.

On a page of 200,000 paragraphs, lxml's tree of the page and the slots added to it cost as much memory as the
segments made from it, and all three used to be alive at once. Now the reader calls :meth:`settle` before it
reads each block child of an element: what that element already holds is final then (the reader only ever
adds after it), so it is serialised and taken out of the tree, and the memory it held is reused for what
comes next.

The text is the one lxml's HTML serialiser gives for the whole cleaned article: an element's finished
children are serialised one by one with their tails, and an element still being read is written as its start
tag and text first, its end tag and tail when it is finished, both cut from a serialised copy of the element
without its children. The skeleton is built as JSON directly, each batch escaped as it is made, so the page
is never held twice as text.
"""

from __future__ import annotations

import json

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

__all__ = ["SkeletonWriter"]

_CUT = "rt-cut"
_CUT_HTML = f"<{_CUT}></{_CUT}>"
_BATCH = 2048
"""Serialised pieces joined and escaped together: few enough strings, small enough copies."""


class SkeletonWriter:
    """Collects the serialised article in document order, as JSON string content."""

    def __init__(self) -> None:
        self._escaped: list[str] = []
        self._pending: list[str] = []
        self._open: dict[int, HtmlElement] = {}
        """Elements whose start tag is written and whose end tag is not, by id (the value keeps the proxy)."""

    def settle(self, element: HtmlElement, unread: HtmlElement | None) -> bool:
        """Write out and remove ``element``'s children after ``unread`` (its last child not yet read, or None
        when every child has been read), first its start tag if not written yet.

        Only for an element whose ancestors are all open. False when the element cannot be written in parts
        (a tag lxml will not copy): it then stays whole in the tree, and nothing inside it may be settled.
        """
        if id(element) not in self._open:
            try:
                head = _shell(element.tag, dict(element.attrib), element.text, None)[0]
            except (ValueError, TypeError):
                return False
            self._add(head)
            self._open[id(element)] = element
        done: list[HtmlElement] = []
        for child in element.iterchildren(reversed=True):
            if child is unread:
                break
            done.append(child)
        for child in reversed(done):
            self._write(child)
            element.remove(child)
        return True

    def finish(self, root: HtmlElement) -> None:
        """Write the rest of the article once it is read: what is left in it, and its end tag."""
        if self._open.pop(id(root), None) is None:
            self._add(etree.tostring(root, encoding="unicode", method="html", with_tail=False))
            return
        for child in root:
            self._write(child)
        self._add(_end(root, None))

    def json(self, format_name: str) -> str:
        """``{"format": …, "root": …}`` as ``json.dumps`` writes it, with the article serialised as root."""
        self._escape()
        opening = json.dumps({"format": format_name, "root": ""})[:-2]
        parts, self._escaped = self._escaped, []
        return "".join([opening, *parts, '"}'])

    def _write(self, item: HtmlElement) -> None:
        """One finished child: serialised whole, or, when its start tag is out, its rest and its end."""
        if self._open.pop(id(item), None) is None:
            self._add(etree.tostring(item, encoding="unicode", method="html", with_tail=True))
            return
        for child in item:
            self._write(child)
        self._add(_end(item, item.tail))

    def _add(self, text: str) -> None:
        self._pending.append(text)
        if len(self._pending) >= _BATCH:
            self._escape()

    def _escape(self) -> None:
        if self._pending:
            self._escaped.append(json.dumps("".join(self._pending))[1:-1])
            self._pending = []


def _shell(tag: str, attributes: dict[str, str], text: str | None, tail: str | None) -> tuple[str, str]:
    """What lxml writes before and after the children of an element with this tag, attributes, text and tail;
    ValueError when lxml will not make such an element."""
    shell = lxml.html.Element(tag, attributes)
    shell.text = text
    etree.SubElement(shell, _CUT)
    shell.tail = tail
    serialised = etree.tostring(shell, encoding="unicode", method="html", with_tail=True)
    cut = serialised.rfind(_CUT_HTML)  # text and tails are escaped: the last one is ours
    return serialised[:cut], serialised[cut + len(_CUT_HTML) :]


def _end(element: HtmlElement, tail: str | None) -> str:
    """The end tag of ``element`` (its start was written from the same tag) and ``tail``."""
    return _shell(element.tag, {}, None, tail)[1]
