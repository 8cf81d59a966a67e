"""E-mail deliveries in the outbox: the newsletter mailing, and the e-mail worker's claim.

A newsletter mailing stores the edition's PDF once (``newsletter_mailings``) and writes one
``email`` delivery per consenting member with an address in the chosen networks, in one
transaction, before any server sees a message (members in two networks get one; members who
unsubscribed, whose address bounced, or who already have this edition are skipped). The
e-mail worker (``services.mail_dispatch``) claims rows of channel ``email`` exactly like a
modem claims SMS rows: committed ``sending`` under a lease before the SMTP server sees the
message. Cancel turns what is still queued into ``cancelled``; resume queues those again;
after a restart the worker simply goes on with the queued rows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import (
    Alert,
    Delivery,
    Member,
    Membership,
    Network,
    Newsletter,
    NewsletterMailing,
)
from bindesk.domain.clock import utcnow
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.period import parse_period
from bindesk.domain.states import AuditAction, DeliveryState
from bindesk.mail import compose
from bindesk.mail.url import looks_like_address
from bindesk.pdf import document
from bindesk.services import audit, newsletter
from bindesk.services.operators import Actor, Permission
from bindesk.services.outbox import LEASE, OutboxQueue, RetryPolicy

NEWSLETTER_PRIORITY = 30  # after every alert (urgent 0 … prevention 20)
#: what counts as "already has this edition" when the same edition is mailed again
HAS_IT_STATES = ("queued", "sending", "sent", "delivered", "uncertain")


# --- the newsletter mailing ----------------------------------------------------------------


@dataclass(frozen=True)
class MailingSummary:
    mailing_id: int
    newsletter_id: int
    queued: int  # deliveries written
    duplicates: int  # a second membership of the same address (another chosen network)
    already: int  # already had (or is getting) this edition from an earlier mailing
    no_consent: int  # members with an address but no e-mail consent, or unsubscribed
    invalid: int  # an address that bounced before, or is malformed


@dataclass(frozen=True)
class MailingProgress:
    newsletter_id: int
    counts: dict[str, int] = field(default_factory=dict)  # per delivery state
    mailings: int = 0
    cancelled: bool = False  # the newest mailing was cancelled (resume queues it again)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def waiting(self) -> int:
        return self.counts.get("queued", 0) + self.counts.get("sending", 0)

    @property
    def done(self) -> int:
        return self.total - self.waiting

    @property
    def failed(self) -> int:
        return self.counts.get("failed", 0)


def _edition(session: Session, newsletter_id: int) -> Newsletter:
    row = session.get(Newsletter, newsletter_id)
    if row is None:
        raise NotFound(
            f"Nieuwsbrief {newsletter_id} bestaat niet. Bekijk de lijst met "
            "'bindesk newsletter list'."
        )
    return row


def _subject(row: Newsletter) -> str:
    number = f" — editie {row.edition}" if row.edition else ""
    return f"{row.title.strip()}{number}"


def pdf_name(row: Newsletter) -> str:
    stem = "".join(ch if ch.isalnum() else "-" for ch in row.title.strip()).strip("-")
    stem = "-".join(part for part in stem.split("-") if part)[:60] or "nieuwsbrief"
    return f"{stem}-editie-{row.edition}.pdf" if row.edition else f"{stem}.pdf"


def render_edition_pdf(session: Session, actor: Actor, newsletter_id: int) -> bytes:
    """The edition's PDF, built as ``newsletter build`` builds it (into a temporary file)."""
    content = newsletter.load_edition(session, actor, newsletter_id)
    row = _edition(session, newsletter_id)
    data = newsletter.assemble(session, replace(content, edition=row.edition))
    with tempfile.TemporaryDirectory(prefix="bindesk-mail-") as tmp:
        target = Path(tmp) / "edition.pdf"
        document.render(data, target)
        return target.read_bytes()


