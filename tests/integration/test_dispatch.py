"""The SMS engine end to end: services → outbox → dispatcher → python-gammu's real AT
driver → the AT emulator on a pty. Nothing here mocks gammu."""

from __future__ import annotations

import collections
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Member
from bindesk.services import alerts, outbox
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings, ModemStatus
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import Modem, ModemSpec
from tests import factories as f

FAST = DispatcherSettings(
    poll_interval=0.05,
    inbound_interval_idle=0.3,
    inbound_interval_busy=5.0,
    reopen_min=0.2,
    reopen_max=1.0,
)
DUTCH_LONG = (
    "BIN Oordegem: vanavond inbraak in de Kerkstraat. Daders vluchtten richting Smetledestraat. "
    "Iets gezien? Bel 101. Doe uw buitenverlichting aan. Dank, Noël en Chloë (wijkwerking)."
)


class KeptOpen(Modem):
    """One opened modem shared by the tests of this module (Init() costs ~4 s)."""

    pinned = True

    def close(self) -> None:
        if not self.pinned:
            super().close()


@pytest.fixture(scope="module")
def shared() -> Iterator[tuple[Emulator, KeptOpen]]:
    with Emulator() as emulator:
        modem = KeptOpen(ModemSpec.parse(emulator.device))
        modem.open()
        yield emulator, modem
        modem.pinned = False
        modem.close()


@pytest.fixture
def emu(shared: tuple[Emulator, KeptOpen]) -> Iterator[Emulator]:
    emulator, modem = shared
    emulator.reset_faults()
    emulator.deliver_reports(True)
    modem.fetch_inbound()  # drain what an earlier test left on the SIM
    emulator.clear_records()
    yield emulator


def run(
    db: Database,
    specs: list[ModemSpec],
    *,
    factory: Callable[..., Modem] | None = None,
    policy: outbox.RetryPolicy | None = None,
    timeout: float = 90.0,
    during: Callable[[Dispatcher], None] | None = None,
) -> Dispatcher:
    dispatcher = Dispatcher(outbox.OutboxQueue(db, policy), specs, FAST, factory)
    dispatcher.start()
    deadline = time.monotonic() + timeout
    try:
        if during is not None:
            during(dispatcher)
        assert dispatcher.run_until_idle(give_up=lambda: time.monotonic() > deadline), (
            "dispatcher did not finish in time"
        )
    finally:
        dispatcher.stop()
    return dispatcher


def shared_run(db: Database, shared: tuple[Emulator, KeptOpen], **kw: object) -> Dispatcher:
    _emulator, modem = shared
    return run(db, [modem.spec], factory=lambda spec, settings: modem, **kw)  # type: ignore[arg-type]


def states(db: Database, alert_id: int) -> dict[str, str]:
    with db.session() as s:
        return {
            d.mobile: d.state
            for d in s.scalars(select(Delivery).where(Delivery.alert_id == alert_id))
        }


def test_alerts_reach_exactly_the_right_members_in_the_right_encoding(
    db: Database, admin: Actor, shared: tuple[Emulator, KeptOpen], emu: Emulator
) -> None:
    with db.session() as s:
        a, b, other = (f.network(s, admin, n) for n in ("BIN A", "BIN B", "BIN Anders"))
        f.member(s, admin, [a], "0470 10 00 01")
        f.member(s, admin, [a, b], "0470 10 00 02")
        f.member(s, admin, [b], "0470 10 00 03")
        f.member(s, admin, [a], "0470 10 00 04", opted_out=True)
        f.member(s, admin, [a], "0470 10 00 05", consent=False)
        f.member(s, admin, [a], "0470 10 00 06", status="left")
        f.member(s, admin, [other], "0470 10 00 07")
        short = alerts.queue(
            s,
            admin,
            alerts.draft(
                s,
                admin,
                networks=[a],
                text="Verdachte persoon in de Kerkstraat: doe uw buitenverlichting aan.",
            ),
        )
        long = alerts.queue(s, admin, alerts.draft(s, admin, networks=[a, b], text=DUTCH_LONG))
        assert (short.encoding, long.encoding, long.segments) == ("gsm7", "ucs2", 3)
        short_text = short.text
    shared_run(db, shared)
    sent = emu.sent()
    by_text = collections.defaultdict(list)
    for sms in sent:
        by_text[sms.text].append(sms)
    assert sorted(m.number for m in by_text[short_text]) == ["+32470100001", "+32470100002"]
    assert {m.encoding for m in by_text[short_text]} == {"gsm7"}
    assert sorted(m.number for m in by_text[DUTCH_LONG]) == [
        "+32470100001",
        "+32470100002",
        "+32470100003",
    ]
    assert {(m.encoding, m.parts) for m in by_text[DUTCH_LONG]} == {("ucs2", 3)}
    assert len(sent) == 5  # nobody else, nothing twice
    assert set(states(db, long.id).values()) <= {"sent", "delivered"}


