from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Member
from bindesk.domain.errors import InvalidInput
from bindesk.services import member_files, members, networks
from bindesk.services.operators import Actor


@pytest.fixture
def oordegem(db: Database, admin: Actor) -> int:
    with db.session() as s:
        return networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede").id


def _import(db: Database, admin: Actor, path: Path, **kw: bool) -> member_files.ImportResult:
    plan = member_files.plan_import(member_files.read_table(path), consent_method="lijst")
    with db.session() as s:
        return member_files.apply_import(s, admin, networks.get_network(s, "Oordegem"), plan, **kw)


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def test_cp1252_semicolon_file_with_bad_rows_changes_nothing(
    db: Database, admin: Actor, oordegem: int, data_dir: Path
) -> None:
    result = _import(db, admin, data_dir / "coordinator_oordegem_cp1252.csv")
    assert not result.written
    assert [str(p).split(":")[0] for p in result.skipped] == [
        "rij 4",
        "rij 5",
        "rij 6",
    ]  # header is row 1
    assert "vast nummer" in str(result.skipped[0])
    assert "naam ontbreekt" in str(result.skipped[2])
    assert _count(db) == 0


def test_skip_invalid_lands_the_good_rows_in_e164(
    db: Database, admin: Actor, oordegem: int, data_dir: Path
) -> None:
    result = _import(db, admin, data_dir / "coordinator_oordegem_cp1252.csv", skip_invalid=True)
    assert (result.created, result.updated, len(result.skipped)) == (3, 0, 3)
    with db.session() as s:
        found = {m.last_name: m for m in s.scalars(select(Member))}
    assert found["Van Hecke"].first_name == "Chloë"  # cp1252 decoded
    assert found["D'Hondt"].mobile == "+32472556677"
    assert {m.mobile for m in found.values()} == {"+32470123456", "+32470987654", "+32472556677"}


def test_reimport_updates_never_doubles(
    db: Database, admin: Actor, oordegem: int, tmp_path: Path
) -> None:
    path = tmp_path / "lijst.csv"
    path.write_text(
        "Voornaam,Achternaam,GSM-nummer,Straat\nJan,Peeters,0470123456,Dorp\n", encoding="utf-8-sig"
    )
    _import(db, admin, path)
    path.write_text(
        "Voornaam,Achternaam,GSM-nummer,Straat\nJan,Peeters,+32470123456,Kerkstraat\n",
        encoding="utf-8-sig",
    )
    result = _import(db, admin, path)
    assert (result.created, result.updated) == (0, 1)
    assert _count(db) == 1
    with db.session() as s:
        assert s.scalars(select(Member)).one().street == "Kerkstraat"


def test_xlsx_import(db: Database, admin: Actor, oordegem: int, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Familienaam", "Voornaam", "Huisnummer", "Mobiel", "E-mail"])
    sheet.append(["Claeys", "Els", 5, 470112233, "els@example.be"])  # Excel ate the leading 0
    book.save(tmp_path / "l.xlsx")
    result = _import(db, admin, tmp_path / "l.xlsx")
    assert result.created == 1, result.skipped
    with db.session() as s:
        member = s.scalars(select(Member)).one()
        assert (member.mobile, member.house_number) == ("+32470112233", "5")


def test_missing_mobile_column_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Naam;Voornaam;Adres\nA;B;C\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"Kolom GSM niet gevonden.*Gevonden kolommen: Naam"):
        member_files.plan_import(member_files.read_table(path))


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "leeg"),
        (b"\xff\xfeN\x00a\x00", "geen tekst-CSV"),
        (b'Naam;GSM\n"open;0470\n', "beschadigd"),
    ],
)
def test_broken_files_are_refused_cleanly(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "kapot.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=match):
        member_files.plan_import(member_files.read_table(path))


def test_broken_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput, match="Excel-bestand"):
        member_files.read_table(path)


def test_duplicate_mobile_in_file_is_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Naam;GSM\nA;0470123456\nB;0470 12 34 56\n", encoding="utf-8")
    plan = member_files.plan_import(member_files.read_table(path))
    assert [str(p) for p in plan.problems] == ["rij 3: zelfde gsm-nummer +32470123456 als rij 2"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_neutralises_formulas_and_round_trips(
    db: Database, admin: Actor, oordegem: int, tmp_path: Path, suffix: str
) -> None:
    with db.session() as s:
        net = networks.get_network(s, "Oordegem")
        members.add_member(
            s,
            admin,
            members.MemberInput(
                first_name='=HYPERLINK("http://x")',
                last_name="@SUM(A1)",
                street="-2+3",
                mobile="0470 12 34 56",
            ),
            [net],
        )
        out = tmp_path / f"export{suffix}"
        count = member_files.export_members(s, admin, net, members.list_members(s, admin), out)
    assert count == 1
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            cells = list(csv.reader(handle, delimiter=";"))[1]
    else:
        sheet = load_workbook(out).active
        assert sheet is not None
        line = next(sheet.iter_rows(min_row=2, max_row=2))
        # text cells: never a formula, and no apostrophe to see (issue 7, item 13)
        assert all(c.data_type == "s" and c.number_format == "@" for c in line if c.value)
        cells = [str(c.value) for c in line]
        assert cells[:3] == ["@SUM(A1)", '=HYPERLINK("http://x")', "-2+3"]
        assert cells[6] == "+32470123456"
        assert cells[8] == "actief"
        return
    assert cells[0] == "'@SUM(A1)"
    assert cells[1] == '\'=HYPERLINK("http://x")'
    assert cells[2] == "'-2+3"
    assert cells[6] == "'+32470123456"
    assert cells[8] == "actief"
    with db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "export")) is not None
    # the export reads back in (the apostrophe before the number is understood)
    plan = member_files.plan_import(member_files.read_table(out))
    assert not plan.problems and plan.valid[0][1].mobile == "+32470123456"


