"""The shapes lines take in text scraped from a web page, whatever the page's language or letter case.

Navigation leaves the same marks on every site: entries printed twice (once as the link, once in upper case
by the page's style: ``Who we are`` / ``WHO WE ARE``), a mega-menu heading glued to its blurb (``Qui sommes
nousL'Organisation…``, ``WHO WE AREThe International…``), lone ``-`` lines, ``- item`` lists, runs of short
unpunctuated links. None of these tests looks at words of a particular language; they compare lines with
each other and look at letter case, punctuation and length only.

CMS tokens a scrape may carry (Drupal ``[block:…]``, Twig/Jinja/Liquid ``{{ … }}`` and ``{% … %}``,
WordPress shortcodes such as ``[caption id="1"]`` or ``[/caption]``) are found here too; they are never
translated. A bracketed word of prose (``[sic]``, ``[1]``) is not a shortcode: one needs attributes, a
closing slash, a ``-``/``_`` in its name, or a name WordPress ships.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\n|[^\n]+")
RULE_LINE = re.compile(r"[-–—*•·|_=~#]+(?:[ \t]+[-–—*•·|_=~#]+)*")
BULLET = re.compile(r"[-–•*·▪◦][ \t]+(?=\S)")
NUMBERED = re.compile(r"(?:\d{1,2}|[a-z])[.)][ \t]")
_PLACE = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '’.\-][A-Za-zÀ-ÖØ-öø-ÿ][^\W\d_]*\.?){0,3}"
_PLACES = rf"{_PLACE}(?:\s*/\s*{_PLACE})*(?:,\s*{_PLACE})?"
_WORD_DATE = (
    r"(?:\d{1,2}(?:er|st|nd|rd|th|º)?\s+(?:de\s+)?[^\W\d_]+\.?(?:\s+(?:de\s+)?\d{4})?"
    r"|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)"
)
_NUMERIC_DATE = r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
DATELINE = re.compile(
    rf"{_PLACES},\s+(?:(?:le|el|on)\s+)?(?:{_WORD_DATE}|{_NUMERIC_DATE})"
    r"(?:\s*\([^)]{1,30}\))?\s*[–—-]{1,2}\s"
)
UNDATED_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ]{3,}(?:[ /'’-][A-ZÀ-ÖØ-Þ]{2,}){0,3}\s+[–—-]{1,2}\s+(?=[^\W\d_])")
"""A place in capitals and a dash, the dateline of a release that gives no date (``GENÈVE – La…``)."""
DATE_ONLY = re.compile(
    r"\W*(?:[^\W\d_]+,?\s+)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th|º)?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    rf"|{_NUMERIC_DATE})\W*"
)
"""A line that is only a date (``3 March 2025``, ``lundi 3 mars 2025``, ``May 3, 2025``, ``03/05/2025``)."""
SENTENCE_END = tuple('.!?…:;»”"')
QUOTE_OPENERS = tuple('«“"')
MAX_MENU = 100
MAX_HEADLINE = 250
MIN_WRAP_WIDTH = 50
MAX_WRAP_WIDTH = 100
SHORT_LINK_WORDS = 5

_SHORTCODE_NAMES = (
    "caption|gallery|audio|video|playlist|embed|wp_caption|button|contact-form-7|contact-form|"
    "vc_[a-z_]+|et_pb_[a-z_]+|fusion_[a-z_]+"
)
CMS_TOKEN = re.compile(
    r"\[block:[^\]\n]*\]"
    r"|\{\{.*?\}\}|\{%.*?%\}"
    r"|\[/?[a-z][a-z0-9]*[-_][a-z0-9_-]*(?:\s[^\]\n]*)?\]"
    r"|\[[a-z][a-z0-9]*\s+[a-z_-]+=[^\]\n]*\]"
    r"|\[/[a-z][a-z0-9]*\]"
    rf"|\[(?:{_SHORTCODE_NAMES})(?:\s[^\]\n]*)?\]"
)


@dataclass(slots=True)
class Line:
    """One non-blank line: where its text starts and ends in the document, and what it looks like."""

    start: int
    end: int
    text: str
    blank_before: bool
    pattern: str = ""
    """Boilerplate shape: ``rule`` (``-``, ``***``), ``repeat``, ``menu`` (before a glued line), ``glued``,
    ``item`` (``- entry``), ``token`` (a CMS token alone on its line), or empty for ordinary text."""
    glue: int = 0
    """For a glued line, the length of the heading at its start."""


def read_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    blank = False
    for match in _LINE.finditer(text):
        raw = match.group()
        content = raw.strip()
        if not content:
            blank = True
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(start, start + len(content), content, blank and bool(lines)))
        blank = False
    return lines


def same_words(a: str, b: str) -> bool:
    """The same entry, whatever the letter case the page's style gave it."""
    return a.casefold() == b.casefold()


