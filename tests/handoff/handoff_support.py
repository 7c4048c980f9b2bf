"""Shared pieces of the hand-off tests: a tagged Markdown release, XLIFF schema validation, snapshots."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from lxml import etree
from tests.schema_files import xml_schema

from translator_app.services.merging import MergeService
from translator_app.services.workspace import Workspace

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
X = f"{{{XLIFF_NS}}}"

RELEASE_MD = """# Horizon Bleu ouvre un bureau à Dakar

La **Fondation Horizon Bleu** a inauguré son bureau régional. Le bureau emploie dix personnes.

Pour en savoir plus, lisez [notre rapport annuel](https://example.org/rapport).

Contact : presse@horizon-bleu.example
"""


def xliff_schema() -> etree.XMLSchema:
    return xml_schema("xliff2.1", "xliff_core_2.0.xsd")


def assert_valid_xliff(data: bytes) -> etree._Element:
    """Schema-valid, and the id rules the schema cannot check: unit ids unique in the file, segment and
    inline ids unique in their unit, every dataRef pointing at a <data> of the unit."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    schema = xliff_schema()
    assert schema.validate(root), schema.error_log
    units = root.findall(f"{X}file/{X}unit")
    assert len({u.get("id") for u in units}) == len(units)
    for unit in units:
        ids = [e.get("id") for e in unit.iter(f"{X}segment")]
        ids += [e.get("id") for s in unit.iter(f"{X}source") for e in s.iter(f"{X}pc", f"{X}ph", f"{X}mrk")]
        assert not [i for i, n in Counter(ids).items() if n > 1], ids
        data_ids = {d.get("id") for d in unit.iter(f"{X}data")}
        for element in unit.iter(f"{X}pc", f"{X}ph"):
            for ref in ("dataRef", "dataRefStart"):
                assert element.get(ref) is None or element.get(ref) in data_ids
    return root


def snapshot(db_url: str) -> tuple[list[tuple[Any, ...]], int, int]:
    """Every segment's target, status and version, and the number of events and comments: what a refused
    merge must leave exactly as it was."""
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT id, target, status, version FROM segments ORDER BY id")
            ).all()
            events = connection.execute(sa.text("SELECT count(*) FROM events")).scalar_one()
            comments = connection.execute(sa.text("SELECT count(*) FROM comments")).scalar_one()
            return [tuple(r) for r in rows], int(events), int(comments)
    finally:
        engine.dispose()


def import_release(workspace: Workspace, tmp_path: Path, text: str = RELEASE_MD) -> int:
    path = tmp_path / "communique.md"
    path.write_text(text, encoding="utf-8")
    release = workspace.importing.import_file(path, "fr", "en", workspace.actor)
    assert release.id is not None
    return release.id


def merging(workspace: Workspace) -> MergeService:
    return workspace.handoff.merging


def saved(document: Any) -> bytes:
    """A python-docx document as the bytes of a .docx file."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def recorded_author(workspace: Workspace, author: str, *, team_login: bool = False) -> str:
    """The author a merged comment is stored under: as given on a one-person workspace; on a team server the
    login that merged it, quoting an outside author (``Lea Roux (via ana)``) but never another login."""
    if not workspace.actor.from_server:
        return author
    return workspace.actor.user if team_login else f"{author} (via {workspace.actor.user})"
