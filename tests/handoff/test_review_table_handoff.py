"""The bilingual Word table out to a reviewer without the app, and back, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from tests.handoff.handoff_support import import_release, snapshot

from translator_app.app import open_workspace
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import EventKind, Role, SegmentStatus
from translator_app.domain.word_diff import Change
from translator_app.services.actor import Actor
from translator_app.services.merging import MergeService
from translator_app.services.workspace import Workspace

OUTSIDE_REVIEWER = Actor("programme-officer", Role.TRANSLATOR)
"""The role given on the command line does not matter: a table comes back as a reviewer's work."""


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def release(translator: Workspace, tmp_path: Path) -> int:
    release_id = import_release(translator, tmp_path)
    for segment in translator.releases.segments(release_id):
        assert segment.id is not None
        translator.editing.edit(segment.id, f"EN {segment.source}", translator.actor, confirm=True)
    first = translator.releases.segments(release_id)[0]
    assert first.id is not None
    translator.reviewing.comments.add(first.id, "Check the city name.", translator.actor)
    return release_id


def merging(workspace: Workspace) -> MergeService:
    return workspace.handoff.merging


def exported_table(workspace: Workspace, release_id: int, path: Path) -> docx.document.Document:
    workspace.exporting.export(release_id, "review-docx", path)
    return docx.Document(str(path))


def saved(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_table_has_one_row_per_segment_with_existing_comments(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    document = exported_table(translator, release, tmp_path / "review.docx")
    table = document.tables[0]
    segments = translator.releases.segments(release)
    assert [c.text for c in table.rows[0].cells] == ["#", "Source", "Target", "Status", "Comments"]
    assert len(table.rows) == len(segments) + 1
    assert table.rows[1].cells[4].text == "ana: Check the city name."
    assert table.rows[2].cells[3].text == "translated"
    assert f"release={release}" in document.core_properties.identifier


def test_round_trip_makes_reviewer_edits_with_a_diff_and_new_comments(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    document = exported_table(translator, release, tmp_path / "review.docx")
    rows = document.tables[0].rows
    old_target = rows[3].cells[2].text
    rows[3].cells[2].text = old_target.replace("bureau emploie", "office employs")
    rows[1].cells[4].paragraphs[0].add_run("\nThe city is right, keep Dakar.")
    rows[2].cells[4].text = "Please shorten."
    data = saved(document)

    report = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER)
    segments = translator.releases.segments(release)
    assert report.kind == "review-table" and report.changed == [segments[2].id]
    assert report.comments_added == 2
    edited = segments[2]
    assert "office employs" in edited.target and edited.status is SegmentStatus.TRANSLATED
    assert edited.id is not None
    history = translator.reviewing.history.history(edited.id)
    last = [h for h in history if h.event.kind is EventKind.TARGET][-1]
    # A team server records who merged (the login and its role), not the name the merge was given.
    merged_by = ("ana", "translator") if translator.actor.from_server else ("programme-officer", "reviewer")
    assert (last.event.user, last.event.role) == merged_by
    assert any(p.change is Change.INSERTED and "office employs" in p.text for p in last.diff)
    first_comments = translator.reviewing.comments.comments(segments[0].id or 0)
    assert [c.text for c in first_comments] == ["Check the city name.", "The city is right, keep Dakar."]

    before = snapshot(db_url)
    again = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER)
    assert (again.changed, again.comments_added) == ([], 0) and snapshot(db_url) == before


def test_altered_table_is_refused_with_nothing_applied(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    document = exported_table(translator, release, tmp_path / "review.docx")
    rows = document.tables[0].rows
    rows[2].cells[2].text = "A good edit that must not land."
    rows[3].cells[1].text = "La source corrigée par le relecteur."
    before = snapshot(db_url)
    with pytest.raises(DomainError) as refused:
        merging(translator).merge_bytes(saved(document), "review.docx", OUTSIDE_REVIEWER)
    assert refused.value.code is ErrorCode.BAD_INPUT and refused.value.details["problem"] == "table-altered"
    assert snapshot(db_url) == before


def test_renumbered_rows_and_foreign_documents_are_refused(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    document = exported_table(translator, release, tmp_path / "review.docx")
    document.tables[0].rows[1].cells[0].text = "9"
    foreign = docx.Document()
    foreign.add_table(rows=2, cols=5)
    before = snapshot(db_url)
    for data, problem in ((saved(document), "table-altered"), (saved(foreign), "foreign-file")):
        with pytest.raises(DomainError) as refused:
            merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER)
        assert refused.value.details["problem"] == problem
    assert snapshot(db_url) == before


def test_approved_rows_need_force(translator: Workspace, release: int, tmp_path: Path, db_url: str) -> None:
    reviewer = open_workspace(db_url, "rui", Role.REVIEWER)
    try:
        reviewer.review.approve_all_translated(release, reviewer.actor)
    finally:
        reviewer.close()
    document = exported_table(translator, release, tmp_path / "review.docx")
    document.tables[0].rows[1].cells[2].text = "Horizon Bleu opens a Dakar office"
    data = saved(document)
    first = translator.releases.segments(release)[0]
    report = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER)
    assert report.protected == [first.id] and report.changed == []
    forced = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER, force=True)
    assert forced.changed == [first.id]
    assert translator.releases.segment(first.id or 0).target == "Horizon Bleu opens a Dakar office"


