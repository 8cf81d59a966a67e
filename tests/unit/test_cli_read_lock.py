"""Read-only verbs read in read transactions: they never take SQLite's write lock (issue 9).

A listing that held the write lock delayed the SMS in flight (the dispatcher's claim waits on
it). Two proofs: while ``members list`` is writing its output, another connection can take
the write lock (``BEGIN IMMEDIATE`` without waiting); and no read-only verb opens a
transaction on the database's write engine at all.
"""

from __future__ import annotations

import io
import sqlite3
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

import bindesk.db.engine
from bindesk.cli import main
from bindesk.db.engine import Database


@pytest.fixture
def desk(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{path}"
    assert main(["--db", url, "demo-data"]) == 0
    assert (
        main(["--db", url, "alert", "send", "--network", "BIN Aaigem", "--text", "Test", "--yes"])
        == 0
    )
    return url, path


class _StallingStdout(io.StringIO):
    """stdout that stops the verb at its first line of output until released."""

    def __init__(self) -> None:
        super().__init__()
        self.reached = threading.Event()
        self.release = threading.Event()

    def write(self, text: str) -> int:
        if not self.reached.is_set():
            self.reached.set()
            assert self.release.wait(30)
        return super().write(text)


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_members_list_mid_output_leaves_the_write_lock_free(
    desk: tuple[str, Path], monkeypatch: pytest.MonkeyPatch, json_flag: list[str]
) -> None:
    url, path = desk
    stdout = _StallingStdout()
    monkeypatch.setattr(sys, "stdout", stdout)
    codes: list[int] = []
    verb = threading.Thread(
        target=lambda: codes.append(main(["--db", url, "members", "list", *json_flag]))
    )
    verb.start()
    try:
        assert stdout.reached.wait(30), "the listing printed nothing"
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # raises "database is locked" if the listing holds it
            other.execute("ROLLBACK")
        finally:
            other.close()
    finally:
        stdout.release.set()
        verb.join(30)
    assert codes == [0]
    assert "Vermeulen" in stdout.getvalue()


READ_ONLY_VERBS = [
    ["networks", "list"],
    ["networks", "list", "--json"],
    ["members", "list"],
    ["members", "list", "--json"],
    ["members", "show", "1"],
    ["outbox", "status"],
    ["outbox", "status", "--alert", "1", "--json"],
    ["inbox", "list"],
    ["audit", "list", "--json"],
    ["operators", "list"],
]


@pytest.mark.parametrize("argv", READ_ONLY_VERBS, ids=" ".join)
def test_read_only_verb_opens_no_write_transaction(
    desk: tuple[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    url, _ = desk
    writes: list[str] = []
    real_open = bindesk.db.engine.open_database

    def watched_open(db_url: str, upgrade: bool = True) -> Database:
        db = real_open(db_url, upgrade)
        event.listen(db.engine, "begin", lambda conn: writes.append("begin"))
        return db

    monkeypatch.setattr(bindesk.db.engine, "open_database", watched_open)
    assert main(["--db", url, *argv]) == 0, capsys.readouterr().err
    assert writes == [], f"{' '.join(argv)} opened a write transaction"
