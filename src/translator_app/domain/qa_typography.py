"""Checks on how the target is written: spaces, end punctuation, brackets and quotes, French typography,
repeated words.

Segments are sentences cut out of paragraphs, so a quotation often opens in one segment and closes in the
next: brackets and quotes are compared with the source's own balance rather than required to balance.
"""

from __future__ import annotations

import re

from translator_app.domain.languages import base_language
from translator_app.domain.qa_findings import Finding, QaCode, finding, mask
from translator_app.domain.qa_patterns import item_spans
from translator_app.domain.tags import find_tags, strip_tags

NO_BREAK = "\u00a0\u202f"
_SPACE_RUN = re.compile(r"[ \u00a0\u202f\t]{2,}")
_TRAILING_CLOSERS = " \t\u00a0\u202f\"'”’»)]}"
_TERMINALS = {".": ".", "…": "…", "!": "!", "?": "?", ":": ":", ";": ";", "。": ".", "！": "!", "？": "?"}
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_OPEN_QUOTES = "«“„"
_CLOSE_QUOTES = "»”"
_REPEAT = re.compile(r"(?<!\w)([^\W\d_]+)(\s+)(\1)(?!\w)", re.IGNORECASE)
ALLOWED_REPEATS: dict[str, frozenset[str]] = {
    "fr": frozenset({"nous", "vous"}),
    "en": frozenset({"had", "that"}),
}


def _plain_mask(text: str) -> str:
    """Tags, URLs, addresses and phone numbers overwritten, offsets unchanged."""
    return mask(text, [(t.start, t.end) for t in find_tags(text)] + item_spans(text))


def check_spaces(source: str, target: str) -> list[Finding]:
    """Leading or trailing whitespace that the source does not have (or lacks), and runs of spaces."""
    findings = []
    lead = len(target) - len(target.lstrip())
    if bool(lead) != (source[:1].isspace()):
        findings.append(finding(QaCode.SPACE_LEADING, 0, lead))
    body = target.rstrip()
    if (len(body) < len(target)) != (source[-1:].isspace()):
        findings.append(finding(QaCode.SPACE_TRAILING, len(body), len(target)))
    for run in _SPACE_RUN.finditer(target):
        if run.start() >= lead and run.end() <= len(body):
            findings.append(finding(QaCode.SPACE_DOUBLE, run.start(), run.end()))
    return findings


def terminal(text: str) -> tuple[str, int]:
    """The end punctuation class of ``text`` ("" for none) and where it sits, past closing quotes."""
    plain = strip_tags(text)
    body = plain.rstrip(_TRAILING_CLOSERS)
    if body.endswith("..."):
        return "…", len(body) - 3
    last = body[-1:]
    return _TERMINALS.get(last, ""), len(body) - 1


def check_end_punctuation(source: str, target: str) -> list[Finding]:
    """The target ends like the source: a full stop for a full stop, no mark for a heading without one."""
    wanted, _ = terminal(source)
    found, _ = terminal(target)
    if wanted == found:
        return []
    body = target.rstrip(_TRAILING_CLOSERS)
    start = max(len(body) - 1, 0) if found else len(body)
    return [finding(QaCode.END_PUNCTUATION, start, len(body), wanted)]


def _bracket_state(text: str) -> tuple[dict[str, int], int | None]:
    """Net opening count per bracket kind, and the first closing bracket with nothing to close."""
    net = dict.fromkeys(_PAIRS, 0)
    stray = None
    closers = {close: open_ for open_, close in _PAIRS.items()}
    for index, char in enumerate(text):
        if char in _PAIRS:
            net[char] += 1
        elif char in closers:
            net[closers[char]] -= 1
            if net[closers[char]] < 0 and stray is None:
                stray = index
    return net, stray


def _quote_balance(text: str) -> int:
    """How unbalanced the double quotes are (curly and guillemets by count, straight ones by parity)."""
    opened = sum(text.count(q) for q in _OPEN_QUOTES) - sum(text.count(q) for q in _CLOSE_QUOTES)
    return abs(opened) + text.count('"') % 2


def check_brackets_and_quotes(source: str, target: str) -> list[Finding]:
    """Brackets and quotes balanced as the source has them (a quotation may span two segments)."""
    src, tgt = _plain_mask(source), _plain_mask(target)
    findings = []
    source_net, source_stray = _bracket_state(src)
    target_net, target_stray = _bracket_state(tgt)
    if source_net != target_net or (target_stray is not None and source_stray is None):
        where = target_stray
        if where is None:
            kinds = [k for k in _PAIRS if source_net[k] != target_net[k]]
            where = next((i for i, c in enumerate(tgt) if kinds and c in (kinds[0], _PAIRS[kinds[0]])), None)
        start = 0 if where is None else where
        findings.append(finding(QaCode.BRACKETS_UNBALANCED, start, start if where is None else start + 1))
    if _quote_balance(src) != _quote_balance(tgt):
        where = next((i for i, c in enumerate(tgt) if c in _OPEN_QUOTES + _CLOSE_QUOTES + '"'), None)
        start = 0 if where is None else where
        findings.append(finding(QaCode.QUOTES_UNBALANCED, start, start if where is None else start + 1))
    return findings


def check_french_typography(target: str, target_lang: str) -> list[Finding]:
    """A French target needs a no-break space before ``; : ! ?`` and ``%`` and inside ``« »``.

    The narrow no-break space (U+202F) is the one to type; the wider U+00A0 is accepted, since both keep the
    mark on the line of its word. A colon between digits (``10:30``) and marks inside URLs are left alone.
    """
    if base_language(target_lang) != "fr":
        return []
    text = _plain_mask(target)
    findings = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if char in ";:!?%" and index:
            if before in NO_BREAK or before in "!?\x00" or before == char:
                continue
            if char == ":" and before.isdigit() and after.isdigit():
                continue
            if char == "%" and not before.isdigit() and before != " ":
                continue
            start = index - 1 if before.isspace() else index
            findings.append(finding(QaCode.FR_NBSP_MISSING, start, index + 1, char))
        elif char == "«" and after and after not in NO_BREAK + "\x00":
            end = index + 2 if after.isspace() else index + 1
            findings.append(finding(QaCode.FR_NBSP_MISSING, index, end, char))
        elif char == "»" and index and before not in NO_BREAK + "\x00":
            start = index - 1 if before.isspace() else index
            findings.append(finding(QaCode.FR_NBSP_MISSING, start, index + 1, char))
    return findings


def check_repeated_words(source: str, target: str, target_lang: str) -> list[Finding]:
    """``the the``: a word twice in a row, unless the source repeats it too or the language allows it."""
    allowed = ALLOWED_REPEATS.get(base_language(target_lang), frozenset())
    in_source = {m.group(1).casefold() for m in _REPEAT.finditer(strip_tags(source))}
    findings = []
    for match in _REPEAT.finditer(target):
        word = match.group(1).casefold()
        if word in allowed or word in in_source:
            continue
        findings.append(finding(QaCode.REPEATED_WORD, match.start(3), match.end(3), match.group(3)))
    return findings
