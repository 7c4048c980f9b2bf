"""Cells that a spreadsheet opens as text, never as a formula (CSV injection).

Excel, LibreOffice and Google Sheets evaluate a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in
some versions, a tab or carriage return before one): ``=HYPERLINK(…)`` in a glossary term would run when
a colleague opens the export. As OWASP recommends, such a cell is written with a leading apostrophe, which
the spreadsheet hides and keeps the text as typed; reading a CSV back removes it again, so a term starting
with a minus (``-ism``) survives the round trip.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """``value`` as text a spreadsheet will not evaluate."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def read_cell(text: str) -> str:
    """A cell written by :func:`safe_cell` back to its text."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text
