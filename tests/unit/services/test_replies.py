"""The Inbox: replies with their member, opt-outs with their confirmation, handled, answered."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery
from bindesk.domain.errors import InvalidInput
from bindesk.services import alerts, inbox, replies
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText
from tests import factories as f

NOW = dt.datetime(2026, 12, 1, 21, 0, tzinfo=dt.UTC)


def _inbox(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "0470 00 00 01", last_name="Peeters")
        f.member(s, admin, [net], "0470 00 00 02", last_name="Janssens")
        inbox.store(
            s,
            "pc:sim0",
            [
                InboundText("+32470000001", "Ik zag de man ook", NOW),
                InboundText("+32470000002", "STOP", NOW + dt.timedelta(minutes=1)),
                InboundText("+32499999999", "Wie is dit?", NOW + dt.timedelta(minutes=2)),
            ],
        )


def test_rows_name_the_member_and_show_the_stop_confirmation(db: Database, admin: Actor) -> None:
    _inbox(db, admin)
    with db.read_session() as s:
        rows = replies.rows(s, admin)
    assert [(r.action, r.member_name, r.confirmation) for r in rows] == [
        ("unknown", "", None),
        ("opt_out", "Lid Janssens", "queued"),
        ("reply", "Lid Peeters", None),
    ]


def test_mark_handled_and_reply_to_one_member_audited(db: Database, admin: Actor) -> None:
    _inbox(db, admin)
    with db.session() as s:
        reply_id = next(r.message_id for r in replies.rows(s, admin) if r.action == "reply")
        alert = replies.reply(s, admin, reply_id, "Bedankt, een patrouille is onderweg.")
        alert_id = alert.id
    with db.session() as s:
        (delivery,) = s.scalars(select(Delivery).where(Delivery.alert_id == alert_id)).all()
        assert delivery.mobile == "+32470000001" and delivery.state == "queued"
        open_rows = replies.rows(s, admin, include_handled=False)
        assert reply_id not in {r.message_id for r in open_rows}
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))][-2:]
        assert actions == ["send", "handled"]
        unknown = next(r for r in open_rows if r.action == "unknown")
        with pytest.raises(InvalidInput, match="geen enkel lid"):
            replies.reply(s, admin, unknown.message_id, "Hallo")
        stopped = next(r for r in open_rows if r.action == "opt_out")
        with pytest.raises(InvalidInput, match="geen sms'en meer"):
            replies.reply(s, admin, stopped.message_id, "Jammer")
        replies.set_handled(s, admin, unknown.message_id)
        replies.set_handled(s, admin, unknown.message_id, False)
        assert unknown.message_id in {
            r.message_id for r in replies.rows(s, admin, include_handled=False)
        }


def test_delivery_reports_list_what_the_network_confirmed(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 2)
        alert = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Test"))
        s.flush()
        first, second = s.scalars(select(Delivery).where(Delivery.alert_id == alert.id)).all()
        first.state, first.delivered_at = "delivered", NOW
        second.state, second.error = "failed", "Niet afgeleverd volgens het gsm-netwerk (code 65)."
    with db.read_session() as s:
        reports = replies.delivery_reports(s, admin)
    assert sorted(r.state for r in reports) == ["delivered", "failed"]
