"""``bindesk gui --screenshot DIR``: render every page and the main dialogs, then exit.

Runs on a demo database: a temporary SQLite file with the demo data, or the ``--db``
given (demo data is loaded only when that database is empty). Every picture is
1366×768: a dialog is drawn over the dimmed main window, as the desk would see it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import secrets
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QPoint,
    QRect,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.engine import Database, open_database
from bindesk.domain.states import DeliveryState
from bindesk.gui import i18n
from bindesk.gui.app import WINDOW_SIZE, build_window, desk_language, desk_process
from bindesk.gui.dialogs.import_wizard import ImportWizard
from bindesk.gui.dialogs.login_dialog import LoginDialog, SetupAdminDialog
from bindesk.gui.dialogs.member_dialog import MemberDialog
from bindesk.gui.dialogs.network_dialog import NetworkDialog
from bindesk.gui.dialogs.operator_dialogs import OperatorDialog
from bindesk.gui.dialogs.opt_out_dialog import OptOutDialog
from bindesk.gui.errors import CrashDialog, crash_details
from bindesk.gui.lock import LockDialog
from bindesk.gui.main_window import MainWindow
from bindesk.gui.operations import gui_thread_database_allowed
from bindesk.gui.sending import SendingBridge
from bindesk.services import alerts, demo, inbox, members, networks, operators, outbox
from bindesk.services.operators import Actor, Role
from bindesk.sms.modem import InboundText

log = logging.getLogger(__name__)

SCREENSHOT_ACTOR = Actor("demo", "Demo-hoofdgebruiker", Role.ADMIN)
LIVE_SENT = 6  # the live Verzonden picture is taken once this many SMS went out
BALIE_ACTOR = Actor("demo-balie", "Inspecteur aan de balie", Role.BALIE)
COMMUNICATIE_ACTOR = Actor("lien.claeys", "Lien Claeys", Role.COMMUNICATIE)

SAMPLE_IMPORT = (
    "Naam;Voornaam;Straat;Nr;Postcode;Gemeente;GSM;E-mail\n"
    "Van Acker;Hilde;Kerkstraat;4;9340;Oordegem;0460 98 00 01;\n"
    "De Bruyne;Koen;Dorp;17;9340;Oordegem;0460/98.00.02;koen@example.be\n"
    "Maes;Ann;Hoogstraat;8;9340;Oordegem;+32 460 98 00 03;\n"
    "Wauters;Luc;Lindenstraat;22;9340;Oordegem;053 80 12 34;\n"
    ";Sofie;Kloosterstraat;3;9340;Oordegem;0460 98 00 05;\n"
    "Pieters;Els;Smetledestraat;41;934;Oordegem;0460 98 00 06;els@\n"
    "Claus;Jef;Bellaertstraat;9;9340;Oordegem;0460 98 00 07;\n"
)


def settle(app: QCoreApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


TITLE_BAR = 26


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The main window, dimmed, with the dialog centred on it (what the desk sees).

    The offscreen platform draws no window decoration, so a plain title bar with the
    dialog's title is painted above it.
    """
    canvas = window.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 90))
    shot = dialog.grab()
    x = max(0, (canvas.width() - shot.width()) // 2)
    y = max(TITLE_BAR, (canvas.height() - shot.height() + TITLE_BAR) // 2)
    bar = QRect(x, y - TITLE_BAR, shot.width(), TITLE_BAR)
    painter.fillRect(bar, QColor(60, 64, 72))
    painter.setPen(QColor(255, 255, 255))
    painter.drawText(
        bar.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle()
    )
    painter.drawPixmap(QPoint(x, y), shot)
    painter.setPen(QColor(60, 64, 72))
    painter.drawRect(QRect(x, y - TITLE_BAR, shot.width() - 1, shot.height() + TITLE_BAR - 1))
    painter.end()
    return canvas


class Camera:
    def __init__(self, app: QApplication, folder: Path) -> None:
        self.app = app
        self.folder = folder
        self.taken: list[Path] = []

    def save(self, name: str, pixmap: QPixmap) -> None:
        path = self.folder / f"{name}.png"
        if not pixmap.save(str(path)):
            raise OSError(f"kon {path} niet bewaren")
        self.taken.append(path)

    def window(self, name: str, window: MainWindow) -> None:
        window.desk.tasks.wait_idle()
        settle(self.app)
        self.save(name, window.grab())

    def dialog(
        self,
        name: str,
        window: MainWindow,
        dialog: QWidget,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        dialog.show()
        window.desk.tasks.wait_idle()  # dialogs read what they show in the background
        settle(self.app)
        if prepare is not None:
            prepare()
            window.desk.tasks.wait_idle()
            settle(self.app)
        self.save(name, over_window(window, dialog))
        dialog.hide()
        dialog.deleteLater()
        settle(self.app)


DEMO_OPERATORS = (
    ("demo", "Demo-hoofdgebruiker", Role.ADMIN),
    ("an.peeters", "Inspecteur An Peeters", Role.BALIE),
    ("marc.desmet", "Marc De Smet", Role.BEHEER),
    ("lien.claeys", "Lien Claeys", Role.COMMUNICATIE),
)


def screenshot_database(args: argparse.Namespace, workdir: Path) -> Database:
    """The --db given, or a temporary demo database with demo operators (random passwords)."""
    url = config.database_url(args.db) if args.db else f"sqlite:///{workdir / 'demo.sqlite3'}"
    db = open_database(url)
    with gui_thread_database_allowed(), db.session() as s:  # the tool's own set-up
        if not args.db and not operators.has_operators(s):
            for username, name, role in DEMO_OPERATORS:
                operators.create_operator(
                    s,
                    None if role == Role.ADMIN else SCREENSHOT_ACTOR,
                    username=username,
                    display_name=name,
                    role=role,
                    password=secrets.token_urlsafe(16),
                )
        if not demo.has_members(s):
            demo.load_demo_data(s, SCREENSHOT_ACTOR)
            first = members.member_rows(s, SCREENSHOT_ACTOR)[3]
            members.opt_out_at_desk(
                s, SCREENSHOT_ACTOR, members.get_member(s, first.id), "gevraagd aan de balie (demo)"
            )
            _demo_replies(s, [r.mobile for r in members.member_rows(s, SCREENSHOT_ACTOR)[5:8]])
    return db


def _demo_replies(session: Session, mobiles: list[str]) -> None:
    """Replies as members send them: two the inbox flags as a possible opt-out, one witness."""
    now = dt.datetime.now(dt.UTC)
    texts = (
        "Ik wil stoppen met deze berichten, we verhuizen",
        "Uit het raam zag ik een witte bestelwagen wegrijden",
        "Hoe kan ik mij afmelden?",
    )
    inbox.store(
        session,
        "sim0",
        [
            InboundText(number=m, text=t, received_at=now - dt.timedelta(minutes=9 * i))
            for i, (m, t) in enumerate(zip(mobiles, texts, strict=False))
        ],
    )


OFFSCREEN_NOISE = ("does not support propagateSizeHints", "does not support raise")


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform complains about what it cannot do; keep the rest."""
    if any(noise in message for noise in OFFSCREEN_NOISE):
        return
    level = logging.WARNING if mode != QtMsgType.QtDebugMsg else logging.DEBUG
    log.log(level, "Qt: %s", message)


def run(args: argparse.Namespace) -> int:
    """``bindesk gui --screenshot DIR`` (dispatched by bindesk.cli.gui)."""
    with desk_process(offscreen=True) as (app, log_path, _crash):
        return take_screenshots(args, app, log_path)


def take_screenshots(args: argparse.Namespace, app: QApplication, log_path: Path) -> int:
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _take_screenshots(args, app, log_path)
    finally:
        qInstallMessageHandler(previous)


def _take_screenshots(args: argparse.Namespace, app: QApplication, log_path: Path) -> int:
    folder = Path(args.screenshot).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bindesk-screens-") as tmp:
        workdir = Path(tmp)
        db = screenshot_database(args, workdir)
        try:
            i18n.install(app, desk_language(db))
            camera = Camera(app, folder)
            shoot_everything(camera, db, workdir, log_path)
            shoot_sending(camera, db, log_path)
            edition = shoot_newsletter(camera, db, log_path)
            shoot_mail(camera, db, log_path, edition)
            from bindesk.gui.screenshots_desk import shoot_desk_pages

            shoot_desk_pages(camera, db, SCREENSHOT_ACTOR, log_path)
        finally:
            db.dispose()
    for path in camera.taken:
        print(path)
    log.info("%d screenshots written to %s", len(camera.taken), folder)
    return 0


def shoot_everything(camera: Camera, db: Database, workdir: Path, log_path: Path) -> None:
    app = camera.app
    window = build_window(db, SCREENSHOT_ACTOR, log_path, idle_lock=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app)
    for key in window.page_keys():
        window.show_page(key)
        camera.window(key, window)

    page = window.show_page("members")
    members_page = window.pages["members"]
    members_page.ui.search_edit.setText("kerkstr")  # type: ignore[attr-defined]
    camera.window("members-search", window)
    members_page.ui.search_edit.clear()  # type: ignore[attr-defined]
    settle(app)
    model = members_page.model  # type: ignore[attr-defined]
    member_id = model.row_at(0).id

    camera.dialog("member-dialog", window, MemberDialog(window.desk, member_id, None, page))
    new_member = MemberDialog(window.desk, None, None, page)

    def type_fixed_line() -> None:
        new_member.ui.last_name_edit.setText("Wauters")
        new_member.ui.first_name_edit.setText("Luc")
        new_member.ui.mobile_edit.setText("053 80 12 34")

    camera.dialog("member-dialog-new", window, new_member, type_fixed_line)

    window.show_page("networks")
    networks_page = window.pages["networks"]
    window.desk.tasks.wait_idle()
    settle(app)
    network_id = networks_page.selected_id()  # type: ignore[attr-defined]
    camera.dialog("network-dialog", window, NetworkDialog(window.desk, network_id, networks_page))

    window.show_page("members")
    sample = workdir / "ledenlijst-oordegem.csv"
    sample.write_text(SAMPLE_IMPORT, encoding="utf-8")
    wizard = ImportWizard(window.desk, None, page)
    wizard.resize(900, 600)
    camera.dialog("import-1-file", window, wizard, lambda: wizard.load_file(sample))
    wizard.show()
    wizard.next()
    window.desk.tasks.wait_idle()
    settle(app)
    camera.save("import-2-columns", over_window(window, wizard))
    wizard.next()
    window.desk.tasks.wait_idle()
    settle(app)
    camera.save("import-3-check", over_window(window, wizard))
    wizard.hide()
    wizard.deleteLater()
    shoot_surveys(camera, window)

    camera.dialog("possible-opt-outs", window, OptOutDialog(window.desk, window), lambda: None)

    window.show_page("settings")
    settings_page = window.pages["settings"]
    camera.dialog("operator-dialog", window, OperatorDialog(window.desk, None, settings_page))

    lock = LockDialog(
        window.desk,
        QCoreApplication.translate(
            "MainWindow", "Vergrendeld na {minutes} minuten zonder gebruik."
        ).format(minutes=10),
        window,
    )
    lock.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
    lock.resize(*WINDOW_SIZE)
    lock.show()
    settle(app)
    camera.save("lock", lock.grab())
    lock.done(1)
    lock.deleteLater()

    login = LoginDialog(db)
    camera.dialog("login", window, login)
    camera.dialog("first-run-admin", window, SetupAdminDialog(db))
    crash = CrashDialog(log_path, window)
    try:
        raise RuntimeError("voorbeeld van een onverwachte fout (schermafdruk)")
    except RuntimeError as exc:
        crash.add_details(crash_details(exc, log_path))
    camera.dialog("crash-dialog", window, crash)
    window.close()
    window.deleteLater()
    settle(app)

    balie = build_window(db, BALIE_ACTOR, log_path, idle_lock=False)
    balie.show()
    balie.show_page("members")
    camera.window("balie-members", balie)
    balie_page = balie.pages["members"]
    camera.dialog(
        "balie-member-dialog", balie, MemberDialog(balie.desk, member_id, None, balie_page)
    )
    balie.close()
    balie.deleteLater()
    settle(app)

    language = i18n.current_language(app)
    i18n.install(app, "en")  # the same desk in English, as chosen in the settings
    try:
        english = build_window(db, SCREENSHOT_ACTOR, log_path, idle_lock=False)
        english.show()
        english.show_page("members")
        camera.window("en-members", english)
        english.close()
        english.deleteLater()
        settle(app)
    finally:
        i18n.install(app, language)


def shoot_sending(camera: Camera, db: Database, log_path: Path) -> None:
    """The Verzonden page while the simulated modem (SIMULATIE) sends a real tip alert."""
    app = camera.app
    sending = SendingBridge(db, ["sim"])
    window = build_window(db, SCREENSHOT_ACTOR, log_path, idle_lock=False, sending=sending)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    window.resize(*WINDOW_SIZE)
    window.show()
    if not sending.start():
        raise RuntimeError(f"the simulated modem did not start: {sending.problem}")
    with gui_thread_database_allowed(), db.session() as s:  # "another desk" composes
        plan = alerts.draft(
            s,
            SCREENSHOT_ACTOR,
            networks=[networks.get_network(s, "Oordegem")],
            tip_key="verdachte-persoon",
            fields={"tijdstip": "vanavond 21u", "omschrijving": "man in donkere jas met rugzak"},
            incident_street="Kerkstraat",
        )
        alert_id = alerts.queue(s, SCREENSHOT_ACTOR, plan).id
    sending.wake()
    page = window.show_page("sent")
    page.show_alert(alert_id)  # type: ignore[attr-defined]
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:  # Init ~4 s, then ~0.9 s per SMS
        app.processEvents()
        time.sleep(0.05)
        with gui_thread_database_allowed(), db.read_session() as s:
            counts = outbox.counts(s, alert_id)
        if counts.get(DeliveryState.SENT, 0) + counts.get(DeliveryState.DELIVERED, 0) >= LIVE_SENT:
            break
    page.refresh()  # type: ignore[attr-defined]
    window.desk.tasks.wait_idle()
    settle(app)
    camera.window("sent-live", window)
    window.close()  # shuts the modem down after the SMS in flight
    window.deleteLater()
    settle(app)


def shoot_surveys(camera: Camera, window: MainWindow) -> None:
    """The Enquêtes page broken down by BIN (suppression visible) and the import wizard on
    the demo survey's own export file."""
    from bindesk.gui.dialogs.survey_import_wizard import SurveyImportWizard
    from bindesk.gui.pages.surveys_page import SurveysPage
    from bindesk.services.demo_survey import DEMO_SURVEY_TITLE, demo_export

    app = camera.app
    page = window.show_page("surveys")
    assert isinstance(page, SurveysPage)
    window.desk.tasks.wait_idle()
    settle(app)
    page.set_breakdown("In welk BIN woont u?")
    camera.window("surveys-by-bin", window)
    page.set_breakdown(None)
    window.desk.tasks.wait_idle()
    settle(app)

    export = Path(tempfile.mkdtemp(prefix="bindesk-survey-")) / "BIN-bevraging (1-61).csv"
    export.write_bytes(demo_export())
    wizard = SurveyImportWizard(window.desk, page)
    wizard.resize(900, 620)

    def choose() -> None:
        wizard.load_file(export)
        window.desk.tasks.wait_idle()
        settle(app)
        wizard.ui.title_combo.setEditText(DEMO_SURVEY_TITLE)

    camera.dialog("survey-import-1-file", window, wizard, choose)
    wizard.show()
    wizard.next()
    window.desk.tasks.wait_idle()
    settle(app)
    camera.save("survey-import-2-columns", over_window(window, wizard))
    wizard.next()
    window.desk.tasks.wait_idle()
    settle(app)
    camera.save("survey-import-3-summary", over_window(window, wizard))
    wizard.hide()
    wizard.deleteLater()
    export.unlink()
    export.parent.rmdir()


def shoot_newsletter(camera: Camera, db: Database, log_path: Path) -> tuple[int, str, bytes] | None:
    """The Nieuwsbrief page after building an edition on the demo data (with the alert that
    shoot_sending sent), the PDF in the preview; returns the edition (id, title, PDF)."""
    from bindesk.gui.pages.newsletter_page import NewsletterPage
    from bindesk.services.demo_survey import DEMO_SURVEY_TITLE

    app = camera.app
    window = build_window(db, COMMUNICATIE_ACTOR, log_path, idle_lock=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
    window.resize(*WINDOW_SIZE)
    window.show()
    page = window.show_page("newsletter")
    assert isinstance(page, NewsletterPage)
    window.desk.tasks.wait_idle()
    settle(app)
    page.ui.title_edit.setText("BIN-nieuws winter")
    page.ui.word_edit.setPlainText(
        "Beste buren,\n\nDank u om samen met ons een oogje in het zeil te houden. In de "
        "donkere maanden stijgt het aantal woninginbraken: uw meldingen via 101 helpen ons om "
        "sneller ter plaatse te zijn.\n\nDe dienst wijkwerking"
    )
    page.add_article()
    page.ui.article_title_edit.setText("Afwezigheidstoezicht tijdens de feestdagen")
    page.ui.article_title_edit.textEdited.emit(page.ui.article_title_edit.text())
    page.ui.article_body_edit.setPlainText(
        "Gaat u weg tijdens de kerstvakantie? Vraag gratis afwezigheidstoezicht aan. Onze "
        "inspecteurs rijden dan extra langs uw woning."
    )
    for row in range(page.ui.tips_list.count()):
        page.ui.tips_list.item(row).setCheckState(Qt.CheckState.Checked)
    survey = page.ui.survey_combo
    survey.setCurrentIndex(max(0, survey.findData(DEMO_SURVEY_TITLE)))
    window.desk.tasks.wait_idle()
    settle(app)
    comments = page.ui.comments_list
    for row in range(min(3, comments.count())):
        comments.item(row).setCheckState(Qt.CheckState.Checked)
    page.build()
    window.desk.tasks.wait_idle(60_000)
    deadline = time.monotonic() + 2  # QPdfView renders its pages on a thread of its own
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    camera.window("newsletter-built", window)
    built = None
    if page.edition_id is not None and page.pdf_path is not None:
        built = (page.edition_id, page.ui.title_edit.text(), page.pdf_path.read_bytes())
    window.close()
    window.deleteLater()
    settle(app)
    return built


SCREENSHOT_SMTP = dict(
    host="smtp.office365.com",
    port=587,
    security="starttls",
    auth="oauth2",
    username="bin@politie-erpemerelede.example",
    sender_name="BIN Politiezone Erpe-Mere/Lede",
    sender_address="bin@politie-erpemerelede.example",
    reply_to="wijkwerking@politie-erpemerelede.example",
    oauth_client_id="3f1c2b7e-5d4a-4e8b-9c1f-2a6b7d8e9f01",
    oauth_tenant="politie-erpemerelede.example",
    max_per_minute=30,
)


def _mail_demo(db: Database, edition: tuple[int, str, bytes] | None) -> None:
    """The screenshot tool's own set-up: mail settings and fictitious addresses with e-mail
    consent for part of the demo members (example.org never receives mail)."""
    from bindesk.db.models import Member
    from bindesk.mail.bounces import ImapSettings
    from bindesk.mail.smtp import SmtpSettings
    from bindesk.services import mail, mail_inbox

    with gui_thread_database_allowed(), db.session() as s:
        mail.save_settings(s, SCREENSHOT_ACTOR, SmtpSettings(**SCREENSHOT_SMTP))  # type: ignore[arg-type]
        mail_inbox.save_bounce_mailbox(
            s,
            SCREENSHOT_ACTOR,
            ImapSettings(
                host="outlook.office365.com",
                port=993,
                security="tls",
                username="bin@politie-erpemerelede.example",  # bounces come back to the sender
                auth="oauth2",
            ),
        )
        now = dt.datetime.now(dt.UTC)
        for i, member in enumerate(s.scalars(select(Member).order_by(Member.id))):
            if i % 3 == 2 or member.opted_out_at is not None:
                continue  # not everyone gave an address
            first = "".join(c for c in member.first_name.lower() if c.isalnum())
            last = "".join(c for c in member.last_name.lower() if c.isalnum())
            member.email = f"{first}.{last}{member.id}@example.org"
            member.email_consent_at = now if i % 7 else None
            member.channel = "both"


def _stage_mailing(db: Database, newsletter_id: int, pdf: bytes) -> None:
    """A mailing half-way, for the picture: the screenshot tool sends nothing, it queues the
    edition with the real service and then gives the rows the states a running mailing has
    (most sent, two refused by the receiving server with its own words, the rest queued)."""
    from bindesk.db.models import Delivery
    from bindesk.services import mail_outbox, networks

    reasons = (
        "550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table",
        "550 5.2.1 Mailbox disabled for this recipient",
    )
    with gui_thread_database_allowed(), db.session() as s:
        nets = [r.id for r in networks.list_networks(s) if r.active]
        mail_outbox.start_mailing(s, newsletter_id, nets, COMMUNICATIE_ACTOR, pdf=pdf)
        rows = list(
            s.scalars(
                select(Delivery)
                .where(Delivery.newsletter_id == newsletter_id)
                .order_by(Delivery.id)
            )
        )
        now = dt.datetime.now(dt.UTC)
        for i, row in enumerate(rows[: len(rows) * 2 // 3]):
            if i in (4, 11):
                row.state = "failed"
                row.error = reasons[i % 2].format(a=row.email)
            else:
                row.state = "sent"
                row.sent_at = now
            row.attempts = 1


def shoot_mail(
    camera: Camera, db: Database, log_path: Path, edition: tuple[int, str, bytes] | None
) -> None:
    """Instellingen → E-mail (Microsoft 365), and the newsletter sent by e-mail: the choice
    of networks with the count, then its progress; in Dutch and in English."""
    from bindesk.gui.dialogs.mailing_dialog import MailingDialog
    from bindesk.gui.pages.settings_page import SettingsPage

    _mail_demo(db, edition)
    app = camera.app
    language = i18n.current_language(app)
    pdf_path = None
    if edition is not None:
        pdf_path = Path(tempfile.mkdtemp(prefix="bindesk-screens-pdf-")) / "editie.pdf"
        pdf_path.write_bytes(edition[2])
    try:
        for prefix, code in (("", language), ("en-", "en")):
            i18n.install(app, code)
            window = build_window(db, SCREENSHOT_ACTOR, log_path, idle_lock=False)
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
            window.resize(*WINDOW_SIZE)
            window.show()
            page = window.show_page("settings")
            assert isinstance(page, SettingsPage)
            page.show_mail_section()
            camera.window(f"{prefix}settings-email", window)
            if edition is not None and pdf_path is not None:
                newsletter_id, title, _pdf = edition
                window.show_page("newsletter")
                choose = MailingDialog(
                    window.desk, newsletter_id, title, pdf_path, None, None, window
                )
                choose.resize(960, 600)
                if not prefix:
                    camera.dialog(f"{prefix}newsletter-mail-1-choose", window, choose)
                    _stage_mailing(db, newsletter_id, edition[2])
                else:
                    choose.deleteLater()
                progress = MailingDialog(
                    window.desk, newsletter_id, title, pdf_path, None, None, window
                )
                progress.resize(960, 600)
                camera.dialog(f"{prefix}newsletter-mail-2-progress", window, progress)
            window.close()
            window.deleteLater()
            settle(app)
    finally:
        i18n.install(app, language)
        if pdf_path is not None:
            pdf_path.unlink(missing_ok=True)
            pdf_path.parent.rmdir()
