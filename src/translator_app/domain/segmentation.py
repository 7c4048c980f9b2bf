"""Sentence segmentation with SRX-style rules: break candidates, then no-break exceptions per language.

One precompiled regex finds every *candidate* boundary (a terminal cluster such as ``.``, ``?!`` or
``…`` with its closing quotes and the whitespace after it, a blank line, or the space before a list
marker). Each candidate then goes through ordered exception rules, cheapest first; the first rule
that decides wins:

1. a blank line always breaks; the end of the text never needs a break;
2. no break when the next word starts in lowercase (``Yahoo! in``, ``co. at noon``,
   ``« … » a-t-il dit``) or with anything that cannot open a sentence (``Tél. :``, a dash, a comma);
3. no break inside a list marker (``1.``, ``a)``, ``• 9.``) that opens the sentence;
4. no break inside a *short* quotation (see below);
5. ellipses: a detached one (``the thing is . . . I``, ``[...]``) is an omission, an attached one
   ends a sentence (``that.... She``); four spaced dots after a word are a full stop plus an
   ellipsis opening the next sentence;
6. abbreviations, judged on the word before a single full stop: titles never end a sentence
   (``Mr.``, ``Mme``, ``M.``, ``Dr.``, ``St.``), single capitals are initials (``J. R. R. Tolkien``;
   English ``I`` after a lowercase word is the pronoun), number prefixes hold before a digit
   (``p. 55``, ``N°. 12``, ``Jan. 5``), and dotted or company abbreviations (``U.S.``, ``a.m.``, ``e.g.``,
   ``Co.``, ``Ltd.``) end a sentence only before a word that usually starts one (``U.S. How``
   breaks, ``U.S. Government`` does not).

E-mails, URLs, decimal numbers (``3.5``, ``1 000,5``) and phone numbers (``+41 22 717 9111``) need
no rule: a candidate needs whitespace right after the punctuation, and none of them has any.

Quotations: a quotation in « », “ ” or straight double quotes of at most ``QUOTE_KEEP_MAX``
characters is never split, so a short two-sentence quote stays one readable segment with its
attribution. A longer one (the usual three- or four-sentence statement of a press release) is split
at the sentence ends inside it, like any text: segments of one sentence get better memory matches
and are easier to translate and review, and each piece still reads on its own (the first keeps the
opening «, the last the closing » and the attribution).

Every piece keeps its trailing whitespace, so ``"".join(split_sentences(t, lang)) == t`` always
holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from translator_app.domain.languages import base_language

__all__ = ["QUOTE_KEEP_MAX", "Rules", "rules_for", "sentence_breaks", "split_sentences", "unwrap_lines"]

QUOTE_KEEP_MAX = 250
"""Quotations up to this many characters are never split."""

_CANDIDATE = re.compile(
    r"(?P<term>\.(?:[ \u00a0]\.){2,}|[.!?…‽]+)"  # spaced ellipsis first, then a plain cluster
    r"(?P<close>(?:[ \u00a0\u202f]?[»”]|[\"'’)\]]|</g\d+>|<x\d+/>)*)"  # closing quotes, brackets, tags
    r"(?P<ws>\s+)"
    r"|(?P<para>\n[^\S\n]*\n\s*)"  # a blank line without punctuation
    r"|(?P<lead>[^\S\n]+)(?=[•⁃▪◦‣]|(?:\d{1,2}|[a-z])(?:\.\)|\.|\))\s+[A-Z])"  # before a list marker
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_MARKER = re.compile(r"[\s•⁃▪◦‣*\-–]*(?P<val>\d{1,2}|[a-zA-Z])(?P<style>\.\)|\.|\))\s")
_NEXT_MARKER = re.compile(r"(?P<val>\d{1,2}|[a-z])(?P<style>\.\)|\.|\))")
_TAGS = re.compile(r"(?:<g\d+>|<x\d+/>)+")
_WORD = re.compile(r"[^\W\d_]+")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]{1,2}")
_QUOTE_CHARS = re.compile(r"[«»“”\"]")
_OPENERS = frozenset("«“‘\"'([{¿¡•⁃▪◦‣")
_TOKEN_STRIP = "«“‘\"'([{¿¡"
_BULLETS = frozenset("•⁃▪◦‣")


@dataclass(frozen=True)
class Rules:
    """The exception lists of one language, as frozensets for O(1) look-ups in the hot loop."""

    titles: frozenset[str]
    """Words that never end a sentence before a capital or a digit (case-sensitive)."""
    number_prefixes: frozenset[str]
    """Words that do not end a sentence before a digit (compared in lowercase)."""
    abbreviations: frozenset[str]
    """Words that end a sentence only before a usual sentence starter (case-sensitive)."""
    starters: frozenset[str]
    """Words that usually open a sentence, in title case."""
    pronoun_i: bool = False
    """English: ``I.`` after a lowercase word ends the sentence."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES_COMMON = "Dr Drs Prof St Ste Mt Mgr Tél Tel Tfno Fax Mob Gsm Port"