def _recipients(
    session: Session, newsletter_id: int, nets: Sequence[Network]
) -> tuple[list[tuple[Member, str]], int, int, int, int]:
    """Who gets the edition in these networks: (member, address) once per address, and how
    many were left out as duplicates, already served, without consent, or invalid."""
    has_it = {
        (e or "").casefold()
        for e in session.scalars(
            select(Delivery.email).where(
                Delivery.newsletter_id == newsletter_id,
                Delivery.channel == "email",
                Delivery.state.in_(HAS_IT_STATES),
            )
        )
    }
    members = session.scalars(
        select(Member)
        .join(Membership)
        .where(
            Membership.network_id.in_([n.id for n in nets]),
            Member.status == "active",
            Member.email != "",
        )
        .order_by(Member.id)
    ).unique()
    seen: set[str] = set()
    duplicates = already = no_consent = invalid = 0
    chosen: list[tuple[Member, str]] = []
    for member in members:
        address = member.email.strip()
        key = address.casefold()
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        if member.email_invalid_at is not None or not looks_like_address(address):
            invalid += 1
            continue
        if (
            member.email_consent_at is None
            or member.email_opted_out_at is not None
            or member.opted_out_at is not None
        ):
            no_consent += 1
            continue
        if key in has_it:
            already += 1
            continue
        chosen.append((member, address))
    return chosen, duplicates, already, no_consent, invalid


def mailing_preview(
    session: Session, newsletter_id: int, network_ids: Sequence[int], actor: Actor
) -> MailingSummary:
    """What :func:`start_mailing` would queue now (``mailing_id`` 0), without writing."""
    actor.require(Permission.NEWSLETTER)
    row = _edition(session, newsletter_id)
    nets = _networks(session, network_ids)
    chosen, duplicates, already, no_consent, invalid = _recipients(session, row.id, nets)
    return MailingSummary(0, row.id, len(chosen), duplicates, already, no_consent, invalid)


def _networks(session: Session, network_ids: Sequence[int]) -> list[Network]:
    if not network_ids:
        raise InvalidInput("Kies minstens één netwerk om de nieuwsbrief naar te mailen.")
    nets = list(session.scalars(select(Network).where(Network.id.in_(list(network_ids)))))
    missing = sorted(set(network_ids) - {n.id for n in nets})
    if missing:
        raise NotFound(f"Netwerk {missing[0]} bestaat niet. Kies de netwerken opnieuw.")
    return nets


def start_mailing(
    session: Session,
    newsletter_id: int,
    network_ids: Sequence[int],
    actor: Actor,
    *,
    pdf: bytes | Path | None = None,
) -> MailingSummary:
    """Queue the edition for every consenting member with an address in these networks
    (the caller commits: one transaction). ``pdf``: the edition's built file (its path or
    bytes); None builds it now from the stored edition."""
    actor.require(Permission.NEWSLETTER)
    row = _edition(session, newsletter_id)
    nets = _networks(session, network_ids)
    if isinstance(pdf, Path):
        try:
            data = pdf.read_bytes()
        except OSError as exc:
            raise InvalidInput(
                f"De pdf {pdf} kon niet gelezen worden ({exc.strerror}). Bouw de nieuwsbrief "
                "opnieuw."
            ) from None
    else:
        data = pdf if pdf is not None else render_edition_pdf(session, actor, newsletter_id)
    if not data.startswith(b"%PDF"):
        raise InvalidInput("Het bestand is geen pdf: bouw de nieuwsbrief opnieuw.")
    chosen, duplicates, already, no_consent, invalid = _recipients(session, row.id, nets)
    mailing = NewsletterMailing(
        newsletter_id=row.id,
        subject=_subject(row),
        pdf=data,
        pdf_name=pdf_name(row),
        pdf_sha256=hashlib.sha256(data).hexdigest(),
        network_ids=sorted(n.id for n in nets),
        created_by=actor.username,
    )
    session.add(mailing)
    session.flush()
    session.add_all(
        Delivery(
            alert_id=None,
            newsletter_id=row.id,
            mailing_id=mailing.id,
            member_id=member.id,
            channel="email",
            mobile="",
            email=address,
            state="queued",
            priority=NEWSLETTER_PRIORITY,
        )
        for member, address in chosen
    )
    session.flush()
    summary = MailingSummary(
        mailing.id, row.id, len(chosen), duplicates, already, no_consent, invalid
    )
    audit.record(
        session,
        actor.username,
        AuditAction.SEND,
        "newsletter",
        row.id,
        after={
            "mailing": mailing.id,
            "networks": sorted(n.name for n in nets),
            "recipients": len(chosen),
            "pdf_sha256": mailing.pdf_sha256,
        },
        detail=f"per e-mail naar {len(chosen)} leden",
    )
    return summary


