"""The desk's dispatcher bridge: which modems, SIMULATIE, signals on the GUI thread at most
~10 times a second, never blocking the window; end to end through python-gammu's real AT
driver and the emulator, driven from the Alarm page and watched on the Verzonden page."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.gui.sending import FLUSH_INTERVAL_MS, ModemView, SendingBridge
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import DeliveryUpdate, DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories as f

FAST = DispatcherSettings(
    poll_interval=0.05,
    inbound_interval_idle=0.3,
    inbound_interval_busy=5.0,
    reopen_min=0.2,
    reopen_max=1.0,
)
MODEM_TIMEOUT_MS = 60_000  # gammu's Init() alone takes ~4 s; each SMS ~0.7 s


@pytest.fixture
def bridges() -> Iterator[list[SendingBridge]]:
    made: list[SendingBridge] = []
    yield made
    for bridge in made:
        assert bridge.shutdown(30.0), "the modem threads did not stop"


@pytest.fixture
def small_db(db: Database, admin: Actor) -> Database:
    """A real (not demo) database: one BIN of three members, one more elsewhere."""
    with db.session() as s:
        net = f.network(s, admin, "BIN Kerkstraat")
        other = f.network(s, admin, "BIN Elders")
        f.numbered_members(s, admin, net, 3, street="Kerkstraat")
        f.numbered_members(s, admin, other, 1, start=50)
    return db


def test_without_configured_modems_the_desk_simulates(db: Database) -> None:
    bridge = SendingBridge(db)
    assert bridge.simulated
    assert [s.raw for s in bridge.specs] == ["sim"]
    (view,) = bridge.modems()
    assert (view.label, view.simulated, view.state) == ("SIMULATIE", True, "not_started")
    assert not bridge.is_running


def test_configured_modems_are_used(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BINDESK_MODEMS", "at:/dev/ttyUSB7, COM3?pin=1234")
    bridge = SendingBridge(db)
    assert not bridge.simulated
    assert [v.label for v in bridge.modems()] == ["/dev/ttyUSB7", "COM3"]
    assert bridge.specs[1].pin == "1234"


def test_a_wrong_modem_setting_is_told_not_replaced_by_the_simulation(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINDESK_MODEMS", "tcp:10.0.0.1")
    bridge = SendingBridge(db)
    assert bridge.specs == [] and not bridge.simulated
    assert "Onbekend verbindingstype 'tcp'" in bridge.problem
    with qtbot.waitSignal(bridge.problem_changed) as told:
        assert bridge.start() is False
    assert told.args == [bridge.problem]


def test_demo_numbers_never_go_through_a_real_modem(
    qtbot: QtBot, demo_db: Database, bridges: list[SendingBridge]
) -> None:
    bridge = SendingBridge(demo_db, ["at:/dev/ttyUSB7"], settings=FAST)
    bridges.append(bridge)
    with qtbot.waitSignal(bridge.problem_changed) as told:
        assert bridge.start() is False
    assert "demogegevens met fictieve nummers" in told.args[0]
    assert not bridge.is_running


def test_events_from_modem_threads_arrive_coalesced_on_the_gui_thread(
    qtbot: QtBot, db: Database, bridges: list[SendingBridge]
) -> None:
    """500 events from another thread in a burst: every alert id arrives, in few emissions,
    at least one flush interval apart, on the GUI thread."""
    bridge = SendingBridge(db, ["sim"], settings=FAST)
    bridges.append(bridge)
    seen: set[int] = set()
    emissions: list[float] = []
    threads: list[QThread] = []

    def received(alert_ids: frozenset[int]) -> None:
        emissions.append(time.monotonic())
        threads.append(QThread.currentThread())
        seen.update(alert_ids)

    bridge.deliveries_changed.connect(received)
    assert bridge.start()

    def burst() -> None:
        for i in range(500):
            bridge.on_event(DeliveryUpdate(i, 1000 + i % 37, "sent", "test:modem"))
            if i % 50 == 0:
                time.sleep(0.02)  # the modem thread takes its time between sends

    worker = threading.Thread(target=burst)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 37, timeout=5_000)
    assert seen == {1000 + i for i in range(37)}
    assert all(t is QThread.currentThread() for t in threads)
    gaps = [b - a for a, b in itertools.pairwise(emissions)]
    assert len(emissions) <= 6, emissions
    assert all(gap >= FLUSH_INTERVAL_MS / 1000 * 0.8 for gap in gaps), gaps


def test_stop_never_freezes_the_window(
    qtbot: QtBot, db: Database, bridges: list[SendingBridge]
) -> None:
    """Stopping while the modem is still in its ~4 s Init(): stop() returns at once; the
    bridge reports it stopped later."""
    bridge = SendingBridge(db, ["sim"], settings=FAST)
    bridges.append(bridge)
    assert bridge.start()
    started = time.monotonic()
    with qtbot.waitSignal(bridge.running_changed, timeout=MODEM_TIMEOUT_MS) as stopped:
        bridge.stop()
        assert time.monotonic() - started < 0.2
    assert stopped.args == [False]
    assert not bridge.is_running
    assert bridge.modems()[0].state == "stopped"


@pytest.mark.slow
def test_alert_sent_through_the_emulator_shows_as_sent(
    qtbot: QtBot,
    small_db: Database,
    balie: Actor,
    bridges: list[SendingBridge],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """GIVEN the desk's bridge on an emulated modem (python-gammu's real AT driver),
    WHEN the officer sends a tip to a BIN of three from the Alarm page,
    THEN the three members' phones get it, and the Verzonden page says 'verzonden'."""
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    with Emulator() as emu:
        bridge = SendingBridge(small_db, [ModemSpec.parse(emu.device)], settings=FAST)
        bridges.append(bridge)
        desk = Desk(small_db, balie)
        alarm = AlertPage(desk, bridge)
        sent_page = OutboxPage(desk, bridge)
        for page in (alarm, sent_page):
            qtbot.addWidget(page)
        alarm.alert_queued.connect(sent_page.show_alert)
        sent_page.show()
        modem_views: list[tuple[ModemView, ...]] = []
        bridge.modems_changed.connect(modem_views.append)
        assert bridge.start()

        with qtbot.waitSignal(alarm.loaded):
            alarm.refresh()
        networks = alarm.ui.networks_list
        items = [networks.item(i) for i in range(networks.count())]
        assert [i.text() for i in items] == ["BIN Elders · 1 lid", "BIN Kerkstraat · 3 leden"]
        items[1].setCheckState(Qt.CheckState.Checked)
        alarm.select_tip("inbraak-gepleegd")
        alarm.ui.street_combo.setEditText("Kerkstraat")
        alarm.field_edit("tijdstip").setText("vannacht")  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: alarm.last_draft is not None and alarm.last_draft.recipients == 3)

        with qtbot.waitSignal(alarm.alert_queued) as queued:
            alarm.send()
        alert_id = queued.args[0]

        def all_sent() -> bool:
            summary = sent_page.model.summary(alert_id)
            return summary is not None and summary.finished == 3 and summary.waiting == 0

        qtbot.waitUntil(all_sent, timeout=MODEM_TIMEOUT_MS)
        assert sent_page.selected_id() == alert_id
        qtbot.waitUntil(lambda: sent_page.deliveries.rowCount() == 3)
        states = {
            sent_page.deliveries.index(r, 2).data() for r in range(sent_page.deliveries.rowCount())
        }
        assert states <= {"verzonden", "afgeleverd"} and states
        received = sorted(s.number for s in emu.sent())
        assert received == ["+32470000000", "+32470000001", "+32470000002"]
        assert all("inbraak in de Kerkstraat (vannacht)" in s.text for s in emu.sent())
        ready = [v for views in modem_views for v in views if v.state == "ready"]
        assert ready and ready[-1].info is not None and ready[-1].info.network_name
        assert sent_page.modem_rows and not sent_page.modem_rows[0].badge.isVisibleTo(sent_page)
        with small_db.read_session() as s:
            db_states = set(s.scalars(select(Delivery.state).where(Delivery.alert_id == alert_id)))
        assert db_states <= {"sent", "delivered"}

        with qtbot.waitSignal(bridge.running_changed, timeout=MODEM_TIMEOUT_MS):
            bridge.stop()
        desk.tasks.shutdown()
