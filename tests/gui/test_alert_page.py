"""Driving the Alarm page like a desk officer with a caller on the line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Alert, Delivery
from bindesk.domain import smstext
from bindesk.domain.errors import PermissionDenied
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.alert_preview import char_name
from bindesk.gui.sending import SendingBridge
from bindesk.services import alerts, networks
from bindesk.services.alerts import preview_text
from bindesk.services.operators import Actor

Confirmations = list[str]


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[object]:
    desks: list[Desk] = []

    def make(db: Database, actor: Actor, bridge: SendingBridge | None = None) -> AlertPage:
        desk = Desk(db, actor)
        desks.append(desk)
        page = AlertPage(desk, bridge)
        qtbot.addWidget(page)
        page.resize(1166, 740)
        page.show()
        with qtbot.waitSignal(page.loaded):
            page.refresh()
        return page

    yield make
    for desk in desks:
        desk.tasks.shutdown()


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    """Answer every confirmation with yes; keep what was asked."""
    asked: Confirmations = []

    def confirm(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(ask, "confirm", confirm)
    return asked


def _network_id(db: Database, name: str) -> int:
    with db.read_session() as s:
        return networks.get_network(s, name).id


def _check(page: AlertPage, *names: str) -> None:
    lst = page.ui.networks_list
    for i in range(lst.count()):
        item = lst.item(i)
        on = any(item.text().startswith(n + " ·") for n in names)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _recipients(db: Database, actor: Actor, *names: str) -> int:
    with db.read_session() as s:
        nets = [networks.get_network(s, n) for n in names]
        return len(alerts.draft(s, actor, networks=nets, text="x").recipients)


def test_typing_a_tips_fields_updates_preview_counter_and_recipients(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_page: object
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    _check(page, "BIN Oordegem")
    page.select_tip("verdachte-persoon")
    assert list(page.tip_fields.edits) == ["tijdstip", "omschrijving"]  # {straat} is the street
    assert page.ui.free_text_edit.isHidden()
    assert "Nog in te vullen" in page.ui.hint_label.text()

    qtbot.keyClicks(page.ui.street_combo.lineEdit(), "Kerkstraat")
    qtbot.keyClicks(page.field_edit("tijdstip"), "zonet")
    qtbot.keyClicks(page.field_edit("omschrijving"), "man in donkere jas")
    expected = (
        "BIN-melding: verdachte persoon in de Kerkstraat (zonet): man in donkere jas. "
        "Doe uw buitenlicht aan en bel 101."
    )
    assert page.ui.preview_label.text() == expected
    assert page.ui.counter_label.text() == f"1 sms · {len(expected)} van 160 tekens · gewone tekens"
    assert page.ui.special_label.isHidden()
    assert not page.ui.transliterate_check.isEnabled()

    wanted = _recipients(demo_db, balie, "BIN Oordegem")
    qtbot.waitUntil(
        lambda: f"Ontvangers: {wanted} · {wanted} sms" in page.ui.recipients_label.text()
    )
    assert page.last_draft is not None and page.last_draft.text == expected
    assert "in de Kerkstraat: zij krijgen het eerst" in page.ui.recipients_label.text()
    assert page.ui.hint_label.text() == ""

    # a name with a diaeresis: UCS-2, named, and the replacement offered, not forced
    omschrijving = page.field_edit("omschrijving")
    assert omschrijving is not None
    qtbot.keyClicks(omschrijving, ", zegt No")
    omschrijving.insert("ë")  # QTest types ASCII only; insert() is what typing does
    qtbot.keyClicks(omschrijving, "l")
    ucs2 = smstext.analyse(page.ui.preview_label.text())
    assert (ucs2.encoding, ucs2.segments) == (smstext.Encoding.UCS2, 2)  # 67 per part
    assert page.ui.counter_label.text() == (
        f"2 sms'en · {ucs2.units} van 134 tekens · met speciale tekens"
    )
    assert "«ë»" in page.ui.special_label.text()
    assert page.ui.transliterate_check.isEnabled() and not page.ui.transliterate_check.isChecked()
    assert "ë → e" in page.ui.changes_label.text()
    assert "Noël" in page.ui.preview_label.text()
    qtbot.waitUntil(lambda: f"{2 * wanted} sms'en in totaal" in page.ui.recipients_label.text())
    page.ui.transliterate_check.setChecked(True)
    assert "Noel" in page.ui.preview_label.text()
    assert page.ui.counter_label.text().startswith("1 sms · ")
    assert page.ui.counter_label.text().endswith("gewone tekens")
    qtbot.waitUntil(lambda: f"· {wanted} sms'en in totaal" in page.ui.recipients_label.text())


def test_recipient_count_follows_the_networks(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_page: object
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    page.ui.free_text_edit.setPlainText("Verdachte wagen in de buurt, bel 101.")
    _check(page, "BIN Oordegem", "BIN Bambrugge")
    both = _recipients(demo_db, balie, "BIN Oordegem", "BIN Bambrugge")
    qtbot.waitUntil(lambda: page.last_draft is not None and page.last_draft.recipients == both)
    _check(page, "BIN Bambrugge")
    one = _recipients(demo_db, balie, "BIN Bambrugge")
    assert one < both
    qtbot.waitUntil(lambda: page.last_draft is not None and page.last_draft.recipients == one)
    # the street list follows the chosen networks
    streets = [page.ui.street_combo.itemText(i) for i in range(page.ui.street_combo.count())]
    assert "Molenstraat" in streets and "Smetledestraat" not in streets
    _check(page)
    qtbot.waitUntil(lambda: page.ui.hint_label.text() == "Kies minstens één netwerk.")
    assert page.last_draft is None


def test_only_active_networks_are_offered(
    qtbot: QtBot, demo_db: Database, admin: Actor, balie: Actor, make_page: object
) -> None:
    with demo_db.session() as s:
        networks.set_network_active(s, admin, networks.get_network(s, "BIN Aaigem"), False)
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    lst = page.ui.networks_list
    names = [lst.item(i).text().split(" ·")[0] for i in range(lst.count())]
    assert names == ["BIN Bambrugge", "BIN Oordegem"]


def test_send_asks_then_queues_the_deliveries(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: object,
    confirmations: Confirmations,
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    _check(page, "BIN Oordegem")
    page.set_kind("prevention")
    page.ui.free_text_edit.setPlainText(
        "BIN-tip: sluit uw tuinhuis af, er wordt gereedschap gestolen."
    )
    wanted = _recipients(demo_db, balie, "BIN Oordegem")
    with qtbot.waitSignal(page.alert_queued) as queued:
        page.ui.send_button.click()
    (asked,) = confirmations
    assert "Netwerken: BIN Oordegem" in asked
    assert f"Ontvangers: {wanted}" in asked
    assert f"Sms'en: {wanted} (1 per ontvanger)" in asked
    assert "Soort: preventie" in asked
    assert "wacht in de wachtrij tot de pc met de modem(s)" in asked  # no bridge on this desk
    with demo_db.read_session() as s:
        alert = s.get(Alert, queued.args[0])
        assert alert is not None
        assert (alert.kind, alert.created_by) == ("prevention", "balie1")
        states = list(s.scalars(select(Delivery.state).where(Delivery.alert_id == alert.id)))
    assert states == ["queued"] * wanted
    # ready for the next message; the networks stay chosen
    assert page.ui.free_text_edit.toPlainText() == ""
    assert page.kind() == "urgent"
    assert page.checked_network_ids() == [_network_id(demo_db, "BIN Oordegem")]
    assert page.ui.send_button.isEnabled()


def test_ctrl_enter_sends_only_after_confirmation(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _a: asked.append(text) or False)
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    _check(page, "BIN Aaigem")
    page.ui.free_text_edit.setFocus()
    qtbot.keyClicks(page.ui.free_text_edit, "Inbraak in de Kerkstraat, bel 101.")
    qtbot.keyClick(page.ui.free_text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.waitUntil(page.ui.send_button.isEnabled)  # the officer said no: nothing queued
    assert page.ui.free_text_edit.toPlainText() == "Inbraak in de Kerkstraat, bel 101."
    with demo_db.read_session() as s:
        assert s.scalar(select(Alert.id)) is None


def test_tab_goes_from_the_street_to_the_tips_fields(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_page: object
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    page.select_tip("verdacht-voertuig")
    page.activateWindow()
    page.ui.street_combo.setFocus()
    qtbot.waitUntil(lambda: page.ui.street_combo.hasFocus())
    qtbot.waitUntil(lambda: page.field_edit("voertuig").isVisible())  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.field_edit("tijdstip")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.field_edit("voertuig")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.ui.transliterate_check or (
        QApplication.focusWidget() is page.ui.send_button  # the check is off: no special chars
    )


def test_a_refusal_is_shown_as_the_service_says_it(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_page: object, confirmations: Confirmations
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    _check(page, "BIN Oordegem")
    page.select_tip("verdachte-persoon")
    with qtbot.waitSignal(page.desk.tasks.error) as refused:
        page.send()
    assert refused.args[0].startswith("Vul nog in: {straat} (de straat van het incident)")
    assert confirmations == []
    assert page.ui.send_button.isEnabled()


def test_a_follow_up_goes_to_the_original_recipients(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: object,
    confirmations: Confirmations,
) -> None:
    with demo_db.session() as s:
        plan = alerts.draft(
            s,
            balie,
            networks=[networks.get_network(s, "BIN Bambrugge")],
            text="Verdachte persoon in de Molenstraat, doe uw licht aan.",
            incident_street="Molenstraat",
        )
        original = alerts.queue(s, balie, plan)
        original_id, original_count = original.id, len(plan.recipients)
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    _check(page, "BIN Oordegem")
    page.ui.street_combo.setEditText("Kerkstraat")  # typed for an earlier message
    page.select_tip("dader-gevat")  # an opvolging tip: the kind follows
    assert page.kind() == "feedback"
    assert page.follow_up_id() == original_id  # the newest alert is offered first
    assert not page.ui.networks_list.isEnabled()
    assert "BIN Bambrugge" in page.ui.networks_hint_label.text()
    bambrugge, oordegem = (
        _network_id(demo_db, "BIN Bambrugge"),
        _network_id(demo_db, "BIN Oordegem"),
    )
    assert page.checked_network_ids() == [bambrugge]  # the original's, shown as they are used
    assert page.street() == "Molenstraat"  # taken from the original
    assert page.ui.preview_label.text() == (
        "BIN-opvolging: de verdachte van de melding in de Molenstraat is gevat. "
        "Bedankt voor uw waakzaamheid!"
    )
    qtbot.waitUntil(
        lambda: page.last_draft is not None and page.last_draft.recipients == original_count
    )
    with qtbot.waitSignal(page.alert_queued) as queued:
        page.send()
    assert "Netwerken: BIN Bambrugge" in confirmations[0]
    with demo_db.read_session() as s:
        follow_up = s.get(Alert, queued.args[0])
        assert follow_up is not None
        assert (follow_up.kind, follow_up.parent_id) == ("feedback", original_id)
        mobiles = set(s.scalars(select(Delivery.mobile).where(Delivery.alert_id == follow_up.id)))
        before = set(s.scalars(select(Delivery.mobile).where(Delivery.alert_id == original_id)))
    assert mobiles == before
    assert page.kind() == "urgent"  # reset after sending: the officer's own choice is back
    assert page.checked_network_ids() == [oordegem]


def test_edit_a_filled_tip_as_free_text(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_page: object
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    page.select_tip("diefstal-auto")
    page.ui.street_combo.setEditText("Dorp")
    page.ui.edit_text_button.click()
    assert page.tip_key() is None
    assert page.ui.free_text_edit.isVisibleTo(page)
    assert page.ui.free_text_edit.toPlainText().startswith(
        "BIN-melding: diefstallen uit auto's in de Dorp."
    )


def test_balie_sees_the_send_button_communicatie_does_not(
    demo_db: Database,
    balie: Actor,
    communicatie: Actor,
    make_page: object,
) -> None:
    page: AlertPage = make_page(demo_db, balie)  # type: ignore[operator]
    assert page.ui.send_button.isVisibleTo(page)
    assert page.ui.role_notice_label.isHidden()
    comm: AlertPage = make_page(demo_db, communicatie)  # type: ignore[operator]
    assert not comm.ui.send_button.isVisibleTo(comm)
    assert "communicatie" in comm.ui.role_notice_label.text()
    assert not comm.ui.compose_group.isEnabled()
    # and the service refuses it anyway
    with demo_db.session() as s, pytest.raises(PermissionDenied):
        alerts.draft(s, communicatie, networks=[networks.get_network(s, "BIN Oordegem")], text="x")


def test_the_header_says_simulatie_when_nothing_really_goes_out(
    demo_db: Database, balie: Actor, make_page: object
) -> None:
    bridge = SendingBridge(demo_db, ["sim"])
    page: AlertPage = make_page(demo_db, balie, bridge)  # type: ignore[operator]
    assert page.ui.sending_label.text().startswith("SIMULATIE")
    assert "niemand ontvangt een sms" in page.confirmation.sending_notice()


def test_preview_helpers() -> None:
    text, missing = preview_text("In de {straat} om {tijdstip}: {straat}.", {"straat": " Dorp "})
    assert (text, missing) == ("In de Dorp om {tijdstip}: Dorp.", ["tijdstip"])
    assert char_name("ë") == "«ë»"
    assert char_name("\u00a0") == "U+00A0"
