"""The outbox: claim, state changes, retry, cancel, status. The database is the truth.

States: ``queued → sending → sent → delivered``, or ``failed`` (permanent, with reason),
``uncertain`` (the modem may or may not have sent it: resent only on explicit request),
``cancelled``. A claim commits ``sending`` before the modem sees the message; PostgreSQL
claims with ``FOR UPDATE SKIP LOCKED``, SQLite serialises claims with ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import Alert, Delivery
from bindesk.domain.clock import utcnow
from bindesk.domain.states import (
    PENDING_STATES,
    DeliveryState,
)
from bindesk.services import inbox
from bindesk.services.alerts import get_alert
from bindesk.sms.dispatcher import Job
from bindesk.sms.modem import InboundText, StatusReport

log = logging.getLogger(__name__)

DESK_KINDS = ("urgent", "prevention", "feedback")  # what an operator composes


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    base_seconds: float = 2.0
    max_seconds: float = 120.0

    def delay(self, attempts: int) -> float:
        return float(min(self.max_seconds, self.base_seconds * 2 ** max(0, attempts - 1)))


#: how long a claim ('sending') lives without being renewed; at most 2 minutes, so a restarted
#: dispatcher finishes the alert soon after a crash, wherever the modem comes back
LEASE = dt.timedelta(minutes=2)
EXPIRED_CLAIM = (
    "Verzending onderbroken: de verzender die deze sms had opgenomen, gaf geen teken van leven "
    "meer. Mogelijk ontvangen; een ontvangstbevestiging maakt hem 'afgeleverd', anders "
    "verstuurt u hem opnieuw na controle."
)


def _lease_expired(now: dt.datetime, lease: dt.timedelta) -> Any:
    """Rows in 'sending' whose claim is no longer live (rows from before leases: by age)."""
    return and_(
        Delivery.state == DeliveryState.SENDING,
        or_(
            Delivery.lease_expires_at < now,
            and_(Delivery.lease_expires_at.is_(None), Delivery.updated_at < now - lease),
        ),
    )


class HeldClaim(Protocol):
    """What identifies a claim this process holds: an SMS :class:`Job` or an e-mail job."""

    @property
    def delivery_id(self) -> int: ...

    @property
    def modem_id(self) -> str: ...


class OutboxQueue:
    """The dispatcher's :class:`bindesk.sms.dispatcher.Queue` over the database."""

    def __init__(
        self, db: Database, policy: RetryPolicy | None = None, lease: dt.timedelta = LEASE
    ) -> None:
        self.db = db
        self.policy = policy or RetryPolicy()
        self.lease = lease
        #: deliveries whose expired claim this queue turned into 'uncertain'
        self.expired_ids: set[int] = set()

    def expire_claims(self) -> int:
        """Claims whose lease ran out become 'uncertain', whoever held them (read first: an
        idle dispatcher does not write)."""
        now = utcnow()
        with self.db.read_session() as s:
            ids = list(s.scalars(select(Delivery.id).where(_lease_expired(now, self.lease))))
        if not ids:
            return 0
        with self.db.session() as s:
            expired = list(
                s.scalars(
                    update(Delivery)
                    .where(Delivery.id.in_(ids), _lease_expired(now, self.lease))
                    .values(state=DeliveryState.UNCERTAIN, updated_at=now, error=EXPIRED_CLAIM)
                    .returning(Delivery.id)
                    .execution_options(synchronize_session=False)
                )
            )
        self.expired_ids.update(expired)
        return len(expired)

    def renew(self, jobs: Sequence[HeldClaim]) -> None:
        if not jobs:
            return
        until = utcnow() + self.lease
        with self.db.session() as s:
            for job in jobs:
                s.execute(
                    update(Delivery)
                    .where(*self._held(job))
                    .values(lease_expires_at=until)
                    .execution_options(synchronize_session=False)
                )

    @staticmethod
    def _held(job: HeldClaim) -> tuple[Any, ...]:
        held: tuple[Any, ...] = (
            Delivery.id == job.delivery_id,
            Delivery.state == DeliveryState.SENDING,
        )
        if job.modem_id:
            held += (Delivery.modem == job.modem_id,)
        return held

    def recover(self, modem_id: str) -> int:
        """Rows left in ``sending`` on this modem belong to a process that died (we hold the
        device now, so nobody else can be sending on it): the modem may or may not have sent
        them, so they become ``uncertain``."""
        with self.db.session() as s:
            result = s.execute(
                update(Delivery)
                .where(Delivery.state == DeliveryState.SENDING, Delivery.modem == modem_id)
                .values(
                    state=DeliveryState.UNCERTAIN,
                    updated_at=utcnow(),
                    error="Verzending onderbroken (programma of pc gestopt tijdens het "
                    "versturen). Mogelijk ontvangen; verstuur opnieuw alleen na controle.",
                )
                .execution_options(synchronize_session=False)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    @staticmethod
    def claim_query(now: dt.datetime, channel: str = "sms") -> Any:
        """The next row of this channel to send: served in this order by
        ``ix_deliveries_claim`` (state, channel, priority, alert_id, id)."""
        return (
            select(Delivery.id)
            .where(
                Delivery.state == DeliveryState.QUEUED,
                Delivery.channel == channel,
                or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now),
            )
            .order_by(Delivery.priority, Delivery.alert_id, Delivery.id)
            .limit(1)
        )

    def claim(self, modem_id: str) -> Job | None:
        now = utcnow()
        with self.db.read_session() as s:  # an idle dispatcher reads; it writes only for a row
            if s.scalar(self.claim_query(now)) is None:
                return None
        with self.db.session() as s:
            next_id = self.claim_query(now)
            if s.get_bind().dialect.name == "postgresql":
                next_id = next_id.with_for_update(skip_locked=True)
            row = s.execute(
                update(Delivery)
                .where(
                    Delivery.id == next_id.scalar_subquery(),
                    Delivery.state == DeliveryState.QUEUED,
                    Delivery.channel == "sms",
                )
                .values(
                    state=DeliveryState.SENDING,
                    modem=modem_id,
                    attempts=Delivery.attempts + 1,
                    claimed_at=now,
                    lease_expires_at=now + self.lease,
                    concat_ref=func.coalesce(Delivery.concat_ref, Delivery.id % 256),
                    updated_at=now,
                )
                .returning(
                    Delivery.id,
                    Delivery.alert_id,
                    Delivery.mobile,
                    Delivery.attempts,
                    Delivery.concat_ref,
                    Delivery.parts_sent,
                    Delivery.message_refs,
                )
                .execution_options(synchronize_session=False)
            ).first()
            if row is None:
                return None
            assert row.alert_id is not None  # an SMS always belongs to an alert
            text, encoding = s.execute(
                select(Alert.text, Alert.encoding).where(Alert.id == row.alert_id)
            ).one()
            return Job(
                delivery_id=row.id,
                alert_id=row.alert_id,
                mobile=row.mobile,
                text=text,
                unicode=encoding == "ucs2",
                attempt=row.attempts,
                modem_id=modem_id,
                concat_ref=row.concat_ref,
                parts_sent=tuple(int(p) for p in row.parts_sent or ()),
                refs_before=tuple(int(r) for r in row.message_refs or ()),
            )

    def _set(self, job: HeldClaim, **values: Any) -> None:
        values.setdefault("updated_at", utcnow())

        def write(s: Session) -> None:
            s.execute(
                update(Delivery)
                .where(*self._held(job))
                .values(**values)
                .execution_options(synchronize_session=False)
            )

        commit_insisting(self.db, write, what=f"delivery {job.delivery_id}")

    def part_sent(self, job: Job, part: int, reference: int) -> None:
        """One part of this delivery went out: committed before the next part is sent, so a
        restart never sends it again (and the lease is renewed)."""

        def write(s: Session) -> None:
            row = s.execute(
                select(Delivery.parts_sent, Delivery.message_refs).where(*self._held(job))
            ).first()
            if row is None:
                return
            parts = sorted({*(int(p) for p in row.parts_sent or ()), part})
            refs = [*(row.message_refs or ()), reference]
            s.execute(
                update(Delivery)
                .where(*self._held(job))
                .values(
                    parts_sent=parts,
                    message_refs=refs,
                    lease_expires_at=utcnow() + self.lease,
                    updated_at=utcnow(),
                )
                .execution_options(synchronize_session=False)
            )

        commit_insisting(self.db, write, what=f"part {part} of delivery {job.delivery_id}")

    def _set_with_refs(self, job: Job, references: Sequence[int], **values: Any) -> None:
        """Like _set, adding these references to those already recorded (part_sent)."""

        def write(s: Session) -> None:
            recorded = s.scalar(select(Delivery.message_refs).where(*self._held(job)))
            if recorded is None:
                return  # no longer ours
            values.setdefault("updated_at", utcnow())
            s.execute(
                update(Delivery)
                .where(*self._held(job))
                .values(message_refs=_merge_refs(list(recorded), references), **values)
                .execution_options(synchronize_session=False)
            )

        commit_insisting(self.db, write, what=f"delivery {job.delivery_id}")

    def sent(self, job: Job, references: list[int]) -> None:
        self._set_with_refs(job, references, state=DeliveryState.SENT, sent_at=utcnow(), error=None)

    def failed(self, job: Job, reason: str) -> None:
        self._set(job, state=DeliveryState.FAILED, error=reason)

    def uncertain(self, job: Job, reason: str, references: list[int]) -> None:
        self._set_with_refs(job, references, state=DeliveryState.UNCERTAIN, error=reason)

    def requeue(self, job: HeldClaim, reason: str) -> None:
        """Not sent (the device was gone): back to the queue, this attempt not counted."""
        self._set(
            job,
            state=DeliveryState.QUEUED,
            modem=None,
            attempts=Delivery.attempts - 1,
            error=reason,
            next_attempt_at=None,
            lease_expires_at=None,
        )

    def retry_later(self, job: Job, reason: str) -> str:
        if job.attempt >= self.policy.max_attempts:
            self.failed(
                job,
                f"Opgegeven na {job.attempt} pogingen. Laatste fout: {reason} "
                "'Opnieuw versturen' probeert nog eens.",
            )
            return DeliveryState.FAILED
        when = utcnow() + dt.timedelta(seconds=self.policy.delay(job.attempt))
        self._set(
            job,
            state=DeliveryState.QUEUED,
            modem=None,
            error=reason,
            next_attempt_at=when,
            lease_expires_at=None,
        )
        return DeliveryState.QUEUED

    def inbound(self, modem_id: str, messages: list[InboundText | StatusReport]) -> None:
        with self.db.session() as s:
            inbox.store(s, modem_id, messages)

    #: the channel whose rows this queue settles (pending); modems: SMS
    channel = "sms"

    def pending(self) -> int:
        """Rows of this channel still to settle: queued (also waiting for a retry) or
        claimed under a live lease by any dispatcher (an expired claim is first turned
        'uncertain')."""
        self.expire_claims()
        with self.db.read_session() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(Delivery)
                    .where(
                        Delivery.state.in_(PENDING_STATES),
                        Delivery.channel == self.channel,
                    )
                )
                or 0
            )


