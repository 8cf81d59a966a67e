"""``bindesk modem detect/list/add/remove/test`` and ``outbox run`` with the stored modems,
against the AT emulator (python-gammu's real AT driver)."""

from __future__ import annotations

import io
import json

import pytest

from bindesk.cli import main
from bindesk.sms.emulator import Emulator
from bindesk.sms.probe import TEST_TEXT


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("BINDESK_MODEMS", raising=False)

    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def test_detect_lists_candidate_ports_or_says_where_to_look(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("modem", "detect", "--json")
    assert code == 0
    ports = json.loads(out)
    assert all(p["device"].startswith(("/dev/tty", "COM", "/dev/cu.")) for p in ports)
    if not ports:  # a container has no USB modem: the desk is told where to look
        code, out, _ = run("modem", "detect")
        assert "Geen modem gevonden" in out


def test_add_test_run_remove_with_a_pin_from_stdin(run) -> None:  # type: ignore[no-untyped-def]
    with Emulator() as emu:
        emu.require_pin("2468")
        code, out, err = run("modem", "add", emu.device, "--pin-stdin", stdin="2468\n")
        assert code == 0, err
        assert "PIN-code ingesteld" in out and "2468" not in out
        (row,) = json.loads(run("modem", "list", "--json")[1])
        assert row["has_pin"] is True and "pin" not in row and "2468" not in json.dumps(row)

        code, out, err = run("modem", "test", str(row["id"]), "0470 11 22 33")
        assert code == 0, err
        assert [(s.number, s.text) for s in emu.sent()] == [("+32470112233", TEST_TEXT)]

        # outbox run with no --modem takes the stored modem, PIN included
        assert run("networks", "add", "BIN Oordegem", "--municipality", "Lede")[0] == 0
        code, _, err = run(
            "members", "add", "--network", "Oordegem", "--first-name", "An",
            "--last-name", "Lid", "--street", "Dorp", "--number", "1",
            "--postal-code", "9340", "--municipality", "Oordegem", "--mobile", "0470 20 00 01",
        )  # fmt: skip
        assert code == 0, err
        code, _, err = run(
            "alert", "send", "--network", "Oordegem", "--text", "Via de bewaarde modem.", "--yes"
        )
        assert code == 0, err
        code, _, err = run("outbox", "run", "--until-idle", "--quiet")
        assert code == 0, err
        assert emu.sent()[-1].number == "+32470200001"
        status = json.loads(run("outbox", "status", "--json")[1])
        (beat,) = status["dispatchers"]
        assert beat["modems"][0]["id"].endswith(emu.device)
        assert set(beat) >= {"host", "modems", "last_seen"}

        assert run("modem", "remove", str(row["id"]))[0] == 0
        assert json.loads(run("modem", "list", "--json")[1] or "[]") == []
        code, _, err = run("outbox", "run", "--until-idle")
        assert code == 1 and "bindesk modem add" in err


def test_a_wrong_pin_is_told_in_dutch(run) -> None:  # type: ignore[no-untyped-def]
    with Emulator() as emu:
        emu.require_pin("2468")
        assert run("modem", "add", emu.device, "--pin-stdin", stdin="1111\n")[0] == 0
        code, _, err = run("modem", "test", "1", "0470112233")
        assert code == 1 and "PIN-code geweigerd" in err
        assert emu.sent() == []
