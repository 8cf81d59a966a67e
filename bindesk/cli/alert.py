"""``bindesk alert send``: put a message in the outbox."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bindesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Context,
    actions,
    err,
    json_flag,
    out,
    out_json,
)
from bindesk.domain import privacy
from bindesk.domain.errors import InvalidInput
from bindesk.services import alerts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("send", help="bericht in de wachtrij zetten")
    p.add_argument("--network", action="append", help="netwerk (herhaalbaar)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", help="eigen tekst")
    group.add_argument("--tip", help="tip uit de bibliotheek (sleutel)")
    p.add_argument(
        "--field",
        action="append",
        metavar="NAAM=WAARDE",
        help="invulveld van de tip, bv. straat=Kerkstraat (herhaalbaar)",
    )
    p.add_argument("--kind", default="urgent", choices=["urgent", "prevention", "feedback"])
    p.add_argument("--follow-up", type=int, metavar="ALERT_ID", help="opvolging van bericht")
    p.add_argument("--street", help="straat van het incident (bewoners eerst)")
    p.add_argument(
        "--transliterate",
        action="store_true",
        help="tekens buiten het sms-alfabet vervangen (ë→e …) voor kortere sms'en",
    )
    p.add_argument(
        "--privacy-reason",
        metavar="REDEN",
        help="reden waarom de tekst toch een nummerplaat, telefoonnummer, naam … bevat "
        "(komt in het logboek)",
    )
    p.add_argument("--yes", action="store_true", help="echt in de wachtrij zetten")
    json_flag(p)
    p.set_defaults(func=cmd_send)


def _fields(pairs: list[str] | None) -> dict[str, str]:
    fields: dict[str, str] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(
                f"Veld '{pair}' moet de vorm naam=waarde hebben, bv. straat=Kerkstraat."
            )
        fields[name.strip()] = value
    return fields


def cmd_send(ctx: Context) -> int:
    a = ctx.args
    composition = alerts.Composition(
        networks=tuple(a.network or ()),
        kind=a.kind,
        tip_key=a.tip,
        text=a.text or "",
        fields=tuple(_fields(a.field).items()),
        incident_street=a.street or "",
        follow_up_id=a.follow_up or None,
        transliterate=a.transliterate,
    )
    with ctx.db.session() as s:
        plan = alerts.build_draft(s, ctx.actor, composition)  # the Alarm page's own draft
        drafted = alerts.DraftSummary.of(plan)
        summary = {
            "recipients": drafted.recipients,
            "encoding": drafted.encoding,
            "segments": drafted.segments,
        }
        warnings = [w.as_dict() for w in plan.privacy_warnings]
        if not a.yes:
            return _preview(s, plan, summary, warnings, a.json)
        if warnings and not (a.privacy_reason or "").strip():
            err(
                "Fout: niets verstuurd. "
                + privacy.summary_nl(list(plan.privacy_warnings))
                + ' Pas de tekst aan, of geef de reden met --privacy-reason "…" '
                "(de reden komt in het logboek)."
            )
            return EXIT_REFUSED
        alert_id = alerts.queue(s, ctx.actor, plan, privacy_reason=a.privacy_reason).id
    if a.json:
        out_json({"alert_id": alert_id, **summary})
        return EXIT_OK
    out(f"Bericht {alert_id} in de wachtrij: {_counts(summary)}.")
    if plan.changes and not plan.transliterated:
        changed = ", ".join(f"{c}→{r}" for c, r in plan.changes)
        out(
            f"Let op: tekens buiten het sms-alfabet ({changed}) maken het bericht Unicode "
            "(kortere delen). Met --transliterate worden ze vervangen."
        )
    out("Verzenden gebeurt door 'bindesk outbox run' op de pc met de modem(s).")
    return EXIT_OK


def _counts(summary: dict[str, object]) -> str:
    """ "22 ontvangers, 1 sms per bericht (gewone tekens)", singular or plural by count."""
    recipients = int(str(summary["recipients"]))
    segments = int(str(summary["segments"]))
    return (
        f"{recipients} {'ontvanger' if recipients == 1 else 'ontvangers'}, "
        f"{segments} {'sms' if segments == 1 else 'sms-delen'} per bericht "
        f"({'gewone tekens' if summary['encoding'] == 'gsm7' else 'speciale tekens'})"
    )


def _preview(
    s: Session,
    plan: alerts.Draft,
    summary: dict[str, object],
    warnings: list[dict[str, object]],
    as_json: bool,
) -> int:
    """What would go out, and how long it would take; nothing is queued."""
    estimate = alerts.estimate_for(s, plan)
    if as_json:
        out_json(
            {
                "text": plan.text,
                **summary,
                "estimate_seconds": round(estimate.seconds, 1),
                "privacy_warnings": warnings,
            }
        )
        return EXIT_OK
    out(f"Voorbeeld ({alerts.KIND_LABELS_NL[plan.kind]}): {plan.text}")
    out(_counts(summary) + ".")
    out(f"Tot het laatste lid het heeft: {estimate.as_text_nl()}.")
    for warning in plan.privacy_warnings:
        out(f"Let op: {warning.message}")
    err("Fout: niets verstuurd. Voeg --yes toe om dit bericht in de wachtrij te zetten.")
    return EXIT_REFUSED
