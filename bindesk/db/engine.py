"""Engine and session factory; SQLite pragmas; migrations at start with a backup first."""

from __future__ import annotations

import ast
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bindesk import fileperms
from bindesk.db import changes
from bindesk.domain.errors import BindeskError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000
BACKUPS_KEPT = 5


class DatabaseError(BindeskError):
    """The database cannot be opened or upgraded."""


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _private_sqlite_file(path: Path) -> None:
    """The database holds personal data: the file is the OS user's only (0600, its folder
    0700 when we create it). SQLite gives its -wal and -shm files the database file's mode."""
    if not path.parent.exists():
        fileperms.private_dir(path.parent)
    if not path.exists():
        fileperms.create_private(path)
    fileperms.make_private(path, *(path.with_name(path.name + s) for s in ("-wal", "-shm")))


def create_db_engine(url: str, *, immediate: bool = True) -> Engine:
    """An engine; on SQLite every transaction is ``BEGIN IMMEDIATE`` unless ``immediate`` is
    False (read-only sessions). In WAL mode a deferred transaction that reads and then writes
    fails at once with SQLITE_BUSY when another connection wrote in between (the busy timeout
    does not apply); taking the write lock at BEGIN makes writers queue up instead."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _private_sqlite_file(Path(parsed.database))
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            hide_parameters=True,  # mobiles and names never reach the log file in an error
        )
        begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

        def _connect(dbapi_conn: Any, record: Any) -> None:
            _sqlite_pragmas(dbapi_conn, record)
            if not immediate:  # a write in a read session fails loudly, never takes the lock
                dbapi_conn.execute("PRAGMA query_only=ON")
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves

        def _begin(conn: Any) -> None:
            conn.exec_driver_sql(begin)

        event.listen(engine, "connect", _connect)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def online_copy(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file with SQLite's online backup API (writers
    carry on meanwhile), readable by the owner only (0600: it holds personal data).

    Written under a temporary name and renamed, so a half-written copy never looks like a
    backup; an existing ``target`` is replaced only once the copy is complete."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        src = sqlite3.connect(source, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)  # all pages in one step: one consistent snapshot
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def alembic_config(url: str) -> Config:
    import sys

    from alembic.config import Config

    # alembic's default is the sys.stdout of the moment alembic was imported (a default
    # argument), which may be a stream closed since (a redirected CLI run in the same process)
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def quick_head_revision() -> str | None:
    """The single head of the migrations, read from the revision files' ``revision`` and
    ``down_revision`` assignments (``ast``, no alembic import); None when unsure, and then
    the caller asks alembic. tests/unit/db/test_quick_revision.py checks it against alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values: dict[str, Any] = {}
        try:
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target, value = node.targets[0], node.value
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    target, value = node.target, node.value
                else:
                    continue
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(value)
        except (SyntaxError, ValueError, OSError):
            return None
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, tuple | list):
            parents.update(str(d) for d in down)
        elif down is not None:
            return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


READ_ONLY = "bindesk.read_only"  # in Session.info of a read session: writes are refused


def is_read_only(session: Session) -> bool:
    """A session from ``Database.read_session``: it must not write (on SQLite it cannot)."""
    return bool(session.info.get(READ_ONLY))


class Database:
    """One database: engine, sessions, migrations.

    ``session_guard``, when set (per instance, or on the class for a whole test run), is
    called before every session opens and may refuse by raising: the desk uses it to refuse
    database work on its GUI thread.
    """

    session_guard: Callable[[], None] | None = None

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_db_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self.engine.dialect.name == "sqlite":
            self.read_engine = create_db_engine(url, immediate=False)
        else:
            self.read_engine = self.engine
        self._read_sessions = sessionmaker(
            self.read_engine, expire_on_commit=False, info={READ_ONLY: True}
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        database = make_url(self.url).database
        if self.is_sqlite and database and database != ":memory:":
            return Path(database)
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on an error."""
        if self.session_guard is not None:
            self.session_guard()
        with self._sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """For reading only (listings, reports): does not take SQLite's write lock."""
        if self.session_guard is not None:
            self.session_guard()
        with self._read_sessions() as session:
            try:
                if not self.is_sqlite:  # SQLite's read connections are query_only already
                    session.connection().exec_driver_sql("SET TRANSACTION READ ONLY")
                yield session
            finally:
                session.rollback()

    # --- migrations ---------------------------------------------------------------

    # Alembic is imported only when a migration may be needed: every CLI verb opens the
    # database, and importing alembic costs more than most verbs.

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.read_engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config(self.url)).get_current_head()

    def stored_revisions(self) -> set[str]:
        """What ``alembic_version`` holds (empty for a new database), read with plain SQL."""
        with self.read_engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return set()
            return set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())

    def needs_upgrade(self) -> bool:
        head = quick_head_revision()
        if head is not None and self.stored_revisions() == {head}:
            return False  # the common case, decided without alembic
        return self.current_revision() != self.head_revision()

    def upgrade(self, backup: bool = True) -> Path | None:
        """Bring the schema to the newest revision; back up an existing SQLite file first."""
        if not self.needs_upgrade():
            return None
        backup_path = None
        if backup and self.current_revision() is not None:
            backup_path = self.backup_sqlite(tag="voor-upgrade")
        try:
            from alembic import command

            with self.engine.begin() as conn:
                cfg = alembic_config(self.url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                # SQLite's batch mode drops a recreated table's triggers: put them back
                changes.install_triggers(conn)
        except Exception as exc:
            log.exception("database upgrade failed")
            hint = f" Een kopie van vóór de upgrade staat in {backup_path}." if backup_path else ""
            raise DatabaseError(
                f"De database kon niet worden bijgewerkt ({exc.__class__.__name__}).{hint} "
                "Neem contact op met de beheerder en start bindesk niet opnieuw op deze database."
            ) from exc
        return backup_path

    def backup_sqlite(self, tag: str = "backup") -> Path | None:
        """Online copy of the SQLite file next to it (sqlite3 backup API); keeps the newest
        few of this tag."""
        source = self.sqlite_path
        if source is None or not source.exists():
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = source.with_name(f"{source.stem}.{tag}-{stamp}{source.suffix}")
        online_copy(source, target)  # a copy of personal data: the OS user's only (0600)
        old = sorted(source.parent.glob(f"{source.stem}.{tag}-*{source.suffix}"))
        for stale in old[:-BACKUPS_KEPT]:
            stale.unlink(missing_ok=True)
        log.info("database backed up to %s", target)
        return target

    def dispose(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()


def open_database(url: str, upgrade: bool = True) -> Database:
    try:
        db = Database(url)
        if upgrade:
            db.upgrade()
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(
            f"De database '{make_url(url).render_as_string(hide_password=True)}' kon niet "
            f"worden geopend: {exc}. Controleer het pad of de verbinding en probeer opnieuw."
        ) from exc
    return db
