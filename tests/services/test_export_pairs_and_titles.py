"""Exports that mean the same as the source: the HTML page's title is the translated headline, and an export
the release cannot be written as is refused in one clear line before anything is written."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.errors import DomainError
from translator_app.domain.models import Role, SegmentKind

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "scraped_pages" / "fr_05_dated.txt"


def translated_release(db_url: str, tmp_path: Path) -> int:
    translator = open_workspace(db_url, "ana", Role.TRANSLATOR)
    try:
        release = translator.importing.import_file(PAGE, "fr", "en", translator.actor)
        assert release.id is not None
        for segment in translator.releases.segments(release.id):
            if segment.translatable:
                target = "Clear Tide opens its fish pass" if segment.kind is SegmentKind.TITLE else "EN text."
                translator.editing.edit(segment.id or 0, target, translator.actor, confirm=True)
        return release.id
    finally:
        translator.close()


def test_the_html_title_is_the_translated_headline(sqlite_url: str, tmp_path: Path) -> None:
    release = translated_release(sqlite_url, tmp_path)
    out = tmp_path / "page.html"
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "export",
                str(release),
                "--format",
                "html",
                "-o",
                str(out),
                "--allow-unapproved",
            ]
        )
        == 0
    )
    page = lxml.html.fromstring(out.read_bytes())
    assert page.findtext(".//title") == "Clear Tide opens its fish pass"
    assert page.get("lang") == "en"
    assert page.findtext(".//h1") == "Clear Tide opens its fish pass"


def test_an_export_the_release_cannot_take_is_refused_in_one_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = translated_release(sqlite_url, tmp_path)
    out = tmp_path / "page.docx"
    assert main(["--db", sqlite_url, "export", str(release), "--format", "docx", "-o", str(out)]) == 1
    error = capsys.readouterr().err.strip()
    assert error == (
        "translator-app: page.docx: a text release cannot be exported as docx (Word export rebuilds a Word "
        "original); export it as txt, md, html"
    )
    assert not out.exists()
    workspace = open_workspace(sqlite_url, "ana", Role.TRANSLATOR)
    try:
        with pytest.raises(DomainError) as refused:
            workspace.exporting.export(release, "docx", out, allow_unapproved=True)
        assert refused.value.details["problem"] == "unsupported-export"
    finally:
        workspace.close()
