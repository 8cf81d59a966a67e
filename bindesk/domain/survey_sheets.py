"""A survey export as rows of text: a CSV in the encodings and delimiters the form tools write,
or an XLSX workbook (openpyxl, imported only when one is read)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass

from bindesk.domain.errors import InvalidInput

MAX_ROWS = 100_000


@dataclass(frozen=True)
class Sheet:
    """A file as read: headers and data rows, every cell a string."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""
    delimiter: str = ""


def read_sheet(raw: bytes, filename: str = "") -> Sheet:
    """Read CSV or XLSX bytes; raise :class:`InvalidInput` (Dutch) when they cannot be read."""
    if not raw.strip():
        raise InvalidInput("Het bestand is leeg. Kies het exportbestand van de enquête.")
    if raw[:4] == b"PK\x03\x04" or filename.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(raw)
    if filename.lower().endswith(".xls") or raw[:4] == b"\xd0\xcf\x11\xe0":
        raise InvalidInput(
            "Oude Excel-bestanden (.xls) worden niet gelezen. Open het bestand in Excel en "
            "bewaar het als .xlsx of als CSV."
        )
    return _read_csv(raw)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise InvalidInput(
            "Dit bestand is geen CSV- of Excel-bestand. Download de antwoorden opnieuw als "
            "CSV of .xlsx en probeer opnieuw."
        )
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line (outside quotes) into the most fields."""
    first = next(iter(text.splitlines()), "")
    best, best_fields = ",", 0
    for candidate in (";", ",", "\t"):
        try:
            fields = len(next(csv.reader([first], delimiter=candidate)))
        except (csv.Error, StopIteration):
            continue
        if fields > best_fields:
            best, best_fields = candidate, fields
    return best


def _read_csv(raw: bytes) -> Sheet:
    text, encoding = _decode(raw)
    if not text.strip():
        raise InvalidInput("Het bestand is leeg. Kies het exportbestand van de enquête.")
    delimiter = _sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise InvalidInput(
            f"Het CSV-bestand is beschadigd ({exc}). Download de antwoorden opnieuw en "
            "probeer opnieuw."
        ) from None
    return _sheet(rows, encoding, delimiter)


def _read_xlsx(raw: bytes) -> Sheet:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise InvalidInput(
            f"Het Excel-bestand kan niet gelezen worden ({exc.__class__.__name__}). Open het "
            "in Excel, bewaar het opnieuw als .xlsx en probeer opnieuw."
        ) from None
    try:
        sheet = workbook.active if workbook.active is not None else workbook.worksheets[0]
        rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _sheet(rows, "xlsx", "")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet(rows: list[list[str]], encoding: str, delimiter: str) -> Sheet:
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise InvalidInput("Het bestand is leeg. Kies het exportbestand van de enquête.")
    headers = [h.strip().lstrip("\ufeff").strip() for h in rows[0]]
    width = len(headers)
    data = [(r + [""] * width)[:width] for r in rows[1:] if any(c.strip() for c in r)]
    if len(data) > MAX_ROWS:
        raise InvalidInput(f"Het bestand heeft meer dan {MAX_ROWS} antwoorden; splits het op.")
    return Sheet(headers=headers, rows=data, encoding=encoding, delimiter=delimiter)
