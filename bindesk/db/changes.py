"""Which tables changed, seen from another desk: per-table change markers and a watcher.

Every desk (and the CLI, and the dispatcher) writes through its own connection, so a desk
learns about another's change from the database itself:

* **SQLite**: triggers bump a per-table counter in ``table_versions`` on every insert,
  update and delete. A watcher polls ``PRAGMA data_version`` on a dedicated connection (it
  changes only when *another* connection committed, and costs no I/O), and only then reads
  the few counters to name the tables that changed.
* **PostgreSQL**: a row-level trigger calls ``pg_notify('bindesk_changes', table)``; the
  notification is delivered when the transaction commits (never for a rollback), once per
  table and transaction (PostgreSQL folds identical ones). Row-level, not statement-level: a
  dispatcher's idle claim is an UPDATE that changes no row, several times a second, and must
  not wake every desk. The watcher ``LISTEN``s on a dedicated connection.

Triggers are installed by migration 0008 and re-installed after every upgrade
(:func:`install_triggers`): SQLite's batch mode recreates a table to alter it, which drops
its triggers. A table added later is watched once it is listed in :data:`WATCHED_TABLES`.
"""

from __future__ import annotations

import functools
import logging
import select
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger(__name__)

CHANNEL = "bindesk_changes"
VERSIONS_TABLE = "table_versions"
WATCHED_TABLES = (
    "networks",
    "members",
    "memberships",
    "operators",
    "settings",
    "tip_presets",
    "alerts",
    "alert_networks",
    "deliveries",
    "inbound_messages",
    "surveys",
    "survey_questions",
    "survey_responses",
    "survey_answers",
    "survey_digests",
    "newsletters",
    "audit_events",
)
POLL_SECONDS = 0.5
RECONNECT_SECONDS = 5.0

ChangeListener = Callable[[frozenset[str]], None]


# --- triggers -------------------------------------------------------------------------------


def _sqlite_trigger(table: str, event: str) -> str:
    return (
        f"CREATE TRIGGER IF NOT EXISTS bindesk_changed_{table}_{event.lower()} "
        f"AFTER {event} ON {table} BEGIN "
        f"UPDATE {VERSIONS_TABLE} SET version = version + 1 WHERE name = '{table}'; END"
    )


PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION bindesk_notify_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""


def install_triggers(conn: Connection, tables: Iterable[str] = WATCHED_TABLES) -> list[str]:
    """Create the change triggers (idempotent) on the given tables that exist; returns them."""
    present = set(inspect(conn).get_table_names())
    if VERSIONS_TABLE not in present:
        return []
    tables = [t for t in tables if t in present]
    if conn.dialect.name == "sqlite":
        for table in tables:
            conn.execute(
                text(f"INSERT OR IGNORE INTO {VERSIONS_TABLE} (name, version) VALUES (:t, 0)"),
                {"t": table},
            )
            for event in ("INSERT", "UPDATE", "DELETE"):
                conn.execute(text(_sqlite_trigger(table, event)))
    elif conn.dialect.name == "postgresql":
        conn.execute(text(PG_FUNCTION))
        for table in tables:
            conn.execute(text(f"DROP TRIGGER IF EXISTS bindesk_changed ON {table}"))
            conn.execute(
                text(
                    f"CREATE TRIGGER bindesk_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION bindesk_notify_change()"
                )
            )
    return tables


