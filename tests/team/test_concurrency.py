"""Concurrent people on one server: a sign-off is one atomic decision, a memory unit is never duplicated, and
an edit that did not ask for a version check survives someone saving in between."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa
from tests.team.conftest import RawConnect, sid, signed_in

from translator_app.domain.errors import ConflictError, DomainError, ErrorCode
from translator_app.domain.models import Block, Release, Segment, SegmentStatus
from translator_app.services import signoff as signoff_module
from translator_app.services.workspace import Workspace

pytestmark = pytest.mark.postgres

TARGETS = {
    1: "Horizon Bleu Foundation opens an office in Dakar",
    2: "Lyon/Dakar, 4 February – Horizon Bleu Foundation opened its regional office.",
    3: "« We will be closer to the communities », said Ms Diallo.",
    4: "Contact: presse@horizon-bleu.example, +33 4 72 00 11 22",
}


@pytest.fixture
def approved(segments: list[Segment], ana: Workspace, rui: Workspace) -> list[Segment]:
    for segment in segments[1:]:
        ana.editing.edit(sid(segment), TARGETS[segment.position], ana.actor, confirm=True)
    rui.review.approve([sid(s) for s in segments[1:]], rui.actor, override="read aloud with the author")
    return rui.releases.segments(segments[0].release_id or 0)


def test_an_edit_in_the_middle_of_a_sign_off_waits_and_then_reopens_it(
    approved: list[Segment], ana: Workspace, rui: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = approved[0].release_id or 0
    checked = threading.Event()
    real_state = signoff_module.signoff_state

    def slow_state(uow: Any, release_id: int) -> signoff_module.SignoffState:
        state = real_state(uow, release_id)
        checked.set()
        time.sleep(0.8)  # the gap in which a translator's save used to slip through
        return state

    monkeypatch.setattr(signoff_module, "signoff_state", slow_state)
    with ThreadPoolExecutor(1) as pool:
        signing = pool.submit(rui.reviewing.signoff.sign_off, release, rui.actor)
        assert checked.wait(10)
        edited = ana.editing.edit(
            sid(approved[2]), "Lyon/Dakar – the foundation opened its office.", ana.actor
        ).segment
        signed = signing.result(timeout=10)
    monkeypatch.setattr(signoff_module, "signoff_state", real_state)

    assert edited.status is SegmentStatus.TRANSLATED
    state = rui.reviewing.signoff.state(release)
    assert state.latest is not None and state.latest.id == signed.id
    assert state.signed_off is None, "a release with a segment back at 'translated' must not stand signed off"
    assert state.pending == [3] and state.reopened_by is not None and state.reopened_by.user == "ana"


def test_a_sign_off_waits_for_a_save_in_flight_and_then_refuses(
    approved: list[Segment], raw: RawConnect, rui: Workspace
) -> None:
    release = approved[0].release_id or 0
    sql = raw("ana")
    sql.autocommit = False
    sql.execute(
        "UPDATE segments SET target = 'Changed during the sign-off', status = 'translated' WHERE id = %s",
        [approved[3].id],
    )
    with ThreadPoolExecutor(1) as pool:
        signing = pool.submit(rui.reviewing.signoff.sign_off, release, rui.actor)
        time.sleep(0.8)
        assert not signing.done(), "the sign-off must wait for the save in flight"
        sql.commit()
        with pytest.raises(DomainError) as refused:
            signing.result(timeout=10)
    assert refused.value.code is ErrorCode.SIGNOFF_INCOMPLETE
    assert rui.reviewing.signoff.state(release).latest is None


@pytest.fixture
def twin_releases(
    ana: Workspace, team_url: str
) -> Iterator[tuple[Workspace, list[Segment], Workspace, list[Segment]]]:
    """The same 20 sentences in a release of ana's and one of mika's."""
    sentences = [f"La fondation a ouvert {n} bureaux en Afrique de l'Ouest." for n in range(20)]
    with signed_in(team_url, "mika") as mika:
        found = []
        for workspace, title in ((ana, "Dakar"), (mika, "Dakar, second edition")):
            release = workspace.creation.create(
                Release(title, "fr", "en", created_by=workspace.actor.user),
                [Block(position=i) for i in range(len(sentences))],
                [Segment(position=i, block=i, source=s) for i, s in enumerate(sentences)],
            )
            found.append(workspace.releases.segments(release.id or 0))
        yield ana, found[0], mika, found[1]


def test_confirming_the_same_sentence_at_the_same_moment_in_two_releases_keeps_one_unit(
    twin_releases: tuple[Workspace, list[Segment], Workspace, list[Segment]], raw: RawConnect
) -> None:
    ana, mine, mika, theirs = twin_releases
    barrier = threading.Barrier(2)

    def confirm_all(workspace: Workspace, segments: list[Segment]) -> None:
        for segment in segments:
            barrier.wait(timeout=10)
            target = f"The foundation opened {segment.position} offices in West Africa."
            workspace.editing.edit(sid(segment), target, workspace.actor, confirm=True)

    with ThreadPoolExecutor(2) as pool:
        for done in [pool.submit(confirm_all, ana, mine), pool.submit(confirm_all, mika, theirs)]:
            done.result(timeout=60)
    units = (
        raw("rui")
        .execute("SELECT count(*), count(DISTINCT (source_hash, target_hash)) FROM tm_units")
        .fetchone()
    )
    assert units == (20, 20)


def test_an_edit_without_a_version_check_is_applied_on_a_fresh_read_after_a_concurrent_save(
    segments: list[Segment], ana: Workspace, team_url: str
) -> None:
    segment = sid(segments[2])
    with signed_in(team_url, "mika") as mika:
        real_factory = (
            ana.editing._uow
        )  # the tests' one look behind the service: a save between read and write
        interrupted: list[int] = []

        class Interrupting:
            def __call__(self) -> Any:
                uow = real_factory()
                real_get = uow.__class__.__enter__

                def enter(this: Any) -> Any:
                    entered = real_get(this)
                    segments_repo = entered.segments
                    original_get = segments_repo.get

                    def get(segment_id: int) -> Segment:
                        found = original_get(segment_id)
                        if not interrupted:
                            interrupted.append(segment_id)
                            mika.editing.edit(segment_id, "Mika's version, saved first.", mika.actor)
                        return found

                    segments_repo.get = get
                    return entered

                uow.__class__ = type("InterruptedUow", (uow.__class__,), {"__enter__": enter})
                return uow

        ana.editing._uow = Interrupting()  # type: ignore[assignment]
        try:
            saved = ana.editing.edit(segment, "Ana's version, saved second.", ana.actor).segment
        finally:
            ana.editing._uow = real_factory
    assert interrupted == [segment]
    assert saved.target == "Ana's version, saved second." and saved.version == segments[2].version + 2
    history = [(e.user, e.new) for e in ana.releases.events(segment) if e.kind.value == "target"]
    assert history == [("mika", "Mika's version, saved first."), ("ana", "Ana's version, saved second.")]


def test_an_edit_with_a_version_check_still_refuses_a_stale_version(
    segments: list[Segment], ana: Workspace, team_url: str
) -> None:
    segment = segments[2]
    with signed_in(team_url, "mika") as mika:
        mika.editing.edit(sid(segment), "Mika's version.", mika.actor)
    with pytest.raises(ConflictError) as conflict:
        ana.editing.edit(sid(segment), "Ana's version.", ana.actor, expected_version=segment.version)
    assert conflict.value.changed_by == "mika"


def test_eight_concurrent_edits_without_a_version_all_land(segments: list[Segment], team_url: str) -> None:
    segment = sid(segments[4])
    logins = ["ana", "mika"] * 4

    def edit(index: int) -> Segment:
        with signed_in(team_url, logins[index]) as workspace:
            return workspace.editing.edit(
                segment, f"Contact {index}: +33 4 72 00 11 22", workspace.actor
            ).segment

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(edit, range(8)))
    assert len({r.version for r in results}) == 8
    engine = sa.create_engine(team_url.replace("postgresql+psycopg://", "postgresql+psycopg://rui@"))
    try:
        with engine.connect() as connection:
            changes = connection.execute(
                sa.text("SELECT count(*) FROM events WHERE segment_id = :s AND kind = 'target'"),
                {"s": segment},
            ).scalar_one()
    finally:
        engine.dispose()
    assert changes == 8
