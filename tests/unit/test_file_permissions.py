"""Files and folders with personal data are the OS user's only (issue 7, item 12)."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bindesk.db.engine import open_database
from bindesk.services import audit, member_files, members, networks
from bindesk.services.operators import Actor

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what a desk PC has: files 0644 unless we say otherwise
    yield
    os.umask(old)


def test_database_wal_shm_backup_exports_are_0600(
    tmp_path: Path, admin: Actor, loose_umask: None
) -> None:
    folder = tmp_path / "nieuw"
    path = folder / "bindesk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
            member = members.add_member(
                s, admin, members.MemberInput(last_name="Peeters", mobile="0470123456"), [net]
            )
            export = member_files.export_members(s, admin, net, [member], tmp_path / "leden.xlsx")
            assert export == 1
            member_files.export_members(s, admin, net, [member], tmp_path / "leden.csv")
            audit.export_events(s, admin, None, tmp_path / "logboek.csv")
            gdpr = members.write_personal_data(s, admin, member, tmp_path / "inzage")
        backup = db.backup_sqlite()
        assert backup is not None
        wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
        assert wal.exists() and shm.exists()
        assert mode(folder) == 0o700
        for file in (path, wal, shm, backup, *gdpr):
            assert mode(file) == 0o600, file
        for name in ("leden.xlsx", "leden.csv", "logboek.csv"):
            assert mode(tmp_path / name) == 0o600, name
        assert mode(tmp_path / "inzage") == 0o700
    finally:
        db.dispose()


def test_an_old_world_readable_database_is_tightened(tmp_path: Path, loose_umask: None) -> None:
    path = tmp_path / "oud.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    os.chmod(path, 0o644)
    open_database(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600


def test_log_file_is_0600(loose_umask: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from bindesk import log

    root = logging.getLogger()
    saved = root.handlers[:]
    monkeypatch.setattr(log, "_configured", False)
    try:
        path = log.setup()
        logging.getLogger("bindesk.test").warning("proef")
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
    finally:
        for handler in root.handlers[:]:
            if handler not in saved:
                root.removeHandler(handler)
                handler.close()
