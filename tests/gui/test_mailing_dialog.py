"""Nieuwsbrief → Per e-mail versturen, through the desk's own e-mail worker to a real SMTP
server (aiosmtpd on loopback): choose networks, confirm, progress to completion with the
failed address and the server's reason; stop and resume without mailing anyone twice."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.dialogs.mailing_dialog import MailingDialog
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.newsletter_page import NewsletterPage
from bindesk.gui.sending import SendingBridge
from bindesk.services import mail, members
from bindesk.services.operators import Actor
from tests import factories
from tests.mailserver import MailServer

TIMEOUT = 60_000


def _members(db: Database, admin: Actor, count: int) -> None:
    with db.session() as s:
        kerk = factories.network(s, admin, "BIN Kerkstraat")
        other = factories.network(s, admin, "BIN Molenwijk")
        for i in range(count):
            members.add_member(
                s,
                admin,
                members.MemberInput(
                    last_name=f"Lid{i}",
                    email=f"lid{i}@example.be",
                    channel="email",
                    consent_method="formulier",
                ),
                [kerk],
            )
        members.add_member(  # an address but no consent: skipped
            s,
            admin,
            members.MemberInput(last_name="Zonder", email="zonder@example.be", channel="email"),
            [kerk],
        )
        members.add_member(  # another network, not chosen
            s,
            admin,
            members.MemberInput(
                last_name="Molen",
                email="molen@example.be",
                channel="email",
                consent_method="formulier",
            ),
            [other],
        )


def _configure(db: Database, admin: Actor, server: MailServer) -> None:
    with db.session() as s:
        mail.save_settings(s, admin, server.settings(sender_address="bin@zone.be"))


def _window(qtbot: QtBot, db: Database, admin: Actor) -> tuple[MainWindow, SendingBridge]:
    bridge = SendingBridge(db)
    window = MainWindow(Desk(db, admin), sending=bridge)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    bridge.start()  # no modem on this PC: the e-mail worker starts all the same
    assert bridge.mailer.is_running, bridge.mailer.problem
    return window, bridge


def _built_page(qtbot: QtBot, window: MainWindow) -> NewsletterPage:
    page = window.pages["newsletter"]
    assert isinstance(page, NewsletterPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("newsletter")
    assert not page.ui.mail_button.isEnabled()  # nothing built yet
    page.ui.title_edit.setText("BIN-nieuws winter")
    page.ui.period_combo.setCurrentIndex(page.ui.period_combo.findData("2026-Q4"))
    with qtbot.waitSignal(page.built, timeout=30_000):
        page.ui.build_button.click()
    qtbot.waitUntil(lambda: not page.desk.tasks.busy, timeout=10_000)
    assert page.ui.mail_button.isEnabled()
    return page


def _open_dialog(qtbot: QtBot, page: NewsletterPage) -> MailingDialog:
    page.ui.mail_button.click()
    dialog = page.mailing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.networks_list.count() > 0, timeout=10_000)
    listing = dialog.ui.networks_list
    for row in range(listing.count()):  # only BIN Kerkstraat
        item = listing.item(row)
        wanted = item.text() == "BIN Kerkstraat"
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    return dialog


def test_the_edition_goes_out_with_progress_and_the_failed_address_shows_the_reason(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    plain_mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = plain_mail_server
    _members(db, admin, 12)
    _configure(db, admin, server)
    server.fault(
        "lid5@example.be", "rcpt", "550 5.1.1 <lid5@example.be>: Recipient address rejected"
    )
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    window, bridge = _window(qtbot, db, admin)
    dialog = _open_dialog(qtbot, _built_page(qtbot, window))
    assert "BIN-nieuws winter" in dialog.ui.intro_label.text()
    # 12 members with consent and an address; one without consent; one in another network
    qtbot.waitUntil(lambda: "12 leden" in dialog.ui.count_label.text(), timeout=10_000)
    assert "1 zonder toestemming" in dialog.ui.count_detail_label.text()
    assert dialog.ui.send_button.isEnabled()
    assert "via 127.0.0.1" in dialog.ui.worker_label.text()

    with qtbot.waitSignal(dialog.finished_sending, timeout=TIMEOUT):
        dialog.ui.send_button.click()
    assert asked and "1 netwerk" in asked[0]
    state = dialog.state
    assert state is not None
    assert state.progress.counts.get("sent", 0) == 11 and state.progress.failed == 1
    assert dialog.ui.progress_bar.value() == dialog.ui.progress_bar.maximum() == 12
    assert "11 verzonden" in dialog.ui.counts_label.text()
    assert "0 in wachtrij" in dialog.ui.counts_label.text()
    assert "1 mislukt" in dialog.ui.counts_label.text()
    assert dialog.ui.failed_view.isVisible() and dialog.ui.failed_view.rowCount() == 1
    assert dialog.ui.failed_view.item(0, 0).text() == "lid5@example.be"
    assert "Recipient address rejected" in dialog.ui.failed_view.item(0, 1).text()
    assert "Klaar: 11 van 12 verzonden, 1 mislukt" in dialog.ui.message_label.text()
    # the server got one message per member, none to the members left out, with the PDF
    received = Counter(r for got in server.received for r in got.recipients)
    assert len(received) == 11 and set(received.values()) == {1}
    assert "zonder@example.be" not in received and "molen@example.be" not in received
    message = server.to("lid0@example.be")[0].message
    attachments = [
        p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"
    ]
    assert len(attachments) == 1
    assert message["List-Unsubscribe"]
    bridge.shutdown()


def test_stop_then_resume_mails_everyone_once(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    plain_mail_server: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = plain_mail_server
    _members(db, admin, 10)
    _configure(db, admin, server)
    server.set_delay(0.3)  # a slow server: there is time to stop half-way
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    window, bridge = _window(qtbot, db, admin)
    dialog = _open_dialog(qtbot, _built_page(qtbot, window))
    with qtbot.waitSignal(dialog.started, timeout=TIMEOUT):
        dialog.ui.send_button.click()
    qtbot.waitUntil(lambda: len(server.received) >= 2, timeout=TIMEOUT)
    qtbot.waitUntil(dialog.ui.cancel_mailing_button.isVisible, timeout=TIMEOUT)
    dialog.ui.cancel_mailing_button.click()
    qtbot.waitUntil(dialog.ui.resume_button.isVisible, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: dialog.state is not None and dialog.state.progress.waiting == 0, timeout=TIMEOUT
    )
    assert "gestopt" in dialog.ui.counts_label.text()
    stopped_at = len(server.received)
    assert stopped_at < 10
    with qtbot.waitSignal(dialog.finished_sending, timeout=TIMEOUT):
        dialog.ui.resume_button.click()
    received = Counter(r for got in server.received for r in got.recipients)
    assert len(received) == 10 and set(received.values()) == {1}
    assert not dialog.ui.resume_button.isVisible()
    bridge.shutdown()


def test_without_a_mail_server_the_dialog_says_the_mails_wait(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    _members(db, admin, 2)
    window, bridge = MainWindow(Desk(db, admin)), None
    qtbot.addWidget(window)
    window.show()
    page = _built_page(qtbot, window)
    dialog = _open_dialog(qtbot, page)
    assert "verstuurt geen e-mail" in dialog.ui.worker_label.text()
    assert bridge is None
