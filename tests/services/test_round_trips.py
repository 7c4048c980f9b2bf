"""The acceptance round trip for each format, through the real services and database.

Import, copy each source to its target, confirm, approve, export in the same format: the result has the
original's structure and formatting (text: the same bytes).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import docx
import lxml.html
import pytest
from markdown_it import MarkdownIt
from tests.fixtures.make_docx import release_docx

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.services.workspace import Workspace

RELEASES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"


@pytest.fixture
def workspaces(db_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    translator = open_workspace(db_url, "ana", Role.TRANSLATOR)
    reviewer = open_workspace(db_url, "rui", Role.REVIEWER)
    yield translator, reviewer
    translator.close()
    reviewer.close()


def round_trip(workspaces: tuple[Workspace, Workspace], data: bytes, name: str, fmt: str, out: Path) -> bytes:
    translator, reviewer = workspaces
    release = translator.importing.import_bytes(data, name, "fr", "en", translator.actor)
    assert release.id is not None
    for segment in translator.releases.segments(release.id):
        if segment.translatable and segment.id is not None:
            translator.editing.edit(segment.id, segment.source, translator.actor, confirm=True)
    reviewer.review.approve_all_translated(release.id, reviewer.actor)
    translator.exporting.export(release.id, fmt, out, keep_untranslatable=True)
    return out.read_bytes()


def markdown_shape(text: str) -> list[tuple[str, str, str]]:
    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    shape = []
    for token in parser.parse(text):
        children = [(c.type, c.tag, c.content) for c in token.children or []]
        shape.append((token.type, token.tag, token.content if not children else repr(children)))
    return shape


def test_markdown_round_trip(workspaces: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    original = (RELEASES / "alpina_fr.md").read_bytes()
    exported = round_trip(workspaces, original, "alpina_fr.md", "md", tmp_path / "out.md")
    assert markdown_shape(exported.decode("utf-8")) == markdown_shape(original.decode("utf-8"))


DROPPED = ("script", "style", "nav", "header", "footer", "form", "aside")


def html_shape(data: bytes) -> list[tuple[str, str]]:
    """The article's elements and their text, without the parts an import leaves out by design."""
    tree = lxml.html.fromstring(data)
    article = (tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body"))[0]
    for element in article.xpath(" | ".join(f".//{tag}" for tag in DROPPED)):
        element.drop_tree()
    return [
        (element.tag, " ".join((element.text or "").split()))
        for element in article.iter()
        if isinstance(element.tag, str)
    ]


def test_html_round_trip(workspaces: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    original = (RELEASES / "alpina_fr.html").read_bytes()
    exported = round_trip(workspaces, original, "alpina_fr.html", "html", tmp_path / "out.html")
    assert html_shape(exported) == html_shape(original)
    assert b'lang="en"' in exported


Formatted = tuple[bool | None, bool | None, bool | None]


def formatted_spans(runs: list[docx.text.run.Run]) -> list[tuple[str, Formatted]]:
    """Text with its formatting, adjacent runs of equal formatting merged (Word shows them as one)."""
    spans: list[tuple[str, Formatted]] = []
    for run in runs:
        style = (run.bold, run.italic, run.underline)
        if spans and spans[-1][1] == style:
            spans[-1] = (spans[-1][0] + run.text, style)
        elif run.text:
            spans.append((run.text, style))
    return spans


def docx_shape(data: bytes) -> list[tuple[str, str, list[tuple[str, Formatted]]]]:
    document = docx.Document(io.BytesIO(data))
    return [
        (p.style.name if p.style is not None else "", p.text, formatted_spans(p.runs))
        for p in document.paragraphs
    ]


def test_docx_round_trip(workspaces: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    original = release_docx()
    exported = round_trip(workspaces, original, "communique.docx", "docx", tmp_path / "out.docx")
    assert docx_shape(exported) == docx_shape(original)
