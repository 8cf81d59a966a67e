from __future__ import annotations

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Alert, AuditEvent, Delivery
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import alerts, tips
from bindesk.services.operators import Actor
from tests import factories as f


def test_recipients_are_active_consenting_not_opted_out_and_deduplicated(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        a = f.network(s, admin, "BIN A")
        b = f.network(s, admin, "BIN B")
        c = f.network(s, admin, "BIN C")
        f.member(s, admin, [a], "0470 00 00 01")
        f.member(s, admin, [a, b], "0470 00 00 02")  # in both: one SMS
        d = f.network(s, admin, "BIN D")
        f.member(s, admin, [d], "0470 00 00 02", last_name="Partner")  # same phone, other person
        f.member(s, admin, [a], "0470 00 00 03", consent=False)
        f.member(s, admin, [a], "0470 00 00 04", status="paused")
        f.member(s, admin, [a], "0470 00 00 05", status="left")
        f.member(s, admin, [a], "0470 00 00 06", opted_out=True)
        f.member(s, admin, [c], "0470 00 00 07")  # other network
        plan = alerts.draft(s, admin, networks=[a, b, d], text="Test")
        assert sorted(r.mobile for r in plan.recipients) == ["+32470000001", "+32470000002"]


def test_queue_writes_alert_and_deliveries_in_one_go_with_street_first(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "0470 00 00 01", street="Dorp")
        f.member(s, admin, [net], "0470 00 00 02", street="Kerkstraat")
        plan = alerts.draft(
            s, admin, networks=[net], text="Verdachte persoon", incident_street=" kerkstraat "
        )
        alert = alerts.queue(s, admin, plan)
        alert_id = alert.id
    with db.session() as s:
        rows = s.scalars(
            select(Delivery)
            .where(Delivery.alert_id == alert_id)
            .order_by(Delivery.priority, Delivery.id)
        ).all()
        assert [r.mobile for r in rows] == ["+32470000002", "+32470000001"]
        assert all(r.state == "queued" for r in rows)
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "send"))
        assert event is not None and event.after and event.after["recipients"] == 2


def test_tip_with_placeholders_and_encoding_choice(db: Database, admin: Actor) -> None:
    with db.session() as s:
        tips.install_shipped(s)
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "0470 00 00 01")
        plan = alerts.draft(
            s,
            admin,
            networks=[net],
            tip_key="verdachte-persoon",
            fields={"tijdstip": "21u", "omschrijving": "man met rugzak"},
            incident_street="Kerkstraat",
        )
        assert "Kerkstraat (21u): man met rugzak" in plan.text
        assert plan.analysis.encoding == "gsm7"
        with pytest.raises(InvalidInput, match="omschrijving"):
            alerts.draft(
                s,
                admin,
                networks=[net],
                tip_key="verdachte-persoon",
                fields={"tijdstip": "21u"},
                incident_street="Kerkstraat",
            )
        ucs = alerts.draft(s, admin, networks=[net], text="Dader gevat in de Kerkstraat, Noël")
        assert ucs.analysis.encoding == "ucs2" and ("ë", "e") in ucs.changes
        gsm = alerts.draft(s, admin, networks=[net], text="Noël – bedankt", transliterate=True)
        assert gsm.text == "Noel - bedankt" and gsm.analysis.encoding == "gsm7"


def test_feedback_goes_to_the_same_recipients_minus_opt_outs(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        first, second = f.numbered_members(s, admin, net, 2)
        original = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Alarm"))
        f.member(s, admin, [net], "0470 99 99 99")  # joined later: not in the follow-up
        second.status = "left"
        s.flush()
        plan = alerts.draft(s, admin, kind="feedback", text="Dader gevat", follow_up=original)
        assert [r.mobile for r in plan.recipients] == [first.mobile]
        follow = alerts.queue(s, admin, plan)
        assert s.get(Alert, follow.id).parent_id == original.id  # type: ignore[union-attr]
        with pytest.raises(InvalidInput, match="follow-up"):
            alerts.draft(s, admin, kind="feedback", text="x")


def test_refusals(db: Database, admin: Actor, beheer: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        with pytest.raises(InvalidInput, match="leeg"):
            alerts.draft(s, admin, networks=[net], text="   ")
        with pytest.raises(InvalidInput, match="Niemand"):
            alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x"))
        with pytest.raises(InvalidInput, match="te lang"):
            alerts.draft(s, admin, networks=[net], text="x" * 2000)
        with pytest.raises(PermissionDenied):
            alerts.draft(s, beheer, networks=[net], text="x")