def glued_to(heading: str, line: str) -> bool:
    """``line`` is ``heading`` (in any case) with the blurb glued right after it."""
    size = len(heading)
    return (
        len(line) > size + 1
        and same_words(line[:size], heading)
        and line[size].isupper()
        and not heading[-1].isspace()
    )


def capital_glue(text: str) -> int:
    """The length of a heading in capitals glued to the sentence after it (``WHO WE AREThe…``), or 0."""
    end = 0
    while end < len(text) and (text[end].isupper() or text[end] in " '’&-/"):
        end += 1
    if end >= len(text) or not text[end].islower() or end < 2:
        return 0
    cut = end - 1  # the capital that starts the glued word
    heading = text[:cut]
    if not text[cut].isupper():
        return 0
    letters = sum(1 for c in heading if c.isalpha())
    if heading != heading.rstrip() or not heading[-1:].isalpha():
        return 0
    if letters < 6 and " " not in heading:
        return 0
    return cut if is_prose(text[cut:]) else 0


def mark_boilerplate(lines: list[Line]) -> None:
    """Tag the shapes navigation leaves in scraped text; what they mean depends on where they stand."""
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if RULE_LINE.fullmatch(line.text):
            line.pattern = "rule"
        elif CMS_TOKEN.fullmatch(line.text):
            line.pattern = "token"
        elif following is not None and len(line.text) <= MAX_MENU and same_words(following.text, line.text):
            line.pattern = following.pattern = "repeat"
        elif following is not None and len(line.text) <= MAX_MENU and glued_to(line.text, following.text):
            line.pattern = line.pattern or "menu"
            following.pattern, following.glue = "glued", len(line.text)
        elif not line.pattern and (glue := capital_glue(line.text)):
            line.pattern, line.glue = "glued", glue
        elif not line.pattern and BULLET.match(line.text):
            line.pattern = "item"


def is_prose(text: str) -> bool:
    words = text.count(" ") + 1
    return (len(text) >= 60 and words >= 8) or (text.endswith(SENTENCE_END) and words >= 6)


def is_headline(text: str) -> bool:
    return (
        len(text) <= MAX_HEADLINE
        and not text.endswith((".", ":", ";", ","))
        and " " in text
        and not DATE_ONLY.fullmatch(text)
        and not CMS_TOKEN.search(text)
    )


def is_dateline(text: str) -> bool:
    return bool(DATELINE.match(text) or UNDATED_DATELINE.match(text))


def is_short_link(line: Line) -> bool:
    """A navigation link printed once: a few words, no sentence punctuation."""
    return (
        not line.pattern
        and line.text.count(" ") < SHORT_LINK_WORDS
        and not line.text.endswith((*SENTENCE_END, ","))
        and not DATE_ONLY.fullmatch(line.text)
    )


def wrap_width(lines: Sequence[Line]) -> int:
    """The width a mail client wrapped the text at, or 0 when the text was not hard-wrapped.

    Lines longer than any wrapping width (an unwrapped headline, say) are left out of the measure; the text
    counts as wrapped when lines near that width clearly outnumber the longer ones."""
    widths = [len(line.text) for line in lines if not line.pattern]
    fitting = [w for w in widths if w <= MAX_WRAP_WIDTH]
    if not fitting or max(fitting) < MIN_WRAP_WIDTH:
        return 0
    width = max(fitting)
    near = sum(1 for w in fitting if w >= 0.75 * width)
    longer = sum(1 for w in widths if w > MAX_WRAP_WIDTH)
    return width if near >= 2 and near >= 3 * longer else 0


def continues(previous: Line, line: Line, width: int) -> bool:
    """True when ``line`` goes on the sentence of ``previous``: a wrapped line rather than a new paragraph."""
    if line.blank_before or line.pattern or previous.pattern not in ("", "item") or NUMBERED.match(line.text):
        return False
    if line.text[0].islower() and not previous.text.endswith(SENTENCE_END):
        return True
    first_word = line.text.split(None, 1)[0]
    return bool(width) and len(previous.text) + 1 + len(first_word) > width
