"""Who is at the desk: login, first run, and the idle lock that keeps open work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.gui.dialogs.login_dialog import LoginDialog, SetupAdminDialog
from bindesk.gui.dialogs.member_dialog import MemberDialog
from bindesk.gui.pages.members_page import MembersPage
from bindesk.services.operators import Actor, Role
from tests.gui.conftest import PASSWORD, WindowFactory


def test_login_refuses_a_wrong_password_then_accepts(
    qtbot: QtBot, with_operators: Database
) -> None:
    dialog = LoginDialog(with_operators)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.ui.username_edit, "balie1")
    qtbot.keyClicks(dialog.ui.password_edit, "fout")
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # the password is checked off the GUI thread
    qtbot.waitUntil(lambda: "klopt niet" in dialog.ui.message_label.text())
    assert dialog.ui.password_edit.text() == ""
    assert dialog.actor is None
    with with_operators.read_session() as s:  # the failed attempt is on record
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "login_failed"))
    qtbot.keyClicks(dialog.ui.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    assert dialog.actor == Actor("balie1", "Balie1", Role.BALIE)


def test_first_run_creates_the_admin(qtbot: QtBot, db: Database) -> None:
    dialog = SetupAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.ui.username_edit.setText("jpeeters")
    dialog.ui.display_name_edit.setText("Inspecteur Jan Peeters")
    dialog.ui.password_edit.setText("kort")
    dialog.ui.repeat_edit.setText("kort")
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: "te kort" in dialog.ui.message_label.text())
    qtbot.waitUntil(ok.isEnabled)
    dialog.ui.password_edit.setText(PASSWORD)
    dialog.ui.repeat_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        ok.click()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN


def test_idle_desk_locks_and_open_work_survives(
    qtbot: QtBot, with_operators: Database, make_window: WindowFactory
) -> None:
    beheer = Actor("beheer1", "Beheer1", Role.BEHEER)
    window = make_window(with_operators, beheer)
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("members")
    page.ui.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    qtbot.keyClicks(dialog.ui.last_name_edit, "Half ingevuld")
    window.idle.set_timeout_ms(30)
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    lock = window.lock_dialog
    assert lock is not None and lock.isVisible()
    lock.ui.password_edit.setText("fout")
    lock.ui.unlock_button.click()
    qtbot.waitUntil(lambda: "klopt niet" in lock.ui.message_label.text())
    assert window.is_locked()
    lock.reject()  # Escape does not unlock
    assert lock.isVisible()
    window.idle.set_timeout_ms(60_000)
    lock.ui.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(window.unlocked):
        lock.ui.unlock_button.click()
    assert not window.is_locked()
    assert dialog.isVisible()
    assert dialog.ui.last_name_edit.text() == "Half ingevuld"
    with with_operators.read_session() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[-3:] == ["lock", "unlock_failed", "unlock"]


def test_typing_keeps_the_desk_unlocked(
    qtbot: QtBot, with_operators: Database, make_window: WindowFactory
) -> None:
    window = make_window(with_operators, Actor("admin", "Beheerder", Role.ADMIN))
    window.idle.set_timeout_ms(600)
    timer = window.idle.timer
    qtbot.waitUntil(lambda: timer.remainingTime() < 300, timeout=5000)
    qtbot.keyClick(window.pages["networks"], "a")  # any key restarts the countdown
    assert timer.remainingTime() > 450
    assert not window.is_locked()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.lock_dialog is not None
    window.lock_dialog.ui.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(window.unlocked):
        window.lock_dialog.ui.unlock_button.click()
    assert not window.is_locked()
