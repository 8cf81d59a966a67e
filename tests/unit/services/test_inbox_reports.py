"""Status reports resolving 'uncertain' deliveries (issue 7 item 5)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery
from bindesk.services import alerts, outbox, outbox_actions
from bindesk.services.operators import Actor
from bindesk.sms.modem import StatusReport
from tests import factories as f

LONG = (
    "BIN Oordegem: vanavond inbraak in de Kerkstraat. Daders vluchtten richting Smetledestraat. "
    "Iets gezien? Bel 101. Doe uw buitenverlichting aan. Dank, Noël en Chloë (wijkwerking)."
)


def _one_delivery(db: Database, admin: Actor, text: str) -> tuple[int, str]:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 1)
        alert = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text=text))
        delivery = s.scalars(select(Delivery).where(Delivery.alert_id == alert.id)).one()
        return delivery.id, delivery.mobile


def _report(mobile: str, reference: int, status: int = 0) -> StatusReport:
    return StatusReport(
        number=mobile,
        reference=reference,
        delivered=status < 0x20,
        status="delivered" if status < 0x20 else ("pending" if status < 0x40 else "failed"),
        at=dt.datetime.now(dt.UTC),
        status_code=status,
    )


def _claim_and_leave_uncertain(
    db: Database, parts: list[tuple[int, int]], modem: str = "pc:ttyUSB0"
) -> None:
    queue = outbox.OutboxQueue(db)
    job = queue.claim(modem)
    assert job is not None
    for part, reference in parts:
        queue.part_sent(job, part, reference)
    queue.uncertain(job, "Onzeker of verzonden: de modem antwoordde niet.", [])


def test_a_report_with_an_unknown_reference_resolves_an_uncertain_single_part(
    db: Database, admin: Actor
) -> None:
    """Failed before: only a known reference matched, and an unanswered send has none."""
    delivery_id, mobile = _one_delivery(db, admin, "Alarm")
    _claim_and_leave_uncertain(db, [])
    queue = outbox.OutboxQueue(db)
    queue.inbound("pc:ttyUSB0", [_report(mobile, 42, status=0x21)])  # pending: not yet
    with db.session() as s:
        assert s.get(Delivery, delivery_id).state == "uncertain"  # type: ignore[union-attr]
    queue.inbound("pc:ttyUSB1", [_report(mobile, 42)])  # the modem came back elsewhere
    with db.session() as s:
        d = s.get(Delivery, delivery_id)
        assert d is not None
        assert (d.state, d.message_refs, d.error) == ("delivered", [42], None)


def test_an_unanswered_part_that_was_reported_is_not_sent_again(db: Database, admin: Actor) -> None:
    delivery_id, mobile = _one_delivery(db, admin, LONG)
    _claim_and_leave_uncertain(db, [(1, 10)])  # part 1 answered, part 2 unanswered
    queue = outbox.OutboxQueue(db)
    queue.inbound("pc:ttyUSB0", [_report(mobile, 10), _report(mobile, 11)])
    with db.session() as s:
        d = s.get(Delivery, delivery_id)
        assert d is not None
        assert (d.state, d.parts_sent) == ("uncertain", [1, 2])  # part 3 never went
        report = outbox_actions.retry_deliveries(s, admin, delivery_ids=[delivery_id])
    assert report.changed == (delivery_id,)
    job = queue.claim("pc:ttyUSB0")
    assert job is not None
    assert (job.parts_sent, job.refs_before) == ((1, 2), (10, 11))
    first_ref = job.concat_ref
    queue.part_sent(job, 3, 12)
    queue.sent(job, [12])
    queue.inbound("pc:ttyUSB0", [_report(mobile, 12)])
    with db.session() as s:
        d = s.get(Delivery, delivery_id)
        assert d is not None
        assert (d.state, d.parts_sent, d.concat_ref) == ("delivered", [1, 2, 3], first_ref)


def test_a_report_for_another_delivery_never_resolves_the_uncertain_one(
    db: Database, admin: Actor
) -> None:
    delivery_id, mobile = _one_delivery(db, admin, "Alarm")
    _claim_and_leave_uncertain(db, [])
    with db.session() as s:
        d = s.get(Delivery, delivery_id)
        assert d is not None
        d.claimed_at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)  # outside the window
    outbox.OutboxQueue(db).inbound("pc:ttyUSB0", [_report(mobile, 42)])
    with db.session() as s:
        assert s.get(Delivery, delivery_id).state == "uncertain"  # type: ignore[union-attr]


def test_a_batch_of_reports_reads_its_deliveries_in_one_query(db: Database, admin: Actor) -> None:
    """GIVEN 40 sent SMS through one modem, WHEN their 40 status reports come in one read,
    THEN every delivery is delivered, and the deliveries were looked up once, not 40 times
    (one query per report held the interpreter lock from the desk's window)."""
    from sqlalchemy import event

    modem = "pc:ttyUSB0"
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 40)
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Alarm"))
    queue = outbox.OutboxQueue(db)
    mobiles = []
    for reference in range(40):
        job = queue.claim(modem)
        assert job is not None
        queue.sent(job, [reference])
        mobiles.append(job.mobile)
    selects: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "deliveries" in statement:
            selects.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        queue.inbound(modem, [_report(m, r) for r, m in enumerate(mobiles)])
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    with db.read_session() as s:
        states = {d.state for d in s.scalars(select(Delivery))}
    assert states == {"delivered"}
    assert len(selects) <= 2, selects  # the candidates, and at most the alert's segments
