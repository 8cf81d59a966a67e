"""Screenshots of the desk's reply and history pages (Inbox, Meldingen) and the Tips page,
in Dutch and in English, on data a zone would have after an evening at the desk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Member
from bindesk.gui import i18n
from bindesk.gui.app import WINDOW_SIZE, build_window
from bindesk.gui.main_window import MainWindow
from bindesk.services import alerts, inbox, networks
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText


class Camera(Protocol):
    """What ``bindesk.gui.screenshots.Camera`` offers here (no import: no cycle)."""

    @property
    def app(self) -> QApplication: ...

    def window(self, name: str, window: MainWindow) -> None: ...


def evening_at_the_desk(db: Database, actor: Actor) -> None:
    """Replies, a STOP and an unknown sender after an urgent alert and a follow-up."""
    with db.session() as s:
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
