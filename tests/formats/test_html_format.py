"""HTML releases: the article read into blocks and tags, written back as a clean page in another language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Release, Segment, SegmentKind
from translator_app.formats.document import ParsedDocument
from translator_app.formats.html import HtmlFormat

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
HTML_FIXTURES = sorted(FIXTURES.glob("*.html"))
FORMAT = HtmlFormat()
NOT_THE_RELEASE = ("script", "style", "nav", "aside", "form", "noscript", "iframe")

Signature = tuple[str, tuple[tuple[str, str], ...], str, tuple["Signature", ...], str]


def parse(markup: str, lang: str = "fr") -> ParsedDocument:
    return FORMAT.parse(markup.encode("utf-8"), "release.html", lang)


def render(doc: ParsedDocument, choose: Callable[[Segment], str | None], target: str = "en") -> str:
    release = Release(title=doc.title, source_lang="fr", target_lang=target, format="html",
                      skeleton=doc.skeleton)
    return FORMAT.render(release, doc.blocks, doc.segments, choose).decode("utf-8")


def source(segment: Segment) -> str:
    return segment.source


def article(markup: str) -> lxml.html.HtmlElement:
    page = lxml.html.document_fromstring(markup.encode("utf-8"))
    for path in ("//article", "//main", "//body"):
        found = page.xpath(path)
        if found:
            return found[0]
    raise AssertionError("no body")


def tree(element: lxml.html.HtmlElement) -> Signature:
    """Tag, attributes (no event handlers), text and tail with whitespace normalised, and the children."""
    children = []
    for child in element:
        if not isinstance(child.tag, str) or child.tag in NOT_THE_RELEASE:
            continue
        inside_article = any(a.tag == "article" for a in child.iterancestors()) or element.tag == "article"
        if child.tag in ("header", "footer") and not inside_article:
            continue
        children.append(tree(child))
    attributes = tuple(sorted((k, v) for k, v in element.attrib.items() if not k.startswith("on")))
    return (element.tag, attributes, " ".join((element.text or "").split()), tuple(children),
            " ".join((element.tail or "").split()))


def texts_of(signature: Signature) -> str:
    return " ".join(filter(None, [signature[2], *(texts_of(c) for c in signature[3]), signature[4]]))


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda p: p.name)
def test_round_trip_keeps_the_article_tree(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    doc = FORMAT.parse(path.read_bytes(), path.name, path.stem.split("_")[-1])
    rebuilt = render(doc, source)
    expected, actual = tree(article(original)), tree(article(rebuilt))
    if expected[0] == "body":  # the tails of dropped page-level elements are not part of the release
        assert texts_of(actual) in texts_of(expected)
        kept = tuple(child for child in expected[3] if child[0] not in ("header", "footer"))
        expected, actual = (*expected[:3], kept, ""), (*actual[:4], "")
    assert actual == expected


def test_page_is_standalone_in_the_target_language() -> None:
    doc = FORMAT.parse((FIXTURES / "alpina_fr.html").read_bytes(), "alpina_fr.html", "fr")
    out = render(doc, source, target="en-GB")
    page = lxml.html.document_fromstring(out.encode("utf-8"))
    assert out.startswith("<!DOCTYPE html>")
    assert page.get("lang") == "en-GB"
    assert page.xpath("//meta[@charset='utf-8']")
    assert page.findtext(".//title") == "La Fondation Alpina lance un réseau de sources en montagne"
    assert not page.xpath("//script | //style | //nav | //form | //aside | //*[@onclick]")
    assert "Mentions légales" not in out and "Faire un don" not in out
    assert render(doc, source, target="ar").count('dir="rtl"') == 1


def test_blocks_kinds_title_and_tags() -> None:
    doc = FORMAT.parse((FIXTURES / "alpina_fr.html").read_bytes(), "alpina_fr.html", "fr")
    assert doc.title == "La Fondation Alpina lance un réseau de sources en montagne"
    assert [s.position for s in doc.segments] == list(range(len(doc.segments)))
    assert [b.position for b in doc.blocks] == sorted({s.block for s in doc.segments})
    by_source = {segment.source: segment for segment in doc.segments}
    title = "La Fondation Alpina lance un <g1>réseau de sources</g1> en montagne"
    assert by_source[title].kind is SegmentKind.TITLE
    assert by_source["Trois piliers"].kind is SegmentKind.HEADING
    assert by_source["relevés quotidiens ;"].kind is SegmentKind.LIST_ITEM
    assert by_source["M. Luc Berthod, directeur de la Fondation"].kind is SegmentKind.QUOTE
    assert by_source["Vaud & Jura"].kind is SegmentKind.TABLE_CELL
    assert by_source["Sources par région"].kind is SegmentKind.CAPTION
    assert by_source["<g1>Une source captée au-dessus de Sion</g1>"].kind is SegmentKind.CAPTION
    assert "Une plateforme de données ouverte, accessible via <x1/> :" in by_source
    contact = "Contact presse\u00a0: Claire Favre<x1/>+41 22 555 01 02<x2/><g3>presse@alpina.example</g3>"
    assert contact in by_source, "a no-break space is text, not collapsible whitespace"
    outside = ("Actualités", "dataLayer", "Mastodon", "©")
    assert not any(word in text for text in by_source for word in outside)


def test_sentences_split_inside_a_paragraph_with_whitespace_collapsed() -> None:
    doc = parse("<p>\n  Première   phrase.\n  <b>Deuxième. Encore.</b> Troisième <i>phrase</i>.</p>")
    assert [s.source for s in doc.segments] == [
        "Première phrase.", "<g1>Deuxième. Encore.</g1>", "Troisième <g1>phrase</g1>."]


def test_translation_puts_markup_around_the_right_words() -> None:
    doc = parse('<article><p>La <strong>Fondation</strong> ouvre un <a href="https://x.example/l">labo</a>.'
                '</p><p><img src="a.jpg" alt="Le labo"></p></article>')
    targets = {
        "La <g1>Fondation</g1> ouvre un <g2>labo</g2>.": "A <g2>lab</g2> opens at the <g1>Foundation</g1>.",
        "<g1>Le labo</g1>": "<g1>The lab</g1>",
    }
    out = render(doc, lambda s: targets[s.source])
    assert '<p>A <a href="https://x.example/l">lab</a> opens at the <strong>Foundation</strong>.</p>' in out
    assert '<img src="a.jpg" alt="The lab">' in out


def test_a_script_in_a_target_comes_out_as_visible_text() -> None:
    doc = parse("<p>Le <b>programme</b> commence.</p>")
    out = render(doc, lambda s: '<script>alert(1)</script> <img src=x onerror=alert(2)> <g1>now</g1> &amp;')
    page = lxml.html.document_fromstring(out.encode("utf-8"))
    assert not page.xpath("//script | //img")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    visible = page.xpath("//p")[0].text_content()
    assert visible == "<script>alert(1)</script> <img src=x onerror=alert(2)> now &amp;"


def test_left_out_segments_and_emptied_blocks_are_dropped() -> None:
    doc = parse("<main><p>Un. Deux.</p><ul><li>a</li><li>b</li></ul><p>Seul.</p><ol><li>c</li></ol></main>")
    out = render(doc, lambda s: None if s.source in ("Deux.", "b", "Seul.", "c") else s.source)
    assert "<main><p>Un.</p><ul><li>a</li></ul></main>" in out


def test_code_breaks_and_empty_inline_elements_are_standalone_tags() -> None:
    doc = parse('<p>Lancez <code>make test</code><br>puis <span class="icon"></span>attendez.</p>')
    assert [s.source for s in doc.segments] == ["Lancez <x1/><x2/>puis <x3/>attendez."]
    out = render(doc, lambda s: "Run <x1/><x2/>then <x3/>wait.")
    assert '<p>Run <code>make test</code><br>then <span class="icon"></span>wait.</p>' in out


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
         b"<html><body><p>&lol2;</p></body></html>", "unsafe-xml"),
        (b'<!DOCTYPE html [<!entity x SYSTEM "file:///etc/passwd">]><html><body>&x;</body></html>',
         "unsafe-xml"),
        (b"<!-- nothing but a comment -->", "corrupt"),
        (b"<html><body>" + b"<div>" * 300 + b"<p>Deep.</p>" + b"</div>" * 300 + b"</body></html>", "corrupt"),
        (b"", "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
    ],
    ids=["xml-bomb", "external-entity", "no-document", "too-deep", "empty", "binary"],
)
def test_unsafe_or_unreadable_pages_are_refused_clearly(data: bytes, problem: str) -> None:
    with pytest.raises(DomainError) as caught:
        FORMAT.parse(data, "broken.html", "fr")
    assert caught.value.code is ErrorCode.BAD_INPUT
    assert caught.value.details["problem"] == problem
    assert caught.value.details["name"] == "broken.html"


def test_render_falls_back_on_the_original_file() -> None:
    data = b"<html><body><h1>Titre</h1><p>Texte <em>mis en avant</em>.</p></body></html>"
    doc = FORMAT.parse(data, "r.html", "fr")
    release = Release(title=doc.title, source_lang="fr", target_lang="en", format="html", original=data)
    out = FORMAT.render(release, doc.blocks, doc.segments, source).decode()
    assert "<body><h1>Titre</h1><p>Texte <em>mis en avant</em>.</p></body>" in out