# --- state changes never give up on a busy database ----------------------------------------
#
# A 'sent' that is not recorded becomes 'uncertain' after a restart: a resident may get the
# alert twice or the desk must check by hand. While another desk or a long import holds the
# write lock, the dispatcher waits its turn (however long) instead of giving up.

_LOCK_SIGNS = (
    "database is locked",  # SQLITE_BUSY
    "database table is locked",  # SQLITE_LOCKED
    "could not obtain lock",  # PostgreSQL 55P03
    "deadlock detected",  # PostgreSQL 40P01
    "could not serialize access",  # PostgreSQL 40001
)
INSIST_MAX_PAUSE = 1.0


def is_lock_conflict(exc: BaseException) -> bool:
    """Another writer held the database: the write can simply be tried again."""
    return isinstance(exc, OperationalError) and any(
        sign in str(exc.orig).lower() for sign in _LOCK_SIGNS
    )


def commit_insisting(db: Database, write: Callable[[Session], None], *, what: str) -> None:
    """Run ``write`` in its own transaction and commit it, retrying for as long as the
    database is locked by someone else; any other error is raised at once."""
    pause = 0.05
    waited = 0.0
    while True:
        try:
            with db.session() as s:
                write(s)
            if waited:
                log.info("recorded %s after waiting %.1f s for the database", what, waited)
            return
        except OperationalError as exc:
            if not is_lock_conflict(exc):
                raise
            if waited == 0 or int(waited / 30) != int((waited + pause) / 30):
                log.warning("database busy while recording %s (%.0f s); still trying", what, waited)
        time.sleep(pause)
        waited += pause
        pause = min(pause * 2, INSIST_MAX_PAUSE)


