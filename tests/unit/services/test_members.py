from __future__ import annotations

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery, Member
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import gdpr, members, networks
from bindesk.services.operators import Actor


def _jan(**changes: str) -> members.MemberInput:
    base = dict(
        first_name="Jan",
        last_name="De Smet",
        street="Kerkstraat",
        house_number="12",
        postal_code="9340",
        municipality="Oordegem",
        mobile="0470 12 34 56",
        consent_method="formulier",
    )
    base.update(changes)
    return members.MemberInput(**base)


def test_add_member_normalises_mobile_and_records_audit(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede")
        member = members.add_member(s, admin, _jan(), [net], coordinator_of=net)
        member_id = member.id
    with db.session() as s:
        member = s.get(Member, member_id)
        assert member is not None
        assert member.mobile == "+32470123456"
        assert member.consent_at is not None
        assert member.memberships[0].is_coordinator
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "member"))
        assert event is not None and event.action == "create" and event.actor == "admin"
        assert event.after and event.after["mobile"] == "+32470123456"
        assert networks.coordinator_of(s, net.id) is not None


def test_same_mobile_twice_in_a_network_is_refused(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN Aaigem", municipality="Erpe-Mere")
        members.add_member(s, admin, _jan(), [net])
        with pytest.raises(InvalidInput, match="staat al in BIN Aaigem"):
            members.add_member(s, admin, _jan(first_name="Marie"), [net])


def test_every_problem_is_listed(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        _jan(last_name="", mobile="053 60 64 64", postal_code="93", email="x@").cleaned()
    message = info.value.message
    for part in ("naam ontbreekt", "vast nummer", "postcode", "e-mailadres"):
        assert part in message


def test_update_writes_before_and_after(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN X", municipality="Lede")
        member = members.add_member(s, admin, _jan(), [net])
        members.update_member(s, admin, member, _jan(street="Dorp"))
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert event.before and event.before["street"] == "Kerkstraat"
        assert event.after and event.after["street"] == "Dorp"


def test_balie_cannot_change_members(db: Database, admin: Actor, balie: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN X", municipality="Lede")
        member = members.add_member(s, admin, _jan(), [net])
        with pytest.raises(PermissionDenied, match="balie"):
            members.update_member(s, balie, member, _jan(street="Dorp"))
        with pytest.raises(PermissionDenied):
            members.add_member(s, balie, _jan(mobile="0471 00 00 01"), [net])
        with pytest.raises(PermissionDenied):
            gdpr.erase(s, balie, member)
        assert len(members.list_members(s, balie)) == 1  # reading is allowed


def test_erase_removes_person_keeps_anonymous_deliveries(db: Database, admin: Actor) -> None:
    from bindesk.db.models import Alert

    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN X", municipality="Lede")
        member = members.add_member(s, admin, _jan(), [net])
        alert = Alert(kind="urgent", text="test", created_by="admin")
        s.add(alert)
        s.flush()
        s.add(Delivery(alert_id=alert.id, member_id=member.id, mobile=member.mobile, state="sent"))
        s.flush()
        data = gdpr.personal_data(s, admin, member)
        assert data["messages_received"][0]["text"] == "test"
        gdpr.erase(s, admin, member)
    with db.session() as s:
        assert s.scalar(select(Member)) is None
        delivery = s.scalars(select(Delivery)).one()
        assert delivery.member_id is None and delivery.mobile == "gewist"
        assert delivery.state == "sent"
