"""The e-mails bindesk sends: an alert, and a newsletter edition with its PDF.

One recipient per message (never a list in To or Cc). Every message carries a Message-ID
fixed per delivery (``<bindesk.delivery-ID.TOKEN@sender-domain>``): a retry of a message
that did reach the server carries the same one, so mail systems and the zone recognise it.
The TOKEN (random, stored with the delivery) also identifies an unsubscribe: the
``List-Unsubscribe`` mailto's subject is ``uitschrijven TOKEN``, the https link (when the
zone has an unsubscribe page) ends in ``token=TOKEN``.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from bindesk.mail.smtp import SmtpSettings

UNSUBSCRIBE_WORD = "uitschrijven"
_MESSAGE_ID = re.compile(r"^<bindesk\.delivery-(\d+)\.([0-9a-f]+)@[^>]+>$")


def new_token() -> str:
    return secrets.token_hex(8)


def message_id(delivery_id: int, token: str, sender_domain: str) -> str:
    return f"<bindesk.delivery-{delivery_id}.{token}@{sender_domain}>"


def parse_message_id(value: str) -> tuple[int, str] | None:
    """(delivery id, token) of one of our Message-IDs, else None."""
    match = _MESSAGE_ID.match(value.strip())
    return (int(match.group(1)), match.group(2)) if match else None


def unsubscribe_token(subject: str) -> str | None:
    """The token in an unsubscribe mail's subject (``uitschrijven TOKEN``), else None."""
    match = re.search(rf"{UNSUBSCRIBE_WORD}\s+([0-9a-f]{{8,}})", subject, re.IGNORECASE)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class Unsubscribe:
    address: str  # the mailto target
    subject: str
    url: str = ""  # https, with the token; "" when the zone has no unsubscribe page

    @property
    def mailto(self) -> str:
        return f"mailto:{self.address}?subject={quote(self.subject)}"

    def header(self) -> str:
        links = [f"<{self.mailto}>"] + ([f"<{self.url}>"] if self.url else [])
        return ", ".join(links)


def unsubscribe_for(settings: SmtpSettings, token: str) -> Unsubscribe:
    address = settings.unsubscribe_address or settings.reply_to or settings.sender_address
    url = ""
    if settings.unsubscribe_url:
        parts = urlsplit(settings.unsubscribe_url)
        query = "&".join(q for q in (parts.query, urlencode({"token": token})) if q)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
    return Unsubscribe(address, f"{UNSUBSCRIBE_WORD} {token}", url)


def _base(
    settings: SmtpSettings, *, to: str, name: str, subject: str, message_id: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((settings.sender_name, settings.sender_address))
    message["To"] = formataddr((name, to))
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    return message


def _list_headers(message: EmailMessage, unsubscribe: Unsubscribe) -> None:
    message["List-Unsubscribe"] = unsubscribe.header()
    if unsubscribe.url:  # RFC 8058: one-click needs an https link to POST to
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def _unsubscribe_lines(unsubscribe: Unsubscribe) -> tuple[str, str]:
    """The unsubscribe line as plain text and as HTML."""
    plain = (
        "Geen e-mails meer ontvangen? Stuur een e-mail naar "
        f"{unsubscribe.address} met als onderwerp '{unsubscribe.subject}'"
        + (f" of ga naar {unsubscribe.url}" if unsubscribe.url else "")
        + "."
    )
    link = html.escape(unsubscribe.url or unsubscribe.mailto, quote=True)
    markup = (
        '<p style="font-size:12px;color:#555">Geen e-mails meer ontvangen? '
        f'<a href="{link}">Schrijf u hier uit</a> (of stuur een e-mail naar '
        f"{html.escape(unsubscribe.address)} met als onderwerp "
        f"'{html.escape(unsubscribe.subject)}').</p>"
    )
    return plain, markup


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    return "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def alert_message(
    settings: SmtpSettings,
    *,
    to: str,
    name: str,
    subject: str,
    text: str,
    message_id: str,
    unsubscribe: Unsubscribe,
    footer: str = "",
) -> EmailMessage:
    """An alert: the text as plain text and as simple HTML."""
    message = _base(settings, to=to, name=name, subject=subject, message_id=message_id)
    plain_unsub, html_unsub = _unsubscribe_lines(unsubscribe)
    plain = f"{text.strip()}\n\n-- \n" + (f"{footer}\n" if footer else "") + plain_unsub + "\n"
    message.set_content(plain)
    markup = (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{html.escape(subject)}</title></head>"
        '<body style="font-family:Arial,sans-serif;font-size:15px">'
        f"{_paragraphs(text)}<hr>"
        + (f'<p style="font-size:12px;color:#555">{html.escape(footer)}</p>' if footer else "")
        + f"{html_unsub}</body></html>"
    )
    message.add_alternative(markup, subtype="html")
    _list_headers(message, unsubscribe)
    return message


@dataclass(frozen=True)
class NewsletterBody:
    """What the e-mail shows of an edition (the PDF holds all of it)."""

    title: str
    period_label: str = ""
    word: str = ""
    sections: tuple[tuple[str, str], ...] = ()  # (heading, text): articles, tips


def newsletter_parts(body: NewsletterBody, pdf_name: str) -> tuple[str, str]:
    """The plain text and the HTML of a newsletter e-mail (without the unsubscribe line)."""
    heading = body.title + (f" — {body.period_label}" if body.period_label else "")
    plain = [heading, "=" * len(heading), ""]
    markup = [f'<h1 style="font-size:22px">{html.escape(heading)}</h1>']
    if body.word:
        plain += [body.word.strip(), ""]
        markup.append(_paragraphs(body.word))
    for title, text in body.sections:
        plain += [title, "-" * len(title), text.strip(), ""]
        markup.append(f'<h2 style="font-size:17px">{html.escape(title)}</h2>{_paragraphs(text)}')
    note = f"De volledige nieuwsbrief staat in de bijlage ({pdf_name})."
    plain.append(note)
    markup.append(f"<p><em>{html.escape(note)}</em></p>")
    return "\n".join(plain), "".join(markup)


def newsletter_message(
    settings: SmtpSettings,
    *,
    to: str,
    name: str,
    subject: str,
    body: NewsletterBody,
    pdf: bytes,
    pdf_name: str,
    message_id: str,
    unsubscribe: Unsubscribe,
) -> EmailMessage:
    """A newsletter edition: HTML with a plain-text part, the edition's PDF attached."""
    message = _base(settings, to=to, name=name, subject=subject, message_id=message_id)
    plain, markup = newsletter_parts(body, pdf_name)
    plain_unsub, html_unsub = _unsubscribe_lines(unsubscribe)
    message.set_content(f"{plain}\n\n-- \n{plain_unsub}\n")
    message.add_alternative(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>{html.escape(subject)}</title></head>"
        '<body style="font-family:Arial,sans-serif;font-size:15px;max-width:680px">'
        f"{markup}<hr>{html_unsub}</body></html>",
        subtype="html",
    )
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    _list_headers(message, unsubscribe)
    return message


def testmail_message(settings: SmtpSettings, to: str, message_id: str) -> EmailMessage:
    """The settings' test mail."""
    message = _base(settings, to=to, name="", subject="bindesk: testmail", message_id=message_id)
    message.set_content(
        "Dit is een testmail van bindesk. Komt hij aan, dan kan bindesk e-mails versturen "
        f"via {settings.label} als {settings.sender_address}.\n"
    )
    return message
