"""kill -9 in the middle of an alert, restart, run to idle: nobody gets it twice.

The emulators live in this (pytest) process so their record of what went over the air
survives the killed dispatcher process, exactly like a real modem would keep sending.
"""

from __future__ import annotations

import collections
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bindesk.db.engine import open_database
from bindesk.db.models import Delivery
from bindesk.services import alerts
from bindesk.services.operators import Actor
from bindesk.sms.emulator import Emulator
from tests import factories as f

pytestmark = pytest.mark.posix_only

MODEMS = 10  # more modems in parallel: the same 100 SMS in less wall time
RECIPIENTS = 100
ROUNDS = 10


def _dispatcher(url: str, devices: list[str], log: Path) -> subprocess.Popen[bytes]:
    argv = [
        sys.executable,
        "-m",
        "bindesk",
        "--db",
        url,
        "outbox",
        "run",
        "--until-idle",
        "--quiet",
    ]
    for device in devices:
        argv += ["--modem", device]
    with log.open("ab") as out:  # the child keeps its own descriptor
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)


@pytest.mark.slow
def test_kill_9_mid_alert_then_restart_never_sends_twice(tmp_path: Path, admin: Actor) -> None:
    url = f"sqlite:///{tmp_path / 'crash.sqlite3'}"
    db = open_database(url)
    rng = random.Random(9)
    log = tmp_path / "dispatcher.log"
    emulators = [Emulator() for _ in range(MODEMS)]
    devices = [e.start() for e in emulators]
    total_in_flight = 0
    try:
        for round_no in range(ROUNDS):
            text = f"Alarm ronde {round_no}: verdachte persoon in de Kerkstraat."
            with db.session() as s:
                net = f.network(s, admin, f"BIN Ronde {round_no}")
                f.numbered_members(s, admin, net, RECIPIENTS, start=round_no * 1000)
                alert_id = alerts.queue(
                    s, admin, alerts.draft(s, admin, networks=[net], text=text)
                ).id
            kill_after = rng.randint(3, 70)
            process = _dispatcher(url, devices, log)
            deadline = time.monotonic() + 120
            while sum(1 for e in emulators for m in e.sent() if m.text == text) < kill_after:
                assert process.poll() is None, log.read_text(errors="replace")
                assert time.monotonic() < deadline, "dispatcher too slow"
                time.sleep(0.02)
            time.sleep(rng.random() * 0.7)  # land anywhere inside the next send
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            with db.read_session() as s:
                in_flight = s.scalar(
                    select(func.count()).where(
                        Delivery.alert_id == alert_id, Delivery.state == "sending"
                    )
                )
            total_in_flight += in_flight or 0
            restart = _dispatcher(url, devices, log)
            assert restart.wait(timeout=180) == 0, log.read_text(errors="replace")

            received = collections.Counter(
                m.number for e in emulators for m in e.sent() if m.text == text
            )
            with db.read_session() as s:
                final = {
                    d.mobile: d.state
                    for d in s.scalars(select(Delivery).where(Delivery.alert_id == alert_id))
                }
            assert len(final) == RECIPIENTS
            twice = [n for n, c in received.items() if c > 1]
            assert not twice, f"round {round_no}: sent twice to {twice}"
            assert set(final.values()) <= {"sent", "delivered", "uncertain", "failed"}, final
            for mobile, state in final.items():
                if state in ("sent", "delivered"):
                    assert mobile in received, f"round {round_no}: {mobile} shown {state}"
                else:
                    assert state in ("uncertain", "failed")
            uncertain = sum(1 for v in final.values() if v == "uncertain")
            assert uncertain <= (in_flight or 0), "only rows in flight at the kill are uncertain"
        assert total_in_flight > 0, "no kill ever landed while a message was being sent"
    finally:
        for emulator in emulators:
            emulator.stop()
        db.dispose()
