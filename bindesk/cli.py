"""Command line: every job the GUI does, a verb can do. No verb starts the GUI.

Exit codes: 0 done, 1 refused (the reason is printed in Dutch), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bindesk import __version__, config
from bindesk.db.engine import Database, open_database
from bindesk.domain.errors import BindeskError
from bindesk.services import demo, member_files, members, networks
from bindesk.services.operators import Actor, cli_actor

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class Context:
    """What a verb needs: the database (opened lazily, migrated) and who acts."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None
        self.actor: Actor = cli_actor()

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(config.database_url(self.args.db))
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def out(text: str = "") -> None:
    print(text, flush=True)


def out_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str), flush=True)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    out("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    out("  ".join("-" * w for w in widths))
    for row in cells:
        out("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# --- networks -----------------------------------------------------------------------------


def cmd_networks_list(ctx: Context) -> int:
    with ctx.db.session() as s:
        rows = networks.list_networks(s)
    if ctx.args.json:
        out_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "municipality": r.municipality,
                    "coordinator": r.coordinator,
                    "active_members": r.active_members,
                    "active": r.active,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        out(
            "Nog geen netwerken. Voeg er een toe met 'bindesk networks add' of laad demogegevens "
            "met 'bindesk demo-data'."
        )
        return EXIT_OK
    table(
        ["Netwerk", "Gemeente", "Coördinator", "Actieve leden", "Status"],
        [
            (
                r.name,
                r.municipality,
                r.coordinator or "-",
                r.active_members,
                "actief" if r.active else "gedeactiveerd",
            )
            for r in rows
        ],
    )
    return EXIT_OK


def cmd_networks_add(ctx: Context) -> int:
    with ctx.db.session() as s:
        network = networks.add_network(
            s,
            ctx.actor,
            name=ctx.args.name,
            municipality=ctx.args.municipality,
            streets=ctx.args.streets,
            area_description=ctx.args.area or "",
        )
        out(f"Netwerk '{network.name}' ({network.municipality}) toegevoegd.")
    return EXIT_OK


# --- members ------------------------------------------------------------------------------


def cmd_members_list(ctx: Context) -> int:
    with ctx.db.session() as s:
        flt = members.MemberFilter(
            network=networks.get_network(s, ctx.args.network) if ctx.args.network else None,
            status=ctx.args.status,
        )
        found = members.list_members(s, ctx.actor, flt)
        if ctx.args.json:
            out_json([members.member_json(m) for m in found])
            return EXIT_OK
        table(
            ["Naam", "Voornaam", "Adres", "GSM", "Netwerken", "Status"],
            [
                (
                    m.last_name,
                    m.first_name,
                    f"{m.street} {m.house_number}".strip(),
                    m.mobile,
                    ", ".join(sorted(ms.network.name for ms in m.memberships)),
                    members.STATUS_LABELS_NL.get(m.status, m.status)
                    + (" (afgemeld)" if m.opted_out_at else ""),
                )
                for m in found
            ],
        )
        out(f"\n{len(found)} leden.")
    return EXIT_OK


def cmd_members_add(ctx: Context) -> int:
    a = ctx.args
    data = members.MemberInput(
        first_name=a.first_name,
        last_name=a.last_name,
        street=a.street,
        house_number=a.number,
        postal_code=a.postal_code,
        municipality=a.municipality,
        mobile=a.mobile,
        email=a.email or "",
        consent_method="" if a.no_consent else a.consent_method,
    )
    with ctx.db.session() as s:
        network = networks.get_network(s, a.network)
        member = members.add_member(s, ctx.actor, data, [network])
        out(f"{member.full_name} ({member.mobile}) toegevoegd aan {network.name}.")
        cleaned = data.cleaned()
        for warning in cleaned.warnings:
            out(f"Let op: {warning}")
        if not member.consent_at:
            out("Let op: geen toestemming geregistreerd; dit lid krijgt nog geen berichten.")
    return EXIT_OK


def cmd_members_import(ctx: Context) -> int:
    a = ctx.args
    table_ = member_files.read_table(Path(a.file))
    plan = member_files.plan_import(table_, consent_method=a.consent_method)
    with ctx.db.session() as s:
        network = networks.get_network(s, a.network)
        result = member_files.apply_import(
            s,
            ctx.actor,
            network,
            plan,
            skip_invalid=a.skip_invalid,
            dry_run=a.dry_run,
            source=Path(a.file).name,
        )
        if a.dry_run or not result.written:
            s.rollback()
    for warning in result.warnings:
        out(f"let op, {warning}")
    if result.skipped:
        label = "overgeslagen" if a.skip_invalid else "ongeldig"
        for problem in result.skipped:
            out(f"{problem}  [{label}]")
    if not result.written and not a.dry_run:
        out(
            f"\nNiets geïmporteerd: {len(result.skipped)} ongeldige rij(en). Verbeter het bestand, "
            "of gebruik --skip-invalid om alleen de geldige rijen te importeren."
        )
        return EXIT_REFUSED
    verb = "zou" if a.dry_run else ""
    if a.dry_run:
        out(
            f"\nProefimport: {result.created} nieuw, {result.updated} bijgewerkt, "
            f"{len(result.skipped)} ongeldig. Er is niets weggeschreven."
        )
        return EXIT_REFUSED if result.skipped and not a.skip_invalid else EXIT_OK
    del verb
    out(
        f"\nGeïmporteerd in {network.name}: {result.created} nieuw, {result.updated} bijgewerkt"
        + (f", {len(result.skipped)} overgeslagen." if result.skipped else ".")
    )
    return EXIT_OK


def cmd_members_export(ctx: Context) -> int:
    with ctx.db.session() as s:
        network = networks.get_network(s, ctx.args.network)
        found = members.list_members(s, ctx.actor, members.MemberFilter(network=network))
        count = member_files.export_members(s, ctx.actor, network, found, Path(ctx.args.output))
    out(f"{count} leden van {network.name} geëxporteerd naar {ctx.args.output}.")
    return EXIT_OK


# --- database, demo, gui ------------------------------------------------------------------


def cmd_demo_data(ctx: Context) -> int:
    with ctx.db.session() as s:
        counts = demo.load_demo_data(s, ctx.actor, force=ctx.args.force)
    out(
        f"Demogegevens geladen: {counts['networks']} netwerken, {counts['members']} leden "
        "(fictieve nummers +32 460 9…)."
    )
    return EXIT_OK


def cmd_db_upgrade(ctx: Context) -> int:
    db = Database(config.database_url(ctx.args.db))
    try:
        before = db.current_revision()
        backup = db.upgrade()
        after = db.current_revision()
    finally:
        db.dispose()
    if before == after:
        out(f"De database is al bijgewerkt (versie {after}).")
    else:
        out(f"Database bijgewerkt van {before or 'leeg'} naar {after}.")
        if backup:
            out(f"Kopie van vóór de upgrade: {backup}")
    return EXIT_OK


def cmd_gui(ctx: Context) -> int:
    from bindesk.gui.app import run

    return run(ctx.args)


# --- parser -------------------------------------------------------------------------------


class DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout in de opdracht: {message}\n")


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (Engelse sleutels)")


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(prog="bindesk", description="bindesk — buurtinformatienetwerken (BIN)")
    parser.add_argument("--version", action="version", version=f"bindesk {__version__}")
    parser.add_argument(
        "--db", help=f"database-URL of pad naar SQLite-bestand (ook ${config.ENV_DATABASE_URL})"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="meer logging")
    sub = parser.add_subparsers(dest="verb", parser_class=DutchParser)

    nets = sub.add_parser("networks", help="netwerken (BIN)").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = nets.add_parser("list", help="netwerken met coördinator en aantal actieve leden")
    _json_flag(p)
    p.set_defaults(func=cmd_networks_list)
    p = nets.add_parser("add", help="netwerk toevoegen")
    p.add_argument("name")
    p.add_argument("--municipality", required=True)
    p.add_argument("--streets", help='straten, gescheiden door ";"')
    p.add_argument("--area", help="omschrijving van het gebied")
    p.set_defaults(func=cmd_networks_add)

    mems = sub.add_parser("members", help="leden").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = mems.add_parser("list", help="leden tonen")
    p.add_argument("--network")
    p.add_argument("--status", choices=members.STATUSES)
    _json_flag(p)
    p.set_defaults(func=cmd_members_list)
    p = mems.add_parser("add", help="lid toevoegen")
    p.add_argument("--network", required=True)
    p.add_argument("--first-name", required=True)
    p.add_argument("--last-name", required=True)
    p.add_argument("--street", required=True)
    p.add_argument("--number", required=True)
    p.add_argument("--postal-code", required=True)
    p.add_argument("--municipality", required=True)
    p.add_argument("--mobile", required=True)
    p.add_argument("--email")
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
    p.set_defaults(func=cmd_members_add)
    p = mems.add_parser("import", help="ledenlijst importeren (CSV of XLSX)")
    p.add_argument("file")
    p.add_argument("--network", required=True)
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets wegschrijven")
    p.add_argument(
        "--skip-invalid", action="store_true", help="geldige rijen importeren, ongeldige overslaan"
    )
    p.add_argument("--consent-method", default="inschrijvingslijst van de coördinator")
    p.set_defaults(func=cmd_members_import)
    p = mems.add_parser("export", help="ledenlijst exporteren (.csv of .xlsx)")
    p.add_argument("--network", required=True)
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_members_export)

    p = sub.add_parser("demo-data", help="demonetwerken en fictieve leden laden")
    p.add_argument("--force", action="store_true", help="ook als er al leden zijn")
    p.set_defaults(func=cmd_demo_data)

    dbp = sub.add_parser("db", help="database").add_subparsers(
        dest="action", required=True, parser_class=DutchParser
    )
    p = dbp.add_parser("upgrade", help="migraties uitvoeren (maakt eerst een kopie)")
    p.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("gui", help="het venster openen (standaard)")
    p.add_argument("--screenshot", metavar="DIR", help="schermafdrukken maken en afsluiten")
    p.set_defaults(func=cmd_gui)

    _register_more(sub)
    return parser


_extra_registrars: list[Callable[[Any], None]] = []


def _register_more(sub: Any) -> None:
    for register in _extra_registrars:
        register(sub)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        args.screenshot = None
        args.func = cmd_gui
    from bindesk import log

    log.setup(verbose=args.verbose)
    ctx = Context(args)
    try:
        return int(args.func(ctx))
    except BindeskError as exc:
        print(f"Fout: {exc.message}", file=sys.stderr, flush=True)
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except KeyboardInterrupt:
        print("Onderbroken.", file=sys.stderr)
        return 130
    except Exception:
        logging.getLogger("bindesk.cli").exception("unexpected error in %s", args.verb)
        print(
            f"Onverwachte fout in bindesk. Details staan in het logbestand {log.setup()}. "
            "Meld dit aan de beheerder.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        ctx.close()
