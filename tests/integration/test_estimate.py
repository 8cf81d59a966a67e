"""The estimate against a real run: dispatcher → python-gammu's AT driver → the emulator.

The dispatcher measures its modem while it sends a first alert; the estimate of a second
one, read back from the database as any desk would, must be within 20 % of how long that
second alert really takes until its last SMS is out.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, ModemRate
from bindesk.services import alerts, outbox, throughput
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories as f

SETTINGS = DispatcherSettings(
    poll_interval=0.05, inbound_interval_idle=0.5, inbound_interval_busy=30.0
)


@pytest.fixture
def slow_emulator() -> Iterator[Emulator]:
    with Emulator(delay=0.25) as emulator:  # a modem that takes its time per part
        yield emulator


def _wait_sent(db: Database, alert_id: int, count: int, timeout: float = 120.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with db.read_session() as s:
            done = s.scalar(
                select(func.count()).where(
                    Delivery.alert_id == alert_id, Delivery.state.in_(("sent", "delivered"))
                )
            )
        if done == count:
            return time.monotonic()
        time.sleep(0.02)
    raise AssertionError("the alert was not sent in time")


def test_the_estimate_is_within_20_percent_of_the_real_run(
    db: Database, admin: Actor, slow_emulator: Emulator
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 8)
        other = f.network(s, admin, "BIN B")
        f.numbered_members(s, admin, other, 16, start=100)
        warm_up = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Eerste")).id
    with db.read_session() as s:  # nobody measured anything yet: the desk says so
        first = throughput.estimate(s, 30)
        assert first.assumed_modem and first.seconds == 30 * throughput.TYPICAL_SECONDS_PER_PART

    dispatcher = Dispatcher(
        outbox.OutboxQueue(db), [ModemSpec.parse(slow_emulator.device)], SETTINGS
    )
    throughput.attach(dispatcher, db)
    dispatcher.start()
    try:
        _wait_sent(db, warm_up, 8)
        with db.session() as s:
            plan = alerts.draft(s, admin, networks=[other], text="Tweede bericht")
            predicted = throughput.estimate(s, plan.sms_count, ahead=throughput.parts_ahead(s, 0))
            second = alerts.queue(s, admin, plan).id
        queued_at = time.monotonic()
        dispatcher.wake()
        finished = _wait_sent(db, second, 16)
    finally:
        dispatcher.stop()
    real = finished - queued_at
    assert predicted.modems_up == 1 and predicted.measured and not predicted.assumed_modem
    print(f"estimate {predicted.seconds:.2f} s, real {real:.2f} s")
    assert abs(predicted.seconds - real) <= 0.2 * real, (predicted.seconds, real)
    with db.read_session() as s:
        row = s.get(ModemRate, dispatcher.modem_ids[0])
        assert row is not None and row.state == "stopped" and row.samples >= 24
        assert throughput.estimate(s, 10).assumed_modem  # stopped: no modem up any more
