"""Windows is a target: the CLI, the services and a real-modem send never need fcntl, termios
or pty (issue 11 item 8). Each check runs in a fresh interpreter whose import system refuses
them, as on Windows; the ``sim`` modem then works without a pty (sms/simulated.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from bindesk.sms.emulator import Emulator

BLOCKER = textwrap.dedent(
    """
    import sys

    class _Blocker:
        BLOCKED = ("fcntl", "termios", "pty", "tty")

        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in self.BLOCKED:
                raise ModuleNotFoundError(f"blocked as on Windows: {name}", name=name)
            return None

    sys.meta_path.insert(0, _Blocker())
    for name in _Blocker.BLOCKED:  # loaded by the interpreter's start-up already
        sys.modules.pop(name, None)

    def posix_loaded():
        return sorted(
            m for m in sys.modules
            if m.split(".")[0] in _Blocker.BLOCKED or m == "bindesk.sms.emulator"
        )
    """
)


def _run(body: str, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(body), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_blocker_blocks() -> None:
    """Guards the guard: without it the other tests here prove nothing."""
    for module in ("fcntl", "termios", "pty", "bindesk.sms.emulator"):
        result = _run(f"import {module}")
        assert result.returncode != 0 and "blocked as on Windows" in result.stderr, module


def test_cli_and_services_send_through_the_sim_modem_without_a_pty(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    result = _run(
        """
        import json, sys
        from bindesk.services import (
            alerts, audit, demo, dispatchers, inbox, member_files, members, modems,
            networks, operators, outbox, settings,
        )
        from bindesk.cli import main
        url = sys.argv[1]
        assert main(["--db", url, "demo-data"]) == 0
        assert main(["--db", url, "modem", "add", "sim"]) == 0
        assert main(["--db", url, "alert", "send", "--network", "BIN Oordegem",
                     "--text", "Test zonder pty.", "--yes"]) == 0
        assert main(["--db", url, "outbox", "run", "--until-idle", "--quiet"]) == 0
        assert main(["selftest"]) == 0
        print("POSIX", posix_loaded(), file=sys.stderr)
        """,
        url,
    )
    assert result.returncode == 0, result.stderr
    assert "POSIX []" in result.stderr, result.stderr
    assert "gesimuleerde modem (geen pty op dit systeem)" in result.stdout
    status = subprocess.run(
        [sys.executable, "-m", "bindesk", "--db", url, "outbox", "status", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    doc = json.loads(status.stdout)
    (alert,) = doc["alerts"]
    assert alert["deliveries"] and {d["state"] for d in alert["deliveries"]} == {"sent"}
    assert all(d["modem"].endswith(":sim0") for d in alert["deliveries"])
    (beat,) = doc["dispatchers"]
    assert beat["alive"] is False and beat["stopped_at"] and beat["last_sent_at"]
    assert beat["modems"][0]["simulated"] is True


def test_a_real_modem_sends_through_gammu_without_posix_modules() -> None:
    """The emulator runs here (it needs a pty); the blocked interpreter only sees a serial
    device, as a Windows desk sees COM3, and sends through python-gammu's real AT driver."""
    with Emulator() as emu:
        result = _run(
            """
            import sys
            from bindesk.sms.modem import Modem, ModemSpec
            with Modem(ModemSpec.parse("at:" + sys.argv[1])) as modem:
                refs = modem.send("+32470112233", "Inbraak in de Kerkstraat.", unicode=False)
                refs += modem.send("+32470112233", "Café gesloten: één auto.", unicode=True)
            print("REFS", len(refs), "POSIX", posix_loaded(), file=sys.stderr)
            """,
            emu.device,
        )
        assert result.returncode == 0, result.stderr
        assert "REFS 2 POSIX []" in result.stderr, result.stderr
        assert [(s.number, s.text) for s in emu.sent()] == [
            ("+32470112233", "Inbraak in de Kerkstraat."),
            ("+32470112233", "Café gesloten: één auto."),
        ]
