"""``bindesk db backup``, ``db restore`` and ``db backup-settings``, in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bindesk.cli import main


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def _members(run) -> int:  # type: ignore[no-untyped-def]
    code, out, _ = run("networks", "list", "--json")
    assert code == 0
    return sum(n["active_members"] for n in json.loads(out))


def test_backup_then_restore_with_yes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("demo-data")[0] == 0
    before = _members(run)
    target = tmp_path / "kopie.sqlite3"
    code, out, _ = run("db", "backup", "-o", str(target))
    assert code == 0 and str(target) in out and target.exists()
    code, _, err = run("db", "backup", "-o", str(target))
    assert code == 1 and "bestaat al" in err
    assert run("members", "opt-out", "1")[0] == 0
    code, out, _ = run("db", "restore", str(target))
    assert code == 1 and "--yes" in out and "72 leden" in out  # nothing restored yet
    code, out, _ = run("db", "restore", str(target), "--yes")
    assert code == 0 and "vorige database is bewaard" in out
    assert _members(run) == before


def test_restore_refuses_a_file_that_is_not_a_backup(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "leden.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run("db", "restore", str(bogus), "--yes")
    assert code == 1 and "geen back-up van een bindesk-database" in err


def test_backup_settings_and_a_backup_into_the_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "back-ups"
    code, out, _ = run("db", "backup-settings", "--folder", str(folder), "--keep", "2")
    assert code == 0 and str(folder) in out and "de 2 nieuwste" in out
    for _ in range(3):
        assert run("db", "backup")[0] == 0
    assert len(list(folder.glob("*.backup-*.sqlite3"))) == 2
    code, _, err = run("db", "backup-settings", "--keep", "0")
    assert code == 1 and "Bewaar tussen" in err
