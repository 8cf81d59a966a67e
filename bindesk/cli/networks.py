"""``bindesk networks``: list, add, (de)activate."""

from __future__ import annotations

import argparse

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json, table
from bindesk.services import networks


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("list", help="netwerken met coördinator en aantal actieve leden")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = verbs.add_parser("add", help="netwerk toevoegen")
    p.add_argument("name")
    p.add_argument("--municipality", required=True)
    p.add_argument("--streets", help='straten, gescheiden door ";"')
    p.add_argument("--area", help="omschrijving van het gebied")
    p.set_defaults(func=cmd_add)
    p = verbs.add_parser("deactivate", help="netwerk deactiveren")
    p.add_argument("name")
    p.set_defaults(func=cmd_deactivate)
    p = verbs.add_parser("activate", help="netwerk opnieuw activeren")
    p.add_argument("name")
    p.set_defaults(func=cmd_activate)


def cmd_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        rows = networks.list_networks(s)
    if ctx.args.json:
        out_json([r.to_json() for r in rows])
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


def cmd_add(ctx: Context) -> int:
    with ctx.db.session() as s:
        network = networks.add_network(
            s,
            ctx.actor,
            name=ctx.args.name,
            municipality=ctx.args.municipality,
            streets=ctx.args.streets,
            area_description=ctx.args.area or "",
        )
        done = f"Netwerk '{network.name}' ({network.municipality}) toegevoegd."
    out(done)  # after the commit: never report what did not land
    return EXIT_OK


def _set_active(ctx: Context, active: bool) -> int:
    with ctx.db.session() as s:
        network = networks.get_network(s, ctx.args.name)
        networks.set_network_active(s, ctx.actor, network, active)
        state = "actief" if active else "gedeactiveerd (geschiedenis blijft bewaard)"
        done = f"Netwerk '{network.name}' is {state}."
    out(done)
    return EXIT_OK


def cmd_deactivate(ctx: Context) -> int:
    return _set_active(ctx, False)


def cmd_activate(ctx: Context) -> int:
    return _set_active(ctx, True)
