"""Possible opt-outs, decided with one click from the main window (issue 7, item 6)."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import InboundMessage, Member
from bindesk.services import inbox
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText
from tests.gui.conftest import WindowFactory


def _replies(db: Database) -> str:
    with db.session() as s:
        mobile = s.scalars(select(Member.mobile).order_by(Member.id)).first()
        assert mobile is not None
        now = dt.datetime.now(dt.UTC)
        inbox.store(
            s,
            "m",
            [
                InboundText(
                    number=mobile, text="Ik wil stoppen met deze berichten", received_at=now
                ),
                InboundText(
                    number=mobile, text="Uit het raam zag ik hem weglopen", received_at=now
                ),
            ],
        )
        return mobile


def test_confirm_from_the_main_window(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    qtmodeltester: ModelTester,
) -> None:
    mobile = _replies(demo_db)
    window = make_window(demo_db, admin)
    window.ui.possible_opt_outs_action.trigger()
    opened = [w for w in window.children() if w.__class__.__name__ == "OptOutDialog"]
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 3).data() == "Ik wil stoppen met deze berichten"  # not the witness
    assert dialog.ui.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.decided, timeout=10_000):
        dialog.ui.confirm_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    with demo_db.read_session() as s:
        member = s.scalars(select(Member).where(Member.mobile == mobile)).one()
        assert member.opted_out_at is not None
        actions = sorted(s.scalars(select(InboundMessage.action)))
        assert actions == ["opt_out", "reply"]


def test_balie_sees_but_cannot_decide(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_window: WindowFactory
) -> None:
    _replies(demo_db)
    window = make_window(demo_db, balie)
    dialog = window.show_possible_opt_outs()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert not dialog.ui.confirm_button.isEnabled()
    assert not dialog.ui.dismiss_button.isEnabled()
