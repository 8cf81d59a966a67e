"""Meldingen: per network per month and the logbook an evaluation asks for, exported."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Alert, AuditEvent, Delivery
from bindesk.domain.errors import PermissionDenied
from bindesk.services import alerts, history
from bindesk.services.operators import Actor, Role
from tests import factories as f


def _world(db: Database, admin: Actor) -> tuple[int, int]:
    with db.session() as s:
        a = f.network(s, admin, "BIN A")
        b = f.network(s, admin, "BIN B")
        f.numbered_members(s, admin, a, 4)
        f.numbered_members(s, admin, b, 2, start=10)
        done = alerts.queue(s, admin, alerts.draft(s, admin, networks=[a, b], text="Eerste"))
        done.created_at = dt.datetime(2026, 10, 5, 20, 0, tzinfo=dt.UTC)
        busy = alerts.queue(
            s, admin, alerts.draft(s, admin, networks=[a], text="Tip", kind="prevention")
        )
        s.flush()
        rows = s.scalars(select(Delivery).where(Delivery.alert_id == done.id)).all()
        for i, d in enumerate(rows):
            d.state = ("delivered", "delivered", "delivered", "sent", "failed", "delivered")[i]
            d.sent_at = dt.datetime(2026, 10, 5, 20, 0, 30 + i, tzinfo=dt.UTC)
        return done.id, busy.id


def test_the_logbook_says_who_what_when_how_many_and_how_long(db: Database, admin: Actor) -> None:
    done, busy = _world(db, admin)
    with db.read_session() as s:
        records = history.logbook(s, admin)
    assert [r.alert_id for r in records] == [busy, done]
    first = records[1]
    assert (first.created_by, first.kind, first.networks) == ("admin", "urgent", ("BIN A", "BIN B"))
    assert (first.recipients, first.sent, first.delivered, first.failed) == (6, 5, 4, 1)
    assert first.delivery_rate == pytest.approx(4 / 6)
    assert first.everyone_after == 35.0
    assert records[0].pending == 4 and records[0].everyone_after is None


def test_filter_by_kind_and_period_and_count_per_network_per_month(
    db: Database, admin: Actor
) -> None:
    done, _busy = _world(db, admin)
    with db.read_session() as s:
        assert [r.alert_id for r in history.logbook(s, admin, kind="urgent")] == [done]
        october = history.logbook(s, admin, since=dt.date(2026, 10, 1), until=dt.date(2026, 10, 31))
        assert [r.alert_id for r in october] == [done]
        months = history.per_network_month(history.logbook(s, admin))
    this_month = dt.datetime.now(dt.UTC).astimezone().strftime("%Y-%m")
    assert history.MonthCount("BIN A", "2026-10", 1, 6) in months
    assert history.MonthCount("BIN B", "2026-10", 1, 6) in months
    assert history.MonthCount("BIN A", this_month, 1, 4) in months


def test_export_csv_and_xlsx_audited(db: Database, admin: Actor, tmp_path: Path) -> None:
    _world(db, admin)
    with db.session() as s:
        records = history.logbook(s, admin)
        assert history.export(s, admin, records, tmp_path / "meldingen.csv") == 2
        history.export(s, admin, records, tmp_path / "meldingen.xlsx")
    with (tmp_path / "meldingen.csv").open(encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == history.EXPORT_HEADERS
    assert table[2][3] == "dringend" and table[2][11] == "66.7" and table[2][12] == "0.6"
    sheet = load_workbook(tmp_path / "meldingen.xlsx").active
    assert sheet is not None and sheet.cell(1, 1).value == "Bericht"
    assert (tmp_path / "meldingen.csv").stat().st_mode & 0o077 == 0
    with db.read_session() as s:
        exports = s.scalars(select(AuditEvent).where(AuditEvent.entity == "alerts")).all()
        assert [e.action for e in exports] == ["export", "export"]


def test_service_messages_stay_out_and_communicatie_may_not_look(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        alerts.queue_service_message(s, "+32470000001", None, "U bent uitgeschreven")
        assert s.scalar(select(Alert.kind)) == "service"
        assert history.logbook(s, admin) == []
        with pytest.raises(PermissionDenied):
            history.logbook(s, Actor("c", "C", Role.COMMUNICATIE))
