"""Member lists in and out: a coordinator's CSV/XLSX import, and export.

Import reads the Dutch headers a coordinator's list has, sniffs ``;`` or ``,``, and
reads UTF-8 (with or without BOM) or cp1252 as Belgian Excel writes it. Default is
all-or-nothing: one bad row and nothing is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk import fileperms as files
from bindesk.db.engine import Database
from bindesk.db.models import Member, Membership, Network
from bindesk.domain.errors import InvalidInput
from bindesk.domain.spreadsheet import neutralise
from bindesk.services import audit
from bindesk.services.members import (
    STATUS_LABELS_NL,
    MemberInput,
    _apply,
    find_in_network,
    snapshot,
    stop_queued_messages,
)
from bindesk.services.operators import Actor, Permission

MAX_ROWS = 50_000
MAX_FILE_BYTES = 20_000_000  # 50 000 members of a coordinator's list take about 8 MB

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
    "status": "status",
    "kanaal": "channel",
    "channel": "channel",
    "voorkeur": "channel",
}

# what the Status column may say (our export writes the Dutch label)
STATUS_WORDS = {
    "actief": "active",
    "active": "active",
    "gepauzeerd": "paused",
    "pauze": "paused",
    "paused": "paused",
    "uitgeschreven": "left",
    "vertrokken": "left",
    "left": "left",
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
    "status": "Status",
    "channel": "Kanaal",
    "networks": "Netwerken",
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
    header_row: int = 1  # the header's row number as the spreadsheet shows it

    def row_number(self, index: int) -> int:
        """Spreadsheet row number of data row ``index`` (0-based): the first is "rij 2"."""
        return self.header_row + 1 + index


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; raise :class:`InvalidInput` (Dutch) when it cannot be read."""
    if not path.exists():
        raise InvalidInput(f"Bestand '{path}' niet gevonden. Controleer de naam en de map.")
    size = path.stat().st_size  # before anything is read into memory
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"Het bestand '{path.name}' is te groot ({size / 1_000_000:.1f} MB; hoogstens "
            f"{MAX_FILE_BYTES // 1_000_000} MB). Een ledenlijst van {MAX_ROWS} leden is kleiner: "
            "kies het juiste bestand of splits het op."
        )
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
    header_row = 1
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)
        header_row += 1
    if not rows:
        raise InvalidInput("Het Excel-bestand is leeg. Kies de ledenlijst van de coördinator.")
    return Table(
        headers=[h.strip() for h in rows[0]], rows=rows[1:], encoding="xlsx", header_row=header_row
    )


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1, the first member row 2
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
    # per valid row: the fields the file gives a value for (a column it lacks, or an empty
    # cell, never changes what we hold)
    provided: dict[int, frozenset[str]] = field(default_factory=dict)


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
    for index, row in enumerate(table.rows):
        number = table.row_number(index)
        if not any(cell.strip() for cell in row):
            continue  # blank line, Excel leaves them at the end
        values = {
            target: (row[col].strip() if col < len(row) else "") for col, target in mapping.items()
        }
        provided = frozenset(k for k, v in values.items() if v)
        values = {k: v for k, v in values.items() if v}
        try:
            if "status" in values:
                values["status"] = _status_value(values["status"])
            data = MemberInput(**values, consent_method=consent_method).cleaned()  # type: ignore[arg-type]
        except InvalidInput as exc:
            plan.problems.append(RowProblem(number, exc.message))
            continue
        key = data.mobile or data.email.casefold()  # an e-mail-only member: by address
        first = seen_mobiles.get(key)
        if first is not None:
            what = f"gsm-nummer {data.mobile}" if data.mobile else f"e-mailadres {data.email}"
            plan.problems.append(RowProblem(number, f"zelfde {what} als rij {first}"))
            continue
        seen_mobiles[key] = number
        plan.warnings.extend(RowProblem(number, w) for w in data.warnings)
        plan.valid.append((number, data))
        plan.provided[number] = provided
    return plan


def _status_value(text: str) -> str:
    status = STATUS_WORDS.get(text.strip().casefold())
    if status is None:
        raise InvalidInput(f"status '{text}' is onbekend (actief, gepauzeerd of uitgeschreven)")
    return status


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str

    def __str__(self) -> str:
        label = FIELD_LABELS_NL.get(self.field, self.field)
        return f"{label}: '{self.before}' → '{self.after}'"


