"""``BINDESK_SMTP_URL``: the SMTP settings in one line, overriding the stored ones.

``smtp://user:pass@host:port?starttls=1&from=adres@zone.be`` (STARTTLS unless
``starttls=0``; port 587, or 25 without STARTTLS) or ``smtps://…`` (implicit TLS, port 465).
User and password are percent-encoded (``%40`` for ``@``). More parameters: ``name`` (sender
name), ``reply_to``, ``rate`` (messages per minute), ``auth`` (``password``, ``oauth2`` or
``none``; ``none`` when the URL has no user), ``client_id`` and ``tenant`` (OAuth2),
``unsubscribe`` (the address for unsubscribe mails) and ``unsubscribe_url`` (https).
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from bindesk.domain.errors import InvalidInput
from bindesk.mail.smtp import AUTHS, DEFAULT_PORTS, Auth, Security, SmtpSettings

ENV_VAR = "BINDESK_SMTP_URL"
_KNOWN = {
    "starttls",
    "from",
    "name",
    "reply_to",
    "rate",
    "auth",
    "client_id",
    "tenant",
    "unsubscribe",
    "unsubscribe_url",
}
_TRUE = {"1", "true", "yes", "ja", "on"}
_FALSE = {"0", "false", "no", "nee", "off"}


class InvalidSmtpUrl(InvalidInput):
    """``BINDESK_SMTP_URL`` (or ``--url``) cannot be used; the message says why."""


def looks_like_address(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at and local and "." in domain and " " not in value and not domain.endswith("."))


def _bad(why: str) -> InvalidSmtpUrl:
    return InvalidSmtpUrl(
        f"De SMTP-url ({ENV_VAR}) is ongeldig: {why}. Voorbeeld: "
        "smtp://gebruiker:wachtwoord@smtp.zone.be:587?starttls=1&from=bin@zone.be"
    )


def parse_smtp_url(url: str) -> SmtpSettings:
    """The settings in ``url``; raises :class:`InvalidSmtpUrl` (Dutch) for a bad one. The
    password never appears in an error message."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port_text = parts.port
    except ValueError:
        raise _bad("de poort moet een getal tussen 1 en 65535 zijn") from None
    scheme = parts.scheme.lower()
    if scheme not in ("smtp", "smtps"):
        raise _bad(f"het begint met '{scheme or '(niets)'}://' in plaats van smtp:// of smtps://")
    host = parts.hostname or ""
    if not host:
        raise _bad("de servernaam ontbreekt")
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - _KNOWN)
    if unknown:
        raise _bad(f"onbekende parameter '{unknown[0]}' (bekend: {', '.join(sorted(_KNOWN))})")

    def one(key: str) -> str:
        values = query.get(key, [])
        if len(values) > 1:
            raise _bad(f"parameter '{key}' staat er meer dan één keer in")
        return values[0].strip() if values else ""

    security: Security
    if scheme == "smtps":
        if one("starttls") not in ("", *_FALSE):
            raise _bad("smtps:// gebruikt TLS vanaf het begin: laat starttls weg")
        security = "tls"
    else:
        flag = one("starttls").lower()
        if flag in ("", *_TRUE):
            security = "starttls"
        elif flag in _FALSE:
            security = "none"
        else:
            raise _bad(f"starttls moet 1 of 0 zijn, niet '{flag}'")
    port = port_text or DEFAULT_PORTS[security]
    username = unquote(parts.username or "")
    password = unquote(parts.password) if parts.password is not None else None
    auth_text = one("auth").lower() or ("password" if username else "none")
    if auth_text not in AUTHS:
        raise _bad(f"auth moet password, oauth2 of none zijn, niet '{auth_text}'")
    auth: Auth = (
        "password" if auth_text == "password" else ("oauth2" if auth_text == "oauth2" else "none")
    )
    if auth == "password" and (not username or password is None):
        raise _bad("voor aanmelden met een wachtwoord horen gebruiker én wachtwoord in de url")
    if auth == "oauth2" and not (username and one("client_id")):
        raise _bad("voor OAuth2 horen de gebruiker (mailbox) en client_id in de url")
    sender = one("from") or (username if looks_like_address(username) else "")
    if not sender:
        raise _bad("het afzenderadres ontbreekt (from=adres@zone.be)")
    for key, value in (("from", sender), ("reply_to", one("reply_to"))):
        if value and not looks_like_address(value):
            raise _bad(f"'{value}' ({key}) is geen geldig e-mailadres")
    unsubscribe = one("unsubscribe")
    if unsubscribe and not looks_like_address(unsubscribe):
        raise _bad(f"'{unsubscribe}' (unsubscribe) is geen geldig e-mailadres")
    unsubscribe_url = one("unsubscribe_url")
    if unsubscribe_url and not unsubscribe_url.lower().startswith("https://"):
        raise _bad("unsubscribe_url moet met https:// beginnen")
    rate_text = one("rate")
    rate: int | None = None
    if rate_text:
        if not rate_text.isdigit() or int(rate_text) < 1:
            raise _bad(f"rate is het aantal berichten per minuut (1 of meer), niet '{rate_text}'")
        rate = int(rate_text)
    return SmtpSettings(
        host=host,
        port=port,
        security=security,
        auth=auth,
        username=username,
        password=password if auth == "password" else None,
        sender_name=one("name"),
        sender_address=sender,
        reply_to=one("reply_to"),
        oauth_client_id=one("client_id"),
        oauth_tenant=one("tenant"),
        max_per_minute=rate,
        unsubscribe_address=unsubscribe,
        unsubscribe_url=unsubscribe_url,
    )
