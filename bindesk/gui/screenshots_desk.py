"""Screenshots of the desk's reply and history pages (Inbox, Meldingen) and the Tips page,
in Dutch and in English, on data a zone would have after an evening at the desk."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Member
from bindesk.gui import i18n
from bindesk.gui.app import WINDOW_SIZE, build_window
from bindesk.gui.main_window import MainWindow
from bindesk.gui.operations import gui_thread_database_allowed
from bindesk.services import alerts, inbox, networks
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText


class Camera(Protocol):
    """What ``bindesk.gui.screenshots.Camera`` offers here (no import: no cycle)."""

    @property
    def app(self) -> QApplication: ...

    def window(self, name: str, window: MainWindow) -> None: ...

    def dialog(self, name: str, window: MainWindow, dialog: QWidget) -> None: ...


def evening_at_the_desk(db: Database, actor: Actor) -> None:
    """Replies, a STOP and an unknown sender after an urgent alert and a follow-up."""
    with gui_thread_database_allowed(), db.session() as s:  # the screenshot tool's own data
        net = networks.get_network(s, "Oordegem")
        parent = alerts.queue(
            s,
            actor,
            alerts.draft(
                s,
                actor,
                networks=[net],
                tip_key="inbraak-gepleegd",
                fields={"tijdstip": "vanavond rond 21 uur"},
                incident_street="Kerkstraat",
            ),
        )
        alerts.queue(
            s,
            actor,
            alerts.draft(s, actor, kind="feedback", tip_key="dader-gevat", follow_up=parent),
        )
        people = s.scalars(select(Member).order_by(Member.id).limit(3)).all()
        now = dt.datetime.now(dt.UTC)
        inbox.store(
            s,
            "demo:sim0",
            [
                InboundText(people[0].mobile, "Ik zag ook een man met een rugzak aan de kerk", now),
                InboundText(people[1].mobile, "STOP", now + dt.timedelta(minutes=2)),
                InboundText(people[2].mobile, "Bedankt voor de snelle opvolging!", now),
                InboundText("+32499123456", "Wie stuurt mij dit?", now + dt.timedelta(minutes=5)),
            ],
        )


def shoot_desk_pages(camera: Camera, db: Database, actor: Actor, log_path: Path) -> None:
    app = camera.app
    evening_at_the_desk(db, actor)
    language = i18n.current_language(app)
    try:
        for prefix, code in (("", language), ("en-", "en")):
            i18n.install(app, code)
            window = build_window(db, actor, log_path, idle_lock=False)
            window.resize(*WINDOW_SIZE)
            window.show()
            shoot_composer(camera, window, prefix)
            shoot_too_long(camera, window, prefix)
            shoot_remaining(camera, window, prefix)
            for key, name in (("inbox", "inbox"), ("history", "meldingen"), ("tips", "tips")):
                page = window.show_page(key)
                page.refresh()  # type: ignore[attr-defined]
                window.desk.tasks.wait_idle()
                if key == "tips":
                    page.select_key("verdachte-persoon")  # type: ignore[attr-defined]
                camera.window(prefix + name, window)
            window.close()
            window.deleteLater()
    finally:
        i18n.install(app, language)


PLATE_TEXT = (
    "BIN-melding: verdacht voertuig in de Kerkstraat (vanavond rond 21.30 uur): grijze "
    "bestelwagen 1-ABC-123. Spreek niemand aan en bel 101."
)


def shoot_composer(camera: Camera, window: MainWindow, prefix: str) -> None:
    """The composer with a privacy warning, then the confirmation with the estimate."""
    from bindesk.gui.pages.alert_page import AlertPage

    app = camera.app
    window.new_alert()
    page = window.pages["alert"]
    assert isinstance(page, AlertPage)
    window.desk.tasks.wait_idle()
    page.ui.street_combo.setEditText("Kerkstraat")
    page.ui.free_text_edit.setPlainText(PLATE_TEXT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (
        page.last_draft is None or page.last_draft.text != PLATE_TEXT
    ):
        app.processEvents()
        window.desk.tasks.wait_idle()
    camera.window(prefix + "alert-privacy", window)
    summary = page.last_draft
    assert summary is not None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QApplication.translate("AlertConfirmation", "Bericht versturen"),
        page.confirmation.text(summary, "Gestolen wagen, het parket vraagt uit te kijken"),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.addButton(
        QApplication.translate("AlertConfirmation", "&Versturen"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(
        QApplication.translate("ask", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)  # as ask.confirm: Enter does not send
    camera.dialog(prefix + "alert-confirm", window, box)
    page.ui.free_text_edit.clear()


LONG_TEXT = (
    "BIN-melding: verdachte persoon gezien in de Kerkstraat (vanavond rond 21.30 uur): man in "
    "donkere jas met rugzak. Doe uw buitenverlichting aan en bel bij iets verdachts 101."
)


def shoot_too_long(camera: Camera, window: MainWindow, prefix: str) -> None:
    """An urgent text over one SMS: by how much, and the shorter wording offered."""
    from bindesk.gui.pages.alert_page import AlertPage

    window.new_alert()
    page = window.pages["alert"]
    assert isinstance(page, AlertPage)
    window.desk.tasks.wait_idle()
    page.ui.street_combo.setEditText("Kerkstraat")
    page.ui.free_text_edit.setPlainText(LONG_TEXT)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (
        page.last_draft is None or page.last_draft.text != LONG_TEXT
    ):
        camera.app.processEvents()
        window.desk.tasks.wait_idle()
    camera.window(prefix + "alert-too-long", window)
    page.ui.free_text_edit.clear()


def shoot_remaining(camera: Camera, window: MainWindow, prefix: str) -> None:
    """Verzonden while an alert waits for the modems: the time left until the last member."""
    from bindesk.gui.pages.outbox_page import OutboxPage

    page = window.show_page("sent")
    assert isinstance(page, OutboxPage)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not page.remaining_text():
        camera.app.processEvents()
        window.desk.tasks.wait_idle()
    camera.window(prefix + "sent-remaining", window)