@dataclass(frozen=True)
class MemberChange:
    """What the import does (or would do) to one existing member."""

    row: int
    member_id: int
    name: str
    changes: tuple[FieldChange, ...]

    def __str__(self) -> str:
        return f"rij {self.row}: {self.name}: " + "; ".join(str(c) for c in self.changes)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: list[RowProblem]
    warnings: list[RowProblem]
    written: bool
    unchanged: int = 0
    changes: list[MemberChange] = field(default_factory=list)
    # per member: what the import did not do (a member who left or paused stays so)
    notices: list[RowProblem] = field(default_factory=list)


# fields an import may fill in or change on an existing member (status: see _status_change)
_IMPORTED_FIELDS = (
    "first_name",
    "last_name",
    "street",
    "house_number",
    "postal_code",
    "municipality",
    "mobile",
    "email",
    "language",
    "channel",
)


def _field_changes(
    member: Member, data: MemberInput, provided: frozenset[str]
) -> list[FieldChange]:
    changes = []
    for key in _IMPORTED_FIELDS:
        if key not in provided:
            continue  # the file does not know this field: keep what we hold
        old, new = getattr(member, key) or "", getattr(data, key)
        if new != old:
            changes.append(FieldChange(key, old, new))
    return changes


def _status_change(
    member: Member, data: MemberInput, provided: frozenset[str], row: int
) -> tuple[FieldChange | None, RowProblem | None]:
    """An import may pause or end a membership the file says so, never re-activate one."""
    labels = STATUS_LABELS_NL
    if member.status == "active":
        if "status" in provided and data.status != "active":
            return FieldChange("status", labels["active"], labels[data.status]), None
        return None, None
    if "status" in provided and data.status not in ("active", member.status):
        return FieldChange("status", labels[member.status], labels[data.status]), None
    return None, RowProblem(
        row,
        f"{member.full_name} is {labels.get(member.status, member.status)} en blijft dat: een "
        "import zet niemand terug op actief. Wijzig de status bij het lid als dat de bedoeling is.",
    )


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
    rows: list[tuple[int, MemberInput]] | None = None,
) -> ImportResult:
    """Write the plan (or, ``dry_run``, say what it would change) in the caller's transaction.

    All-or-nothing unless ``skip_invalid``: a plan with bad rows writes nothing. ``rows``
    limits the work to part of ``plan.valid`` (see :func:`import_in_batches`).
    ``progress(done, total)`` is called as each valid row is handled (the desk throttles it).
    """
    actor.require(Permission.MANAGE_MEMBERS)
    if plan.problems and not skip_invalid:
        return ImportResult(0, 0, plan.problems, plan.warnings, written=False)
    created = updated = unchanged = 0
    changes: list[MemberChange] = []
    notices: list[RowProblem] = []
    todo = plan.valid if rows is None else rows
    total = len(todo)
    today = dt.date.today()
    for done, (row, data) in enumerate(todo, start=1):
        if progress is not None:
            progress(done, total)
        provided = plan.provided.get(row, frozenset(_IMPORTED_FIELDS))
        member = find_in_network(session, network, data.mobile, data.email)
        if member is None:
            member = _same_person_elsewhere(session, data)
        if member is None:
            if not dry_run:
                member = Member(joined_on=data.joined_on or today)
                _apply(member, data)
                member.memberships.append(
                    Membership(network=network, joined_on=data.joined_on or today)
                )
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
        found = _field_changes(member, data, provided)
        status, notice = _status_change(member, data, provided, row)
        if status is not None:
            found.append(status)
        if notice is not None:
            notices.append(notice)
        joins = not any(ms.network_id == network.id for ms in member.memberships)
        if joins:
            found.append(FieldChange("networks", "", f"+ {network.name}"))
        if not found:
            unchanged += 1
            continue
        changes.append(MemberChange(row, member.id, member.full_name, tuple(found)))
        updated += 1
        if dry_run:
            continue
        before = snapshot(member)
        for change in found:
            if change.field in _IMPORTED_FIELDS:
                setattr(member, change.field, getattr(data, change.field))
        if member.email and member.consent_at and member.email_consent_at is None:
            member.email_consent_at = member.consent_at
        if status is not None:
            member.status = data.status
            stop_queued_messages(
                session, member, f"Geannuleerd: lid is {STATUS_LABELS_NL[data.status]}."
            )
        if joins:
            member.memberships.append(Membership(network=network, joined_on=today))
        session.flush()
        audit.record(
            session,
            actor.username,
            "update",
            "member",
            member.id,
            before=before,
            after=snapshot(member),
            detail=f"import {source}",
        )
    return ImportResult(
        created,
        updated,
        plan.problems,
        plan.warnings,
        written=not dry_run,
        unchanged=unchanged,
        changes=changes,
        notices=notices,
    )