def drop_triggers(conn: Connection, tables: Iterable[str] = WATCHED_TABLES) -> None:
    present = set(inspect(conn).get_table_names())
    for table in (t for t in tables if t in present):
        if conn.dialect.name == "sqlite":
            for event in ("insert", "update", "delete"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS bindesk_changed_{table}_{event}"))
        elif conn.dialect.name == "postgresql":
            conn.execute(text(f"DROP TRIGGER IF EXISTS bindesk_changed ON {table}"))
    if conn.dialect.name == "postgresql":
        conn.execute(text("DROP FUNCTION IF EXISTS bindesk_notify_change()"))


# --- the watcher ----------------------------------------------------------------------------


class ChangeWatcher:
    """Calls ``listener`` (in the watcher's own thread) with the names of the tables that
    another connection changed, at most once per poll interval. Qt-free."""

    def __init__(
        self, engine: Engine, listener: ChangeListener, interval: float = POLL_SECONDS
    ) -> None:
        self.engine = engine
        self.listener = listener
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # set once the watcher is connected and listening

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> bool:
        """Start watching; False when there is nothing to watch (an in-memory database)."""
        if self.is_running:
            return True
        if self.engine.dialect.name == "sqlite":
            database = make_url(self.engine.url).database
            if not database or database == ":memory:":
                return False
            target: Callable[[], None] = functools.partial(self._watch_sqlite, database)
        elif self.engine.dialect.name == "postgresql":
            target = self._watch_postgres
        else:
            return False
        self._stop.clear()
        self._thread = threading.Thread(target=target, name="bindesk-change-watcher", daemon=True)
        self._thread.start()
        return True

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _tell(self, tables: Iterable[str]) -> None:
        changed = frozenset(tables)
        if changed and not self._stop.is_set():
            try:
                self.listener(changed)
            except Exception:
                log.exception("change listener failed")

    # SQLite ------------------------------------------------------------------------------

    def _watch_sqlite(self, path: str) -> None:
        while not self._stop.is_set():
            try:
                conn = sqlite3.connect(path, timeout=10, isolation_level=None)
            except sqlite3.Error:
                log.exception("change watcher cannot open %s", path)
                self._stop.wait(RECONNECT_SECONDS)
                continue
            try:
                self._poll_sqlite(conn)
            except sqlite3.Error:
                log.exception("change watcher lost %s; reconnecting", path)
                self._stop.wait(RECONNECT_SECONDS)
            finally:
                conn.close()

    def _poll_sqlite(self, conn: sqlite3.Connection) -> None:
        def versions() -> dict[str, int]:
            try:
                rows = conn.execute(f"SELECT name, version FROM {VERSIONS_TABLE}").fetchall()
            except sqlite3.OperationalError:  # a database from before revision 0008
                return {}
            return {str(name): int(version) for name, version in rows}

        data_version = conn.execute("PRAGMA data_version").fetchone()[0]
        known = versions()
        self.ready.set()
        while not self._stop.wait(self.interval):
            now = conn.execute("PRAGMA data_version").fetchone()[0]
            if now == data_version:
                continue
            data_version = now
            current = versions()
            changed = [t for t, v in current.items() if known.get(t) != v]
            known = current
            self._tell(changed)

    # PostgreSQL --------------------------------------------------------------------------

    def _watch_postgres(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                conn = self._listen_connection()
            except Exception:
                log.exception("change watcher cannot connect to PostgreSQL")
                self._stop.wait(RECONNECT_SECONDS)
                continue
            if not first:  # notifications sent while we were away are lost: reload all
                self._tell(WATCHED_TABLES)
            first = False
            try:
                self._poll_postgres(conn)
            except Exception:
                log.exception("change watcher lost PostgreSQL; reconnecting")
                self._stop.wait(RECONNECT_SECONDS)
            finally:
                try:
                    conn.close()
                except Exception:
                    log.debug("closing the listen connection failed", exc_info=True)

    def _listen_connection(self) -> Any:
        proxied = self.engine.raw_connection()
        proxied.detach()  # ours alone, never returned to the pool
        conn: Any = proxied.dbapi_connection
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(f"LISTEN {CHANNEL}")
        return conn

    def _poll_postgres(self, conn: Any) -> None:
        """Notifications come per commit (a dispatcher commits per SMS): what arrives within
        one interval is told together."""
        self.ready.set()
        pending: set[str] = set()
        told = 0.0
        while not self._stop.is_set():
            wait = self.interval if not pending else told + self.interval - time.monotonic()
            readable, _, _ = select.select([conn], [], [], max(wait, 0.0))
            if readable:
                conn.poll()
                pending.update(n.payload for n in conn.notifies)
                conn.notifies.clear()
            if pending and time.monotonic() - told >= self.interval:
                self._tell(pending)
                pending = set()
                told = time.monotonic()
