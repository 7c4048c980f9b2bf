"""XLIFF 2.1 out to an outside translator and back, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from lxml import etree
from tests.handoff.handoff_support import X, assert_valid_xliff, import_release, snapshot

from translator_app.app import open_workspace
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import EventKind, Role, Segment, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.services.merging import MergeService
from translator_app.services.workspace import Workspace

FREELANCER = Actor("mika-freelance", Role.TRANSLATOR)


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


@pytest.fixture
def release(translator: Workspace, reviewer: Workspace, tmp_path: Path) -> int:
    """Title approved, the sentence with the bold span rejected with a comment, the rest untouched."""
    release_id = import_release(translator, tmp_path)
    segments = translator.releases.segments(release_id)
    title, bold = segments[0], segments[1]
    assert title.id is not None and bold.id is not None and "<g1>" in bold.source
    translator.editing.edit(title.id, "Horizon Bleu opens an office in Dakar", translator.actor, confirm=True)
    translator.editing.edit(
        bold.id, "The <g1>Foundation</g1> opened its office.", translator.actor, confirm=True
    )
    reviewer.review.approve([title.id], reviewer.actor)
    reviewer.review.reject(bold.id, "Give the full name of the foundation.", reviewer.actor)
    return release_id


def merging(workspace: Workspace) -> MergeService:
    return workspace.handoff.merging


def export(workspace: Workspace, release_id: int, path: Path) -> etree._Element:
    assert workspace.exporting.export(release_id, "xliff", path).format == "xliff"
    return assert_valid_xliff(path.read_bytes())


def segment_element(root: etree._Element, segment_id: int) -> etree._Element:
    found = root.find(f".//{X}segment[@id='s{segment_id}']")
    assert found is not None
    return found


def set_target(
    segment: etree._Element, text: str, state: str, inline: Sequence[tuple[str, str, str]] = ()
) -> None:
    """Replace the target: ``text`` then a <pc> or <ph> per (name, id, content), as another tool would."""
    old = segment.find(f"{X}target")
    if old is not None:
        segment.remove(old)
    target = etree.SubElement(segment, f"{X}target")
    target.text = text
    for name, inline_id, content in inline:
        element = etree.SubElement(target, f"{X}{name}", id=inline_id)
        element.text = content or None
    segment.set("state", state)
    segment.attrib.pop("subState", None)


def write(root: etree._Element, path: Path) -> Path:
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


def test_export_maps_states_tags_notes_and_is_valid(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    root = export(translator, release, tmp_path / "out.xlf")
    assert (root.get("srcLang"), root.get("trgLang"), root.get("version")) == ("fr", "en", "2.1")
    assert root.find(f"{X}file").get("id") == f"release-{release}"
    segments = translator.releases.segments(release)
    title, bold, link = (segment_element(root, s.id or 0) for s in segments[:3])
    assert title.get("state") == "final"
    assert (bold.get("state"), bold.get("subState")) == ("translated", "rt:rejected")
    assert link.get("state") == "initial" and link.find(f"{X}target") is None
    pc = bold.find(f"{X}source/{X}pc")
    assert pc is not None and pc.get("id") == f"{segments[1].id}-1" and pc.text == "Fondation Horizon Bleu"
    assert pc.get("dataRefStart") is not None, "the Markdown markup of the tag travels as original data"
    notes = [n.text for n in root.iter(f"{X}note")]
    assert notes == ["rui: Give the full name of the foundation."]
    assert len(root.findall(f".//{X}unit")) == 4, "one unit per block: heading, two paragraphs, contact"


def test_round_trip_applies_outside_work_once(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    root = export(translator, release, tmp_path / "out.xlf")
    segments = translator.releases.segments(release)
    title, bold, second, link = segments[0], segments[1], segments[2], segments[3]
    bold_id, link_id = bold.id or 0, link.id or 0
    set_target(
        segment_element(root, bold_id),
        "The ",
        "translated",
        [("pc", f"{bold_id}-1", "Blue Horizon Foundation")],
    )
    segment_element(root, bold_id).find(f"{X}target/{X}pc").tail = " opened its regional office."
    set_target(segment_element(root, second.id or 0), "The office employs ten people.", "initial")
    set_target(
        segment_element(root, link_id),
        "To learn more, read ",
        "final",
        [("pc", f"{link_id}-1", "our report")],
    )
    set_target(segment_element(root, title.id or 0), "Changed behind the reviewer's back", "final")
    returned = write(root, tmp_path / "back.xlf")

    report = merging(translator).merge_file(returned, FREELANCER)
    assert sorted(report.changed) == sorted([bold_id, second.id, link_id])
    assert report.protected == [title.id]
    after = {s.id: s for s in translator.releases.segments(release)}
    assert after[bold_id].target == "The <g1>Blue Horizon Foundation</g1> opened its regional office."
    assert after[bold_id].status is SegmentStatus.TRANSLATED
    assert (after[second.id].status, after[link_id].status) == (SegmentStatus.DRAFT, SegmentStatus.TRANSLATED)
    assert after[title.id].target == "Horizon Bleu opens an office in Dakar"
    assert report.changed_segments == [after[i] for i in report.changed], "returned as stored"
    events = translator.releases.events(bold_id)
    # A team server records who merged (the login), not the name the merge was given.
    merged_by = "ana" if translator.actor.from_server else "mika-freelance"
    assert {(e.user, e.role) for e in events[-2:]} == {(merged_by, "translator")}
    assert EventKind.TARGET in {e.kind for e in events[-2:]}

    before = snapshot(db_url)
    again = merging(translator).merge_file(returned, FREELANCER)
    assert again.changed == [] and snapshot(db_url) == before

    forced = merging(translator).merge_file(returned, FREELANCER, force=True)
    assert forced.changed == [title.id]
    assert translator.releases.segment(title.id or 0).status is SegmentStatus.TRANSLATED
    export(translator, release, tmp_path / "again.xlf")


def test_merge_command_names_the_user(
    translator: Workspace, release: int, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from translator_app.cli import main

    root = export(translator, release, tmp_path / "out.xlf")
    link = translator.releases.segments(release)[3]
    set_target(segment_element(root, link.id or 0), "To learn more.", "translated")
    returned = write(root, tmp_path / "back.xlf")
    assert main(["--db", db_url, "--user", "mika", "merge", str(returned)]) == 0
    assert "1 segment(s) changed" in capsys.readouterr().out
    assert translator.releases.segment(link.id or 0).updated_by == "mika"


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">&b;</xliff>
"""


