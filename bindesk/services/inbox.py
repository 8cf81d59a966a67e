"""Inbound messages and status reports, as the modem threads hand them over.

Replies are stored; a message that is only an opt-out word (``STOP``, ``UIT``, ...; see
:mod:`bindesk.domain.optout`) from a member's number withdraws consent at once and is
confirmed by SMS through the outbox; one that may mean it is stored flagged "mogelijke
afmelding" for the desk to confirm (:func:`confirm_opt_out`); status reports mark deliveries
``delivered``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.models import Delivery, InboundMessage, Member
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.optout import ReplyKind, classify
from bindesk.domain.phone import InvalidPhoneNumber, parse_mobile
from bindesk.domain.states import AuditAction, DeliveryState
from bindesk.services import alerts, audit, members
from bindesk.services.operators import Actor, Permission
from bindesk.sms.modem import InboundText, StatusReport

STOP_CONFIRMATION = (
    "U bent uitgeschreven voor de BIN-sms'en van de politie. U krijgt geen berichten meer. "
    "Toch opnieuw inschrijven? Neem contact op met uw BIN-coordinator."
)


ACTION_LABELS_NL = {
    "reply": "antwoord",
    "opt_out": "afgemeld (STOP)",
    "maybe_opt_out": "mogelijke afmelding",
    "unknown": "onbekend nummer",
}


def is_stop(text: str) -> bool:
    """Only an opt-out word: withdraws consent without asking."""
    return classify(text) is ReplyKind.OPT_OUT


def _normalise(number: str) -> str:
    try:
        return parse_mobile(number).e164
    except InvalidPhoneNumber:
        return number.strip()


def message_json(m: InboundMessage) -> dict[str, Any]:
    """Stable English keys for ``--json`` output."""
    return {
        "id": m.id,
        "mobile": m.mobile,
        "text": m.text,
        "received_at": m.received_at.isoformat(),
        "action": m.action,
        "member_id": m.member_id,
    }


def store(session: Session, modem_id: str, messages: list[InboundText | StatusReport]) -> None:
    """Store what one modem read, in its order. The deliveries the batch's status reports
    may be about are read in one query (a busy modem collects ~40 reports in half a minute:
    one query each kept the interpreter lock from the desk's window)."""
    reports = [m for m in messages if isinstance(m, StatusReport)]
    candidates = _report_candidates(session, modem_id, reports)
    for message in messages:
        if isinstance(message, StatusReport):
            _status_report(session, modem_id, message, candidates)
        else:
            _text(session, modem_id, message)


def _text(session: Session, modem_id: str, message: InboundText) -> None:
    mobile = _normalise(message.number)
    senders = list(session.scalars(select(Member).where(Member.mobile == mobile)))
    kind = classify(message.text)
    stop = kind is ReplyKind.OPT_OUT
    action = kind.value if senders else "unknown"
    session.add(
        InboundMessage(
            mobile=mobile,
            text=message.text,
            received_at=message.received_at,
            modem=modem_id,
            member_id=senders[0].id if senders else None,
            action=action,
        )
    )
    if stop and senders:
        _opt_out_senders(session, senders, "sms", f"'{message.text[:40]}' ontvangen via sms")


def _opt_out_senders(session: Session, senders: list[Member], actor_name: str, how: str) -> None:
    newly = [m for m in senders if m.opted_out_at is None]
    for member in newly:
        members.opt_out(session, member, actor_name, how)
    if newly:
        alerts.queue_service_message(session, newly[0].mobile, newly[0].id, STOP_CONFIRMATION)


#: a status report with a reference none of our deliveries knows resolves the newest
#: 'uncertain' delivery to that number claimed within this window before the report: the
#: part whose +CMGS answer was lost (timeout, crash) did go out
REPORT_WINDOW = dt.timedelta(minutes=30)


#: per number, the newest deliveries a status report is matched against
REPORT_CANDIDATES = 20
_OPEN = (DeliveryState.SENT, DeliveryState.UNCERTAIN)


def _report_candidates(
    session: Session, modem_id: str, reports: list[StatusReport]
) -> dict[str, list[Delivery]]:
    """Per number, its newest ``REPORT_CANDIDATES`` deliveries through this modem still
    waiting for a report (sent or uncertain), newest first."""
    found: dict[str, list[Delivery]] = {}
    mobiles = sorted({_normalise(r.number) for r in reports})
    for at in range(0, len(mobiles), 500):
        newest = (
            select(
                Delivery.id,
                func.row_number()
                .over(
                    partition_by=Delivery.mobile,
                    order_by=(Delivery.sent_at.desc(), Delivery.id.desc()),
                )
                .label("n"),
            )
            .where(
                Delivery.modem == modem_id,
                Delivery.mobile.in_(mobiles[at : at + 500]),
                Delivery.state.in_(_OPEN),
            )
            .subquery()
        )
        rows = session.scalars(
            select(Delivery)
            .join(newest, newest.c.id == Delivery.id)
            .where(newest.c.n <= REPORT_CANDIDATES)
            .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
        )
        for delivery in rows:
            found.setdefault(delivery.mobile, []).append(delivery)
    return found


def _status_report(
    session: Session, modem_id: str, report: StatusReport, candidates: dict[str, list[Delivery]]
) -> None:
    mobile = _normalise(report.number)
    for delivery in candidates.get(mobile, ()):
        if delivery.state not in _OPEN:
            continue  # settled by an earlier report of this batch
        refs: list[Any] = delivery.message_refs or []
        if report.reference in refs:
            _apply_report(delivery, report)
            return  # references wrap at 255: the newest matching delivery is the one
    if report.status == "pending":
        return
    uncertain = session.scalars(
        select(Delivery)
        .where(
            Delivery.mobile == mobile,
            Delivery.state == DeliveryState.UNCERTAIN,
            Delivery.claimed_at >= report.at - REPORT_WINDOW,
            Delivery.claimed_at <= report.at + dt.timedelta(minutes=5),  # clocks differ
        )
        .order_by(Delivery.claimed_at.desc(), Delivery.id.desc())
        .limit(1)
    ).first()
    if uncertain is not None:
        uncertain.message_refs = [*(uncertain.message_refs or []), report.reference]
        # parts go out in order: the unanswered one was the first part not recorded, so a
        # resend later leaves it out
        done = {int(p) for p in uncertain.parts_sent or []}
        segments = uncertain.alert.segments if uncertain.alert is not None else 1
        missing = [p for p in range(1, segments + 1) if p not in done]
        if missing and report.delivered:
            uncertain.parts_sent = sorted({*done, missing[0]})
        _apply_report(uncertain, report)


def _apply_report(delivery: Delivery, report: StatusReport) -> None:
    refs: list[Any] = delivery.message_refs or []
    if report.delivered:
        done = sorted({*(delivery.delivered_refs or []), report.reference})
        delivery.delivered_refs = done
        segments = delivery.alert.segments if delivery.alert is not None else 1
        complete = len(refs) >= segments  # not a partial send
        if complete and set(refs) <= set(done):  # every part reached the phone
            delivery.state = DeliveryState.DELIVERED
            delivery.delivered_at = report.at
            if delivery.error and delivery.error.startswith(("Onzeker", "Verzending")):
                delivery.error = None
    elif report.status == "failed":
        delivery.state = DeliveryState.FAILED
        delivery.error = (
            f"Niet afgeleverd volgens het gsm-netwerk (code {report.status_code}). "
            "Controleer het nummer van het lid."
        )


def list_messages(session: Session, limit: int = 500) -> list[InboundMessage]:
    return list(
        session.scalars(
            select(InboundMessage).order_by(InboundMessage.received_at.desc()).limit(limit)
        )
    )


# --- possible opt-outs: the desk decides with one click --------------------------------------


def possible_opt_outs(session: Session, actor: Actor) -> list[InboundMessage]:
    """Replies flagged "mogelijke afmelding" that nobody has decided on yet, newest first."""
    actor.require(Permission.READ_MEMBERS)
    return list(
        session.scalars(
            select(InboundMessage)
            .where(InboundMessage.action == ReplyKind.MAYBE_OPT_OUT.value)
            .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc())
        )
    )