def test_an_edit_made_in_the_app_after_the_export_is_kept(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    document = exported_table(translator, release, tmp_path / "review.docx")
    rows = document.tables[0].rows
    rows[3].cells[2].text = "The reviewer's version."
    rows[3].cells[4].text = "Reworded."
    data = saved(document)
    third = translator.releases.segments(release)[2]
    assert third.id is not None
    translator.editing.edit(third.id, "The translator's newer version.", translator.actor, confirm=True)

    report = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER)
    assert report.edited_since == [third.id] and report.changed == []
    assert report.comments_added == 1, "comments are added all the same"
    assert translator.releases.segment(third.id).target == "The translator's newer version."
    forced = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER, force=True)
    assert forced.changed == [third.id]


def test_a_long_release_goes_out_as_a_table_and_an_edit_made_since_is_still_told_apart(
    translator: Workspace, tmp_path: Path
) -> None:
    """Versions for 300 rows do not fit in a core property (255 characters): they travel in a custom XML
    part, and the title however long is cut to what the property holds."""
    source = tmp_path / "long.md"
    source.write_text("".join(f"Paragraphe numéro {n}.\n\n" for n in range(300)), encoding="utf-8")
    long_title = "Rapport annuel " * 30
    created = translator.importing.import_file(source, "fr", "en", translator.actor, title=long_title)
    assert created.id is not None
    segments = translator.releases.segments(created.id)
    document = exported_table(translator, created.id, tmp_path / "review.docx")
    rows = document.tables[0].rows
    assert len(rows) == 301 and document.core_properties.title == long_title[:255]
    rows[250].cells[2].text = "The reviewer's row 250."
    rows[280].cells[2].text = "The reviewer's row 280."
    data = saved(document)
    later = segments[279]
    assert later.id is not None
    translator.editing.edit(later.id, "The translator's newer row 280.", translator.actor, confirm=True)

    report = merging(translator).merge_bytes(data, "review.docx", OUTSIDE_REVIEWER)
    assert report.changed == [segments[249].id] and report.edited_since == [later.id]
    assert translator.releases.segment(later.id).target == "The translator's newer row 280."


def test_a_release_longer_than_a_review_table_holds_is_told_to_go_as_xliff(
    translator: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from translator_app.formats import review_docx

    monkeypatch.setattr(review_docx, "MAX_ROWS", 40)
    source = tmp_path / "long.md"
    source.write_text("".join(f"Paragraphe numéro {n}.\n\n" for n in range(41)), encoding="utf-8")
    created = translator.importing.import_file(source, "fr", "en", translator.actor)
    assert created.id is not None
    path = tmp_path / "review.docx"
    with pytest.raises(DomainError) as refused:
        translator.exporting.export(created.id, "review-docx", path)
    assert refused.value.code is ErrorCode.BAD_INPUT
    assert refused.value.details["problem"] == "table-too-long"
    assert (refused.value.details["count"], refused.value.details["limit"]) == (41, 40)
    assert not path.exists(), "nothing is written"
    translator.exporting.export(created.id, "xliff", tmp_path / "long.xlf")


def test_a_table_at_the_row_limit_comes_back_under_the_markup_bound_of_a_word_file(
    translator: Workspace, tmp_path: Path
) -> None:
    from translator_app.domain.models import Release, Segment, SegmentKind
    from translator_app.formats import docx as docx_format
    from translator_app.formats import review_docx

    release = Release(id=1, title="Rapport", source_lang="fr", target_lang="en")
    words = "Le bureau régional <g1>coordonne</g1> six pays et <g2>publie</g2> un rapport chaque année."
    rows = [
        Segment(n, n, words, SegmentKind.PARAGRAPH, target=words, version=3)
        for n in range(review_docx.MAX_ROWS)
    ]
    data = review_docx.write_table(release, rows, {})
    docx_format.check_package(data, "review.docx")  # raises when over the bound
    assert len(review_docx.read_table(data, "review.docx").rows) == review_docx.MAX_ROWS
