"""Backups of the SQLite database: at desk start, daily, on request; and restoring one.

A backup is SQLite's online backup API (a consistent snapshot while the dispatcher keeps
writing), a single self-contained file readable by its owner only, named
``<database>.backup-YYYYMMDD-HHMMSS.sqlite3`` in the backup folder; the newest *keep* stay.
A restore refuses what is not a bindesk database or comes from a newer bindesk, refuses while
a dispatcher is alive, and first keeps a copy of the database it replaces.

PostgreSQL is backed up with ``pg_dump`` (README, "Back-ups"); these functions refuse it
with that advice.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bindesk.db.engine import Database, alembic_config, online_copy
from bindesk.db.models import Setting
from bindesk.domain.errors import BindeskError, InvalidInput
from bindesk.services import audit, dispatchers
from bindesk.services.operators import Actor, Permission

log = logging.getLogger(__name__)

SETTING = "backups"
TAG = "backup"
KEPT_BEFORE_RESTORE = "voor-herstel"
DEFAULT_KEEP = 14
MAX_KEEP = 365
DAILY = dt.timedelta(days=1)
START_GAP = dt.timedelta(minutes=10)  # a desk restarted within this takes no new backup
DISPATCHER_ALIVE_SECONDS = 30
SQLITE_HEADER = b"SQLite format 3\x00"
BINDESK_TABLES = frozenset({"alembic_version", "networks", "members", "alerts", "deliveries"})


class BackupRefused(BindeskError):
    """A backup or restore cannot be done; nothing was changed."""


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    rows: dict[str, int]  # per table


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    previous_copy: Path  # the database as it was before the restore


# --- settings ---------------------------------------------------------------------------------


def default_folder(db: Database) -> Path:
    path = db.sqlite_path
    return (path.parent if path is not None else Path.cwd()) / "backups"


def backup_settings(session: Session, db: Database) -> BackupSettings:
    setting = session.get(Setting, SETTING)
    value: dict[str, Any] = dict(setting.value) if setting is not None and setting.value else {}
    folder = value.get("folder")
    keep = value.get("keep", DEFAULT_KEEP)
    if not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        keep = DEFAULT_KEEP
    return BackupSettings(Path(folder) if folder else default_folder(db), keep)


def set_backup_settings(
    session: Session, actor: Actor, *, folder: str | None = None, keep: int | None = None
) -> None:
    """Change the folder (empty: next to the database) and/or how many backups stay."""
    actor.require(Permission.SETTINGS)
    setting = session.get(Setting, SETTING)
    before: dict[str, Any] = dict(setting.value) if setting is not None and setting.value else {}
    after = dict(before)
    if folder is not None:
        if folder.strip() and not Path(folder).expanduser().is_absolute():
            raise InvalidInput(
                f"De back-upmap '{folder}' is geen volledig pad. Geef een volledig pad, "
                "bv. /var/backups/bindesk of D:\\bindesk\\back-ups."
            )
        after["folder"] = str(Path(folder).expanduser()) if folder.strip() else None
    if keep is not None:
        if not 1 <= keep <= MAX_KEEP:
            raise InvalidInput(f"Bewaar tussen 1 en {MAX_KEEP} back-ups.")
        after["keep"] = int(keep)
    if after == before:
        return
    if setting is None:
        session.add(Setting(key=SETTING, value=after))
    else:
        setting.value = after
    session.flush()
    audit.record(session, actor.username, "update", "setting", SETTING, before=before, after=after)


# --- taking backups ---------------------------------------------------------------------------


def _sqlite_file(db: Database, what: str) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupRefused(
            f"{what} kan alleen voor een SQLite-databasebestand. Maak een back-up van een "
            "PostgreSQL-database met pg_dump (zie de README, 'Back-ups')."
        )
    return path


def backups_in(folder: Path, source: Path) -> list[Path]:
    """This database's scheduled backups in the folder, oldest first."""
    found = folder.glob(f"{source.stem}.{TAG}-*{source.suffix}")
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def take_backup(db: Database, actor: Actor, target: Path | None = None) -> Path:
    """Back up now (``bindesk db backup``): to ``target``, or into the backup folder with
    rotation."""
    actor.require(Permission.SETTINGS)
    if target is not None and target.exists():
        raise BackupRefused(f"{target} bestaat al. Kies een andere bestandsnaam.")
    return _back_up(db, actor.username, target)