def mailing_progress(session: Session, newsletter_id: int) -> MailingProgress:
    """Deliveries per state of every mailing of this edition (counted by the database)."""
    _edition(session, newsletter_id)
    counts = {
        state: int(n)
        for state, n in session.execute(
            select(Delivery.state, func.count())
            .where(Delivery.newsletter_id == newsletter_id)
            .group_by(Delivery.state)
        )
    }
    newest = session.execute(
        select(func.count(NewsletterMailing.id), func.max(NewsletterMailing.id)).where(
            NewsletterMailing.newsletter_id == newsletter_id
        )
    ).one()
    cancelled = False
    if newest[1] is not None:
        mailing = session.get(NewsletterMailing, newest[1])
        cancelled = mailing is not None and mailing.cancelled_at is not None
    return MailingProgress(newsletter_id, counts, int(newest[0] or 0), cancelled)


def cancel_mailing(session: Session, newsletter_id: int, actor: Actor) -> int:
    """Stop the mailing: what is still queued becomes 'cancelled' (a message being sent
    right now finishes). Returns how many were cancelled."""
    actor.require(Permission.NEWSLETTER)
    _edition(session, newsletter_id)
    now = utcnow()
    ids = list(
        session.scalars(
            update(Delivery)
            .where(Delivery.newsletter_id == newsletter_id, Delivery.state == "queued")
            .values(state="cancelled", error="Geannuleerd: mailing gestopt.", updated_at=now)
            .returning(Delivery.id)
            .execution_options(synchronize_session=False)
        )
    )
    session.execute(
        update(NewsletterMailing)
        .where(
            NewsletterMailing.newsletter_id == newsletter_id,
            NewsletterMailing.cancelled_at.is_(None),
        )
        .values(cancelled_at=now)
        .execution_options(synchronize_session=False)
    )
    audit.record(
        session,
        actor.username,
        AuditAction.CANCEL,
        "newsletter",
        newsletter_id,
        detail=f"mailing gestopt: {len(ids)} e-mails geannuleerd",
    )
    return len(ids)


def resume_mailing(session: Session, newsletter_id: int, actor: Actor) -> int:
    """Go on with a cancelled mailing: its cancelled rows are queued again (those of members
    who unsubscribed or left since stay cancelled). Returns how many were queued."""
    actor.require(Permission.NEWSLETTER)
    _edition(session, newsletter_id)
    rows = session.execute(
        select(Delivery.id, Member)
        .join(NewsletterMailing, NewsletterMailing.id == Delivery.mailing_id)
        .join(Member, Member.id == Delivery.member_id)
        .where(
            Delivery.newsletter_id == newsletter_id,
            Delivery.state == "cancelled",
            NewsletterMailing.cancelled_at.is_not(None),
        )
    ).all()
    ids = [
        i
        for i, m in rows
        if m.status == "active"
        and m.email_consent_at is not None
        and m.email_opted_out_at is None
        and m.email_invalid_at is None
        and m.opted_out_at is None
    ]
    now = utcnow()
    if ids:
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(ids), Delivery.state == "cancelled")
            .values(state="queued", error=None, next_attempt_at=None, updated_at=now)
            .execution_options(synchronize_session=False)
        )
    session.execute(
        update(NewsletterMailing)
        .where(NewsletterMailing.newsletter_id == newsletter_id)
        .values(cancelled_at=None)
        .execution_options(synchronize_session=False)
    )
    audit.record(
        session,
        actor.username,
        AuditAction.RESUME,
        "newsletter",
        newsletter_id,
        detail=f"mailing hervat: {len(ids)} e-mails weer in de wachtrij",
    )
    return len(ids)


