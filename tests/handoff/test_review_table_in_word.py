"""The review table as reviewers really return it: Track Changes on, Word comments, Enter typed in a cell,
tags as markers; and a layout that favours the texts on A4 landscape.

The returned documents are made with python-docx and carry the revision and comment XML Word writes
(``w:ins``/``w:del`` with author and date, ``w:delText``, a tracked paragraph mark, ``w:commentRangeStart``/
``w:commentReference`` and ``comments.xml``).
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from tests.handoff.handoff_support import import_release, merging, recorded_author, saved, snapshot

from translator_app.domain.errors import DomainError
from translator_app.domain.models import Role, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.services.workspace import Workspace

REVIEWER = Actor("programme-officer", Role.TRANSLATOR)
WHEN = 'w:author="Lea Roux" w:date="2025-03-11T10:15:00Z"'


@pytest.fixture
def release(translator: Workspace, tmp_path: Path) -> int:
    release_id = import_release(translator, tmp_path)
    targets = [
        "Horizon Bleu opens an office in Dakar",
        "The <g1>Horizon Bleu Foundation</g1> opened its regional office.",
        "The office employs ten people.",
        "To learn more, read <g1>our annual report</g1>.",
        "Contact: presse@horizon-bleu.example",
    ]
    for segment, target in zip(translator.releases.segments(release_id), targets, strict=True):
        translator.editing.edit(segment.id or 0, target, translator.actor, confirm=True)
    return release_id


def exported(workspace: Workspace, release_id: int, path: Path) -> docx.document.Document:
    workspace.exporting.export(release_id, "review-docx", path)
    return docx.Document(str(path))


def tracked_paragraph(*parts: tuple[str, str]) -> object:
    """A ``w:p`` as Word writes it with Track Changes on: ``("ins"|"del"|"", text)`` runs in order."""
    xml = []
    for number, (kind, text) in enumerate(parts, start=1):
        if kind == "del":
            run = f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'
            xml.append(f'<w:del w:id="{number}" {WHEN}>{run}</w:del>')
        elif kind == "ins":
            xml.append(
                f'<w:ins w:id="{number}" {WHEN}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
            )
        else:
            xml.append(f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>')
    return parse_xml(f"<w:p {nsdecls('w')}>{''.join(xml)}</w:p>")


def replace_cell(cell: object, *paragraphs: object) -> None:
    tc = cell._tc  # type: ignore[attr-defined]
    for old in tc.findall(qn("w:p")):
        tc.remove(old)
    for paragraph in paragraphs:
        tc.append(paragraph)


def test_tracked_insertions_are_taken_deletions_dropped_and_word_comments_kept(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    document = exported(translator, release, tmp_path / "review.docx")
    rows = document.tables[0].rows
    replace_cell(
        rows[3].cells[2],
        tracked_paragraph(
            ("", "The office "),
            ("del", "employs"),
            ("ins", "has"),
            ("", " ten "),
            ("del", "people"),
            ("ins", "staff"),
            ("", "."),
        ),
    )
    source_run = rows[1].cells[1].paragraphs[0].runs[0]
    document.add_comment(source_run, text="Is 'opens' the right tense?", author="Lea Roux", initials="LR")
    target_runs = rows[2].cells[2].paragraphs[0].runs
    document.add_comment(target_runs, text="Use the full name each time.", author="Lea Roux")
    data = saved(document)
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert b"<w:ins " in body and b"<w:delText" in body and b"commentReference" in body

    report = merging(translator).merge_bytes(data, "review.docx", REVIEWER)
    segments = translator.releases.segments(release)
    assert report.changed == [segments[2].id]
    assert segments[2].target == "The office has ten staff."
    assert segments[2].status is SegmentStatus.TRANSLATED
    assert report.comments_added == 2
    first = translator.reviewing.comments.comments(segments[0].id or 0)
    lea = recorded_author(translator, "Lea Roux")
    assert [(c.author, c.text) for c in first] == [(lea, "Is 'opens' the right tense?")]
    second = translator.reviewing.comments.comments(segments[1].id or 0)
    assert [(c.author, c.text) for c in second] == [(lea, "Use the full name each time.")]

    before = snapshot(db_url)
    again = merging(translator).merge_bytes(data, "review.docx", REVIEWER)
    assert (again.changed, again.comments_added) == ([], 0) and snapshot(db_url) == before


def test_by_choice_a_table_with_tracked_changes_is_refused_naming_the_segments(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    from translator_app.cli import main

    document = exported(translator, release, tmp_path / "review.docx")
    rows = document.tables[0].rows
    replace_cell(rows[2].cells[2], tracked_paragraph(("ins", "A "), ("", "changed sentence.")))
    replace_cell(rows[4].cells[2], tracked_paragraph(("", "To learn more."), ("del", " Old words.")))
    rows[3].cells[2].text = "An untracked edit that must not land either."
    path = tmp_path / "tracked.docx"
    path.write_bytes(saved(document))
    before = snapshot(db_url)
    with pytest.raises(DomainError) as refused:
        merging(translator).merge_file(path, REVIEWER, refuse_tracked=True)
    assert refused.value.details == {"problem": "tracked-changes", "name": "tracked.docx", "segments": "2, 4"}
    assert snapshot(db_url) == before
    assert main(["--db", db_url, "merge", str(path), "--tracked-changes", "refuse"]) == 1
    assert snapshot(db_url) == before


def test_a_line_break_typed_in_a_cell_is_a_space_unless_the_source_has_one(
    translator: Workspace, tmp_path: Path
) -> None:
    wrapped = (Path(__file__).resolve().parents[1] / "fixtures" / "releases" / "wrapped_en.txt").read_bytes()
    made = translator.importing.import_bytes(wrapped, "wrapped_en.txt", "en", "fr", translator.actor)
    assert made.id is not None
    segments = [s for s in translator.releases.segments(made.id) if s.translatable]
    title, multi = segments[0], next(s for s in segments if "\n" in s.source)
    document = exported(translator, made.id, tmp_path / "review.docx")
    rows = {int(row.cells[0].text): row for row in document.tables[0].rows[1:]}
    enter = copy.deepcopy(tracked_paragraph(("", "Le Harbour Light Trust ouvre")))
    mark = parse_xml(f'<w:pPr {nsdecls("w")}><w:rPr><w:ins w:id="9" {WHEN}/></w:rPr></w:pPr>')
    enter.insert(0, mark)  # type: ignore[attr-defined]
    replace_cell(
        rows[title.position + 1].cells[2], enter, tracked_paragraph(("", "un réseau de marégraphes"))
    )
    rows[multi.position + 1].cells[
        2
    ].text = "PORTLAND, 4 juin 2024 - Le Trust a ouvert\nquarante marégraphes."
    report = merging(translator).merge_bytes(saved(document), "review.docx", REVIEWER)
    assert sorted(report.changed) == sorted([title.id, multi.id])
    assert (
        translator.releases.segment(title.id or 0).target
        == "Le Harbour Light Trust ouvre un réseau de marégraphes"
    )
    assert translator.releases.segment(multi.id or 0).target == (
        "PORTLAND, 4 juin 2024 - Le Trust a ouvert\nquarante marégraphes."
    ), "the source is hard-wrapped: its line breaks are the reviewer's to place"


def test_tags_are_readable_markers_that_come_back_as_tags(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    document = exported(translator, release, tmp_path / "review.docx")
    rows = document.tables[0].rows
    assert rows[2].cells[1].text == "La ⟨1⟩Fondation Horizon Bleu⟨/1⟩ a inauguré son bureau régional."
    assert rows[2].cells[2].text == "The ⟨1⟩Horizon Bleu Foundation⟨/1⟩ opened its regional office."
    assert "<g1>" not in rows[2].cells[1].text + rows[2].cells[2].text
    marker_run = next(r for r in rows[2].cells[2].paragraphs[0].runs if r.text == "⟨1⟩")
    assert marker_run.font.color.rgb is not None, "markers are set apart from the words"
    rows[2].cells[2].text = "The ⟨1⟩Blue Horizon⟨/1⟩ Foundation opened its office."
    report = merging(translator).merge_bytes(saved(document), "review.docx", REVIEWER)
    bold = translator.releases.segments(release)[1]
    assert report.changed == [bold.id]
    assert bold.target == "The <g1>Blue Horizon</g1> Foundation opened its office."


def test_the_texts_take_most_of_an_a4_landscape_page(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    document = exported(translator, release, tmp_path / "review.docx")
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
    usable = section.page_width - section.left_margin - section.right_margin
    grid = document.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))
    widths = [int(col.get(qn("w:w"))) * 635 for col in grid]  # twentieths of a point to EMU
    assert sum(widths) <= usable + Cm(0.05)
    source, target = widths[1], widths[2]
    assert source == target and (source + target) / sum(widths) >= 0.7
    first_row = document.tables[0].rows[0]._tr
    assert first_row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None, "header repeats on each page"
