"""One SMTP connection that sends one message at a time and says what a failure means.

Security ``starttls`` (submission, usually port 587), ``tls`` (implicit TLS, 465) or ``none``;
authentication with a password (AUTH PLAIN/LOGIN, whichever the server offers), with an
OAuth2 access token (XOAUTH2, from a token provider) or none.

What a failure means for the delivery (the worker decides on that, not this module):

* :class:`MailTemporaryError`: a 4xx reply, or the server could not be reached / the
  connection broke *before* the message content was sent: nothing was delivered, try later.
* :class:`MailSetupError` (a temporary error): the server refused our TLS or our login; no
  member is at fault, the settings are (the worker pauses, the rows wait).
* :class:`MailPermanentError`: a 5xx reply, with the server's reason: this message will not
  go through as it is.
* :class:`MailUncertainError`: the connection broke after the content was sent (after
  ``DATA``) and before the server's answer: it may have been accepted. Never sent again
  automatically; the Message-ID lets the zone recognise it.

The password and the token are never logged and never part of an error message.
"""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import getaddresses, parseaddr
from types import TracebackType
from typing import Literal

from bindesk.domain.errors import BindeskError

log = logging.getLogger(__name__)

Security = Literal["starttls", "tls", "none"]
Auth = Literal["password", "oauth2", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "tls", "none")
AUTHS: tuple[Auth, ...] = ("password", "oauth2", "none")
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "tls": 465, "none": 25}
#: an idle connection older than this is checked with NOOP before the next message
IDLE_CHECK_S = 20.0


@dataclass(frozen=True)
class SmtpSettings:
    """Everything needed to send. ``password`` is a secret: never shown, never logged."""

    host: str
    port: int = 587
    security: Security = "starttls"
    auth: Auth = "password"
    username: str = ""
    password: str | None = None
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    oauth_client_id: str = ""
    oauth_tenant: str = ""
    max_per_minute: int | None = None  # the server's sending limit; None: no limit
    #: where unsubscribe mails go (List-Unsubscribe mailto); "": the reply-to or sender
    unsubscribe_address: str = ""
    #: the zone's https unsubscribe page, if any (List-Unsubscribe + one-click POST)
    unsubscribe_url: str = ""

    def __repr__(self) -> str:  # the password never ends up in a log or a traceback
        shown = replace(self, password="***" if self.password else None)
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(shown).items())
        return f"SmtpSettings({fields})"

    __str__ = __repr__

    @property
    def sender_domain(self) -> str:
        return self.sender_address.rpartition("@")[2] or "bindesk.invalid"

    @property
    def label(self) -> str:
        return f"{self.host}:{self.port}"