def _back_up(db: Database, who: str, target: Path | None) -> Path:
    source = _sqlite_file(db, "Een back-up")
    with db.read_session() as s:
        chosen = backup_settings(s, db)
    rotate = target is None
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = chosen.folder / f"{source.stem}.{TAG}-{stamp}{source.suffix}"
        n = 1
        while target.exists():  # two in one second: keep both, in order
            n += 1
            target = chosen.folder / f"{source.stem}.{TAG}-{stamp}-{n}{source.suffix}"
    try:
        online_copy(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupRefused(
            f"De back-up naar {target} is mislukt ({exc}). Controleer of de map bestaat, "
            "of u er mag schrijven en of de schijf niet vol is."
        ) from exc
    if rotate:
        for stale in backups_in(chosen.folder, source)[: -chosen.keep]:
            stale.unlink(missing_ok=True)
    with db.session() as s:
        audit.record(s, who, "backup", "database", None, detail=str(target))
    log.info("database backed up to %s", target)
    return target


def backup_due(db: Database, now: dt.datetime | None = None, gap: dt.timedelta = DAILY) -> bool:
    """True when the newest scheduled backup is older than ``gap`` (or there is none)."""
    source = db.sqlite_path
    if source is None or not source.exists():
        return False
    with db.read_session() as s:
        folder = backup_settings(s, db).folder
    existing = backups_in(folder, source)
    if not existing:
        return True
    newest = dt.datetime.fromtimestamp(existing[-1].stat().st_mtime)
    return (now or dt.datetime.now()) - newest >= gap


def scheduled_backup(db: Database, actor: Actor, *, at_start: bool = False) -> Path | None:
    """The desk's own backups, whoever is logged in: at start (unless one was taken in the
    last minutes) and once a day. None when none was due (or on PostgreSQL)."""
    if not backup_due(db, gap=START_GAP if at_start else DAILY):
        return None
    return _back_up(db, actor.username, None)


# --- restoring --------------------------------------------------------------------------------


def inspect_backup(db: Database, path: Path) -> BackupInfo:
    """Read a backup without changing it; refuses what this bindesk cannot restore."""
    not_ours = BackupRefused(
        f"{path} is geen back-up van een bindesk-database. Kies een bestand dat bindesk "
        "maakte (bv. bindesk.backup-20261201-080000.sqlite3)."
    )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupRefused(f"{path} kan niet gelezen worden ({exc}).") from exc
    if header != SQLITE_HEADER:
        raise not_ours
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            query = "SELECT name FROM sqlite_master WHERE type = 'table'"
            tables = {r[0] for r in conn.execute(query)}
            if not BINDESK_TABLES.issubset(tables):
                raise not_ours
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupRefused(f"{path} is beschadigd. Kies een andere back-up.")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            rows = {
                t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
                for t in sorted(tables)
                if not t.startswith("sqlite_")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise not_ours from exc
    if revision is None:
        raise not_ours
    if not _known_revision(db, str(revision[0])):
        raise BackupRefused(
            f"{path} komt van een nieuwere versie van bindesk (databaseversie {revision[0]}). "
            "Installeer die versie van bindesk om deze back-up terug te zetten, of kies een "
            "oudere back-up."
        )
    return BackupInfo(path, str(revision[0]), rows)


def _known_revision(db: Database, revision: str) -> bool:
    from alembic.script import ScriptDirectory  # only when a backup is inspected
    from alembic.util import CommandError

    try:
        return (
            ScriptDirectory.from_config(alembic_config(db.url)).get_revision(revision) is not None
        )
    except CommandError:
        return False


def live_dispatchers(session: Session, within_seconds: int = DISPATCHER_ALIVE_SECONDS) -> list[str]:
    """The dispatchers alive on this database (their heartbeat), as "host (pid n)"."""
    return [
        f"{beat.host} (pid {beat.pid})"
        for beat in dispatchers.live_dispatchers(session, within_seconds=within_seconds)
    ]


def restore(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    alive: Callable[[Session], list[str]] = live_dispatchers,
) -> RestoreResult:
    """Put a backup in place of the database. The desks should be closed; the caller
    disposes ``db`` afterwards and reopens it (an older backup is upgraded then)."""
    actor.require(Permission.SETTINGS)
    target = _sqlite_file(db, "Terugzetten")
    info = inspect_backup(db, path)
    if path.resolve() == target.resolve():
        raise BackupRefused(f"{path} is de database zelf. Kies een back-up.")
    with db.read_session() as s:
        running = alive(s)
        chosen = backup_settings(s, db)
    if running:
        raise BackupRefused(
            "Er verstuurt nog een verzendpost sms'en op deze database ("
            + ", ".join(running)
            + "). Stop eerst 'bindesk outbox run' en de vensters met modems, wacht 30 "
            "seconden en probeer opnieuw."
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    previous = chosen.folder / f"{target.stem}.{KEPT_BEFORE_RESTORE}-{stamp}{target.suffix}"
    online_copy(target, previous)
    db.dispose()  # our own pooled connections must not hold the file meanwhile
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst)  # page by page into the live file, under SQLite's own locks
        finally:
            dst.close()
    finally:
        src.close()
    db.upgrade()  # an older backup gets today's schema (and the change triggers)
    with db.session() as s:
        audit.record(
            s,
            actor.username,
            "restore",
            "database",
            None,
            detail=f"{path} (versie {info.revision}); vorige database bewaard in {previous}",
        )
    log.info("database restored from %s; previous copy %s", path, previous)
    return RestoreResult(info, previous)
