"""A real PostgreSQL database for tests (scripts/start-postgres.sh provides it in CI)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

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


def fresh_pg_database() -> Iterator[Database]:
    reset_schema(PG_URL)
    database = open_database(PG_URL)
    yield database
    database.dispose()