class MailError(BindeskError):
    """A message did not (certainly) go out. ``code`` is the SMTP reply code when the server
    answered, ``reason`` the server's own words (or what went wrong on the connection)."""

    def __init__(self, message: str, *, code: int | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason


class MailTemporaryError(MailError):
    """Not sent; trying again later may work (4xx, server unreachable, connection lost
    before the content was sent)."""


class MailSetupError(MailTemporaryError):
    """Not sent because of the settings or the server's set-up (TLS, login): fix those; the
    messages wait."""


class MailPermanentError(MailError):
    """Refused for good (5xx) with the server's reason."""


class MailUncertainError(MailError):
    """The connection broke after the content was sent: it may have been accepted."""


def _text(reply: bytes | str) -> str:
    raw = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(raw.split())


def _reply_error(step: str, code: int, reply: bytes | str) -> MailError:
    reason = _text(reply)
    where = f"{code} {reason}".strip()
    if 400 <= code < 500:
        return MailTemporaryError(
            f"De mailserver weigerde tijdelijk ({step}): {where}. Er wordt later opnieuw "
            "geprobeerd.",
            code=code,
            reason=reason,
        )
    if 500 <= code < 600:
        return MailPermanentError(
            f"De mailserver weigerde het bericht ({step}): {where}.", code=code, reason=reason
        )
    return MailTemporaryError(
        f"Onverwacht antwoord van de mailserver ({step}): {where}.", code=code, reason=reason
    )


def xoauth2(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _payload(message: EmailMessage) -> bytes:
    data = message.as_bytes(policy=SMTP_POLICY)
    data = _LEADING_DOT.sub(b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def envelope_recipient(message: EmailMessage) -> str:
    """The one recipient (To): bindesk never sends one message to a list."""
    if message.get_all("Cc") or message.get_all("Bcc"):
        raise ValueError("bindesk sends one message per recipient: no Cc/Bcc")
    addresses = [a for _n, a in getaddresses(message.get_all("To") or []) if a]
    if len(addresses) != 1:
        raise ValueError(f"exactly one recipient per message, not {len(addresses)}")
    return addresses[0]


class SmtpTransport:
    """A context manager around one SMTP session; :meth:`send` (re)connects as needed."""

    def __init__(
        self,
        settings: SmtpSettings,
        token_provider: Callable[[], str] | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.settings = settings
        self.token_provider = token_provider
        self.ssl_context = ssl_context
        self.timeout = timeout
        self._smtp: smtplib.SMTP | None = None
        self._last_used = 0.0

    def __enter__(self) -> SmtpTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- the connection ---------------------------------------------------------------

    def _context(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()

    def _unreachable(self, exc: BaseException) -> MailTemporaryError:
        s = self.settings
        return MailTemporaryError(
            f"De mailserver {s.label} is niet bereikbaar ({exc.__class__.__name__}: "
            f"{_text(str(exc)) or 'geen antwoord'}). Controleer de servernaam, de poort en de "
            "netwerkverbinding; de berichten wachten.",
            reason=_text(str(exc)),
        )

    def connect(self) -> None:
        """Connect, secure and log in (also what the test mail checks first)."""
        self.close()
        s = self.settings
        smtp: smtplib.SMTP
        try:
            if s.security == "tls":
                smtp = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=self.timeout, context=self._context()
                )
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
        except ssl.SSLError as exc:
            raise self._tls_error(exc) from None
        except (OSError, smtplib.SMTPException) as exc:
            if isinstance(exc, smtplib.SMTPConnectError):
                raise _reply_error("verbinden", exc.smtp_code, exc.smtp_error) from None
            raise self._unreachable(exc) from None
        try:
            self._hello(smtp)
            if s.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailSetupError(
                        f"De mailserver {s.label} biedt geen STARTTLS aan. Kies 'TLS' (poort "
                        "465) of, alleen op een vertrouwd intern netwerk, 'geen beveiliging'."
                    )
                code, reply = smtp.starttls(context=self._context())
                if code != 220:
                    raise MailSetupError(f"STARTTLS geweigerd: {code} {_text(reply)}.")
                self._hello(smtp)
            self._login(smtp)
        except ssl.SSLError as exc:
            _quietly_close(smtp)
            raise self._tls_error(exc) from None
        except MailError:
            _quietly_close(smtp)
            raise
        except (OSError, smtplib.SMTPException) as exc:
            _quietly_close(smtp)
            if isinstance(exc, smtplib.SMTPResponseException):
                raise _reply_error("aanmelden", exc.smtp_code, exc.smtp_error) from None
            raise self._unreachable(exc) from None
        self._smtp = smtp
        self._last_used = time.monotonic()

    def _tls_error(self, exc: ssl.SSLError) -> MailSetupError:
        return MailSetupError(
            f"De beveiligde verbinding met {self.settings.label} mislukte "
            f"({_text(str(exc.reason or exc))}). Controleer het certificaat van de server en "
            "de gekozen beveiliging (STARTTLS of TLS).",
            reason=_text(str(exc)),
        )

    @staticmethod
    def _hello(smtp: smtplib.SMTP) -> None:
        code, reply = smtp.ehlo()
        if not 200 <= code < 300:
            code, reply = smtp.helo()
            if not 200 <= code < 300:
                raise _reply_error("begroeting", code, reply)

    def _login(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        if s.auth == "none":
            return
        if not smtp.has_extn("auth"):
            raise MailSetupError(
                f"De mailserver {s.label} biedt geen aanmelding (AUTH) aan"
                + (" vóór STARTTLS" if s.security == "none" else "")
                + ". Controleer de beveiliging en de poort, of kies 'geen aanmelding'."
            )
        try:
            if s.auth == "oauth2":
                if self.token_provider is None:
                    raise MailSetupError(
                        "Aanmelden met OAuth2 (Microsoft 365) is niet ingesteld: meld de "
                        "mailbox eerst aan met 'bindesk mail oauth-login'."
                    )
                token = self.token_provider()
                first = [True]

                def answer(challenge: bytes | None = None) -> str:
                    if first[0]:
                        first[0] = False
                        return xoauth2(s.username, token)
                    return ""  # the server sent its error as a challenge: end the exchange

                smtp.auth("XOAUTH2", answer, initial_response_ok=True)
            else:
                smtp.login(s.username, s.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise MailSetupError(
                f"De mailserver {s.label} weigert de aanmelding van '{s.username}': "
                f"{exc.smtp_code} {_text(exc.smtp_error)}. Controleer gebruiker en wachtwoord"
                + (
                    " (of de OAuth2-toestemming: de IT-dienst moet 'Authenticated SMTP' voor "
                    "deze mailbox toelaten)"
                    if s.auth == "oauth2"
                    else " (Microsoft 365 schakelt wachtwoord-SMTP vaak uit: gebruik dan OAuth2)"
                )
                + ".",
                code=exc.smtp_code,
                reason=_text(exc.smtp_error),
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise MailSetupError(
                f"De mailserver {s.label} ondersteunt de gekozen aanmelding niet."
            ) from None
        except smtplib.SMTPException as exc:
            if isinstance(exc, smtplib.SMTPResponseException):
                raise _reply_error("aanmelden", exc.smtp_code, exc.smtp_error) from None
            raise MailSetupError(
                f"Geen geschikte aanmeldmethode bij {s.label} ({_text(str(exc))})."
            ) from None

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                _quietly_close(smtp)

    def _ensure(self) -> smtplib.SMTP:
        if self._smtp is not None and time.monotonic() - self._last_used > IDLE_CHECK_S:
            try:
                code, _reply = self._smtp.noop()
                if code != 250:
                    raise smtplib.SMTPServerDisconnected("noop")
            except (OSError, smtplib.SMTPException):
                _quietly_close(self._smtp)
                self._smtp = None
        if self._smtp is None:
            self.connect()
        assert self._smtp is not None
        return self._smtp

    # --- one message ------------------------------------------------------------------

    def send(self, message: EmailMessage) -> None:
        """Send one message to its one recipient, or raise one of the errors above."""
        recipient = envelope_recipient(message)
        sender = parseaddr(str(message.get("Sender") or message.get("From") or ""))[1]
        sender = self.settings.sender_address or sender
        payload = _payload(message)
        reused = self._smtp is not None
        smtp = self._ensure()
        content_sent = False
        try:
            try:
                code, reply = smtp.mail(sender)
            except (OSError, smtplib.SMTPServerDisconnected):
                if not reused:
                    raise
                # the server hung up on a connection we kept open: nothing was sent yet,
                # so connect again once and carry on
                _quietly_close(smtp)
                self._smtp = None
                smtp = self._ensure()
                code, reply = smtp.mail(sender)
            if code != 250:
                raise _reply_error("afzender", code, reply)
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise _reply_error("ontvanger", code, reply)
            smtp.putcmd("data")
            code, reply = smtp.getreply()
            if code != 354:
                raise _reply_error("DATA", code, reply)
            content_sent = True  # from here on the server may have the message
            smtp.send(payload)
            code, reply = smtp.getreply()
            if code != 250:
                raise _reply_error("inhoud", code, reply)
        except MailError:
            self._reset(smtp)
            raise
        except (OSError, smtplib.SMTPException) as exc:
            _quietly_close(smtp)
            self._smtp = None
            if isinstance(exc, smtplib.SMTPResponseException) and not content_sent:
                raise _reply_error("verzenden", exc.smtp_code, exc.smtp_error) from None
            if content_sent:
                raise MailUncertainError(
                    f"De verbinding met {self.settings.label} viel weg nadat het bericht "
                    f"verzonden was, vóór het antwoord van de server ({_text(str(exc)) or exc!r})."
                    " Mogelijk ontvangen: verstuur opnieuw alleen na controle.",
                    reason=_text(str(exc)),
                ) from None
            raise self._unreachable(exc) from None
        finally:
            self._last_used = time.monotonic()

    def _reset(self, smtp: smtplib.SMTP) -> None:
        """After a refused transaction: RSET, so the connection serves the next message."""
        try:
            code, _reply = smtp.rset()
            if code == 250:
                return
        except (OSError, smtplib.SMTPException):
            pass
        _quietly_close(smtp)
        self._smtp = None


def _quietly_close(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError, smtplib.SMTPException):
        smtp.close()


__all__ = [
    "AUTHS",
    "DEFAULT_PORTS",
    "SECURITIES",
    "MailError",
    "MailPermanentError",
    "MailSetupError",
    "MailTemporaryError",
    "MailUncertainError",
    "SmtpSettings",
    "SmtpTransport",
    "envelope_recipient",
    "xoauth2",
]
