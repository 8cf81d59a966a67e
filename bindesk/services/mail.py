"""The zone's mail server settings (role *admin*), ``BINDESK_SMTP_URL`` and the test mail.

Stored in the ``settings`` table (every desk of the zone shares them): ``smtp`` holds what
may be shown and is audited; the password is a separate row, ``smtp_secret``, that is never
returned to a caller that displays settings, never audited (the audit trail only says that it
changed) and never logged — like a modem's PIN. The database file is owner-only (0600, see
``bindesk.fileperms``); on PostgreSQL the server's access rules protect it.

``BINDESK_SMTP_URL`` (see ``bindesk.mail.url``) overrides the stored settings in the process
that has it set (a headless ``bindesk outbox run``, for instance).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.models import Setting
from bindesk.domain.errors import InvalidInput
from bindesk.mail import compose
from bindesk.mail.smtp import AUTHS, DEFAULT_PORTS, SECURITIES, SmtpSettings, SmtpTransport
from bindesk.mail.url import ENV_VAR, looks_like_address, parse_smtp_url
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission

log = logging.getLogger(__name__)

SMTP_KEY = "smtp"
SECRET_KEY = "smtp_secret"
MASK = "********"
_SHOWN_FIELDS = (
    "host",
    "port",
    "security",
    "auth",
    "username",
    "sender_name",
    "sender_address",
    "reply_to",
    "oauth_client_id",
    "oauth_tenant",
    "max_per_minute",
    "unsubscribe_address",
    "unsubscribe_url",
)


@dataclass(frozen=True)
class MailSettingsView:
    """What a screen or ``mail show`` may show: everything but the password."""

    settings: SmtpSettings | None  # password always None here
    password_set: bool
    source: str  # "env" (BINDESK_SMTP_URL), "stored" or "none"

    @property
    def configured(self) -> bool:
        return self.settings is not None


def _row(session: Session, key: str) -> dict[str, Any]:
    setting = session.get(Setting, key)
    return dict(setting.value) if setting is not None and setting.value else {}


def _from_doc(doc: Mapping[str, Any], password: str | None) -> SmtpSettings | None:
    if not doc.get("host"):
        return None
    rate = doc.get("max_per_minute")
    return SmtpSettings(
        host=str(doc["host"]),
        port=int(doc.get("port") or DEFAULT_PORTS[str(doc.get("security", "starttls"))]),
        security=doc.get("security", "starttls"),
        auth=doc.get("auth", "password"),
        username=str(doc.get("username", "")),
        password=password,
        sender_name=str(doc.get("sender_name", "")),
        sender_address=str(doc.get("sender_address", "")),
        reply_to=str(doc.get("reply_to", "")),
        oauth_client_id=str(doc.get("oauth_client_id", "")),
        oauth_tenant=str(doc.get("oauth_tenant", "")),
        max_per_minute=int(rate) if isinstance(rate, int) and rate > 0 else None,
        unsubscribe_address=str(doc.get("unsubscribe_address", "")),
        unsubscribe_url=str(doc.get("unsubscribe_url", "")),
    )


def stored_settings(session: Session) -> SmtpSettings | None:
    """The stored settings WITH the password: for sending only, never for display."""
    secret = _row(session, SECRET_KEY).get("password")
    return _from_doc(_row(session, SMTP_KEY), secret if isinstance(secret, str) else None)


def env_url(environ: Mapping[str, str] | None = None) -> str:
    return (environ if environ is not None else os.environ).get(ENV_VAR, "").strip()


def effective_settings(
    session: Session, environ: Mapping[str, str] | None = None
) -> SmtpSettings | None:
    """What this process sends with: ``BINDESK_SMTP_URL`` if set, else the stored settings
    (None: mail is not configured). A bad URL raises ``InvalidSmtpUrl``."""
    url = env_url(environ)
    if url:
        return parse_smtp_url(url)
    return stored_settings(session)


def is_configured(session: Session, environ: Mapping[str, str] | None = None) -> bool:
    return effective_settings(session, environ) is not None


def show_settings(
    session: Session, actor: Actor, environ: Mapping[str, str] | None = None
) -> MailSettingsView:
    """The settings for display: the password is never part of it."""
    actor.require(Permission.SETTINGS)
    url = env_url(environ)
    if url:
        parsed = parse_smtp_url(url)
        return MailSettingsView(replace(parsed, password=None), parsed.password is not None, "env")
    stored = stored_settings(session)
    if stored is None:
        return MailSettingsView(None, False, "none")
    return MailSettingsView(replace(stored, password=None), stored.password is not None, "stored")


def _validate(s: SmtpSettings) -> None:
    problems: list[str] = []
    if not s.host.strip() or " " in s.host.strip():
        problems.append("de servernaam ontbreekt of bevat spaties")
    if not 1 <= int(s.port) <= 65535:
        problems.append(f"poort {s.port} bestaat niet (1-65535)")
    if s.security not in SECURITIES:
        problems.append(f"beveiliging '{s.security}' is onbekend (starttls, tls of none)")
    if s.auth not in AUTHS:
        problems.append(f"aanmelding '{s.auth}' is onbekend (password, oauth2 of none)")
    if s.auth in ("password", "oauth2") and not s.username.strip():
        problems.append("de gebruikersnaam (mailbox) ontbreekt")
    if s.auth == "oauth2" and not s.oauth_client_id.strip():
        problems.append("voor OAuth2 is de client-id van de app-registratie nodig")
    if not looks_like_address(s.sender_address):
        problems.append(f"afzenderadres '{s.sender_address}' is ongeldig")
    for label, value in (("antwoordadres", s.reply_to), ("uitschrijfadres", s.unsubscribe_address)):
        if value and not looks_like_address(value):
            problems.append(f"{label} '{value}' is ongeldig")
    if s.unsubscribe_url and not s.unsubscribe_url.lower().startswith("https://"):
        problems.append("de uitschrijfpagina moet met https:// beginnen")
    if s.max_per_minute is not None and s.max_per_minute < 1:
        problems.append("het maximum per minuut moet 1 of meer zijn (of leeg: geen maximum)")
    if problems:
        raise InvalidInput("Mailinstellingen niet bewaard: " + "; ".join(problems) + ".")


KEEP = object()  # save_settings(password=KEEP): leave the stored password as it is


def save_settings(
    session: Session, actor: Actor, settings: SmtpSettings, password: str | object | None = KEEP
) -> MailSettingsView:
    """Store the settings (``settings.password`` is ignored): ``password`` a new password,
    None to remove it, KEEP (default) to keep the stored one. Audited without the password."""
    actor.require(Permission.SETTINGS)
    settings = replace(
        settings,
        host=settings.host.strip(),
        username=settings.username.strip(),
        sender_address=settings.sender_address.strip(),
        reply_to=settings.reply_to.strip(),
    )
    _validate(settings)
    doc = {k: v for k, v in asdict(settings).items() if k in _SHOWN_FIELDS}
    before = _row(session, SMTP_KEY) or None
    changed_password = password is not KEEP and password != _row(session, SECRET_KEY).get(
        "password"
    )
    if before != doc:
        setting = session.get(Setting, SMTP_KEY)
        if setting is None:
            session.add(Setting(key=SMTP_KEY, value=doc))
        else:
            setting.value = doc
    if changed_password:
        secret = session.get(Setting, SECRET_KEY)
        value = {"password": password} if isinstance(password, str) and password else {}
        if secret is None:
            session.add(Setting(key=SECRET_KEY, value=value))
        else:
            secret.value = value
    session.flush()
    if before != doc or changed_password:
        audit.record(
            session,
            actor.username,
            "update",
            "setting",
            SMTP_KEY,
            before=before,
            after=doc,
            detail="wachtwoord gewijzigd" if changed_password else "",
        )
    return show_settings(session, actor, environ={})


def oauth_cache_path() -> Path:
    """Where the OAuth2 token cache lives (owner-only; bindesk.mail.oauth writes it)."""
    return config.data_dir() / "smtp-oauth-cache.json"


def token_provider(settings: SmtpSettings) -> Callable[[], str] | None:
    """The XOAUTH2 access-token provider for ``auth == "oauth2"`` (msal needed only then)."""
    if settings.auth != "oauth2":
        return None
    from bindesk.mail.oauth import MsalTokenProvider  # type: ignore[import-not-found,unused-ignore]

    provider: Callable[[], str] = MsalTokenProvider(
        settings.oauth_client_id, settings.oauth_tenant, oauth_cache_path()
    )
    return provider


def transport(settings: SmtpSettings, **kwargs: Any) -> SmtpTransport:
    return SmtpTransport(settings, token_provider(settings), **kwargs)


def send_test_mail(
    session: Session,
    actor: Actor,
    to: str,
    *,
    settings: SmtpSettings | None = None,
    **transport_kwargs: Any,
) -> str:
    """Send the test mail now (not through the outbox) with the effective settings (or
    ``settings``); returns its Message-ID; raises a MailError (Dutch) when it fails."""
    actor.require(Permission.SETTINGS)
    to = to.strip()
    if not looks_like_address(to):
        raise InvalidInput(f"'{to}' is geen geldig e-mailadres.")
    settings = settings or effective_settings(session)
    if settings is None:
        raise InvalidInput(
            "Er is nog geen mailserver ingesteld: 'bindesk mail set …' of Instellingen."
        )
    mid = compose.message_id(0, compose.new_token(), settings.sender_domain).replace(
        "delivery-0", "test"
    )
    with transport(settings, **transport_kwargs) as smtp:
        smtp.send(compose.testmail_message(settings, to, mid))
    audit.record(session, actor.username, "send", "setting", SMTP_KEY, detail=f"testmail naar {to}")
    return mid
