"""Dispatcher heartbeats: live while beating, stopped when stopped, gone when silent."""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import update

from bindesk.db.engine import Database
from bindesk.db.models import DispatcherHeartbeat
from bindesk.services import dispatchers
from bindesk.sms.dispatcher import DeliveryUpdate, ModemStatus
from bindesk.sms.modem import ModemInfo

INFO = ModemInfo("Huawei", "E3372", "35", 80, "Orange B", "20610", True, "+32495002530", False)


def test_a_beating_dispatcher_is_live_with_its_modems_and_last_send(db: Database) -> None:
    beat = dispatchers.Heartbeat(db, kind="cli", host="pc-modem")
    beat.set_modems([("pc-modem:/dev/ttyUSB0", "/dev/ttyUSB0", False)])
    beat.start()
    try:
        beat.listen(ModemStatus("pc-modem:/dev/ttyUSB0", "/dev/ttyUSB0", "ready", info=INFO))
        beat.listen(DeliveryUpdate(1, 1, "sent", "pc-modem:/dev/ttyUSB0"))
        beat.beat()
        with db.read_session() as s:
            (live,) = dispatchers.live_dispatchers(s)
            (doc,) = dispatchers.status_json(s)
        assert (live.host, live.kind, live.ready_modems) == ("pc-modem", "cli", 1)
        assert live.last_sent_at is not None and live.stopped_at is None
        assert doc["alive"] is True and doc["host"] == "pc-modem"
        (modem,) = doc["modems"]
        assert {k: modem[k] for k in ("id", "state", "signal", "operator")} == {
            "id": "pc-modem:/dev/ttyUSB0",
            "state": "ready",
            "signal": 80,
            "operator": "Orange B",
        }
    finally:
        beat.stop()
    with db.read_session() as s:
        assert dispatchers.live_dispatchers(s) == []
        (doc,) = dispatchers.status_json(s)
        assert doc["alive"] is False and doc["stopped_at"] is not None
        assert dispatchers.last_dispatching_at(s) is not None


def test_a_silent_dispatcher_is_not_live_after_30_seconds(db: Database) -> None:
    """A killed process writes no stop: only its silence tells."""
    beat = dispatchers.Heartbeat(db, kind="desk", host="pc-onthaal", interval_s=3600)
    beat.start()  # one beat, then (for this test) silence
    with db.read_session() as s:
        assert len(dispatchers.live_dispatchers(s)) == 1
    with db.session() as s:
        s.execute(
            update(DispatcherHeartbeat).values(
                last_seen=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=31)
            )
        )
    with db.read_session() as s:
        assert dispatchers.live_dispatchers(s) == []
        assert len(dispatchers.live_dispatchers(s, within_seconds=60)) == 1
        state = dispatchers.dispatch_state(s)
        assert not state.anyone and state.last_alive_at is not None


def test_nobody_ever_dispatched(db: Database) -> None:
    with db.read_session() as s:
        state = dispatchers.dispatch_state(s)
        assert dispatchers.status_json(s) == []
    assert not state.anyone and state.last_alive_at is None


def test_a_modem_changing_state_beats_early(db: Database) -> None:
    beat = dispatchers.Heartbeat(db, kind="desk", host="pc-onthaal", interval_s=3600)
    beat.set_modems([("pc-onthaal:sim0", "SIMULATIE", True)])
    beat.start()
    try:
        beat.listen(ModemStatus("pc-onthaal:sim0", "SIMULATIE", "ready", info=INFO))

        def ready() -> bool:
            with db.read_session() as s:
                (live,) = dispatchers.live_dispatchers(s)
            return live.ready_modems == 1

        deadline = dt.datetime.now() + dt.timedelta(seconds=10)
        while not ready():  # written by the heartbeat thread within about a second
            assert dt.datetime.now() < deadline, "the state change was not written early"
            threading.Event().wait(0.05)
    finally:
        beat.stop()
