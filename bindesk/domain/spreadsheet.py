"""Cells written to CSV/XLSX files that a spreadsheet will open."""

from __future__ import annotations

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Make a cell inert for spreadsheets (CSV/formula injection)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell
