"""The foundation on a real PostgreSQL server: migrations, members, import, audit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from bindesk.db.engine import Database, alembic_config
from bindesk.db.models import AuditEvent, Member
from bindesk.services import demo, member_files, members, networks
from bindesk.services.operators import Actor
from tests.pg import PG_URL, fresh_pg_database, needs_postgres

pytestmark = needs_postgres


@pytest.fixture
def pg() -> Iterator[Database]:
    yield from fresh_pg_database()


def test_migrations_run_and_match_models_on_postgres(pg: Database) -> None:
    assert pg.current_revision() == pg.head_revision()
    command.check(alembic_config(PG_URL))


def test_demo_data_and_listing_on_postgres(pg: Database, admin: Actor) -> None:
    with pg.session() as s:
        demo.load_demo_data(s, admin)
    with pg.session() as s:
        rows = networks.list_networks(s)
        assert {r.name for r in rows} == {"BIN Oordegem", "BIN Bambrugge", "BIN Aaigem"}
        assert all(r.active_members == 22 for r in rows)
        member = members.list_members(s, admin)[0]
        assert member.consent_at is not None and member.consent_at.tzinfo is not None


def test_plain_row_listing_equals_member_json_on_postgres(pg: Database, admin: Actor) -> None:
    """The one-query listing (memberships aggregated with string_agg) on PostgreSQL."""
    from bindesk.db.models import Membership

    with pg.session() as s:
        demo.load_demo_data(s, admin)
    with pg.session() as s:
        found = members.list_members(s, admin)
        members.opt_out_at_desk(s, admin, found[0])
        joined = {ms.network_id for ms in found[2].memberships}
        other = next(n for n in networks.list_networks(s) if n.id not in joined)
        s.add(Membership(member_id=found[2].id, network_id=other.id, is_coordinator=False))
    with pg.read_session() as s:
        for flt in (
            members.MemberFilter(),
            members.MemberFilter(network=networks.get_network(s, "BIN Aaigem")),
        ):
            expected = [members.member_json(m) for m in members.list_members(s, admin, flt)]
            got = members.list_members_json(s, admin, flt)
            assert got and got == expected
            assert [list(d) for d in got] == [list(d) for d in expected]
        assert any(d["coordinator_of"] for d in got)


def test_import_all_or_nothing_on_postgres(pg: Database, admin: Actor, data_dir: Path) -> None:
    with pg.session() as s:
        net = networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede")
        plan = member_files.plan_import(
            member_files.read_table(data_dir / "coordinator_oordegem_cp1252.csv")
        )
        result = member_files.apply_import(s, admin, net, plan)
        assert not result.written
    with pg.session() as s:
        assert s.scalar(select(Member)) is None
        net = networks.get_network(s, "Oordegem")
        member_files.apply_import(s, admin, net, plan, skip_invalid=True)
    with pg.session() as s:
        assert len(list(s.scalars(select(Member)))) == 3
        assert s.scalar(select(AuditEvent).where(AuditEvent.entity == "member")) is not None