# --- issue 7, item 7: an import never erases what it does not know ------------------------


def _full_member(db: Database, admin: Actor, net_name: str, mobile: str, status: str) -> int:
    with db.session() as s:
        net = networks.add_network(s, admin, name=net_name, municipality="Lede")
        member = members.add_member(
            s,
            admin,
            members.MemberInput(
                first_name="Jan",
                last_name="Peeters",
                street="Kerkstraat",
                house_number="12",
                postal_code="9340",
                municipality="Lede",
                mobile=mobile,
                email="jan@example.be",
                consent_method="formulier",
            ),
            [net],
        )
        if status != "active":
            members.set_status(s, admin, member, status)
        return member.id


def test_naam_gsm_list_into_another_network_keeps_fields_and_status(
    db: Database, admin: Actor, oordegem: int, tmp_path: Path
) -> None:
    ids = {
        status: _full_member(db, admin, f"BIN {status}", mobile, status)
        for status, mobile in (
            ("active", "0470000001"),
            ("left", "0470000002"),
            ("paused", "0470000003"),
        )
    }
    path = tmp_path / "naam-gsm.csv"
    path.write_text(
        "Naam;GSM\nPeeters;0470000001\nPeeters;0470000002\nPeeters;0470000003\n",
        encoding="utf-8",
    )
    plan = member_files.plan_import(member_files.read_table(path), consent_method="lijst")
    with db.session() as s:
        trial = member_files.apply_import(
            s, admin, networks.get_network(s, "Oordegem"), plan, dry_run=True
        )
    assert (trial.created, trial.updated, trial.unchanged) == (0, 3, 0)
    first = str(trial.changes[0])
    assert first == "rij 2: Jan Peeters: Netwerken: '' → '+ BIN Oordegem'"
    assert [n.row for n in trial.notices] == [3, 4]
    assert "uitgeschreven en blijft dat" in str(trial.notices[0])
    assert "gepauzeerd en blijft dat" in str(trial.notices[1])
    result = _import(db, admin, path)
    assert (result.created, result.updated) == (0, 3)
    with db.session() as s:
        for status, member_id in ids.items():
            member = s.get(Member, member_id)
            assert member is not None
            assert (member.first_name, member.street, member.house_number, member.email) == (
                "Jan",
                "Kerkstraat",
                "12",
                "jan@example.be",
            )
            assert member.status == status  # left and paused members stay so
            assert "BIN Oordegem" in {ms.network.name for ms in member.memberships}
    # the same list again: nothing changes, nothing is "bijgewerkt"
    again = _import(db, admin, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_dry_run_lists_each_changed_field_and_new_members_get_a_join_date(
    db: Database, admin: Actor, oordegem: int, tmp_path: Path
) -> None:
    import datetime as dt

    path = tmp_path / "lijst.csv"
    path.write_text(
        "Naam;Voornaam;Straat;GSM;E-mail\nPeeters;Jan;Dorp;0470123456;\n", encoding="utf-8"
    )
    _import(db, admin, path)
    with db.session() as s:
        member = s.scalars(select(Member)).one()
        assert member.joined_on == dt.date.today()
        assert member.memberships[0].joined_on == dt.date.today()
    path.write_text(
        "Naam;Voornaam;Straat;GSM;E-mail\nPeeters;Jan;Kerkstraat;0470123456;jan@x.be\n",
        encoding="utf-8",
    )
    trial = _import(db, admin, path, dry_run=True)
    assert [str(c) for c in trial.changes] == [
        "rij 2: Jan Peeters: Straat: 'Dorp' → 'Kerkstraat'; E-mail: '' → 'jan@x.be'"
    ]


def test_cli_dry_run_shows_changes_and_notices(
    db: Database,
    admin: Actor,
    oordegem: int,
    tmp_path: Path,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bindesk.cli import main

    _full_member(db, admin, "BIN Oud", "0470000002", "left")
    path = tmp_path / "naam-gsm.csv"
    path.write_text("Naam;GSM\nPeeters;0470000002\n", encoding="utf-8")
    code = main(
        ["--db", db_url, "members", "import", str(path), "--network", "Oordegem", "--dry-run"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "rij 2: Jan Peeters: Netwerken: '' → '+ BIN Oordegem'" in out
    assert "rij 2: Jan Peeters is uitgeschreven en blijft dat" in out
    assert "0 nieuw, 1 bijgewerkt, 0 ongewijzigd" in out


# --- issue 7, item 13: an export re-imports to the same members unchanged ------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reimports_unchanged(
    db: Database, admin: Actor, oordegem: int, tmp_path: Path, suffix: str
) -> None:
    _full_member(db, admin, "BIN Oordegem 2", "0470000001", "active")
    _full_member(db, admin, "BIN Oordegem 3", "+31612345678", "paused")
    with db.session() as s:
        net = networks.get_network(s, "Oordegem")
        everyone = list(s.scalars(select(Member)))
        for m in everyone:
            m.memberships.append(members.Membership(network=net))
    with db.session() as s:
        net = networks.get_network(s, "Oordegem")
        out = tmp_path / f"export{suffix}"
        member_files.export_members(s, admin, net, members.list_members(s, admin), out)
        before = [members.member_json(m) for m in members.list_members(s, admin)]
    result = _import(db, admin, out)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2), result.changes
    with db.session() as s:
        assert [members.member_json(m) for m in members.list_members(s, admin)] == before
