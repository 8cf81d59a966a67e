"""One JSON shape of a member: the plain-row listing equals member_json of the ORM listing."""

from __future__ import annotations

import pytest

from bindesk.db.engine import Database
from bindesk.db.models import Membership
from bindesk.services import demo, members, networks
from bindesk.services.operators import Actor


@pytest.fixture
def filled(db: Database, admin: Actor) -> Database:
    with db.session() as s:
        demo.load_demo_data(s, admin)
    with db.session() as s:
        found = members.list_members(s, admin)
        members.opt_out_at_desk(s, admin, found[0])
        members.set_status(s, admin, found[1], "paused")
        joined = {ms.network_id for ms in found[2].memberships}
        other = next(n for n in networks.list_networks(s) if n.id not in joined)
        s.add(Membership(member_id=found[2].id, network_id=other.id, is_coordinator=False))
    return db


@pytest.mark.parametrize(
    ("network", "status"), [(None, None), ("BIN Aaigem", None), (None, "paused")]
)
def test_plain_row_listing_equals_member_json(
    filled: Database, admin: Actor, network: str | None, status: str | None
) -> None:
    with filled.read_session() as s:
        flt = members.MemberFilter(
            network=networks.get_network(s, network) if network else None, status=status
        )
        expected = [members.member_json(m) for m in members.list_members(s, admin, flt)]
        got = members.list_members_json(s, admin, flt)
    assert got == expected
    assert [list(d) for d in got] == [list(d) for d in expected]  # same key order
    assert got, "the filter found nobody: the comparison proves nothing"
    if network is None and status is None:
        assert any(d["coordinator_of"] for d in got)
        assert any(len(d["networks"]) > 1 for d in got)
        assert any(d["opted_out_at"] for d in got)


def test_plain_row_listing_checks_the_permission(filled: Database, balie: Actor) -> None:
    with filled.read_session() as s:
        assert members.list_members_json(s, balie)  # balie may read members
