"""Issue 7's modem faults end to end: services → outbox → dispatcher → python-gammu's real AT
driver → the AT emulator on a pty, with the fault injected in the emulator. Nothing mocks gammu.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import select, update

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Setting
from bindesk.domain.states import ModemState
from bindesk.services import alerts, outbox, outbox_actions
from bindesk.services import settings as desk_settings
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings, Job, ModemStatus
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import Modem, ModemError, ModemErrorKind, ModemSpec
from tests import factories as f

pytestmark = pytest.mark.posix_only

FAST = DispatcherSettings(
    poll_interval=0.05,
    inbound_interval_idle=0.3,
    inbound_interval_busy=5.0,
    reopen_min=0.2,
    reopen_max=1.0,
    register_wait=1.0,
)
THREE_PARTS = (
    "BIN Oordegem: vanavond inbraak in de Kerkstraat. Daders vluchtten richting Smetledestraat. "
    "Iets gezien? Bel 101. Doe uw buitenverlichting aan. Dank, Noël en Chloë (wijkwerking)."
)
QUICK = outbox.RetryPolicy(max_attempts=5, base_seconds=0.05, max_seconds=0.5)


def _alert(db: Database, admin: Actor, count: int, text: str = "Alarm") -> int:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, count)
        return alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text=text)).id


def _states(db: Database, alert_id: int) -> dict[int, str]:
    with db.session() as s:
        rows = s.execute(select(Delivery.id, Delivery.state).where(Delivery.alert_id == alert_id))
        return {i: state for i, state in rows}


def _finished(db: Database, alert_id: int) -> bool:
    return all(v in ("sent", "delivered") for v in _states(db, alert_id).values())


def _until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _accepted_once(emulators: list[Emulator]) -> None:
    """No part of any message was accepted twice."""
    parts = collections.Counter(
        (p.number, p.ref, p.seq, p.text)
        for e in emulators
        for p in e.submitted_parts()
        if p.accepted
    )
    assert parts and set(parts.values()) == {1}, [k for k, v in parts.items() if v > 1]


# --- 1. a multipart message survives a transient refusal of one part ----------------------


def test_multipart_survives_refused_parts_and_is_joined_exactly_once(
    db: Database, admin: Actor
) -> None:
    """Failed before: 6 of 12 rows ended 'uncertain' for good (a later part was refused after
    an earlier one went out)."""
    alert_id = _alert(db, admin, 12, THREE_PARTS)
    with Emulator() as emulator:
        emulator.fail_every(5, cms=500)
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db, QUICK), [ModemSpec.parse(emulator.device)], FAST
        )
        dispatcher.start()
        try:
            _until(lambda: _finished(db, alert_id), 120, "the alert did not finish")
        finally:
            dispatcher.stop()
        assert any(not p.accepted for p in emulator.submitted_parts())  # the fault happened
        sent = emulator.sent()
        assert len(sent) == 12 and {s.parts for s in sent} == {3}
        assert {s.text for s in sent} == {THREE_PARTS}
        assert len({s.number for s in sent}) == 12
        _accepted_once([emulator])
        # every phone got its parts under one reference: it joins them into one message
        refs = collections.defaultdict(set)
        for part in emulator.submitted_parts():
            refs[part.number].add(part.ref)
        assert {len(r) for r in refs.values()} == {1}
    with db.session() as s:
        rows = list(s.scalars(select(Delivery).where(Delivery.alert_id == alert_id)))
        assert {tuple(d.parts_sent) for d in rows} == {(1, 2, 3)}
        assert all(d.concat_ref is not None and len(d.message_refs) == 3 for d in rows)


class _Died(BaseException):
    """The process dies (kill -9, power cut) right after a part was recorded."""


class _DiesAfterFirstPart(outbox.OutboxQueue):
    def part_sent(self, job: Job, part: int, reference: int) -> None:
        super().part_sent(job, part, reference)
        raise _Died


def test_restart_between_parts_sends_only_the_missing_parts(
    db: Database, admin: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    """Failed before: the parts out were not recorded; a resend sent all three again under a
    new reference (the phone showed part 1 twice and never joined them)."""
    alert_id = _alert(db, admin, 1, THREE_PARTS)
    (delivery_id,) = _states(db, alert_id)
    with Emulator() as emulator:
        spec = ModemSpec.parse(emulator.device)
        first = Dispatcher(_DiesAfterFirstPart(db, QUICK), [spec], FAST)
        excepthook = threading.excepthook
        threading.excepthook = lambda args: None  # the "dying" modem thread
        try:
            first.start()
            _until(lambda: len(emulator.submitted_parts()) >= 1, 30, "nothing was sent")
            time.sleep(0.5)
            first.stop(timeout=10)
        finally:
            threading.excepthook = excepthook
        with db.session() as s:
            row = s.get(Delivery, delivery_id)
            assert row is not None
            assert (row.state, row.parts_sent) == ("sending", [1])
        # the restarted dispatcher finds the claim of its dead predecessor on this modem
        second = Dispatcher(outbox.OutboxQueue(db, QUICK), [spec], FAST)
        second.start()
        try:
            _until(lambda: _states(db, alert_id)[delivery_id] == "uncertain", 30, "not recovered")
            emulator.deliver_reports(False)  # no report resolves it: the operator decides
            with db.session() as s:
                report = outbox_actions.retry_deliveries(s, admin, delivery_ids=[delivery_id, 999])
            assert report.changed == (delivery_id,)
            assert report.untouched == ((999, "bestaat niet"),)
            second.wake()
            _until(lambda: _finished(db, alert_id), 30, "the missing parts were not sent")
        finally:
            second.stop()
        parts = [(p.seq, p.ref) for p in emulator.submitted_parts() if p.accepted]
        assert [seq for seq, _ in parts] == [1, 2, 3]
        assert len({ref for _, ref in parts}) == 1
        (sms,) = emulator.sent()
        assert sms.text == THREE_PARTS


# --- 3. a modem without network is a modem problem ----------------------------------------


def test_two_modems_one_never_registered_reach_all_twelve_once(db: Database, admin: Actor) -> None:
    """Failed before: the unregistered modem burnt rows into 'mislukt' ("controleer het
    nummer") and 4 of 12 residents got nothing."""
    alert_id = _alert(db, admin, 12)
    events: list[ModemStatus] = []
    with Emulator(registered=False) as broken, Emulator(delay=0.1) as healthy:
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db, QUICK),
            [ModemSpec.parse(broken.device), ModemSpec.parse(healthy.device)],
            FAST,
        )
        dispatcher.add_listener(lambda e: events.append(e) if isinstance(e, ModemStatus) else None)
        dispatcher.start()
        try:
            assert dispatcher.run_until_idle(give_up=lambda: False)
            seen = list(events)  # stopping may abort a reopen in progress: not counted
        finally:
            dispatcher.stop()
        assert broken.submitted_parts() == []
        numbers = collections.Counter(s.number for s in healthy.sent())
        assert len(numbers) == 12 and set(numbers.values()) == {1}
    assert set(_states(db, alert_id).values()) <= {"sent", "delivered"}
    down = [e for e in seen if e.label == broken.device and e.state == "down"]
    assert down and all("geen netwerk" in e.message for e in down)


