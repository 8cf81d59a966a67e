"""Member lists in and out: a coordinator's CSV/XLSX import, and export.

Import reads the Dutch headers a coordinator's list has, sniffs ``;`` or ``,``, and
reads UTF-8 (with or without BOM) or cp1252 as Belgian Excel writes it. Default is
all-or-nothing: one bad row and nothing is written.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.models import Member, Membership, Network
from bindesk.domain.errors import InvalidInput
from bindesk.domain.spreadsheet import neutralise
from bindesk.services import audit
from bindesk.services.members import MemberInput, _apply, find_in_network, snapshot
from bindesk.services.operators import Actor, Permission

MAX_ROWS = 50_000

# normalised header -> field
HEADER_ALIASES: dict[str, str] = {
    "naam": "last_name",
    "achternaam": "last_name",
    "familienaam": "last_name",
    "voornaam": "first_name",
    "straat": "street",
    "straatnaam": "street",
    "nr": "house_number",
    "nummer": "house_number",
    "huisnummer": "house_number",
    "huisnr": "house_number",
    "postcode": "postal_code",
    "gemeente": "municipality",
    "woonplaats": "municipality",
    "gsm": "mobile",
    "gsmnummer": "mobile",
    "gsmnr": "mobile",
    "telefoon": "mobile",
    "telefoonnummer": "mobile",
    "tel": "mobile",
    "mobiel": "mobile",
    "mobielnummer": "mobile",
    "mobile": "mobile",
    "email": "email",
    "emailadres": "email",
    "mail": "email",
    "taal": "language",
}

FIELD_LABELS_NL = {
    "last_name": "Naam",
    "first_name": "Voornaam",
    "street": "Straat",
    "house_number": "Nr",
    "postal_code": "Postcode",
    "municipality": "Gemeente",
    "mobile": "GSM",
    "email": "E-mail",
    "language": "Taal",
}
REQUIRED_FIELDS = ("last_name", "mobile")


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff").casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers we recognise (first match wins)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        target = HEADER_ALIASES.get(normalise_header(header))
        if target and target not in mapping.values():
            mapping[index] = target
    return mapping


@dataclass
class Table:
    """A file as read: headers and the data rows (strings)."""

    headers: list[str]
    rows: list[list[str]]
    encoding: str = ""
    delimiter: str = ""


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; raise :class:`InvalidInput` (Dutch) when it cannot be read."""
    if not path.exists():
        raise InvalidInput(f"Bestand '{path}' niet gevonden. Controleer de naam en de map.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".xls":
        raise InvalidInput(
            "Oude Excel-bestanden (.xls) worden niet gelezen. Open het bestand in Excel en "
            "bewaar het als .xlsx of als CSV (puntkomma-gescheiden)."
        )
    return _read_csv(path.read_bytes())


def _decode(raw: bytes) -> tuple[str, str]:
    if b"\x00" in raw[:4096]:
        raise InvalidInput(
            "Dit bestand is geen tekst-CSV (misschien UTF-16 of een ander formaat). Bewaar het in "
            "Excel als 'CSV (gescheiden door lijstscheidingsteken)' en probeer opnieuw."
        )
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _read_csv(raw: bytes) -> Table:
    text, encoding = _decode(raw)
    if not text.strip():
        raise InvalidInput("Het bestand is leeg. Kies de ledenlijst van de coördinator.")
    sample = text[:8192]
    first_line = sample.splitlines()[0] if sample.splitlines() else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    if first_line.count(";") == 0 and first_line.count(",") == 0:
        delimiter = "\t" if "\t" in first_line else ";"
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        rows = [row for row in reader]
    except csv.Error as exc:
        raise InvalidInput(
            f"Het CSV-bestand is beschadigd ({exc}). Open het in Excel, bewaar het opnieuw als "
            "CSV en probeer opnieuw."
        ) from None
    headers = [h.strip() for h in rows[0]]
    data = [r for r in rows[1:]]
    return Table(headers=headers, rows=data, encoding=encoding, delimiter=delimiter)


def _read_xlsx(path: Path) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InvalidInput(
            f"Het Excel-bestand kan niet gelezen worden ({exc.__class__.__name__}). "
            "Open het in Excel, bewaar het opnieuw als .xlsx en probeer opnieuw."
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows = [
            ["" if v is None else _cell_text(v) for v in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        workbook.close()
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise InvalidInput("Het Excel-bestand is leeg. Kies de ledenlijst van de coördinator.")
    return Table(headers=[h.strip() for h in rows[0]], rows=rows[1:], encoding="xlsx")


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1 = first data row
    reason: str

    def __str__(self) -> str:
        return f"rij {self.row}: {self.reason}"


@dataclass
class ImportPlan:
    """What an import would do: valid rows (row number, input) and the problems."""

    valid: list[tuple[int, MemberInput]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    mapping: dict[int, str] = field(default_factory=dict)


def check_mapping(headers: list[str], mapping: dict[int, str]) -> None:
    missing = [f for f in REQUIRED_FIELDS if f not in mapping.values()]
    if missing:
        names = " en ".join(FIELD_LABELS_NL[f] for f in missing)
        found = ", ".join(h for h in headers if h) or "(geen)"
        raise InvalidInput(
            f"Kolom {names} niet gevonden in het bestand. Gevonden kolommen: {found}. "
            "Geef de kolommen een herkenbare titel (bv. Naam, Voornaam, Straat, Nr, Postcode, "
            "Gemeente, GSM, E-mail) en probeer opnieuw."
        )


def plan_import(
    table: Table, mapping: dict[int, str] | None = None, consent_method: str = ""
) -> ImportPlan:
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    check_mapping(table.headers, mapping)
    if len(table.rows) > MAX_ROWS:
        raise InvalidInput(f"Meer dan {MAX_ROWS} rijen: splits het bestand op.")
    plan = ImportPlan(mapping=mapping)
    seen_mobiles: dict[str, int] = {}
    for number, row in enumerate(table.rows, start=1):
        if not any(cell.strip() for cell in row):
            continue  # blank line, Excel leaves them at the end
        values = {
            target: (row[index].strip() if index < len(row) else "")
            for index, target in mapping.items()
        }
        try:
            data = MemberInput(**values, consent_method=consent_method).cleaned()  # type: ignore[arg-type]
        except InvalidInput as exc:
            plan.problems.append(RowProblem(number, exc.message))
            continue
        first = seen_mobiles.get(data.mobile)
        if first is not None:
            plan.problems.append(
                RowProblem(number, f"zelfde gsm-nummer {data.mobile} als rij {first}")
            )
            continue
        seen_mobiles[data.mobile] = number
        plan.warnings.extend(RowProblem(number, w) for w in data.warnings)
        plan.valid.append((number, data))
    return plan


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: list[RowProblem]
    warnings: list[RowProblem]
    written: bool


def apply_import(
    session: Session,
    actor: Actor,
    network: Network,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Write the plan. All-or-nothing unless ``skip_invalid``; the caller's transaction.

    ``progress(done, total)`` is called as each valid row is written (the desk throttles it).
    """
    actor.require(Permission.MANAGE_MEMBERS)
    if plan.problems and not skip_invalid:
        return ImportResult(0, 0, plan.problems, plan.warnings, written=False)
    created = updated = 0
    total = len(plan.valid)
    for done, (_row, data) in enumerate(plan.valid, start=1):
        if progress is not None:
            progress(done, total)
        member = find_in_network(session, network, data.mobile)
        if member is None:
            member = _same_person_elsewhere(session, data)
        if member is None:
            if not dry_run:
                member = Member()
                _apply(member, data)
                member.memberships.append(Membership(network=network, joined_on=data.joined_on))
                session.add(member)
                session.flush()
                audit.record(
                    session,
                    actor.username,
                    "create",
                    "member",
                    member.id,
                    after=snapshot(member),
                    detail=f"import {source}",
                )
            created += 1
            continue
        if not dry_run:
            before = snapshot(member)
            _apply(member, data)
            if not any(ms.network_id == network.id for ms in member.memberships):
                member.memberships.append(Membership(network=network))
            session.flush()
            after = snapshot(member)
            if after != before:
                audit.record(
                    session,
                    actor.username,
                    "update",
                    "member",
                    member.id,
                    before=before,
                    after=after,
                    detail=f"import {source}",
                )
        updated += 1
    return ImportResult(created, updated, plan.problems, plan.warnings, written=not dry_run)


def _same_person_elsewhere(session: Session, data: MemberInput) -> Member | None:
    """Same mobile and same last name in another network: one person, one record."""
    return session.scalar(
        select(Member).where(
            Member.mobile == data.mobile,
            func.lower(Member.last_name) == data.last_name.lower(),
        )
    )


# --- export -----------------------------------------------------------------------------

EXPORT_COLUMNS = [
    ("Naam", "last_name"),
    ("Voornaam", "first_name"),
    ("Straat", "street"),
    ("Nr", "house_number"),
    ("Postcode", "postal_code"),
    ("Gemeente", "municipality"),
    ("GSM", "mobile"),
    ("E-mail", "email"),
    ("Status", "status"),
    ("Toestemming", "consent_method"),
]


def export_members(
    session: Session, actor: Actor, network: Network, members: Iterable[Member], path: Path
) -> int:
    actor.require(Permission.EXPORT_MEMBERS)
    count = _write_members(members, path, network.name)
    audit.record(
        session,
        actor.username,
        "export",
        "network",
        network.id,
        detail=f"{count} leden naar {path.name}",
    )
    return count


def export_member_ids(
    session: Session, actor: Actor, member_ids: list[int], path: Path, description: str
) -> int:
    """Export chosen members (the desk's current list or selection), in the given order."""
    actor.require(Permission.EXPORT_MEMBERS)
    by_id = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))}
    chosen = [by_id[i] for i in member_ids if i in by_id]
    count = _write_members(chosen, path, "Leden")
    audit.record(
        session,
        actor.username,
        "export",
        "member",
        None,
        detail=f"{count} leden naar {path.name} ({description})",
    )
    return count


def _write_members(members: Iterable[Member], path: Path, sheet_title: str) -> int:
    rows = [
        [neutralise(str(getattr(m, attr) or "")) for _label, attr in EXPORT_COLUMNS]
        for m in members
    ]
    headers = [label for label, _attr in EXPORT_COLUMNS]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = sheet_title[:31]
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
        workbook.save(path)
    elif suffix in (".csv", ".txt"):
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headers)
            writer.writerows(rows)
    else:
        raise InvalidInput(
            f"Onbekend bestandstype '{path.suffix}'. Kies een naam die eindigt op .csv of .xlsx."
        )
    return len(rows)
