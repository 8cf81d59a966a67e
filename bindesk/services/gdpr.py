"""The GDPR rights of one member: access (everything we hold, as JSON and a readable page)
and erasure (the person goes, anonymised deliveries stay so the statistics stay true)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk import fileperms
from bindesk.db.models import Delivery, InboundMessage, Member
from bindesk.domain import labels
from bindesk.domain.states import MEMBER_STATUSES, AuditAction, MemberStatus
from bindesk.services import audit
from bindesk.services.members import member_json, stop_queued_messages
from bindesk.services.operators import Actor, Permission

# --- the right of access and the right to erasure ------------------------------------------


def personal_data(session: Session, actor: Actor, member: Member) -> dict[str, Any]:
    """Everything we hold on one person (right of access), incl. messages received."""
    actor.require(Permission.EXPORT_MEMBERS)
    deliveries = session.scalars(
        select(Delivery).where(Delivery.member_id == member.id).order_by(Delivery.id)
    )
    inbound = session.scalars(
        select(InboundMessage)
        .where(InboundMessage.member_id == member.id)
        .order_by(InboundMessage.id)
    )
    data = member_json(member) | {
        "joined_on": member.joined_on.isoformat() if member.joined_on else None,
        "created_at": member.created_at.isoformat(),
        "messages_received": [
            {
                "alert_id": d.alert_id,
                "newsletter_id": d.newsletter_id,
                "channel": d.channel,
                "email": d.email,
                "text": d.alert.text if d.alert is not None else "(nieuwsbrief per e-mail)",
                "state": d.state,
                "sent_at": d.sent_at.isoformat() if d.sent_at else None,
            }
            for d in deliveries
        ],
        "messages_sent_to_us": [
            {"text": m.text, "received_at": m.received_at.isoformat()} for m in inbound
        ],
    }
    audit.record(
        session,
        actor.username,
        AuditAction.EXPORT,
        "member",
        member.id,
        detail="inzage persoonsgegevens",
    )
    return data


def erase(session: Session, actor: Actor, member: Member) -> None:
    """Right to erasure: remove the person, keep anonymised deliveries (statistics stay true)."""
    actor.require(Permission.MANAGE_MEMBERS)
    member_id = member.id
    stop_queued_messages(session, member, "Geannuleerd: lid gewist.")  # nothing more goes out
    for delivery in session.scalars(select(Delivery).where(Delivery.member_id == member_id)):
        delivery.member_id = None
        delivery.mobile = "gewist"
        if delivery.email:
            delivery.email = "gewist"
    for message in session.scalars(
        select(InboundMessage).where(InboundMessage.member_id == member_id)
    ):
        message.member_id = None
        message.mobile = "gewist"
    session.delete(member)
    session.flush()
    audit.redact_member(session, member_id)
    audit.record(
        session,
        actor.username,
        AuditAction.ERASE,
        "member",
        member_id,
        detail="persoon gewist op verzoek; verzendingen geanonimiseerd",
    )


# --- GDPR: the right of access as files ----------------------------------------------------

PERSONAL_DATA_LABELS_NL = {
    "first_name": "Voornaam",
    "last_name": "Naam",
    "street": "Straat",
    "house_number": "Huisnummer",
    "postal_code": "Postcode",
    "municipality": "Gemeente",
    "mobile": "Gsm-nummer",
    "email": "E-mail",
    "language": "Taal",
    "networks": "Netwerken",
    "coordinator_of": "Coördinator van",
    "status": "Status",
    "consent_at": "Toestemming gegeven op",
    "consent_method": "Hoe toestemming gegeven",
    "opted_out_at": "Afgemeld op",
    "joined_on": "Lid sinds",
    "created_at": "Geregistreerd op",
}


def personal_data_html(data: dict[str, Any]) -> str:
    """A readable page (Dutch) of what :func:`personal_data` returns; every value escaped."""
    import html

    e = html.escape

    def text(value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, str) and value in MEMBER_STATUSES:
            return labels.label_of(MemberStatus, value)
        return str(value)

    rows = "".join(
        f"<tr><th>{e(label)}</th><td>{e(text(data.get(key)))}</td></tr>"
        for key, label in PERSONAL_DATA_LABELS_NL.items()
    )
    received = (
        "".join(
            f"<tr><td>{e(text(m.get('sent_at')))}</td><td>{e(text(m.get('state')))}</td>"
            f"<td>{e(text(m.get('text')))}</td></tr>"
            for m in data.get("messages_received", [])
        )
        or "<tr><td colspan='3'>Geen berichten.</td></tr>"
    )
    replies = (
        "".join(
            f"<tr><td>{e(text(m.get('received_at')))}</td><td>{e(text(m.get('text')))}</td></tr>"
            for m in data.get("messages_sent_to_us", [])
        )
        or "<tr><td colspan='2'>Geen berichten.</td></tr>"
    )
    name = e(f"{data.get('first_name', '')} {data.get('last_name', '')}".strip())
    return (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
        f"<title>Persoonsgegevens {name}</title>"
        "<style>body{font-family:sans-serif;margin:2em}th{text-align:left;padding-right:1em}"
        "td,th{vertical-align:top;border-bottom:1px solid #ddd;padding:4px}</style></head><body>"
        f"<h1>Persoonsgegevens van {name}</h1>"
        "<p>Dit zijn alle gegevens die het buurtinformatienetwerk (BIN) van de politiezone over "
        "u bewaart, op uw vraag (recht op inzage, AVG/GDPR).</p>"
        f"<table>{rows}</table>"
        "<h2>Berichten die u van ons kreeg</h2>"
        f"<table><tr><th>Verzonden</th><th>Status</th><th>Tekst</th></tr>{received}</table>"
        "<h2>Berichten die u ons stuurde</h2>"
        f"<table><tr><th>Ontvangen</th><th>Tekst</th></tr>{replies}</table>"
        "</body></html>"
    )


def write_personal_data(
    session: Session, actor: Actor, member: Member, folder: Path
) -> tuple[Path, Path]:
    """Write ``personal_data`` as JSON (complete, machine-readable) and HTML (to read, print)."""
    import json
    import re

    data = personal_data(session, actor, member)
    if not folder.exists():
        fileperms.private_dir(folder)
    stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{member.last_name}-{member.first_name}").strip("-")
    stem = f"persoonsgegevens-{stem or 'lid'}-{member.id}"
    json_path = folder / f"{stem}.json"
    html_path = folder / f"{stem}.html"
    with fileperms.private_open(json_path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    with fileperms.private_open(html_path, "w", encoding="utf-8") as handle:
        handle.write(personal_data_html(data))
    return json_path, html_path