def _flagged(session: Session, message_id: int) -> InboundMessage:
    message = session.get(InboundMessage, message_id)
    if message is None:
        raise NotFound(f"Ontvangen bericht {message_id} bestaat niet (meer).")
    if message.action != ReplyKind.MAYBE_OPT_OUT.value:
        label = ACTION_LABELS_NL.get(message.action, message.action)
        raise InvalidInput(
            f"Bericht {message_id} is geen mogelijke afmelding (het is: {label}); er is niets "
            "gewijzigd."
        )
    return message


def confirm_opt_out(session: Session, actor: Actor, message_id: int) -> list[Member]:
    """The desk read the reply and confirms: the sender opts out (and gets the confirmation)."""
    actor.require(Permission.MANAGE_MEMBERS)
    message = _flagged(session, message_id)
    senders = list(session.scalars(select(Member).where(Member.mobile == message.mobile)))
    message.action = ReplyKind.OPT_OUT.value
    _opt_out_senders(
        session, senders, actor.username, f"afmelding bevestigd na sms '{message.text[:40]}'"
    )
    return senders


def dismiss_opt_out(session: Session, actor: Actor, message_id: int) -> None:
    """The desk read the reply: it is not an opt-out, keep it as a reply."""
    actor.require(Permission.MANAGE_MEMBERS)
    message = _flagged(session, message_id)
    message.action = ReplyKind.REPLY.value
    audit.record(
        session,
        actor.username,
        AuditAction.UPDATE,
        "inbound_message",
        message.id,
        detail="geen afmelding: bewaard als antwoord",
    )
