"""The same refusal on PostgreSQL as on SQLite (issue 7, item 8)."""

from __future__ import annotations

import pytest

from tests.pg import PG_URL, exclusive_server, needs_postgres, reset_schema
from tests.unit.services.test_input_at_the_door import refusal_for_long_house_number

pytestmark = needs_postgres


def test_long_house_number_same_refusal_on_postgres_and_sqlite(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with exclusive_server(PG_URL):  # one PostgreSQL test at a time on the shared server
        reset_schema(PG_URL)
        on_postgres = refusal_for_long_house_number(PG_URL, capsys)
    on_sqlite = refusal_for_long_house_number(db_url, capsys)
    assert on_postgres == on_sqlite
    assert "huisnummer is te lang" in on_postgres
