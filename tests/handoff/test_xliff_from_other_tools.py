"""XLIFF 2.1 and 1.2 files as other tools send them back: re-indented by lxml, rewritten by translate-toolkit,
with notes; a scraped release whose menu lines are not to translate, a hard-wrapped one with line breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tests.handoff.handoff_support import (
    X,
    assert_valid_xliff,
    import_release,
    merging,
    recorded_author,
    snapshot,
)
from tests.schema_files import xml_schema
from translate.storage.xliff import xlifffile
from translate.storage.xliff2 import Xliff2File

from translator_app.domain.models import Comment, Role, Segment, SegmentStatus
from translator_app.services.actor import Actor
from translator_app.services.workspace import Workspace

RELEASES = Path(__file__).resolve().parents[1] / "fixtures" / "releases"
FREELANCER = Actor("mika", Role.TRANSLATOR)
X12 = "{urn:oasis:names:tc:xliff:document:1.2}"


def import_fixture(workspace: Workspace, name: str, lang: str = "fr") -> int:
    release = workspace.importing.import_file(RELEASES / name, lang, "de", workspace.actor)
    assert release.id is not None
    return release.id


def export(workspace: Workspace, release_id: int, path: Path, fmt: str = "xliff") -> bytes:
    workspace.exporting.export(release_id, fmt, path)
    return path.read_bytes()


def valid_12(data: bytes) -> etree._Element:
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    schema = xml_schema("xliff1.2", "xliff-core-1.2-strict.xsd")
    assert schema.validate(root), schema.error_log
    return root


def comments_of(workspace: Workspace, segment_id: int) -> list[Comment]:
    return workspace.reviewing.comments.comments(segment_id)


def translatable(workspace: Workspace, release_id: int) -> list[Segment]:
    return [s for s in workspace.releases.segments(release_id) if s.translatable]


@pytest.mark.parametrize("fmt", ["xliff", "xliff12"])
def test_an_unmodified_export_of_a_scraped_page_merges_back_and_changes_nothing(
    translator: Workspace, tmp_path: Path, db_url: str, fmt: str
) -> None:
    release = import_fixture(translator, "scraped_fr.txt")
    assert any(not s.translatable for s in translator.releases.segments(release)), "menu lines in the page"
    data = export(translator, release, tmp_path / "out.xlf", fmt)
    if fmt == "xliff":
        root = assert_valid_xliff(data)
        for element in root.iter(f"{X}source", f"{X}target"):
            assert not (element.text or "x").isspace(), "no layout whitespace inside inline content"
    else:
        valid_12(data)
    before = snapshot(db_url)
    report = merging(translator).merge_bytes(data, "out.xlf", FREELANCER)
    assert (report.changed, report.comments_added) == ([], 0)
    assert merging(translator).merge_bytes(data, "out.xlf", FREELANCER, force=True).changed == []
    assert snapshot(db_url) == before


def test_a_hard_wrapped_sentence_keeps_its_line_break_through_xml_space_preserve(
    translator: Workspace, tmp_path: Path
) -> None:
    release = import_fixture(translator, "wrapped_en.txt", "en")
    wrapped = next(s for s in translatable(translator, release) if "\n" in s.source)
    translator.editing.edit(wrapped.id or 0, "Zeile eins\nZeile zwei.", translator.actor, confirm=True)
    root = assert_valid_xliff(export(translator, release, tmp_path / "out.xlf"))
    segment = root.find(f".//{X}segment[@id='s{wrapped.id}']")
    assert segment is not None
    source, target = segment.find(f"{X}source"), segment.find(f"{X}target")
    assert source is not None and target is not None
    assert source.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert (source.text, target.text) == (wrapped.source, "Zeile eins\nZeile zwei.")
    plain = next(s for s in translatable(translator, release) if "\n" not in s.source)
    other = root.find(f".//{X}segment[@id='s{plain.id}']/{X}source")
    assert other is not None and other.get("{http://www.w3.org/XML/1998/namespace}space") is None
    report = merging(translator).merge_bytes((tmp_path / "out.xlf").read_bytes(), "out.xlf", FREELANCER)
    assert report.changed == []
    assert translator.releases.segment(wrapped.id or 0).target == "Zeile eins\nZeile zwei."


def test_a_file_re_indented_by_lxml_merges_with_its_changed_targets(
    translator: Workspace, tmp_path: Path
) -> None:
    release = import_release(translator, tmp_path)
    segments = translator.releases.segments(release)
    bold, second = segments[1], segments[2]
    root = etree.fromstring(export(translator, release, tmp_path / "out.xlf"))
    for segment, words in ((bold, "The "), (second, "The office employs ten people.")):
        element = root.find(f".//{X}segment[@id='s{segment.id}']")
        assert element is not None
        target = etree.SubElement(element, f"{X}target")
        target.text = words
        if segment is bold:
            etree.SubElement(target, f"{X}pc", id=f"{bold.id}-1").text = "Blue Horizon Foundation"
        element.set("state", "translated")
    etree.indent(root, space="    ")  # lxml's layout puts line breaks inside <source> and <target>
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    assert b"<target>The <pc" in data and b"</pc>\n" in data, "the tool's layout reached the content"
    report = merging(translator).merge_bytes(data, "lxml.xlf", FREELANCER)
    assert sorted(report.changed) == sorted([bold.id, second.id])
    assert translator.releases.segment(bold.id or 0).target == "The <g1>Blue Horizon Foundation</g1>"
    assert translator.releases.segment(second.id or 0).target == "The office employs ten people."


def test_a_file_rewritten_by_translate_toolkit_brings_targets_states_and_notes(
    translator: Workspace, tmp_path: Path, db_url: str
) -> None:
    release = import_fixture(translator, "scraped_fr.txt")
    title, dateline, third = translatable(translator, release)[:3]
    store = Xliff2File(export(translator, release, tmp_path / "out.xlf"))
    units = {unit.getid(): unit for unit in store.units}
    assert units[f"u{title.block}::s{title.id}"].istranslatable()
    assert not units["u0::s1"].istranslatable(), "menu lines reach the tool as not to translate"
    done = units[f"u{title.block}::s{title.id}"]
    done.target = "Eine neue Messstation für die Gironde-Mündung"
    done.marktranslated()
    done.addnote("Ist „Mündung“ hier richtig?", origin="translator")
    draft = units[f"u{dateline.block}::s{dateline.id}"]
    draft.target = "Bordeaux/Royan, 14. Juni – Die Stiftung hat eröffnet."
    draft.markfuzzy()
    reviewed = units[f"u{third.block}::s{third.id}"]
    reviewed.target = "Sie misst alle zehn Minuten."
    reviewed.markapproved()
    returned = tmp_path / "toolkit.xlf"
    returned.write_bytes(bytes(store))

    report = merging(translator).merge_file(returned, FREELANCER)
    assert sorted(report.changed) == sorted([title.id, dateline.id, third.id])
    assert report.comments_added == 1
    after = {s.id: s for s in translator.releases.segments(release)}
    assert (after[title.id].target, after[title.id].status) == (
        "Eine neue Messstation für die Gironde-Mündung",
        SegmentStatus.TRANSLATED,
    )
    assert after[dateline.id].status is SegmentStatus.DRAFT
    assert after[third.id].status is SegmentStatus.TRANSLATED, "'reviewed' is confirmed, never approved"
    [comment] = comments_of(translator, title.id or 0)
    mika = recorded_author(translator, "mika", team_login=True)
    assert (comment.author, comment.text) == (mika, "Ist „Mündung“ hier richtig?")
    before = snapshot(db_url)
    again = merging(translator).merge_file(returned, FREELANCER)
    assert (again.changed, again.comments_added) == ([], 0) and snapshot(db_url) == before


def test_unit_notes_go_to_their_segment_with_the_file_author(translator: Workspace, tmp_path: Path) -> None:
    release = import_release(translator, tmp_path)
    segments = translator.releases.segments(release)
    bold, second = segments[1], segments[2]
    translator.reviewing.comments.add(bold.id or 0, "Keep the bold.", translator.actor)
    root = etree.fromstring(export(translator, release, tmp_path / "out.xlf"))
    file = root.find(f"{X}file")
    assert file is not None
    metadata = etree.Element("{urn:oasis:names:tc:xliff:metadata:2.0}metadata")
    group = etree.SubElement(metadata, "{urn:oasis:names:tc:xliff:metadata:2.0}metaGroup")
    etree.SubElement(group, "{urn:oasis:names:tc:xliff:metadata:2.0}meta", type="author").text = "Mika Laine"
    file.insert(0, metadata)
    unit = root.find(f".//{X}segment[@id='s{second.id}']/..")
    assert unit is not None
    notes = unit.find(f"{X}notes")
    if notes is None:
        notes = etree.Element(f"{X}notes")
        unit.insert(0, notes)
    etree.SubElement(notes, f"{X}note").text = "Both sentences of this paragraph read well."
    data = etree.tostring(root)
    assert_valid_xliff(data)
    report = merging(translator).merge_bytes(data, "notes.xlf", FREELANCER)
    assert report.comments_added == 1, "the exported comment is not added a second time"
    assert bold.block == second.block, "the note is on the unit: it goes to its first translatable segment"
    assert [(c.author, c.text) for c in comments_of(translator, bold.id or 0)] == [
        ("ana", "Keep the bold."),
        (recorded_author(translator, "Mika Laine"), "Both sentences of this paragraph read well."),
    ]


def test_xliff12_is_schema_valid_and_carries_statuses_tags_and_notes(
    translator: Workspace, tmp_path: Path
) -> None:
    release = import_release(translator, tmp_path)
    segments = translator.releases.segments(release)
    title, bold = segments[0], segments[1]
    translator.editing.edit(title.id or 0, "Horizon Bleu opens an office", translator.actor, confirm=True)
    translator.editing.edit(bold.id or 0, "The <g1>Foundation</g1> opened.", translator.actor)
    translator.reviewing.comments.add(bold.id or 0, "Full name, please.", translator.actor)
    root = valid_12(export(translator, release, tmp_path / "out.xlf", "xliff12"))
    file = root.find(f"{X12}file")
    assert file is not None and file.get("original", "").startswith(f"release-{release}/")
    assert (file.get("source-language"), file.get("target-language")) == ("fr", "en")
    unit = root.find(f".//{X12}trans-unit[@id='s{bold.id}']")
    assert unit is not None
    target = unit.find(f"{X12}target")
    assert target is not None and target.get("state") == "needs-review-translation", "a draft"
    g = target.find(f"{X12}g")
    assert g is not None and (g.get("id"), g.text) == ("1", "Foundation")
    note = unit.find(f"{X12}note")
    assert note is not None and note.get("from") == "ana"
    title_target = root.find(f".//{X12}trans-unit[@id='s{title.id}']/{X12}target")
    assert title_target is not None and title_target.get("state") == "translated"


def test_xliff12_back_from_translate_toolkit_and_with_a_named_author(
    translator: Workspace, tmp_path: Path
) -> None:
    release = import_release(translator, tmp_path)
    segments = translator.releases.segments(release)
    second, link = segments[2], segments[3]
    store = xlifffile(export(translator, release, tmp_path / "out.xlf", "xliff12"))
    units = {unit.getid().rsplit("s", 1)[-1]: unit for unit in store.units}
    units[str(second.id)].target = "Das Büro beschäftigt zehn Personen."
    units[str(second.id)].markfuzzy(False)
    units[str(second.id)].addnote("Zahl geprüft.", origin="translator")
    returned = tmp_path / "toolkit12.xlf"
    returned.write_bytes(bytes(store))
    root = valid_12(returned.read_bytes())
    unit = root.find(f".//{X12}trans-unit[@id='s{link.id}']")
    assert unit is not None
    target = etree.SubElement(unit, f"{X12}target", state="translated")
    target.text = "Mehr dazu in "
    etree.SubElement(target, f"{X12}g", id="1").text = "unserem Bericht"
    target[-1].tail = "."
    note = etree.SubElement(unit, f"{X12}note", {"from": "Mika Laine"})
    note.text = "Link text shortened."
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    valid_12(data)

    report = merging(translator).merge_bytes(data, "back12.xlf", FREELANCER)
    assert sorted(report.changed) == sorted([second.id, link.id]) and report.comments_added == 2
    after = {s.id: s for s in translator.releases.segments(release)}
    assert after[second.id].target == "Das Büro beschäftigt zehn Personen."
    assert after[second.id].status is SegmentStatus.TRANSLATED, "approved='yes' from the toolkit: confirmed"
    assert after[link.id].target == "Mehr dazu in <g1>unserem Bericht</g1>."
    assert [(c.author, c.text) for c in comments_of(translator, second.id or 0)] == [
        (recorded_author(translator, "mika", team_login=True), "Zahl geprüft.")
    ], "'translator' names a role: the person merging is the author"
    assert [(c.author, c.text) for c in comments_of(translator, link.id or 0)] == [
        (recorded_author(translator, "Mika Laine"), "Link text shortened.")
    ]


def test_whitespace_is_read_as_xml_space_says() -> None:
    from translator_app.formats.xliff import read_xliff

    body = (
        b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">'
        b'<file id="release-7"><unit id="u0">'
        b"<segment id='s1'><source>\n   Deux  mots\n</source><target>\n Two  words </target></segment>"
        b"<segment id='s2'><source xml:space='preserve'>Deux\nlignes</source>"
        b"<target xml:space='preserve'> Two\nlines</target></segment>"
        b"</unit></file></xliff>"
    )
    default, preserve = read_xliff(body, "space.xlf").segments
    assert not default.preserve and default.matches("Deux mots")
    assert default.target_for("Deux mots", "") == "Two words"
    assert default.target_for("Deux mots", "Two\nwords") == "Two\nwords", "only whitespace differs: kept"
    assert preserve.preserve and preserve.matches("Deux\nlignes")
    assert preserve.target_for("Deux\nlignes", "") == " Two\nlines"
    assert not preserve.matches("Deux lignes changées")
