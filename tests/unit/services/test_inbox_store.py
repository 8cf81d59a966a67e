"""services.inbox.store: every inbound text is kept with who sent it; STOP from a member opts
that member out (and queues the one confirmation); status reports resolve deliveries."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Alert, Delivery, InboundMessage, Member
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.states import DeliveryState
from bindesk.services import alerts, inbox
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText, StatusReport
from tests import factories as f

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def _text(number: str, text: str) -> InboundText:
    return InboundText(number=number, text=text, received_at=NOW)


def test_texts_are_kept_with_their_sender_in_e164(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        member = f.member(s, admin, [net], "+32470000001")
        inbox.store(
            s,
            "desk:sim0",
            [_text("0470 00 00 01", "Gezien: een witte bestelwagen"), _text("0499999999", "?")],
        )
        rows = inbox.list_messages(s)
        docs = sorted((inbox.message_json(m) for m in rows), key=lambda d: d["id"])
    assert [(d["mobile"], d["action"], d["member_id"]) for d in docs] == [
        ("+32470000001", "reply", member.id),
        ("+32499999999", "unknown", None),
    ]
    assert docs[0]["received_at"] == NOW.isoformat()


def test_stop_opts_out_once_and_confirms_once(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "+32470000001")
        inbox.store(s, "m", [_text("+32470000001", "STOP")])
        inbox.store(s, "m", [_text("+32470000001", "stop")])  # said twice
        member = s.scalars(select(Member)).one()
        assert member.opted_out_at is not None
        service = list(s.scalars(select(Alert).where(Alert.kind == "service")))
        assert len(service) == 1 and service[0].text == inbox.STOP_CONFIRMATION
        assert [m.action for m in inbox.list_messages(s)] == ["opt_out", "opt_out"]


def test_stop_from_an_unknown_number_changes_nobody(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "+32470000001")
        inbox.store(s, "m", [_text("+32470000002", "STOP")])
        assert s.scalars(select(Member)).one().opted_out_at is None
        assert s.scalars(select(InboundMessage)).one().action == "unknown"
        assert not list(s.scalars(select(Alert).where(Alert.kind == "service")))


def test_a_decided_reply_cannot_be_decided_again(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "+32470000001")
        inbox.store(s, "m", [_text("+32470000001", "Bedankt!")])
        message = s.scalars(select(InboundMessage)).one()
        with pytest.raises(InvalidInput, match="geen mogelijke afmelding"):
            inbox.confirm_opt_out(s, admin, message.id)
        with pytest.raises(NotFound):
            inbox.dismiss_opt_out(s, admin, 9999)


def _sent_delivery(db: Database, admin: Actor, modem: str) -> Delivery:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "+32470000001")
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Inbraak"))
        d = s.scalars(select(Delivery)).one()
        d.state, d.modem, d.message_refs = DeliveryState.SENT, modem, [7]
        d.parts_sent, d.sent_at, d.claimed_at = [1], NOW, NOW
        return d


@pytest.mark.parametrize(
    ("report_status", "state"),
    [("delivered", DeliveryState.DELIVERED), ("failed", DeliveryState.FAILED)],
)
def test_a_status_report_resolves_the_delivery_it_names(
    db: Database, admin: Actor, report_status: str, state: DeliveryState
) -> None:
    delivery_id = _sent_delivery(db, admin, "desk:sim0").id
    report = StatusReport(
        "+32470000001", 7, report_status == "delivered", report_status, NOW, status_code=0
    )
    with db.session() as s:
        inbox.store(s, "desk:sim0", [report])
    with db.read_session() as s:
        d = s.get(Delivery, delivery_id)
        assert d is not None and d.state == state
        assert (d.delivered_at is not None) == (state is DeliveryState.DELIVERED)


def test_a_report_from_another_modem_or_reference_changes_nothing(
    db: Database, admin: Actor
) -> None:
    delivery_id = _sent_delivery(db, admin, "desk:sim0").id
    with db.session() as s:
        inbox.store(s, "desk:sim1", [StatusReport("+32470000001", 7, True, "delivered", NOW)])
        inbox.store(s, "desk:sim0", [StatusReport("+32470000001", 8, True, "delivered", NOW)])
    with db.read_session() as s:
        d = s.get(Delivery, delivery_id)
        assert d is not None and d.state == DeliveryState.SENT
