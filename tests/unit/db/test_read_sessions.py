"""A read session cannot write: on SQLite it never takes the write lock (``query_only``), on
PostgreSQL its transaction is READ ONLY. Work that would write on first use (the shipped tip
library) leaves it to a write session instead of failing or writing into a rollback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from bindesk.db.engine import Database, is_read_only
from bindesk.db.models import Network, TipPreset
from bindesk.services import newsletter, tips
from tests.pg import fresh_pg_database, needs_postgres


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=needs_postgres)])
def any_db(request: pytest.FixtureRequest, db: Database) -> Iterator[Database]:
    if request.param == "sqlite":
        yield db
    else:
        yield from fresh_pg_database()


def test_a_write_in_a_read_session_fails_and_changes_nothing(any_db: Database) -> None:
    with pytest.raises(DBAPIError), any_db.read_session() as s:
        assert is_read_only(s)
        s.add(Network(name="BIN Stiekem", municipality="Lede"))
        s.flush()
    with any_db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Network)) == 0


def test_a_write_session_is_not_read_only(any_db: Database) -> None:
    with any_db.session() as s:
        assert not is_read_only(s)
        s.add(Network(name="BIN Oordegem", municipality="Lede"))
    with any_db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Network)) == 1


def test_reading_tips_before_the_library_is_in_leaves_it_to_a_write(any_db: Database) -> None:
    """The newsletter page and the tips page read in read sessions: on a fresh database they
    see no tips yet (the desk installs the library at start-up, the composer's load too)."""
    with any_db.read_session() as s:
        assert newsletter.newsletter_tips(s) == []
        assert tips.list_presets(s) == []
    with any_db.session() as s:
        assert tips.list_presets(s)  # first use in a write session installs it
    with any_db.read_session() as s:
        assert newsletter.newsletter_tips(s)
        assert s.scalar(select(func.count()).select_from(TipPreset)) == len(tips.shipped_presets())