def test_modem_losing_registration_gives_its_rows_to_the_other_without_an_attempt(
    db: Database, admin: Actor
) -> None:
    alert_id = _alert(db, admin, 12)
    events: list[ModemStatus] = []
    with Emulator(delay=0.1) as losing, Emulator(delay=0.3) as healthy:
        losing.lose_registration_after(2)
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db, QUICK),
            [ModemSpec.parse(losing.device), ModemSpec.parse(healthy.device)],
            FAST,
        )
        dispatcher.add_listener(lambda e: events.append(e) if isinstance(e, ModemStatus) else None)
        dispatcher.start()
        try:
            _until(lambda: _finished(db, alert_id), 60, "the alert did not finish")
        finally:
            dispatcher.stop()
        assert [p.cms_error for p in losing.submitted_parts() if not p.accepted] == [331]
        numbers = collections.Counter(s.number for s in losing.sent() + healthy.sent())
        assert len(numbers) == 12 and set(numbers.values()) == {1}
    with db.session() as s:
        assert set(s.scalars(select(Delivery.attempts).where(Delivery.alert_id == alert_id))) == {1}
    assert any(e.state == "down" and "geen netwerk" in e.message for e in events)


# --- 4. a hung modem comes back --------------------------------------------------------


@pytest.mark.slow
def test_one_modem_hanging_for_40_s_sends_the_whole_alert_within_2_minutes_once(
    db: Database, admin: Actor
) -> None:
    """Failed before: the failed reopen dropped the StateMachine without aborting it; its
    destructor blocked the modem thread ~215 s, so nothing more went out in time."""
    alert_id = _alert(db, admin, 12)
    settings = DispatcherSettings(poll_interval=0.05, inbound_interval_idle=0.3)
    with Emulator(delay=0.1) as emulator:
        emulator.hang_after(3, seconds=40)
        start = time.monotonic()
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db), [ModemSpec.parse(emulator.device)], settings
        )
        dispatcher.start()
        try:
            _until(lambda: _finished(db, alert_id), 120, "not all sent within 2 minutes")
            elapsed = time.monotonic() - start
        finally:
            stop_at = time.monotonic()
            dispatcher.stop(timeout=30)
            assert time.monotonic() - stop_at < 15  # never minutes on a stuck thread
        numbers = collections.Counter(s.number for s in emulator.sent())
        assert len(numbers) == 12 and set(numbers.values()) == {1}
        assert elapsed < 120


