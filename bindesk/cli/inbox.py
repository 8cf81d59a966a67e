"""``bindesk inbox``: received SMS; a possible opt-out is confirmed or dismissed here."""

from __future__ import annotations

import argparse

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json
from bindesk.services import inbox


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("list", help="ontvangen sms'en tonen")
    json_flag(p)
    p.set_defaults(func=cmd_list)
    p = verbs.add_parser("confirm-opt-out", help="mogelijke afmelding bevestigen: lid afmelden")
    p.add_argument("message_id", type=int, metavar="ID", help="nummer van het ontvangen bericht")
    p.set_defaults(func=cmd_confirm_opt_out)
    p = verbs.add_parser("dismiss", help="mogelijke afmelding is geen afmelding: antwoord houden")
    p.add_argument("message_id", type=int, metavar="ID", help="nummer van het ontvangen bericht")
    p.set_defaults(func=cmd_dismiss)


def cmd_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        data = [inbox.message_json(m) for m in inbox.list_messages(s)]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    if not data:
        out("Geen ontvangen berichten.")
    for m in data:
        label = inbox.ACTION_LABELS_NL.get(m["action"], m["action"])
        out(f"{m['id']:>5}  {m['received_at'][:16]}  {m['mobile']}  [{label}]  {m['text']}")
    if any(m["action"] == "maybe_opt_out" for m in data):
        out(
            "\nBevestig een mogelijke afmelding met 'bindesk inbox confirm-opt-out ID', of houd "
            "het bericht als antwoord met 'bindesk inbox dismiss ID'."
        )
    return EXIT_OK


def cmd_confirm_opt_out(ctx: Context) -> int:
    with ctx.db.session() as s:
        senders = inbox.confirm_opt_out(s, ctx.actor, ctx.args.message_id)
        names = ", ".join(m.full_name for m in senders) or "niemand (nummer niet meer bij een lid)"
    out(f"Afmelding bevestigd voor {names}: geen berichten meer.")
    return EXIT_OK


def cmd_dismiss(ctx: Context) -> int:
    with ctx.db.session() as s:
        inbox.dismiss_opt_out(s, ctx.actor, ctx.args.message_id)
    out(f"Bericht {ctx.args.message_id} blijft een antwoord; het lid blijft ingeschreven.")
    return EXIT_OK
