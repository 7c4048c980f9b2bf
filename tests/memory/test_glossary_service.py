"""The glossary: CRUD bumps the pair's version, CSV and TBX round trips, hits and forbidden variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tests.memory.helpers import schema, workspace

from translator_app.domain.errors import DomainError
from translator_app.domain.terms import Term, TermProblem

BAD_XML = Path(__file__).resolve().parents[1] / "fixtures" / "bad_xml"

TERMS = [
    Term("fr", "en", "OIM", "IOM", "Organisation internationale pour les migrations", "noun", True, ("OMI",)),
    Term(
        "fr", "en", "communiqué de presse", "press release", part_of_speech="noun", forbidden=("communique",)
    ),
    Term("fr", "en", "accord", "agreement"),
]


def fields(term: Term) -> tuple[object, ...]:
    return (
        term.source_term,
        term.target_term,
        term.note,
        term.part_of_speech,
        term.case_sensitive,
        term.forbidden,
    )


def test_every_change_bumps_the_pair_version(db_url: str) -> None:
    with workspace(db_url) as ws:
        assert ws.glossary.version("fr", "en") == 0
        saved = [ws.glossary.add(term, ws.actor) for term in TERMS]
        assert ws.glossary.version("fr", "en") == 3
        ws.glossary.update(Term(**{**saved[2].__dict__, "target_term": "accord"}), ws.actor)
        ws.glossary.delete(saved[1].id or 0, ws.actor)
        assert ws.glossary.version("fr", "en") == 5
        assert ws.glossary.version("fr", "es") == 0
        assert [t.target_term for t in ws.glossary.terms("fr", "en")] == ["IOM", "accord"]
        with pytest.raises(DomainError):
            ws.glossary.add(Term("fr", "en", " ", "x"), ws.actor)


def test_hits_and_checks_use_the_stored_terms(db_url: str) -> None:
    with workspace(db_url) as ws:
        for term in TERMS:
            ws.glossary.add(term, ws.actor)
        text = "Communiqués de presse : l’OIM et l'accord"
        hits = ws.glossary.hits(text, "fr", "en")
        assert [(text[h.start : h.end], h.term.target_term) for h in hits] == [
            ("Communiqués de presse", "press release"),
            ("OIM", "IOM"),
            ("accord", "agreement"),
        ]
        findings = ws.glossary.check(text, "The communique of the OMI on the agreement", "fr", "en")
        assert sorted(f.variant for f in findings if f.problem is TermProblem.FORBIDDEN) == [
            "OMI",
            "communique",
        ]
        ws.glossary.add(Term("fr", "en", "Dakar", "Dakar"), ws.actor)
        assert len(ws.glossary.hits("Dakar", "fr", "en")) == 1, "a new term is seen at once"


@pytest.mark.parametrize("name", ["glossary.csv", "glossary.tbx", "glossary2.tbx"])
def test_export_then_import_gives_the_same_terms(
    db_url: str, sqlite_url: str, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    with workspace(db_url) as ws:
        for term in TERMS:
            ws.glossary.add(term, ws.actor)
        count = ws.glossary.export_file(path, tbx_version=2 if name == "glossary2.tbx" else 3)
        assert count == 3
    with workspace(sqlite_url.replace("workspace.db", "other.db")) as other:
        report = other.glossary.import_file(path, other.actor, "fr", "en")
        assert (report.added, report.updated, report.version) == (3, 0, 1)
        assert sorted(map(fields, other.glossary.terms("fr", "en"))) == sorted(map(fields, TERMS))
        again = other.glossary.import_file(path, other.actor, "fr", "en")
        assert (again.added, again.updated, again.version) == (0, 0, 1)


def test_tbx_exports_validate_against_the_published_schemas(sqlite_url: str, tmp_path: Path) -> None:
    with workspace(sqlite_url) as ws:
        for term in TERMS:
            ws.glossary.add(term, ws.actor)
        ws.glossary.export_file(tmp_path / "v2.tbx", "fr", "en", tbx_version=2)
        ws.glossary.export_file(tmp_path / "v3.tbx", "fr", "en", tbx_version=3)
    dtd = etree.DTD(str(schema("tbx", "TBXcoreStructV02.dtd")))
    assert dtd.validate(etree.parse(str(tmp_path / "v2.tbx"))), dtd.error_log

    class Local(etree.Resolver):
        def resolve(self, url, public_id, context):  # type: ignore[no-untyped-def]
            if url and url.endswith("xml.xsd"):
                path = schema("xliff2.1", "informativeCopiesOf3rdPartySchemas", "w3c", "xml.xsd")
                return self.resolve_filename(str(path), context)
            return None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    xsd = etree.XMLSchema(etree.parse(str(schema("tbx", "TBX_core.xsd")), parser))
    assert xsd.validate(etree.parse(str(tmp_path / "v3.tbx"))), xsd.error_log


def test_a_csv_with_another_delimiter_and_aliases_imports(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text("Term;Translation;Do_not_use\nOIM;IOM;OMI | I.O.M.\n;missing;\n", encoding="utf-8")
    with workspace(sqlite_url) as ws:
        assert ws.glossary.import_file(path, ws.actor, "fr", "en").added == 1
        [term] = ws.glossary.terms("fr", "en")
        assert term.forbidden == ("OMI", "I.O.M.")
        with pytest.raises(DomainError) as caught:
            ws.glossary.import_file(path, ws.actor)
        assert caught.value.details["problem"] == "pair-needed"


def test_an_xml_bomb_glossary_is_refused(sqlite_url: str) -> None:
    with workspace(sqlite_url) as ws:
        with pytest.raises(DomainError) as caught:
            ws.glossary.import_file(BAD_XML / "billion_laughs.tbx", ws.actor)
        assert caught.value.details["problem"] == "unsafe-xml"
        assert ws.glossary.terms("fr", "en") == [] and ws.glossary.version("fr", "en") == 0
