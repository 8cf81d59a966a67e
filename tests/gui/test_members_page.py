"""Driving the members page and the member dialog like a desk officer would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Member
from bindesk.domain.phone import national_mobile
from bindesk.gui import ask
from bindesk.gui.dialogs.member_dialog import MemberDialog
from bindesk.gui.main_window import MainWindow
from bindesk.gui.models.member_model import MemberTableModel
from bindesk.gui.pages.members_page import MembersPage
from bindesk.services import gdpr
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory


def _members_page(qtbot: QtBot, window: MainWindow) -> MembersPage:
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    if page.model.rowCount() == 0:
        with qtbot.waitSignal(page.loaded):
            window.show_page("members")
    else:
        window.show_page("members")
    return page


def _select(page: MembersPage, *member_ids: int) -> None:
    page.select_ids(list(member_ids))


def test_typing_filters_as_you_type(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    total = page.model.total()
    target = page.model.row_at(5)
    national = national_mobile(target.mobile)  # 0460…: the desk types the national form
    qtbot.keyClicks(page.ui.search_edit, national[:4])
    assert page.model.rowCount() == total  # every demo number starts with 0460
    page.ui.search_edit.clear()
    qtbot.keyClicks(
        page.ui.search_edit, f"{national[:4]} {national[4:6]} {national[6:8]} {national[8]}"
    )
    assert target.id in page.model.visible_ids()
    assert page.model.rowCount() < total
    page.ui.search_edit.clear()
    with qtbot.waitSignal(page.filtered):
        qtbot.keyClicks(page.ui.search_edit, "Kerkstr")
    shown = [page.model.row_by_id(i) for i in page.model.visible_ids()]
    assert shown and all(r is not None and r.street == "Kerkstraat" for r in shown)
    assert "van 72 leden" in page.ui.count_label.text()


def test_filters_by_network_and_status(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    combo = page.ui.network_combo
    combo.setCurrentIndex(combo.findText("BIN Aaigem"))
    assert page.model.rowCount() == 24
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData("left"))
    assert page.model.rowCount() == 1
    page.ui.status_combo.setCurrentIndex(0)
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 72


def test_clicking_a_header_sorts(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    header = page.ui.members_view.horizontalHeader()
    column = MemberTableModel.COLUMNS.index("street")
    page.ui.members_view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    streets = [page.model.index(r, column).data() for r in range(page.model.rowCount())]
    assert streets == sorted(streets, reverse=True)
    assert header.sortIndicatorSection() == column


def test_after_an_edit_a_header_click_sorts_at_once_without_computing_keys_here(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """GIVEN the members page, and rows refreshed after a change to many members,
    WHEN the officer clicks a header,
    THEN the rows are sorted at once in the clicked order, and no sort key was computed on
    the GUI thread: the worker that read the rows computed theirs."""
    import threading

    from bindesk.gui.models import member_model

    page = _members_page(qtbot, make_window(demo_db, admin))
    real_sort_key, gui_calls = member_model.sort_key, []

    def watched(*args: object) -> object:
        if threading.current_thread() is threading.main_thread():
            gui_calls.append(args[0])
        return real_sort_key(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(member_model, "sort_key", watched)
    with qtbot.waitSignal(page.rows_reloaded):
        page.reload_members(page.model.visible_ids()[:40])
    column = MemberTableModel.COLUMNS.index("street")
    page.ui.members_view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    streets = [page.model.index(r, column).data() for r in range(page.model.rowCount())]
    assert streets == sorted(streets, key=str.casefold, reverse=True)
    assert page.ui.members_view.horizontalHeader().sortIndicatorSection() == column
    assert gui_calls == []


def test_multi_select_and_export_the_selection(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    view = page.ui.members_view
    view.selectRow(0)
    view.selectionModel().select(
        page.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.selected_ids()
    assert len(chosen) == 2
    assert page.ui.export_button.text().startswith("E&xporteren (selectie)")
    target = tmp_path / "selectie.csv"
    monkeypatch.setattr(ask, "save_file", lambda *_a: str(target))
    with qtbot.waitSignal(page.exported):
        page.ui.export_button.click()
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 3
    wanted = {page.model.row_by_id(i).last_name for i in chosen}  # type: ignore[union-attr]
    assert {r[0] for r in rows[1:]} == wanted
    with demo_db.read_session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
        assert "selectie" in event.detail


def test_add_member_with_live_mobile_validation(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    page.ui.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.memberships.choices()))  # read in the background
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(dialog.ui.last_name_edit, "Wauters")
    qtbot.keyClicks(dialog.ui.first_name_edit, "Luc")
    qtbot.keyClicks(dialog.ui.mobile_edit, "053 80 12 34")
    assert "vast nummer" in dialog.ui.mobile_feedback_label.text()
    assert not save.isEnabled()
    dialog.ui.mobile_edit.clear()
    qtbot.keyClicks(dialog.ui.mobile_edit, "0470/99.88.77")
    assert "+32470998877" in dialog.ui.mobile_feedback_label.text()
    assert not save.isEnabled()  # no network yet
    assert "netwerk" in dialog.ui.message_label.text()
    model = dialog.memberships
    oordegem = next(i for i, c in enumerate(model.choices()) if c.network_name == "BIN Oordegem")
    model.setData(
        model.index(oordegem, model.MEMBER), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert save.isEnabled()
    dialog.ui.mobile_edit.editingFinished.emit()
    assert dialog.ui.mobile_edit.text() == "0470 99 88 77"  # normal form once the field is left
    with qtbot.waitSignal(dialog.saved) as saved:
        save.click()
    member_id = saved.args[0]
    qtbot.waitUntil(lambda: page.selected_ids() == [member_id])  # the row is read in place
    row = page.model.row_by_id(member_id)
    assert row is not None and row.mobile == "+32470998877"
    with demo_db.read_session() as s:
        member = s.get(Member, member_id)
        assert member is not None and member.consent_at is not None
        assert member.consent_method == "inschrijvingsformulier"


def test_edit_member_and_make_coordinator(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    row = next(r for r in page.model.rows() if not r.coordinator_of and r.status == "active")
    _select(page, row.id)
    page.ui.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog) and dialog.member_id == row.id
    qtbot.waitUntil(lambda: dialog.ui.street_edit.text() == row.street)  # read in the background
    dialog.ui.street_edit.setText("Nieuwstraat")
    model = dialog.memberships
    mine = next(i for i, c in enumerate(model.choices()) if c.member)
    model.setData(
        model.index(mine, model.COORDINATOR), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.model.row_by_id(row.id).street == "Nieuwstraat")  # type: ignore[union-attr]
    updated = page.model.row_by_id(row.id)
    assert updated is not None and updated.street == "Nieuwstraat"
    assert updated.coordinator_of == row.network_ids[:1]


def test_balie_reads_but_cannot_change(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, balie)
    page = _members_page(qtbot, window)
    for button in (
        page.ui.add_button,
        page.ui.opt_out_button,
        page.ui.erase_button,
        page.ui.import_button,
        page.ui.export_button,
        page.ui.personal_data_button,
    ):
        assert button.isHidden()
    assert not page.ui.edit_button.isHidden()
    row = page.model.row_at(0)
    _select(page, row.id)
    page.ui.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isHidden()
    assert dialog.ui.last_name_edit.isReadOnly()
    dialog.ui.last_name_edit.setText("Gehackt")
    dialog.save()  # even when called directly, nothing is written
    with demo_db.read_session() as s:
        member = s.get(Member, row.id)
        assert member is not None and member.last_name == row.last_name
    assert "Logboek" not in [
        window.ui.nav_list.item(i).text() for i in range(window.ui.nav_list.count())
    ]


def test_opt_out_and_back_in(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    row = next(r for r in page.model.rows() if r.receives_messages)
    _select(page, row.id)
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.rows_reloaded):
        page.ui.opt_out_button.click()
    after = page.model.row_by_id(row.id)
    assert after is not None and after.opted_out and not after.receives_messages
    assert page.ui.opt_out_button.text() == "Opnieuw a&anmelden…"
    monkeypatch.setattr(ask, "text", lambda *_a: "formulier aan de balie")
    with qtbot.waitSignal(page.rows_reloaded):
        page.ui.opt_out_button.click()
    back = page.model.row_by_id(row.id)
    assert back is not None and back.receives_messages


def test_erase_asks_then_removes_the_person(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    row = page.model.row_at(0)
    _select(page, row.id)
    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    page.ui.erase_button.click()
    assert page.model.row_by_id(row.id) is not None
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    with qtbot.waitSignal(page.erased):
        page.ui.erase_button.click()
    assert row.full_name in asked[0]
    assert page.model.row_by_id(row.id) is None
    with demo_db.read_session() as s:
        assert s.get(Member, row.id) is None
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "erase"))


def test_personal_data_export(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = _members_page(qtbot, make_window(demo_db, admin))
    row = page.model.row_at(0)
    _select(page, row.id)
    monkeypatch.setattr(ask, "choose_folder", lambda *_a: str(tmp_path))
    with qtbot.waitSignal(page.personal_data_written):
        page.ui.personal_data_button.click()
    json_path, html_path = page.last_personal_data
    assert json.loads(json_path.read_text(encoding="utf-8"))["mobile"] == row.mobile
    assert row.last_name in html_path.read_text(encoding="utf-8")


def test_a_refusal_goes_to_the_error_dialog_not_the_crash_dialog(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = make_window(demo_db, admin)
    page = _members_page(qtbot, window)
    _select(page, page.model.row_at(0).id)
    monkeypatch.setattr(ask, "choose_folder", lambda *_a: str(tmp_path / "bestand.txt"))
    (tmp_path / "bestand.txt").write_text("x")
    monkeypatch.setattr(gdpr, "write_personal_data", _refuse)
    page.ui.personal_data_button.click()
    qtbot.waitUntil(lambda: window.errors.messages == ["Niet toegelaten in deze test."])
    assert window.errors.box is not None
    window.errors.box.accept()


def _refuse(*_args: object) -> None:
    from bindesk.domain.errors import InvalidInput

    raise InvalidInput("Niet toegelaten in deze test.")


def test_opt_out_at_the_desk_cancels_what_is_still_queued(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bindesk.db.models import Delivery
    from bindesk.services import alerts, networks

    with demo_db.session() as s:
        net = networks.get_network(s, "BIN Oordegem")
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Let op", kind="urgent"))
    page = _members_page(qtbot, make_window(demo_db, admin))
    with demo_db.read_session() as s:
        queued = s.scalars(select(Delivery).where(Delivery.state == "queued")).first()
        assert queued is not None and queued.member_id is not None
        member_id = queued.member_id
    _select(page, member_id)
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    with qtbot.waitSignal(page.rows_reloaded):
        page.ui.opt_out_button.click()
    with demo_db.read_session() as s:
        states = {
            d.state for d in s.scalars(select(Delivery).where(Delivery.member_id == member_id))
        }
    assert states == {"cancelled"}
