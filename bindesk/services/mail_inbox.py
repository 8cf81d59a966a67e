"""The bounce mailbox applied to the members: permanent bounces and opt-outs by e-mail.

* A **permanent bounce** marks the member's address as failing (``email_invalid_at`` and the
  server's reason): no newsletter or e-mail alert goes to it until the address is changed. The
  delivery that bounced becomes ``failed`` with that reason (it was ``sent``: the sending
  server accepted it, the receiving one did not). It is found by the Message-ID the bounce
  quotes, else as the newest e-mail to that address.
* An **opt-out by e-mail** (the ``List-Unsubscribe`` mail, or a reply that is only
  "uitschrijven"/"stop") withdraws e-mail consent, as STOP by SMS withdraws consent for SMS
  (:mod:`bindesk.services.inbox`): what is still queued by e-mail for the member is cancelled;
  SMS are not touched. Audited with how it came in.
* Replies that may mean an opt-out, and ordinary replies, stay unread in the mailbox for a
  person to read; delay warnings and automatic replies are marked read and change nothing.

The mailbox's IMAP settings are stored beside the SMTP settings (``settings`` table, key
``mail_bounces``); the password in a separate row that is never shown, audited or logged.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Member, Setting
from bindesk.domain.clock import utcnow
from bindesk.domain.errors import InvalidInput
from bindesk.domain.states import AuditAction
from bindesk.mail import compose
from bindesk.mail.bounces import Bounce, BounceMailbox, ImapSettings, InboxMail, OptOut, parse
from bindesk.services import audit, mail, mail_outbox
from bindesk.services.operators import Actor, Permission

log = logging.getLogger(__name__)

BOUNCES_KEY = "mail_bounces"
BOUNCES_SECRET_KEY = "mail_bounces_secret"
KEEP = object()  # save_bounce_mailbox(password=KEEP): leave the stored password
INBOX_ACTOR = "e-mail"  # who the audit trail names for what came in by e-mail
SECURITIES = ("tls", "starttls", "none")
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}


# --- the mailbox's settings --------------------------------------------------------------------


@dataclass(frozen=True)
class BounceMailboxView:
    """For display: never the password."""

    settings: ImapSettings | None  # password always None here
    password_set: bool

    @property
    def configured(self) -> bool:
        return self.settings is not None


def _row(session: Session, key: str) -> dict[str, Any]:
    setting = session.get(Setting, key)
    return dict(setting.value) if setting is not None and setting.value else {}


def stored_bounce_mailbox(session: Session) -> ImapSettings | None:
    """WITH the password: for reading the mailbox, never for display."""
    doc = _row(session, BOUNCES_KEY)
    if not doc.get("host"):
        return None
    secret = _row(session, BOUNCES_SECRET_KEY).get("password")
    security = doc.get("security", "tls")
    return ImapSettings(
        host=str(doc["host"]),
        port=int(doc.get("port") or DEFAULT_PORTS.get(security, 993)),
        security=security,
        username=str(doc.get("username", "")),
        password=secret if isinstance(secret, str) else None,
        auth=doc.get("auth", "password"),
        folder=str(doc.get("folder") or "INBOX"),
    )


def bounce_mailbox(session: Session, actor: Actor) -> BounceMailboxView:
    actor.require(Permission.SETTINGS)
    stored = stored_bounce_mailbox(session)
    if stored is None:
        return BounceMailboxView(None, False)
    return BounceMailboxView(replace(stored, password=None), stored.password is not None)


def save_bounce_mailbox(
    session: Session, actor: Actor, settings: ImapSettings, password: str | object | None = KEEP
) -> BounceMailboxView:
    """Store the mailbox (``settings.password`` is ignored): ``password`` a new one, None to
    remove it, KEEP to keep the stored one. Audited without the password."""
    actor.require(Permission.SETTINGS)
    settings = replace(settings, host=settings.host.strip(), username=settings.username.strip())
    problems = []
    if not settings.host or " " in settings.host:
        problems.append("de servernaam ontbreekt of bevat spaties")
    if not 1 <= int(settings.port) <= 65535:
        problems.append(f"poort {settings.port} bestaat niet (1-65535)")
    if settings.security not in SECURITIES:
        problems.append(f"beveiliging '{settings.security}' is onbekend (tls, starttls of none)")
    if not settings.username:
        problems.append("de gebruiker van de postbus ontbreekt")
    if settings.auth not in ("password", "oauth2"):
        problems.append(f"inlogwijze '{settings.auth}' is onbekend (password of oauth2)")
    if problems:
        raise InvalidInput("Bouncepostbus niet bewaard: " + "; ".join(problems) + ".")
    doc = {k: v for k, v in asdict(settings).items() if k != "password"}
    before = _row(session, BOUNCES_KEY) or None
    old_password = _row(session, BOUNCES_SECRET_KEY).get("password")
    changed_password = password is not KEEP and password != old_password
    if before != doc:
        _put(session, BOUNCES_KEY, doc)
    if changed_password:
        _put(session, BOUNCES_SECRET_KEY, {"password": password} if password else {})
    session.flush()
    if before != doc or changed_password:
        audit.record(
            session,
            actor.username,
            AuditAction.UPDATE,
            "setting",
            BOUNCES_KEY,
            before=before,
            after=doc,
            detail="wachtwoord gewijzigd" if changed_password else "",
        )
    return bounce_mailbox(session, actor)


def _put(session: Session, key: str, value: dict[str, Any]) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value


# --- applying one mail -----------------------------------------------------------------------


@dataclass
class Applied:
    """What one mail changed (Dutch lines for the CLI and the desk)."""

    handled: bool  # mark it read in the mailbox
    lines: list[str] = field(default_factory=list)
    bounced_members: list[int] = field(default_factory=list)
    failed_deliveries: list[int] = field(default_factory=list)
    opted_out_members: list[int] = field(default_factory=list)


def _members_with(session: Session, address: str) -> list[Member]:
    return list(
        session.scalars(
            select(Member)
            .where(func.lower(Member.email) == address.lower(), Member.email != "")
            .order_by(Member.id)
        )
    )


def _delivery_of(session: Session, message_id: str) -> Delivery | None:
    parsed = compose.parse_message_id(message_id) if message_id else None
    if parsed is None:
        return None
    delivery = session.get(Delivery, parsed[0])
    if delivery is None or delivery.channel != "email" or delivery.message_id is None:
        return None
    stored = compose.parse_message_id(delivery.message_id)
    return delivery if stored is not None and stored[1] == parsed[1] else None


def _bounced_delivery(session: Session, bounce: Bounce) -> Delivery | None:
    found = _delivery_of(session, bounce.original_message_id)
    if found is not None and (found.email or "").lower() == bounce.address:
        return found
    return session.scalars(
        select(Delivery)
        .where(
            Delivery.channel == "email",
            func.lower(Delivery.email) == bounce.address,
            Delivery.state.in_(("sent", "delivered", "uncertain")),
        )
        .order_by(Delivery.sent_at.desc(), Delivery.id.desc())
        .limit(1)
    ).first()


def bounce_reason(bounce: Bounce) -> str:
    return f"Onbestelbaar ({bounce.status or 'permanent'}): {bounce.reason}"


def _apply_bounce(session: Session, bounce: Bounce, result: Applied) -> None:
    reason = bounce_reason(bounce)
    delivery = _bounced_delivery(session, bounce)
    if delivery is not None and delivery.state != "failed":
        delivery.state = "failed"
        delivery.error = reason[:1000]
        result.failed_deliveries.append(delivery.id)
    now = utcnow()
    marked = []
    for member in _members_with(session, bounce.address):
        if member.email_invalid_at is not None and member.email_invalid_reason == reason:
            continue  # the same bounce read again (the mailbox was not marked): nothing new
        before = {
            "email": member.email,
            "email_invalid_at": member.email_invalid_at,
            "email_invalid_reason": member.email_invalid_reason,
        }
        member.email_invalid_at = now
        member.email_invalid_reason = reason[:1000]
        mail_outbox.stop_queued_email(
            session, member.id, "Geannuleerd: het e-mailadres is onbestelbaar."
        )
        audit.record(
            session,
            INBOX_ACTOR,
            AuditAction.EMAIL_BOUNCE,
            "member",
            member.id,
            before=before,
            after={
                "email": member.email,
                "email_invalid_at": member.email_invalid_at,
                "email_invalid_reason": member.email_invalid_reason,
            },
            detail=f"bounce voor {bounce.address}",
        )
        marked.append(member.id)
    result.bounced_members += marked
    who = f"{len(marked)} lid/leden" if marked else "geen lid (meer) met dit adres"
    result.lines.append(f"onbestelbaar: {bounce.address} — {bounce.reason} ({who})")


def email_opt_out(session: Session, member: Member, actor_name: str, how: str) -> bool:
    """Withdraw the member's e-mail consent (SMS stay as they are); False if already out."""
    if member.email_opted_out_at is not None:
        return False
    before = {"email_consent_at": member.email_consent_at, "email_opted_out_at": None}
    member.email_opted_out_at = utcnow()
    mail_outbox.stop_queued_email(session, member.id, "Geannuleerd: lid heeft zich uitgeschreven.")
    audit.record(
        session,
        actor_name,
        AuditAction.OPT_OUT,
        "member",
        member.id,
        before=before,
        after={
            "email_consent_at": member.email_consent_at,
            "email_opted_out_at": member.email_opted_out_at,
        },
        detail=f"e-mail: {how}",
    )
    return True


