"""Importing files as releases and exporting the approved version, on SQLite and PostgreSQL."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from tests.conftest import seed_folder

from translator_app.app import open_workspace
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Role, SegmentStatus
from translator_app.persistence.repositories import SqlReleaseRepository
from translator_app.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def reviewer(db_url: str, translator: Workspace) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "rui", Role.REVIEWER)
    yield workspace
    workspace.close()


def translate_and_approve(translator: Workspace, reviewer: Workspace, release_id: int, upper: bool) -> None:
    """Copy source to target (upper-cased, to see it in the export), confirm, approve."""
    for segment in translator.releases.segments(release_id):
        if segment.translatable and segment.id is not None:
            target = segment.source.upper() if upper else segment.source
            translator.editing.edit(segment.id, target, translator.actor, confirm=True)
    reviewer.review.approve_all_translated(release_id, reviewer.actor)


def release_count(db_url: str) -> tuple[int, int]:
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as connection:
            releases = connection.execute(sa.text("SELECT count(*) FROM releases")).scalar_one()
            segments = connection.execute(sa.text("SELECT count(*) FROM segments")).scalar_one()
            return int(releases), int(segments)
    finally:
        engine.dispose()


def test_the_seed_imports_menu_untranslatable_article_translatable_nothing_lost(
    translator: Workspace,
) -> None:
    path = next(seed_folder().glob("*.txt"))
    release = translator.importing.import_file(path, "fr", "en", translator.actor)
    assert release.id is not None and release.format == "text"
    assert release.title.startswith("Renforcer la résilience")
    segments = translator.releases.segments(release.id)
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert release.skeleton + "".join(s.source + s.separator for s in segments) == text
    by_source = {s.source: s for s in segments}
    assert not by_source["Agir"].translatable and not by_source["Qui sommes nous"].translatable
    assert not by_source["Structure organisationnelle"].translatable
    contact = next(s for s in segments if "jilee@iom.int" in s.source)
    assert contact.translatable and "+82 70 4820 2648" in contact.source
    dateline = next(s for s in segments if s.source.startswith("Genève/Séoul, 11 mars"))
    assert dateline.translatable and dateline.source.endswith("en conflit.")


def test_text_round_trip_gives_back_the_original(
    translator: Workspace, reviewer: Workspace, tmp_path: Path
) -> None:
    original = (FIXTURES / "releases" / "scraped_fr.txt").read_bytes()
    source = tmp_path / "release.txt"
    source.write_bytes(codecs.BOM_UTF8 + original.replace(b"\n", b"\r\n"))
    release = translator.importing.import_file(source, "fr", "en", translator.actor)
    assert release.id is not None
    translate_and_approve(translator, reviewer, release.id, upper=False)
    out = tmp_path / "out.txt"
    report = translator.exporting.export(release.id, "txt", out, keep_untranslatable=True)
    assert out.read_bytes() == source.read_bytes()
    assert report.unapproved == []


def test_export_leaves_the_menu_out_and_writes_approved_targets(
    translator: Workspace, reviewer: Workspace, tmp_path: Path
) -> None:
    release = translator.importing.import_file(
        FIXTURES / "releases" / "scraped_fr.txt", "fr", "en", translator.actor
    )
    assert release.id is not None
    translate_and_approve(translator, reviewer, release.id, upper=True)
    out = tmp_path / "out.txt"
    translator.exporting.export(release.id, "txt", out)
    written = out.read_text(encoding="utf-8")
    segments = translator.releases.segments(release.id)
    menu = [s.source for s in segments if not s.translatable and len(s.source) > 3]
    assert menu and not any(line in written.splitlines() for line in menu)
    article = [s for s in segments if s.translatable]
    assert all(s.source.upper() in written for s in article)


def test_export_refuses_unapproved_segments_and_names_them(
    translator: Workspace, reviewer: Workspace, tmp_path: Path
) -> None:
    release = translator.importing.import_file(
        FIXTURES / "releases" / "scraped_en.txt", "en", "fr", translator.actor
    )
    assert release.id is not None
    translate_and_approve(translator, reviewer, release.id, upper=True)
    segments = translator.releases.segments(release.id)
    reopened = next(s for s in segments if s.translatable and s.id is not None)
    assert reopened.id is not None
    translator.editing.edit(reopened.id, "Changed after approval", translator.actor)
    out = tmp_path / "out.txt"
    out.write_text("the previous export", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        translator.exporting.export(release.id, "txt", out)
    assert caught.value.code is ErrorCode.EXPORT_BLOCKED
    assert caught.value.details["count"] == 1
    assert f"#{reopened.position + 1}" in caught.value.details["numbers"]
    assert out.read_text(encoding="utf-8") == "the previous export"

    report = translator.exporting.export(release.id, "txt", out, allow_unapproved=True)
    assert report.unapproved == [reopened.position + 1]
    assert "Changed after approval" in out.read_text(encoding="utf-8")


def test_html_export_escapes_targets(translator: Workspace, reviewer: Workspace, tmp_path: Path) -> None:
    release = translator.importing.import_file(
        FIXTURES / "releases" / "scraped_en.txt", "en", "fr", translator.actor
    )
    assert release.id is not None
    first = next(s for s in translator.releases.segments(release.id) if s.translatable)
    assert first.id is not None
    translator.editing.edit(first.id, "<script>alert('x')</script> & co", translator.actor, confirm=True)
    out = tmp_path / "page.html"
    translator.exporting.export(release.id, "html", out, allow_unapproved=True)
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp; co" in page
    assert '<html lang="fr">' in page


def test_a_failed_export_write_leaves_no_partial_file(
    translator: Workspace, reviewer: Workspace, tmp_path: Path
) -> None:
    release = translator.importing.import_file(
        FIXTURES / "releases" / "scraped_es.txt", "es", "en", translator.actor
    )
    assert release.id is not None
    outputs = tmp_path / "outputs"
    blocked = outputs / "folder-in-the-way"
    blocked.mkdir(parents=True)
    (blocked / "keep.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        translator.exporting.export(release.id, "txt", blocked, allow_unapproved=True)
    assert caught.value.code is ErrorCode.WRITE_FAILED
    assert sorted(p.name for p in outputs.iterdir()) == ["folder-in-the-way"]
    assert [p.name for p in blocked.iterdir()] == ["keep.txt"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n  \n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("release.pdf", b"%PDF-1.7\n1 0 obj\n", "unsupported-format"),
        ("nul-late.txt", b"Un texte.\n" * 1000 + b"\x00\x01\x02" * 400, "binary"),
    ],
)
def test_bad_input_gets_a_clear_error_and_leaves_the_database_as_it_was(
    db_url: str, translator: Workspace, tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    translator.importing.import_file(FIXTURES / "releases" / "scraped_fr.txt", "fr", "en", translator.actor)
    before = release_count(db_url)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DomainError) as caught:
        translator.importing.import_file(path, "fr", "en", translator.actor)
    assert caught.value.code is ErrorCode.BAD_INPUT
    assert caught.value.details["problem"] == problem
    assert release_count(db_url) == before


def test_a_failure_while_storing_rolls_the_whole_import_back(
    db_url: str, translator: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    original_add = SqlReleaseRepository.add

    def add_then_fail(self: SqlReleaseRepository, *args: object, **kwargs: object) -> object:
        original_add(self, *args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk full")

    monkeypatch.setattr(SqlReleaseRepository, "add", add_then_fail)
    with pytest.raises(RuntimeError):
        translator.importing.import_file(
            FIXTURES / "releases" / "scraped_fr.txt", "fr", "en", translator.actor
        )
    assert release_count(db_url) == (0, 0)


@pytest.mark.parametrize(
    ("source", "target", "problem"), [("fr", "fr", "same-languages"), ("f", "en", "bad-language")]
)
def test_language_codes_are_checked(translator: Workspace, source: str, target: str, problem: str) -> None:
    with pytest.raises(DomainError) as caught:
        translator.importing.import_file(
            FIXTURES / "releases" / "scraped_fr.txt", source, target, translator.actor
        )
    assert caught.value.details["problem"] == problem


def test_confirming_a_repeated_sentence_fills_its_repetitions_as_drafts(translator: Workspace) -> None:
    path = FIXTURES / "releases" / "wrapped_en.txt"
    release = translator.importing.import_bytes(
        b"Press release\n\nThe office opens today.\n\nMore below.\n\nThe office opens today.\n",
        path.name,
        "en",
        "fr",
        translator.actor,
    )
    segments = [s for s in translator.releases.segments(release.id) if s.source == "The office opens today."]
    assert len(segments) == 2
    text = "Le bureau ouvre aujourd'hui."
    saved = translator.editing.edit(segments[0].id, text, translator.actor, confirm=True)
    other = translator.releases.segment(segments[1].id)
    assert (other.target, other.status, other.origin.code()) == (
        "Le bureau ouvre aujourd'hui.",
        SegmentStatus.DRAFT,
        "repetition",
    )
    assert saved.repetitions == (other,), "the edit returns the repetition it filled, as stored"
    assert [s.id for s in saved.changed] == [segments[0].id, segments[1].id]


BAD_INPUT = FIXTURES / "bad_input"


@pytest.mark.parametrize(
    ("name", "problem"), sorted(json.loads((BAD_INPUT / "expected.json").read_text(encoding="utf-8")).items())
)
def test_the_bad_input_corpus_is_refused_clearly_and_imports_nothing(
    db_url: str, translator: Workspace, name: str, problem: str
) -> None:
    with pytest.raises(DomainError) as caught:
        translator.importing.import_file(BAD_INPUT / name, "fr", "en", translator.actor)
    assert caught.value.code is ErrorCode.BAD_INPUT
    assert caught.value.details["problem"] == problem
    assert release_count(db_url) == (0, 0)


def test_an_export_is_readable_like_any_new_file_and_keeps_a_replaced_files_mode(
    translator: Workspace, tmp_path: Path
) -> None:
    import os
    import stat

    release = translator.importing.import_file(
        FIXTURES / "releases" / "scraped_en.txt", "en", "fr", translator.actor
    )
    assert release.id is not None
    fresh = tmp_path / "fresh.txt"
    translator.exporting.export(release.id, "txt", fresh, allow_unapproved=True)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    shared = tmp_path / "shared.txt"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o664)
    translator.exporting.export(release.id, "txt", shared, allow_unapproved=True)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664


def test_repetitions_are_found_by_their_source_even_with_like_wildcards(translator: Workspace) -> None:
    text = (
        b"Press release\n\n100%_sure, the office opens.\n\n100% sure, the office opens.\n\n"
        b"100%_sure, the office opens.\n"
    )
    release = translator.importing.import_bytes(text, "wild.txt", "en", "fr", translator.actor)
    assert release.id is not None
    segments = [s for s in translator.releases.segments(release.id) if s.source.startswith("100")]
    first, lookalike, repeat = segments
    assert first.id is not None
    translator.editing.edit(first.id, "Certain à 100 %, le bureau ouvre.", translator.actor, confirm=True)
    assert translator.releases.segment(repeat.id or 0).target == "Certain à 100 %, le bureau ouvre."
    assert translator.releases.segment(lookalike.id or 0).target == ""


def test_raw_html_in_a_markdown_release_never_reaches_the_html_export_active(
    translator: Workspace, tmp_path: Path
) -> None:
    source = (
        b"# Communiqu\xc3\xa9\n\nUn paragraphe <img src=x onerror=alert(1)> avec une image.\n\n"
        b"<script>alert(2)</script>\n\n"
        b"<svg><a><animate attributeName=\"href\" values=\"javascript:alert(3)\"/>"
        b"</a></svg>\n\n[lien](java%09script:alert(4)) et <a href=\"java\tscript:alert(5)\">autre</a>.\n"
    )
    release = translator.importing.import_bytes(source, "raw.md", "fr", "en", translator.actor)
    assert release.id is not None
    out = tmp_path / "page.html"
    translator.exporting.export(release.id, "html", out, allow_unapproved=True)
    page = out.read_text(encoding="utf-8").lower()
    for active in ("<script", "onerror", "<animate", "<svg", "javascript:alert(5)", "java\tscript"):
        assert active not in page, active
    assert "avec une image" in page and "autre" in page


def test_strikethrough_in_a_markdown_release_is_struck_through_in_the_html_export(
    translator: Workspace, tmp_path: Path
) -> None:
    source = "# Tarifs\n\nLe prix passe de ~~12 euros~~ à 10 euros, soit ~ 2 euros ~ de moins.\n".encode()
    release = translator.importing.import_bytes(source, "prix.md", "fr", "en", translator.actor)
    assert release.id is not None
    out = tmp_path / "page.html"
    translator.exporting.export(release.id, "html", out, allow_unapproved=True)
    page = out.read_text(encoding="utf-8")
    assert "<del>12 euros</del>" in page and "~~" not in page
    assert "~ 2 euros ~" in page, "lone tildes with spaces are text, as in the importer"
