"""services.networks: names are unique whatever their case, history is never deleted, and the
counts the desk shows come from the members' real statuses."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from bindesk.domain.states import AuditAction, MemberStatus
from bindesk.services import members, networks
from bindesk.services.operators import Actor
from tests import factories as f


def test_streets_are_trimmed_and_deduplicated_whatever_their_case() -> None:
    assert networks.parse_streets(" Kerkstraat ;kerkstraat; Dorp  plein;;") == [
        "Kerkstraat",
        "Dorp plein",
    ]
    assert networks.parse_streets(["A", " a ", "B"]) == ["A", "B"]
    assert networks.parse_streets(None) == []


def test_a_network_is_found_by_id_or_name_with_or_without_bin(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="  BIN   Oordegem ", municipality=" Lede ")
        assert (net.name, net.municipality) == ("BIN Oordegem", "Lede")
        for key in (net.id, str(net.id), "bin oordegem", "Oordegem", "BIN OORDEGEM"):
            assert networks.get_network(s, key).id == net.id
        with pytest.raises(NotFound, match="Bestaande netwerken: BIN Oordegem"):
            networks.get_network(s, "Wichelen")


def test_names_are_unique_ignoring_case(db: Database, admin: Actor) -> None:
    with db.session() as s:
        networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede")
        other = networks.add_network(s, admin, name="BIN Smetlede", municipality="Lede")
        with pytest.raises(InvalidInput, match="bestaat al"):
            networks.add_network(s, admin, name="bin oordegem", municipality="Lede")
        with pytest.raises(InvalidInput, match="bestaat al"):
            networks.update_network(s, admin, other, name="BIN OORDEGEM")
        with pytest.raises(InvalidInput, match="naam"):
            networks.update_network(s, admin, other, name="   ")
        with pytest.raises(ValueError, match="unknown network field"):
            networks.update_network(s, admin, other, active=False)  # not through an update


def test_changes_are_audited_only_when_something_changed(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        networks.update_network(s, admin, net, streets="Dorp;Kerkstraat")
        networks.update_network(s, admin, net, streets=["Dorp", "Kerkstraat"])  # the same
        networks.set_network_active(s, admin, net, False)
        networks.set_network_active(s, admin, net, False)  # already: nothing happens
        networks.set_network_active(s, admin, net, True)
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert [e.action for e in events] == [
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DEACTIVATE,
        AuditAction.ACTIVATE,
    ]
    assert events[1].before["streets"] == [] and events[1].after["streets"] == [
        "Dorp",
        "Kerkstraat",
    ]


def test_only_network_managers_change_networks(db: Database, admin: Actor, balie: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        with pytest.raises(PermissionDenied):
            networks.add_network(s, balie, name="BIN B", municipality="Lede")
        with pytest.raises(PermissionDenied):
            networks.set_network_active(s, balie, net, False)


def test_the_coordinator_must_be_a_member(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        other = f.network(s, admin, "BIN B")
        inside = f.member(s, admin, [net], "+32470000001", last_name="Binnen")
        outside = f.member(s, admin, [other], "+32470000002", last_name="Buiten")
        with pytest.raises(InvalidInput, match="lid zijn van het netwerk"):
            networks.set_coordinator(s, admin, net, outside)
        networks.set_coordinator(s, admin, net, inside)
        assert networks.coordinator_of(s, net.id) is inside
        rows = {r.name: r for r in networks.list_networks(s)}
        assert rows["BIN A"].coordinator == inside.full_name and rows["BIN B"].coordinator == ""
        networks.set_coordinator(s, admin, net, None)
        assert networks.coordinator_of(s, net.id) is None


def test_counts_follow_the_member_statuses(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        active, paused, left = (
            f.member(s, admin, [net], f"+3247000000{i}", last_name=f"Lid{i}") for i in range(3)
        )
        members.set_status(s, admin, paused, MemberStatus.PAUSED)
        members.set_status(s, admin, left, MemberStatus.LEFT)
        active.opted_out_at = left.created_at
        hidden = f.network(s, admin, "BIN Oud")
        networks.set_network_active(s, admin, hidden, False)
        s.flush()
        detail = networks.network_detail(s, net.id)
        assert detail.members_by_status == {"active": 1, "paused": 1, "left": 1}
        assert detail.opted_out == 1
        assert [r.active_members for r in networks.list_networks(s) if r.name == "BIN A"] == [1]
        assert [r.name for r in networks.list_networks(s, include_inactive=False)] == ["BIN A"]
        # who can be picked as coordinator: not someone who left
        assert [name.split(" ")[0] for _, name in networks.network_member_choices(s, net.id)] == [
            "Lid0",
            "Lid1",
        ]
        with pytest.raises(NotFound):
            networks.network_detail(s, 9999)
