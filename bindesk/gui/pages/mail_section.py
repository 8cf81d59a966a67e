"""Instellingen → E-mail (role admin): the zone's mail server, Microsoft 365 sign-in, the
bounce mailbox and the test mail.

Passwords typed here are stored and the field is emptied at once; afterwards it shows
"ongewijzigd" and an empty field keeps the stored password (:mod:`bindesk.services.mail`).
The test mail, the Microsoft sign-in (device code: the code and the address are shown, the
desk waits off the GUI thread) and reading the bounce mailbox all run on background tasks.
When this PC's administrator set the mail server outside the desk (``BINDESK_SMTP_URL``), the
section says so and shows those settings read only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_mail_section import Ui_MailSection
from bindesk.gui.mail_sending import DeskMailer
from bindesk.gui.operations import Change
from bindesk.gui.tasks import Progress, TaskHandle
from bindesk.mail.bounces import ImapSettings
from bindesk.mail.smtp import DEFAULT_PORTS, SmtpSettings
from bindesk.services import mail, mail_inbox
from bindesk.services.mail import MailSettingsView
from bindesk.services.mail_inbox import BounceMailboxView

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"
IMAP_PORTS = {"tls": 993, "starttls": 143, "none": 143}


@dataclass(frozen=True)
class MailForm:
    smtp: MailSettingsView
    bounces: BounceMailboxView
    signed_in: str | None  # the Microsoft account in this PC's token cache


def _signed_in(view: MailSettingsView) -> str | None:
    settings = view.settings
    if settings is None or settings.auth != "oauth2" or not settings.oauth_client_id:
        return None
    from bindesk.mail.oauth import MsalTokenProvider

    provider = MsalTokenProvider(
        settings.oauth_client_id, settings.oauth_tenant, mail.oauth_cache_path()
    )
    return provider.signed_in_account()


class MailSection(QWidget):
    """The e-mail part of Instellingen; shown to whoever may change settings."""

    loaded = Signal()
    saved = Signal()
    test_done = Signal(bool, str)  # sent?, the Dutch result
    oauth_code = Signal(str)  # the instructions with the device code
    oauth_done = Signal(bool, str)  # signed in?, the result
    bounces_done = Signal(bool, str)

    def __init__(
        self, desk: Desk, mailer: DeskMailer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.mailer = mailer  # this desk's e-mail worker: restarted with saved settings
        self.ui = Ui_MailSection()
        self.ui.setupUi(self)
        ui = self.ui
        for code, label in (
            ("starttls", self.tr("STARTTLS (poort 587)")),
            ("tls", self.tr("TLS (poort 465)")),
            ("none", self.tr("geen (alleen binnen het netwerk van de zone)")),
        ):
            ui.security_combo.addItem(label, code)
        for code, label in (
            ("password", self.tr("wachtwoord")),
            ("oauth2", self.tr("Microsoft 365 (OAuth2)")),
            ("none", self.tr("niet inloggen")),
        ):
            ui.auth_combo.addItem(label, code)
        for code, label in (
            ("tls", self.tr("TLS (poort 993)")),
            ("starttls", self.tr("STARTTLS (poort 143)")),
        ):
            ui.imap_security_combo.addItem(label, code)
        for code, label in (
            ("password", self.tr("wachtwoord")),
            ("oauth2", self.tr("Microsoft 365 (hetzelfde inloggen als verzenden)")),
        ):
            ui.imap_auth_combo.addItem(label, code)
        ui.imap_auth_combo.currentIndexChanged.connect(self._auth_changed)
        ui.port_spin.setValue(587)
        ui.imap_port_spin.setValue(993)
        ui.rate_spin.setSpecialValueText(self.tr("onbeperkt"))
        ui.rate_spin.setSuffix(self.tr(" per minuut"))
        ui.host_edit.setPlaceholderText(self.tr("bv. smtp.office365.com"))
        ui.username_edit.setPlaceholderText(self.tr("bv. bin@politie-zone.be"))
        ui.sender_name_edit.setPlaceholderText(self.tr("bv. BIN Politiezone Erpe-Mere/Lede"))
        ui.sender_address_edit.setPlaceholderText(self.tr("bv. bin@politie-zone.be"))
        ui.reply_to_edit.setPlaceholderText(self.tr("leeg: het afzenderadres"))
        ui.client_id_edit.setPlaceholderText(self.tr("van de app-registratie (IT-dienst)"))
        ui.tenant_edit.setPlaceholderText(self.tr("bv. politie-zone.be of de tenant-GUID"))
        ui.imap_host_edit.setPlaceholderText(self.tr("bv. outlook.office365.com"))
        ui.imap_folder_edit.setPlaceholderText("INBOX")
        ui.test_address_edit.setPlaceholderText(self.tr("uw eigen e-mailadres"))
        ui.it_help_label.setText(
            self.tr(
                "Microsoft 365 laat inloggen met een wachtwoord meestal niet meer toe. Vraag "
                "de IT-dienst van de zone om:\n"
                "1. Authenticated SMTP aan te zetten voor de postbus van de desk;\n"
                "2. een app-registratie met de gedelegeerde machtiging SMTP.Send "
                "(beheerderstoestemming) en 'Openbare clientstromen toestaan' op Ja;\n"
                "3. inloggen met een apparaatcode (device-code flow) toe te laten.\n"
                "Vul dan de toepassings-id en de tenant-id in, bewaar, en klik 'Inloggen bij "
                "Microsoft'."
            )
        )
        ui.override_label.setText(
            self.tr(
                "De mailserver van deze pc is ingesteld door de beheerder van deze pc; die "
                "instelling gaat voor op wat hier bewaard is. Wat u hieronder ziet, is wat "
                "deze pc gebruikt; u kunt het hier niet wijzigen."
            )
        )
        ui.override_label.setVisible(False)
        ui.device_code_label.setVisible(False)
        ui.auth_combo.currentIndexChanged.connect(self._auth_changed)
        ui.security_combo.activated.connect(self._security_chosen)
        ui.imap_security_combo.activated.connect(self._imap_security_chosen)
        ui.host_edit.textChanged.connect(self._update_buttons)
        ui.client_id_edit.textChanged.connect(self._update_buttons)
        ui.save_button.clicked.connect(self.save)
        ui.test_button.clicked.connect(self.send_test)
        ui.oauth_login_button.clicked.connect(self.oauth_login)
        ui.fetch_bounces_button.clicked.connect(self.fetch_bounces)
        self.view: MailForm | None = None
        self.login_task: TaskHandle | None = None
        self._busy: set[str] = set()
        self._typed = ("", "")
        self._auth_changed()
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.desk.actor

        def work(s: Session) -> MailForm:
            view = mail.show_settings(s, actor)
            return MailForm(view, mail_inbox.bounce_mailbox(s, actor), _signed_in(view))

        self.desk.query("mail-settings", work, owner=self, on_done=self._loaded)

    def _loaded(self, form: MailForm) -> None:
        self.view = form
        ui = self.ui
        smtp = form.smtp.settings
        overridden = form.smtp.source == "env"
        ui.override_label.setVisible(overridden)
        ui.smtp_group.setEnabled(not overridden)
        ui.oauth_group.setEnabled(not overridden or (smtp is not None and smtp.auth == "oauth2"))
        if smtp is not None:
            ui.host_edit.setText(smtp.host)
            ui.port_spin.setValue(smtp.port)
            ui.security_combo.setCurrentIndex(max(0, ui.security_combo.findData(smtp.security)))
            ui.auth_combo.setCurrentIndex(max(0, ui.auth_combo.findData(smtp.auth)))
            ui.username_edit.setText(smtp.username)
            ui.sender_name_edit.setText(smtp.sender_name)
            ui.sender_address_edit.setText(smtp.sender_address)
            ui.reply_to_edit.setText(smtp.reply_to)
            ui.client_id_edit.setText(smtp.oauth_client_id)
            ui.tenant_edit.setText(smtp.oauth_tenant)
            ui.rate_spin.setValue(smtp.max_per_minute or 0)
        ui.password_edit.clear()
        ui.password_edit.setPlaceholderText(
            self.tr("ongewijzigd") if form.smtp.password_set else self.tr("(geen wachtwoord)")
        )
        imap = form.bounces.settings
        if imap is not None:
            ui.imap_host_edit.setText(imap.host)
            ui.imap_port_spin.setValue(imap.port)
            ui.imap_security_combo.setCurrentIndex(
                max(0, ui.imap_security_combo.findData(imap.security))
            )
            ui.imap_auth_combo.setCurrentIndex(max(0, ui.imap_auth_combo.findData(imap.auth)))
            ui.imap_user_edit.setText(imap.username)
            ui.imap_folder_edit.setText(imap.folder if imap.folder != "INBOX" else "")
        ui.imap_password_edit.clear()
        ui.imap_password_edit.setPlaceholderText(
            self.tr("ongewijzigd") if form.bounces.password_set else self.tr("(geen wachtwoord)")
        )
        if not self._busy & {"oauth"}:
            self._show_signed_in(form.signed_in)
        self._auth_changed()
        self._update_buttons()
        self.loaded.emit()

    def _show_signed_in(self, account: str | None) -> None:
        label = self.ui.oauth_status_label
        if account:
            label.setText(self.tr("Ingelogd als {account}.").format(account=account))
            label.setStyleSheet(OK_STYLE)
        else:
            label.setText(self.tr("Deze pc is nog niet ingelogd bij Microsoft."))
            label.setStyleSheet("")

    # --- the form ------------------------------------------------------------------------

    def _auth_changed(self, *_args: object) -> None:
        auth = self.ui.auth_combo.currentData()
        self.ui.password_edit.setEnabled(auth == "password")
        self.ui.imap_password_edit.setEnabled(self.ui.imap_auth_combo.currentData() != "oauth2")
        self.ui.username_edit.setEnabled(auth != "none")
        self._update_buttons()

    def _security_chosen(self, *_args: object) -> None:
        security = self.ui.security_combo.currentData()
        if self.ui.port_spin.value() in DEFAULT_PORTS.values():
            self.ui.port_spin.setValue(DEFAULT_PORTS[security])

    def _imap_security_chosen(self, *_args: object) -> None:
        security = self.ui.imap_security_combo.currentData()
        if self.ui.imap_port_spin.value() in IMAP_PORTS.values():
            self.ui.imap_port_spin.setValue(IMAP_PORTS[security])

    def smtp_from_fields(self) -> SmtpSettings:
        ui = self.ui
        stored = self.view.smtp.settings if self.view is not None else None
        rate = ui.rate_spin.value()
        base = stored if stored is not None else SmtpSettings(host="")
        return replace(
            base,
            host=ui.host_edit.text().strip(),
            port=ui.port_spin.value(),
            security=ui.security_combo.currentData(),
            auth=ui.auth_combo.currentData(),
            username=ui.username_edit.text().strip(),
            password=None,
            sender_name=ui.sender_name_edit.text().strip(),
            sender_address=ui.sender_address_edit.text().strip(),
            reply_to=ui.reply_to_edit.text().strip(),
            oauth_client_id=ui.client_id_edit.text().strip(),
            oauth_tenant=ui.tenant_edit.text().strip(),
            max_per_minute=rate or None,
        )

    def imap_from_fields(self) -> ImapSettings | None:
        ui = self.ui
        if not ui.imap_host_edit.text().strip():
            return None
        return ImapSettings(
            host=ui.imap_host_edit.text().strip(),
            port=ui.imap_port_spin.value(),
            security=ui.imap_security_combo.currentData(),
            auth=ui.imap_auth_combo.currentData(),
            username=ui.imap_user_edit.text().strip(),
            folder=ui.imap_folder_edit.text().strip() or "INBOX",
        )

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        configured = self.view is not None and self.view.smtp.configured
        ui.save_button.setEnabled("save" not in self._busy)
        ui.test_button.setEnabled(
            "test" not in self._busy and (configured or bool(ui.host_edit.text().strip()))
        )
        oauth = ui.auth_combo.currentData() == "oauth2"
        ui.oauth_login_button.setEnabled(oauth and bool(ui.client_id_edit.text().strip()))
        ui.oauth_login_button.setText(
            self.tr("Inloggen afbreken")
            if "oauth" in self._busy
            else self.tr("Inloggen bij &Microsoft…")
        )
        has_imap = self.view is not None and self.view.bounces.configured
        ui.fetch_bounces_button.setEnabled(has_imap and "bounces" not in self._busy)

    # --- saving ----------------------------------------------------------------------------

    @desk_action
    def save(self) -> None:
        actor = self.desk.actor
        ui = self.ui
        overridden = self.view is not None and self.view.smtp.source == "env"
        smtp = None if overridden else self.smtp_from_fields()
        password: object = ui.password_edit.text() or mail.KEEP
        imap = self.imap_from_fields()
        imap_password: object = ui.imap_password_edit.text() or mail_inbox.KEEP
        # the typed passwords leave the widgets now: they are never shown again (a refused
        # save gives them back, so the officer need not type them twice)
        self._typed = (ui.password_edit.text(), ui.imap_password_edit.text())
        ui.password_edit.clear()
        ui.imap_password_edit.clear()

        def write(s: Session) -> None:
            if smtp is not None and (smtp.host or mail.stored_settings(s) is not None):
                mail.save_settings(s, actor, smtp, password)
            if imap is not None:
                mail_inbox.save_bounce_mailbox(s, actor, imap, imap_password)

        self._busy.add("save")
        self._update_buttons()
        self.desk.write(
            "mail-settings",
            write,
            owner=self,
            changes=Change.SETTINGS,
            on_done=self._saved,
            on_failure=self._save_failed,
        )

    def _saved(self, _none: None) -> None:
        self._busy.discard("save")
        self._typed = ("", "")
        self.desk.say(self.tr("E-mailinstellingen bewaard."))
        if self.mailer is not None:
            self.mailer.restart()
        self.saved.emit()
        self.refresh()

    def _save_failed(self) -> None:
        self._busy.discard("save")
        self._update_buttons()
        password, imap_password = self._typed
        self.ui.password_edit.setText(password)
        self.ui.imap_password_edit.setText(imap_password)

    # --- the test mail ---------------------------------------------------------------------

    def send_test(self) -> None:
        actor = self.desk.actor
        to = self.ui.test_address_edit.text().strip()
        overridden = self.view is not None and self.view.smtp.source == "env"
        typed = None if overridden else self.smtp_from_fields()
        password = self.ui.password_edit.text()

        def work(s: Session) -> str:
            settings = None
            if typed is not None and typed.host:
                stored = mail.stored_settings(s)
                secret = password or (stored.password if stored is not None else None)
                settings = replace(typed, password=secret)
            return mail.send_test_mail(s, actor, to, settings=settings)

        self._busy.add("test")
        self._update_buttons()
        self._show_result(self.ui.test_result_label, None, self.tr("Testmail wordt verstuurd…"))
        self.desk.write(
            "mail-test",
            work,
            owner=self,
            on_done=lambda _mid: self._test_finished(
                True, self.tr("Testmail verstuurd naar {to}. Kijk in die mailbox.").format(to=to)
            ),
            on_error=lambda message: self._test_finished(False, message),
        )

    def _test_finished(self, ok: bool, message: str) -> None:
        self._busy.discard("test")
        self._update_buttons()
        self._show_result(self.ui.test_result_label, ok, message)
        self.test_done.emit(ok, message)

    def _show_result(self, label: Any, ok: bool | None, message: str) -> None:
        label.setText(message)
        label.setStyleSheet("" if ok is None else OK_STYLE if ok else ERROR_STYLE)

    # --- Microsoft 365 sign-in -------------------------------------------------------------

    def oauth_login(self) -> None:
        if self.login_task is not None:
            self.login_task.cancel()
            return
        from bindesk.mail.oauth import IMAP_SCOPE, SMTP_SCOPE, MsalTokenProvider

        # one sign-in for sending and, when it uses Microsoft 365 too, the bounce mailbox
        imap = self.ui.imap_auth_combo.currentData() == "oauth2"
        provider = MsalTokenProvider(
            self.ui.client_id_edit.text().strip(),
            self.ui.tenant_edit.text().strip(),
            mail.oauth_cache_path(),
            username=self.ui.username_edit.text().strip() or None,
            scopes=(SMTP_SCOPE, IMAP_SCOPE) if imap else (SMTP_SCOPE,),
        )
        self.login_task = self._start_login(provider)

    def _start_login(self, provider: Any) -> TaskHandle:
        """Sign in on a background task; ``provider`` is a ``MsalTokenProvider``."""

        def work(progress: Progress) -> str:
            login = provider.start_login()
            progress(0, 1, login.instructions_nl())
            return str(provider.finish_login(login, should_stop=lambda: progress.cancelled))

        self._busy.add("oauth")
        self._update_buttons()
        ui = self.ui
        ui.device_code_label.setVisible(True)
        ui.device_code_label.setText(self.tr("Code vragen aan Microsoft…"))
        return self.desk.run(
            "mail-oauth",
            work,
            on_done=self._login_done,
            on_error=self._login_failed,
            on_progress=self._login_progress,
        )

    def _login_progress(self, _done: int, _total: int, text: str) -> None:
        if text:
            self.ui.device_code_label.setText(text)
            self.oauth_code.emit(text)

    def _login_done(self, account: str) -> None:
        self.login_task = None
        self._busy.discard("oauth")
        self.ui.device_code_label.setVisible(False)
        self._show_signed_in(account or self.tr("(onbekend account)"))
        self._update_buttons()
        self.oauth_done.emit(True, account)

    def _login_failed(self, message: str) -> None:
        self.login_task = None
        self._busy.discard("oauth")
        self.ui.device_code_label.setVisible(False)
        self._show_result(self.ui.oauth_status_label, False, message)
        self._update_buttons()
        self.oauth_done.emit(False, message)

    # --- the bounce mailbox ----------------------------------------------------------------

    def fetch_bounces(self) -> None:
        actor = self.desk.actor
        db = self.desk.db

        def work(_progress: Progress) -> str:
            return mail_inbox.fetch_bounces(db, actor).summary_nl()

        self._busy.add("bounces")
        self._update_buttons()
        self._show_result(self.ui.bounces_result_label, None, self.tr("Bezig met ophalen…"))
        self.desk.run(
            "mail-bounces",
            work,
            on_done=lambda text: self._bounces_finished(True, text),
            on_error=lambda message: self._bounces_finished(False, message),
        )

    def _bounces_finished(self, ok: bool, message: str) -> None:
        self._busy.discard("bounces")
        self._update_buttons()
        self._show_result(self.ui.bounces_result_label, ok, message)
        if ok:
            self.desk.notify(Change.MEMBERS | Change.DELIVERIES | Change.AUDIT)
        self.bounces_done.emit(ok, message)
