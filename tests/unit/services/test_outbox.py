from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select, update

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Member
from bindesk.domain.errors import InvalidInput
from bindesk.services import alerts, inbox, outbox, outbox_actions, outbox_view
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText, StatusReport
from tests import factories as f


def _alert(
    db: Database,
    admin: Actor,
    count: int,
    kind: str = "urgent",
    start: int = 0,
    net_name: str = "BIN A",
) -> int:
    with db.session() as s:
        net = f.network(s, admin, net_name)
        f.numbered_members(s, admin, net, count, start=start)
        return alerts.queue(
            s, admin, alerts.draft(s, admin, networks=[net], text="x", kind=kind)
        ).id


def test_urgent_alert_is_claimed_before_an_older_prevention_broadcast(
    db: Database, admin: Actor
) -> None:
    prevention = _alert(db, admin, 3, kind="prevention")
    urgent = _alert(db, admin, 2, kind="urgent", start=10, net_name="BIN B")
    queue = outbox.OutboxQueue(db)
    claimed = [queue.claim("m1") for _ in range(5)]
    assert [j.alert_id for j in claimed if j] == [
        urgent,
        urgent,
        prevention,
        prevention,
        prevention,
    ]
    assert queue.claim("m1") is None


def test_claim_commits_sending_with_attempt_and_modem(db: Database, admin: Actor) -> None:
    _alert(db, admin, 1)
    job = outbox.OutboxQueue(db).claim("desk1:/dev/ttyUSB0")
    assert job is not None and job.attempt == 1 and not job.unicode
    with db.session() as s:
        row = s.get(Delivery, job.delivery_id)
        assert row is not None
        assert (row.state, row.modem, row.attempts) == ("sending", "desk1:/dev/ttyUSB0", 1)


def test_transient_errors_back_off_then_fail_at_the_limit(db: Database, admin: Actor) -> None:
    _alert(db, admin, 1)
    queue = outbox.OutboxQueue(db, outbox.RetryPolicy(max_attempts=2, base_seconds=60))
    job = queue.claim("m")
    assert job is not None
    assert queue.retry_later(job, "netwerk bezet") == "queued"
    assert queue.claim("m") is None  # waiting for its back-off: others may go first
    with db.session() as s:
        s.execute(update(Delivery).values(next_attempt_at=dt.datetime.now(dt.UTC)))
    job = queue.claim("m")
    assert job is not None and job.attempt == 2
    assert queue.retry_later(job, "netwerk bezet") == "failed"
    with db.session() as s:
        row = s.scalars(select(Delivery)).one()
        assert row.state == "failed" and "2 pogingen" in (row.error or "")


def test_requeue_does_not_count_the_attempt(db: Database, admin: Actor) -> None:
    _alert(db, admin, 1)
    queue = outbox.OutboxQueue(db)
    job = queue.claim("m")
    assert job is not None
    queue.requeue(job, "modem weg")
    again = queue.claim("other")
    assert again is not None and again.attempt == 1


def test_recover_marks_only_this_modems_sending_rows_uncertain(db: Database, admin: Actor) -> None:
    _alert(db, admin, 3)
    queue = outbox.OutboxQueue(db)
    mine, theirs = queue.claim("me"), queue.claim("them")
    assert mine and theirs
    assert queue.recover("me") == 1
    with db.session() as s:
        states = {d.id: d.state for d in s.scalars(select(Delivery))}
    assert states[mine.delivery_id] == "uncertain"
    assert states[theirs.delivery_id] == "sending"


def test_cancel_and_retry(db: Database, admin: Actor) -> None:
    alert_id = _alert(db, admin, 3)
    queue = outbox.OutboxQueue(db)
    job = queue.claim("m")
    assert job
    queue.failed(job, "nummer bestaat niet")
    with db.session() as s:
        assert outbox_actions.cancel(s, admin, alert_id) == 2
    with db.session() as s:
        assert outbox.counts(s, alert_id) == {"failed": 1, "cancelled": 2}
        with pytest.raises(InvalidInput):
            outbox_actions.cancel(s, admin, alert_id)
        assert outbox_actions.retry(s, admin, alert_id) == 1
    with db.session() as s:
        doc = outbox.status(s, alert_id)
        assert doc["alerts"][0]["counts"] == {"queued": 1, "cancelled": 2}
        assert {"mobile", "state", "attempts", "error"} <= doc["alerts"][0]["deliveries"][0].keys()