_NUMBER_PREFIXES = _words(
    "p pp para art arts ch chap sec fig figs vol vols no nos n° nº núm pág págs tab t réf ref ed éd "
    "approx ca env aprox ext tel tél jan feb mar apr jun jul aug sep sept oct nov dec janv févr avr "
    "juil déc ene abr ago dic ap km"
)
_ABBREVIATIONS_COMMON = "Co Corp Inc Ltd Cie Cía Jr Sr vs cf ex av apr Bros Esq Ltda"

_STARTERS_EN = (
    "A An The This That These Those There Here He She It They We I You His Her Its Their Our My Your "
    "But And Or So Yet However Meanwhile In On At For From As If When While Where What Why How Who "
    "Which After Before Today Also Since Although Though Then Thus Still Some Many Most All Each "
    "Every No Not One Two Three Under With Without During To By Such Both Other Further Moreover "
    "Please Yes"
)
_STARTERS_FR = (
    "Le La Les L Un Une Des De Du D Ce Cet Cette Ces C Il Elle Ils Elles On Nous Vous Je J En Dans "
    "Pour Par Avec Sans Sur Sous Depuis Selon Après Avant Au Aux Lors Mais Et Ou Or Donc Ainsi "
    "Cependant Toutefois Pourtant Enfin Aujourd Qu Que Quand Si Son Sa Ses Leur Leurs Notre Nos Votre "
    "Vos Cela Ceci Puis Outre Alors Plus Parmi Grâce Chaque Tous Toutes Voici Entre"
)
_STARTERS_ES = (
    "El La Los Las Lo Un Una Unos Unas Este Esta Estos Estas Ese Esa Esto Eso Él Ella Ellos Ellas "
    "Nosotros Usted En Con Para Por Desde Según Tras Durante Pero Y O Sin Sobre Además Así Hoy Su Sus "
    "Nuestro Nuestra Al Del De Cuando Si Como Aunque También No Se Le Les Hay Entre Cada Todos Todas"
)

_LANG_RULES: dict[str, Rules] = {
    "en": Rules(
        titles=_words(
            _TITLES_COMMON + " Mr Mrs Ms Messrs Mmes Rev Hon Sen Rep Gov Gen Col Lt Capt Sgt Cmdr Adm "
            "Maj Supt Insp Pres Fr"
        ),
        number_prefixes=_NUMBER_PREFIXES,
        abbreviations=_words(_ABBREVIATIONS_COMMON),
        starters=_words(_STARTERS_EN),
        pronoun_i=True,
    ),
    "fr": Rules(
        titles=_words(_TITLES_COMMON + " M MM Mme Mmes Mlle Mlles Me Pr Vve"),
        number_prefixes=_NUMBER_PREFIXES,
        abbreviations=_words(_ABBREVIATIONS_COMMON + " Ets"),
        starters=_words(_STARTERS_FR),
    ),
    "es": Rules(
        titles=_words(_TITLES_COMMON + " Sr Sra Srta Sres Sras Dra D Dña Lic Ing Arq Ud Uds Vd Vds EE"),
        number_prefixes=_NUMBER_PREFIXES,
        abbreviations=_words(_ABBREVIATIONS_COMMON + " UU"),
        starters=_words(_STARTERS_ES),
    ),
}


@lru_cache(maxsize=32)
def rules_for(lang: str) -> Rules:
    """The rules of ``lang`` (``fr``, ``fr-CH``, ``en_GB``…); other languages get the union of all lists."""
    base = base_language(lang)
    if base in _LANG_RULES:
        return _LANG_RULES[base]
    every = list(_LANG_RULES.values())
    return Rules(
        titles=frozenset().union(*(r.titles for r in every)) - {"D", "M", "Me"},
        number_prefixes=_NUMBER_PREFIXES,
        abbreviations=frozenset().union(*(r.abbreviations for r in every)),
        starters=frozenset().union(*(r.starters for r in every)),
    )


def _short_quotes(text: str) -> list[tuple[int, int]]:
    """Spans (opening, closing) of quotations short enough to be kept whole, merged and sorted."""
    stack: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for match in _QUOTE_CHARS.finditer(text):
        char, pos = match.group(), match.start()
        if char in "«“":
            stack.append((char, pos))
            continue
        opener = '"' if char == '"' else ("«" if char == "»" else "“")
        if char == '"' and not (stack and stack[-1][0] == '"'):
            stack.append((char, pos))
            continue
        for depth in range(len(stack) - 1, max(len(stack) - 9, 0) - 1, -1):  # nesting is shallow
            if stack[depth][0] == opener:
                start = stack[depth][1]
                del stack[depth:]
                if pos - start <= QUOTE_KEEP_MAX:
                    spans.append((start, pos))
                break
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_before(text: str, end: int, floor: int) -> tuple[str, int]:
    """The non-space run ending at ``end`` (not before ``floor``) and where it starts."""
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:end], start


