"""Inbound messages and status reports, as the modem threads hand them over.

Replies are stored; ``STOP`` or ``UIT`` (any case, with or without more words) from a
member's number withdraws consent at once and is confirmed by SMS through the outbox;
status reports mark deliveries ``delivered``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk.db.models import Delivery, InboundMessage, Member
from bindesk.domain.phone import InvalidPhoneNumber, parse_mobile
from bindesk.services import alerts, members
from bindesk.sms.modem import InboundText, StatusReport

STOP_WORDS = re.compile(r"^\W*(stop|uit)\b", re.IGNORECASE)
STOP_CONFIRMATION = (
    "U bent uitgeschreven voor de BIN-sms'en van de politie. U krijgt geen berichten meer. "
    "Toch opnieuw inschrijven? Neem contact op met uw BIN-coordinator."
)


def is_stop(text: str) -> bool:
    return bool(STOP_WORDS.match(text.strip()))


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
    for message in messages:
        if isinstance(message, StatusReport):
            _status_report(session, modem_id, message)
        else:
            _text(session, modem_id, message)


def _text(session: Session, modem_id: str, message: InboundText) -> None:
    mobile = _normalise(message.number)
    senders = list(session.scalars(select(Member).where(Member.mobile == mobile)))
    stop = is_stop(message.text)
    action = "opt_out" if stop and senders else ("reply" if senders else "unknown")
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
        newly = [m for m in senders if m.opted_out_at is None]
        for member in newly:
            members.opt_out(session, member, "sms", f"'{message.text[:40]}' ontvangen via sms")
        if newly:
            alerts.queue_service_message(session, mobile, newly[0].id, STOP_CONFIRMATION)


#: a status report with a reference none of our deliveries knows resolves the newest
#: 'uncertain' delivery to that number claimed within this window before the report: the
#: part whose +CMGS answer was lost (timeout, crash) did go out
REPORT_WINDOW = dt.timedelta(minutes=30)


def _status_report(session: Session, modem_id: str, report: StatusReport) -> None:
    mobile = _normalise(report.number)
    candidates = session.scalars(
        select(Delivery)
        .where(
            Delivery.modem == modem_id,
            Delivery.mobile == mobile,
            Delivery.state.in_(("sent", "uncertain")),
        )
        .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
        .limit(20)
    )
    for delivery in candidates:
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
            Delivery.state == "uncertain",
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
        missing = [p for p in range(1, uncertain.alert.segments + 1) if p not in done]
        if missing and report.delivered:
            uncertain.parts_sent = sorted({*done, missing[0]})
        _apply_report(uncertain, report)


def _apply_report(delivery: Delivery, report: StatusReport) -> None:
    refs: list[Any] = delivery.message_refs or []
    if report.delivered:
        done = sorted({*(delivery.delivered_refs or []), report.reference})
        delivery.delivered_refs = done
        complete = len(refs) >= delivery.alert.segments  # not a partial send
        if complete and set(refs) <= set(done):  # every part reached the phone
            delivery.state = "delivered"
            delivery.delivered_at = report.at
            if delivery.error and delivery.error.startswith(("Onzeker", "Verzending")):
                delivery.error = None
    elif report.status == "failed":
        delivery.state = "failed"
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
