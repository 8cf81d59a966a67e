"""The bounce mailbox: read it over IMAP, and tell bounces and e-mail opt-outs apart.

What comes back to the desk's sender (or reply-to) address:

* **delivery status notifications** (RFC 3464 ``multipart/report; report-type=delivery-status``)
  from Postfix, Exchange/Microsoft 365, Gmail and most servers: each ``failed`` recipient is a
  permanent failure with the server's reason; ``delayed`` (4.x.x) is not;
* **non-standard bounces** (older Exchange and Gmail texts, Exim/qmail, ``X-Failed-Recipients``):
  recognised by their sender (``MAILER-DAEMON``, ``postmaster``) and their text, the address and
  an SMTP status taken from the body;
* **opt-outs**: the ``List-Unsubscribe`` mail (subject ``uitschrijven <token>``, see
  MAIL-CONTRACT) or a reply whose own words are only an opt-out word ("uitschrijven", "stop");
  automatic replies (out of office) never opt anyone out.

Qt-free and database-free: :mod:`bindesk.services.mail_inbox` applies what is found here.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr
from typing import Literal

from bindesk.domain.errors import BindeskError
from bindesk.domain.optout import ReplyKind, classify
from bindesk.mail.compose import parse_message_id

UNSUBSCRIBE_SUBJECT_PREFIX = "uitschrijven"

Security = Literal["tls", "starttls", "none"]


class MailboxError(BindeskError):
    """The bounce mailbox could not be read; the message says what to check."""


# --- what a mail is ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """One recipient the mail could not be delivered to."""

    address: str
    permanent: bool
    status: str  # enhanced status code ("5.1.1"), "" when the bounce gave none
    reason: str  # the server's words, as the desk shows them
    original_message_id: str = ""  # of the mail that bounced, when the bounce quotes it


@dataclass(frozen=True)
class OptOut:
    address: str  # who asked (the From of the mail)
    how: Literal["list-unsubscribe", "antwoord"]
    token: str = ""  # the delivery's Message-ID from the unsubscribe subject
    text: str = ""  # what they wrote (a reply), shortened


@dataclass(frozen=True)
class InboxMail:
    """What one mail in the bounce mailbox means."""

    message_id: str
    sender: str
    subject: str
    bounces: tuple[Bounce, ...] = ()
    opt_out: OptOut | None = None
    maybe_opt_out: bool = False  # "ik wil geen mails meer": for the desk to decide
    kind: Literal["bounce", "delayed", "opt_out", "reply", "auto_reply", "other"] = "other"

    @property
    def permanent_failures(self) -> tuple[Bounce, ...]:
        return tuple(b for b in self.bounces if b.permanent)


_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_SMTP_REPLY = re.compile(r"\b([45]\d\d)[ -]")
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_DAEMON = re.compile(r"mailer-daemon|postmaster|mail delivery (subsystem|system)", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered|delivery (status notification|has failed|failure)|"
    r"returned mail|failure notice|niet bezorgd|onbestelbaar|kan niet worden bezorgd|"
    r"mail delivery failed|delivery failed|non remis|unzustellbar",
    re.I,
)
_DELAY_TEXT = re.compile(
    r"delayed|will (be retried|retry)|still trying|vertraagd|not yet been delivered", re.I
)
_QUOTE_START = re.compile(
    r"^(>|-{2,}\s*(original message|oorspronkelijk bericht|oorspronkelijk)|"
    r"(op|on) .{0,160}\b(schreef|wrote)\b.*:$|van:|from:|\s*_{5,})",
    re.I,
)


def parse(raw: bytes) -> InboxMail:
    """What the mail ``raw`` (as fetched from the mailbox) means."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    message_id = str(msg.get("Message-ID", "")).strip()
    sender = parseaddr(str(msg.get("From", "")))[1].lower()
    subject = " ".join(str(msg.get("Subject", "")).split())

    def made(**kwargs: object) -> InboxMail:
        return InboxMail(message_id=message_id, sender=sender, subject=subject, **kwargs)  # type: ignore[arg-type]

    bounces = _dsn_bounces(msg)
    if bounces is None:
        bounces = _plain_bounces(msg, sender, subject)
    if bounces is not None:
        if any(b.permanent for b in bounces):
            return made(bounces=tuple(bounces), kind="bounce")
        return made(bounces=tuple(bounces), kind="delayed")
    if _is_auto_reply(msg):
        return made(kind="auto_reply")
    token = unsubscribe_token(subject)
    if token is not None:
        return made(
            opt_out=OptOut(address=sender, how="list-unsubscribe", token=token), kind="opt_out"
        )
    own = own_words(msg)
    verdicts = [classify(text) for text in (subject_words(subject), own) if text]
    if ReplyKind.OPT_OUT in verdicts and not _has_more_than_a_word(own):
        ours = parse_message_id(str(msg.get("In-Reply-To", "")))  # the mail they answered
        opt_out = OptOut(
            address=sender, how="antwoord", token=ours[1] if ours else "", text=own[:80]
        )
        return made(opt_out=opt_out, kind="opt_out")
    maybe = ReplyKind.MAYBE_OPT_OUT in verdicts or ReplyKind.OPT_OUT in verdicts
    return made(maybe_opt_out=maybe, kind="reply")


