"""A plate in the text cannot be queued without a confirmed reason, and the reason is kept."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery
from bindesk.services import alerts
from bindesk.services.operators import Actor
from tests import factories as f

PLATE_TEXT = "BIN-melding: verdachte wagen 1-ABC-123 in de Kerkstraat. Bel 101."


def test_a_plate_needs_a_reason_that_lands_in_the_audit_log(
    db: Database, admin: Actor, balie: Actor
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "0470 00 00 01")
    with db.session() as s:
        plan = alerts.draft(s, balie, networks=[net], text=PLATE_TEXT)
        assert [w.found for w in plan.privacy_warnings] == ["1-ABC-123"]
        for reason in (None, "", "   "):
            with pytest.raises(alerts.PrivacyReasonNeeded, match=r"nummerplaat.*'1-ABC-123'"):
                alerts.queue(s, balie, plan, privacy_reason=reason)
        assert s.scalar(select(func.count()).select_from(Delivery)) == 0
    with db.session() as s:
        plan = alerts.draft(s, balie, networks=[net], text=PLATE_TEXT)
        alert_id = alerts.queue(
            s, balie, plan, privacy_reason="Gestolen wagen: parket vraagt uitkijken"
        ).id
    with db.session() as s:
        event = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "send", AuditEvent.entity_id == str(alert_id)
            )
        ).one()
        assert event.actor == "balie1"
        assert event.after is not None
        assert event.after["privacy_reason"] == "Gestolen wagen: parket vraagt uitkijken"
        assert event.after["privacy_warnings"][0]["kind"] == "plate"
        assert "Gestolen wagen" in event.detail


def test_a_clean_text_needs_no_reason(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "0470 00 00 01")
        plan = alerts.draft(s, admin, networks=[net], text="Inbraak in de Koning Albertstraat 12.")
        assert plan.privacy_warnings == ()
        alerts.queue(s, admin, plan)


def test_a_follow_up_takes_the_original_street(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "0470 00 00 01")
        parent = alerts.queue(
            s,
            admin,
            alerts.draft(
                s,
                admin,
                networks=[net],
                text="Inbraak in de Molenstraat.",
                incident_street="Molenstraat",
            ),
        )
        plan = alerts.draft(s, admin, kind="feedback", tip_key="dader-gevat", follow_up=parent)
        assert plan.incident_street == "Molenstraat"
        assert "in de Molenstraat is gevat" in plan.text
