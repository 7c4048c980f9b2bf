"""The stated limits hold while a file is read: a file over them is refused with one clear reason before it
fills the memory, and a file under them reads exactly as before (Markdown in batches included)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from translator_app.domain.errors import DomainError
from translator_app.formats import markdown_batches
from translator_app.formats.docx import DocxFormat
from translator_app.formats.html import MAX_INLINE_TAGS, HtmlFormat
from translator_app.formats.limits import Limits, reading
from translator_app.formats.markdown import MAX_TABLE_CELLS, MarkdownFormat
from translator_app.formats.text import TextFormat

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
SMALL = Limits(max_bytes=10_000, max_segments=50)


def _problem(parse: object, data: bytes, limits: Limits = SMALL) -> dict[str, object]:
    with reading("file", limits), pytest.raises(DomainError) as caught:
        parse(data, "file", "fr")  # type: ignore[operator]
    return caught.value.details


@pytest.mark.parametrize(
    ("parse", "data", "problem"),
    [
        (TextFormat().parse, b"Accueil\nContact\n" * 40, "too-many-lines"),
        (TextFormat().parse, b"Une phrase ici. " * 60, "too-many-segments"),
        (TextFormat().parse, b"x" * 10_001, "too-large"),
        (MarkdownFormat().parse, b"Une phrase ici. " * 60, "too-many-segments"),
        (MarkdownFormat().parse, b"* item\n" * 60, "too-many-lines"),
        (HtmlFormat().parse, b"<p>Un paragraphe.</p>" * 60, "too-many-segments"),
    ],
    ids=["text-lines", "text-sentences", "text-size", "markdown-paragraphs", "markdown-lines", "html"],
)
def test_files_over_the_limits_are_refused_while_read(parse: object, data: bytes, problem: str) -> None:
    details = _problem(parse, data)
    assert details["problem"] == problem
    assert details["name"] == "file"


def test_a_word_file_over_the_segment_limit_is_refused() -> None:
    document = docx.Document()
    for number in range(60):
        document.add_paragraph(f"Paragraphe numéro {number}.")
    out = io.BytesIO()
    document.save(out)
    assert _problem(DocxFormat().parse, out.getvalue(), Limits(max_segments=50))["problem"] == (
        "too-many-segments"
    )


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (("|" + "a|" * 100 + "\n") * (MAX_TABLE_CELLS // 100 + 2), "too-many-cells"),
        ("*a* " * (markdown_batches.MAX_INLINE_MARKUP // 2 + 1), "too-complex"),
        ("> " * 60 + "deep\n", "too-deep"),
        ("".join("  " * depth + "- item\n" for depth in range(40)), "too-deep"),
    ],
    ids=["table", "emphasis", "quotes", "lists"],
)
def test_markdown_that_would_blow_up_the_parser_is_refused(data: str, problem: str) -> None:
    assert _problem(MarkdownFormat().parse, data.encode(), Limits())["problem"] == problem


def test_html_with_too_many_inline_elements_in_one_paragraph_is_refused() -> None:
    data = ("<p>" + "<b>a</b> " * (MAX_INLINE_TAGS + 1) + "</p>").encode()
    assert _problem(HtmlFormat().parse, data, Limits())["problem"] == "too-complex"


MARKDOWN = """\
# Titre

Intro with [a link][ref], [another] and *emphasis* before the definitions.

> A quote that
continues lazily.

- one
- two

  loose item text

    indented code

| a | b |
|---|---|
| c | d **e** |

Setext heading
==============

[ref]: https://example.org "Title"
[another]: /relative
"""


@pytest.mark.parametrize(
    "data",
    [MARKDOWN.encode(), *[path.read_bytes() for path in sorted(FIXTURES.glob("*.md"))]],
    ids=["references-after-use", *[path.name for path in sorted(FIXTURES.glob("*.md"))]],
)
def test_markdown_read_in_batches_reads_as_in_one_pass(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = MarkdownFormat().parse(data, "a.md", "fr")
    monkeypatch.setattr(markdown_batches, "BATCH_TOKENS", 1)
    batched = MarkdownFormat().parse(data, "a.md", "fr")
    assert [s.source for s in batched.segments] == [s.source for s in whole.segments]
    assert [b.skeleton for b in batched.blocks] == [b.skeleton for b in whole.blocks]
    assert batched.skeleton == whole.skeleton
    assert any("<g" in s.source for s in whole.segments)


def test_a_reference_defined_after_its_use_is_a_link_in_every_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(markdown_batches, "BATCH_TOKENS", 1)
    doc = MarkdownFormat().parse(MARKDOWN.encode(), "a.md", "fr")
    intro = next(s for s in doc.segments if s.source.startswith("Intro"))
    assert intro.source.startswith("Intro with <g1>a link</g1>, <g2>another</g2>")