def test_cms_errors_on_every_fifth_send_still_deliver_everyone_exactly_once(
    db: Database, admin: Actor, shared: tuple[Emulator, KeptOpen], emu: Emulator
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        people = f.numbered_members(s, admin, net, 12)
        doomed = people[4].mobile
        alert_id = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Test")).id
    emu.fail_every(5, cms=42)
    emu.fail_number(doomed, cms=21)
    shared_run(db, shared, policy=outbox.RetryPolicy(max_attempts=3, base_seconds=0.05))
    counts = collections.Counter(m.number for m in emu.sent())
    assert set(counts.values()) == {1}
    assert set(counts) == {p.mobile for p in people} - {doomed}
    final = states(db, alert_id)
    assert final.pop(doomed) == "failed"
    assert set(final.values()) <= {"sent", "delivered"}
    refused = [p for p in emu.submitted_parts() if not p.accepted]
    assert {p.cms_error for p in refused} == {42, 21}  # the faults really happened
    with db.session() as s:
        failed = s.scalars(select(Delivery).where(Delivery.mobile == doomed)).one()
        # CMS 21 (rejected) is read back from Gammu's debug output: the number is refused
        # at once instead of burning the retry limit
        assert failed.attempts == 1 and "code 21" in (failed.error or "")


def test_stop_reply_opts_out_confirms_and_status_reports_mark_delivered(
    db: Database, admin: Actor, shared: tuple[Emulator, KeptOpen], emu: Emulator
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        quitter, stayer = f.numbered_members(s, admin, net, 2)
        first = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Eerste")).id
    shared_run(db, shared)

    def opted_out() -> bool:
        with db.session() as s:
            member = s.get(Member, quitter.id)
            return member is not None and member.opted_out_at is not None

    def wait_for_inbound(dispatcher: Dispatcher) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not (
            opted_out() and set(states(db, first).values()) == {"delivered"}
        ):
            time.sleep(0.1)

    emu.inject_sms(quitter.mobile, "STOP aub")  # only the word: "STOP, geen … meer" is a maybe
    shared_run(db, shared, during=wait_for_inbound)
    assert set(states(db, first).values()) == {"delivered"}
    with db.session() as s:
        member = s.get(Member, quitter.id)
        assert member is not None and member.opted_out_at is not None
        second = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Tweede")).id
    shared_run(db, shared)
    assert list(states(db, second)) == [stayer.mobile]
    confirmations = [m for m in emu.sent() if "uitgeschreven" in m.text]
    assert [m.number for m in confirmations] == [quitter.mobile]


def _alert(db: Database, admin: Actor, count: int) -> int:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, count)
        return alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Alarm")).id


def _wait_sent(emulator: Emulator, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while len(emulator.sent()) < count:
        assert time.monotonic() < deadline, "emulator saw too few messages"
        time.sleep(0.05)


def test_device_gone_mid_alert_second_modem_completes_it(db: Database, admin: Actor) -> None:
    alert_id = _alert(db, admin, 16)
    with Emulator(delay=0.2) as one, Emulator(delay=0.2) as two:
        events: list[ModemStatus] = []

        def pull_one(dispatcher: Dispatcher) -> None:
            dispatcher.add_listener(
                lambda e: events.append(e) if isinstance(e, ModemStatus) else None
            )
            _wait_sent(one, 2)
            one.unplug()

        run(db, [ModemSpec.parse(one.device), ModemSpec.parse(two.device)], during=pull_one)
        numbers = [m.number for m in one.sent() + two.sent()]
    assert len(numbers) == len(set(numbers)) == 16 - _not_sent(db, alert_id)
    final = states(db, alert_id)
    assert set(final.values()) <= {"sent", "delivered", "uncertain"}
    assert list(final.values()).count("uncertain") <= 1  # at most the one in flight at the pull
    assert any(e.state == "down" for e in events)


def _not_sent(db: Database, alert_id: int) -> int:
    return sum(1 for v in states(db, alert_id).values() if v not in ("sent", "delivered"))


def test_device_gone_alone_rows_wait_and_complete_when_it_is_back(
    db: Database, admin: Actor
) -> None:
    alert_id = _alert(db, admin, 8)
    with Emulator(delay=0.1) as emulator:

        def pull_and_replug(dispatcher: Dispatcher) -> None:
            _wait_sent(emulator, 2)
            emulator.unplug()
            time.sleep(1.5)
            waiting = states(db, alert_id)
            assert list(waiting.values()).count("queued") >= 4  # waiting, not failed
            assert "failed" not in waiting.values()
            emulator.replug()

        run(db, [ModemSpec.parse(emulator.device)], during=pull_and_replug)
        numbers = [m.number for m in emulator.sent()]
    assert len(numbers) == len(set(numbers))
    final = states(db, alert_id)
    assert set(final.values()) <= {"sent", "delivered", "uncertain"}
    assert sorted(numbers) == sorted(k for k, v in final.items() if v in ("sent", "delivered"))


@pytest.mark.slow
def test_hung_modem_is_reported_early_and_the_other_modem_carries_on(
    db: Database, admin: Actor
) -> None:
    alert_id = _alert(db, admin, 10)
    settings = DispatcherSettings(
        poll_interval=0.05,
        inbound_interval_idle=0.3,
        inbound_interval_busy=60.0,
        watchdog_after=2.0,
        abort_after=4.0,
    )
    events: list[ModemStatus] = []
    with Emulator(delay=0.1) as stuck, Emulator(delay=0.1) as healthy:
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db),
            [ModemSpec.parse(stuck.device), ModemSpec.parse(healthy.device)],
            settings,
        )
        dispatcher.add_listener(lambda e: events.append(e) if isinstance(e, ModemStatus) else None)
        dispatcher.start()
        try:
            _wait_sent(stuck, 1)
            stuck.hang()
            hung_at = time.monotonic()
            deadline = time.monotonic() + 30
            while not any(e.state == "slow" for e in events):
                assert time.monotonic() < deadline, "the watchdog never spoke"
                time.sleep(0.05)
            reported_after = time.monotonic() - hung_at
            # meanwhile the healthy modem sends everything that is not stuck on the hung one
            while _not_sent(db, alert_id) > 1:
                assert time.monotonic() < deadline, "the healthy modem did not carry on"
                time.sleep(0.05)
            # the watchdog then frees the stuck thread: its row is settled without Gammu's 30 s
            while _not_sent(db, alert_id) > 0 and any(
                s == "sending" for s in states(db, alert_id).values()
            ):
                assert time.monotonic() < deadline + 10, "the stuck row was never settled"
                time.sleep(0.05)
        finally:
            stuck.hang(False)
            dispatcher.stop(timeout=60)
    assert reported_after < 5.0  # long before Gammu's own 30-100 s time-outs
    slow = next(e for e in events if e.state == "slow")
    assert "antwoordt al" in slow.message
    numbers = [m.number for m in stuck.sent() + healthy.sent()]
    assert len(numbers) == len(set(numbers))
    final = states(db, alert_id)
    assert list(final.values()).count("uncertain") + list(final.values()).count("queued") <= 1
