"""The estimate from stored modem rates: rates add up, unknown ones borrow, none assumes one."""

from __future__ import annotations

import pytest

from bindesk.db.engine import Database
from bindesk.db.models import ModemRate
from bindesk.services import alerts, throughput
from bindesk.services.operators import Actor
from bindesk.sms.rates import Rate
from tests import factories as f


def test_no_modem_up_assumes_one_at_a_typical_rate_and_says_so(db: Database) -> None:
    with db.session() as s:
        s.add(ModemRate(modem_id="pc:/dev/ttyUSB0", state="down", seconds_per_part=1.0, samples=5))
    with db.read_session() as s:
        estimate = throughput.estimate(s, 30)
    assert estimate.assumed_modem and estimate.modems_up == 0
    assert estimate.seconds == 30 * throughput.TYPICAL_SECONDS_PER_PART
    assert "geen modem verbonden" in estimate.as_text_nl()
    assert estimate.as_text_nl().startswith("ongeveer 2 minuten")


def test_the_rates_of_the_modems_that_are_up_add_up(db: Database) -> None:
    with db.session() as s:
        s.add(ModemRate(modem_id="a", state="ready", seconds_per_part=2.0, samples=9))
        s.add(ModemRate(modem_id="b", state="ready", seconds_per_part=6.0, samples=9))
        s.add(ModemRate(modem_id="c", state="ready", seconds_per_part=None, samples=0))
    with db.read_session() as s:
        estimate = throughput.estimate(s, 100, ahead=20)
    # a: 0.5/s, b: 1/6 per s, c unmeasured borrows the mean 4 s: 0.25/s
    assert estimate.seconds == pytest.approx(120 / (0.5 + 1 / 6 + 0.25))
    assert estimate.measured and estimate.modems_up == 3
    assert throughput.duration_nl(estimate.seconds) == "ongeveer 3 minuten"
    assert throughput.duration_nl(1) == "ongeveer 1 seconde"
    assert throughput.duration_nl(60) == "ongeveer 1 minuut"
    assert throughput.duration_nl(3 * 3600 + 1800) == "ongeveer 3,5 uur"


def test_states_and_rates_are_recorded_and_urgent_work_ahead_counts(
    db: Database, admin: Actor
) -> None:
    recorder = throughput.RateRecorder(db)
    recorder.store_rate(Rate("pc:sim0", 0.5, 3))
    assert recorder.stored("pc:sim0") == Rate("pc:sim0", 0.5, 3)
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 4)
        long = "x" * 200  # 2 parts
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text=long))
        alerts.queue(
            s, admin, alerts.draft(s, admin, networks=[net], text="Tip", kind="prevention")
        )
    with db.read_session() as s:
        # a new urgent alert's members outside the incident street have priority 0 + 1
        assert throughput.parts_ahead(s, 0) == 0
        assert throughput.parts_ahead(s, alerts.KIND_PRIORITY[alerts.AlertKind.URGENT] + 1) == 8
        assert throughput.parts_ahead(s, 100) == 12
