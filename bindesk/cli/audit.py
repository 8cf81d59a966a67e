"""``bindesk audit``: read and export the audit trail."""

from __future__ import annotations

import argparse
from pathlib import Path

from bindesk.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    Context,
    actions,
    err,
    json_flag,
    out,
    out_json,
    table,
)
from bindesk.services import audit


def register(parser: argparse.ArgumentParser) -> None:
    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--actor", help="alleen deze gebruiker")
        p.add_argument("--action", help="alleen deze handeling (create, update, send, login…)")
        p.add_argument("--entity", help="alleen dit onderwerp (member, network, alert…)")
        p.add_argument("--limit", type=int, default=1000)

    verbs = actions(parser)
    p = verbs.add_parser("list", help="logboek tonen")
    filters(p)
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = verbs.add_parser("export", help="logboek naar CSV")
    filters(p)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_export)
    p = verbs.add_parser("verify", help="nagaan of het logboek ongeschonden is (hashketen)")
    p.set_defaults(func=cmd_verify)


def _filter(ctx: Context) -> audit.AuditFilter:
    a = ctx.args
    return audit.AuditFilter(actor=a.actor, action=a.action, entity=a.entity, limit=a.limit)


def cmd_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        data = [audit.event_json(e) for e in audit.read_events(s, ctx.actor, _filter(ctx))]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    table(
        ["Wanneer", "Wie", "Wat", "Onderwerp", "Detail"],
        [
            (
                d["at"][:19].replace("T", " "),
                d["actor"],
                d["action"],
                f"{d['entity']} {d['entity_id'] or ''}".strip(),
                d["detail"],
            )
            for d in data
        ],
    )
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    with ctx.db.session() as s:  # writes an audit event
        n = audit.export_events(s, ctx.actor, _filter(ctx), Path(ctx.args.output))
    out(f"{n} gebeurtenissen geëxporteerd naar {ctx.args.output}.")
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        report = audit.verify_chain(s, ctx.actor)
    if report.intact:
        out(f"Logboek in orde: {report.checked} gebeurtenissen, de keten is ongeschonden.")
        return EXIT_OK
    for problem in report.problems:
        out(str(problem))
    err(
        f"Fout: het logboek is aangepast buiten bindesk om ({len(report.problems)} "
        f"probleem/problemen in {report.checked} gebeurtenissen). Bewaar een kopie van de "
        "database en meld dit aan de beheerder en de informatieveiligheidsconsulent."
    )
    return EXIT_REFUSED
