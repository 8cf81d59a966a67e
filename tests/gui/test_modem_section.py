"""Instellingen → Modems van deze pc, end to end through python-gammu's real AT driver and the
emulator: an admin sets up a modem with a PIN, sends a test SMS, applies, and an alert from
Alarm goes out through it, all in one running desk (issue 11, "Done when")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, DeskModem
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.settings_page import SettingsPage
from bindesk.gui.sending import SendingBridge
from bindesk.services import dispatchers
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.probe import TEST_TEXT
from tests import factories as f

FAST = DispatcherSettings(poll_interval=0.05, inbound_interval_idle=0.3, reopen_min=0.2)
MODEM_TIMEOUT_MS = 60_000  # Init() alone takes ~4 s, each SMS ~0.7 s


@pytest.fixture
def real_db(db: Database, admin: Actor) -> Database:
    """Not demo data: one BIN of three members."""
    with db.session() as s:
        net = f.network(s, admin, "BIN Kerkstraat")
        f.numbered_members(s, admin, net, 3, street="Kerkstraat")
    return db


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


def test_an_admin_sets_up_a_modem_tests_it_and_an_alert_goes_out_without_restart(
    qtbot: QtBot,
    real_db: Database,
    admin: Actor,
    emu: Emulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("BINDESK_MODEMS", raising=False)
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    emu.require_pin("4321")
    bridge = SendingBridge(real_db, settings=FAST)
    window = MainWindow(Desk(real_db, admin), sending=bridge)
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    # GIVEN a real database and no modem on this PC: the desk refuses to simulate
    assert not bridge.start()
    assert bridge.problem and not bridge.simulated

    page = window.show_page("settings")
    assert isinstance(page, SettingsPage) and page.modem_section is not None
    section = page.modem_section
    qtbot.waitUntil(lambda: not window.desk.tasks.busy, timeout=10_000)
    ui = section.ui

    # WHEN the admin adds the emulated modem with its PIN
    ui.port_combo.setEditText(emu.device)
    ui.pin_edit.setText("4321")
    ui.description_edit.setText("modem onthaal")
    with qtbot.waitSignal(section.loaded):
        ui.add_button.click()
    assert ui.pin_edit.text() == ""  # the PIN is never shown again
    assert ui.modems_view.rowCount() == 1
    assert ui.modems_view.item(0, 2).text() == "ingesteld"
    assert section.selected_id() is not None

    # ... presses "stuur testbericht"
    ui.test_number_edit.setText("0470 99 88 77")
    with qtbot.waitSignal(section.test_done, timeout=MODEM_TIMEOUT_MS) as test:
        ui.test_button.click()
    assert test.args[0] is True, test.args[1]
    assert [(s.number, s.text) for s in emu.sent()] == [("+32470998877", TEST_TEXT)]

    # ... and applies: the desk's dispatcher takes the modem without a restart
    with qtbot.waitSignal(section.applied):
        ui.apply_button.click()
    qtbot.waitUntil(
        lambda: any(v.state == "ready" for v in bridge.modems()), timeout=MODEM_TIMEOUT_MS
    )
    assert [v.label for v in bridge.modems()] == [emu.device]
    assert not bridge.problem

    # THEN an alert from Alarm reaches the emulator
    alarm = window.show_page("alert")
    assert isinstance(alarm, AlertPage)
    qtbot.waitUntil(lambda: alarm.ui.networks_list.count() == 1, timeout=10_000)
    alarm.ui.networks_list.item(0).setCheckState(Qt.CheckState.Checked)
    alarm.ui.free_text_edit.setPlainText("Verdachte wagen in de Kerkstraat.")
    qtbot.waitUntil(lambda: alarm.last_draft is not None and alarm.last_draft.recipients == 3)
    with qtbot.waitSignal(alarm.alert_queued):
        alarm.send()
    qtbot.waitUntil(lambda: len(emu.sent()) == 4, timeout=MODEM_TIMEOUT_MS)
    assert sorted(s.number for s in emu.sent()[1:]) == [
        "+32470000000",
        "+32470000001",
        "+32470000002",
    ]
    # the desk's heartbeat tells every other desk who dispatches
    with real_db.read_session() as s:
        (live,) = dispatchers.live_dispatchers(s)
        assert live.kind == "desk" and [m.label for m in live.modems] == [emu.device]
        # the PIN is stored for the SIM, never in the audit trail
        assert s.scalar(select(DeskModem.pin)) == "4321"
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "modem")))
        assert events and all("4321" not in repr((e.before, e.after, e.detail)) for e in events)
    assert bridge.shutdown(30.0)
    with real_db.read_session() as s:
        assert dispatchers.live_dispatchers(s) == []  # a clean stop says so
    window.desk.tasks.shutdown()


def test_modem_errors_are_shown_dutch_and_changes_need_apply(
    qtbot: QtBot, real_db: Database, admin: Actor, emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BINDESK_MODEMS", raising=False)
    emu.require_pin("4321")
    bridge = SendingBridge(real_db, settings=FAST)
    window = MainWindow(Desk(real_db, admin), sending=bridge)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage) and page.modem_section is not None
    section = page.modem_section
    ui = section.ui
    qtbot.waitUntil(lambda: not window.desk.tasks.busy, timeout=10_000)

    ui.port_combo.setEditText(emu.device)
    ui.pin_edit.setText("1111")  # the wrong PIN
    with qtbot.waitSignal(section.loaded):
        ui.add_button.click()
    ui.test_number_edit.setText("0470998877")
    with qtbot.waitSignal(section.test_done, timeout=MODEM_TIMEOUT_MS) as test:
        ui.test_button.click()
    assert test.args[0] is False
    assert "PIN-code geweigerd" in ui.result_label.text()
    assert "b00020" in ui.result_label.styleSheet()  # red
    assert ui.modems_view.item(0, 5).text() == "testbericht mislukt"
    assert emu.sent() == []

    # a number that is no mobile is refused before any modem is opened
    ui.test_number_edit.setText("09 123 45 67")
    ui.test_button.click()
    assert "geen geldig nummer" in ui.result_label.text()

    with qtbot.waitSignal(section.loaded):
        ui.toggle_button.click()
    assert ui.modems_view.item(0, 4).text() == "nee"
    assert "Toepassen" in ui.result_label.text()
    with qtbot.waitSignal(section.loaded):
        ui.remove_button.click()
    assert ui.modems_view.rowCount() == 0
    window.desk.tasks.shutdown()


def test_apply_is_refused_while_the_environment_overrides(
    qtbot: QtBot, real_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINDESK_MODEMS", "/dev/ttyUSB9")
    bridge = SendingBridge(real_db, settings=FAST)
    window = MainWindow(Desk(real_db, admin), sending=bridge)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage) and page.modem_section is not None
    section = page.modem_section
    assert section.ui.override_label.isVisibleTo(section)
    section.ui.apply_button.click()
    result = section.ui.result_label.text()
    assert "de modems uit de opstartinstelling van bindesk gaan voor" in result
    assert [v.label for v in bridge.modems()] == ["/dev/ttyUSB9"]
    window.desk.tasks.shutdown()


def test_the_modem_section_is_for_admins_only(
    qtbot: QtBot, real_db: Database, balie: Actor
) -> None:
    window = MainWindow(Desk(real_db, balie))
    qtbot.addWidget(window)
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage) and page.modem_section is None
    window.desk.tasks.shutdown()