def _bomb(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    return BOMB


def _foreign(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    root.find(f"{X}file").set("id", "f1")
    return etree.tostring(root)


def _other_release(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    root.find(f"{X}file").set("id", "release-99999")
    return etree.tostring(root)


def _not_xml(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    return b"# Horizon Bleu ouvre un bureau\n"


def _mismatch(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    source = segment_element(root, segments[2].id).find(f"{X}source")
    source.text = "Le bureau emploie onze personnes."
    return etree.tostring(root)


def _broken(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    segment_id = segments[2].id
    set_target(
        segment_element(root, segment_id), "The office ", "translated", [("ph", f"{segment_id}-7", "")]
    )
    return etree.tostring(root)


def _stolen_tag(root: etree._Element, segments: list[Segment], path: Path) -> bytes:
    segment_id, other = segments[2].id, segments[1].id
    set_target(segment_element(root, segment_id), "The office ", "translated", [("pc", f"{other}-1", "x")])
    return etree.tostring(root)


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (_bomb, "unsafe-xml"),
        (_foreign, "foreign-file"),
        (_not_xml, "foreign-file"),
        (_other_release, "foreign-file"),
        (_mismatch, "source-mismatch"),
        (_broken, "broken-tag"),
        (_stolen_tag, "broken-tag"),
    ],
)
def test_bad_files_are_refused_with_nothing_applied(
    translator: Workspace, release: int, tmp_path: Path, db_url: str, spoil: object, problem: str
) -> None:
    root = export(translator, release, tmp_path / "out.xlf")
    segments = translator.releases.segments(release)
    link = segments[3]
    set_target(segment_element(root, link.id or 0), "A good change that must not land.", "translated")
    data = spoil(root, segments, tmp_path)  # type: ignore[operator]
    before = snapshot(db_url)
    with pytest.raises(DomainError) as refused:
        merging(translator).merge_bytes(data, "back.xlf", FREELANCER)
    assert refused.value.code is ErrorCode.BAD_INPUT and refused.value.details["problem"] == problem
    assert snapshot(db_url) == before


def test_untranslatable_and_empty_release_segments_export_valid(
    translator: Workspace, tmp_path: Path
) -> None:
    from tests.factories import add_release

    release, segments = add_release(translator)
    assert release.id is not None
    root = export(translator, release.id, tmp_path / "plain.xlf")
    menu = segment_element(root, segments[0].id or 0)
    assert menu.getparent().get("translate") == "no"


def test_work_done_in_the_app_after_the_export_is_not_overwritten(
    translator: Workspace, release: int, tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    from translator_app.cli import main

    root = export(translator, release, tmp_path / "out.xlf")
    segments = translator.releases.segments(release)
    second, link = segments[2], segments[3]
    assert second.id is not None and link.id is not None
    set_target(segment_element(root, second.id), "The office employs ten people.", "translated")
    set_target(segment_element(root, link.id), "To learn more, read the report.", "translated")
    returned = write(root, tmp_path / "back.xlf")
    translator.editing.edit(second.id, "Ten people work at the office.", translator.actor, confirm=True)

    report = merging(translator).merge_file(returned, FREELANCER)
    assert report.edited_since == [second.id] and report.changed == [link.id]
    assert translator.releases.segment(second.id).target == "Ten people work at the office."

    assert main(["--db", db_url, "--user", "mika", "merge", str(returned)]) == 0
    assert "left 1 segment(s) changed here since the export" in capsys.readouterr().out
    forced = merging(translator).merge_file(returned, FREELANCER, force=True)
    assert forced.changed == [second.id] and forced.edited_since == []
    assert translator.releases.segment(second.id).target == "The office employs ten people."


def test_a_file_without_versions_merges_as_before(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    root = export(translator, release, tmp_path / "out.xlf")
    for unit in root.iter(f"{X}unit"):
        assert unit.attrib.pop("{urn:translator-app:xliff}versions")
    second = translator.releases.segments(release)[2]
    assert second.id is not None
    set_target(segment_element(root, second.id), "The office employs ten people.", "translated")
    returned = write(root, tmp_path / "back.xlf")
    translator.editing.edit(second.id, "Ten people work at the office.", translator.actor, confirm=True)
    report = merging(translator).merge_file(returned, FREELANCER)
    assert report.changed == [second.id], "another tool dropped the versions: nothing to compare with"
