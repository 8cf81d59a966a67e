"""``bindesk inbox list``: received SMS."""

from __future__ import annotations

import argparse

from bindesk.cli.common import EXIT_OK, Context, actions, json_flag, out, out_json
from bindesk.services import inbox

_ACTION_LABELS = {"reply": "antwoord", "opt_out": "afgemeld (STOP)", "unknown": "onbekend nummer"}


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("list", help="ontvangen sms'en tonen")
    json_flag(p)
    p.set_defaults(func=cmd_list)


def cmd_list(ctx: Context) -> int:
    with ctx.db.read_session() as s:
        data = [inbox.message_json(m) for m in inbox.list_messages(s)]
    if ctx.args.json:
        out_json(data)
        return EXIT_OK
    if not data:
        out("Geen ontvangen berichten.")
    for m in data:
        label = _ACTION_LABELS.get(m["action"], m["action"])
        out(f"{m['received_at'][:16]}  {m['mobile']}  [{label}]  {m['text']}")
    return EXIT_OK
