"""``bindesk gui`` (and ``bindesk`` without a verb): the window; Qt loads only here."""

from __future__ import annotations

import argparse

from bindesk import config
from bindesk.cli.common import Context, modem_flag


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--screenshot", metavar="DIR", help="schermafdrukken maken en afsluiten")
    modem_flag(
        parser,
        f"modem van deze pc, bv. /dev/ttyUSB0 (herhaalbaar; ook ${config.ENV_MODEMS})",
    )
    parser.set_defaults(func=cmd_gui)


def cmd_gui(ctx: Context) -> int:
    if ctx.args.screenshot:
        from bindesk.gui import screenshots

        return screenshots.run(ctx.args)
    from bindesk.gui import app

    return app.run(ctx.args)
