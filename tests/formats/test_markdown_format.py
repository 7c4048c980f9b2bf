"""Markdown releases: blocks, kinds and tags on the way in; the document or its translation on the way out."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from markdown_it.token import Token

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Release, Segment, SegmentKind
from translator_app.formats.document import ParsedDocument
from translator_app.formats.markdown import MarkdownFormat, markdown_parser

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
MARKDOWN_FIXTURES = sorted(FIXTURES.glob("*.md"))
FORMAT = MarkdownFormat()


def parse(text: str, lang: str = "fr") -> ParsedDocument:
    return FORMAT.parse(text.encode("utf-8"), "release.md", lang)


def render(doc: ParsedDocument, choose: Callable[[Segment], str | None], *, skeleton: str | None = None,
           original: bytes | None = None) -> str:
    release = Release(title=doc.title, source_lang="fr", target_lang="en", format="markdown",
                      skeleton=doc.skeleton if skeleton is None else skeleton, original=original)
    return FORMAT.render(release, doc.blocks, doc.segments, choose).decode("utf-8")


def source(segment: Segment) -> str:
    return segment.source


def signature(text: str) -> list[tuple[str, ...]]:
    """The token stream as (type, tag, content or attributes), leaving out how the source spelled it."""
    result: list[tuple[str, ...]] = []

    def walk(tokens: list[Token]) -> None:
        for token in tokens:
            if token.type == "inline":
                walk(token.children or [])
                continue
            if token.type == "image":
                alt = "".join(child.content for child in token.children or [])
                result.append((token.type, str(token.attrs.get("src")), alt, str(token.attrs.get("title"))))
                continue
            if token.type == "link_open":
                result.append((token.type, str(token.attrs.get("href")), str(token.attrs.get("title"))))
                continue
            content = token.content if token.type in ("text", "code_inline", "fence", "html_inline") else ""
            result.append((token.type, token.tag, content))

    walk(markdown_parser().parse(text))
    return result


@pytest.mark.parametrize("path", MARKDOWN_FIXTURES, ids=lambda p: p.name)
def test_round_trip_keeps_structure_and_formatting(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    rebuilt = render(FORMAT.parse(path.read_bytes(), path.name, path.stem.split("_")[-1]), source)
    assert signature(rebuilt) == signature(original)
    assert markdown_parser().render(rebuilt) == markdown_parser().render(original)


def test_blocks_kinds_title_and_tags() -> None:
    doc = FORMAT.parse((FIXTURES / "alpina_fr.md").read_bytes(), "alpina_fr.md", "fr")
    assert doc.title == "La Fondation Alpina lance un réseau de sources en montagne"
    kinds = {segment.kind for segment in doc.segments}
    assert kinds == {SegmentKind.TITLE, SegmentKind.PARAGRAPH, SegmentKind.LIST_ITEM, SegmentKind.QUOTE,
                     SegmentKind.HEADING, SegmentKind.TABLE_CELL, SegmentKind.CAPTION}
    sources = [segment.source for segment in doc.segments]
    assert sources[0] == "La Fondation Alpina lance un <g1>réseau de sources</g1> en montagne"
    assert sources[1].startswith("<g1>Genève, 11 mars 2025</g1> – La <g2>Fondation Alpina</g2> annonce")
    assert "Les premières mesures seront publiées dès le mois de mai." in sources
    assert "une plateforme de données ouverte, accessible via <x1/> :" in sources
    assert "Jura | Neuchâtel" in sources
    assert "<g1>Une source captée au-dessus de Sion</g1>" in sources
    assert not any("slug" in text or "ALP-2025" in text for text in sources), "front matter and code stay out"
    link = json.loads(doc.blocks[1].skeleton)["tags"][0]["g"]["2"]
    assert link == {"o": "[", "c": "](https://alpina.example/fr)"}


def test_sentences_are_split_within_a_block_but_never_inside_a_tag_pair() -> None:
    doc = parse("Première phrase. **Deuxième phrase. Troisième phrase.** Quatrième *phrase*. Fin.\n")
    assert [s.source for s in doc.segments] == [
        "Première phrase.",
        "<g1>Deuxième phrase. Troisième phrase.</g1>",
        "Quatrième <g1>phrase</g1>.",
        "Fin.",
    ]
    assert [s.block for s in doc.segments] == [0, 0, 0, 0]
    assert [s.position for s in doc.segments] == [0, 1, 2, 3]
    assert "".join(s.source + s.separator for s in doc.segments).endswith("Fin.")


def test_translation_puts_markup_around_the_right_words() -> None:
    doc = parse("# La Fondation lance un *réseau*\n\nLa [Fondation Alpina](https://alpina.example) "
                "annonce un **programme** pour `v2`.\n")
    targets = {
        "La Fondation lance un <g1>réseau</g1>": "The Foundation launches a <g1>network</g1>",
        "La <g1>Fondation Alpina</g1> annonce un <g2>programme</g2> pour <x3/>.":
            "A <g2>programme</g2> for <x3/> from the <g1>Alpina Foundation</g1>.",
    }
    out = render(doc, lambda s: targets[s.source])
    assert out == ("# The Foundation launches a *network*\n\n"
                   "A **programme** for `v2` from the [Alpina Foundation](https://alpina.example).\n")


def test_targets_are_escaped_so_they_stay_text() -> None:
    doc = parse("- Un point\n\nUn paragraphe.\n")
    hostile = "1. <script>alert(1)</script> *pas* d'emphase [ni](lien) ~~ni~~ barré\n# ni titre\n---"
    out = render(doc, lambda s: hostile if s.kind is SegmentKind.PARAGRAPH else s.source)
    types = [token.type for token in markdown_parser().parse(out)]
    assert types.count("paragraph_open") == 2 and types.count("bullet_list_open") == 1
    markup = {"html_inline", "html_block", "heading_open", "em_open", "link_open", "s_open", "hr"}
    assert not markup & set(types)
    html = markdown_parser().render(out)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html


def test_left_out_segments_and_emptied_blocks() -> None:
    doc = parse("Intro. Suite.\n\n- un\n- deux\n- trois\n\n> Citation.\n")
    out = render(doc, lambda s: None if s.source in ("Suite.", "deux", "Citation.") else s.source)
    assert out == "Intro.\n\n- un\n- trois\n\n"


def test_broken_tags_in_a_target_do_not_break_the_document() -> None:
    doc = parse("Le **programme** commence.\n")
    out = render(doc, lambda s: "The </g1>programme <g1>starts <g7>now<x9/>")
    assert out == "The programme **starts now**\n"


def test_tables_quotes_nested_lists_and_line_breaks_are_rebuilt() -> None:
    text = ("> Une citation\n> sur deux lignes  \n> avec un saut.\n\n1. un\n   - sous-point\n\n"
            "| A | B |\n|---|---|\n| x | y |\n")
    doc = parse(text)
    upper = render(doc, lambda s: re.sub(r"<[^>]+>|[^<]+", lambda m: m.group().upper() if m.group()[0] != "<"
                                         else m.group(), s.source))
    assert upper == ("> UNE CITATION\n> SUR DEUX LIGNES\\\n> AVEC UN SAUT.\n\n1. UN\n   - SOUS-POINT\n\n"
                     "| A | B |\n|---|---|\n| X | Y |\n")
    assert signature(render(doc, source)) == signature(text)


def test_windows_line_endings_come_back() -> None:
    data = b"# Titre\r\n\r\nUn paragraphe\r\nsur deux lignes.\r\n"
    doc = FORMAT.parse(data, "r.md", "fr")
    assert doc.segments[1].source == "Un paragraphe\nsur deux lignes."
    assert render(doc, source).encode("utf-8") == data


def test_render_falls_back_on_the_original_file() -> None:
    data = b"# Titre\n\nTexte **gras**.\n"
    doc = FORMAT.parse(data, "r.md", "fr")
    out = render(doc, source, skeleton="", original=data)
    assert out == data.decode()


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty"), (b"  \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary")],
)
def test_unreadable_files_are_refused_clearly(data: bytes, problem: str) -> None:
    with pytest.raises(DomainError) as caught:
        FORMAT.parse(data, "broken.md", "fr")
    assert caught.value.code is ErrorCode.BAD_INPUT
    assert caught.value.details["problem"] == problem


