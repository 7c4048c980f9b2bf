"""What the memory and glossary manager asks of the services: browse, correct, delete, and exports and
imports that can be stopped halfway, leaving nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.memory.helpers import store, workspace

from translator_app.domain.errors import DomainError
from translator_app.domain.matching import EXACT, TmUnit
from translator_app.domain.terms import Term


class Stop(Exception):
    """What the window's Cancel raises inside a progress callback."""


def _units(count: int) -> list[TmUnit]:
    return [
        TmUnit("fr", "en", f"Le bureau numéro {n} ouvre à Dakar.", f"Office number {n} opens in Dakar.")
        for n in range(count)
    ]


def test_browsing_pages_newest_first_and_searches_source_and_target_in_any_case(db_url: str) -> None:
    store(db_url, [*_units(5), TmUnit("fr", "en", "Accord signé à Lomé", "Agreement SIGNED in Lomé")])
    with workspace(db_url) as ws:
        first = ws.memory.browse("fr", "en", limit=4)
        assert len(first.units) == 4 and first.more
        assert first.units[0].source == "Accord signé à Lomé", "the newest unit first"
        rest = ws.memory.browse("fr", "en", limit=4, offset=4)
        assert len(rest.units) == 2 and not rest.more
        assert {u.id for u in first.units}.isdisjoint(u.id for u in rest.units)
        assert [u.source for u in ws.memory.browse("fr", "en", "signed").units] == ["Accord signé à Lomé"]
        assert [u.target for u in ws.memory.browse("fr", "en", "ACCORD").units] == [
            "Agreement SIGNED in Lomé"
        ]
        assert ws.memory.browse("fr", "en", "100%_").units == [], "LIKE's wildcards are searched as text"
        assert ws.memory.browse("fr", "es").units == []
        assert ("fr", "en", 6) in ws.memory.pairs()


def test_a_corrected_target_is_what_the_next_look_up_offers(db_url: str) -> None:
    store(db_url, _units(3))
    with workspace(db_url) as ws:
        unit = ws.memory.browse("fr", "en", "numéro 1 ").units[0]
        assert unit.id is not None
        saved = ws.memory.edit_unit(unit.id, unit.source, "Office no. 1 opens in Dakar.", True, ws.actor)
        assert saved.id == unit.id and saved.approved and saved.updated_by == "ana"
        [match] = ws.memory.lookup(unit.source, "fr", "en", threshold=100)
        assert (match.unit.target, match.unit.approved, match.score) == (
            "Office no. 1 opens in Dakar.",
            True,
            EXACT,
        )


def test_a_corrected_source_is_found_by_its_new_words_and_no_longer_by_the_old(db_url: str) -> None:
    store(db_url, _units(3))
    with workspace(db_url) as ws:
        old = ws.memory.lookup("Le bureau numéro 2 ouvre à Dakar.", "fr", "en", threshold=100)[0].unit
        assert old.id is not None
        new_source = "La clinique mobile numéro 2 part de Niamey."
        saved = ws.memory.edit_unit(old.id, new_source, old.target, False, ws.actor)
        assert saved.source == new_source
        [found] = ws.memory.lookup(new_source, "fr", "en", threshold=100)
        assert found.unit.id == saved.id and found.score == EXACT
        [fuzzy] = ws.memory.lookup("La clinique mobile numéro 2 part de Niamey demain.", "fr", "en")
        assert fuzzy.unit.id == saved.id, "the index holds the new words (SQLite may reuse the id)"
        assert all(
            m.unit.source != old.source for m in ws.memory.lookup(old.source, "fr", "en", threshold=50)
        )
        assert len(ws.memory.browse("fr", "en").units) == 3, "corrected in place, not duplicated"


def test_a_unit_needs_a_source_and_a_target(db_url: str) -> None:
    store(db_url, _units(1))
    with workspace(db_url) as ws:
        unit = ws.memory.browse("fr", "en").units[0]
        assert unit.id is not None
        with pytest.raises(DomainError) as refused:
            ws.memory.edit_unit(unit.id, unit.source, "   ", False, ws.actor)
        assert refused.value.details["problem"] == "empty-unit"
        assert ws.memory.browse("fr", "en").units[0].target == unit.target


def test_deleted_units_are_no_longer_offered_nor_listed(db_url: str) -> None:
    store(db_url, _units(4))
    with workspace(db_url) as ws:
        source = "Le bureau numéro 3 ouvre à Dakar."
        assert ws.memory.lookup(source, "fr", "en", threshold=100)
        doomed = [u.id for u in ws.memory.browse("fr", "en", "numéro 3").units if u.id is not None]
        assert ws.memory.delete_units(doomed, ws.actor) == 1
        assert ws.memory.lookup(source, "fr", "en", threshold=100) == []
        assert ws.memory.concordance("numéro 3", "fr", "en") == []
        assert len(ws.memory.browse("fr", "en").units) == 3
        assert ws.memory.delete_units(doomed, ws.actor) == 0


def test_a_stopped_memory_export_leaves_no_file_and_a_finished_one_reads_back(
    db_url: str, tmp_path: Path
) -> None:
    store(db_url, _units(1200))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "memory.tmx"
    seen: list[tuple[int, int]] = []

    def stop_halfway(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 600:
            raise Stop

    with workspace(db_url) as ws:
        with pytest.raises(Stop):
            ws.memory.export_tmx(target, "fr", "en", progress=stop_halfway)
        assert list(folder.iterdir()) == [], "no file, not even a partial one"
        assert seen[0] == (500, 1200)
        assert ws.memory.export_tmx(target, "fr", "en", progress=lambda d, t: seen.append((d, t))) == 1200
        assert seen[-1] == (1200, 1200)
    with workspace(f"sqlite:///{tmp_path / 'other.db'}") as other:
        assert other.memory.import_tmx(target, other.actor).added == 1200


def test_a_stopped_glossary_import_stores_no_term(db_url: str, tmp_path: Path) -> None:
    csv = tmp_path / "terms.csv"
    rows = "\n".join(f"terme {n},term {n}" for n in range(250))
    csv.write_text(f"source,target\n{rows}\n", encoding="utf-8")

    def stop_late(done: int, total: int) -> None:
        if done >= 200:
            raise Stop

    with workspace(db_url) as ws:
        with pytest.raises(Stop):
            ws.glossary.import_file(csv, ws.actor, "fr", "en", progress=stop_late)
        assert ws.glossary.terms("fr", "en") == []
        assert ws.glossary.version("fr", "en") == 0
        done: list[tuple[int, int]] = []
        report = ws.glossary.import_file(csv, ws.actor, "fr", "en", progress=lambda d, t: done.append((d, t)))
        assert report.added == 250 and done[-1] == (250, 250)
        term = ws.glossary.add(Term("fr", "en", "clinique mobile", "mobile clinic"), ws.actor)
        assert term.id is not None and len(ws.glossary.terms("fr", "en")) == 251
