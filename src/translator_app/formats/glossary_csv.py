"""Glossaries as CSV with a header row, as spreadsheets export them (comma, semicolon or tab).

Columns, by header name (case-insensitive; aliases in ``COLUMNS``): ``source``, ``target`` (both required),
``note``, ``part_of_speech``, ``case_sensitive`` (yes/no), ``forbidden`` (variants separated by ``|``),
``alternatives`` (other acceptable targets, likewise). The text is decoded as any release is (UTF-8, UTF-16
from Excel's "Unicode text", cp1252…). Reading is strict: a stray or unclosed quote, a field over
``MAX_FIELD`` characters, a NUL byte or a row without the source or target column refuses the file with the
line it is on, rather than import part of it; rows whose source and target are both empty (a spreadsheet's
trailing blank rows) are passed over. Cells are written so that a spreadsheet never evaluates them as
formulas (see ``spreadsheet_cells``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from translator_app.domain.errors import DomainError, bad_input
from translator_app.domain.terms import Term, split_variants
from translator_app.formats import limits
from translator_app.formats.decoding import InputProblem, decode_text
from translator_app.formats.spreadsheet_cells import read_cell, safe_cell

HEADER = ["source", "target", "note", "part_of_speech", "case_sensitive", "forbidden", "alternatives"]
COLUMNS = {
    "source": ("source", "source_term", "term", "src"),
    "target": ("target", "target_term", "translation", "tgt"),
    "note": ("note", "notes", "comment", "definition"),
    "part_of_speech": ("part_of_speech", "pos", "part of speech"),
    "case_sensitive": ("case_sensitive", "case", "case sensitive"),
    "forbidden": ("forbidden", "forbidden_variants", "do_not_use", "forbidden variants"),
    "alternatives": ("alternatives", "alternative", "admitted", "synonyms"),
}
MAX_FIELD = csv.field_size_limit()
"""Characters in one cell (Python's default, 131,072): a term or a note, never a document."""
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
        reason = "a header row with source and target columns is needed"
        raise bad_input("bad-csv", name, reason=reason, line=1)
    return found


def _text_of(data: bytes, name: str) -> str:
    """The decoded text; a NUL byte is named by its line rather than called binary content."""
    try:
        return decode_text(data, name).text
    except DomainError as error:
        if error.details.get("problem") == InputProblem.BINARY.value and b"\x00" in data:
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise bad_input("bad-csv", name, reason="a NUL byte", line=line) from None
        raise


def read_glossary_csv(path: Path, name: str, source_lang: str, target_lang: str) -> Iterator[Term]:
    """The entries of a CSV glossary, row by row; any row that cannot be read refuses the file."""
    limits.check_size(path.stat().st_size, name)
    text = _text_of(path.read_bytes(), name)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    yield from _rows(reader, name, source_lang, target_lang)


def _rows(reader: Any, name: str, source_lang: str, target_lang: str) -> Iterator[Term]:
    """The rows of a ``csv.reader`` (which counts lines in ``line_num``) as terms."""
    line = 1
    try:
        columns = _column_map(next(reader), name)
        needed = max(columns["source"], columns["target"]) + 1
        while True:
            line = reader.line_num + 1  # where the next row starts: an unclosed quote runs to the end
            row = next(reader, None)
            if row is None:
                return
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < needed:
                raise bad_input("bad-csv", name, reason=f"{len(row)} column(s) where {needed} are needed",
                                line=line)
            term = _term(row, columns, source_lang, target_lang)
            if term is not None:
                yield term
    except StopIteration:
        raise bad_input("bad-csv", name, reason="no header row", line=1) from None
    except csv.Error as error:
        raise bad_input("bad-csv", name, reason=str(error), line=line) from None


def _term(row: list[str], columns: dict[str, int], source_lang: str, target_lang: str) -> Term | None:
    def cell(key: str) -> str:
        index = columns.get(key)
        return read_cell(row[index].strip()) if index is not None and index < len(row) else ""

    source, target = cell("source"), cell("target")
    if not source or not target:
        return None
    return Term(
        source_lang,
        target_lang,
        source,
        target,
        note=cell("note"),
        part_of_speech=cell("part_of_speech"),
        case_sensitive=cell("case_sensitive").lower() in _YES,
        forbidden=split_variants(cell("forbidden")),
        alternatives=split_variants(cell("alternatives")),
    )


def write_glossary_csv(path: Path, terms: Iterable[Term]) -> int:
    """Write the entries with a header row (UTF-8 with a BOM, so spreadsheets pick the encoding)."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for term in terms:
            writer.writerow(
                safe_cell(cell)
                for cell in (
                    term.source_term,
                    term.target_term,
                    term.note,
                    term.part_of_speech,
                    "yes" if term.case_sensitive else "no",
                    " | ".join(term.forbidden),
                    " | ".join(term.alternatives),
                )
            )
            count += 1
    return count
