"""One round-trip suite for every format the registry knows, through the real services and a SQLite file.

For each format, its sample files are found by the format's own extensions (``tests/fixtures/releases`` and
``tests/fixtures/scraped_pages``; Word files are built by ``make_docx``), so a format added to the registry
is run through the suite as soon as it has a sample, and the suite fails while it has none.

1. Identity: import, set every target to its source, approve, export in the same format: the original bytes
   come back, or, for a format that documents a normalisation of its markup, the same document as its reader
   sees it (``SAME_DOCUMENT`` says which and why).
2. Translation: import, translate every segment (a pseudo-translation that keeps tags, punctuation and
   letter case), approve, export, import the export again: the same segments, triage and tags, with the
   translations as their sources.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import lxml.html
import pytest
from markdown_it import MarkdownIt
from tests.fixtures.make_docx import release_docx

from translator_app.app import open_workspace
from translator_app.domain.models import Role, Segment
from translator_app.domain.tags import find_tags
from translator_app.formats.registry import FORMAT_NAMES, get_format
from translator_app.services.exporting import SAME_FORMAT
from translator_app.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FOLDERS = (FIXTURES / "releases", FIXTURES / "scraped_pages")
BUILT = {".docx": [("communique.docx", release_docx)]}
"""Samples of binary formats, built at test time instead of kept as files."""
EXPORT_NAME = {fmt: name for name, fmt in SAME_FORMAT.items()}
PSEUDO = str.maketrans("aeiouAEIOUcC", "áéíóúÁÉÍÓÚçÇ")
WORD = re.compile(r"[^\W\d_]+\.?")


def samples(format_name: str) -> list[tuple[str, bytes]]:
    """The format's samples: fixture files with one of its extensions, then built ones."""
    extensions = get_format(format_name).extensions
    found = [
        (path.name, path.read_bytes())
        for folder in FOLDERS
        for path in sorted(folder.iterdir())
        if path.suffix.lower() in extensions
    ]
    for extension in extensions:
        found += [(name, build()) for name, build in BUILT.get(extension, [])]
    return found


CASES = [(fmt, name) for fmt in FORMAT_NAMES for name, _ in samples(fmt)]


def sample(format_name: str, name: str) -> bytes:
    return dict(samples(format_name))[name]


def language(name: str) -> str:
    return next((code for code in ("en", "es") if f"{code}_" in name or f"_{code}" in name), "fr")


