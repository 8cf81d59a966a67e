"""The command-line verbs for what the desk's pages do: member records, GDPR, networks,
audit, operators."""

from __future__ import annotations

import io
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


@pytest.fixture
def jan(run) -> int:  # type: ignore[no-untyped-def]
    run("networks", "add", "BIN Oordegem", "--municipality", "Lede")
    code, _out, err = run(
        "members",
        "add",
        "--network",
        "Oordegem",
        "--first-name",
        "Jan",
        "--last-name",
        "Peeters",
        "--street",
        "Kerkstraat",
        "--number",
        "3",
        "--postal-code",
        "9340",
        "--municipality",
        "Oordegem",
        "--mobile",
        "0470 12 34 56",
    )
    assert code == 0, err
    return int(json.loads(run("members", "list", "--json")[1])[0]["id"])


def test_show_status_opt_out_and_in(run, jan: int) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("members", "show", str(jan), "--json")
    assert code == 0 and json.loads(out)["mobile"] == "+32470123456"
    assert run("members", "status", str(jan), "paused")[0] == 0
    assert json.loads(run("members", "show", str(jan), "--json")[1])["status"] == "paused"
    assert run("members", "opt-out", str(jan))[0] == 0
    assert json.loads(run("members", "show", str(jan), "--json")[1])["opted_out_at"]
    assert run("members", "opt-in", str(jan), "--consent-method", "formulier 2026")[0] == 0
    shown = json.loads(run("members", "show", str(jan), "--json")[1])
    assert shown["opted_out_at"] is None and shown["consent_method"] == "formulier 2026"
    code, _, err = run("members", "show", "999")
    assert code == 1 and "bestaat niet" in err


def test_access_then_erase(run, jan: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _out, _ = run("members", "access", str(jan), "-o", str(tmp_path / "inzage"))
    assert code == 0
    (json_file,) = (tmp_path / "inzage").glob("*.json")
    assert json.loads(json_file.read_text(encoding="utf-8"))["last_name"] == "Peeters"
    code, _, err = run("members", "erase", str(jan))
    assert code == 1 and "--yes" in err
    assert run("members", "erase", str(jan), "--yes")[0] == 0
    assert json.loads(run("members", "list", "--json")[1]) == []


def test_network_deactivate_activate(run) -> None:  # type: ignore[no-untyped-def]
    run("networks", "add", "BIN Aaigem", "--municipality", "Erpe-Mere")
    assert run("networks", "deactivate", "Aaigem")[0] == 0
    assert json.loads(run("networks", "list", "--json")[1])[0]["active"] is False
    assert run("networks", "activate", "Aaigem")[0] == 0
    assert json.loads(run("networks", "list", "--json")[1])[0]["active"] is True


def test_audit_list_and_export(run, jan: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("audit", "list", "--entity", "member", "--json")
    events = json.loads(out)
    assert code == 0 and [e["action"] for e in events] == ["create"]
    assert events[0]["after"]["mobile"] == "+32470123456"
    target = tmp_path / "logboek.csv"
    assert run("audit", "export", "-o", str(target))[0] == 0
    assert "member" in target.read_text(encoding="utf-8-sig")


def test_operators(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-wachtwoord\n"))
    code, _out, err = run("operators", "add", "chef", "--role", "balie", "--password-stdin")
    assert code == 1 and "Maak eerst een hoofdgebruiker aan" in err  # never silently an admin
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-wachtwoord\n"))
    code, _out, err = run("operators", "add", "chef", "--role", "admin", "--password-stdin")
    assert code == 0, err
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-wachtwoord\nkort\n"))
    code, _, err = run(
        "--user", "chef", "--password-stdin", "operators", "add", "jan", "--role", "balie",
        "--password-stdin",
    )  # fmt: skip
    assert code == 1 and "te kort" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-wachtwoord\n"))
    listed = json.loads(run("--user", "chef", "--password-stdin", "operators", "list", "--json")[1])
    assert [(o["username"], o["role"]) for o in listed] == [("chef", "admin")]
