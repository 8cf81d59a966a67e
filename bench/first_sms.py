"""Time from the new-alert shortcut to the first SMS on the modem (issue 12 item 1).

    QT_QPA_PLATFORM=offscreen python bench/first_sms.py [--runs 3] [--delay 0.0]

The desk's window with its dispatcher on the AT emulator (python-gammu's real AT driver),
the modem already open (Init() excluded). Each run presses Ctrl+N on another page, types
the street, a tip's name and its one field, presses Ctrl+Enter and answers the real
confirmation with Alt+V, as fast as the keyboard events go: what is measured is the desk,
not the officer's typing. Printed: shortcut → queued, queued → first PDU accepted by the
modem, shortcut → first SMS; median and max over the runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bindesk.db.engine import open_database
from bindesk.gui import make_singletons_immortal
from bindesk.gui.desk import Desk
from bindesk.gui.main_window import MainWindow
from bindesk.gui.sending import SendingBridge
from bindesk.services import networks
from bindesk.services.operators import Actor, Role
from bindesk.sms.dispatcher import DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories

ADMIN = Actor("bench", "Bench", Role.ADMIN)
BALIE = Actor("balie", "Balie", Role.BALIE)


def spin(app: QApplication, until, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("bench step timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--delay", type=float, default=0.0, help="modem latency per SMS part")
    args = parser.parse_args()
    make_singletons_immortal()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp, Emulator(delay=args.delay) as emulator:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        with db.session() as s:
            net = networks.add_network(
                s, ADMIN, name="BIN Centrum", municipality="Lede", streets=["Kerkstraat"]
            )
            factories.numbered_members(s, ADMIN, net, 5, street="Kerkstraat")
        settings = DispatcherSettings(poll_interval=0.2)
        bridge = SendingBridge(db, [ModemSpec.parse(emulator.device)], settings=settings)
        window = MainWindow(Desk(db, BALIE), sending=bridge, idle_lock=False)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        spin(app, window.isActiveWindow)
        assert bridge.start()
        spin(app, lambda: any(v.state == "ready" for v in bridge.modems()))
        spin(app, lambda: not window.desk.tasks.busy)
        alarm = window.pages["alert"]
        queued_at: list[float] = []
        alarm.alert_queued.connect(lambda _id: queued_at.append(time.perf_counter()))  # type: ignore[attr-defined]
        to_queue, to_modem, total = [], [], []
        for _run in range(args.runs):
            emulator.clear_records()
            window.show_page("networks")
            window.activateWindow()
            spin(app, window.isActiveWindow)
            window.ui.nav_list.setFocus()
            spin(app, lambda: QApplication.focusWidget() is window.ui.nav_list)
            spin(app, lambda: not window.desk.tasks.busy)
            queued_at.clear()
            start = time.perf_counter()
            QTest.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            if window.current_key() != "alert":
                raise RuntimeError(f"Ctrl+N went to {focused()!r}, page {window.current_key()}")
            spin(
                app,
                lambda: (
                    bool(alarm._networks)
                    and QApplication.focusWidget()
                    in (alarm.ui.street_combo, alarm.ui.street_combo.lineEdit())
                ),
            )  # type: ignore[attr-defined]
            QTest.keyClicks(focused(), "Kerkstraat")
            QTest.keyClick(focused(), Qt.Key.Key_Return)
            QTest.keyClicks(focused(), "inbraak gepleegd")
            QTest.keyClick(focused(), Qt.Key.Key_Return)
            spin(app, lambda: QApplication.focusWidget() is alarm.field_edit("tijdstip"))  # type: ignore[attr-defined]
            QTest.keyClicks(focused(), "vannacht")

            def answer() -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is None:
                    QTimer.singleShot(5, answer)
                    return
                # the test answers with Alt+V; here the modal may not be the active window
                # (offscreen, no window manager), so the same button takes a Space
                go = next(b for b in dialog.findChildren(QPushButton) if "Versturen" in b.text())
                go.setFocus()
                QTest.keyClick(go, Qt.Key.Key_Space)

            QTimer.singleShot(0, answer)
            QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            spin(app, lambda: bool(queued_at))
            spin(app, lambda: bool(emulator.sent()))
            first = time.perf_counter()
            to_queue.append(queued_at[0] - start)
            to_modem.append(first - queued_at[0])
            total.append(first - start)
            spin(app, lambda: not window.desk.tasks.busy)
            spin(app, lambda: len(emulator.sent()) >= 5, timeout=120)  # let the alert finish
        bridge.shutdown(30.0)
        window.desk.tasks.shutdown()
        db.dispose()
    for label, values in (
        ("shortcut → queued", to_queue),
        ("queued → first SMS on the modem", to_modem),
        ("shortcut → first SMS (time-to-first-SMS)", total),
    ):
        print(f"{label}: median {statistics.median(values):.3f} s, max {max(values):.3f} s")


if __name__ == "__main__":
    main()
