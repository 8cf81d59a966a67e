"""bindesk.gui.app.run: the path `bindesk` (no verb) takes, with the login answered."""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui import app as gui_app
from bindesk.gui.dialogs.login_dialog import LoginDialog, SetupAdminDialog
from bindesk.gui.main_window import MainWindow
from bindesk.services.operators import Actor, Role
from tests.gui.conftest import PASSWORD


def test_run_logs_in_and_opens_the_main_window(
    qtbot: QtBot, with_operators: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[MainWindow] = []

    def answer_login(dialog: LoginDialog) -> int:
        dialog.ui.username_edit.setText("beheer1")
        dialog.ui.password_edit.setText(PASSWORD)
        dialog.log_in()  # the password is checked off the GUI thread
        qtbot.waitUntil(lambda: dialog.actor is not None)
        return int(dialog.result())

    def fake_exec(app: QApplication) -> int:
        window = next(
            w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        shown.append(window)
        qtbot.waitUntil(lambda: not window.desk.tasks.busy)  # it reads the demo state
        window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", answer_login)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    code = gui_app.run(argparse.Namespace(db=db_url, screenshot=None))
    assert code == 0
    window = shown[0]
    assert window.desk.actor == Actor("beheer1", "Beheer1", Role.BEHEER)
    assert "SIMULATIE" in window.windowTitle()
    assert "audit" not in window.page_keys()
    window.deleteLater()


def test_first_run_asks_for_the_admin(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(dialog: QDialog) -> int:
        asked.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SetupAdminDialog, "exec", answer)
    monkeypatch.setattr(LoginDialog, "exec", answer)
    assert gui_app.obtain_actor(db) is None
    assert asked == ["SetupAdminDialog"]


def test_cancelled_login_quits_quietly(
    qtbot: QtBot, with_operators: Database, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: Any) -> int:
        raise AssertionError("no main loop without a login")

    monkeypatch.setattr(LoginDialog, "exec", lambda _d: QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr(QApplication, "exec", refuse)
    assert gui_app.run(argparse.Namespace(db=db_url, screenshot=None)) == 0


def test_the_desk_installs_the_tip_library_before_any_page_reads_it(
    qtbot: QtBot, db: Database
) -> None:
    """The pages read in read sessions, which cannot install the shipped tips: the desk puts
    them in at start-up, once; a zone's own library is left as it is."""
    from sqlalchemy import func, select

    from bindesk.db.models import TipPreset
    from bindesk.services import tips

    gui_app.install_tip_library(db)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(TipPreset)) == len(tips.shipped_presets())
    with db.session() as s:
        s.execute(TipPreset.__table__.delete().where(TipPreset.key != "brand"))
    gui_app.install_tip_library(db)
    with db.read_session() as s:
        assert list(s.scalars(select(TipPreset.key))) == ["brand"]
