"""Two translators confirming copies of the same sentence at the same moment on a team server: each
confirmation fills the other copy, so without one locking order the two transactions would each hold one copy
and wait for the other's (PostgreSQL's DeadlockDetected). Both must go through, and neither loses its text."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from tests.team.conftest import signed_in

from translator_app.domain.models import Block, Release, Segment, SegmentStatus
from translator_app.services.workspace import Workspace

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PAIRS = 30


def store(workspace: Workspace) -> list[tuple[int, int]]:
    """A release of ``PAIRS`` sentences, each twice (the second copy further down); the ids of each pair."""
    sources = [f"La fondation ouvre le bureau numéro {n}." for n in range(PAIRS)]
    release = workspace.creation.create(
        Release(title="Bureaux", source_lang="fr", target_lang="en", created_by=workspace.actor.user),
        [Block(i) for i in range(2 * PAIRS)],
        [Segment(i, i, source, separator="\n") for i, source in enumerate(sources + sources)],
    )
    assert release.id is not None
    ids = [segment.id or 0 for segment in workspace.releases.segments(release.id)]
    return list(zip(ids[:PAIRS], ids[PAIRS:], strict=True))


def test_two_people_confirming_copies_of_one_sentence_at_once_both_succeed(team_url: str) -> None:
    with signed_in(team_url, "ana") as ana, signed_in(team_url, "mika") as mika:
        pairs = store(ana)
        start = threading.Barrier(2)

        def confirm(workspace: Workspace, side: int) -> list[str]:
            errors = []
            for number, pair in enumerate(pairs):
                start.wait(timeout=30)  # both confirm their copy of sentence ``number`` at the same moment
                text = f"{workspace.actor.user}'s office number {number}."
                try:
                    workspace.editing.edit(pair[side], text, workspace.actor, confirm=True)
                except Exception as error:  # every failure counts, a deadlock first of all
                    errors.append(f"{number}: {type(error).__name__}: {error}")
            return errors

        with ThreadPoolExecutor(2) as pool:
            runs = [pool.submit(confirm, ana, 0), pool.submit(confirm, mika, 1)]
            errors = [line for run in runs for line in run.result(timeout=300)]

        assert errors == []
        for number, (first, second) in enumerate(pairs):
            for segment_id, who in ((first, "ana"), (second, "mika")):
                stored = ana.releases.segment(segment_id)
                assert (stored.target, stored.status, stored.updated_by) == (
                    f"{who}'s office number {number}.",
                    SegmentStatus.TRANSLATED,
                    who,
                ), "a confirmation was lost or overwritten by the other's fill"