@pytest.fixture
def team(sqlite_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    translator = open_workspace(sqlite_url, "ana", Role.TRANSLATOR)
    reviewer = open_workspace(sqlite_url, "rui", Role.REVIEWER)
    yield translator, reviewer
    translator.close()
    reviewer.close()


def exported(
    team: tuple[Workspace, Workspace],
    data: bytes,
    name: str,
    fmt: str,
    out: Path,
    translate: Callable[[str], str],
) -> tuple[list[Segment], bytes]:
    translator, reviewer = team
    lang = language(name)
    release = translator.importing.import_bytes(
        data, name, lang, "de" if lang != "de" else "fr", translator.actor
    )
    assert release.id is not None and release.format == fmt
    segments = translator.releases.segments(release.id)
    for segment in segments:
        if segment.translatable and segment.id is not None:
            translator.editing.edit(segment.id, translate(segment.source), translator.actor, confirm=True)
    reviewer.review.approve_all_translated(release.id, reviewer.actor)
    translator.exporting.export(release.id, EXPORT_NAME[fmt], out, keep_untranslatable=True)
    return translator.releases.segments(release.id), out.read_bytes()


def markdown_document(data: bytes) -> str:
    """CommonMark as rendered: ``_x_`` and ``*x*``, a reference and an inline link, two spaces and ``\\``
    before a line break are the same document."""
    return str(MarkdownIt("commonmark").enable("table").enable("strikethrough").render(data.decode("utf-8")))


def html_article(data: bytes) -> list[tuple[str, str, str]]:
    """The article's elements, attributes and text: the export is the article as a standalone page, without
    scripts (event handler attributes included)."""
    tree = lxml.html.fromstring(data)
    article = (tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body"))[0]
    for element in article.xpath(
        ".//script | .//style | .//nav | .//header | .//footer | .//form | .//aside"
    ):
        element.drop_tree()
    return [
        (
            str(e.tag),
            repr(sorted((k, v) for k, v in e.attrib.items() if not k.startswith("on"))),
            " ".join((e.text or "").split()) + "|" + " ".join((e.tail or "").split()),
        )
        for e in article.iter()
        if isinstance(e.tag, str)
    ]


def word_document(data: bytes) -> tuple[list[str], list[tuple[str, list[tuple[str, tuple[object, ...]]]]]]:
    """The package's parts and every paragraph (body, tables, footnotes) with its style and formatted text,
    adjacent runs of one formatting merged: python-docx re-serialises the XML it rewrites."""
    names = sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
    document = docx.Document(io.BytesIO(data))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    shaped = []
    for paragraph in paragraphs:
        spans: list[tuple[str, tuple[object, ...]]] = []
        for run in paragraph.runs:
            style = (run.bold, run.italic, run.underline, run.style.name if run.style is not None else "")
            if spans and spans[-1][1] == style:
                spans[-1] = (spans[-1][0] + run.text, style)
            elif run.text:
                spans.append((run.text, style))
        shaped.append((paragraph.style.name if paragraph.style is not None else "", spans))
    footnotes = (
        zipfile.ZipFile(io.BytesIO(data)).read("word/footnotes.xml") if "word/footnotes.xml" in names else b""
    )
    text = "".join(lxml.etree.fromstring(footnotes).itertext()) if footnotes else ""
    return names, [*shaped, ("footnotes", [(text, ())])]


SAME_DOCUMENT: dict[str, Callable[[bytes], object]] = {
    "markdown": markdown_document,
    "html": html_article,
    "docx": word_document,
}
"""Formats whose writer normalises markup (documented in their module): compared as their reader sees them.
Every other format must give back the original bytes."""


def test_every_registry_format_has_samples() -> None:
    assert {fmt for fmt, _ in CASES} == set(FORMAT_NAMES)
    assert set(SAME_DOCUMENT) <= set(FORMAT_NAMES)


@pytest.mark.parametrize(("fmt", "name"), CASES)
def test_sources_as_targets_give_back_the_original(
    team: tuple[Workspace, Workspace], tmp_path: Path, fmt: str, name: str
) -> None:
    data = sample(fmt, name)
    _, out = exported(team, data, name, fmt, tmp_path / f"out-{name}", lambda source: source)
    same = SAME_DOCUMENT.get(fmt)
    if same is None:
        assert out == data
    else:
        assert same(out) == same(data)


def pseudo_translation(source: str) -> str:
    """Accented vowels: a new text for every segment, with its tags, punctuation and letter case kept, and
    words before a full stop left alone (an abbreviation such as ``Sra.`` or ``no.`` must stay one, or the
    re-import would rightly cut the sentence elsewhere)."""
    pieces, position = [], 0
    for tag in find_tags(source):
        pieces += [_accented(source[position : tag.start]), tag.text]
        position = tag.end
    return "".join([*pieces, _accented(source[position:])])


def _accented(text: str) -> str:
    return WORD.sub(lambda m: m.group() if m.group().endswith(".") else m.group().translate(PSEUDO), text)


def shape(segments: list[Segment]) -> list[tuple[bool, str, list[str]]]:
    return [(s.translatable, s.source, [t.text for t in find_tags(s.source)]) for s in segments]


@pytest.mark.parametrize(("fmt", "name"), CASES)
def test_a_translated_export_reads_back_as_the_same_segments_and_tags(
    team: tuple[Workspace, Workspace], tmp_path: Path, fmt: str, name: str
) -> None:
    segments, out = exported(team, sample(fmt, name), name, fmt, tmp_path / f"out-{name}", pseudo_translation)
    translator, _ = team
    lang = language(name)  # the pseudo-translation keeps the source language's sentence shapes
    again = translator.importing.import_bytes(out, f"again-{name}", lang, "de", translator.actor)
    assert again.id is not None
    expected = [
        (s.translatable, s.target if s.translatable else s.source, [t.text for t in find_tags(s.source)])
        for s in segments
    ]
    assert shape(translator.releases.segments(again.id)) == expected
