"""Backups and restore of the SQLite file: real files, the real online backup API."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from bindesk.db.engine import Database, alembic_config, open_database
from bindesk.db.models import AuditEvent, Member
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import backup, dispatchers
from bindesk.services.backup import BackupRefused
from bindesk.services.operators import Actor
from tests import factories as f


def _members(db: Database) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


@pytest.fixture
def filled(db: Database, admin: Actor) -> Database:
    with db.session() as s:
        net = f.network(s, admin, "BIN Oordegem")
        f.numbered_members(s, admin, net, 5)
    return db


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_backup_is_readable_by_the_owner_only(filled: Database, admin: Actor) -> None:
    path = backup.take_backup(filled, admin)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent == filled.sqlite_path.parent / "backups"  # type: ignore[union-attr]
    assert backup.inspect_backup(filled, path).rows["members"] == 5


def test_rotation_keeps_the_newest(filled: Database, admin: Actor, tmp_path: Path) -> None:
    folder = tmp_path / "elders"
    with filled.session() as s:
        backup.set_backup_settings(s, admin, folder=str(folder), keep=3)
    source = filled.sqlite_path
    assert source is not None
    for day in range(5):  # five older backups, as days went by
        old = folder / f"{source.stem}.backup-2026110{day}-080000{source.suffix}"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(source, old)
        when = dt.datetime(2026, 11, day + 1, 8).timestamp()
        os.utime(old, (when, when))
    newest = backup.take_backup(filled, admin)
    kept = backup.backups_in(folder, source)
    assert len(kept) == 3 and kept[-1] == newest
    assert kept[0].name.endswith("20261103-080000.sqlite3")


def test_settings_refuse_a_relative_folder_and_silly_counts(db: Database, admin: Actor) -> None:
    with db.session() as s, pytest.raises(InvalidInput):
        backup.set_backup_settings(s, admin, folder="back-ups")
    with db.session() as s, pytest.raises(InvalidInput):
        backup.set_backup_settings(s, admin, keep=0)


def test_only_an_admin_backs_up_or_restores(filled: Database, balie: Actor) -> None:
    with pytest.raises(PermissionDenied):
        backup.take_backup(filled, balie)


def test_a_backup_is_due_at_start_unless_just_taken_and_daily(
    filled: Database, admin: Actor
) -> None:
    first = backup.scheduled_backup(filled, admin, at_start=True)
    assert first is not None
    assert backup.scheduled_backup(filled, admin, at_start=True) is None  # restarted at once
    assert backup.scheduled_backup(filled, admin) is None  # not a day old yet
    day_old = (dt.datetime.now() - dt.timedelta(days=1, minutes=1)).timestamp()
    os.utime(first, (day_old, day_old))
    assert backup.scheduled_backup(filled, admin) is not None


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(
    filled: Database, admin: Actor
) -> None:
    saved = backup.take_backup(filled, admin)
    with filled.session() as s:
        f.numbered_members(s, admin, f.network(s, admin, "BIN Bambrugge"), 7, start=100)
    assert _members(filled) == 12
    result = backup.restore(filled, admin, saved)
    assert _members(filled) == 5
    assert backup.inspect_backup(filled, result.previous_copy).rows["members"] == 12
    with filled.read_session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "restore")) is not None


def test_restore_refuses_what_is_not_a_bindesk_database(
    filled: Database, admin: Actor, tmp_path: Path
) -> None:
    text = tmp_path / "leden.csv"
    text.write_text("naam;gsm\n", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    for path in (text, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(BackupRefused):
            backup.restore(filled, admin, path)
    assert _members(filled) == 5


def test_restore_refuses_a_backup_from_a_newer_bindesk(filled: Database, admin: Actor) -> None:
    saved = backup.take_backup(filled, admin)
    conn = sqlite3.connect(saved)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(BackupRefused, match="nieuwere versie"):
        backup.restore(filled, admin, saved)


def test_restore_refuses_while_a_dispatcher_is_alive(filled: Database, admin: Actor) -> None:
    saved = backup.take_backup(filled, admin)
    heartbeat = dispatchers.Heartbeat(filled, kind="cli", host="verzendpost-1")
    heartbeat.start()  # a running dispatcher's heartbeat
    try:
        with pytest.raises(BackupRefused, match="verzendpost-1"):
            backup.restore(filled, admin, saved)
    finally:
        heartbeat.stop()  # a clean stop says so: no longer alive
    with filled.session() as s:
        f.numbered_members(s, admin, f.network(s, admin, "BIN Aaigem"), 1, start=50)
    assert _members(filled) == 6
    backup.restore(filled, admin, saved)
    assert _members(filled) == 5


def test_an_older_backup_is_upgraded_after_the_restore(
    filled: Database, admin: Actor, tmp_path: Path
) -> None:
    old = tmp_path / "old.sqlite3"
    url = f"sqlite:///{old}"
    first = Database(url)
    with first.engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    first.dispose()
    backup.restore(filled, admin, old)
    assert filled.current_revision() == filled.head_revision()
    assert _members(filled) == 0
    reopened = open_database(filled.url)
    reopened.dispose()


def test_postgres_is_backed_up_with_pg_dump(admin: Actor) -> None:
    database = Database("postgresql+psycopg2://u:p@127.0.0.1:1/none")
    with pytest.raises(BackupRefused, match="pg_dump"):
        backup.take_backup(database, admin)
    database.dispose()
