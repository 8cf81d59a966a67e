"""The outbox on a real PostgreSQL server: SKIP LOCKED claims from several desks at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery
from bindesk.services import alerts, outbox
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories as f
from tests.pg import PG_URL, fresh_pg_database, needs_postgres

pytestmark = needs_postgres


@pytest.fixture
def pg() -> Iterator[Database]:
    yield from fresh_pg_database()


def test_many_desks_claiming_at_once_never_get_the_same_row(pg: Database, admin: Actor) -> None:
    with pg.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 120)
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x"))
    desks = [open_database(PG_URL) for _ in range(4)]  # separate engines, like separate PCs
    claimed: list[int] = []
    lock = threading.Lock()

    def desk(db: Database, name: str) -> None:
        queue = outbox.OutboxQueue(db)
        while (job := queue.claim(name)) is not None:
            with lock:
                claimed.append(job.delivery_id)

    threads = [threading.Thread(target=desk, args=(db, f"desk{i}")) for i, db in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for db in desks:
        db.dispose()
    assert len(claimed) == 120 and len(set(claimed)) == 120
    with pg.session() as s:
        modems = {d.modem for d in s.scalars(select(Delivery))}
    assert len(modems) > 1  # the work really was shared


def test_dispatcher_sends_through_the_emulator_on_postgres(pg: Database, admin: Actor) -> None:
    with pg.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 3)
        alert_id = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Test")).id
    with Emulator() as emulator:
        dispatcher = Dispatcher(
            outbox.OutboxQueue(pg),
            [ModemSpec.parse(emulator.device)],
            DispatcherSettings(poll_interval=0.05),
        )
        dispatcher.start()
        try:
            assert dispatcher.run_until_idle()
        finally:
            dispatcher.stop()
        assert len(emulator.sent()) == 3
    with pg.session() as s:
        assert set(outbox.counts(s, alert_id)) <= {"sent", "delivered"}


def test_the_claim_is_served_in_order_by_an_index_on_postgresql(pg: Database, admin: Actor) -> None:
    """Issue 9: PostgreSQL sorted the queue for every claim too."""
    import datetime as dt

    from sqlalchemy import text

    with pg.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 200)
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x"))
        s.execute(text("ANALYZE deliveries"))
    query = outbox.OutboxQueue.claim_query(dt.datetime.now(dt.UTC))
    sql = str(query.compile(pg.engine, compile_kwargs={"literal_binds": True}))
    with pg.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: make it choose
        plan = "\n".join(str(r[0]) for r in s.execute(text("EXPLAIN " + sql)))
    assert "ix_deliveries_claim" in plan, plan
    assert "Sort" not in plan, plan


def test_the_change_window_is_read_through_its_index_on_postgresql(pg: Database) -> None:
    """Issue 9: the Verzonden refresh's look for changed deliveries scanned the table."""
    import datetime as dt

    from sqlalchemy import text

    query = select(Delivery.id, Delivery.alert_id, Delivery.updated_at).where(
        Delivery.updated_at >= dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    )
    sql = str(query.compile(pg.engine, compile_kwargs={"literal_binds": True}))
    with pg.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))  # an empty table: make it choose
        plan = "\n".join(str(r[0]) for r in s.execute(text("EXPLAIN " + sql)))
    assert "ix_deliveries_updated_at" in plan, plan


def test_the_email_claim_is_served_by_the_same_index_and_skips_sms(
    pg: Database, admin: Actor
) -> None:
    """Issue 13: the e-mail worker claims channel 'email' rows in order, from the index;
    modems never take them (and it never takes an SMS)."""
    import datetime as dt

    from sqlalchemy import text

    from bindesk.services import mail_outbox, members

    with pg.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 100)
        members.add_member(
            s,
            admin,
            members.MemberInput(last_name="Mail", email="mail@example.be", consent_method="f"),
            [net],
        )
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x"))
        s.execute(text("ANALYZE deliveries"))
    query = outbox.OutboxQueue.claim_query(dt.datetime.now(dt.UTC), "email")
    sql = str(query.compile(pg.engine, compile_kwargs={"literal_binds": True}))
    with pg.session() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(str(r[0]) for r in s.execute(text("EXPLAIN " + sql)))
    assert "ix_deliveries_claim" in plan, plan
    assert "Sort" not in plan, plan
    queue = mail_outbox.MailQueue(pg)
    job = queue.claim_mail("pc:mail:1")
    assert job is not None and job.address == "mail@example.be"
    assert queue.claim_mail("pc:mail:1") is None  # the 100 others are SMS