def _opt_out_members(session: Session, opt_out: OptOut) -> list[Member]:
    if opt_out.token:
        delivery = session.scalars(
            select(Delivery)
            .where(
                Delivery.channel == "email",
                Delivery.message_id.like(f"<bindesk.delivery-%.{opt_out.token.lower()}@%>"),
            )
            .limit(1)
        ).first()
        if delivery is not None and delivery.member_id is not None:
            member = session.get(Member, delivery.member_id)
            if member is not None:
                return [member]
    return _members_with(session, opt_out.address) if opt_out.address else []


def _apply_opt_out(session: Session, opt_out: OptOut, result: Applied) -> None:
    if opt_out.how == "list-unsubscribe":
        how = f"uitschrijfmail van {opt_out.address}"
    else:
        how = f"antwoord '{opt_out.text[:40]}' van {opt_out.address}"
    found = _opt_out_members(session, opt_out)
    newly = [m.id for m in found if email_opt_out(session, m, INBOX_ACTOR, how)]
    result.opted_out_members += newly
    if not found:
        result.lines.append(f"uitschrijving van {opt_out.address}: geen lid met dit adres")
    else:
        result.lines.append(
            f"uitgeschreven voor e-mail: {opt_out.address} ({len(newly)} lid/leden"
            + (", al eerder uitgeschreven" if len(newly) < len(found) else "")
            + ")"
        )


