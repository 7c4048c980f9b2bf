"""What XLIFF 2.1 and 1.2 share: a returned file as data, whitespace per ``xml:space``, layout, notes.

Whitespace: inline content is read as the XLIFF specifications say. Where ``xml:space`` (inherited from the
nearest ancestor that has it) is ``preserve``, every character counts; where it is ``default``, whitespace is
the application's to normalise, and runs of it are read as one space, none at the ends. The export writes
``preserve`` only where a text needs it (a line break kept inside a hard-wrapped sentence, a double space),
and lays out the structure with line breaks and indentation *between* elements, never inside a ``source``,
``target`` or ``note``. A tool that re-indents the file anyway (lxml's ``indent`` ignores ``xml:space``)
changes nothing the merge reads: a source that matches the release once whitespace is normalised is taken as
the same source, and its target is then read with normalised whitespace too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from lxml import etree

from translator_app.domain.errors import bad_input
from translator_app.domain.tags import Tag, TagKind, check_tags, find_tags

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
RT = "urn:translator-app:xliff"
"""Our namespace for what the standards have no place for (export versions, the segment a note is on)."""
_XML_WHITESPACE = re.compile(r"[ \t\r\n]+")
INDENT = "  "


@dataclass(frozen=True)
class ReturnedNote:
    """A note found in a returned file, for one segment (or the first translatable one of ``segment_ids``)."""

    segment_ids: tuple[int, ...]
    text: str
    author: str = ""
    """Who wrote it, as the file says (empty when it does not: the person merging is then the author)."""
    note_id: str = ""


@dataclass(frozen=True, slots=True)
class XliffSegment:
    """A segment as the returned file has it: source and target back in ``<gN>``/``<xN/>`` form."""

    segment_id: int
    source: str
    target: str | None
    state: str
    sub_state: str
    exported_version: int | None = None
    """The segment's version when the file was exported (None when the file does not say)."""
    preserve: bool = True
    """Whether ``xml:space`` is ``preserve`` for the source and target (else whitespace is normalised)."""

    def matches(self, source: str) -> bool:
        """The file's source is the release's: exactly, or but for whitespace a tool laid out differently."""
        return self.source == source or collapse(self.source) == collapse(source)

    def target_for(self, source: str, current: str) -> str | None:
        """The file's target as the release should take it: exact when whitespace is preserved and the
        source came back exactly, else normalised (and the current target kept when only whitespace
        differs)."""
        if self.target is None:
            return None
        if self.preserve and self.source == source:
            return self.target
        text = collapse(self.target)
        return current if text == collapse(current) else text


@dataclass(frozen=True)
class XliffFile:
    release_id: int
    source_lang: str
    target_lang: str
    segments: list[XliffSegment]
    notes: list[ReturnedNote] = field(default_factory=list)
    version: str = "2.1"


def collapse(text: str) -> str:
    """Whitespace as ``xml:space="default"`` lets an application read it: runs as one space, ends trimmed."""
    return _XML_WHITESPACE.sub(" ", text).strip(" ")


def needs_preserve(text: str) -> bool:
    """A text that ``default`` whitespace handling would change."""
    return collapse(text) != text


def preserved(element: etree._Element) -> bool:
    """``xml:space`` in force for the element (inherited; ``default`` when nothing says otherwise)."""
    node: etree._Element | None = element
    while node is not None:
        value = node.get(XML_SPACE)
        if value in ("preserve", "default"):
            return bool(value == "preserve")
        node = node.getparent()
    return False


def lay_out(element: etree._Element, leaves: frozenset[str], depth: int = 0) -> None:
    """Indent the structure, one element per line; the content of ``leaves`` (local names) stays as is."""
    if etree.QName(element).localname in leaves or not len(element):
        return
    inner = "\n" + INDENT * (depth + 1)
    element.text = inner
    children = list(element)
    for child in children:
        child.tail = inner
        lay_out(child, leaves, depth + 1)
    children[-1].tail = "\n" + INDENT * depth


def serialise(root: etree._Element, leaves: frozenset[str], doctype: str | None = None) -> bytes:
    lay_out(root, leaves)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", doctype=doctype)
    return bytes(data) + b"\n"


def fill_inline(
    parent: etree._Element, text: str, element_for: Callable[[etree._Element, Tag], etree._Element]
) -> None:
    """Write tagged text under ``parent``: ``element_for(holder, tag)`` makes the element of an opening or
    standalone tag. Unbalanced tags stay literal text rather than guess."""
    balanced = not any(f.problem == "tag-unbalanced" for f in check_tags(text, text))
    stack = [parent]
    last: etree._Element | None = None
    position = 0
    for tag in find_tags(text) if balanced else []:
        _append_text(stack[-1], last, text[position : tag.start])
        position = tag.end
        if tag.kind is TagKind.CLOSE:
            last = stack.pop()
            continue
        element = element_for(stack[-1], tag)
        if tag.kind is TagKind.OPEN:
            stack.append(element)
            last = None
        else:
            last = element
    _append_text(stack[-1], last, text[position:])


def _append_text(parent: etree._Element, after: etree._Element | None, text: str) -> None:
    if not text:
        return
    if after is not None:
        after.tail = (after.tail or "") + text
    elif len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def read_inline(
    element: etree._Element,
    roles: Mapping[str, str],
    number_of: Callable[[etree._Element], int],
    name: str,
    segment_id: int,
) -> str:
    """Inline content back to ``<gN>``…``</gN>`` and ``<xN/>``. ``roles`` says what each element (local name)
    is: ``pair``, ``standalone``, ``code`` (a code point, XLIFF 2's ``<cp hex>``) or ``""`` (a marker whose
    content is read through); any other element is a broken tag."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction: its tail is text
            parts.append(child.tail or "")
            continue
        local = etree.QName(child).localname
        role = roles.get(local)
        if role == "":
            parts.append(read_inline(child, roles, number_of, name, segment_id))
        elif role == "code" and _is_code_point(child.get("hex", "")):
            parts.append(chr(int(child.get("hex", "0"), 16)))
        elif role == "standalone":
            if len(child) or child.text:
                raise bad_input("broken-tag", name, segment=segment_id, tag=child.get("id", "?"))
            parts.append(f"<x{number_of(child)}/>")
        elif role == "pair":
            number = number_of(child)
            parts.append(f"<g{number}>{read_inline(child, roles, number_of, name, segment_id)}</g{number}>")
        else:
            raise bad_input("broken-tag", name, segment=segment_id, tag=local)
        parts.append(child.tail or "")
    return "".join(parts)


def _is_code_point(value: str) -> bool:
    return 0 < len(value) <= 6 and all(c in "0123456789abcdefABCDEF" for c in value)