def unsubscribe_token(subject: str) -> str | None:
    """The token of an unsubscribe subject (``uitschrijven 3f9a2c01d4e5b6a7``: the hex token
    of the delivery's Message-ID, see ``bindesk.mail.compose``); "" for a bare "uitschrijven";
    None when the subject is something else."""
    match = re.match(
        rf"^\s*(?:(?:re|aw|antw|fw|fwd)\s*:\s*)*{UNSUBSCRIBE_SUBJECT_PREFIX}\b\s*<?([0-9a-f]*)>?\s*$",
        subject,
        re.I,
    )
    return match.group(1).lower() if match else None


def subject_words(subject: str) -> str:
    """The subject without ``Re:``/``Antw:`` and without the newsletter's own title."""
    stripped = re.sub(r"^\s*((re|aw|antw|fw|fwd)\s*:\s*)+", "", subject, flags=re.I)
    # a reply keeps our subject ("Re: BIN-nieuwsbrief mei"): only a subject they wrote counts
    return "" if stripped != subject.strip() else stripped


def own_words(msg: EmailMessage) -> str:
    """The first lines a person wrote in a reply, above the quoted mail."""
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    if body.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text))
    lines: list[str] = []
    for line in str(text).splitlines():
        if _QUOTE_START.match(line.strip()):
            break
        if line.strip() in ("--", "-- "):  # signature
            break
        if line.strip():
            lines.append(line.strip())
    return " ".join(lines)[:500]


def _has_more_than_a_word(text: str) -> bool:
    """A reply "stop" that also says something else is for the desk, not an automatic opt-out."""
    return classify(text) is not ReplyKind.OPT_OUT and bool(text.strip())


