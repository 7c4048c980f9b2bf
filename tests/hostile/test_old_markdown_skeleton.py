"""A Markdown release stored by an older version, whose reader kept raw HTML as it was, exports nothing
active: the Markdown and HTML exports are made safe when they are written, not only when a file is read.

The old release is made as such a version would have stored it: the file read with the raw-HTML
neutralising switched off, then stored through the repository. Each export is rendered by markdown-it and by
Python-Markdown and parsed by html5lib, as a browser would read it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import html5lib
import markdown
import pytest
from markdown_it import MarkdownIt

from translator_app.app import open_workspace
from translator_app.domain.models import Release, Role
from translator_app.formats import markdown as markdown_format
from translator_app.formats.registry import get_format
from translator_app.services.workspace import Workspace

HOSTILE = """# Communiqué <img src=x onerror="alert(1)">

Un paragraphe avec <a href="javascript:alert(2)">un lien</a> et <span onmouseover="alert(3)">du texte</span>.

<script>alert(4)</script>

<div onclick="alert(5)"><iframe src="https://example.com"></iframe>Bloc</div>

<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==">données</a> et
<a href="vbscript:msgbox(7)">vb</a>.

| Colonne | <b onclick="alert(8)">Valeur</b> |
| --- | --- |
| Cellule | <svg onload="alert(9)"></svg> |
"""

LEGITIMATE = """# Communiqué de presse

La **fondation** ouvre un *bureau* à [Dakar](https://example.org/dakar "Dakar") le 4<sup>e</sup> jour.

- Premier point
- Second point

| Ville | Date |
| --- | --- |
| Dakar | 4 février |

```
code <script>gardé comme code</script>
```
"""

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "poster", "background")


def old_release(workspace: Workspace, text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """``text`` read as a version without the raw-HTML neutralising read it, and stored as it stored it."""
    with monkeypatch.context() as old:
        old.setattr(markdown_format, "has_active_content", lambda markup: False)
        old.setattr(markdown_format, "neutral_markup", lambda markup, whole: markup)
        document = get_format("markdown").parse(text.encode(), "old.md", "fr")
    if "onerror" in text:
        assert "onerror" in document.skeleton + "".join(b.skeleton for b in document.blocks)  # kept raw
    release = workspace.creation.create(
        Release(
            title="Ancien",
            source_lang="fr",
            target_lang="en",
            format="markdown",
            created_by=workspace.actor.user,
            original_name="old.md",
            original=text.encode(),
            skeleton=document.skeleton,
        ),
        document.blocks,
        document.segments,
    )
    assert release.id is not None
    for segment in workspace.releases.segments(release.id):
        if segment.translatable and segment.id is not None:
            workspace.editing.edit(segment.id, segment.source, workspace.actor, confirm=True)
    return release.id


def exports(workspace: Workspace, release_id: int, folder: Path) -> dict[str, str]:
    found = {}
    for kind in ("md", "html"):
        path = folder / f"export.{kind}"
        workspace.exporting.export(release_id, kind, path, allow_unapproved=True)
        found[kind] = path.read_text(encoding="utf-8")
    return found


def rendered(found: dict[str, str]) -> dict[str, str]:
    """Every HTML a reader of the exports would see: the HTML export, and the Markdown one rendered by
    markdown-it (CommonMark with raw HTML, GFM tables) and by Python-Markdown."""
    return {
        "html export": found["html"],
        "md by markdown-it": MarkdownIt("commonmark").enable("table").render(found["md"]),
        "md by Python-Markdown": markdown.markdown(found["md"], extensions=["tables"]),
    }


def active_parts(page: str) -> list[str]:
    tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    problems = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower().rsplit("}", 1)[-1]
        if tag in ("script", "iframe", "object", "embed", "svg", "math"):
            problems.append(f"<{tag}>")
        for name, value in element.attrib.items():
            plain = "".join(value.split()).lower()
            if name.lower().startswith("on"):
                problems.append(f"{tag} {name}=")
            if name.lower() in URL_ATTRIBUTES and plain.startswith(("javascript:", "data:", "vbscript:")):
                problems.append(f"{tag} {name}={value[:30]}")
    return problems


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    opened = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield opened
    opened.close()


def test_a_release_stored_with_raw_active_html_exports_nothing_active(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release_id = old_release(workspace, HOSTILE, monkeypatch)
    found = exports(workspace, release_id, tmp_path)
    for reader, page in rendered(found).items():
        assert active_parts(page) == [], f"{reader} carries active content"
    assert "Bloc" in found["md"] and "Valeur" in found["md"] and "un lien" in found["md"]  # text kept


def test_the_check_finds_active_content_when_it_is_there() -> None:
    raw = MarkdownIt("commonmark").enable("table").render(HOSTILE)
    assert {"<script>", "<iframe>", "img onerror="} <= set(active_parts(raw))
    assert any("javascript:" in part for part in active_parts(markdown.markdown(HOSTILE)))


def test_a_legitimate_release_keeps_its_formatting(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release_id = old_release(workspace, LEGITIMATE, monkeypatch)
    found = exports(workspace, release_id, tmp_path)
    assert found["md"] == LEGITIMATE  # harmless Markdown written back byte for byte
    for reader, page in rendered(found).items():
        assert active_parts(page) == [], reader
        for piece in (
            "<h1>",
            "<strong>fondation</strong>",
            "<em>bureau</em>",
            'href="https://example.org/dakar"',
            "<sup>e</sup>",
            "<li>Premier point</li>",
            "<td>Dakar</td>",
            "&lt;script&gt;gardé comme code&lt;/script&gt;",
        ):
            assert piece in page, f"{reader} lost {piece}"
