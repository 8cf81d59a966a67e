"""A real PostgreSQL database for tests (scripts/start-postgres.sh provides it in CI)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from bindesk.db.engine import Database, open_database

PG_URL = os.environ.get("BINDESK_TEST_PG_URL", "")

needs_postgres = [
    pytest.mark.postgres,
    pytest.mark.xdist_group("postgres"),  # one database: run these on one worker
    pytest.mark.skipif(not PG_URL, reason="BINDESK_TEST_PG_URL not set (scripts/test.sh sets it)"),
]


def reset_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


PG_TESTS_LOCK = 0x62746573  # "btes": not a key the application itself uses


@contextmanager
def exclusive_server(url: str) -> Iterator[None]:
    """Hold a session-level advisory lock for the whole test: PostgreSQL tests share one
    database, and pytest-xdist's ``xdist_group`` alone does not keep them on one worker
    (both workers were seen resetting the schema at once), nor does it order separate runs."""
    engine = create_engine(url, poolclass=NullPool)
    conn = engine.connect()
    try:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_TESTS_LOCK})
        conn.commit()  # the lock is the session's; no transaction stays open
        yield
    finally:
        conn.close()  # ends the session, which releases the lock
        engine.dispose()


def fresh_pg_database() -> Iterator[Database]:
    with exclusive_server(PG_URL):
        reset_schema(PG_URL)
        database = open_database(PG_URL)
        yield database
        database.dispose()