# A batch holds the write lock this long at most (it adapts its size to the machine's pace);
# then the import pauses longer than SQLite's busy handler sleeps between two looks at the lock
# (100 ms), so a waiting dispatcher always gets its turn: without the pause the importer took
# the lock again before the dispatcher looked, and sending froze for 20 s at a time.
IMPORT_BATCH_SECONDS = 0.25
IMPORT_PAUSE_SECONDS = 0.12
IMPORT_BATCH_ROWS = 500  # at most, on a fast machine


def import_in_batches(
    db: Database,
    actor: Actor,
    network_id: int,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
    batch_rows: int = IMPORT_BATCH_ROWS,
    batch_seconds: float = IMPORT_BATCH_SECONDS,
    pause_seconds: float = IMPORT_PAUSE_SECONDS,
) -> ImportResult:
    """Write the plan in short transactions (about ``batch_seconds`` each), pausing between.

    A long import never holds the database's write lock for long: between batches the
    dispatcher records what it sent (a 50 000-row import in one transaction froze sending
    for minutes). Every row is checked before the first batch is written (all-or-nothing
    still holds for bad rows); an import cut off halfway can simply be run again (it changes
    nothing twice).
    """
    actor.require(Permission.MANAGE_MEMBERS)
    if plan.problems and not skip_invalid:
        return ImportResult(0, 0, plan.problems, plan.warnings, written=False)
    total = len(plan.valid)
    results: list[ImportResult] = []
    start, size = 0, min(20, batch_rows)
    while start < total:
        chunk = plan.valid[start : start + size]

        def tick(done: int, _total: int, start: int = start) -> None:
            if progress is not None:
                progress(start + done, total)

        began = time.monotonic()
        with db.session() as session:
            network = session.get(Network, network_id)
            if network is None:
                raise InvalidInput("Het netwerk bestaat niet meer; de import is gestopt.")
            results.append(
                apply_import(
                    session,
                    actor,
                    network,
                    plan,
                    skip_invalid=True,
                    source=source,
                    progress=tick,
                    rows=chunk,
                )
            )
        took = max(time.monotonic() - began, 1e-3)
        start += len(chunk)
        size = max(5, min(batch_rows, int(len(chunk) * batch_seconds / took)))
        if start < total:
            time.sleep(pause_seconds)  # a waiting writer (the dispatcher) takes its turn
    return ImportResult(
        created=sum(r.created for r in results),
        updated=sum(r.updated for r in results),
        skipped=plan.problems,
        warnings=plan.warnings,
        written=True,
        unchanged=sum(r.unchanged for r in results),
        changes=[c for r in results for c in r.changes],
        notices=[n for r in results for n in r.notices],
    )


def _same_person_elsewhere(session: Session, data: MemberInput) -> Member | None:
    """Same mobile (or, without one, same address) and same last name in another network:
    one person, one record."""
    same = (
        Member.mobile == data.mobile
        if data.mobile
        else func.lower(Member.email) == data.email.lower()
    )
    return session.scalar(
        select(Member).where(same, func.lower(Member.last_name) == data.last_name.lower())
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


def _export_value(member: Member, attr: str) -> str:
    value = str(getattr(member, attr) or "")
    return STATUS_LABELS_NL.get(value, value) if attr == "status" else value


def _write_members(members: Iterable[Member], path: Path, sheet_title: str) -> int:
    rows = [[_export_value(m, attr) for _label, attr in EXPORT_COLUMNS] for m in members]
    headers = [label for label, _attr in EXPORT_COLUMNS]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _write_xlsx(path, sheet_title, headers, rows)
    elif suffix in (".csv", ".txt"):
        with files.private_open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headers)
            writer.writerows([[neutralise(c) for c in row] for row in rows])
    else:
        raise InvalidInput(
            f"Onbekend bestandstype '{path.suffix}'. Kies een naam die eindigt op .csv of .xlsx."
        )
    return len(rows)


def _write_xlsx(path: Path, title: str, headers: list[str], rows: list[list[str]]) -> None:
    """Every cell a text cell: a phone number stays "+32470…" (no apostrophe, no number, no
    formula), and text that starts with "=" is stored as text, never as a formula."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.data_type = "s"  # openpyxl makes "=…" a formula: keep it text
            cell.number_format = "@"  # Excel: text format, also when the cell is edited
    with files.private_open(path, "wb") as handle:
        workbook.save(handle)
