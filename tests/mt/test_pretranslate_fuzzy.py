"""Pre-translation from a minimum fuzzy score: the memory's fuzzy matches fill drafts marked with their score
before DeepL is asked; by default only exact matches do. On the real memory and the fake DeepL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.mt.conftest import MtWorld
from tests.mt.fake_deepl import FakeDeepL
from tests.mt.test_mt_cli_and_keys import run

from translator_app.domain.models import OriginKind, Role, SegmentStatus
from translator_app.services.actor import Actor

ANA = Actor("ana", Role.TRANSLATOR)
EARLIER = [
    (
        "Le bureau coordonnera six pays de la région.",
        "The office will coordinate six countries in the region.",
    ),
    ("L'équipe compte douze personnes.", "The team has twelve people."),
]
NEW = [
    "Le bureau coordonnera sept pays de la région.",  # a fuzzy match of the first
    "L'équipe compte douze personnes.",  # an exact match of the second
    "Les travaux commencent au printemps prochain.",  # nothing in the memory
]


def remember_earlier(world: MtWorld) -> None:
    _, segments = world.add_release([source for source, _ in EARLIER], title="Un communiqué précédent")
    for segment, (_, target) in zip(segments, EARLIER, strict=True):
        assert segment.id is not None
        world.workspace.editing.edit(segment.id, target, ANA, confirm=True)


def test_from_a_fuzzy_score_the_memory_fills_drafts_with_their_score_and_deepl_gets_the_rest(
    mt_world: MtWorld,
) -> None:
    remember_earlier(mt_world)
    release_id, _ = mt_world.add_release(NEW)

    report = mt_world.pretranslate(mt_world.workspace.memory).run(release_id, ANA, min_score=80)

    fuzzy, exact, fresh = mt_world.workspace.releases.segments(release_id)
    assert fuzzy.target == EARLIER[0][1] and fuzzy.status is SegmentStatus.DRAFT
    assert fuzzy.origin.kind is OriginKind.TM and fuzzy.origin.score is not None
    assert 80 <= fuzzy.origin.score < 100
    assert (exact.target, exact.origin.kind, exact.origin.score) == (EARLIER[1][1], OriginKind.TM, 100)
    assert fresh.origin.kind is OriginKind.MT
    assert [call.body["text"] for call in mt_world.fake.translate_calls] == [[NEW[2]]]
    assert (report.from_tm, report.from_fuzzy, report.from_mt) == (2, 1, 1)
    assert {s.id for s in report.changed_segments} == {fuzzy.id, exact.id, fresh.id}


def test_by_default_a_fuzzy_match_is_left_to_deepl_and_below_the_minimum_too(
    mt_world: MtWorld,
) -> None:
    remember_earlier(mt_world)
    exact_only, _ = mt_world.add_release(NEW)
    mt_world.pretranslate(mt_world.workspace.memory).run(exact_only, ANA)
    assert [s.origin.kind for s in mt_world.workspace.releases.segments(exact_only)] == [
        OriginKind.MT,
        OriginKind.TM,
        OriginKind.MT,
    ]

    strict, _ = mt_world.add_release(NEW)
    report = mt_world.pretranslate(mt_world.workspace.memory).run(strict, ANA, min_score=99)
    assert report.from_fuzzy == 0
    assert mt_world.workspace.releases.segments(strict)[0].origin.kind is OriginKind.MT


def test_the_command_line_takes_a_minimum_fuzzy_score(
    deepl_env: FakeDeepL, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier_file, new_file = tmp_path / "precedent.txt", tmp_path / "nouveau.txt"
    earlier_file.write_text("\n\n".join(s for s, _ in EARLIER) + "\n", encoding="utf-8")
    new_file.write_text("\n\n".join(NEW) + "\n", encoding="utf-8")
    db = ("--db", sqlite_url)
    _, out, _ = run(capsys, *db, "import", str(earlier_file), "--from", "fr", "--to", "en")
    _, rows, _ = run(capsys, *db, "segments", out.strip(), "--json")
    for row, (_, target) in zip(json.loads(rows), EARLIER, strict=True):
        assert run(capsys, *db, "edit", str(row["id"]), "--target", target, "--confirm")[0] == 0
    _, out, _ = run(capsys, *db, "import", str(new_file), "--from", "fr", "--to", "en")
    release = out.strip()

    with pytest.raises(SystemExit) as bad_usage:
        run(capsys, *db, "translate", release, "--min-fuzzy", "20")
    assert bad_usage.value.code == 2 and "between 50 and 100" in capsys.readouterr().err

    code, out, err = run(capsys, *db, "translate", release, "--no-mt", "--min-fuzzy", "80%")
    assert code == 0, err
    assert "memory 2 of which 1 fuzzy" in out
    _, rows, _ = run(capsys, *db, "segments", release, "--json")
    origins = [row["origin"] for row in json.loads(rows)]
    assert origins[0].startswith("tm:") and 80 <= int(origins[0][3:]) < 100
    assert origins[1:] == ["tm:100", "none"]
    assert deepl_env.translate_calls == []


def test_an_exact_match_between_the_same_neighbours_is_marked_as_a_context_match(mt_world: MtWorld) -> None:
    sources = ["Le bureau ouvre à Dakar.", "L'équipe compte douze personnes.", "Les travaux commencent."]
    targets = ["The office opens in Dakar.", "The team has twelve people.", "Work begins."]
    _, segments = mt_world.add_release(sources, title="Le communiqué de l'an dernier")
    for segment, target in zip(segments, targets, strict=True):
        assert segment.id is not None
        mt_world.workspace.editing.edit(segment.id, target, ANA, confirm=True)
    release_id, _ = mt_world.add_release([sources[0], sources[1], "Une phrase nouvelle."])

    report = mt_world.pretranslate(mt_world.workspace.memory).run(release_id, ANA, use_mt=False)

    first, second, _ = mt_world.workspace.releases.segments(release_id)
    assert (first.origin.score, first.target) == (101, targets[0]), "same neighbours: before none, after #2"
    assert (second.origin.score, second.target) == (100, targets[1]), "a new sentence follows it"
    assert report.from_tm == 2 and report.from_fuzzy == 0
