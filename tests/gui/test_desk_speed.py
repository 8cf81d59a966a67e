"""Issue 12, the composer and Verzonden at the speed of a phone call: the too-long warning
with its shorter wording, the remaining time while sending, "Stuur opvolging", and words a
Flemish officer reads without stumbling (plurals, one word per meaning, no jargon)."""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.domain import smstext
from bindesk.domain.access import ROLE_LABELS_NL, Role
from bindesk.gui import ask
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.history_page import HistoryPage
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.services import alerts, networks, throughput
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory

LONG = (
    "BIN-melding: verdachte persoon gezien in de Kerkstraat (vanavond rond 21.30 uur): man in "
    "donkere jas met rugzak. Doe uw buitenverlichting aan en bel bij iets verdachts 101."
)


def _alert_page(window: MainWindow) -> AlertPage:
    page = window.pages["alert"]
    assert isinstance(page, AlertPage)
    return page


def _queue(db: Database, actor: Actor, network: str = "BIN Oordegem", **kw: object) -> int:
    with db.session() as s:
        plan = alerts.draft(s, actor, networks=[networks.get_network(s, network)], **kw)  # type: ignore[arg-type]
        return alerts.queue(s, actor, plan).id


def test_an_urgent_text_over_one_sms_says_by_how_much_and_one_click_shortens_it(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, balie)
    window.new_alert()
    page = _alert_page(window)
    qtbot.waitUntil(lambda: page.ui.networks_list.count() > 0)
    assert page.kind() == "urgent"
    page.ui.free_text_edit.setPlainText(LONG)
    over = len(LONG) - 160
    label = page.ui.length_label
    assert label.isVisible()
    assert f"{over} tekens te veel voor één sms" in label.text()
    assert "in 2 sms'en per lid" in label.text()
    assert page.shorter_wording is not None and page.shorter_wording in label.text()
    assert smstext.analyse(page.shorter_wording).segments == 1
    for abbreviation in ("tel.", "nr.", "bv.", "ong.", "a.u.b."):
        assert abbreviation not in page.shorter_wording
    assert page.ui.shorter_button.isVisible()

    qtbot.mouseClick(page.ui.shorter_button, Qt.MouseButton.LeftButton)  # one click
    assert page.ui.free_text_edit.toPlainText() == page.shorter_wording or (
        page.shorter_wording is None
    )
    assert smstext.analyse(page.ui.free_text_edit.toPlainText()).segments == 1
    assert not label.isVisible() and not page.ui.shorter_button.isVisible()
    assert page.ui.counter_label.text().startswith("1 sms · ")


def test_the_warning_is_for_urgent_texts_and_one_without_a_readable_shorter_form(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, balie)
    window.show_page("alert")
    page = _alert_page(window)
    qtbot.waitUntil(lambda: page.ui.networks_list.count() > 0)
    page.set_kind("prevention")
    page.ui.free_text_edit.setPlainText(LONG)
    assert not page.ui.length_label.isVisible()  # a prevention tip may take two
    page.set_kind("urgent")
    page.ui.free_text_edit.setPlainText("Kerkstraat " * 20 + "101")
    assert page.ui.length_label.isVisible()
    assert "Maak de tekst korter" in page.ui.length_label.text()
    assert not page.ui.shorter_button.isVisible()


def test_verzonden_shows_the_time_left_until_the_last_member_has_it(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory
) -> None:
    alert_id = _queue(demo_db, balie, text="BIN-melding: inbraak in de Kerkstraat. Bel 101.")
    with demo_db.read_session() as s:
        left = throughput.remaining(s, alert_id)
    assert left.assumed_modem and left.parts > 0  # no dispatcher ran: one typical modem
    window = make_window(demo_db, balie)
    page = window.show_page("sent")
    assert isinstance(page, OutboxPage)
    with qtbot.waitSignal(page.remaining_shown, timeout=10_000):
        page.show_alert(alert_id)
    minutes = math.ceil(left.seconds / 60)
    text = page.ui.deliveries_label.text()
    assert f"Tot het laatste lid het heeft: nog ongeveer {minutes} minuten" in text, text
    assert "geen modem verbonden" in text


