from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui.dialogs.operator_dialogs import OperatorDialog, PasswordDialog
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.settings_page import SettingsPage
from bindesk.services import operators, settings
from bindesk.services.operators import Actor, Role
from tests.gui.conftest import PASSWORD, WindowFactory


def _page(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("settings")
    return page


def test_admin_changes_language_and_idle_time(
    qtbot: QtBot, with_operators: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(with_operators, admin)
    page = _page(qtbot, window)
    assert page.ui.idle_spin.value() == 10
    page.ui.language_combo.setCurrentIndex(page.ui.language_combo.findData("en"))
    page.ui.idle_spin.setValue(3)
    with qtbot.waitSignal(page.saved):
        page.ui.save_settings_button.click()
    with with_operators.read_session() as s:
        assert settings.desk_settings(s) == settings.DeskSettings("en", 3)
    qtbot.waitUntil(lambda: window.idle.timer.interval() == 3 * 60_000)


def test_admin_adds_an_operator_with_a_role(
    qtbot: QtBot, with_operators: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(with_operators, admin))
    assert page.model.rowCount() == 4
    page.ui.add_operator_button.click()
    dialog = page.dialog
    assert isinstance(dialog, OperatorDialog)
    dialog.ui.username_edit.setText("els.balie")
    dialog.ui.display_name_edit.setText("Els Balie")
    dialog.ui.role_combo.setCurrentIndex(dialog.ui.role_combo.findData("beheer"))
    assert "leden en netwerken beheren" in dialog.ui.role_help_label.text()
    dialog.ui.password_edit.setText("eenlangwachtwoord")
    dialog.ui.repeat_edit.setText("anders")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "niet gelijk" in dialog.ui.message_label.text()
    dialog.ui.repeat_edit.setText("eenlangwachtwoord")
    with qtbot.waitSignal(page.loaded):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.model.rowCount() == 5
    with with_operators.session() as s:
        assert operators.authenticate(s, "els.balie", "eenlangwachtwoord").role == Role.BEHEER


def test_admin_resets_a_password(
    qtbot: QtBot, with_operators: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(with_operators, admin))
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "balie1")
    page.ui.operators_view.selectRow(row)
    page.ui.reset_password_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog)
    assert dialog.ui.old_password_edit.isHidden()
    dialog.ui.new_password_edit.setText("nieuwwachtwoord")
    dialog.ui.repeat_edit.setText("nieuwwachtwoord")
    with qtbot.waitSignal(dialog.changed):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    with with_operators.session() as s:
        operators.authenticate(s, "balie1", "nieuwwachtwoord")


def test_balie_only_changes_own_password(
    qtbot: QtBot, with_operators: Database, make_window: WindowFactory
) -> None:
    balie = Actor("balie1", "Balie1", Role.BALIE)
    page = _page(qtbot, make_window(with_operators, balie))
    assert page.ui.operators_group.isHidden()
    assert page.ui.save_settings_button.isHidden()
    assert not page.ui.desk_group.isEnabled()
    page.ui.change_password_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog)
    dialog.ui.old_password_edit.setText("fout")
    dialog.ui.new_password_edit.setText("nieuwwachtwoord")
    dialog.ui.repeat_edit.setText("nieuwwachtwoord")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "huidige wachtwoord" in dialog.ui.message_label.text())
    dialog.ui.old_password_edit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.changed):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
