"""Glossary files as term bases and spreadsheets write them: TBX statuses mapped to preferred target,
alternatives and forbidden variants; CSV read strictly (one clear line naming the row) and written so that a
spreadsheet never runs a cell as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from tests.memory.helpers import workspace

from translator_app.domain.errors import DomainError
from translator_app.domain.terms import Term, TermProblem

TBX2 = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="fr"><martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc>
</martifHeader><text><body>
<termEntry id="c1"><descrip type="definition">Agence des Nations unies</descrip>
 <langSet xml:lang="fr"><tig><term>OIM</term></tig></langSet>
 <langSet xml:lang="en">
  <tig><term>International Organization for Migration</term>
   <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
  <tig><term>IOM</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
  <tig><term>OIM</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  <ntig><termGrp><term>IMO</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
  </termGrp></ntig>
 </langSet></termEntry>
</body></text></martif>
"""

TBX3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="fr">
<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c1">
 <langSec xml:lang="fr"><termSec><term>communiqué de presse</term></termSec></langSec>
 <langSec xml:lang="en">
  <termSec><term>press statement</term></termSec>
  <termSec><term>press release</term>
   <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
   <termNote type="partOfSpeech">noun</termNote></termSec>
  <termSec><term>communique</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
  </termSec>
 </langSec></conceptEntry>
</body></text></tbx>
"""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (TBX2, ("OIM", "IOM", ("International Organization for Migration",), ("OIM", "IMO"))),
        (TBX3, ("communiqué de presse", "press release", ("press statement",), ("communique",))),
    ],
    ids=["tbx2", "tbx3-basic"],
)
def test_tbx_statuses_give_preferred_target_alternatives_and_forbidden(
    db_url: str, tmp_path: Path, content: str, expected: tuple[object, ...]
) -> None:
    path = tmp_path / "terms.tbx"
    path.write_text(content, encoding="utf-8")
    with workspace(db_url) as ws:
        report = ws.glossary.import_file(path, ws.actor)
        assert (report.source_lang, report.target_lang, report.added) == ("fr", "en", 1)
        (term,) = ws.glossary.terms("fr", "en")
        assert (term.source_term, term.target_term, term.alternatives, term.forbidden) == expected
        again = ws.glossary.import_file(path, ws.actor)
        assert (again.added, again.updated) == (0, 0)
        exported = tmp_path / "back.tbx"
        ws.glossary.export_file(exported, "fr", "en", tbx_version=3 if "tbx xmlns" in content else 2)
        ws.glossary.delete(term.id or 0, ws.actor)
        ws.glossary.import_file(exported, ws.actor)
        (back,) = ws.glossary.terms("fr", "en")
        assert (back.target_term, back.alternatives, back.forbidden) == expected[1:]


def test_an_alternative_in_the_target_is_not_a_missing_term(db_url: str) -> None:
    with workspace(db_url) as ws:
        ws.glossary.add(
            Term("fr", "en", "OIM", "IOM", alternatives=("International Organization",)), ws.actor
        )
        assert ws.glossary.check("L'OIM arrive.", "The International Organization arrives.", "fr", "en") == []
        missing = ws.glossary.check("L'OIM arrive.", "The agency arrives.", "fr", "en")
        assert [f.problem for f in missing] == [TermProblem.MISSING]


@pytest.mark.parametrize(
    ("data", "line", "reason"),
    [
        (b'source,target\nOIM,IOM\n"accord,agreement\nmigrant,migrant\n', 3, "unexpected end of data"),
        (b'source,target\nOIM,IOM\n"acc"ord,agreement\n', 3, "expected after"),
        (b"source,target\nOIM,IOM\n" + b"x" * 200_000 + b",y\n", 3, "field larger than field limit"),
        (b"source,target\nOIM,IOM\nacc\x00ord,agreement\n", 3, "NUL"),
        (b"note,source,target\nA,OIM,IOM\nB,accord\n", 3, "column"),
        (b"term;notes\nOIM;x\n", 1, "header row"),
    ],
    ids=["unterminated-quote", "stray-quote", "huge-field", "nul-byte", "missing-column", "no-target-header"],
)
def test_a_bad_csv_is_refused_with_its_line_and_imports_nothing(
    db_url: str, tmp_path: Path, data: bytes, line: int, reason: str
) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(data)
    with workspace(db_url) as ws:
        with pytest.raises(DomainError) as caught:
            ws.glossary.import_file(path, ws.actor, "fr", "en")
        assert caught.value.details["problem"] == "bad-csv"
        assert caught.value.details["line"] == line
        assert reason in caught.value.details["reason"]
        assert ws.glossary.terms("fr", "en") == []
        assert ws.glossary.version("fr", "en") == 0


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty"), (b"source,target\n", "no-terms"), (b"source,target\n,\n , \n", "no-terms")],
    ids=["empty", "header-only", "blank-rows"],
)
def test_a_glossary_that_yields_nothing_is_an_error_not_zero_added(
    db_url: str, tmp_path: Path, data: bytes, problem: str
) -> None:
    path = tmp_path / "terms.csv"
    path.write_bytes(data)
    with workspace(db_url) as ws, pytest.raises(DomainError) as caught:
        ws.glossary.import_file(path, ws.actor, "fr", "en")
    assert caught.value.details["problem"] == problem


def test_a_term_longer_than_the_column_is_refused_on_every_database(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("source,target\nOIM,IOM\n" + "long " * 200 + ",x\n", encoding="utf-8")
    with workspace(db_url) as ws:
        with pytest.raises(DomainError) as caught:
            ws.glossary.import_file(path, ws.actor, "fr", "en")
        assert caught.value.details["problem"] == "term-too-long"
        assert ws.glossary.terms("fr", "en") == []


FORMULAS = ['=HYPERLINK("http://x";"y")', "+1+2", "-ism", "@SUM(A1)", "=cmd|' /C calc'!A0"]


def test_csv_export_escapes_formula_starts_and_reads_them_back(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    with workspace(db_url) as ws:
        for number, text in enumerate(FORMULAS):
            ws.glossary.add(Term("fr", "en", f"terme {number}", text, note=text), ws.actor)
        ws.glossary.export_file(path, "fr", "en")
        with path.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))[1:]
        assert [row[1] for row in rows] == ["'" + text for text in FORMULAS]
        assert all(not cell.startswith(("=", "+", "-", "@", "\t")) for row in rows for cell in row)
        for term in ws.glossary.terms("fr", "en"):
            ws.glossary.delete(term.id or 0, ws.actor)
        ws.glossary.import_file(path, ws.actor, "fr", "en")
        assert sorted(t.target_term for t in ws.glossary.terms("fr", "en")) == sorted(
            text.strip() for text in FORMULAS
        )