def apply_mail(session: Session, mail: InboxMail) -> Applied:
    """Apply one parsed mail to the members and deliveries (idempotent)."""
    if mail.kind == "bounce":
        result = Applied(handled=True)
        for bounce in mail.permanent_failures:
            _apply_bounce(session, bounce, result)
        return result
    if mail.kind == "opt_out" and mail.opt_out is not None:
        result = Applied(handled=True)
        _apply_opt_out(session, mail.opt_out, result)
        return result
    if mail.kind == "delayed":
        addresses = ", ".join(b.address for b in mail.bounces)
        return Applied(True, [f"vertraagd (de server probeert verder): {addresses}"])
    if mail.kind == "auto_reply":
        return Applied(True, [f"automatisch antwoord van {mail.sender}: genegeerd"])
    if mail.maybe_opt_out:
        return Applied(
            False,
            [
                f"mogelijke uitschrijving van {mail.sender} ('{mail.subject[:50]}'): "
                "blijft ongelezen in de postbus; lees ze en schrijf het lid zo nodig uit"
            ],
        )
    return Applied(False, [f"antwoord van {mail.sender}: blijft ongelezen in de postbus"])


# --- a run over the mailbox ------------------------------------------------------------------


@dataclass
class BounceRun:
    read: int = 0
    handled: int = 0
    bounced_members: int = 0
    failed_deliveries: int = 0
    opted_out_members: int = 0
    lines: list[str] = field(default_factory=list)

    def summary_nl(self) -> str:
        return (
            f"{self.read} mail(s) gelezen: {self.bounced_members} adres(sen) onbestelbaar, "
            f"{self.failed_deliveries} verzending(en) mislukt, {self.opted_out_members} "
            f"uitschrijving(en); {self.read - self.handled} blijven ongelezen voor een mens."
        )


def bounce_token_provider(session: Session, settings: ImapSettings) -> Callable[[], str] | None:
    """XOAUTH2 for a Microsoft 365 bounce mailbox: the app registration and the sign-in of
    the sending mailbox (Instellingen → E-mail), with the IMAP scope; msal only then."""
    if settings.auth != "oauth2":
        return None
    smtp = mail.stored_settings(session)
    if smtp is None or not smtp.oauth_client_id:
        raise InvalidInput(
            "De bouncepostbus meldt aan met Microsoft 365, maar er is geen app-registratie "
            "ingesteld: vul de toepassings-id en de tenant-id in bij Instellingen → E-mail."
        )
    from bindesk.mail.oauth import IMAP_SCOPE, MsalTokenProvider

    provider: Callable[[], str] = MsalTokenProvider(
        smtp.oauth_client_id,
        smtp.oauth_tenant,
        mail.oauth_cache_path(),
        username=settings.username or None,
        scopes=(IMAP_SCOPE,),
    )
    return provider


def fetch_bounces(
    db: Database,
    actor: Actor,
    *,
    settings: ImapSettings | None = None,
    token_provider: Callable[[], str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
) -> BounceRun:
    """Read the unread mails of the bounce mailbox and apply them, one transaction per mail;
    a mail is marked read only after its changes are committed (a crash in between reads it
    again, and applying it twice changes nothing)."""
    actor.require(Permission.MANAGE_MEMBERS)
    if settings is None:
        with db.read_session() as s:
            settings = stored_bounce_mailbox(s)
            if settings is not None and token_provider is None:
                token_provider = bounce_token_provider(s, settings)
    if settings is None:
        raise InvalidInput(
            "Er is geen bouncepostbus ingesteld: Instellingen → E-mail (of 'mail bounces-set')."
        )
    run = BounceRun()
    with BounceMailbox(
        settings, token_provider, ssl_context=ssl_context, timeout=timeout
    ) as mailbox:
        for fetched in mailbox.unread():
            run.read += 1
            mail = parse(fetched.raw)
            with db.session() as s:
                applied = apply_mail(s, mail)
            run.lines += applied.lines
            run.bounced_members += len(applied.bounced_members)
            run.failed_deliveries += len(applied.failed_deliveries)
            run.opted_out_members += len(applied.opted_out_members)
            if applied.handled:
                mailbox.mark_handled(fetched.uid)
                run.handled += 1
    log.info(
        "bounce mailbox: %d read, %d handled, %d bounced, %d opted out",
        run.read,
        run.handled,
        run.bounced_members,
        run.opted_out_members,
    )
    return run
