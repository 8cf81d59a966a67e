"""What an operator does with the outbox: send failed and uncertain deliveries again, cancel
what still waits. Both report, per row they could not touch, why (Dutch)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bindesk.db.models import Delivery
from bindesk.domain.clock import utcnow
from bindesk.domain.errors import InvalidInput
from bindesk.domain.states import (
    RETRYABLE_STATES,
    AuditAction,
    DeliveryState,
)
from bindesk.services import audit
from bindesk.services.alerts import get_alert
from bindesk.services.operators import Actor, Permission

#: why a row could not be retried / cancelled, per state (Dutch, for the CLI and the desk)
_RETRY_REFUSED: dict[str, str] = {
    DeliveryState.QUEUED: "staat al in de wachtrij",
    DeliveryState.SENDING: "wordt nu verzonden",
    DeliveryState.SENT: "is al verzonden",
    DeliveryState.DELIVERED: "is al afgeleverd",
    DeliveryState.CANCELLED: "is geannuleerd",
}
_CANCEL_REFUSED: dict[str, str] = {
    DeliveryState.SENDING: "wordt nu verzonden en kan niet meer tegengehouden worden",
    DeliveryState.SENT: "is al verzonden",
    DeliveryState.DELIVERED: "is al afgeleverd",
    DeliveryState.FAILED: "is mislukt (er gaat niets meer uit)",
    DeliveryState.UNCERTAIN: (
        "is onzeker (mogelijk al ontvangen); annuleren kan alleen wat nog wacht"
    ),
    DeliveryState.CANCELLED: "is al geannuleerd",
}
#: an 'uncertain' row without a status report this long: the desk offers to resend it
UNCERTAIN_OFFER_AFTER = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class ChangeReport:
    """What retry/cancel did: the rows changed, and for every row it could not touch, why."""

    changed: tuple[int, ...]
    untouched: tuple[tuple[int, str], ...]  # (delivery id, Dutch reason)


def _targets(
    session: Session, alert_id: int | None, delivery_ids: Sequence[int] | None
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(id, state) of the rows asked for, and (id, reason) of ids that do not exist."""
    if delivery_ids is not None:
        wanted = list(dict.fromkeys(int(i) for i in delivery_ids))
        found: dict[int, str] = {
            i: state
            for i, state in session.execute(
                select(Delivery.id, Delivery.state).where(Delivery.id.in_(wanted))
            )
        }
        missing = [(i, "bestaat niet") for i in wanted if i not in found]
        return [(i, found[i]) for i in wanted if i in found], missing
    assert alert_id is not None
    alert = get_alert(session, alert_id)
    rows = session.execute(
        select(Delivery.id, Delivery.state)
        .where(Delivery.alert_id == alert.id)
        .order_by(Delivery.id)
    )
    return [(i, state) for i, state in rows], []


def retry_deliveries(
    session: Session,
    actor: Actor,
    *,
    alert_id: int | None = None,
    delivery_ids: Sequence[int] | None = None,
) -> ChangeReport:
    """Failed and uncertain deliveries (of an alert, or these ids) back to the queue: the
    operator decided. A multipart row keeps its concatenation reference and the parts already
    out, so only the missing parts go (the phone joins them); a row whose every part went out
    is sent again whole, under a new reference."""
    actor.require(Permission.RUN_OUTBOX)
    rows, untouched = _targets(session, alert_id, delivery_ids)
    ids = [i for i, state in rows if state in RETRYABLE_STATES]
    untouched += [(i, _RETRY_REFUSED.get(state, state)) for i, state in rows if i not in ids]
    changed: list[int] = []
    now = utcnow()
    for d in session.scalars(select(Delivery).where(Delivery.id.in_(ids)).order_by(Delivery.id)):
        if d.state not in (DeliveryState.FAILED, DeliveryState.UNCERTAIN):
            untouched.append((d.id, _RETRY_REFUSED.get(d.state, d.state)))
            continue
        segments = d.alert.segments if d.alert is not None and d.channel == "sms" else 1
        whole = len(d.parts_sent or []) >= segments
        # everything went out (or may have): all again (an e-mail keeps its Message-ID, so a
        # copy that did arrive is recognised as the same message)
        if whole or segments <= 1:
            d.parts_sent, d.message_refs, d.delivered_refs = [], [], []
            if d.concat_ref is not None:
                d.concat_ref = (d.concat_ref + 1) % 256
        d.state, d.attempts, d.next_attempt_at, d.modem = DeliveryState.QUEUED, 0, None, None
        d.lease_expires_at, d.updated_at = None, now
        changed.append(d.id)
    session.flush()
    _audit_change(session, actor, AuditAction.RETRY, alert_id, changed, "opnieuw in wachtrij")
    return ChangeReport(tuple(changed), tuple(sorted(untouched)))


