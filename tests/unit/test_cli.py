"""Every CLI verb, in process (fast), plus one real subprocess for the entry point."""

from __future__ import annotations

import json
import subprocess
import sys
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


def test_networks_add_and_list(run) -> None:  # type: ignore[no-untyped-def]
    assert (
        run(
            "networks",
            "add",
            "BIN Oordegem",
            "--municipality",
            "Lede",
            "--streets",
            "Kerkstraat;Dorp",
        )[0]
        == 0
    )
    code, out, _ = run("networks", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "id": 1,
            "name": "BIN Oordegem",
            "municipality": "Lede",
            "coordinator": "",
            "active_members": 0,
            "active": True,
        }
    ]
    code, _, err = run("networks", "add", "bin oordegem", "--municipality", "Lede")
    assert code == 1 and "bestaat al" in err


def test_members_add_list_json(run) -> None:  # type: ignore[no-untyped-def]
    run("networks", "add", "BIN Aaigem", "--municipality", "Erpe-Mere")
    code, out, _ = run(
        "members",
        "add",
        "--network",
        "Aaigem",
        "--first-name",
        "Els",
        "--last-name",
        "Claeys",
        "--street",
        "Kerkstraat",
        "--number",
        "4",
        "--postal-code",
        "9420",
        "--municipality",
        "Aaigem",
        "--mobile",
        "0470/12.34.56",
    )
    assert code == 0, out
    code, out, _ = run("members", "list", "--network", "BIN Aaigem", "--json")
    (member,) = json.loads(out)
    assert member["mobile"] == "+32470123456"
    assert member["networks"] == ["BIN Aaigem"]
    assert {"first_name", "last_name", "street", "status"} <= member.keys()


def test_members_add_refuses_landline(run) -> None:  # type: ignore[no-untyped-def]
    run("networks", "add", "BIN Aaigem", "--municipality", "Erpe-Mere")
    code, _, err = run(
        "members",
        "add",
        "--network",
        "Aaigem",
        "--first-name",
        "A",
        "--last-name",
        "B",
        "--street",
        "S",
        "--number",
        "1",
        "--postal-code",
        "9420",
        "--municipality",
        "Aaigem",
        "--mobile",
        "053606464",
    )
    assert code == 1 and "vast nummer" in err
    assert json.loads(run("members", "list", "--json")[1]) == []


def test_import_all_or_nothing_then_skip_invalid(run, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    run("networks", "add", "BIN Oordegem", "--municipality", "Lede")
    csv_path = str(data_dir / "coordinator_oordegem_cp1252.csv")
    code, out, _ = run("members", "import", csv_path, "--network", "Oordegem")
    assert code == 1
    assert "rij 4:" in out and "rij 5:" in out and "rij 6:" in out
    assert json.loads(run("members", "list", "--json")[1]) == []
    code, out, _ = run(
        "members", "import", csv_path, "--network", "Oordegem", "--dry-run", "--skip-invalid"
    )
    assert code == 0 and "niets weggeschreven" in out
    assert json.loads(run("members", "list", "--json")[1]) == []
    code, out, _ = run("members", "import", csv_path, "--network", "Oordegem", "--skip-invalid")
    assert code == 0
    mobiles = sorted(m["mobile"] for m in json.loads(run("members", "list", "--json")[1]))
    assert mobiles == ["+32470123456", "+32470987654", "+32472556677"]


def test_export_and_demo_data(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, _ = run("demo-data")
    assert code == 0
    networks = json.loads(run("networks", "list", "--json")[1])
    assert {n["name"] for n in networks} == {"BIN Oordegem", "BIN Bambrugge", "BIN Aaigem"}
    assert all(n["coordinator"] and n["active_members"] > 0 for n in networks)
    code, _, err = run("demo-data")
    assert code == 1 and "--force" in err
    target = tmp_path / "oordegem.xlsx"
    assert run("members", "export", "--network", "Oordegem", "-o", str(target))[0] == 0
    assert target.stat().st_size > 0
    code, _, err = run("members", "export", "--network", "Oordegem", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and ".csv" in err


def test_db_upgrade_is_idempotent(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("db", "upgrade")
    assert code == 0
    code, out, _ = run("db", "upgrade")
    assert code == 0 and "al bijgewerkt" in out


def test_usage_error_exits_2(run) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        run("members", "import")
    assert info.value.code == 2


def test_python_m_bindesk_entry_point(db_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bindesk", "--db", db_url, "networks", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Nog geen netwerken" in result.stdout