def _claim_concurrently(db: Database, threads: int) -> list[int]:
    queue = outbox.OutboxQueue(db)
    claimed: list[int] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        while (job := queue.claim(name)) is not None:
            with lock:
                claimed.append(job.delivery_id)

    workers = [threading.Thread(target=work, args=(f"m{i}",)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return claimed


def test_concurrent_claims_never_hand_out_a_row_twice(db: Database, admin: Actor) -> None:
    _alert(db, admin, 60)
    claimed = _claim_concurrently(db, 4)
    assert len(claimed) == 60 and len(set(claimed)) == 60


def test_stop_withdraws_consent_confirms_and_reports_mark_delivered(
    db: Database, admin: Actor
) -> None:
    _alert(db, admin, 2)
    queue = outbox.OutboxQueue(db)
    job = queue.claim("m")
    assert job
    queue.sent(job, [17])
    now = dt.datetime.now(dt.UTC)
    with db.session() as s:
        inbox.store(
            s,
            "m",
            [
                StatusReport(
                    number=job.mobile, reference=17, delivered=True, status="delivered", at=now
                ),
                InboundText(
                    number="0470 00 00 01".replace(" ", ""), text="Stop aub", received_at=now
                ),
                InboundText(number="+32499999999", text="wie is dit?", received_at=now),
                InboundText(number="+32470000000", text="Uitstekend, bedankt!", received_at=now),
            ],
        )
    with db.session() as s:
        assert s.get(Delivery, job.delivery_id).state == "delivered"  # type: ignore[union-attr]
        stopped = s.scalars(select(Member).where(Member.mobile == "+32470000001")).one()
        assert stopped.opted_out_at is not None
        kept = s.scalars(select(Member).where(Member.mobile == "+32470000000")).one()
        assert kept.opted_out_at is None  # "Uitstekend" is not "UIT"
        actions = [m.action for m in inbox.list_messages(s)]
        assert sorted(actions) == ["opt_out", "reply", "unknown"]
        confirmation = s.scalars(
            select(Delivery).where(Delivery.mobile == "+32470000001", Delivery.state == "queued")
        ).all()
        assert len(confirmation) == 1 and "uitgeschreven" in confirmation[0].alert.text


@pytest.mark.parametrize("text", ["STOP", "stop", " Uit ", "UIT a.u.b.", "stop!", "Stop."])
def test_stop_words(text: str) -> None:
    assert inbox.is_stop(text)


@pytest.mark.parametrize(
    "text", ["Uitstekend", "niet stoppen", "bedankt", "stoppen met deze berichten"]
)
def test_not_stop_words(text: str) -> None:
    assert not inbox.is_stop(text)


def test_multipart_is_delivered_only_when_every_part_is_reported(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 2)
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Noël " * 40))
    queue = outbox.OutboxQueue(db)
    whole, partial = queue.claim("m"), queue.claim("m")
    assert whole and partial
    queue.sent(whole, [5, 6, 7])
    queue.uncertain(partial, "deel 1 van 3 verzonden", [8])
    now = dt.datetime.now(dt.UTC)

    def report(mobile: str, ref: int) -> None:
        with db.session() as s:
            inbox.store(
                s,
                "m",
                [
                    StatusReport(
                        number=mobile, reference=ref, delivered=True, status="delivered", at=now
                    )
                ],
            )

    def state(job_id: int) -> str:
        with db.session() as s:
            return s.get(Delivery, job_id).state  # type: ignore[union-attr]

    report(whole.mobile, 5)
    report(whole.mobile, 7)
    assert state(whole.delivery_id) == "sent"  # part 2 not reported yet
    report(whole.mobile, 6)
    assert state(whole.delivery_id) == "delivered"
    report(partial.mobile, 8)
    assert state(partial.delivery_id) == "uncertain"  # only 1 of 3 parts ever went out


def _claim_sql(db: Database) -> str:
    import datetime as dt

    query = outbox.OutboxQueue.claim_query(dt.datetime.now(dt.UTC))
    return str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))


def test_the_claim_is_served_in_order_by_an_index_on_sqlite(db: Database) -> None:
    """Issue 9: with (state, priority, next_attempt_at) every claim sorted the queue (a temp
    b-tree for the ORDER BY): O(N) per claim, O(N²) per alert."""
    from sqlalchemy import text

    with db.read_session() as s:
        plan = " | ".join(
            str(row[-1]) for row in s.execute(text("EXPLAIN QUERY PLAN " + _claim_sql(db)))
        )
    assert "ix_deliveries_claim" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_the_change_window_is_read_through_its_index_on_sqlite(db: Database) -> None:
    """Issue 9: every Verzonden refresh looked for changed deliveries with a scan of every
    delivery ever sent (no index on updated_at)."""
    from sqlalchemy import text

    query = select(Delivery.id, Delivery.alert_id, Delivery.updated_at).where(
        Delivery.updated_at >= dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    )
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.read_session() as s:
        plan = " | ".join(str(row[-1]) for row in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_deliveries_updated_at" in plan, plan
    assert "SCAN deliveries" not in plan, plan


def test_outbox_changes_reads_again_only_the_rows_that_moved(db: Database, admin: Actor) -> None:
    """GIVEN a refresh that saw the watched alert's changed deliveries (its stamps),
    WHEN the next refresh passes those stamps as ``seen``,
    THEN only the deliveries changed since come back in full, and every one of them does."""
    alert_id = _alert(db, admin, 6)
    queue = outbox.OutboxQueue(db)
    epoch = dt.datetime.fromtimestamp(0, dt.UTC)
    jobs = [queue.claim("m1") for _ in range(3)]
    assert all(jobs)

    def changes(
        since: dt.datetime, seen: dict[int, dt.datetime] | None
    ) -> outbox_view.OutboxChanges:
        with db.read_session() as s:
            return outbox_view.outbox_changes(
                s, since, newest_alert_id=alert_id, watched_alert_id=alert_id, seen=seen
            )

    first = changes(epoch, None)
    assert len(first.deliveries) == 6  # all queued just now: all in the window
    assert set(first.stamps) == {d.id for d in first.deliveries}
    again = changes(first.mark or epoch, first.stamps)
    assert again.deliveries == []  # nothing moved: nothing read again
    assert again.stamps == first.stamps  # the window still holds them
    assert jobs[1] is not None
    queue.sent(jobs[1], [7])
    moved = changes(again.mark or epoch, again.stamps)
    assert [(d.id, d.state) for d in moved.deliveries] == [(jobs[1].delivery_id, "sent")]
    assert moved.alerts[0].counts == {"queued": 3, "sending": 2, "sent": 1}


def test_an_idle_queue_does_not_write(db: Database) -> None:
    """Issue 9: every claim on an empty queue was a BEGIN IMMEDIATE write transaction."""
    from sqlalchemy import event

    writes: list[object] = []
    event.listen(db.engine, "begin", writes.append)
    queue = outbox.OutboxQueue(db)
    for _ in range(20):
        assert queue.claim("pc:sim0") is None
        assert queue.pending() == 0
        queue.renew([])
    assert writes == []
