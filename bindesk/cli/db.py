"""``bindesk db``: schema migrations; backups and restore of a SQLite file (PostgreSQL:
pg_dump, see the README)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bindesk import config
from bindesk.cli.common import EXIT_OK, EXIT_REFUSED, Context, actions, out
from bindesk.db.engine import Database


def register(parser: argparse.ArgumentParser) -> None:
    verbs = actions(parser)
    p = verbs.add_parser("upgrade", help="migraties uitvoeren (maakt eerst een kopie)")
    p.set_defaults(func=cmd_upgrade)
    p = verbs.add_parser("backup", help="een back-up maken (SQLite, online)")
    p.add_argument("-o", "--output", metavar="FILE", help="naar dit bestand (anders de back-upmap)")
    p.set_defaults(func=cmd_backup)
    p = verbs.add_parser("restore", help="een back-up terugzetten (houdt een kopie van de huidige)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="echt terugzetten")
    p.set_defaults(func=cmd_restore)
    p = verbs.add_parser("backup-settings", help="back-upmap en aantal bewaarde back-ups")
    p.add_argument("--folder", metavar="DIR", help="volledig pad ('' = naast de database)")
    p.add_argument("--keep", type=int, metavar="N", help="zoveel nieuwste back-ups bewaren")
    p.set_defaults(func=cmd_backup_settings)


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


def cmd_backup(ctx: Context) -> int:
    from bindesk.services import backup

    target = Path(ctx.args.output) if ctx.args.output else None
    path = backup.take_backup(ctx.db, ctx.actor, target)
    out(f"Back-up gemaakt: {path}")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from bindesk.services import backup

    # not ctx.db: the database being replaced may be too broken to upgrade
    db = Database(config.database_url(ctx.args.db))
    try:
        source = Path(ctx.args.file)
        info = backup.inspect_backup(db, source)
        summary = ", ".join(
            f"{info.rows.get(t, 0)} {label}"
            for t, label in (
                ("networks", "netwerken"),
                ("members", "leden"),
                ("alerts", "berichten"),
            )
        )
        if not ctx.args.yes:
            out(f"{source}: bindesk-back-up, databaseversie {info.revision} ({summary}).")
            out(
                "Fout: niets teruggezet. Sluit alle vensters van bindesk die deze database "
                "gebruiken en voeg --yes toe om de database door deze back-up te vervangen."
            )
            return EXIT_REFUSED
        result = backup.restore(db, ctx.actor, source)
    finally:
        db.dispose()
    out(f"Teruggezet uit {source} ({summary}).")
    out(f"De vorige database is bewaard in {result.previous_copy}.")
    return EXIT_OK


def cmd_backup_settings(ctx: Context) -> int:
    from bindesk.services import backup

    a = ctx.args
    with ctx.db.session() as s:
        if a.folder is not None or a.keep is not None:
            backup.set_backup_settings(s, ctx.actor, folder=a.folder, keep=a.keep)
        chosen = backup.backup_settings(s, ctx.db)
    out(f"Back-upmap: {chosen.folder}")
    out(f"Bewaard: de {chosen.keep} nieuwste back-ups (bij de start van het venster en dagelijks).")
    source = ctx.db.sqlite_path
    if source is not None:
        existing = backup.backups_in(chosen.folder, source)
        out(f"Aanwezig: {len(existing)}" + (f", nieuwste {existing[-1].name}" if existing else ""))
    return EXIT_OK
