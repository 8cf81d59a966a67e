"""Start the desk: ``bindesk`` (no verb) and ``bindesk gui [--screenshot DIR]`` land here."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from bindesk import config
from bindesk import log as bindesk_log
from bindesk.db.engine import Database, open_database
from bindesk.domain.errors import BindeskError
from bindesk.gui.desk import Desk
from bindesk.gui.errors import CrashHandler
from bindesk.gui.main_window import MainWindow, schedule_demo_offer
from bindesk.services.operators import Actor, cli_actor

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication (tests share theirs)."""
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


def open_desk_database(url: str) -> Database | None:
    """Open (and migrate) the database; tell the operator in Dutch when it cannot be done."""
    try:
        return open_database(url)
    except BindeskError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Database niet beschikbaar"), str(exc)
        )
        return None


def start_window(
    db: Database, actor: Actor, log_path: Path | None, crash: CrashHandler | None
) -> MainWindow:
    desk = Desk(db, actor)
    window = MainWindow(desk, log_path=log_path, crash_handler=crash)
    window.resize(1366, 768)
    return window


def run(args: argparse.Namespace) -> int:
    log_path = bindesk_log.setup()
    app = application()
    crash = CrashHandler(log_path)
    crash.install()
    try:
        url = config.database_url(getattr(args, "db", None))
        db = open_desk_database(url)
        if db is None:
            return 1
        try:
            window = start_window(db, cli_actor(), log_path, crash)
            window.show()
            schedule_demo_offer(window)
            return int(app.exec())
        finally:
            db.dispose()
    finally:
        crash.uninstall()
