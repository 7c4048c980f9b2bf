"""Memories as they come: language codes compared as BCP 47 tags, a regional variant serving its language.

The TMX is shaped as OmegaT writes it (``FR``, ``EN-GB``, upper case); it must serve ``fr → en`` searches with
a small penalty that the match shows, and ``fr → en-GB`` ones without.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.memory.helpers import store, workspace

from translator_app.cli import main
from translator_app.domain.matching import TmUnit
from translator_app.domain.terms import Term

OMEGAT_TMX = Path(__file__).resolve().parents[1] / "fixtures" / "exchange" / "omegat_fr_en-gb.tmx"
OPENS = "La Fondation Marée Claire inaugure une station de mesure."


def test_an_omegat_memory_for_en_gb_serves_fr_to_en_with_a_penalty(db_url: str) -> None:
    with workspace(db_url) as ws:
        report = ws.memory.import_tmx(OMEGAT_TMX, ws.actor)
        assert (report.source_lang, report.target_lang, report.added) == ("fr", "en-GB", 2)
        [general] = ws.memory.lookup(OPENS, "fr", "en")
        assert (general.score, general.language_penalty) == (99, 1)
        assert general.unit.target == "The Clear Tide Foundation opens a monitoring station."
        [exact] = ws.memory.lookup(OPENS, "fr", "en-GB")
        assert (exact.score, exact.language_penalty) == (100, 0)
        for spelling in (("FR", "EN-gb"), ("fr_FR", "en_GB")):
            [found] = ws.memory.lookup(OPENS, *spelling)
            assert found.unit.target == exact.unit.target
        [sibling] = ws.memory.lookup(OPENS, "fr", "en-US")
        assert sibling.language_penalty == 2 and sibling.score == 98
        assert ws.memory.lookup(OPENS, "fr", "de") == []
        assert ws.memory.exact("fr", "en-gb", [OPENS]) == {OPENS: exact.unit.target}
        assert ws.memory.exact("fr", "en", [OPENS]) == {}, "another variant is never a 100% match"
        hits = ws.memory.concordance("salinité", "fr", "en")
        assert [h.unit.target for h in hits] == ["Volunteers record the salinity every week."]


def test_the_exact_variant_ranks_first(db_url: str) -> None:
    store(db_url, [TmUnit("fr", "en", OPENS, "The Clear Tide Foundation inaugurates a measuring station.")])
    with workspace(db_url) as ws:
        ws.memory.import_tmx(OMEGAT_TMX, ws.actor)
        british, plain = ws.memory.lookup(OPENS, "fr", "en-GB")
        assert (british.unit.target_lang, british.score) == ("en-GB", 100)
        assert (plain.unit.target_lang, plain.score, plain.language_penalty) == ("en", 99, 1)
        plain, british = ws.memory.lookup(OPENS, "fr", "en")
        assert (plain.unit.target_lang, plain.score) == ("en", 100)
        assert british.language_penalty == 1


def test_the_command_line_shows_the_variant_and_its_penalty(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "tm", "import", str(OMEGAT_TMX), "--from", "FR", "--to", "EN-GB"]) == 0
    assert "fr→en-GB: 2 unit(s) added" in capsys.readouterr().out
    assert main(["--db", db_url, "tm", "search", OPENS, "--from", "fr", "--to", "en", "--json"]) == 0
    [match] = json.loads(capsys.readouterr().out)
    assert (match["score"], match["language_penalty"], match["target_lang"]) == (99, 1, "en-GB")
    assert main(["--db", db_url, "tm", "search", OPENS, "--from", "fr", "--to", "en"]) == 0
    assert "(fr→en-GB, −1 for the language variant)" in capsys.readouterr().out


TERM_BASE = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="FR-fr">
  <tbxHeader><fileDesc><sourceDesc><p>Clear Tide terms</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <langSec xml:lang="FR-fr"><termSec><term>station de mesure</term></termSec></langSec>
      <langSec xml:lang="en-gb"><termSec><term>monitoring station</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_a_term_base_for_variants_serves_the_release_languages(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_text(TERM_BASE, encoding="utf-8")
    csv = tmp_path / "more.csv"
    csv.write_text("source,target\nbénévole,volunteer\n", encoding="utf-8")
    with workspace(db_url) as ws:
        report = ws.glossary.import_file(path, ws.actor)
        assert (report.source_lang, report.target_lang, report.added) == ("fr-FR", "en-GB", 1)
        assert ws.glossary.import_file(csv, ws.actor, "fr_fr", "EN_GB").added == 1
        assert ws.glossary.pairs() == [("fr-FR", "en-GB")], "one pair however the codes were spelt"
        hits = ws.glossary.hits("La station de mesure et ses bénévoles.", "fr", "en")
        assert sorted(h.term.target_term for h in hits) == ["monitoring station", "volunteer"]
        ws.glossary.add(Term("fr", "en", "station de mesure", "measuring station"), ws.actor)
        [hit] = ws.glossary.hits("La station de mesure.", "fr", "en")
        assert hit.term.target_term == "measuring station", "the exact pair's entry wins"
        [british] = ws.glossary.hits("La station de mesure.", "fr-FR", "en-GB")
        assert british.term.target_term == "monitoring station"
