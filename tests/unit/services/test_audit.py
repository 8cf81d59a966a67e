from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.services import audit, gdpr, members, networks
from bindesk.services.operators import Actor


def _member(db: Database, admin: Actor) -> int:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede")
        member = members.add_member(
            s,
            admin,
            members.MemberInput(
                first_name="Jan",
                last_name="De Smet",
                street="Kerkstraat",
                mobile="0470 12 34 56",
                consent_method="formulier",
            ),
            [net],
        )
        return member.id


def test_audit_events_cannot_be_changed(db: Database, admin: Actor) -> None:
    _member(db, admin)
    with pytest.raises(audit.AuditIsAppendOnly), db.session() as s:
        event = s.scalars(select(AuditEvent)).first()
        assert event is not None
        event.actor = "iemand anders"
        s.flush()
    with db.session() as s:
        assert s.scalar(select(AuditEvent.actor).where(AuditEvent.actor == "iemand anders")) is None


def test_audit_events_cannot_be_deleted(db: Database, admin: Actor) -> None:
    _member(db, admin)
    with pytest.raises(audit.AuditIsAppendOnly), db.session() as s:
        event = s.scalars(select(AuditEvent)).first()
        s.delete(event)
        s.flush()


def test_erasure_redacts_the_person_but_keeps_who_did_what(db: Database, admin: Actor) -> None:
    member_id = _member(db, admin)
    with db.session() as s:
        gdpr.erase(s, admin, members.get_member(s, member_id))
    with db.session() as s:
        events = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == str(member_id), AuditEvent.entity == "member"
            )
        ).all()
        assert [e.action for e in events] == ["create", "erase"]
        created = events[0].after
        assert created is not None
        assert created["last_name"] == audit.REDACTED
        assert created["mobile"] == audit.REDACTED
        assert created["status"] == "active"  # not personal: kept
        text = " ".join(str(e.before) + str(e.after) + e.detail for e in events)
        assert "De Smet" not in text and "+32470123456" not in text


def test_read_and_export_need_the_permission_and_export_is_audited(
    db: Database, admin: Actor, balie: Actor, tmp_path: Path
) -> None:
    _member(db, admin)
    with db.session() as s:
        events = audit.read_events(s, admin, audit.AuditFilter(entity="member"))
        assert [e.action for e in events] == ["create"]
        assert audit.distinct_values(s, admin, "entity") == ["member", "network"]
        count = audit.export_events(s, admin, audit.AuditFilter(), tmp_path / "log.csv")
    assert count == 2
    with (tmp_path / "log.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == audit.EXPORT_HEADERS
    assert {r[2] for r in rows[1:]} == {"create"}
    with db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.action == "export" and last.entity == "audit"


def test_export_neutralises_formulas(db: Database, admin: Actor, tmp_path: Path) -> None:
    with db.session() as s:
        audit.record(s, '=HYPERLINK("x")', "login", "operator", None)
        audit.export_events(s, admin, None, tmp_path / "log.csv")
    text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
