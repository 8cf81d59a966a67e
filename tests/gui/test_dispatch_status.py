"""Every desk shows who dispatches; Alarm warns in red when nobody has for 30 s."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.db.models import DispatcherHeartbeat
from bindesk.gui import ask
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.services import dispatchers
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import ModemStatus
from bindesk.sms.modem import ModemInfo
from tests import factories as f
from tests.gui.conftest import WindowFactory


@pytest.fixture
def real_db(db: Database, admin: Actor) -> Database:
    with db.session() as s:
        net = f.network(s, admin, "BIN Kerkstraat")
        f.numbered_members(s, admin, net, 2, street="Kerkstraat")
    return db


def _poll(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.dispatch_watcher.changed):
        window.dispatch_watcher.poll()


def test_nobody_dispatching_is_red_before_and_after_versturen(
    qtbot: QtBot,
    real_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the last dispatcher stopped at a known time
    stopped = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)
    with real_db.session() as s:
        s.add(
            DispatcherHeartbeat(
                instance="old",
                host="pc-onthaal",
                pid=1,
                kind="desk",
                started_at=stopped - dt.timedelta(hours=1),
                last_seen=stopped,
                stopped_at=stopped,
                modems=[],
            )
        )
    hhmm = stopped.astimezone().strftime("%H:%M")
    window = make_window(real_db, admin)
    _poll(qtbot, window)
    assert window.dispatch_label.text() == f"Geen verzendpost actief sinds {hhmm}"
    alarm = window.show_page("alert")
    assert isinstance(alarm, AlertPage)
    warning = alarm.dispatch_warning
    assert warning.isVisibleTo(alarm)
    assert warning.warning == (
        f"Geen verzendpost actief sinds {hhmm} — niemand verstuurt dit bericht."
    )

    # WHEN an alert is sent: the confirmation says it, and so does the desk afterwards
    confirmations: list[str] = []
    monkeypatch.setattr(
        ask, "confirm", lambda _w, _t, text, *_a: confirmations.append(text) or True
    )
    messages: list[str] = []
    window.desk.status_message.connect(messages.append)
    qtbot.waitUntil(lambda: alarm.ui.networks_list.count() == 1, timeout=10_000)
    alarm.ui.networks_list.item(0).setCheckState(Qt.CheckState.Checked)
    alarm.ui.free_text_edit.setPlainText("Test van de waarschuwing.")
    qtbot.waitUntil(lambda: alarm.last_draft is not None and alarm.last_draft.recipients == 2)
    with qtbot.waitSignal(alarm.alert_queued):
        alarm.send()
    assert warning.warning in confirmations[0]
    assert any(warning.warning in m for m in messages)


def test_a_live_dispatcher_shows_in_the_status_bar_and_silences_the_warning(
    qtbot: QtBot, real_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(real_db, admin)
    _poll(qtbot, window)
    assert window.dispatch_label.text() == "Geen verzendpost actief"
    alarm = window.pages["alert"]
    assert isinstance(alarm, AlertPage) and alarm.dispatch_warning.warning == (
        "Geen verzendpost actief — niemand verstuurt dit bericht."
    )

    beat = dispatchers.Heartbeat(real_db, kind="cli", host="pc-modem")
    beat.set_modems([("pc-modem:/dev/ttyUSB0", "/dev/ttyUSB0", False)])
    info = ModemInfo("Huawei", "E3372", "1", 71, "Proximus", "20601", True, "+32475161616", False)
    beat.listen(ModemStatus("pc-modem:/dev/ttyUSB0", "/dev/ttyUSB0", "ready", info=info))
    beat.start()
    try:
        _poll(qtbot, window)
        assert window.dispatch_label.text() == "Verzendpost: pc-modem (1/1 modems klaar)"
        assert "71%" in window.dispatch_label.toolTip()
        assert "Proximus" in window.dispatch_label.toolTip()
        assert not alarm.dispatch_warning.isVisibleTo(alarm)
        assert alarm.dispatch_warning.warning == ""
    finally:
        beat.stop()
    _poll(qtbot, window)
    assert window.dispatch_label.text().startswith("Geen verzendpost actief sinds ")