@pytest.mark.slow
def test_sending_resumes_within_30_s_of_a_long_hung_modem_answering_again(
    db: Database, admin: Actor
) -> None:
    """The issue's case: the modem answers again at +71 s, after a reopen failed on it while
    still hung. Failed before: that StateMachine was dropped without an abort and its
    destructor blocked the modem thread for minutes."""
    alert_id = _alert(db, admin, 6)
    settings = DispatcherSettings(poll_interval=0.05, inbound_interval_idle=0.3)
    with Emulator(delay=0.1) as emulator:
        emulator.hang_after(2, seconds=70)
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db), [ModemSpec.parse(emulator.device)], settings
        )
        dispatcher.start()
        try:
            _until(lambda: len(emulator.sent()) >= 2, 30, "the first sends did not go")
            answers_again = emulator.sent()[-1].completed_at + 70
            _until(
                lambda: len(emulator.sent()) >= 3,
                answers_again - time.monotonic() + 30,
                "sending did not resume within 30 s of the modem answering again",
            )
            _until(lambda: _finished(db, alert_id), 30, "the alert did not finish")
        finally:
            dispatcher.stop(timeout=30)
        numbers = collections.Counter(s.number for s in emulator.sent())
        assert len(numbers) == 6 and set(numbers.values()) == {1}


def test_stopping_never_waits_on_a_modem_that_hangs_while_opening(db: Database) -> None:
    """``--until-idle`` and the desk stop the dispatcher: a modem thread stuck opening a hung
    modem is aborted at once. Failed before: stop() waited for Gammu's own time-out."""
    with Emulator() as emulator:
        emulator.hang()
        dispatcher = Dispatcher(outbox.OutboxQueue(db), [ModemSpec.parse(emulator.device)], FAST)
        reported: list[str] = []  # the modem states the dispatcher announced
        dispatcher.add_listener(
            lambda e: reported.append(e.state) if isinstance(e, ModemStatus) else None
        )
        dispatcher.start()
        deadline = time.monotonic() + 90  # a loaded 2-core CI box can be slow
        # Gammu may write a command byte by byte (seen: b"\x1b", b"\r", b"A", b"T", b"\r"):
        # look for "AT" in everything received, not in one chunk (that missed it, the defect)
        while b"AT" not in b"".join(d for _, way, d in emulator.trace() if way == "rx").upper():
            if time.monotonic() > deadline:
                import sys
                import traceback

                stacks = "\n".join(
                    f"--- {t.name}\n"
                    + "".join(traceback.format_stack(sys._current_frames()[t.ident]))
                    for t in threading.enumerate()
                    if t.ident in sys._current_frames()
                )
                pytest.fail(
                    f"the modem was never opened; states {reported}, "
                    f"trace {emulator.trace()[:5]}\n{stacks}"
                )
            time.sleep(0.05)
        time.sleep(1.0)
        start = time.monotonic()
        dispatcher.stop(timeout=60)
        assert time.monotonic() - start < 5


# --- 2. no claim lives for ever ----------------------------------------------------------


def test_claim_of_a_dispatcher_that_died_elsewhere_expires_and_until_idle_waits_for_it(
    db: Database, admin: Actor
) -> None:
    """Failed before: the row stayed 'sending' for ever (recovery only matched this
    hostname:device) and run_until_idle called the queue idle at once."""
    alert_id = _alert(db, admin, 3)
    lease = dt.timedelta(seconds=3)
    claimed_elsewhere = min(_states(db, alert_id))
    expires = dt.datetime.now(dt.UTC) + lease
    with db.session() as s:
        s.execute(
            update(Delivery)
            .where(Delivery.id == claimed_elsewhere)
            .values(
                state="sending",
                modem="spare-pc:/dev/serial/by-id/usb-modem",
                attempts=1,
                claimed_at=dt.datetime.now(dt.UTC),
                lease_expires_at=expires,
            )
        )
    with Emulator() as emulator:
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db, QUICK, lease=lease),
            [ModemSpec.parse(emulator.device)],
            FAST,
        )
        dispatcher.start()
        try:
            assert dispatcher.run_until_idle(give_up=lambda: False)
            idle_at = dt.datetime.now(dt.UTC)
        finally:
            dispatcher.stop()
        assert len(emulator.sent()) == 2  # the claimed row is never sent by us
    assert idle_at >= expires  # not idle while a live claim could still be sending
    final = _states(db, alert_id)
    assert final.pop(claimed_elsewhere) == "uncertain"
    assert set(final.values()) <= {"sent", "delivered"}


