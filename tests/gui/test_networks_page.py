from __future__ import annotations

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Network
from bindesk.gui import ask
from bindesk.gui.dialogs.network_dialog import NetworkDialog
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.networks_page import NetworksPage
from bindesk.services import networks
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory


def _page(qtbot: QtBot, window: MainWindow) -> NetworksPage:
    page = window.pages["networks"]
    assert isinstance(page, NetworksPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_list_shows_member_counts_and_coordinators(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, admin))
    rows = {r.name: r for r in page.model.rows()}
    assert rows["BIN Oordegem"].active_members == 22
    assert rows["BIN Oordegem"].coordinator
    page.select(rows["BIN Aaigem"].id)
    assert "Kapellestraat" in page.ui.details_browser.toPlainText()


def test_create_a_network(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, admin))
    page.ui.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, NetworkDialog)
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.ui.name_edit, "BIN Erpe Centrum")
    qtbot.keyClicks(dialog.ui.municipality_edit, "Erpe-Mere")
    dialog.ui.streets_edit.setPlainText("Oudenaardsesteenweg\nMolenstraat\n\nmolenstraat")
    dialog.ui.liaison_edit.setText("Wijkinspecteur Erpe")
    dialog.ui.start_date_edit.setDate(QDate(2025, 3, 1))
    assert not dialog.ui.coordinator_combo.isEnabled()  # no members yet
    with qtbot.waitSignal(page.loaded):
        save.click()
    assert page.selected_id() == dialog.network_id
    with demo_db.read_session() as s:
        network = s.scalar(select(Network).where(Network.name == "BIN Erpe Centrum"))
        assert network is not None
        assert network.streets == ["Oudenaardsesteenweg", "Molenstraat"]
        assert network.start_date is not None and network.start_date.isoformat() == "2025-03-01"


def test_duplicate_name_is_refused_in_the_dialog(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, admin))
    page.ui.new_button.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.ui.name_edit.setText("bin oordegem")
    dialog.ui.municipality_edit.setText("Lede")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "bestaat al" in dialog.ui.message_label.text())
    assert dialog.isVisible()


def test_edit_and_choose_another_coordinator(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, admin))
    oordegem = next(r for r in page.model.rows() if r.name == "BIN Oordegem")
    page.select(oordegem.id)
    page.ui.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, NetworkDialog)
    combo = dialog.ui.coordinator_combo
    qtbot.waitUntil(lambda: combo.count() > 1)  # the network is read in the background
    other = next(i for i in range(1, combo.count()) if combo.itemData(i) != dialog._coordinator_id)
    combo.setCurrentIndex(other)
    chosen = combo.itemData(other)
    dialog.ui.liaison_edit.setText("Inspecteur Lede-Centrum")
    with qtbot.waitSignal(page.loaded):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    with demo_db.read_session() as s:
        coordinator = networks.coordinator_of(s, oordegem.id)
        assert coordinator is not None and coordinator.id == chosen
        assert networks.get_network(s, oordegem.id).police_liaison == "Inspecteur Lede-Centrum"


def test_deactivate_asks_and_keeps_the_network(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, make_window(demo_db, admin))
    target = page.model.rows()[0]
    page.select(target.id)
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.loaded):
        page.ui.toggle_active_button.click()
    qtbot.waitUntil(
        lambda: (
            page.model.row_by_id(target.id) is not None
            and not page.model.row_by_id(target.id).active
        )
    )  # type: ignore[union-attr]
    assert page.ui.show_inactive_check.isChecked()
    page.select(target.id)
    assert page.ui.toggle_active_button.text() == "&Heractiveren"
    with demo_db.read_session() as s:
        assert not networks.get_network(s, target.id).active


def test_only_beheer_and_admin_manage_networks(
    qtbot: QtBot, demo_db: Database, balie: Actor, beheer: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, balie))
    assert page.ui.new_button.isHidden() and page.ui.edit_button.isHidden()
    page.edit_selected()  # double-click path: nothing opens for the balie
    assert page.dialog is None
    page = _page(qtbot, make_window(demo_db, beheer))
    assert not page.ui.new_button.isHidden()
