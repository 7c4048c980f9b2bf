"""The open release: every write arrives once with all it changed; changes from elsewhere enter through
refresh, and never overwrite typing that is not stored yet (two users on one database, no window)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from translator_app.app import open_workspace
from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.models import Block, Release, Role, Segment, SegmentStatus
from translator_app.services import open_release
from translator_app.services.open_release import OpenRelease, ReleaseChange
from translator_app.services.release_writer import ReleaseWriter
from translator_app.services.workspace import Workspace

SOURCES = [
    "Contact presse",
    "La Fondation ouvre un bureau à Dakar.",
    "Contact presse",
    "Douze personnes y travailleront.",
    "  Contact   presse ",  # the same sentence, spaced differently
]


@pytest.fixture
def ana(db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(db_url, "ana", Role.TRANSLATOR)
    yield workspace
    workspace.close()


@pytest.fixture
def rui(db_url: str, ana: Workspace) -> Iterator[Workspace]:
    """Another desktop on the same database."""
    workspace = open_workspace(db_url, "rui", Role.REVIEWER)
    yield workspace
    workspace.close()


def store(workspace: Workspace) -> int:
    blocks = [Block(position=i) for i in range(len(SOURCES))]
    segments = [Segment(position=i, block=i, source=source) for i, source in enumerate(SOURCES)]
    release = workspace.creation.create(Release("Dakar", "fr", "en"), blocks, segments)
    return release.id


class Opened:
    """An open release on ``workspace`` with the events it emitted."""

    def __init__(self, workspace: Workspace, release_id: int) -> None:
        self.workspace = workspace
        self.release = OpenRelease(workspace.releases.segments_by_id)
        self.writer = ReleaseWriter(workspace, self.release)
        self.events: list[ReleaseChange] = []
        self.conflict_events: list[int] = []
        self.release.changed.connect(self.events.append)
        self.release.conflicts_changed.connect(self.conflict_events.append)
        self.release.load(workspace.releases.release(release_id), workspace.releases.segments(release_id))
        self.ids = [s.id for s in self.release.segments()]
        self.events.clear()

    def held(self, row: int) -> Segment:
        return self.release.segment_at(row)

    def matches_storage(self) -> bool:
        assert self.release.release is not None
        return list(self.release.segments()) == self.workspace.releases.segments(self.release.release.id)


def test_loading_is_one_reset_with_counts_words_and_repetition_groups(ana: Workspace) -> None:
    release = OpenRelease()
    seen: list[ReleaseChange] = []
    release.changed.connect(seen.append)
    release_id = store(ana)
    release.load(ana.releases.release(release_id), ana.releases.segments(release_id))

    assert [e.reset for e in seen] == [True] and len(release) == 5
    ids = [s.id for s in release.segments()]
    assert [s.id for s in release.repetitions_of(ids[0])] == [ids[2], ids[4]]
    assert release.repetitions_of(ids[1]) == []
    assert release.counts()[SegmentStatus.NEW] == 5
    assert release.word_counts()[SegmentStatus.NEW] == 2 + 7 + 2 + 4 + 2


def test_a_confirm_arrives_once_with_the_repetitions_it_filled(ana: Workspace) -> None:
    opened = Opened(ana, store(ana))
    first, _, second, _, third = opened.ids

    saved = opened.writer.edit(first, "Press contact", confirm=True)

    assert saved is not None and {s.id for s in saved.changed} == {first, second, third}
    assert opened.events == [ReleaseChange(frozenset({first, second, third}))]
    assert opened.held(2).status is SegmentStatus.DRAFT and opened.held(2).target == "Press contact"
    assert opened.matches_storage(), "the owner holds exactly what is stored, without reading it back"


def test_the_same_result_applied_twice_and_stale_versions_change_nothing(ana: Workspace) -> None:
    opened = Opened(ana, store(ana))
    saved = opened.writer.edit(opened.ids[1], "The Foundation opens an office.")
    assert saved is not None
    before = opened.held(1)

    assert opened.release.apply(saved.changed) == frozenset()
    assert opened.release.apply([opened.workspace.releases.segments_by_id([opened.ids[3]])[0]]) == frozenset()
    assert opened.held(1) == before and len(opened.events) == 1


def test_a_write_over_a_version_changed_elsewhere_is_a_conflict_keeping_my_text(
    ana: Workspace, rui: Workspace
) -> None:
    opened = Opened(ana, store(ana))
    segment_id = opened.ids[3]
    rui.editing.edit(segment_id, "Twelve people will work there.", rui.actor, confirm=True)

    assert opened.writer.edit(segment_id, "Twelve staff.", confirm=False) is None

    conflict = opened.release.conflict(segment_id)
    assert conflict is not None and conflict.holds_text
    assert (conflict.mine, conflict.changed_by) == ("Twelve staff.", "rui")
    assert opened.held(3).target == conflict.theirs.target == "Twelve people will work there."
    assert opened.conflict_events == [segment_id]
    assert rui.releases.segment(segment_id).target == "Twelve people will work there.", "nothing overwritten"

    saved = opened.writer.use_mine(conflict)
    assert saved is not None and saved.segment.target == "Twelve staff."
    assert opened.release.conflict(segment_id) is None and opened.matches_storage()


def test_refresh_takes_in_another_desktops_change_as_one_external_event(
    ana: Workspace, rui: Workspace
) -> None:
    opened = Opened(ana, store(ana))
    one, two = opened.ids[1], opened.ids[3]
    rui.editing.edit(one, "The Foundation opens an office in Dakar.", rui.actor, confirm=True)
    rui.editing.edit(two, "Twelve people will work there.", rui.actor)

    assert opened.release.refresh([one, two, 999_999]) == {one, two}

    assert opened.events == [ReleaseChange(frozenset({one, two}), external=True)]
    assert opened.held(1).status is SegmentStatus.TRANSLATED and opened.held(1).updated_by == "rui"
    assert opened.release.conflicts() == [] and opened.matches_storage()
    assert opened.release.refresh([one]) == frozenset(), "nothing new: no event"
    assert len(opened.events) == 1


def test_a_change_from_elsewhere_on_the_segment_being_typed_is_a_conflict_not_an_overwrite(
    ana: Workspace, rui: Workspace
) -> None:
    opened = Opened(ana, store(ana))
    segment_id = opened.ids[1]
    opened.release.note_typing(segment_id, "The Foundation opens")  # typed, not stored yet
    rui.editing.edit(segment_id, "The Foundation is opening an office.", rui.actor, confirm=True)

    opened.release.refresh([segment_id])

    conflict = opened.release.conflict(segment_id)
    assert conflict is not None and conflict.mine == "The Foundation opens"
    assert conflict.theirs == rui.releases.segment(segment_id) == opened.held(1)
    assert opened.conflict_events == [segment_id]
    assert opened.release.typing is not None and opened.release.typing.text == "The Foundation opens"

    opened.writer.keep_theirs(conflict)
    assert opened.release.conflicts() == []


def test_a_change_from_elsewhere_on_an_editor_without_typing_is_simply_taken(
    ana: Workspace, rui: Workspace
) -> None:
    opened = Opened(ana, store(ana))
    segment_id = opened.ids[1]
    opened.release.note_typing(segment_id, opened.held(1).target)  # open, nothing typed
    rui.editing.edit(segment_id, "The Foundation is opening an office.", rui.actor)

    opened.release.refresh([segment_id])

    assert opened.release.conflicts() == []
    assert opened.held(1).target == "The Foundation is opening an office."


def test_an_approval_of_a_version_i_have_not_seen_is_refused(ana: Workspace, rui: Workspace) -> None:
    opened_by_rui = Opened(rui, store(ana))
    segment_id = opened_by_rui.ids[1]
    ana.editing.edit(segment_id, "The Foundation opens an office.", ana.actor, confirm=True)
    opened_by_rui.release.refresh([segment_id])
    shown = opened_by_rui.held(1)
    ana.editing.edit(segment_id, "The Foundation closes its office.", ana.actor, confirm=True)

    assert opened_by_rui.writer.approve(segment_id) is None

    assert rui.releases.segment(segment_id).status is SegmentStatus.TRANSLATED
    conflict = opened_by_rui.release.conflict(segment_id)
    assert conflict is not None and not conflict.holds_text
    assert opened_by_rui.held(1).version > shown.version


def test_undo_of_a_confirm_restores_every_segment_in_one_event(ana: Workspace) -> None:
    opened = Opened(ana, store(ana))
    before = list(opened.release.segments())
    saved = opened.writer.edit(opened.ids[0], "Press contact", confirm=True)
    assert saved is not None
    opened.events.clear()

    opened.writer.restore([before[0], before[2], before[4]])

    assert len(opened.events) == 1 and opened.events[0].ids == {opened.ids[0], opened.ids[2], opened.ids[4]}
    assert [s.target for s in opened.release.segments()] == [""] * 5
    assert opened.matches_storage()


def test_a_translator_may_not_approve(ana: Workspace) -> None:
    opened = Opened(ana, store(ana))
    opened.writer.edit(opened.ids[1], "The Foundation opens an office.", confirm=True)
    with pytest.raises(DomainError) as caught:
        opened.writer.approve(opened.ids[1])
    assert caught.value.code is ErrorCode.ROLE_FORBIDDEN


def test_counts_words_and_repetitions_kept_up_to_date_equal_a_fresh_load(
    ana: Workspace, rui: Workspace
) -> None:
    """The tallies are counted once at load and then adjusted per change: after confirmations, a line
    marked not to translate and back, and a change from elsewhere, they equal those of a fresh load."""
    opened = Opened(ana, store(ana))
    first, office, _, staff, _ = opened.ids
    opened.writer.edit(first, "Press contact", confirm=True)
    opened.writer.set_translatable(office, False)
    opened.writer.edit(staff, "Twelve staff.", confirm=True)
    opened.writer.set_translatable(office, True)
    opened.writer.set_translatable(first, False)
    rui.editing.edit(staff, "Twelve people.", rui.actor, confirm=True)
    opened.release.refresh([staff])

    fresh = OpenRelease()
    assert opened.release.release is not None
    release_id = opened.release.release.id
    fresh.load(ana.releases.release(release_id), ana.releases.segments(release_id))
    assert opened.release.counts() == fresh.counts()
    assert opened.release.word_counts() == fresh.word_counts()
    counts = opened.release.counts()
    assert counts[SegmentStatus.NEW] == 1 and counts[SegmentStatus.TRANSLATED] == 1, counts
    for segment_id in opened.ids:
        assert opened.release.words_of(segment_id) == fresh.words_of(segment_id)
        assert opened.release.repetitions_of(segment_id) == fresh.repetitions_of(segment_id)
    assert [s.id for s in opened.release.repetitions_of(opened.ids[2])] == [opened.ids[4]]


def test_a_long_releases_words_are_counted_in_slices_and_changes_meanwhile_are_counted_right(
    ana: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past a size the words wait for :meth:`OpenRelease.count_words` (the window calls it while idle); a
    confirmation made while they are being counted is in the totals at the end."""
    monkeypatch.setattr(open_release, "WORDS_COUNTED_AT_ONCE", 2)
    opened = Opened(ana, store(ana))
    assert opened.release.word_counts() is None, "not counted while loading"
    assert opened.release.counts()[SegmentStatus.NEW] == 5, "the segment counts are there at once"

    assert not opened.release.count_words(2)
    opened.writer.edit(opened.ids[3], "Twelve staff.", confirm=True)  # counted already, status changes
    assert not opened.release.count_words(2)
    assert opened.release.word_counts() is None
    assert opened.release.count_words(2)

    words = opened.release.word_counts()
    assert words is not None
    assert words[SegmentStatus.NEW] == 2 + 7 + 2 + 2 and words[SegmentStatus.TRANSLATED] == 4
    opened.writer.edit(opened.ids[1], "The Foundation opens an office.", confirm=True)
    words = opened.release.word_counts()
    assert words is not None and words[SegmentStatus.TRANSLATED] == 4 + 7, "kept up to date from then on"
