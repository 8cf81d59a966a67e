"""``bindesk members``: list, add, import, export and one member's record (GDPR)."""

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
from bindesk.domain.errors import InvalidInput
from bindesk.services import members, networks

_SHOW_LABELS = {
    "first_name": "voornaam",
    "last_name": "naam",
    "street": "straat",
    "house_number": "nr",
    "postal_code": "postcode",
    "municipality": "gemeente",
    "mobile": "gsm",
    "email": "e-mail",
    "networks": "netwerken",
    "status": "status",
    "consent_at": "toestemming op",
    "consent_method": "toestemming hoe",
    "opted_out_at": "afgemeld op",
}


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("list", help="leden tonen")
    p.add_argument("--network")
    p.add_argument("--status", choices=members.STATUSES)
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = verbs.add_parser("add", help="lid toevoegen")
    p.add_argument("--network", required=True)
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--street", required=True)
    p.add_argument("--number", required=True)
    p.add_argument("--postal-code", required=True)
    p.add_argument("--municipality", required=True)
    p.add_argument("--mobile", help="gsm-nummer (mag weg als --email gegeven is)")
    p.add_argument("--email", help="e-mailadres")
    p.add_argument(
        "--channel",
        choices=members.CHANNELS,
        help="hoe berichten het lid bereiken: sms, email of both (standaard: sms met een "
        "gsm-nummer, anders e-mail)",
    )
    p.add_argument(
        "--consent-method",
        default="inschrijving aan de balie",
        help="hoe het lid toestemming gaf (standaard: inschrijving aan de balie)",
    )
    p.add_argument(
        "--no-consent",
        action="store_true",
        help="nog geen toestemming: het lid krijgt geen berichten",
    )
    p.set_defaults(func=cmd_add)
    p = verbs.add_parser("import", help="ledenlijst importeren (CSV of XLSX)")
    p.add_argument("file")
    p.add_argument("--network", required=True)
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets wegschrijven")
    p.add_argument(
        "--skip-invalid", action="store_true", help="geldige rijen importeren, ongeldige overslaan"
    )
    p.add_argument("--consent-method", default="inschrijvingslijst van de coördinator")
    p.set_defaults(func=cmd_import)
    p = verbs.add_parser("export", help="ledenlijst exporteren (.csv of .xlsx)")
    p.add_argument("--network", required=True)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_export)

    def member_verb(name: str, help_text: str) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, help=help_text)
        p.add_argument("member_id", type=int, metavar="LID", help="nummer van het lid (id)")
        return p

    p = member_verb("show", "één lid tonen")
    json_flag(p)
    p.set_defaults(func=cmd_show)
    p = member_verb("status", "status van een lid wijzigen")
    p.add_argument("status", choices=members.STATUSES)
    p.set_defaults(func=cmd_status)
    p = member_verb("opt-out", "lid afmelden: geen berichten meer")
    p.set_defaults(func=cmd_opt_out)
    p = member_verb("opt-in", "lid opnieuw aanmelden met nieuwe toestemming")
    p.add_argument("--consent-method", required=True, help="hoe het lid toestemming gaf")
    p.set_defaults(func=cmd_opt_in)
    p = member_verb("access", "inzage: alle gegevens van een lid naar een map")
    p.add_argument("-o", "--output", required=True, metavar="MAP")
    p.set_defaults(func=cmd_access)
    p = member_verb("erase", "lid definitief wissen (GDPR)")
    p.add_argument("--yes", action="store_true", help="echt wissen")
    p.set_defaults(func=cmd_erase)


