"""The member dialog's channel (sms / e-mail / both) and e-mail consent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery, Member
from bindesk.gui.desk import Desk
from bindesk.gui.dialogs.member_dialog import MemberDialog
from bindesk.services import members
from bindesk.services.operators import Actor
from tests import factories


def _dialog(qtbot: QtBot, db: Database, actor: Actor, member_id: int | None) -> MemberDialog:
    dialog = MemberDialog(Desk(db, actor), member_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def _tick_first_network(dialog: MemberDialog) -> None:
    model = dialog.memberships
    model.setData(
        model.index(0, model.MEMBER), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )


def test_a_member_without_a_mobile_gets_everything_by_email(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    with db.session() as s:
        factories.network(s, admin, "BIN Kerkstraat")
    dialog = _dialog(qtbot, db, admin, None)
    ui = dialog.ui
    save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    ui.last_name_edit.setText("Wouters")
    ui.first_name_edit.setText("Lies")
    _tick_first_network(dialog)
    assert not save.isEnabled()  # sms by default: a mobile is needed
    assert not ui.email_consent_check.isEnabled()  # no address yet
    ui.email_edit.setText("lies@thuis")
    assert "ongeldig" in ui.email_status_label.text()
    ui.email_edit.setText("lies@thuis.example")
    ui.channel_combo.setCurrentIndex(ui.channel_combo.findData("email"))
    assert "per e-mail" in ui.mobile_feedback_label.text()
    assert ui.email_consent_check.isEnabled()
    ui.email_consent_check.setChecked(True)
    ui.consent_method_combo.setCurrentText("inschrijvingsformulier")
    assert save.isEnabled(), ui.message_label.text()
    with qtbot.waitSignal(dialog.saved) as saved:
        save.click()
    with db.read_session() as s:
        member = s.get(Member, saved.args[0])
        assert member is not None
        assert (member.mobile, member.channel, member.email) == ("", "email", "lies@thuis.example")
        assert member.email_consent_at is not None and member.email_opted_out_at is None


def test_both_channels_need_both_a_mobile_and_an_address(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    with db.session() as s:
        factories.network(s, admin, "BIN Kerkstraat")
    dialog = _dialog(qtbot, db, admin, None)
    ui = dialog.ui
    save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    ui.last_name_edit.setText("Maes")
    _tick_first_network(dialog)
    ui.channel_combo.setCurrentIndex(ui.channel_combo.findData("both"))
    ui.mobile_edit.setText("0470 12 34 56")
    assert not save.isEnabled()
    assert "e-mailadres" in ui.message_label.text()
    ui.email_edit.setText("an.maes@example.be")
    assert save.isEnabled()
    ui.mobile_edit.clear()
    assert not save.isEnabled()
    assert "gsm-nummer" in ui.message_label.text()


def test_a_bounced_address_is_shown_and_unticking_consent_withdraws_it(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    with db.session() as s:
        net = factories.network(s, admin, "BIN Kerkstraat")
        data = members.MemberInput(
            last_name="Peeters",
            mobile="+32470000201",
            email="jan@example.be",
            channel="both",
            consent_method="formulier",
        )
        jan = members.add_member(s, admin, data, [net])
        jan.email_invalid_at = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
        jan.email_invalid_reason = "Onbestelbaar (5.1.1): 550 5.1.1 User unknown"
        s.add(Delivery(member_id=jan.id, channel="email", mobile="", email=jan.email))
        s.add(Delivery(member_id=jan.id, channel="sms", mobile=jan.mobile))
        member_id = jan.id
    dialog = _dialog(qtbot, db, admin, member_id)
    ui = dialog.ui
    assert ui.channel_combo.currentData() == "both"
    assert ui.email_consent_check.isChecked()
    assert "Onbestelbaar sinds 30/11/2026" in ui.email_status_label.text()
    assert "User unknown" in ui.email_status_label.text()
    ui.email_consent_check.setChecked(False)
    with qtbot.waitSignal(dialog.saved):
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    with db.read_session() as s:
        member = s.get(Member, member_id)
        assert member is not None and member.email_opted_out_at is not None
        assert member.opted_out_at is None  # SMS consent stays
        states = dict(s.execute(select(Delivery.channel, Delivery.state)).all())
        assert states == {"email": "cancelled", "sms": "queued"}
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert event.after is not None and event.after["email_opted_out_at"] is not None


def test_a_new_address_clears_the_old_bounce(qtbot: QtBot, db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = factories.network(s, admin, "BIN Kerkstraat")
        data = members.MemberInput(
            last_name="Claes", email="oud@example.be", channel="email", consent_method="balie"
        )
        member = members.add_member(s, admin, data, [net])
        member.email_invalid_at = dt.datetime.now(dt.UTC)
        member.email_invalid_reason = "Onbestelbaar (5.2.1): mailbox disabled"
        member_id = member.id
    dialog = _dialog(qtbot, db, admin, member_id)
    assert "Onbestelbaar" in dialog.ui.email_status_label.text()
    dialog.ui.email_edit.setText("nieuw@example.be")
    assert dialog.ui.email_status_label.text() == ""
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    with db.read_session() as s:
        saved = s.get(Member, member_id)
        assert (
            saved is not None
            and saved.email_invalid_at is None
            and saved.email == "nieuw@example.be"
        )


def test_the_balie_sees_the_channel_read_only(
    qtbot: QtBot, db: Database, admin: Actor, balie: Actor
) -> None:
    with db.session() as s:
        net = factories.network(s, admin, "BIN Kerkstraat")
        member_id = factories.member(s, admin, [net], "+32470000301").id
    dialog = _dialog(qtbot, db, balie, member_id)
    assert not dialog.ui.channel_combo.isEnabled()
    assert not dialog.ui.email_consent_check.isEnabled()
