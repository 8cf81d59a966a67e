"""``bindesk db``: schema migrations."""

from __future__ import annotations

import argparse

from bindesk import config
from bindesk.cli.common import EXIT_OK, Context, actions, out
from bindesk.db.engine import Database


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("upgrade", help="migraties uitvoeren (maakt eerst een kopie)")
    p.set_defaults(func=cmd_upgrade)


def cmd_upgrade(ctx: Context) -> int:
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
