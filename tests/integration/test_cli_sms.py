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
    # failed before: "0 levering(en) ..." and exit 0, nothing said about the rows left alone
    code, out, err = run("outbox", "cancel", "--alert", alert_id)
    assert code == 1 and "geen enkele levering" in err
    assert out.count("niet gewijzigd, is al geannuleerd") == 2
    code, out, err = run("outbox", "retry", "--alert", alert_id)
    assert code == 1 and out.count("niet gewijzigd, is geannuleerd") == 2
    code, _, err = run("outbox", "retry", "--alert", "999")
    assert code == 1 and "bestaat niet" in err
    deliveries = json.loads(run("outbox", "status", "--alert", alert_id, "--json")[1])
    first = deliveries["alerts"][0]["deliveries"][0]["id"]
    code, out, err = run("outbox", "retry", "--delivery", str(first), "--delivery", "9999")
    assert code == 1
    assert f"levering {first}: niet gewijzigd, is geannuleerd" in out
    assert "levering 9999: niet gewijzigd, bestaat niet" in out
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


def test_run_until_idle_ends_with_a_summary_and_fails_when_a_row_failed(  # type: ignore[no-untyped-def]
    run, emulator: Emulator
) -> None:
    """Failed before: exit 0 and no summary, although a member got nothing."""
    emulator.clear_records()
    _setup(run)
    emulator.fail_number("+32470200002", cms=1)  # unassigned number: refused at once
    try:
        code, out, _ = run("alert", "send", "--network", "Oordegem", "--text", "Test", "--yes")
        assert code == 0
        code, out, err = run("outbox", "run", "--modem", emulator.device, "--until-idle")
    finally:
        emulator.reset_faults()
    assert code == 1
    summary = [line for line in out.splitlines() if line.startswith("Samenvatting")]
    assert summary and "1 mislukt" in summary[0]
    assert "mislukt of onzeker" in err and "--delivery" in err
    deliveries = json.loads(run("outbox", "status", "--json")[1])["alerts"][0]["deliveries"]
    failed = next(d for d in deliveries if d["state"] == "failed")
    assert failed["attempts"] == 1 and "code 1" in failed["error"]
    code, out, err = run("outbox", "retry", "--delivery", str(failed["id"]))
    assert code == 0 and out.startswith("1 levering(en) opnieuw in de wachtrij")
    code, out, err = run("outbox", "run", "--modem", emulator.device, "--until-idle")
    assert code == 0, err
    assert "Samenvatting: 1 " in out


def test_modem_check_enters_a_refused_pin_once(run) -> None:  # type: ignore[no-untyped-def]
    """Failed before: every 'modem check' entered the same wrong PIN again (3 = PUK)."""

    def entries(emu: Emulator) -> int:
        return sum(d.count(b"AT+CPIN=") for _, way, d in emu.trace() if way == "rx")

    with Emulator(pin="1234") as locked:
        wrong = locked.device + "?pin=9999"
        code, _, err = run("modem", "check", "--modem", wrong)
        assert code == 1 and "PIN-code geweigerd" in _ + err
        code, out, err = run("modem", "check", "--modem", wrong)
        assert code == 1 and "eerder" in out + err
        assert entries(locked) == 1
        code, out, _ = run("modem", "forget-pin")
        assert code == 0 and out.startswith("1 geweigerde PIN-code")
        code, out, _ = run("modem", "check", "--modem", locked.device + "?pin=1234")
        assert code == 0 and entries(locked) == 2