def _is_auto_reply(msg: Message) -> bool:
    auto = str(msg.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(msg.get("Precedence", "")).strip().lower()
    return (
        auto not in ("", "no")
        or precedence in ("auto_reply", "bulk", "junk", "list")
        or msg.get("X-Autoreply") is not None
        or msg.get("X-Autorespond") is not None
        or str(msg.get("X-Auto-Response-Suppress", "")).lower() == "all"
    )


# --- RFC 3464 --------------------------------------------------------------------------------


def _dsn_bounces(msg: EmailMessage) -> list[Bounce] | None:
    if msg.get_content_type() != "multipart/report":
        return None
    status_part = next(
        (
            p
            for p in msg.walk()
            if p.get_content_type() in ("message/delivery-status", "message/global-delivery-status")
        ),
        None,
    )
    if status_part is None:
        return None
    original = _original_message_id(msg)
    blocks = _status_blocks(status_part)
    bounces: list[Bounce] = []
    for block in blocks[1:] if len(blocks) > 1 else blocks:
        recipient = _field_address(block.get("Final-Recipient") or block.get("Original-Recipient"))
        if not recipient:
            continue
        action = str(block.get("Action", "")).strip().lower()
        status = _STATUS.search(str(block.get("Status", "")))
        code = status.group(0) if status else ""
        if action in ("delivered", "relayed", "expanded") or code.startswith("2"):
            continue
        diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
        diagnostic = re.sub(r"^(smtp|x-postfix|x-unix|x-local)\s*;\s*", "", diagnostic, flags=re.I)
        permanent = action == "failed" or (action == "" and code.startswith("5"))
        reason = _clean_reason(diagnostic) or _status_words(code) or action
        bounces.append(
            Bounce(
                address=recipient,
                permanent=permanent,
                status=code,
                reason=reason[:500],
                original_message_id=original,
            )
        )
    return bounces or None


def _status_blocks(part: Message) -> list[Message]:
    """The per-message and per-recipient field blocks of a delivery-status part."""
    payload = part.get_payload()
    if isinstance(payload, list) and payload and all(isinstance(p, Message) for p in payload):
        return list(payload)
    # some servers send it as text: split into blank-line separated header blocks ourselves
    text = payload if isinstance(payload, str) else ""
    if part.get("Content-Transfer-Encoding", "").lower() in ("base64", "quoted-printable"):
        raw = part.get_payload(decode=True)
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else text
    blocks = [b for b in re.split(r"\r?\n\s*\r?\n", text.strip()) if b.strip()]
    return [email.message_from_string(b + "\n", policy=email.policy.default) for b in blocks]


def _field_address(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    if ";" in text:  # "rfc822; lid@example.be"
        text = text.split(";", 1)[1]
    found = _ADDRESS.search(text)
    return found.group(0).lower() if found else ""


def _original_message_id(msg: EmailMessage) -> str:
    for part in msg.walk():
        kind = part.get_content_type()
        if kind in ("text/rfc822-headers", "message/rfc822", "text/rfc822"):
            if kind == "message/rfc822":
                inner = part.get_payload()
                inner_msg = inner[0] if isinstance(inner, list) and inner else None
                if isinstance(inner_msg, Message) and inner_msg.get("Message-ID"):
                    return str(inner_msg["Message-ID"]).strip()
                continue
            content = part.get_payload(decode=True)
            text = content.decode("utf-8", "replace") if isinstance(content, bytes) else ""
            found = re.search(r"(?im)^message-id:\s*(<[^>\s]+>)", text)
            if found:
                return found.group(1)
    return ""


_STATUS_NL = {
    "5.1.1": "adres bestaat niet",
    "5.1.10": "adres bestaat niet",
    "5.1.2": "domein bestaat niet",
    "5.2.1": "postbus uitgeschakeld",
    "5.2.2": "postbus vol",
    "5.4.1": "adres geweigerd",
    "5.7.1": "geweigerd door de ontvangende server",
    "4.2.2": "postbus vol (tijdelijk)",
    "4.4.7": "nog niet bezorgd (vertraagd)",
}


def _status_words(code: str) -> str:
    return _STATUS_NL.get(code, f"status {code}" if code else "")


# --- bounces without a delivery-status part ----------------------------------------------------


def _plain_bounces(msg: EmailMessage, sender: str, subject: str) -> list[Bounce] | None:
    failed_header = str(msg.get("X-Failed-Recipients", ""))
    looks_like = bool(failed_header) or (
        bool(_DAEMON.search(sender) or _DAEMON.search(str(msg.get("From", ""))))
        and bool(_BOUNCE_SUBJECT.search(subject))
    )
    if not looks_like:
        return None
    text = _all_text(msg)
    original = _original_message_id(msg) or _quoted_message_id(text)
    own = {sender, *(a.lower() for _, a in getaddresses([str(msg.get("To", ""))]))}
    addresses = [a.lower() for a in _ADDRESS.findall(failed_header)]
    if not addresses:
        # the text above the quoted original names the failed recipients
        head = re.split(
            r"(?im)^(-+\s*(original message|oorspronkelijk bericht)|original message headers|"
            r"received:|message-id:|"
            r"return-path:|content-type: message/rfc822|-+ ?this is a copy)",
            text,
            maxsplit=1,
        )[0]
        for found in _ADDRESS.findall(head):
            address = found.lower()
            if address not in own and not _DAEMON.search(address) and address not in addresses:
                addresses.append(address)
    if not addresses:
        return None
    delayed = bool(_DELAY_TEXT.search(subject)) or (
        bool(_DELAY_TEXT.search(text)) and not re.search(r"(?i)permanent", text)
    )
    bounces = []
    for address in addresses:
        reason, code = _reason_near(text, address)
        permanent = not delayed and not code.startswith("4")
        bounces.append(
            Bounce(
                address=address,
                permanent=permanent,
                status=code,
                reason=_clean_reason(reason)[:500]
                or _status_words(code)
                or "onbestelbaar (geen reden gegeven)",
                original_message_id=original,
            )
        )
    return bounces


def _quoted_message_id(text: str) -> str:
    """The Message-ID of the original mail quoted in a plain-text bounce."""
    found = re.search(r"(?im)^\s*message-id:\s*(<[^>\s]+>)", text)
    return found.group(1) if found else ""


def _clean_reason(text: str) -> str:
    """One line; a multi-line reply's repeated ``550-5.1.1`` prefixes dropped after the first."""
    line = " ".join(text.split()).strip("# '\"")
    first = re.match(r"^([45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)", line)
    if first:
        head, rest = first.group(1), line[first.end() :]
        rest = re.sub(r"\s?\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\s+", " ", rest)
        line = head.replace("-", " ", 1) + rest.strip()
    return line.strip("# '\"")


def _reason_near(text: str, address: str) -> tuple[str, str]:
    """The server's words about ``address``: the SMTP reply line after it, and its status."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if address.lower() not in line.lower():
            continue
        for candidate in lines[i : i + 8]:
            stripped = " ".join(candidate.split())
            if _SMTP_REPLY.search(stripped) or _STATUS.search(stripped):
                status = _STATUS.search(stripped)
                reason = re.sub(
                    r"^(remote server returned|diagnostic[- ]code:)\s*", "", stripped, flags=re.I
                ).strip(" '\"")
                return reason, status.group(0) if status else ""
    status = _STATUS.search(text)
    code = status.group(0) if status else ""
    for line in lines:
        stripped = " ".join(line.split())
        if _SMTP_REPLY.match(stripped):
            return stripped, code
    return "", code


def _all_text(msg: EmailMessage) -> str:
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            try:
                content = part.get_content()
            except (LookupError, ValueError):
                raw = part.get_payload(decode=True)
                content = raw.decode("latin-1") if isinstance(raw, bytes) else ""
            if part.get_content_type() == "text/html":
                content = re.sub(
                    r"<[^>]+>", " ", re.sub(r"(?i)<br\s*/?>|</p>|</tr>", "\n", str(content))
                )
            texts.append(str(content))
    return "\n".join(texts)


# --- IMAP -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int = 993
    security: Security = "tls"
    username: str = ""
    password: str | None = field(default=None, repr=False)
    auth: Literal["password", "oauth2"] = "password"
    folder: str = "INBOX"


@dataclass(frozen=True)
class FetchedMail:
    uid: str
    raw: bytes


class BounceMailbox:
    """The bounce mailbox over IMAP (IMAPS or STARTTLS); a context manager.

    :meth:`unread` yields the mails not yet handled (``UNSEEN``) without marking them;
    :meth:`mark_handled` sets ``\\Seen`` after the caller committed what they meant, so a crash
    in between reads them again (what is applied is idempotent).
    """

    def __init__(
        self,
        settings: ImapSettings,
        token_provider: Callable[[], str] | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.settings = settings
        self._token_provider = token_provider
        self._context = ssl_context or ssl.create_default_context()
        self._timeout = timeout
        self._imap: imaplib.IMAP4 | None = None

    def __enter__(self) -> BounceMailbox:
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "tls":
                imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    s.host, s.port, ssl_context=self._context, timeout=self._timeout
                )
            else:
                imap = imaplib.IMAP4(s.host, s.port, timeout=self._timeout)
                if s.security == "starttls":
                    imap.starttls(ssl_context=self._context)
        except ssl.SSLError as exc:
            raise MailboxError(
                f"De beveiligde verbinding met de bouncepostbus {where} mislukt ({exc.reason}). "
                "Controleer of de poort bij TLS (993) of STARTTLS (143) hoort."
            ) from exc
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailboxError(
                f"De bouncepostbus {where} is niet bereikbaar ({exc}). Controleer server en poort."
            ) from exc
        self._imap = imap
        try:
            self._login(imap)
            status, data = imap.select(_quote(s.folder))
            if status != "OK":
                raise MailboxError(
                    f"De map '{s.folder}' bestaat niet in de bouncepostbus ({_text(data)})."
                )
        except BaseException:
            self._close()
            raise
        return self

    def _login(self, imap: imaplib.IMAP4) -> None:
        s = self.settings
        try:
            if s.auth == "oauth2":
                if self._token_provider is None:
                    raise MailboxError("Geen Microsoft-login voor de bouncepostbus.")
                from bindesk.mail.oauth import xoauth2_string

                response = xoauth2_string(s.username, self._token_provider()).encode()
                imap.authenticate("XOAUTH2", lambda _challenge: response)
            else:
                imap.login(s.username, s.password or "")
        except imaplib.IMAP4.error as exc:
            raise MailboxError(
                f"De bouncepostbus weigert het inloggen van '{s.username}' ({exc}). Controleer "
                "gebruiker en wachtwoord; bij Microsoft 365 moet IMAP aan staan voor de postbus "
                "(en werkt alleen inloggen met OAuth2)."
            ) from exc

    def unread(self) -> Iterator[FetchedMail]:
        imap = self._require()
        status, data = imap.uid("SEARCH", "UNSEEN")
        if status != "OK":
            raise MailboxError(f"Zoeken in de bouncepostbus mislukt ({_text(data)}).")
        uids = b" ".join(d for d in data if isinstance(d, bytes)).split()
        for uid in uids:
            status, parts = imap.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
            if status != "OK":
                raise MailboxError(f"Een mail ophalen uit de bouncepostbus mislukt ({parts}).")
            raw = next((p[1] for p in parts if isinstance(p, tuple) and len(p) == 2), None)
            if isinstance(raw, bytes):
                yield FetchedMail(uid=uid.decode(), raw=raw)

    def mark_handled(self, uid: str) -> None:
        status, data = self._require().uid("STORE", uid, "+FLAGS", "(\\Seen)")
        if status != "OK":
            raise MailboxError(f"Een mail als gelezen markeren mislukt ({_text(data)}).")

    def _require(self) -> imaplib.IMAP4:
        if self._imap is None:
            raise MailboxError("De bouncepostbus is niet geopend.")
        return self._imap

    def _close(self) -> None:
        imap, self._imap = self._imap, None
        if imap is None:
            return
        with contextlib.suppress(imaplib.IMAP4.error, OSError, socket.timeout):
            if imap.state == "SELECTED":
                imap.close()
        with contextlib.suppress(imaplib.IMAP4.error, OSError, socket.timeout):
            imap.logout()

    def __exit__(self, *exc: object) -> None:
        self._close()


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(data: object) -> str:
    if isinstance(data, list):
        return " ".join(
            d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d) for d in data
        )
    return str(data)
