"""Compose alerts into the outbox: one alert, one delivery per recipient, one transaction.

Nothing here touches a modem: the dispatcher sends what this writes. Recipients are the
active, consenting, not opted-out members of the chosen networks, de-duplicated across
networks (one SMS per number, one e-mail per address). By channel: an SMS to a member with a
valid mobile who chose ``sms`` or ``both``; an e-mail to a member with a usable address (e-mail
consent, not unsubscribed, not bounced) who chose ``email`` or ``both``, or who has no valid
mobile at all. A member whose chosen channel cannot reach them gets the other one.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bindesk.db.models import Alert, Delivery, Member, Membership, Network
from bindesk.domain import privacy, shorten, smstext
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.phone import InvalidPhoneNumber, parse_mobile
from bindesk.domain.tips import placeholders, render
from bindesk.mail.url import looks_like_address
from bindesk.services import audit, networks, throughput, tips
from bindesk.services.operators import Actor, Permission


class AlertKind(enum.StrEnum):
    URGENT = "urgent"
    PREVENTION = "prevention"
    FEEDBACK = "feedback"
    SERVICE = "service"  # bindesk's own confirmations (e.g. after STOP)


KIND_LABELS_NL = {
    AlertKind.URGENT: "dringend",
    AlertKind.PREVENTION: "preventie",
    AlertKind.FEEDBACK: "opvolging",
    AlertKind.SERVICE: "dienstbericht",
}

# Lower goes first. Within an alert, the incident street's residents go first (+0, others +1).
KIND_PRIORITY = {
    AlertKind.URGENT: 0,
    AlertKind.FEEDBACK: 10,
    AlertKind.SERVICE: 15,
    AlertKind.PREVENTION: 20,
}
MAX_SEGMENTS = 6  # a BIN alert is read on a phone in the street: keep it short


@dataclass(frozen=True)
class Recipient:
    member_id: int | None
    mobile: str  # "" for an e-mail
    street: str
    channel: str = "sms"
    email: str = ""
    name: str = ""


@dataclass(frozen=True)
class Draft:
    """What would be sent, before anything is written (the composer's preview)."""

    text: str
    kind: AlertKind
    networks: tuple[Network, ...]
    recipients: tuple[Recipient, ...]
    analysis: smstext.SmsAnalysis
    transliterated: bool
    changes: tuple[tuple[str, str], ...]  # what transliteration would change (char, replacement)
    parent: Alert | None
    incident_street: str
    tip_key: str | None
    privacy_warnings: tuple[privacy.PrivacyWarning, ...] = ()

    @property
    def sms_count(self) -> int:
        return sum(1 for r in self.recipients if r.channel == "sms") * self.analysis.segments

    @property
    def email_count(self) -> int:
        return sum(1 for r in self.recipients if r.channel == "email")


class PrivacyReasonNeeded(InvalidInput):
    """The text seems to identify a person and no reason was confirmed; nothing was queued."""


def street_key(street: str) -> str:
    return " ".join(street.casefold().split())


def email_usable(member: Member) -> bool:
    """The member's address may be used: consent for e-mail, not withdrawn, not bounced."""
    return bool(
        member.email
        and looks_like_address(member.email)
        and member.email_consent_at is not None
        and member.email_opted_out_at is None
        and member.email_invalid_at is None
    )


def channels_for(member: Member) -> tuple[str | None, str | None]:
    """(E.164 mobile or None, address or None): how an alert reaches this member."""
    try:
        mobile: str | None = parse_mobile(member.mobile).e164 if member.mobile else None
    except InvalidPhoneNumber:
        mobile = None  # a number that went bad (edited outside bindesk): never send to it
    email = member.email.strip() if email_usable(member) else None
    choice = member.channel or "sms"
    wants_sms = choice in ("sms", "both") or email is None
    wants_email = choice in ("email", "both") or mobile is None
    return (mobile if wants_sms else None), (email if wants_email else None)


def recipients_for(session: Session, networks: list[Network]) -> list[Recipient]:
    """Active, consenting, not opted-out members, by their channel (see the module); one SMS
    per number, one e-mail per address."""
    ids = [n.id for n in networks]
    members = session.scalars(
        select(Member)
        .join(Membership)
        .where(
            Membership.network_id.in_(ids),
            Member.status == "active",
            Member.consent_at.is_not(None),
            Member.opted_out_at.is_(None),
        )
        .order_by(Member.id)
        .options(selectinload(Member.memberships))
    ).unique()
    seen: set[str] = set()
    result: list[Recipient] = []
    for member in members:
        mobile, email = channels_for(member)
        if mobile is not None and mobile not in seen:
            seen.add(mobile)
            result.append(Recipient(member.id, mobile, member.street))
        if email is not None and email.casefold() not in seen:
            seen.add(email.casefold())
            result.append(Recipient(member.id, "", member.street, "email", email, member.full_name))
    return result


def _follow_up_recipients(session: Session, parent: Alert) -> list[Recipient]:
    """The same people as the original alert, minus those who left or opted out since."""
    rows = session.execute(
        select(Delivery.member_id, Delivery.channel, Delivery.mobile, Delivery.email, Member)
        .outerjoin(Member, Member.id == Delivery.member_id)
        .where(Delivery.alert_id == parent.id, Delivery.state != "cancelled")
        .order_by(Delivery.id)
    ).all()
    seen: set[str] = set()
    result: list[Recipient] = []
    for member_id, channel, mobile, email, member in rows:
        if member is None or member.status != "active" or member.opted_out_at:
            continue  # erased, left, paused or opted out since: nothing more
        if member.consent_at is None:
            continue
        if channel == "email":
            if not email or not email_usable(member) or email.casefold() in seen:
                continue  # unsubscribed from e-mail or bounced since
            seen.add(email.casefold())
            result.append(
                Recipient(member_id, "", member.street or "", "email", email, member.full_name)
            )
            continue
        if mobile in seen:
            continue
        seen.add(mobile)
        result.append(Recipient(member_id, mobile, member.street or ""))
    return result


def get_alert(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFound(
            f"Bericht {alert_id} bestaat niet. Bekijk de lijst met 'bindesk outbox status'."
        )
    return alert


def draft(
    session: Session,
    actor: Actor,
    *,
    networks: list[Network] | None = None,
    kind: AlertKind | str = AlertKind.URGENT,
    text: str | None = None,
    tip_key: str | None = None,
    fields: Mapping[str, str] | None = None,
    follow_up: Alert | None = None,
    incident_street: str = "",
    transliterate: bool = False,
) -> Draft:
    """Check everything and compute the recipients; writes nothing."""
    actor.require(Permission.SEND_ALERTS)
    try:
        kind = AlertKind(kind)
    except ValueError:
        raise InvalidInput(
            f"Onbekende soort bericht '{kind}': dringend (urgent), preventie "
            "(prevention) of opvolging (feedback)."
        ) from None
    fields = dict(fields or {})
    incident_street = " ".join(incident_street.split())
    if not incident_street and follow_up is not None:
        incident_street = follow_up.incident_street  # a follow-up is about the same street
    if incident_street and "straat" not in fields:
        fields["straat"] = incident_street
    if tip_key:
        if text:
            raise InvalidInput("Kies een tip óf een eigen tekst, niet allebei.")
        text = render(tips.get_preset(session, tip_key).text, fields)
    text = (text or "").strip()
    if not text:
        raise InvalidInput("Het bericht is leeg. Typ een tekst of kies een tip.")
    if kind is AlertKind.FEEDBACK:
        if follow_up is None:
            raise InvalidInput(
                "Een opvolgbericht hoort bij een eerder bericht: geef het "
                "nummer van dat bericht op (--follow-up)."
            )
        networks = list(follow_up.networks)
        recipients = _follow_up_recipients(session, follow_up)
        incident_street = incident_street or follow_up.incident_street
    else:
        if follow_up is not None:
            raise InvalidInput(
                "Alleen een opvolgbericht (feedback) verwijst naar een eerder bericht."
            )
        if not networks:
            raise InvalidInput("Kies minstens één netwerk.")
        inactive = [n.name for n in networks if not n.active]
        if inactive:
            raise InvalidInput(
                f"Netwerk {', '.join(inactive)} is gedeactiveerd: kies een actief netwerk."
            )
        recipients = recipients_for(session, networks)
    changes = tuple(smstext.transliteration_changes(text)) if not smstext.is_gsm7(text) else ()
    if transliterate and changes:
        text = smstext.transliterate(text)
    analysis = smstext.analyse(text)
    if analysis.segments > MAX_SEGMENTS:
        raise InvalidInput(
            f"Het bericht is te lang: {analysis.segments} sms-delen (maximum {MAX_SEGMENTS}). "
            "Maak het korter."
        )
    if incident_street:
        key = street_key(incident_street)
        recipients = sorted(recipients, key=lambda r: street_key(r.street) != key)
    return Draft(
        text=text,
        kind=kind,
        networks=tuple(networks),
        recipients=tuple(recipients),
        analysis=analysis,
        transliterated=transliterate and bool(changes),
        changes=changes,
        parent=follow_up,
        incident_street=incident_street,
        tip_key=tip_key,
        privacy_warnings=tuple(privacy.check(text)),
    )


def queue(
    session: Session, actor: Actor, plan: Draft, *, privacy_reason: str | None = None
) -> Alert:
    """Write the alert and its deliveries (the caller commits: one transaction).

    A text with privacy warnings goes only with the officer's reason, kept in the audit log.
    """
    actor.require(Permission.SEND_ALERTS)
    reason = " ".join((privacy_reason or "").split())
    if plan.privacy_warnings and not reason:
        raise PrivacyReasonNeeded(
            "Niets verstuurd. "
            + privacy.summary_nl(list(plan.privacy_warnings))
            + " Pas de tekst aan, of bevestig met de reden waarom dit nodig is."
        )
    if not plan.recipients:
        raise InvalidInput(
            "Niemand om dit bericht naar te sturen: de gekozen netwerken hebben geen actieve "
            "leden met toestemming en een geldig gsm-nummer of e-mailadres."
        )
    alert = Alert(
        kind=plan.kind.value,
        parent_id=plan.parent.id if plan.parent else None,
        incident_street=plan.incident_street,
        text=plan.text,
        tip_key=plan.tip_key,
        encoding=plan.analysis.encoding.value,
        segments=plan.analysis.segments,
        created_by=actor.username,
    )
    alert.networks = list(plan.networks)
    session.add(alert)
    session.flush()
    base = KIND_PRIORITY[plan.kind]
    street = street_key(plan.incident_street)
    session.add_all(
        Delivery(
            alert_id=alert.id,
            member_id=r.member_id,
            channel=r.channel,
            mobile=r.mobile,
            email=r.email or None,
            state="queued",
            priority=base + (0 if street and street_key(r.street) == street else 1),
        )
        for r in plan.recipients
    )
    session.flush()
    audit.record(
        session,
        actor.username,
        "send",
        "alert",
        alert.id,
        after={
            "kind": alert.kind,
            "networks": [n.name for n in plan.networks],
            "recipients": len(plan.recipients),
            "emails": plan.email_count,
            "encoding": alert.encoding,
            "segments": alert.segments,
            "text": alert.text,
            **(
                {
                    "privacy_warnings": [w.as_dict() for w in plan.privacy_warnings],
                    "privacy_reason": reason,
                }
                if plan.privacy_warnings
                else {}
            ),
        },
        detail=f"privacyreden: {reason}" if plan.privacy_warnings else "",
    )
    return alert


def queue_service_message(session: Session, mobile: str, member_id: int | None, text: str) -> Alert:
    """A message from bindesk itself (e.g. the STOP confirmation), through the same outbox."""
    analysis = smstext.analyse(text)
    alert = Alert(
        kind=AlertKind.SERVICE.value,
        text=text,
        encoding=analysis.encoding.value,
        segments=analysis.segments,
        created_by="bindesk",
    )
    session.add(alert)
    session.flush()
    session.add(
        Delivery(
            alert_id=alert.id,
            member_id=member_id,
            mobile=mobile,
            priority=KIND_PRIORITY[AlertKind.SERVICE],
        )
    )
    return alert


# --- the composer: what the Alarm page and ``bindesk alert send`` both build -------------


@dataclass(frozen=True)
class Composition:
    """What the officer chose, as plain values (they cross threads): everything
    :func:`draft` needs. Networks by id (the desk) or by name (the command line)."""

    networks: tuple[int | str, ...]
    kind: str
    tip_key: str | None
    text: str  # the free text ('' when a tip is used)
    fields: tuple[tuple[str, str], ...] = ()
    incident_street: str = ""
    follow_up_id: int | None = None
    transliterate: bool = False


@dataclass(frozen=True)
class DraftSummary:
    """A draft as plain values: what the composer shows and the confirmation says."""

    text: str
    kind: str
    network_names: tuple[str, ...]
    recipients: int
    in_street: int  # recipients living in the incident street (they get it first)
    incident_street: str
    segments: int
    sms_count: int
    encoding: str
    privacy_warnings: tuple[tuple[str, str], ...] = ()  # (kind, what was found)
    estimate: throughput.Estimate | None = None  # until the last member has it
    email_count: int = 0  # recipients reached by e-mail (the others by SMS)

    @classmethod
    def of(cls, plan: Draft) -> DraftSummary:
        key = street_key(plan.incident_street)
        return cls(
            text=plan.text,
            kind=plan.kind.value,
            network_names=tuple(sorted(n.name for n in plan.networks)),
            recipients=len(plan.recipients),
            in_street=sum(1 for r in plan.recipients if key and street_key(r.street) == key),
            incident_street=plan.incident_street,
            segments=plan.analysis.segments,
            sms_count=plan.sms_count,
            encoding=plan.analysis.encoding.value,
            privacy_warnings=tuple((w.kind.value, w.found) for w in plan.privacy_warnings),
            email_count=plan.email_count,
        )


@dataclass(frozen=True)
class QueuedAlert:
    alert_id: int
    recipients: int
    sms_count: int


def build_draft(session: Session, actor: Actor, c: Composition) -> Draft:
    """:func:`draft` for a composition (the draft's objects stay in this session)."""
    parent = get_alert(session, c.follow_up_id) if c.follow_up_id is not None else None
    return draft(
        session,
        actor,
        networks=[networks.get_network(session, n) for n in c.networks] or None,
        kind=c.kind,
        text=c.text or None,
        tip_key=c.tip_key,
        fields=dict(c.fields),
        follow_up=parent,
        incident_street=c.incident_street,
        transliterate=c.transliterate,
    )


def segment_offer(kind: str, text: str) -> shorten.SegmentOffer | None:
    """An urgent text over one SMS: by how many characters, and a shorter readable wording
    (issue 12: a second part doubles the time until the last member has it). ``None`` for
    other kinds and for texts that fit."""
    if kind != AlertKind.URGENT or not text.strip():
        return None
    return shorten.offer(text)


def estimate_for(session: Session, plan: Draft) -> throughput.Estimate:
    """How long until the last member has the draft: the SMS parts queued ahead of it (same
    or higher priority), the modems that are up and their measured rates."""
    ahead = throughput.parts_ahead(session, KIND_PRIORITY[plan.kind] + 1)
    return throughput.estimate(session, plan.sms_count, ahead=ahead)


def draft_summary(session: Session, actor: Actor, c: Composition) -> DraftSummary:
    """What the composition would send and how long it would take; writes nothing."""
    plan = build_draft(session, actor, c)
    return replace(DraftSummary.of(plan), estimate=estimate_for(session, plan))


def queue_composition(
    session: Session, actor: Actor, c: Composition, privacy_reason: str = ""
) -> QueuedAlert:
    """Draft once more and write the alert and its deliveries (the caller commits). A text
    with privacy warnings goes only with the officer's reason (see :func:`queue`)."""
    plan = build_draft(session, actor, c)
    alert = queue(session, actor, plan, privacy_reason=privacy_reason)
    return QueuedAlert(alert.id, len(plan.recipients), plan.sms_count)


class _Partial(dict[str, str]):
    """Fills what is known; an empty placeholder stays visible as ``{name}``."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def preview_text(template: str, fields: Mapping[str, str]) -> tuple[str, list[str]]:
    """The tip with what is filled in, and the placeholders still empty."""
    values = _Partial()
    missing = []
    for name in placeholders(template):
        value = " ".join(str(fields.get(name, "")).split())
        if value:
            values[name] = value
        else:
            missing.append(name)
    return string.Formatter().vformat(template, (), values).strip(), missing