def test_the_dispatcher_renews_the_lease_of_a_row_it_holds(db: Database, admin: Actor) -> None:
    alert_id = _alert(db, admin, 1)
    settings = DispatcherSettings(
        poll_interval=0.05, inbound_interval_idle=0.3, renew_every=0.5, expire_every=0.5
    )
    with Emulator(delay=4.0) as slow:  # one part takes 4 s, the lease is 2 s
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db, lease=dt.timedelta(seconds=2)),
            [ModemSpec.parse(slow.device)],
            settings,
        )
        dispatcher.start()
        try:
            _until(lambda: _finished(db, alert_id), 40, "the slow send was not recorded")
        finally:
            dispatcher.stop()
        assert len(slow.sent()) == 1


# --- 5. uncertain is resolved by status reports -----------------------------------------


def test_status_reports_resolve_rows_left_uncertain_by_interrupted_sends(
    db: Database, admin: Actor
) -> None:
    """The watchdog frees the modem thread while a slow modem has the PDU (like a kill -9):
    the row is 'uncertain'. Failed before: the report's reference was unknown (the +CMGS
    answer never came), so the row stayed 'onzeker' although it reached the phone."""
    alert_id = _alert(db, admin, 2)
    settings = DispatcherSettings(
        poll_interval=0.05,
        inbound_interval_idle=0.3,
        reopen_min=0.2,
        reopen_max=1.0,
        watchdog_after=0.5,
        abort_after=1.0,
    )
    with Emulator(delay=2.5) as slow:
        dispatcher = Dispatcher(outbox.OutboxQueue(db), [ModemSpec.parse(slow.device)], settings)
        dispatcher.start()
        try:
            _until(
                lambda: list(_states(db, alert_id).values()).count("uncertain") >= 1,
                60,
                "no send was interrupted",
            )
            slow.set_delay(0)
            _until(lambda: _finished(db, alert_id), 60, "the status reports did not resolve it")
        finally:
            dispatcher.stop()
        assert len({s.number for s in slow.sent()}) == len(slow.sent()) == 2
    with db.session() as s:
        rows = list(s.scalars(select(Delivery).where(Delivery.alert_id == alert_id)))
        assert {d.state for d in rows} == {"delivered"}


# --- 9. a wrong PIN is entered once ------------------------------------------------------


def _pin_entries(emulator: Emulator) -> int:
    return sum(data.count(b"AT+CPIN=") for _, way, data in emulator.trace() if way == "rx")


def test_a_refused_pin_is_entered_once_across_reopens_and_runs(
    db: Database, admin: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    """Failed before: every reopen (and every new 'outbox run' / 'modem check') entered the
    same wrong PIN again: three times locks the SIM (PUK)."""
    caplog.set_level(logging.DEBUG)
    guard = desk_settings.RefusedPins(db)
    with Emulator(pin="1234") as emulator:
        wrong = ModemSpec.parse(emulator.device + "?pin=9999")
        for _run in range(2):  # two 'outbox run' starts, each reopening a few times
            dispatcher = Dispatcher(outbox.OutboxQueue(db), [wrong], FAST, pin_guard=guard)
            reported: list[str] = []
            dispatcher.add_listener(
                lambda e, seen=reported: (
                    seen.append(e.state)  # type: ignore[misc]
                    if isinstance(e, ModemStatus)
                    else None
                )
            )
            dispatcher.start()
            try:
                _until(
                    lambda seen=reported: ModemState.NEEDS_OPERATOR in seen,  # type: ignore[misc]
                    30,
                    "the wrong PIN was not reported",
                )
                time.sleep(3.0)  # the dispatcher reopens in the background meanwhile
            finally:
                dispatcher.stop()
        modem = Modem(wrong, pin_guard=guard)  # 'modem check'
        with pytest.raises(ModemError) as caught:
            modem.open()
        assert caught.value.kind is ModemErrorKind.CONFIG
        assert "eerder" in str(caught.value)
        assert _pin_entries(emulator) == 1
        with emulator._lock:
            assert emulator._pin_attempts_left == 2
        right = Modem(ModemSpec.parse(emulator.device + "?pin=1234"), pin_guard=guard)
        right.open()  # the operator entered a new PIN: that one is tried
        right.close()
        assert _pin_entries(emulator) == 2
    with db.session() as s:
        stored = s.get(Setting, desk_settings.REFUSED_PINS)
        assert stored is not None and "9999" not in str(stored.value)
        assert list(stored.value) == ["imei:350000000000001"]
    assert "9999" not in caplog.text
