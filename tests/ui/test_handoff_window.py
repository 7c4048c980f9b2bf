"""File › Update from a revised source and File › Merge a returned file, from the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree
from tests.ui.window_helpers import open_window

from translator_app.domain.models import SegmentStatus
from translator_app.services.workspace import Workspace

VERSION_1 = (
    "# Horizon Bleu à Dakar\n\nLe bureau emploie dix personnes.\n\nLes inscriptions ferment le 4 mars.\n"
)
VERSION_2 = (
    "# Horizon Bleu à Dakar\n\nLe bureau emploie douze personnes.\n\nUne conférence aura lieu lundi.\n"
)
XLIFF = "urn:oasis:names:tc:xliff:document:2.0"


def imported(workspace: Workspace, tmp_path: Path) -> int:
    path = tmp_path / "dakar.md"
    path.write_text(VERSION_1, encoding="utf-8")
    release = workspace.importing.import_file(path, "fr", "en", workspace.actor)
    assert release.id is not None
    for segment in workspace.releases.segments(release.id):
        assert segment.id is not None
        workspace.editing.edit(segment.id, f"EN {segment.source}", workspace.actor, confirm=True)
    return release.id


def returned_xliff(workspace: Workspace, release_id: int, tmp_path: Path, first_target: str) -> Path:
    """The release exported to XLIFF, its first target then changed outside, as a vendor returns it."""
    exported = tmp_path / "dakar.xlf"
    workspace.exporting.export(release_id, "xliff", exported)
    tree = etree.parse(str(exported))
    target = tree.find(f".//{{{XLIFF}}}segment/{{{XLIFF}}}target")
    assert target is not None
    target.text = first_target
    tree.write(str(exported), xml_declaration=True, encoding="utf-8")
    return exported


def test_updating_from_a_revised_source_reloads_and_says_what_changed(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    release_id = imported(workspace, tmp_path)
    window = open_window(qtbot, workspace, release_id)
    revised = tmp_path / "dakar-v2.md"
    revised.write_text(VERSION_2, encoding="utf-8")
    with qtbot.waitSignal(window.handoff.finished, timeout=10000) as said:
        window.handoff.run_update(revised, release_id)
    assert (
        "1 unchanged, 1 changed" in said.args[0] and "1 new" in said.args[0] and "1 removed" in said.args[0]
    )
    sources = [s.source for s in window.release.segments()]
    assert "Le bureau emploie douze personnes." in sources
    assert "Les inscriptions ferment le 4 mars." not in sources
    changed = next(s for s in window.release.segments() if s.source.endswith("douze personnes."))
    assert changed.status is SegmentStatus.DRAFT and changed.target == "EN Le bureau emploie dix personnes."


def test_merging_a_returned_xliff_file_applies_the_outside_translation(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    release_id = imported(workspace, tmp_path)
    exported = returned_xliff(workspace, release_id, tmp_path, "Horizon Bleu in Dakar, revised outside")
    window = open_window(qtbot, workspace, release_id)
    with qtbot.waitSignal(window.handoff.finished, timeout=10000) as said:
        window.handoff.run_merge(exported)
    assert said.args[0].startswith("Merged: 1 segment changed")
    assert any(s.target == "Horizon Bleu in Dakar, revised outside" for s in window.release.segments())


def test_a_foreign_file_changes_nothing_and_says_why(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    release_id = imported(workspace, tmp_path)
    window = open_window(qtbot, workspace, release_id)
    foreign = tmp_path / "other.xlf"
    foreign.write_text('<?xml version="1.0"?><xliff xmlns="urn:example" version="2.1"/>', encoding="utf-8")
    before = [(s.target, s.version) for s in workspace.releases.segments(release_id)]
    with qtbot.waitSignal(window.handoff.finished, timeout=10000):
        window.handoff.run_merge(foreign)
    assert window.handoff.last_message
    assert [(s.target, s.version) for s in workspace.releases.segments(release_id)] == before


def test_the_header_counts_follow_an_update_that_adds_paragraphs(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    release_id = imported(workspace, tmp_path)
    window = open_window(qtbot, workspace, release_id)
    assert "3 segments" in window.release_details.text()
    revised = tmp_path / "dakar-v3.md"
    revised.write_text(VERSION_1 + "\nUn paragraphe de plus.\n\nEt un autre.\n", encoding="utf-8")
    with qtbot.waitSignal(window.handoff.finished, timeout=10000):
        window.handoff.run_update(revised, release_id)
    assert "5 segments" in window.release_details.text()


def test_work_done_since_the_export_is_kept_unless_the_user_chooses_the_file(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    release_id = imported(workspace, tmp_path)
    exported = returned_xliff(workspace, release_id, tmp_path, "Horizon Bleu in Dakar, from the vendor")
    first = workspace.releases.segments(release_id)[0]
    assert first.id is not None
    workspace.editing.edit(first.id, "Horizon Bleu in Dakar, edited here", workspace.actor, confirm=True)
    window = open_window(qtbot, workspace, release_id)

    with qtbot.waitSignal(window.handoff.finished, timeout=10000) as said:
        window.handoff.run_merge(exported)
    assert "Kept 1 segment changed here since the export." in said.args[0]
    assert workspace.releases.segment(first.id).target == "Horizon Bleu in Dakar, edited here"
    box = window.handoff.overwrite_box
    assert box is not None and box.isVisible()
    keep, use = (
        next(b for b in box.buttons() if b.text() == label)
        for label in ("Keep the current text", "Use the file's text")
    )
    assert box.defaultButton() is keep, "keeping one's own work is the default"

    with qtbot.waitSignal(window.handoff.finished, timeout=10000) as said:
        use.click()
    assert said.args[0].startswith("Merged: 1 segment changed")
    assert workspace.releases.segment(first.id).target == "Horizon Bleu in Dakar, from the vendor"
