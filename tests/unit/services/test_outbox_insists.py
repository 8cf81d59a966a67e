"""The dispatcher's state changes never give up on a locked database (issue 7, item 10)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bindesk.db import engine
from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery
from bindesk.services import alerts, outbox
from bindesk.services.operators import Actor
from tests import factories as f


@pytest.fixture
def impatient_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """SQLite gives up waiting for the lock after 0.1 s (normally 10 s): the test stays short."""
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 100)
    db = open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    yield db
    db.dispose()


def _hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_sent_is_recorded_after_a_long_lock(impatient_db: Database, admin: Actor) -> None:
    with impatient_db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 1)
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x"))
    queue = outbox.OutboxQueue(impatient_db)
    job = queue.claim("m")
    assert job is not None
    path = impatient_db.sqlite_path
    assert path is not None
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, 1.5, started))
    holder.start()
    started.wait()
    try:
        queue.sent(job, [42])  # waits 15 times the busy timeout, then lands
    finally:
        holder.join()
    with impatient_db.read_session() as s:
        delivery = s.scalars(select(Delivery)).one()
        assert (delivery.state, delivery.message_refs) == ("sent", [42])


def test_other_database_errors_are_not_retried(impatient_db: Database) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    def broken(s: object) -> None:
        s.execute(text("SELECT * FROM no_such_table"))  # type: ignore[attr-defined]

    with pytest.raises(OperationalError, match="no such table"):
        outbox.commit_insisting(impatient_db, broken, what="test")
