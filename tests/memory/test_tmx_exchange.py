"""TMX 1.4b: export → import gives the same units, the export is valid, unsafe files import nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tests.memory.helpers import schema, store, workspace

from translator_app.domain.errors import DomainError, ErrorCode
from translator_app.domain.matching import TmUnit

BAD_XML = Path(__file__).resolve().parents[1] / "fixtures" / "bad_xml"

UNITS = [
    TmUnit(
        "fr",
        "en",
        "Le <g1>bureau</g1> ouvre à Dakar.",
        "The <g1>office</g1> opens in Dakar.",
        approved=True,
        context_before="Communiqué",
        context_after="Il emploie 12 personnes.",
        created_by="ana",
    ),
    TmUnit(
        "fr",
        "en",
        "Photo<x1/> : © Horizon Bleu & « partenaires »",
        "Photo<x1/>: © Horizon Bleu & partners",
        created_by="rui",
    ),
    TmUnit(
        "fr",
        "en",
        "<g2>Contact :</g2> presse@example.org <g3>",
        "<g2>Contact:</g2> press@example.org <g3>",
        created_by="mia",
    ),
]


def key(unit: TmUnit) -> tuple[object, ...]:
    return (unit.source, unit.target, unit.approved, unit.context_before, unit.context_after, unit.created_by)


def test_export_then_import_gives_the_same_units(db_url: str, sqlite_url: str, tmp_path: Path) -> None:
    store(db_url, UNITS)
    path = tmp_path / "memory.tmx"
    with workspace(db_url) as ws:
        assert ws.memory.export_tmx(path, "fr", "en") == 3
    with workspace(sqlite_url.replace("workspace.db", "other.db")) as other:
        report = other.memory.import_tmx(path, other.actor)
        assert (report.source_lang, report.target_lang, report.added, report.merged) == ("fr", "en", 3, 0)
        again = tmp_path / "again.tmx"
        other.memory.export_tmx(again, "fr", "en")
        with other.memory._uow() as uow:
            imported = list(uow.tm.iterate("fr", "en"))
    assert sorted(map(key, imported)) == sorted(map(key, UNITS))


def test_the_export_is_valid_against_the_tmx_dtd(db_url: str, tmp_path: Path) -> None:
    store(db_url, UNITS)
    path = tmp_path / "memory.tmx"
    with workspace(db_url) as ws:
        ws.memory.export_tmx(path, "fr", "en")
    dtd = etree.DTD(str(schema("tmx", "tmx14.dtd")))
    document = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    assert dtd.validate(document), dtd.error_log.filter_from_errors()
    broken = etree.fromstring(b'<tmx version="1.4"><body/></tmx>')
    assert not dtd.validate(broken), "the DTD check must be able to fail"


def test_duplicates_are_merged_and_languages_checked(sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "dupes.tmx"
    tu = '<tu><tuv xml:lang="FR-fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en-GB"><seg>Hello</seg></tuv></tu>'
    approved = (
        '<tu><prop type="x-approved">yes</prop><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv>'
        '<tuv xml:lang="en-GB"><seg>Hello</seg></tuv></tu>'
    )
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><header creationtool="t" '
        'creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr-FR" '
        'datatype="plaintext"/>'
        f"<body>{tu}{tu}{approved}</body></tmx>",
        encoding="utf-8",
    )
    with workspace(sqlite_url) as ws:
        report = ws.memory.import_tmx(path, ws.actor, "fr", "en")
        assert (report.added, report.merged) == (1, 2)
        assert ws.memory.import_tmx(path, ws.actor, "fr", "en").merged == 3
        [match] = ws.memory.lookup("Bonjour", "fr", "en")
        assert match.unit.approved and match.unit.target == "Hello"
        with pytest.raises(DomainError) as caught:
            ws.memory.import_tmx(path, ws.actor, "de", "en")
        assert caught.value.details["problem"] == "language-mismatch"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("billion_laughs.tmx", "unsafe-xml"),
        ("external_entity.tmx", "unsafe-xml"),
        ("parameter_entity.tmx", "unsafe-xml"),
        ("utf16_entity.tmx", "unsafe-xml"),
        ("truncated.tmx", "corrupt"),
        ("not_tmx.tmx", "not-tmx"),
    ],
)
def test_bad_xml_is_refused_and_imports_nothing(db_url: str, name: str, problem: str) -> None:
    with workspace(db_url) as ws:
        with pytest.raises(DomainError) as caught:
            ws.memory.import_tmx(BAD_XML / name, ws.actor, "fr", "en")
        assert caught.value.code is ErrorCode.BAD_INPUT
        assert caught.value.details["problem"] == problem
        with ws.memory._uow() as uow:
            assert uow.tm.pairs() == []
