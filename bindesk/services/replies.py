"""The desk's side of the inbox: replies with their member, marked handled, answered.

``services.inbox`` stores what the modems receive; this module is what the Inbox page and
its officer do with it: list the messages with the member they came from (or as an unknown
sender), STOP/UIT opt-outs with whether the confirmation went out, the delivery reports of
recent alerts, mark a message handled, and answer one member (through the outbox, audited).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk.db.models import Alert, Delivery, InboundMessage, Member, utcnow
from bindesk.domain import smstext
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.services import alerts, audit, inbox
from bindesk.services.operators import Actor, Permission

ACTION_LABELS_NL = {
    "reply": "antwoord",
    "opt_out": "afmelding (STOP/UIT)",
    "unknown": "onbekende afzender",
}


@dataclass(frozen=True)
class InboxRow:
    message_id: int
    received_at: dt.datetime
    mobile: str
    member_id: int | None
    member_name: str  # "" for an unknown sender
    text: str
    action: str  # reply / opt_out / unknown (and whatever services.inbox adds)
    confirmation: str | None  # for an opt-out: state of the confirmation SMS
    handled_at: dt.datetime | None
    handled_by: str


def rows(session: Session, actor: Actor, *, include_handled: bool = True) -> list[InboxRow]:
    actor.require(Permission.SEND_ALERTS)
    query = select(InboundMessage).order_by(
        InboundMessage.received_at.desc(), InboundMessage.id.desc()
    )
    if not include_handled:
        query = query.where(InboundMessage.handled_at.is_(None))
    messages = list(session.scalars(query.limit(1000)))
    ids = {m.member_id for m in messages if m.member_id is not None}
    names = {m.id: m.full_name for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
    confirmations = _confirmations(session, {m.mobile for m in messages if m.action == "opt_out"})
    return [
        InboxRow(
            message_id=m.id,
            received_at=m.received_at,
            mobile=m.mobile,
            member_id=m.member_id,
            member_name=names.get(m.member_id, "") if m.member_id else "",
            text=m.text,
            action=m.action,
            confirmation=confirmations.get(m.mobile) if m.action == "opt_out" else None,
            handled_at=m.handled_at,
            handled_by=m.handled_by,
        )
        for m in messages
    ]


def _confirmations(session: Session, mobiles: set[str]) -> dict[str, str]:
    """The newest STOP confirmation's delivery state per number."""
    if not mobiles:
        return {}
    found: dict[str, str] = {}
    for mobile, state in session.execute(
        select(Delivery.mobile, Delivery.state)
        .join(Alert, Alert.id == Delivery.alert_id)
        .where(
            Delivery.mobile.in_(mobiles),
            Alert.kind == alerts.AlertKind.SERVICE.value,
            Alert.text == inbox.STOP_CONFIRMATION,
        )
        .order_by(Delivery.id)
    ):
        found[mobile] = state
    return found


def set_handled(session: Session, actor: Actor, message_id: int, handled: bool = True) -> None:
    actor.require(Permission.SEND_ALERTS)
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise NotFound(f"Bericht {message_id} staat niet in de inbox.")
    if (message.handled_at is not None) == handled:
        return
    message.handled_at = utcnow() if handled else None
    message.handled_by = actor.username if handled else ""
    audit.record(
        session,
        actor.username,
        "handled" if handled else "update",
        "inbound",
        message_id,
        after={"handled": handled},
    )


MAX_REPLY_SEGMENTS = 2


def reply(session: Session, actor: Actor, message_id: int, text: str) -> Alert:
    """Answer the member who sent ``message_id``: one SMS through the outbox; audited.

    Only to a known member who did not opt out: an unknown number gets no SMS from the desk.
    """
    actor.require(Permission.SEND_ALERTS)
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise NotFound(f"Bericht {message_id} staat niet in de inbox.")
    member = session.get(Member, message.member_id) if message.member_id else None
    if member is None:
        raise InvalidInput(
            "Dit nummer hoort bij geen enkel lid: de balie antwoordt niet per sms aan "
            "onbekende nummers. Bel terug als het nodig is."
        )
    if member.opted_out_at is not None or member.status != "active":
        raise InvalidInput(
            f"{member.full_name} krijgt geen sms'en meer (afgemeld of niet actief). "
            "Neem telefonisch contact op als het nodig is."
        )
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("Het antwoord is leeg. Typ een tekst.")
    segments = smstext.analyse(text).segments
    if segments > MAX_REPLY_SEGMENTS:
        raise InvalidInput(
            f"Het antwoord is te lang: {segments} sms-delen (maximum {MAX_REPLY_SEGMENTS}). "
            "Maak het korter."
        )
    alert = alerts.queue_service_message(session, message.mobile, member.id, text)
    alert.created_by = actor.username
    session.flush()
    audit.record(
        session,
        actor.username,
        "send",
        "reply",
        alert.id,
        after={"to_member": member.id, "in_reply_to": message.id, "text": text},
    )
    set_handled(session, actor, message_id)
    return alert


@dataclass(frozen=True)
class ReportRow:
    delivery_id: int
    alert_id: int
    mobile: str
    member_name: str
    state: str  # delivered / failed
    at: dt.datetime | None
    error: str


def delivery_reports(session: Session, actor: Actor, limit: int = 200) -> list[ReportRow]:
    """What the network reported back on recent alerts: delivered, or refused."""
    actor.require(Permission.SEND_ALERTS)
    result = session.execute(
        select(Delivery, Member)
        .outerjoin(Member, Member.id == Delivery.member_id)
        .where(
            Delivery.channel == "sms",  # the network's status reports: SMS only
            (Delivery.delivered_at.is_not(None))
            | ((Delivery.state == "failed") & Delivery.error.like("Niet afgeleverd%")),
        )
        .order_by(Delivery.updated_at.desc(), Delivery.id.desc())
        .limit(limit)
    ).all()
    return [
        ReportRow(
            delivery_id=d.id,
            alert_id=int(d.alert_id or 0),  # an SMS always belongs to an alert
            mobile=d.mobile,
            member_name=m.full_name if m is not None else "",
            state=d.state,
            at=d.delivered_at or d.updated_at,
            error=d.error or "",
        )
        for d, m in result
    ]
