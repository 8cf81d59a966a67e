"""The SMS verbs of the command line against the AT emulator (real python-gammu)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bindesk.cli import main
from bindesk.sms.emulator import Emulator


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def _setup(run) -> None:  # type: ignore[no-untyped-def]
    assert run("networks", "add", "BIN Oordegem", "--municipality", "Lede")[0] == 0
    for i, (street, mobile) in enumerate(
        [("Kerkstraat", "0470 20 00 01"), ("Dorp", "0470 20 00 02")]
    ):
        code, _out, err = run(
            "members",
            "add",
            "--network",
            "Oordegem",
            "--first-name",
            "Lid",
            "--last-name",
            f"Nr{i}",
            "--street",
            street,
            "--number",
            "1",
            "--postal-code",
            "9340",
            "--municipality",
            "Oordegem",
            "--mobile",
            mobile,
        )
        assert code == 0, err


def test_modem_check(run, emulator: Emulator) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("modem", "check", "--modem", emulator.device, "--json")
    assert code == 0
    (info,) = json.loads(out)
    assert info["ok"] and info["imei"] == "350000000000001" and info["smsc"] == "+32475161616"
    assert info["network"] and isinstance(info["signal_percent"], int)
    emulator.set_registered(False)
    try:
        code, out, _ = run("modem", "check", "--modem", emulator.device)
    finally:
        emulator.set_registered(True)
    assert code == 1 and "niet aangemeld" in out
    code, _, err = run("modem", "check")
    assert code == 1 and "Geen modem opgegeven" in err


def test_send_run_status_inbox(run, emulator: Emulator) -> None:  # type: ignore[no-untyped-def]
    emulator.clear_records()
    _setup(run)
    code, out, err = run("alert", "send", "--network", "Oordegem", "--text", "Test")
    assert code == 1 and "--yes" in err
    assert json.loads(run("outbox", "status", "--json")[1]) == {"alerts": [], "dispatchers": []}
    code, out, _ = run(
        "alert",
        "send",
        "--network",
        "Oordegem",
        "--tip",
        "verdachte-persoon",
        "--field",
        "tijdstip=21u",
        "--field",
        "omschrijving=man met rugzak",
        "--street",
        "Kerkstraat",
        "--yes",
        "--json",
    )
    assert code == 0
    queued = json.loads(out)
    assert queued["recipients"] == 2 and queued["encoding"] == "gsm7" and queued["segments"] == 1
    status = json.loads(run("outbox", "status", "--alert", str(queued["alert_id"]), "--json")[1])
    (alert,) = status["alerts"]
    assert alert["counts"] == {"queued": 2}
    assert alert["deliveries"][0]["mobile"] == "+32470200001"  # Kerkstraat first

    code, out, err = run("outbox", "run", "--modem", emulator.device, "--until-idle")
    assert code == 0, err
    sent = sorted(m.number for m in emulator.sent())
    assert sent == ["+32470200001", "+32470200002"]
    assert "Kerkstraat (21u): man met rugzak" in emulator.sent()[0].text
    (alert,) = json.loads(run("outbox", "status", "--json")[1])["alerts"]
    assert set(alert["counts"]) <= {"sent", "delivered"} and sum(alert["counts"].values()) == 2

    emulator.inject_sms("+32470200002", "stop")
    code, out, err = run("outbox", "run", "--modem", emulator.device, "--until-idle")
    assert code == 0, err
    inbox = json.loads(run("inbox", "list", "--json")[1])
    assert [(m["mobile"], m["action"]) for m in inbox] == [("+32470200002", "opt_out")]
    assert any("uitgeschreven" in m.text for m in emulator.sent())  # confirmed by SMS
    members = {m["mobile"]: m for m in json.loads(run("members", "list", "--json")[1])}
    assert members["+32470200002"]["opted_out_at"] is not None


def test_cancel_and_retry_verbs(run) -> None:  # type: ignore[no-untyped-def]
    _setup(run)
    code, out, _ = run(
        "alert", "send", "--network", "Oordegem", "--text", "Noël", "--yes", "--json"
    )
    alert_id = str(json.loads(out)["alert_id"])
    assert json.loads(out)["encoding"] == "ucs2"
    code, out, _ = run("outbox", "cancel", "--alert", alert_id)
    assert code == 0 and out.startswith("2 levering(en)")
    code, _, err = run("outbox", "cancel", "--alert", alert_id)
    assert code == 1 and "niets meer" in err
    code, out, _ = run("outbox", "retry", "--alert", alert_id)
    assert code == 0 and out.startswith("0 levering(en)")
    code, _, err = run("outbox", "retry", "--alert", "999")
    assert code == 1 and "bestaat niet" in err
    code, out, _ = run(
        "alert",
        "send",
        "--network",
        "Oordegem",
        "--text",
        "Noël",
        "--yes",
        "--transliterate",
        "--json",
    )
    assert json.loads(out)["encoding"] == "gsm7"