@pytest.mark.parametrize("source", ["sent", "history"])
def test_stuur_opvolging_opens_the_composer_as_a_follow_up(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory, source: str
) -> None:
    alert_id = _queue(
        demo_db,
        balie,
        network="BIN Bambrugge",
        text="BIN-melding: inbraak in de Kerkstraat. Bel 101.",
        incident_street="Kerkstraat",
    )
    window = make_window(demo_db, balie)
    page = window.show_page(source)
    if isinstance(page, OutboxPage):
        qtbot.waitUntil(lambda: page.selected_id() == alert_id, timeout=10_000)
        button = page.follow_up_button
    else:
        assert isinstance(page, HistoryPage)
        qtbot.waitUntil(lambda: page.logbook.rowCount() > 0, timeout=10_000)
        page.select_alert(alert_id)
        button = page.ui.follow_up_button
    assert button.isEnabled()
    alarm = _alert_page(window)
    with qtbot.waitSignal(alarm.follow_up_ready, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "alert"
    assert alarm.kind() == "feedback" and alarm.follow_up_id() == alert_id
    assert alarm.street() == "Kerkstraat"
    with demo_db.read_session() as s:
        centrum = networks.get_network(s, "BIN Bambrugge").id
    assert alarm.checked_network_ids() == [centrum]
    first = alarm.ui.tip_combo.itemData(2)  # 0: own text, 1: the first category's title
    assert alarm.tip_fields.by_key[first].kind == "feedback"  # the feedback presets come first
    assert alarm.ui.tip_search_edit.hasFocus()
    qtbot.keyClicks(alarm.ui.tip_search_edit, "gevat")
    assert alarm.tip_key() == "dader-gevat"
    qtbot.waitUntil(lambda: alarm.last_draft is not None and alarm.last_draft.kind == "feedback")


WORDS_NOT_ON_SCREEN = re.compile(
    r"GSM-7|UCS-2|Unicode|BINDESK_|bindesk (outbox|alert|inbox|tips|operators)|encoding|"
    r"recipients|segments|lid/leden|deel/delen|\(admin\)"
)


def _texts(widget: QWidget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        found.append(child.toolTip())
    return found


def test_the_composer_and_the_desk_pages_show_no_jargon(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, balie)
    window.show_page("alert")
    page = _alert_page(window)
    qtbot.waitUntil(lambda: page.ui.networks_list.count() > 0)
    page.ui.free_text_edit.setPlainText("BIN-melding: geur van chemicaliën. Bel 101.")
    assert "met speciale tekens" in page.ui.counter_label.text()
    for key in ("alert", "sent", "inbox", "history"):
        shown = window.show_page(key)
        window.desk.tasks.wait_idle()
        QApplication.processEvents()
        bad = [t for t in _texts(shown) if WORDS_NOT_ON_SCREEN.search(t)]
        assert not bad, (key, bad)


def test_logging_in_and_joining_a_bin_are_different_words() -> None:
    assert ROLE_LABELS_NL[Role.ADMIN] == "hoofdgebruiker"
    assert "beheer" not in ROLE_LABELS_NL[Role.ADMIN]
    from bindesk.gui.forms.ui_login_dialog import Ui_LoginDialog
    from bindesk.gui.forms.ui_setup_admin_dialog import Ui_SetupAdminDialog

    host = QWidget()
    login = Ui_LoginDialog()
    login.setupUi(host)
    assert "Inloggen" in login.title_label.text() and "anmelden" not in host.windowTitle()
    other = QWidget()
    first = Ui_SetupAdminDialog()
    first.setupUi(other)
    assert "hoofdgebruiker" in first.intro_label.text()
    assert "beheerder" not in first.intro_label.text() + other.windowTitle()


def test_the_demo_offer_defaults_to_loading_the_demo(
    db: Database, admin: Actor, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.defaultButton().text(), [b.text() for b in box.buttons()]))
        return 0

    window = make_window(db, admin)
    monkeypatch.setattr(ask.QMessageBox, "exec", exec_)
    assert not window.offer_demo_data()  # nothing clicked: nothing loaded
    assert seen == [("Demogegevens laden", ["Demogegevens laden", "Met echte gegevens beginnen"])]
    assert window.database_is_empty()


def test_the_window_fits_1366_by_768_with_its_status_bar(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, admin)
    hint = window.minimumSizeHint()
    # a 1366×768 screen less a taskbar (40 px) and the title bar (30 px)
    assert hint.width() <= 1366 and hint.height() <= 768 - 70, hint
    assert window.minimumSize().width() <= 1366 and window.minimumSize().height() <= 698
    assert window.maximumSize().width() > 1366  # resizable
    window.resize(1366, 698)
    for key in window.pages:
        window.show_page(key)
        QApplication.processEvents()
        assert window.height() <= 698 and window.width() <= 1366, key
        assert window.ui.status_bar.isVisible()
        bar = window.ui.status_bar.geometry()
        assert bar.bottom() <= window.rect().bottom(), key


def test_the_inbox_names_every_kind_of_message_in_words(qtbot: QtBot) -> None:
    """Failed before: a reply that maybe means STOP showed as 'maybe_opt_out'."""
    import dataclasses
    import datetime as dt

    from bindesk.domain.optout import ReplyKind
    from bindesk.gui.pages.inbox_page import InboxTableModel
    from bindesk.services import replies

    model = InboxTableModel()
    fields = {f.name: None for f in dataclasses.fields(replies.InboxRow)}
    for action in [*ReplyKind, "unknown"]:
        row = replies.InboxRow(
            **{**fields, "action": str(action), "received_at": dt.datetime.now(dt.UTC)}
        )  # type: ignore[arg-type]
        words = model.what(row)
        assert "_" not in words and words != str(action), action


def test_months_are_named_in_the_desk_language() -> None:
    from PySide6.QtCore import QLocale

    from bindesk.gui.pages.history_page import _month_name

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
        assert _month_name("2026-12") == "december 2026"
    finally:
        QLocale.setDefault(before)
