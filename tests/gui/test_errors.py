from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from bindesk.gui import errors
from bindesk.gui.errors import CrashHandler, ErrorReporter


def test_excepthook_logs_and_shows_the_log_path(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_path = tmp_path / "bindesk.log"
    handler = CrashHandler(log_path)
    handler.install()
    try:
        assert sys.excepthook == handler.excepthook
        try:
            raise RuntimeError("kapot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        handler.uninstall()
    assert sys.excepthook != handler.excepthook
    dialog = handler.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert str(log_path) in dialog.ui.message_label.text()
    assert "RuntimeError: kapot" in dialog.details()
    crit = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert crit and crit[0].exc_info and crit[0].exc_info[0] is RuntimeError
    dialog.ui.close_button.click()
    qtbot.waitUntil(lambda: handler.dialog is None)


def test_kopieer_details_copies_the_traceback(qtbot: QtBot, tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "bindesk.log")
    try:
        raise ValueError("onverwacht")
    except ValueError as exc:
        handler.report_exception(exc)  # as a background task reports it
    dialog = handler.dialog
    assert dialog is not None
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.ui.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "ValueError: onverwacht" in copied
    assert "test_kopieer_details_copies_the_traceback" in copied  # the traceback itself
    assert str(tmp_path / "bindesk.log") in copied
    assert dialog.isVisible()  # copying does not close it
    assert "Gekopieerd" in dialog.ui.copied_label.text()
    dialog.reject()


def test_a_crash_in_a_slot_leaves_the_desk_running(qtbot: QtBot, tmp_path: Path) -> None:
    """An exception in a Qt callback reaches the crash dialog; the event loop carries on."""
    handler = CrashHandler(tmp_path / "bindesk.log")
    handler.install()
    later: list[str] = []
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        QTimer.singleShot(50, lambda: later.append("nog actief"))
        qtbot.waitUntil(lambda: handler.dialog is not None and later == ["nog actief"])
        QTimer.singleShot(0, lambda: [][1])  # a second one while the dialog is open
        qtbot.waitUntil(lambda: "IndexError" in handler.dialog.details())  # type: ignore[union-attr]
    finally:
        handler.uninstall()
    assert handler.dialog is not None
    assert "ZeroDivisionError" in handler.dialog.details()
    handler.dialog.reject()


def test_crash_text_names_the_log_file(tmp_path: Path) -> None:
    text = errors.crash_text(tmp_path / "bindesk.log")
    assert str(tmp_path / "bindesk.log") in text
    assert "beheerder" in text


def test_error_reporter_uses_one_dialog(qtbot: QtBot) -> None:
    reporter = ErrorReporter()
    reporter.show_error("Eerste probleem.")
    first = reporter.box
    assert first is not None
    qtbot.waitUntil(first.isVisible)
    reporter.show_error("Tweede probleem.")
    assert reporter.box is first
    assert "Eerste probleem." in first.text() and "Tweede probleem." in first.text()
    first.accept()
    qtbot.waitUntil(lambda: reporter.box is None)