def _merge_refs(before: Sequence[int], now: Sequence[int]) -> list[int]:
    return [*before, *(r for r in now if r not in before)]


# --- what the desk does with the outbox -------------------------------------------------


def counts(session: Session, alert_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Delivery.state, func.count())
        .where(Delivery.alert_id == alert_id)
        .group_by(Delivery.state)
    ).all()
    return {state: int(n) for state, n in rows}


def status(session: Session, alert_id: int | None = None, limit: int = 20) -> dict[str, Any]:
    """The ``outbox status --json`` document."""
    query = select(Alert).order_by(Alert.id.desc())
    if alert_id is not None:
        query = query.where(Alert.id == get_alert(session, alert_id).id)
    else:
        query = query.limit(limit)
    alerts = []
    for alert in session.scalars(query):
        deliveries = session.scalars(
            select(Delivery).where(Delivery.alert_id == alert.id).order_by(Delivery.id)
        )
        alerts.append(
            {
                "id": alert.id,
                "kind": alert.kind,
                "created_at": alert.created_at.isoformat(),
                "created_by": alert.created_by,
                "text": alert.text,
                "encoding": alert.encoding,
                "segments": alert.segments,
                "counts": counts(session, alert.id),
                "deliveries": [
                    {
                        "id": d.id,
                        "channel": d.channel,
                        "mobile": d.mobile,
                        "email": d.email,
                        "state": d.state,
                        "attempts": d.attempts,
                        "error": d.error,
                        "modem": d.modem,
                        "sent_at": d.sent_at.isoformat() if d.sent_at else None,
                        "delivered_at": d.delivered_at.isoformat() if d.delivered_at else None,
                    }
                    for d in deliveries
                ],
            }
        )
    return {"alerts": alerts}


def run_summary(session: Session, delivery_ids: Sequence[int]) -> dict[str, int]:
    """Final states of these deliveries (what ``outbox run --until-idle`` handled)."""
    result: dict[str, int] = {}
    ids = list(delivery_ids)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for state, n in session.execute(
            select(Delivery.state, func.count())
            .where(Delivery.id.in_(chunk))
            .group_by(Delivery.state)
        ):
            result[state] = result.get(state, 0) + int(n)
    return result
