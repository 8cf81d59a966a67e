from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bindesk.gui import errors
from bindesk.gui.errors import CrashHandler, ErrorReporter


def test_excepthook_logs_and_shows_the_log_path(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[Path] = []
    monkeypatch.setattr(errors, "show_crash_dialog", lambda path, parent=None: shown.append(path))
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
    assert shown == [log_path]
    crit = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert crit and crit[0].exc_info and crit[0].exc_info[0] is RuntimeError


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
