"""Start the desk: ``bindesk`` (no verb) and ``bindesk gui [--screenshot DIR]`` land here."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bindesk import config
from bindesk import log as bindesk_log
from bindesk.db.engine import Database, open_database
from bindesk.domain.errors import BindeskError
from bindesk.gui import i18n, make_singletons_immortal
from bindesk.gui.backups import BackupSchedule
from bindesk.gui.desk import Desk
from bindesk.gui.dialogs.login_dialog import LoginDialog, SetupAdminDialog
from bindesk.gui.errors import CrashHandler
from bindesk.gui.main_window import MainWindow, schedule_demo_offer
from bindesk.gui.operations import gui_thread_database_allowed
from bindesk.gui.sending import SendingBridge
from bindesk.services import operators, settings, tips
from bindesk.services.operators import Actor

log = logging.getLogger(__name__)

WINDOW_SIZE = (1366, 768)


def application() -> QApplication:
    """The one QApplication (tests share theirs); the GUI's start."""
    make_singletons_immortal()  # before any Qt call drops a reference (see bindesk.gui)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("bindesk")
    app.setOrganizationName("bindesk")
    icon = config.resource("icons", "bindesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def quit_on_termination(app: QApplication) -> QTimer:
    """SIGTERM/SIGINT (a service manager, ``kill``, Ctrl+C in the terminal) close the desk as
    the window's own close would: open dialogs are rejected, every event loop returns, and
    ``run`` returns 0. Python only runs signal handlers when it holds control, so a short
    timer hands it control while Qt waits for events. The timer is returned to keep it alive."""

    def request_quit(signum: int, _frame: object) -> None:
        log.info("desk closing on request (signal %d)", signum)
        QTimer.singleShot(0, lambda: close_everything(app))

    for name in ("SIGTERM", "SIGINT"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, request_quit)
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(200)
    return tick


def close_everything(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    app.closeAllWindows()
    app.quit()


def open_desk_database(url: str) -> Database | None:
    """Open (and migrate) the database; tell the operator in Dutch when it cannot be done."""
    try:
        return open_database(url)
    except BindeskError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Database niet beschikbaar"), str(exc)
        )
        return None


def desk_language(db: Database) -> str:
    with gui_thread_database_allowed(), db.read_session() as s:  # start-up: no window yet
        return settings.language(s)


def install_tip_library(db: Database) -> None:
    """First use: the shipped tips go in before the window opens, so every page's read
    finds them (a read session cannot install them; a written library is left alone)."""
    with gui_thread_database_allowed():  # start-up: no window yet
        tips.install_library(db)


def obtain_actor(db: Database) -> Actor | None:
    """First run: create the admin; otherwise log in. None when the operator gave up."""
    with gui_thread_database_allowed(), db.read_session() as s:  # start-up: no window yet
        first_run = not operators.has_operators(s)
    dialog: LoginDialog | SetupAdminDialog = SetupAdminDialog(db) if first_run else LoginDialog(db)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def build_window(
    db: Database,
    actor: Actor,
    log_path: Path | None = None,
    crash: CrashHandler | None = None,
    *,
    idle_lock: bool = True,
    sending: SendingBridge | None = None,
    watch: bool = False,
) -> MainWindow:
    """The main window for a logged-in actor (tests and screenshots inject the actor).

    ``sending`` is the desk's dispatcher bridge; the window shuts it down when it closes.
    ``watch``: pages follow what other desks change (the running desk always does)."""
    window = MainWindow(
        Desk(db, actor),
        log_path=log_path,
        crash_handler=crash,
        idle_lock=idle_lock,
        sending=sending,
        watch=watch,
    )
    if sending is not None:
        sending.setParent(window)
    window.resize(*WINDOW_SIZE)
    return window


#: young-generation threshold: collections ~3x rarer than Python's 700 (each examines only
#: what survived since the last one: a fraction of a millisecond)
GC_YOUNG_THRESHOLD = 2_000
#: a full collection after this many middle-generation ones (Python: 10): with the frozen
#: start-up heap and no leak, almost nothing a full collection finds is garbage, and each one
#: holds the GIL for the whole unfrozen heap (bench/gui_latency.py: the stalls it caused)
GC_FULL_AFTER = 100
#: how long another thread may hold the GIL before the GUI thread's turn (Python: 5 ms): the
#: GUI thread waits for it after every Qt call that released it
SWITCH_INTERVAL_S = 0.0002


def freeze_start_up_heap(*, tune: bool = True) -> None:
    """Once the window is up: what start-up allocated (modules, Qt wrappers, the pages)
    lives as long as the desk, so full collections need not traverse it again and again
    (``gc.freeze``); they then cost what the session allocated, not the whole heap. With
    ``tune``, collections become rarer and the GUI thread gets the GIL back sooner."""
    gc.collect()
    gc.freeze()
    if tune:
        _young, middle, _full = gc.get_threshold()
        gc.set_threshold(GC_YOUNG_THRESHOLD, middle, GC_FULL_AFTER)
        sys.setswitchinterval(SWITCH_INTERVAL_S)


@contextmanager
def desk_process(offscreen: bool = False) -> Iterator[tuple[QApplication, Path, CrashHandler]]:
    """What every start of the desk does first: logging, the QApplication, closing on
    SIGTERM, the crash handler. ``offscreen``: render without a display (screenshots)."""
    log_path = bindesk_log.setup()
    if offscreen and QApplication.instance() is None:
        # screenshots need no display: render offscreen whatever the machine has
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = application()
    termination = quit_on_termination(app)
    crash = CrashHandler(log_path)
    crash.install()
    try:
        yield app, log_path, crash
    finally:
        termination.stop()
        crash.uninstall()


def run(args: argparse.Namespace) -> int:
    """``bindesk gui``: log in and open the window (``--screenshot``: gui.screenshots.run)."""
    with desk_process() as (app, log_path, crash):
        db = open_desk_database(config.database_url(getattr(args, "db", None)))
        if db is None:
            return 1
        try:
            i18n.install(app, desk_language(db))
            install_tip_library(db)
            actor = obtain_actor(db)
            if actor is None:
                return 0
            log.info("desk opened by %s (%s)", actor.username, actor.role.value)
            # Sending is the machine's job, whoever is logged in: the modems start now, in
            # their own threads (Init takes ~4 s; the window does not wait for it).
            sending = SendingBridge(db, getattr(args, "modem", None))
            window = build_window(db, actor, log_path, crash, sending=sending, watch=True)
            window.show()
            freeze_start_up_heap()
            QTimer.singleShot(0, sending.start)
            QTimer.singleShot(0, BackupSchedule(window.desk).start)  # at start, then daily
            # an empty database with no modem: sending starts (SIMULATIE) once demo data is in
            window.demo_loaded.connect(sending.start)
            schedule_demo_offer(window)
            return int(app.exec())
        finally:
            db.dispose()
