"""Instellingen → E-mail: an admin sets the mail server, the password is never shown again,
the test mail reaches a real SMTP server (aiosmtpd, STARTTLS + AUTH), the Microsoft sign-in
shows its device code and waits off the GUI thread, and the bounce mailbox is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.mail_section import MailSection
from bindesk.gui.pages.settings_page import SettingsPage
from bindesk.mail.oauth import MsalTokenProvider
from bindesk.services import mail, mail_inbox
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory
from tests.mailserver import PASSWORD, USER, MailServer
from tests.unit.mail.authority import Authority

TIMEOUT = 15_000


@pytest.fixture
def trusted(mail_server: MailServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MailServer:
    """The desk trusts the test server's CA the way a PC trusts the zone's: the system store."""
    ca = tmp_path / "zone-ca.pem"
    mail_server.ca.cert_pem.write_to_path(str(ca))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("BINDESK_SMTP_URL", raising=False)
    return mail_server


def open_section(window: MainWindow, qtbot: QtBot) -> MailSection:
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage) and page.mail_section is not None
    page.show_mail_section()
    qtbot.waitUntil(lambda: not window.desk.tasks.busy, timeout=TIMEOUT)
    return page.mail_section


def fill(section: MailSection, server: MailServer, password: str) -> None:
    ui = section.ui
    ui.host_edit.setText("127.0.0.1")
    ui.port_spin.setValue(server.port)
    ui.security_combo.setCurrentIndex(ui.security_combo.findData("starttls"))
    ui.auth_combo.setCurrentIndex(ui.auth_combo.findData("password"))
    ui.username_edit.setText(USER)
    ui.password_edit.setText(password)
    ui.sender_name_edit.setText("BIN Erpe-Mere")
    ui.sender_address_edit.setText("bin@zone.be")
    ui.reply_to_edit.setText("bin-antwoord@zone.be")
    ui.rate_spin.setValue(60)


def test_saving_keeps_the_password_out_of_sight_and_the_test_mail_arrives(
    qtbot: QtBot, make_window: WindowFactory, db: Database, admin: Actor, trusted: MailServer
) -> None:
    window = make_window(db, admin)
    section = open_section(window, qtbot)
    ui = section.ui
    assert section.isVisible()
    # WHEN the admin fills in the server and saves
    fill(section, trusted, PASSWORD)
    with qtbot.waitSignal(section.loaded, timeout=TIMEOUT):
        ui.save_button.click()
        assert ui.password_edit.text() == ""  # gone from the widget at once
    # THEN the password is stored, never shown: the field is empty and says "ongewijzigd"
    assert ui.password_edit.text() == ""
    assert ui.password_edit.placeholderText() == "ongewijzigd"
    with db.read_session() as s:
        stored = mail.stored_settings(s)
        assert stored is not None and stored.password == PASSWORD
        assert stored.max_per_minute == 60 and stored.reply_to == "bin-antwoord@zone.be"
        for event in s.scalars(select(AuditEvent)):
            assert PASSWORD not in f"{event.before} {event.after} {event.detail}"
    assert ui.host_edit.text() == "127.0.0.1"

    # saving again with the field empty keeps the stored password
    ui.sender_name_edit.setText("BIN Lede")
    with qtbot.waitSignal(section.loaded, timeout=TIMEOUT):
        ui.save_button.click()
    with db.read_session() as s:
        stored = mail.stored_settings(s)
        assert stored is not None and stored.password == PASSWORD
        assert stored.sender_name == "BIN Lede"

    # AND the test mail goes through STARTTLS + AUTH to the server
    ui.test_address_edit.setText("inspecteur@zone.be")
    with qtbot.waitSignal(section.test_done, timeout=TIMEOUT) as done:
        ui.test_button.click()
    assert done.args is not None and done.args[0] is True, done.args
    assert "inspecteur@zone.be" in ui.test_result_label.text()
    received = trusted.to("inspecteur@zone.be")
    assert len(received) == 1 and received[0].login == USER


def test_a_refused_login_is_shown_in_dutch_and_nothing_arrives(
    qtbot: QtBot, make_window: WindowFactory, db: Database, admin: Actor, trusted: MailServer
) -> None:
    window = make_window(db, admin)
    section = open_section(window, qtbot)
    fill(section, trusted, "fout-wachtwoord")
    section.ui.test_address_edit.setText("inspecteur@zone.be")
    with qtbot.waitSignal(section.test_done, timeout=TIMEOUT) as done:
        section.ui.test_button.click()  # before saving: the test uses what is typed
    assert done.args is not None and done.args[0] is False
    assert "535" in section.ui.test_result_label.text() or "inlog" in (
        section.ui.test_result_label.text().lower()
    )
    assert trusted.received == []
    with db.read_session() as s:
        assert mail.stored_settings(s) is None  # a test stores nothing


def test_the_override_of_this_pc_is_said_in_words_and_shown_read_only(
    qtbot: QtBot,
    make_window: WindowFactory,
    db: Database,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(
        "BINDESK_SMTP_URL",
        "smtp://bin%40zone.be:geheim@mail.zone.be:587?starttls=1&from=bin@zone.be",
    )
    window = make_window(db, admin)
    section = open_section(window, qtbot)
    assert section.ui.override_label.isVisible()
    assert "beheerder van deze pc" in section.ui.override_label.text()
    assert "BINDESK_SMTP_URL" not in section.ui.override_label.text()
    assert not section.ui.smtp_group.isEnabled()
    assert section.ui.host_edit.text() == "mail.zone.be"
    assert section.ui.password_edit.text() == ""


def test_the_microsoft_sign_in_shows_the_device_code_and_waits_off_the_gui_thread(
    qtbot: QtBot,
    make_window: WindowFactory,
    db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    window = make_window(db, admin)
    section = open_section(window, qtbot)
    ui = section.ui
    ui.auth_combo.setCurrentIndex(ui.auth_combo.findData("oauth2"))
    ui.client_id_edit.setText("client-1")
    assert ui.oauth_login_button.isEnabled()
    assert not ui.password_edit.isEnabled()
    with Authority(tmp_path) as authority:
        provider = MsalTokenProvider(
            "client-1",
            authority.state.tenant,
            tmp_path / "cache.json",
            authority_host=authority.base,
            verify=str(authority.cert),
        )
        with qtbot.waitSignal(section.oauth_code, timeout=TIMEOUT) as code:
            section.login_task = section._start_login(provider)
        assert code.args is not None and "BCDF-GHJK" in code.args[0]
        assert "BCDF-GHJK" in ui.device_code_label.text()
        assert "microsoft.com/devicelogin" in ui.device_code_label.text()
        assert ui.oauth_login_button.text() == "Inloggen afbreken"
        with qtbot.waitSignal(section.oauth_done, timeout=TIMEOUT) as done:
            authority.state.approved = True  # the officer typed the code on a phone
        assert done.args == [True, "bin@zone.be"]
    assert "Ingelogd als bin@zone.be" in ui.oauth_status_label.text()
    assert not ui.device_code_label.isVisible()


def test_the_sign_in_can_be_stopped(
    qtbot: QtBot,
    make_window: WindowFactory,
    db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    window = make_window(db, admin)
    section = open_section(window, qtbot)
    with Authority(tmp_path) as authority:
        provider = MsalTokenProvider(
            "client-1",
            authority.state.tenant,
            tmp_path / "cache.json",
            authority_host=authority.base,
            verify=str(authority.cert),
        )
        with qtbot.waitSignal(section.oauth_code, timeout=TIMEOUT):
            section.login_task = section._start_login(provider)
        with qtbot.waitSignal(section.oauth_done, timeout=TIMEOUT) as done:
            section.oauth_login()  # the button now reads "Inloggen afbreken"
    assert done.args is not None and done.args[0] is False
    assert "afgebroken" in section.ui.oauth_status_label.text()
    assert not (tmp_path / "cache.json").exists()


def test_the_bounce_mailbox_is_saved_without_showing_its_password_and_read(
    qtbot: QtBot,
    make_window: WindowFactory,
    db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.unit.mail.authority import self_signed_cert
    from tests.unit.mail.imap_server import ImapServer

    folder = tmp_path / "imap"
    folder.mkdir()
    cert, key = self_signed_cert(folder)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the desk trusts it as the zone's own
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    samples = Path(__file__).parents[1] / "data" / "bounces"
    with ImapServer(cert, key, implicit_tls=True) as server:
        server.mailbox.add((samples / "out_of_office.eml").read_bytes())
        window = make_window(db, admin)
        section = open_section(window, qtbot)
        ui = section.ui
        assert not ui.fetch_bounces_button.isEnabled()  # nothing configured yet
        ui.imap_host_edit.setText("127.0.0.1")
        ui.imap_port_spin.setValue(server.port)
        ui.imap_user_edit.setText(server.mailbox.user)
        ui.imap_password_edit.setText(server.mailbox.password)
        with qtbot.waitSignal(section.loaded, timeout=TIMEOUT):
            ui.save_button.click()
        assert ui.imap_password_edit.text() == ""
        assert ui.imap_password_edit.placeholderText() == "ongewijzigd"
        with db.read_session() as s:
            stored = mail_inbox.stored_bounce_mailbox(s)
            assert stored is not None and stored.password == server.mailbox.password
            assert mail.stored_settings(s) is None  # no SMTP host typed: none stored
        with qtbot.waitSignal(section.bounces_done, timeout=TIMEOUT) as done:
            ui.fetch_bounces_button.click()
        assert done.args is not None and done.args[0] is True, done.args
        assert "1 mail(s) gelezen" in ui.bounces_result_label.text()
        assert "\\Seen" in server.mailbox.mails[0].flags


def test_a_refused_save_gives_the_typed_password_back_and_stores_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    db: Database,
    admin: Actor,
    trusted: MailServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(db, admin)
    section = open_section(window, qtbot)
    fill(section, trusted, PASSWORD)
    section.ui.sender_address_edit.setText("geen-adres")
    refused: list[str] = []
    window.desk.tasks.error.connect(refused.append)
    section.ui.save_button.click()
    qtbot.waitUntil(lambda: bool(refused), timeout=TIMEOUT)
    assert "afzenderadres" in refused[0]
    assert section.ui.password_edit.text() == PASSWORD  # typed a moment ago: not retyped
    with db.read_session() as s:
        assert mail.stored_settings(s) is None


def test_a_microsoft_365_bounce_mailbox_needs_no_password(
    qtbot: QtBot, make_window: WindowFactory, db: Database, admin: Actor
) -> None:
    window = make_window(db, admin)
    ui = open_section(window, qtbot).ui
    assert ui.imap_password_edit.isEnabled()
    ui.imap_auth_combo.setCurrentIndex(ui.imap_auth_combo.findData("oauth2"))
    assert not ui.imap_password_edit.isEnabled()