def _audit_change(
    session: Session,
    actor: Actor,
    action: AuditAction,
    alert_id: int | None,
    changed: Sequence[int],
    what: str,
) -> None:
    if alert_id is not None:
        audit.record(
            session, actor.username, action, "alert", alert_id, detail=f"{len(changed)} {what}"
        )
    else:
        ids = ",".join(map(str, changed))
        audit.record(
            session, actor.username, action, "delivery", ids, detail=f"{len(changed)} {what}"
        )


def cancel_deliveries(
    session: Session,
    actor: Actor,
    *,
    alert_id: int | None = None,
    delivery_ids: Sequence[int] | None = None,
) -> ChangeReport:
    """Cancel what is still queued (of an alert, or these ids); a row on a modem right now
    finishes."""
    actor.require(Permission.SEND_ALERTS)
    rows, untouched = _targets(session, alert_id, delivery_ids)
    queued = [i for i, state in rows if state == DeliveryState.QUEUED]
    untouched += [
        (i, _CANCEL_REFUSED.get(state, state)) for i, state in rows if state != DeliveryState.QUEUED
    ]
    changed: list[int] = []
    if queued:
        changed = list(
            session.scalars(
                update(Delivery)
                .where(Delivery.id.in_(queued), Delivery.state == DeliveryState.QUEUED)
                .values(state=DeliveryState.CANCELLED, updated_at=utcnow())
                .returning(Delivery.id)
                .execution_options(synchronize_session=False)
            )
        )
        untouched += [
            (i, "werd intussen opgenomen door een modem") for i in queued if i not in changed
        ]
    _audit_change(session, actor, AuditAction.CANCEL, alert_id, changed, "geannuleerd")
    return ChangeReport(tuple(sorted(changed)), tuple(sorted(untouched)))


def retry(session: Session, actor: Actor, alert_id: int) -> int:
    """Failed and uncertain deliveries of an alert back to the queue (the operator decided)."""
    return len(retry_deliveries(session, actor, alert_id=alert_id).changed)


def cancel(session: Session, actor: Actor, alert_id: int) -> int:
    """Cancel what is still queued; the SMS being sent right now finishes."""
    report = cancel_deliveries(session, actor, alert_id=alert_id)
    if not report.changed and not any(
        reason == _CANCEL_REFUSED[DeliveryState.SENDING] for _, reason in report.untouched
    ):
        raise InvalidInput(f"Bericht {alert_id} heeft niets meer in de wachtrij om te annuleren.")
    return len(report.changed)


def stale_uncertain(
    session: Session, alert_id: int, after: dt.timedelta = UNCERTAIN_OFFER_AFTER
) -> list[int]:
    """Uncertain deliveries of an alert that no status report resolved for ``after``: the
    desk offers to resend just these."""
    return list(
        session.scalars(
            select(Delivery.id)
            .where(
                Delivery.alert_id == alert_id,
                Delivery.state == DeliveryState.UNCERTAIN,
                Delivery.updated_at <= utcnow() - after,
            )
            .order_by(Delivery.id)
        )
    )