def _abbreviation_holds(
    text: str, word: str, word_start: int, floor: int, nxt: str, brk: int, rules: Rules
) -> bool:
    """True when the full stop after ``word`` belongs to an abbreviation rather than ending the sentence."""
    if word in rules.titles:
        return True
    if nxt.isdigit() and word.lower() in rules.number_prefixes:
        return True
    if len(word) == 1 and word.isupper():
        if word == "I" and rules.pronoun_i:
            previous, _ = _word_before(text, max(word_start - 1, floor), floor)
            return bool(previous) and previous[0].isupper()
        return True
    if word in rules.abbreviations or _DOTTED.fullmatch(word):
        following = _WORD.match(text, brk)
        return following is None or following.group() not in rules.starters
    return False


def sentence_breaks(text: str, lang: str, most: int | None = None) -> list[int]:
    """Offsets where a new sentence starts (after the previous one's trailing whitespace), in order; at most
    ``most`` of them (a reader that only needs to know a text has too many stops there)."""
    rules = rules_for(lang)
    size = len(text)
    breaks: list[int] = []
    quotes = _short_quotes(text) if _QUOTE_CHARS.search(text) else []
    quote_index = 0
    sent_start = 0
    marker = _MARKER.match(text, 0)
    marker_end = marker.end("style") if marker else -1
    for match in _CANDIDATE.finditer(text):
        brk = match.end()
        if brk >= size:
            break
        start = match.start()
        kind = match.lastgroup  # "ws" (after a terminal cluster), "para" or "lead"
        if kind == "lead":
            if start <= sent_start:
                continue
            if text[brk] not in _BULLETS:
                following = _NEXT_MARKER.match(text, brk)
                if not (
                    marker
                    and following
                    and following.group("style") == marker.group("style")
                    and _follows(marker.group("val"), following.group("val"))
                ):
                    continue
        elif kind == "ws" and not _BLANK_LINE.search(match.group("ws")):
            nxt = text[brk]
            if nxt == "<":  # an inline tag opens the next sentence: judge the text after it
                tags = _TAGS.match(text, brk)
                nxt = text[tags.end()] if tags and tags.end() < size else nxt
            if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
                continue
            if start < marker_end:
                continue
            while quote_index < len(quotes) and quotes[quote_index][1] < brk:
                quote_index += 1
            if quote_index < len(quotes) and quotes[quote_index][0] < brk:
                continue
            term = match.group("term")
            if term == "." or term == "..":
                if not match.group("close"):
                    token, token_start = _word_before(text, start, sent_start)
                    word = token.lstrip(_TOKEN_STRIP)
                    if word and _abbreviation_holds(text, word, token_start, sent_start, nxt, brk, rules):
                        continue
            elif term[0] == "." and len(term) > 3 and term[1] != ".":  # spaced ellipsis
                detached = start == 0 or text[start - 1].isspace()
                dots = term.count(".")
                if detached and dots < 4:
                    continue
                if not detached and dots == 4:
                    brk = start + 2  # the full stop and its space; the ellipsis opens the next sentence
            elif term[0] in ".…" and "?" not in term and "!" not in term:
                before = text[start - 1] if start else " "
                if before.isspace() or before in "[(":
                    continue
        breaks.append(brk)
        if most is not None and len(breaks) >= most:
            break
        sent_start = brk
        marker = _MARKER.match(text, brk)
        marker_end = marker.end("style") if marker else -1
    return breaks


def _follows(previous: str, current: str) -> bool:
    """True when list marker ``current`` comes right after ``previous`` (``1`` → ``2``, ``a`` → ``b``)."""
    if previous.isdigit() and current.isdigit():
        return int(current) == int(previous) + 1
    return len(previous) == len(current) == 1 and ord(current) == ord(previous) + 1


def split_sentences(text: str, lang: str, most: int | None = None) -> list[str]:
    """Split ``text`` into sentences; each keeps its trailing whitespace, so the pieces join back exactly.
    With ``most``, the text is cut at no more than that many breaks (the last piece holds the rest)."""
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for brk in sentence_breaks(text, lang, most):
        pieces.append(text[start:brk])
        start = brk
    pieces.append(text[start:])
    return pieces


_LINE_BREAK = re.compile(r"[^\S\n]*\n\s*")


def unwrap_lines(text: str) -> str:
    """``text`` with each line break (and the spaces around it) read as one space, for display, TM and MT."""
    return _LINE_BREAK.sub(" ", text) if "\n" in text else text
