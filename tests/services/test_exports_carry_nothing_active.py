"""No export carries anything active, whatever the source or a translator put in it: every Markdown export
is rendered with markdown-it and with Python-Markdown, every HTML (rendered or exported) is parsed with
html5lib, and none holds a script element, an event handler or a script URL. A release that was not
Markdown exports to Markdown that means what its text says."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
import html5lib
import markdown
import pytest
from markdown_it import MarkdownIt
from tests.fixtures.make_docx import add_hyperlink, to_bytes

from translator_app.app import open_workspace
from translator_app.domain.models import Role
from translator_app.formats.markdown_html import to_html
from translator_app.services.workspace import Workspace

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(2))",
    '<a href="data:text/html,<script>alert(3)</script>">d</a>',
    '<p style="background:url(javascript:alert(4))">s</p>',
    "<script>alert(5)</script>",
    "<svg onload=alert(6)>",
    '<a href="vbscript:msgbox(7)">v</a>',
    '<iframe src="javascript:alert(8)"></iframe>',
    "![i](data:text/html;base64,PHNjcmlwdD4=)",
    '<div style="width: expression(alert(9))">e</div>',
    '<a href="java&#x09;script:alert(10)">t</a>',
    "<javascript:alert(11)>",
    '<span style="background:\\75 rl(javascript:alert(12))">c</span>',
]
LINES = ["Titre du communiqué", *[f"Phrase {n} avec {p} au milieu." for n, p in enumerate(PAYLOADS)]]
_ACTIVE_ELEMENTS = {
    "script",
    "iframe",
    "object",
    "embed",
    "frame",
    "frameset",
    "applet",
    "base",
    "link",
}
_URLS = {"href", "src", "action", "formaction", "xlink:href", "background", "poster", "data", "srcdoc"}
_SCHEME = re.compile(r"^(javascript|vbscript|data|livescript):")
_PICTURE = re.compile(r"^data:image/(png|gif|jpe?g|webp)[;,]")
_STYLE = re.compile(
    r"expression\(|javascript:|vbscript:|url\(['\"]?(javascript|vbscript|data):|behavior:|binding"
)


def active_parts(page: str) -> list[str]:
    """What in ``page``, parsed as a browser would (html5lib), could run; checked independently of the app."""
    found = []
    tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag in _ACTIVE_ELEMENTS or (tag == "meta" and "http-equiv" in element.attrib):
            found.append(f"<{tag}>")
        for name, value in element.attrib.items():
            name = name.rsplit("}", 1)[-1].lower()
            plain = re.sub(r"[\x00-\x20]+", "", value).lower()
            if name.startswith("on"):
                found.append(f"{tag}@{name}")
            elif name in _URLS and _SCHEME.match(plain) and not (tag == "img" and _PICTURE.match(plain)):
                found.append(f"{tag}@{name}={plain[:30]}")
            elif name == "style" and _STYLE.search(re.sub(r"\\\\75\s?", "u", plain).replace(" ", "")):
                found.append(f"{tag}@style")
    return found


def renderings(markdown_text: str) -> dict[str, str]:
    return {
        "markdown-it": MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown_text),
        "python-markdown": markdown.markdown(markdown_text),
        "python-markdown as the app renders it": to_html(markdown_text),
    }


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading(LINES[0], level=1)
    for line in LINES[1:]:
        document.add_paragraph(line)
    add_hyperlink(document.add_paragraph("Lien : "), "javascript:alert(13)", "cliquer")
    return to_bytes(document)


SOURCES = {
    "text": ("release.txt", "\n\n".join(LINES).encode()),
    "markdown": ("release.md", ("# " + "\n\n".join(LINES) + "\n").encode()),
    "html": (
        "release.html",
        (
            "<html><body><article><h1>"
            + LINES[0]
            + "</h1>"
            + "".join(f"<p>Phrase {n} avec {p} au milieu.</p>" for n, p in enumerate(PAYLOADS))
            + "</article></body></html>"
        ).encode(),
    ),
    "docx": ("release.docx", _docx()),
}


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.mark.parametrize("kind", list(SOURCES))
@pytest.mark.parametrize("targets", ["sources", "hostile targets"])
def test_every_export_is_inert_in_every_renderer(
    translator: Workspace, tmp_path: Path, kind: str, targets: str
) -> None:
    name, data = SOURCES[kind]
    release = translator.importing.import_bytes(data, name, "fr", "en", translator.actor)
    assert release.id is not None
    if targets == "hostile targets":
        for number, segment in enumerate(translator.releases.segments(release.id)):
            if segment.translatable and segment.id is not None:
                payload = PAYLOADS[number % len(PAYLOADS)]
                translator.editing.edit(
                    segment.id, f"{segment.source} {payload}", translator.actor, confirm=True
                )
    checked = 0
    for export_format in ("md", "html"):
        out = tmp_path / f"export.{export_format}"
        translator.exporting.export(release.id, export_format, out, allow_unapproved=True)
        text = out.read_text(encoding="utf-8")
        pages = renderings(text) if export_format == "md" else {"html export": text}
        for renderer, page in pages.items():
            assert active_parts(page) == [], f"{kind} → {export_format}, {renderer}"
            assert "au milieu" in page
            checked += 1
    assert checked == 4


@pytest.mark.parametrize(
    "line",
    [
        "# pas un titre",
        "1. pas une liste",
        "> pas une citation",
        "+ pas une puce non plus",
        "    pas du code",
        "a | b | c",
        "*pas d'italique* ni _souligné_ ni **gras** ni ~~barré~~",
        "[pas un lien](https://example.org) ni ![une image](x.png)",
        "<b>pas du gras</b> &amp; une entité",
        "```",
        "`pas du code`",
    ],
)
def test_text_exported_to_markdown_reads_back_as_the_same_text(
    translator: Workspace, tmp_path: Path, line: str
) -> None:
    source = f"Communiqué de test\n\nUne phrase ordinaire pour commencer le texte.\n\n{line}\n"
    release = translator.importing.import_bytes(source.encode(), "t.txt", "fr", "en", translator.actor)
    assert release.id is not None
    out = tmp_path / "export.md"
    translator.exporting.export(release.id, "md", out, allow_unapproved=True)
    for renderer, page in renderings(out.read_text(encoding="utf-8")).items():
        tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
        body = tree.find("body")
        assert body is not None
        tags = {e.tag for e in body.iter() if isinstance(e.tag, str)} - {"body", "h1", "h2", "p", "br"}
        assert tags == set(), f"{renderer}: {tags}"
        text = "".join(body.itertext())
        assert " ".join(line.split()) in " ".join(text.split()), f"{renderer}: {text!r}"