def stop_queued_email(session: Session, member_id: int, why: str) -> int:
    """An e-mail unsubscribe or bounce: the member's queued e-mails are cancelled (SMS stay)."""
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.member_id == member_id,
            Delivery.channel == "email",
            Delivery.state == "queued",
        )
        .values(state="cancelled", error=why, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# --- the e-mail worker's queue -------------------------------------------------------------


@dataclass(frozen=True)
class MailJob:
    """One claimed e-mail delivery with what the worker needs to build the message."""

    delivery_id: int
    address: str
    name: str
    message_id: str
    token: str
    attempt: int
    worker_id: str
    alert_id: int | None = None
    alert_text: str = ""
    alert_kind: str = ""
    mailing_id: int | None = None

    @property
    def modem_id(self) -> str:
        """The claim's holder, as the outbox names it (the column is ``modem``)."""
        return self.worker_id


@dataclass(frozen=True)
class MailingContent:
    """A mailing as the worker attaches it (loaded once per mailing)."""

    subject: str
    pdf: bytes
    pdf_name: str
    body: compose.NewsletterBody


class MailQueue(OutboxQueue):
    """The outbox for the e-mail worker: claims only rows of channel ``email``."""

    channel = "email"

    def __init__(
        self,
        db: Database,
        policy: RetryPolicy | None = None,
        lease: dt.timedelta = LEASE,
        *,
        sender_domain: str = "bindesk.invalid",
    ) -> None:
        super().__init__(db, policy, lease)
        self.sender_domain = sender_domain

    def recover(self, modem_id: str) -> int:  # pragma: no cover - a worker id is unique
        return 0

    def claim_mail(self, worker_id: str) -> MailJob | None:
        now = utcnow()
        with self.db.read_session() as s:
            if s.scalar(self.claim_query(now, "email")) is None:
                return None
        with self.db.session() as s:
            next_id = self.claim_query(now, "email")
            if s.get_bind().dialect.name == "postgresql":
                next_id = next_id.with_for_update(skip_locked=True)
            row = s.execute(
                update(Delivery)
                .where(
                    Delivery.id == next_id.scalar_subquery(),
                    Delivery.state == "queued",
                    Delivery.channel == "email",
                )
                .values(
                    state="sending",
                    modem=worker_id,
                    attempts=Delivery.attempts + 1,
                    claimed_at=now,
                    lease_expires_at=now + self.lease,
                    updated_at=now,
                )
                .returning(
                    Delivery.id,
                    Delivery.alert_id,
                    Delivery.mailing_id,
                    Delivery.member_id,
                    Delivery.email,
                    Delivery.message_id,
                    Delivery.attempts,
                )
                .execution_options(synchronize_session=False)
            ).first()
            if row is None:
                return None
            message_id = row.message_id
            parsed = compose.parse_message_id(message_id) if message_id else None
            if parsed is None:  # the first claim fixes the Message-ID, before any send
                token = compose.new_token()
                message_id = compose.message_id(row.id, token, self.sender_domain)
                s.execute(
                    update(Delivery)
                    .where(Delivery.id == row.id)
                    .values(message_id=message_id)
                    .execution_options(synchronize_session=False)
                )
            else:
                token = parsed[1]
            name = ""
            if row.member_id is not None:
                names = s.execute(
                    select(Member.first_name, Member.last_name).where(Member.id == row.member_id)
                ).first()
                if names is not None:
                    name = f"{names[0]} {names[1]}".strip()
            text = kind = ""
            if row.alert_id is not None:
                text, kind = s.execute(
                    select(Alert.text, Alert.kind).where(Alert.id == row.alert_id)
                ).one()
            return MailJob(
                delivery_id=row.id,
                address=row.email or "",
                name=name,
                message_id=message_id,
                token=token,
                attempt=row.attempts,
                worker_id=worker_id,
                alert_id=row.alert_id,
                alert_text=text,
                alert_kind=kind,
                mailing_id=row.mailing_id,
            )

    def mailing(self, mailing_id: int) -> MailingContent:
        with self.db.read_session() as s:
            m = s.get(NewsletterMailing, mailing_id)
            if m is None:
                raise NotFound(f"Mailing {mailing_id} bestaat niet meer.")
            row = _edition(s, m.newsletter_id)
            body = row.body or {}
            period = row.period
            with contextlib.suppress(InvalidInput):
                period = parse_period(row.period).label
            sections = tuple(
                (str(a.get("title", "")), str(a.get("body", "")))
                for a in body.get("articles", [])
                if isinstance(a, dict)
            )
            return MailingContent(
                subject=m.subject,
                pdf=bytes(m.pdf),
                pdf_name=m.pdf_name,
                body=compose.NewsletterBody(
                    title=row.title,
                    period_label=period,
                    word=str(body.get("word", "")),
                    sections=sections,
                ),
            )

    # the outcomes: the held claim is (id, 'sending', this worker), as for a modem's
    def mail_sent(self, job: MailJob) -> None:
        self._set(
            job, state=DeliveryState.SENT, sent_at=utcnow(), error=None, lease_expires_at=None
        )

    def mail_failed(self, job: MailJob, reason: str) -> None:
        self._set(job, state=DeliveryState.FAILED, error=reason, lease_expires_at=None)

    def mail_uncertain(self, job: MailJob, reason: str) -> None:
        self._set(job, state=DeliveryState.UNCERTAIN, error=reason, lease_expires_at=None)

    def mail_retry_later(self, job: MailJob, reason: str) -> str:
        if job.attempt >= self.policy.max_attempts:
            self.mail_failed(
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
