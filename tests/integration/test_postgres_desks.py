"""Several desks on one PostgreSQL database, through python-gammu's real AT driver.

Each "desk" is its own process (``bindesk outbox run``) or its own engine; the emulators live
in this process, so their record of what went over the air survives a killed dispatcher,
as a real modem's would.
"""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery
from bindesk.services import alerts, outbox
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories as f
from tests.pg import fresh_pg_database, needs_postgres

pytestmark = [*needs_postgres, pytest.mark.slow]

OUTBOX = 500
MODEMS_PER_DESK = 16  # 0.7 s per SMS and modem (libGammu's own pauses): 500 SMS in ~12 s


@pytest.fixture
def pg() -> Iterator[Database]:
    yield from fresh_pg_database()


@pytest.fixture
def emulators() -> Iterator[list[Emulator]]:
    made: list[Emulator] = []
    yield made
    for emulator in made:
        emulator.stop()


def _start(emulators: list[Emulator], n: int) -> list[str]:
    started = [Emulator() for _ in range(n)]
    emulators.extend(started)
    return [e.start() for e in started]


def _dispatcher(url: str, devices: list[str], log: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "bindesk", "--db", url, "outbox", "run", "--until-idle"]
    argv.append("--quiet")
    for device in devices:
        argv += ["--modem", device]
    with log.open("ab") as out:
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)


def _queue(db: Database, admin: Actor, name: str, count: int, start: int, text: str) -> int:
    with db.session() as s:
        net = f.network(s, admin, name)
        f.numbered_members(s, admin, net, count, start=start)
        return alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text=text)).id


def _states(db: Database, alert_id: int) -> dict[str, str]:
    with db.read_session() as s:
        return {
            d.mobile: d.state
            for d in s.scalars(select(Delivery).where(Delivery.alert_id == alert_id))
        }


def _received(emulators: list[Emulator], text: str) -> collections.Counter[str]:
    return collections.Counter(m.number for e in emulators for m in e.sent() if m.text == text)


def test_two_dispatchers_on_two_desks_race_on_500_and_send_none_twice(
    pg: Database, admin: Actor, emulators: list[Emulator], tmp_path: Path
) -> None:
    text = "Alarm: verdachte personen in de wijk. Sluit ramen en deuren."
    alert_id = _queue(pg, admin, "BIN Oordegem", OUTBOX, 0, text)
    log = tmp_path / "dispatchers.log"
    desks = [_dispatcher(pg.url, _start(emulators, MODEMS_PER_DESK), log) for _ in range(2)]
    for desk in desks:
        assert desk.wait(timeout=240) == 0, log.read_text(errors="replace")
    received = _received(emulators, text)
    assert [n for n, c in received.items() if c > 1] == []
    final = _states(pg, alert_id)
    assert len(final) == OUTBOX and set(final.values()) <= {"sent", "delivered"}
    assert set(received) == set(final)  # every recipient got it exactly once
    with pg.read_session() as s:
        per_desk = collections.Counter(
            (d.modem or "").split(":", 1)[1] in {e.device for e in emulators[:MODEMS_PER_DESK]}
            for d in s.scalars(select(Delivery))
        )
    assert per_desk[True] > 50 and per_desk[False] > 50, per_desk  # both desks really raced


def test_a_dispatcher_killed_mid_send_leaves_uncertain_not_duplicates(
    pg: Database, admin: Actor, emulators: list[Emulator], tmp_path: Path
) -> None:
    text = "Alarm: inbraak gemeld in de Kerkstraat."
    recipients = 36
    alert_id = _queue(pg, admin, "BIN Bambrugge", recipients, 1000, text)
    devices = _start(emulators, 6)  # six SMS on the air at any moment
    log = tmp_path / "dispatcher.log"
    process = _dispatcher(pg.url, devices, log)
    deadline = time.monotonic() + 120
    while sum(_received(emulators, text).values()) < 8:
        assert process.poll() is None, log.read_text(errors="replace")
        assert time.monotonic() < deadline, "dispatcher too slow"
        time.sleep(0.02)
    time.sleep(0.3)  # land inside the next sends
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with pg.read_session() as s:
        in_flight = s.scalar(
            select(func.count()).where(Delivery.alert_id == alert_id, Delivery.state == "sending")
        )
    restart = _dispatcher(pg.url, devices, log)
    assert restart.wait(timeout=180) == 0, log.read_text(errors="replace")
    received = _received(emulators, text)
    final = _states(pg, alert_id)
    assert len(final) == recipients
    assert [n for n, c in received.items() if c > 1] == []
    assert set(final.values()) <= {"sent", "delivered", "uncertain"}, final
    for mobile, state in final.items():
        if state in ("sent", "delivered"):
            assert mobile in received, f"{mobile} shown {state} but never sent"
    uncertain = sum(1 for v in final.values() if v == "uncertain")
    assert in_flight, "the kill landed while nothing was being sent"
    assert 0 < uncertain <= in_flight  # what was on the modems at the kill, never resent


def test_desk_a_composes_while_desk_b_dispatches(
    pg: Database, admin: Actor, emulators: list[Emulator]
) -> None:
    first = _queue(pg, admin, "BIN Oordegem", 20, 0, "Eerste alarm")
    desk_a = open_database(pg.url)  # composes; desk B (pg) dispatches
    dispatcher = Dispatcher(
        outbox.OutboxQueue(pg),
        [ModemSpec.parse(d) for d in _start(emulators, 5)],
        DispatcherSettings(poll_interval=0.05),
    )
    composed: list[tuple[int, int]] = []  # (alert, deliveries of the first still to send)
    try:
        dispatcher.start()
        while "sent" not in _states(pg, first).values():
            time.sleep(0.05)

        def compose() -> None:
            for i in range(3):
                waiting = sum(1 for v in _states(desk_a, first).values() if v != "sent")
                new = _queue(desk_a, admin, f"BIN Aaigem {i}", 5, 2000 + 10 * i, f"Alarm {i}")
                composed.append((new, waiting))

        composer = threading.Thread(target=compose)
        composer.start()
        composer.join(timeout=60)
        assert not composer.is_alive()
        deadline = time.monotonic() + 120
        assert dispatcher.run_until_idle(give_up=lambda: time.monotonic() > deadline)
    finally:
        dispatcher.stop()
        desk_a.dispose()
    assert len(composed) == 3
    assert composed[0][1] > 0  # desk A queued while desk B was still sending the first alert
    everything = [first] + [a for a, _ in composed]
    numbers = collections.Counter(m.number for e in emulators for m in e.sent())
    assert [n for n, c in numbers.items() if c > 1] == []
    for alert_id in everything:
        assert set(_states(pg, alert_id).values()) <= {"sent", "delivered"}
    assert sum(numbers.values()) == 20 + 3 * 5
