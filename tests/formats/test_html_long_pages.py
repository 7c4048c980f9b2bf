"""HTML pages read with the skeleton written as the article is read: the same segments, skeleton and export
as when the whole cleaned article was serialised at the end, on a structured page and on long ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from translator_app.domain.models import Release, Segment, SegmentKind
from translator_app.formats.document import ParsedDocument
from translator_app.formats.html import HtmlFormat, _article, _clean, _page_tree, _Reader

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "html_pages"
RELEASES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
FORMAT = HtmlFormat()
K = SegmentKind

STRUCTURED = [
    (K.TITLE, "La Fondation <g1>Alpina</g1> ouvre ses archives"),
    (K.PARAGRAPH, "<g1>6 décembre 2026</g1> — Sion"),
    (K.PARAGRAPH, "La <g1>Fondation Alpina</g1> ouvre aujourd’hui ses archives au public."),
    (K.PARAGRAPH, "Plus de <g1>12 000</g1> documents sont en ligne sur <g2>le portail</g2>."),
    (K.PARAGRAPH, "Une <g1>liste</g1> des fonds est disponible<x2/> sur demande : écrivez à <x3/>."),
    (K.CAPTION, "<g1>Les rayonnages des archives</g1>"),
    (K.CAPTION, "Les rayonnages, <g1>photo</g1> D. Roux"),
    (K.HEADING, "En chiffres"),
    (K.CAPTION, "Documents par fonds"),
    (K.TABLE_CELL, "Fonds"),
    (K.TABLE_CELL, "Documents"),
    (K.TABLE_CELL, "Glaciers"),
    (K.TABLE_CELL, "4 200"),
    (K.TABLE_CELL, "Sources & torrents"),
    (K.TABLE_CELL, "<g1>7 800</g1>"),
    (K.LIST_ITEM, "cartes anciennes ;"),
    (K.LIST_ITEM, "photographies <x1/> numérisées ;"),
    (K.LIST_ITEM, "carnets de terrain."),
    (K.LIST_ITEM, "Consulter."),
    (K.LIST_ITEM, "Réutiliser."),
    (K.LIST_ITEM, "Citer la source."),
    (K.QUOTE, "« Ces archives appartiennent à tous. »"),
    (K.QUOTE, "Mme Anne Roux, <g1>présidente</g1>"),
    (K.OTHER, "Contact"),
    (K.OTHER, "Claire Favre, +41 22 555 01 02"),
    (K.PARAGRAPH, "Texte libre dans un bloc."),
    (K.PARAGRAPH, "Et un bloc imbriqué."),
    (K.PARAGRAPH, "Puis la suite."),
    (K.PARAGRAPH, "Fin du communiqué."),
]
"""The structured page's segments, as the import read them before the skeleton was written while reading."""


def render(doc: ParsedDocument, choose: Callable[[Segment], str | None]) -> bytes:
    release = Release(
        title=doc.title, source_lang="fr", target_lang="en", format="html", skeleton=doc.skeleton
    )
    return FORMAT.render(release, doc.blocks, doc.segments, choose)


def english(segment: Segment) -> str:
    return "EN " + segment.source


def whole_article_skeleton(data: bytes) -> str:
    """The skeleton as the import made it before: the article read with nothing taken out of its tree, then
    serialised whole by lxml."""
    page = _page_tree(data.decode("utf-8"), "page.html")
    root = _article(page)
    _clean(root)
    _Reader("fr").read(root, SegmentKind.PARAGRAPH)
    return json.dumps(
        {"format": "html", "root": etree.tostring(root, encoding="unicode", method="html", with_tail=False)}
    )


def test_a_structured_page_keeps_its_segments_and_exports_the_same_page() -> None:
    doc = FORMAT.parse((PAGES / "structured_fr.html").read_bytes(), "structured_fr.html", "fr")
    assert doc.title == "La Fondation Alpina ouvre ses archives"
    assert [(s.kind, s.source) for s in doc.segments] == STRUCTURED
    assert [s.block for s in doc.segments] == [
        0,
        1,
        2,
        *range(2, 19),
        *range(18, 27),
    ]  # two 2-sentence blocks
    assert [s.position for s in doc.segments] == list(range(len(STRUCTURED)))
    # the export made by the version that serialised the whole article at the end, kept byte for byte
    assert render(doc, english) == (PAGES / "structured_fr.en.html").read_bytes()


def long_page(copies: int, wrappers: int) -> bytes:
    """The structured page's article repeated, inside ``wrappers`` nested ``<div>`` (pages often wrap it)."""
    page = (PAGES / "structured_fr.html").read_text(encoding="utf-8")
    start, end = page.index("<article"), page.index("</article>") + len("</article>")
    inner = page[page.index(">", start) + 1 : end - len("</article>")]
    body = "<div class='wrap'>\n" * wrappers + inner * copies + "</div>\n" * wrappers
    return (page[: start + page[start:].index(">") + 1] + body + page[end - len("</article>") :]).encode()


@pytest.mark.parametrize("wrappers", [0, 1, 3])
def test_a_long_page_has_every_copy_s_segments_and_the_whole_article_s_skeleton(wrappers: int) -> None:
    data = long_page(400, wrappers)
    doc = FORMAT.parse(data, "long.html", "fr")
    again = [(K.HEADING if kind is K.TITLE else kind, source) for kind, source in STRUCTURED]
    assert [(s.kind, s.source) for s in doc.segments] == STRUCTURED + again * 399
    assert doc.skeleton == whole_article_skeleton(data)
    exported = render(doc, english).decode("utf-8")
    assert exported.count("<p>EN Une <a>liste</a> des fonds est disponible<br> sur demande") == 400
    assert exported.count('<td>EN <span class="n">7 800</span></td>') == 400
    assert exported.count("<h1>EN La Fondation <em>Alpina</em> ouvre ses archives</h1>") == 400


PAGES_TO_COMPARE = {
    "paragraphs": b"<html><body>" + b"<p>a</p>" * 3000 + b"</body></html>",
    "text between blocks": "avant<div>x</div> entre <b>gras</b><p>y</p>\n  <p>z</p>après".encode(),
    "only whitespace before the blocks": b"<body>\n  <ul>\n <li>a</li>\n <li>b</li>\n</ul>\n</body>",
    "a tag lxml will not copy": b'<div><a"b class="x"><div>un</div><p>deux</p></a"b><p>trois</p></div>',
    "no block at all": b"<body>Seulement <i>du texte</i>.</body>",
    "attributes and text lxml escapes": (
        "<main><div title='a&quot;b&lt;rt-cut&gt;&lt;/rt-cut&gt;' data-x=\"&amp;é\"><p>1 &lt; 2</p>"
        "<div>&lt;rt-cut&gt;&lt;/rt-cut&gt;<p>x</p>fin &amp; «\u00a0suite\u00a0»</div></div></main>"
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(PAGES_TO_COMPARE))
def test_the_skeleton_is_the_whole_article_serialised(name: str) -> None:
    data = PAGES_TO_COMPARE[name]
    assert FORMAT.parse(data, "page.html", "fr").skeleton == whole_article_skeleton(data)


@pytest.mark.parametrize("path", sorted(RELEASES.glob("*.html")), ids=lambda p: p.name)
def test_the_sample_releases_keep_the_whole_article_s_skeleton(path: Path) -> None:
    assert FORMAT.parse(path.read_bytes(), path.name, "fr").skeleton == whole_article_skeleton(
        path.read_bytes()
    )
