"""Glossaries as CSV with a header row, as spreadsheets export them (comma, semicolon or tab).

Columns, by header name (case-insensitive; aliases in ``COLUMNS``): ``source``, ``target`` (both required),
``note``, ``part_of_speech``, ``case_sensitive`` (yes/no), ``forbidden`` (variants separated by ``|``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from translator_app.domain.terms import Term, split_variants
from translator_app.formats.safe_xml import refuse

HEADER = ["source", "target", "note", "part_of_speech", "case_sensitive", "forbidden"]
COLUMNS = {
    "source": ("source", "source_term", "term", "src"),
    "target": ("target", "target_term", "translation", "tgt"),
    "note": ("note", "notes", "comment", "definition"),
    "part_of_speech": ("part_of_speech", "pos", "part of speech"),
    "case_sensitive": ("case_sensitive", "case", "case sensitive"),
    "forbidden": ("forbidden", "forbidden_variants", "do_not_use", "forbidden variants"),
}
_YES = ("yes", "true", "1", "y", "oui", "x")


def _column_map(header: list[str], name: str) -> dict[str, int]:
    cleaned = [cell.strip().lower() for cell in header]
    found = {}
    for key, aliases in COLUMNS.items():
        for alias in aliases:
            if alias in cleaned:
                found[key] = cleaned.index(alias)
                break
    if "source" not in found or "target" not in found:
        raise refuse("bad-csv", name, reason="a header row with source and target columns is needed")
    return found


def read_glossary_csv(path: Path, name: str, source_lang: str, target_lang: str) -> list[Term]:
    """The entries of a CSV glossary; rows without a source or a target are skipped."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise refuse("undecodable", name, encoding="UTF-8") from error
    if not text.strip():
        raise refuse("empty", name)
    first_line = text.splitlines()[0]
    delimiter = max(",;\t", key=first_line.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    columns = _column_map(rows[0], name)

    def cell(row: list[str], key: str) -> str:
        index = columns.get(key)
        return row[index].strip() if index is not None and index < len(row) else ""

    terms = []
    for row in rows[1:]:
        source, target = cell(row, "source"), cell(row, "target")
        if not source or not target:
            continue
        terms.append(
            Term(
                source_lang,
                target_lang,
                source,
                target,
                note=cell(row, "note"),
                part_of_speech=cell(row, "part_of_speech"),
                case_sensitive=cell(row, "case_sensitive").lower() in _YES,
                forbidden=split_variants(cell(row, "forbidden")),
            )
        )
    return terms


def write_glossary_csv(path: Path, terms: Iterable[Term]) -> int:
    """Write the entries with a header row (UTF-8 with a BOM, so spreadsheets pick the encoding)."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for term in terms:
            writer.writerow(
                [
                    term.source_term,
                    term.target_term,
                    term.note,
                    term.part_of_speech,
                    "yes" if term.case_sensitive else "no",
                    " | ".join(term.forbidden),
                ]
            )
            count += 1
    return count
