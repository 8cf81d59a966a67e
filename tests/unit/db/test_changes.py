"""The change watcher names the tables another connection changed (SQLite and PostgreSQL)."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from bindesk.db.changes import ChangeWatcher
from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery
from bindesk.services import alerts
from bindesk.services.operators import Actor
from tests import factories as f
from tests.pg import fresh_pg_database, needs_postgres

WAIT = 10.0  # a generous ceiling; how fast it is is measured in bench/


def _watch(db: Database) -> Iterator[queue.Queue[frozenset[str]]]:
    seen: queue.Queue[frozenset[str]] = queue.Queue()
    watcher = ChangeWatcher(db.engine, seen.put, interval=0.1)
    assert watcher.start()
    assert watcher.ready.wait(WAIT)
    yield seen
    watcher.stop()
    assert not watcher.is_running


def _tables_until(seen: queue.Queue[frozenset[str]], wanted: str) -> set[str]:
    """Every table reported up to and including the report that names ``wanted``."""
    tables: set[str] = set()
    while wanted not in tables:
        tables |= seen.get(timeout=WAIT)
    return tables


def _scenario(other: Database, admin: Actor, seen: queue.Queue[frozenset[str]]) -> None:
    # GIVEN a network with members, written by another desk (its own engine)
    with other.session() as s:
        net = f.network(s, admin, "BIN Oordegem")
        f.numbered_members(s, admin, net, 3)
    tables = _tables_until(seen, "members")
    assert {"networks", "members", "memberships", "audit_events"} <= tables
    with other.session() as s:
        alert_id = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x")).id
    assert "deliveries" in _tables_until(seen, "deliveries")
    while not seen.empty():
        seen.get()
    # WHEN a statement changes no row (a dispatcher's idle claim), THEN nobody is told
    with other.session() as s:
        s.execute(update(Delivery).where(Delivery.id < 0).values(state="sent"))
    with pytest.raises(queue.Empty):
        seen.get(timeout=0.6)
    # WHEN only deliveries change (what a dispatcher does)
    with other.session() as s:
        s.execute(update(Delivery).where(Delivery.alert_id == alert_id).values(state="sent"))
    # THEN only deliveries are reported: the members page has no reason to reload
    assert seen.get(timeout=WAIT) == frozenset({"deliveries"})


def test_sqlite_watcher_reports_only_the_tables_another_desk_changed(
    db: Database, admin: Actor
) -> None:
    other = open_database(db.url)
    try:
        for seen in _watch(db):
            _scenario(other, admin, seen)
    finally:
        other.dispose()


def test_sqlite_watcher_stays_quiet_without_changes(db: Database) -> None:
    for seen in _watch(db):
        with pytest.raises(queue.Empty):
            seen.get(timeout=0.5)


def test_in_memory_database_has_nothing_to_watch() -> None:
    database = Database("sqlite://")
    assert not ChangeWatcher(database.engine, lambda _t: None).start()
    database.dispose()


def _on_postgres(test):  # type: ignore[no-untyped-def]
    for mark in needs_postgres:
        test = mark(test)
    return test


@pytest.fixture
def pg() -> Iterator[Database]:
    yield from fresh_pg_database()


@_on_postgres
def test_postgres_watcher_reports_only_the_tables_another_desk_changed(
    pg: Database, admin: Actor
) -> None:
    other = open_database(pg.url)
    try:
        for seen in _watch(pg):
            _scenario(other, admin, seen)
    finally:
        other.dispose()
