"""``bindesk operators``: the desk's users."""

from __future__ import annotations

import argparse
import getpass
import sys

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json, table
from bindesk.services import operators


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("list", help="gebruikers tonen")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = verbs.add_parser("add", help="gebruiker aanmaken (de eerste moet admin zijn)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in operators.Role])
    p.add_argument("--display-name")
    p.add_argument(
        "--password-stdin", action="store_true", help="wachtwoord van de standaardinvoer lezen"
    )
    p.set_defaults(func=cmd_add)
    p = verbs.add_parser(
        "link-os-user", help="OS-account koppelen aan een gebruiker (zonder wachtwoord)"
    )
    p.add_argument("os_user", metavar="OS-ACCOUNT", help="naam van het OS-account (whoami)")
    p.add_argument("username", metavar="GEBRUIKER", help="de bindesk-gebruiker")
    p.set_defaults(func=cmd_link_os_user)


def cmd_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        data = [r.to_json() for r in operators.list_operators(s, ctx.actor)]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    table(
        ["Gebruiker", "Naam", "Rol", "Actief"],
        [
            (d["username"], d["display_name"], d["role"], "ja" if d["active"] else "nee")
            for d in data
        ],
    )
    return EXIT_OK


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    password = (
        sys.stdin.readline().rstrip("\n")
        if a.password_stdin
        else getpass.getpass("Wachtwoord voor de nieuwe gebruiker: ")
    )
    with ctx.db.session() as s:
        first = not operators.has_operators(s)
        operator = operators.create_operator(
            s,
            None if first else ctx.actor,
            username=a.username,
            display_name=a.display_name or a.username,
            role=a.role,
            password=password,
        )
        done = f"Gebruiker '{operator.username}' ({operator.role}) aangemaakt."
    out(done)
    return EXIT_OK


def cmd_link_os_user(ctx: Context) -> int:
    with ctx.db.session() as s:
        operator = operators.find_operator(s, ctx.args.username)
        operators.link_os_user(s, ctx.actor, ctx.args.os_user, operator)
        done = (
            f"OS-account '{ctx.args.os_user}' werkt op de opdrachtregel als "
            f"'{operator.username}' ({operator.role})."
        )
    out(done)
    return EXIT_OK
