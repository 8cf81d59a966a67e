"""``bindesk demo-data``: demo networks with fictitious members."""

from __future__ import annotations

import argparse

from bindesk.cli.common import EXIT_OK, Context, out
from bindesk.services import demo


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="ook als er al leden zijn")
    parser.set_defaults(func=cmd_demo_data)


def cmd_demo_data(ctx: Context) -> int:
    with ctx.db.session() as s:
        counts = demo.load_demo_data(s, ctx.actor, force=ctx.args.force)
    out(
        f"Demogegevens geladen: {counts['networks']} netwerken, {counts['members']} leden "
        "(fictieve nummers +32 460 9…)."
    )
    return EXIT_OK
