"""The Inbox page: replies with their member, opt-outs, unknown senders; handled; answered."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Member
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.inbox_page import InboxPage
from bindesk.services import inbox
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText
from tests.gui.conftest import WindowFactory

NOW = dt.datetime(2026, 12, 1, 21, 0, tzinfo=dt.UTC)


def _messages(db: Database) -> tuple[str, str]:
    with db.session() as s:
        first, second = s.scalars(select(Member).order_by(Member.id).limit(2)).all()
        inbox.store(
            s,
            "pc:sim0",
            [
                InboundText(first.mobile, "Ik zag de man ook, hij liep naar de kerk", NOW),
                InboundText(second.mobile, "UIT", NOW + dt.timedelta(minutes=1)),
                InboundText("+32499999999", "Wie is dit?", NOW + dt.timedelta(minutes=2)),
            ],
        )
        return first.full_name, first.mobile


def _page(qtbot: QtBot, window: MainWindow) -> InboxPage:
    page = window.pages["inbox"]
    assert isinstance(page, InboxPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("inbox")
        page.refresh()
    return page


def test_messages_show_member_kind_and_answer_one_member(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_window: WindowFactory,
    qtmodeltester: ModelTester,
) -> None:
    name, mobile = _messages(demo_db)
    page = _page(qtbot, make_window(demo_db, balie))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.reports)
    whats = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert whats == [
        "onbekende afzender",
        "afmelding (STOP/UIT) · bevestiging in de wachtrij",
        "antwoord",
    ]
    assert page.model.index(2, 1).data().startswith(name)
    page.select_message(page.model.rows()[0].message_id)
    assert not page.ui.reply_button.isEnabled()  # nobody to answer
    assert "geen lid" in page.ui.message_label.text()
    page.select_message(page.model.rows()[2].message_id)
    assert page.ui.reply_button.isEnabled()
    qtbot.keyClicks(page.ui.reply_edit, "Bedankt, een patrouille is onderweg.")
    assert page.ui.reply_counter_label.text().startswith("1 sms")
    with qtbot.waitSignal(page.replied) as replied:
        page.ui.reply_button.click()
    with demo_db.read_session() as s:
        (delivery,) = s.scalars(select(Delivery).where(Delivery.alert_id == replied.args[0]))
        assert delivery.mobile == mobile
    # answered: handled, and out of the open list
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.select_message(page.model.rows()[0].message_id)
    page.ui.handled_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.ui.handled_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
