"""Re-importing a revised source into a release that is already being translated (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.handoff.handoff_support import import_release, snapshot

from translator_app.app import open_workspace
from translator_app.cli import main
from translator_app.domain.errors import DomainError
from translator_app.domain.models import EventKind, Role, SegmentStatus
from translator_app.domain.word_diff import Change
from translator_app.services.updating import UpdateService
from translator_app.services.workspace import Workspace

VERSION_1 = """# Horizon Bleu ouvre un bureau à Dakar

Le bureau emploie dix personnes.

La directrice régionale est Mme Diallo.

Les inscriptions ferment le 4 mars.
"""

VERSION_2 = """# Horizon Bleu ouvre un bureau à Dakar

Le bureau emploie douze personnes.

La directrice régionale est Mme Diallo.

Une conférence de presse aura lieu lundi.
"""


@pytest.fixture
def translator(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def release(translator: Workspace, db_url: str, tmp_path: Path) -> int:
    """Version 1 fully translated and approved."""
    release_id = import_release(translator, tmp_path, VERSION_1)
    for segment in translator.releases.segments(release_id):
        assert segment.id is not None
        translator.editing.edit(segment.id, f"EN {segment.source}", translator.actor, confirm=True)
    reviewer = open_workspace(db_url, "rui", Role.REVIEWER)
    try:
        reviewer.review.approve_all_translated(release_id, reviewer.actor)
    finally:
        reviewer.close()
    return release_id


def updating(workspace: Workspace) -> UpdateService:
    return workspace.handoff.updating


def revised(tmp_path: Path, text: str = VERSION_2) -> Path:
    path = tmp_path / "communique-v2.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_changed_added_removed_and_unchanged_paragraphs(
    translator: Workspace, release: int, tmp_path: Path
) -> None:
    old = {s.source: s for s in translator.releases.segments(release)}
    summary = updating(translator).update_file(revised(tmp_path), release, translator.actor)
    assert (summary.unchanged, summary.changed, summary.added, summary.removed) == (2, 1, 1, 1)

    now = translator.releases.segments(release)
    assert summary.segments == now, "the update returns the release's segments as they are now"
    assert [s.source for s in now] == [
        "Horizon Bleu ouvre un bureau à Dakar",
        "Le bureau emploie douze personnes.",
        "La directrice régionale est Mme Diallo.",
        "Une conférence de presse aura lieu lundi.",
    ]
    assert [s.position for s in now] == [0, 1, 2, 3]
    title, changed, kept, added = now
    assert title.id == old[title.source].id and title.status is SegmentStatus.APPROVED
    assert title.version == old[title.source].version, "an unchanged segment keeps its version and history"
    assert (
        kept.status is SegmentStatus.APPROVED and kept.target == "EN La directrice régionale est Mme Diallo."
    )

    was = old["Le bureau emploie dix personnes."]
    assert changed.id == was.id and changed.target == was.target and changed.status is SegmentStatus.DRAFT
    events = translator.releases.events(changed.id or 0)
    source_event = next(e for e in events if e.kind is EventKind.SOURCE)
    assert (source_event.old, source_event.new) == (was.source, changed.source)
    diffs = updating(translator).source_changes(changed.id or 0)
    assert [(p.change, p.text.strip()) for p in diffs[0] if p.change is not Change.EQUAL] == [
        (Change.DELETED, "dix"),
        (Change.INSERTED, "douze"),
    ]
    assert added.status is SegmentStatus.NEW and added.target == ""
    worded = [
        h for h in translator.reviewing.history.history(changed.id or 0) if h.event.kind is EventKind.SOURCE
    ]
    assert worded and worded[0].diff == diffs[0], "history --json and the window show the changed words"

    archived = updating(translator).archived(release)
    assert [s.source for s in archived] == ["Les inscriptions ferment le 4 mars."]
    assert archived[0].target == "EN Les inscriptions ferment le 4 mars."
    summary_row = next(s for s in translator.releases.summaries() if s.release.id == release)
    assert summary_row.total == 4 and summary_row.counts[SegmentStatus.APPROVED] == 2

    out = tmp_path / "out.md"
    translator.exporting.export(release, "md", out, allow_unapproved=True)
    text = out.read_text(encoding="utf-8")
    assert "Une conférence de presse" in text and "4 mars" not in text and "EN Le bureau emploie dix" in text


def test_updating_twice_with_the_same_file_changes_nothing_more(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    path = revised(tmp_path)
    updating(translator).update_file(path, release, translator.actor)
    before = snapshot(db_url)
    summary = updating(translator).update_file(path, release, translator.actor)
    assert (summary.unchanged, summary.changed, summary.added, summary.removed) == (4, 0, 0, 0)
    assert snapshot(db_url) == before


def test_an_empty_revision_is_refused_with_nothing_applied(
    translator: Workspace, release: int, tmp_path: Path, db_url: str
) -> None:
    before = snapshot(db_url)
    with pytest.raises(DomainError):
        updating(translator).update_file(revised(tmp_path, "\n\n"), release, translator.actor)
    assert snapshot(db_url) == before


def test_import_update_command_prints_the_summary(
    release: int, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "import", str(revised(tmp_path)), "--update", str(release)]) == 0
    out = capsys.readouterr().out
    assert "2 unchanged, 1 changed, 1 added, 1 removed" in out
    assert main(["--db", db_url, "import", str(revised(tmp_path))]) == 2
