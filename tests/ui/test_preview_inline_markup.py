"""The preview renders inline markup as the release's format means it: a Markdown release's inline code stays
code ("selon le `officiel`" does not lose its word), bold stays bold, in the source and in a translation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCursor
from tests.ui.window_helpers import open_window

from translator_app.domain.models import Segment, SegmentKind
from translator_app.services.workspace import Workspace
from translator_app.ui.panels.preview_panel import render_preview

MARKDOWN = """# Rapport annuel

Le rapport est publié selon le `officiel` et **sans délai**.

Voir [le site](https://example.org/rapport) ou <presse@horizon-bleu.example>.
"""


def test_a_markdown_release_shows_its_inline_code_and_bold_in_the_preview(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "rapport.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    release = workspace.importing.import_file(path, "fr", "en", workspace.actor)
    segments = workspace.releases.segments(release.id)
    sentence = next(s for s in segments if s.source.startswith("Le rapport"))
    assert sentence.source == "Le rapport est publié selon le <x1/> et <g2>sans délai</g2>."
    workspace.editing.edit(
        sentence.id, "The report is published under the <x1/> and <g2>without delay</g2>.", workspace.actor
    )
    window = open_window(qtbot, workspace, release.id)
    panel = window.side.preview

    window.preview.refresh()
    qtbot.waitUntil(lambda: "without delay" in panel.toPlainText(), timeout=5000)

    html = panel.toHtml()
    assert "under the officiel and without delay." in panel.toPlainText(), "the code keeps its word"
    cursor = QTextCursor(panel.document())
    cursor.setPosition(panel.toPlainText().index("officiel") + 1)
    assert cursor.charFormat().fontFixedPitch() or "monospace" in cursor.charFormat().fontFamilies()
    cursor.setPosition(panel.toPlainText().index("without delay") + 1)
    assert cursor.charFormat().fontWeight() >= 600, "bold stays bold"
    assert "presse@horizon-bleu.example" in panel.toPlainText(), "the autolink's address is shown"
    assert "example.org" not in html, "a link is underlined, never followed"
    assert "le site" in panel.toPlainText()


def test_markup_in_a_target_is_text_and_code_content_is_escaped() -> None:
    table = {"g": {"1": {"o": "**", "c": "**"}}, "x": {"2": {"raw": "`a <b> *c*`"}}}
    target = "<g1>Bold</g1> <x2/> *no* <i>x</i> ~~kept~~ | A"
    segments = [Segment(0, 0, "s", SegmentKind.PARAGRAPH, target=target, id=7)]

    html = render_preview(segments, "en", {7: table})

    assert "<strong>Bold</strong>" in html
    assert "<code>a &lt;b&gt; *c*</code>" in html, "code shows its characters, never markup"
    assert "*no*" in html and "&lt;i&gt;x&lt;/i&gt;" in html
    assert "<del>" not in html and "\\~" not in html and "\\|" not in html, "tildes and bars are text"