def cmd_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        flt = members.MemberFilter(
            network=networks.get_network(s, ctx.args.network) if ctx.args.network else None,
            status=ctx.args.status,
        )
        found = members.list_members_json(s, ctx.actor, flt)  # plain rows, one query
        if ctx.args.json:
            out_json(found)
            return EXIT_OK
        table(
            ["Naam", "Voornaam", "Adres", "GSM", "Netwerken", "Status"],
            [
                (
                    m["last_name"],
                    m["first_name"],
                    f"{m['street']} {m['house_number']}".strip(),
                    m["mobile"],
                    ", ".join(m["networks"]),  # sorted
                    members.STATUS_LABELS_NL.get(m["status"], m["status"])
                    + (" (afgemeld)" if m["opted_out_at"] else ""),
                )
                for m in found
            ],
        )
        out(f"\n{len(found)} leden.")
    return EXIT_OK


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    data = members.MemberInput(
        first_name=a.first_name,
        last_name=a.last_name,
        street=a.street,
        house_number=a.number,
        postal_code=a.postal_code,
        municipality=a.municipality,
        mobile=a.mobile or "",
        email=a.email or "",
        channel=a.channel or "",
        consent_method="" if a.no_consent else a.consent_method,
    )
    if not a.mobile and not a.email:
        raise InvalidInput("Geef een gsm-nummer (--mobile) of een e-mailadres (--email) op.")
    with ctx.db.session() as s:
        network = networks.get_network(s, a.network)
        member = members.add_member(s, ctx.actor, data, [network])
        reach = ", ".join(x for x in (member.mobile, member.email) if x)
        lines = [
            f"{member.full_name} ({reach}; kanaal {member.channel}) toegevoegd aan {network.name}."
        ]
        lines += [f"Let op: {warning}" for warning in data.cleaned().warnings]
        if not member.consent_at:
            lines.append(
                "Let op: geen toestemming geregistreerd; dit lid krijgt nog geen berichten."
            )
    for line in lines:
        out(line)
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from bindesk.services import member_files  # CSV/XLSX readers: only for files

    a = ctx.args
    plan = member_files.plan_import(
        member_files.read_table(Path(a.file)), consent_method=a.consent_method
    )
    with ctx.db.read_session() as s:
        network = networks.get_network(s, a.network)
        network_id, network_name = network.id, network.name
        if a.dry_run or (plan.problems and not a.skip_invalid):
            result = member_files.apply_import(
                s, ctx.actor, network, plan, skip_invalid=a.skip_invalid, dry_run=True
            )
    if not a.dry_run and (a.skip_invalid or not plan.problems):
        # short transactions: the dispatcher keeps sending during a long import
        result = member_files.import_in_batches(
            ctx.db,
            ctx.actor,
            network_id,
            plan,
            skip_invalid=a.skip_invalid,
            source=Path(a.file).name,
        )
    for warning in result.warnings:
        out(f"let op, {warning}")
    label = "overgeslagen" if a.skip_invalid else "ongeldig"
    for problem in result.skipped:
        out(f"{problem}  [{label}]")
    if plan.problems and not a.skip_invalid and not a.dry_run:
        out(
            f"\nNiets geïmporteerd: {len(result.skipped)} ongeldige rij(en). Verbeter het bestand, "
            "of gebruik --skip-invalid om alleen de geldige rijen te importeren."
        )
        return EXIT_REFUSED
    for change in result.changes:
        out(f"{change}  [{'zou wijzigen' if a.dry_run else 'gewijzigd'}]")
    for notice in result.notices:
        out(f"{notice}  [niet gewijzigd]")
    counts = f"{result.created} nieuw, {result.updated} bijgewerkt, {result.unchanged} ongewijzigd"
    if a.dry_run:
        out(f"\nProefimport: {counts}, {len(result.skipped)} ongeldig. Er is niets weggeschreven.")
        return EXIT_REFUSED if result.skipped and not a.skip_invalid else EXIT_OK
    out(
        f"\nGeïmporteerd in {network_name}: {counts}"
        + (f", {len(result.skipped)} overgeslagen." if result.skipped else ".")
    )
    return EXIT_OK


def cmd_export(ctx: Context) -> int:
    from bindesk.services import member_files

    with ctx.db.session() as s:  # writes an audit event
        network = networks.get_network(s, ctx.args.network)
        found = members.list_members(s, ctx.actor, members.MemberFilter(network=network))
        count = member_files.export_members(s, ctx.actor, network, found, Path(ctx.args.output))
    out(f"{count} leden van {network.name} geëxporteerd naar {ctx.args.output}.")
    return EXIT_OK


def cmd_show(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        data = members.member_json(members.get_member(s, ctx.args.member_id))
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    for key, label in _SHOW_LABELS.items():
        value = data[key]
        if isinstance(value, list):
            value = ", ".join(value)
        out(f"{label:16} {value if value not in (None, '') else '-'}")
    return EXIT_OK


def cmd_status(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = members.get_member(s, ctx.args.member_id)
        members.set_status(s, ctx.actor, member, ctx.args.status)
        done = f"{member.full_name}: status {members.STATUS_LABELS_NL[ctx.args.status]}."
    out(done)
    return EXIT_OK


def cmd_opt_out(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = members.get_member(s, ctx.args.member_id)
        members.opt_out_at_desk(s, ctx.actor, member)
        done = (
            f"{member.full_name} is afgemeld: geen berichten meer (wat nog wachtte is geannuleerd)."
        )
    out(done)
    return EXIT_OK


def cmd_opt_in(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = members.get_member(s, ctx.args.member_id)
        members.opt_in(s, ctx.actor, member, ctx.args.consent_method)
        done = f"{member.full_name} krijgt weer berichten (toestemming: {ctx.args.consent_method})."
    out(done)
    return EXIT_OK


def cmd_access(ctx: Context) -> int:
    with ctx.db.session() as s:  # writes an audit event
        member = members.get_member(s, ctx.args.member_id)
        json_path, html_path = members.write_personal_data(
            s, ctx.actor, member, Path(ctx.args.output)
        )
    out(f"Persoonsgegevens geschreven naar {json_path} en {html_path}.")
    return EXIT_OK


def cmd_erase(ctx: Context) -> int:
    with ctx.db.session() as s:
        member = members.get_member(s, ctx.args.member_id)
        name = member.full_name
        if not ctx.args.yes:
            err(
                f"Fout: niets gewist. Voeg --yes toe om {name} definitief te wissen "
                "(verzendingen blijven anoniem bewaard)."
            )
            return EXIT_REFUSED
        members.erase(s, ctx.actor, member)
    out(f"{name} is gewist; de verzendingen aan deze persoon zijn geanonimiseerd.")
    return EXIT_OK
