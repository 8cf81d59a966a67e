"""Verzonden at scale, through python-gammu's real AT driver and emulated modems: every
delivery's state is right at the end of a 300-member send, and refreshing the page leaves
nothing behind (live objects and RSS stay flat)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery
from bindesk.gui.desk import Desk
from bindesk.gui.models.outbox_models import ID_ROLE, DeliveryTableModel, state_labels
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.gui.sending import SendingBridge
from bindesk.services import alerts
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories as f

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="the AT emulator needs a pty"),
]

FAST = DispatcherSettings(
    poll_interval=0.05, inbound_interval_idle=0.3, inbound_interval_busy=2.0, reopen_min=0.2
)
SEND_TIMEOUT_MS = 240_000


@pytest.fixture
def emulators(request: pytest.FixtureRequest) -> Iterator[list[Emulator]]:
    made = [Emulator() for _ in range(request.param)]
    for emu in made:
        emu.start()
    yield made
    for emu in made:
        emu.stop()


def _send(qtbot: QtBot, db: Database, admin: Actor, members: int, emus: list[Emulator]):  # type: ignore[no-untyped-def]
    with db.session() as s:
        net = f.network(s, admin, "BIN Groot")
        f.numbered_members(s, admin, net, members)
    bridge = SendingBridge(db, [ModemSpec.parse(e.device) for e in emus], settings=FAST)
    desk = Desk(db, admin)
    page = OutboxPage(desk, bridge)
    qtbot.addWidget(page)
    page.show()
    assert bridge.start()
    with db.session() as s:
        queued = alerts.queue_composition(
            s, admin, alerts.Composition(("BIN Groot",), "urgent", None, "Test: sluit af.")
        )
    bridge.wake()
    page.show_alert(queued.alert_id)

    def settled() -> bool:
        with db.read_session() as s:
            states = s.scalars(select(Delivery.state).where(Delivery.alert_id == queued.alert_id))
            return not {"queued", "sending"} & set(states)

    qtbot.waitUntil(settled, timeout=SEND_TIMEOUT_MS)
    with qtbot.waitSignal(bridge.running_changed, timeout=60_000):
        bridge.stop()  # no status report may change a state between the two readings below
    return desk, page, bridge, queued


def _page_states(model: DeliveryTableModel) -> dict[int, str]:
    column = DeliveryTableModel.COLUMNS.index("state")
    return {
        model.index(r, 0).data(ID_ROLE): model.index(r, column).data()
        for r in range(model.rowCount())
    }


@pytest.mark.parametrize("emulators", [3], indirect=True)
def test_every_delivery_of_a_300_member_send_shows_its_state(
    qtbot: QtBot, db: Database, admin: Actor, emulators: list[Emulator]
) -> None:
    """GIVEN an alert to 300 members sent through three emulated modems while the Verzonden
    page follows it (incremental refreshes only, after the first load),
    WHEN sending is over,
    THEN every delivery row on the page says what the database says, and so do the counts."""
    desk, page, _bridge, queued = _send(qtbot, db, admin, 300, emulators)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    with db.read_session() as s:
        truth = dict(
            s.execute(
                select(Delivery.id, Delivery.state).where(Delivery.alert_id == queued.alert_id)
            ).all()
        )
    labels = state_labels()
    assert len(truth) == 300
    assert page.selected_id() == queued.alert_id
    assert _page_states(page.deliveries) == {i: labels[state] for i, state in truth.items()}
    summary = page.selected_summary()
    assert summary is not None
    counted: dict[str, int] = {}
    for state in truth.values():
        counted[state] = counted.get(state, 0) + 1
    assert summary.counts == counted
    assert sum(counted.get(s, 0) for s in ("sent", "delivered")) == 300
    assert len(emulators[0].sent()) + len(emulators[1].sent()) + len(emulators[2].sent()) == 300
    desk.tasks.shutdown()


def _rss_kb() -> int | None:
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return None


@pytest.mark.parametrize("emulators", [1], indirect=True)
def test_refreshing_verzonden_100_times_leaves_nothing_behind(
    qtbot: QtBot, db: Database, admin: Actor, emulators: list[Emulator]
) -> None:
    """GIVEN a sent alert on the Verzonden page,
    WHEN the page refreshes 100 times (what the 5 s poll does in 8 minutes),
    THEN the live object count and the RSS do not grow with the refreshes."""
    desk, page, _bridge, _queued = _send(qtbot, db, admin, 40, emulators)

    def refreshes(n: int) -> None:
        for _ in range(n):
            with qtbot.waitSignal(page.loaded):
                page.refresh()
        qtbot.waitUntil(lambda: not desk.tasks.busy)

    refreshes(10)  # warm up: caches, first-use imports
    gc.collect()
    objects_before, rss_before = len(gc.get_objects()), _rss_kb()
    refreshes(100)
    gc.collect()
    objects_after, rss_after = len(gc.get_objects()), _rss_kb()
    assert objects_after - objects_before < 1_000, (objects_before, objects_after)
    if rss_before is not None and rss_after is not None:
        assert rss_after - rss_before < 4_096, (rss_before, rss_after)  # KiB
    assert page.deliveries.rowCount() == 40
    desk.tasks.shutdown()
