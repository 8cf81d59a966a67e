"""The dispatcher's rules with a scripted modem injected through its factory (no emulator, no
gammu: fast) and the real outbox on a real SQLite file. What the modem answers decides each
row: sent, failed (the number), queued again (the network, the modem), uncertain (no answer
after the PDU), and nothing is ever sent twice."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Member
from bindesk.domain.states import DeliveryState, ModemState
from bindesk.services import alerts, outbox
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import (
    DeliveryUpdate,
    Dispatcher,
    DispatcherSettings,
    Event,
    ModemStatus,
)
from bindesk.sms.modem import (
    InboundText,
    ModemError,
    ModemErrorKind,
    ModemInfo,
    ModemSpec,
    StatusReport,
)
from tests import factories as f

FAST = DispatcherSettings(
    poll_interval=0.02, inbound_interval_idle=0.05, reopen_min=0.05, reopen_max=0.1
)
INFO = ModemInfo("fake", "scripted", "1", 80, "BASE", "20620", True, "+32475161616", False)
SPEC = ModemSpec.parse("/dev/ttyFAKE0")


@dataclass
class ScriptedModem:
    """Answers like a modem as the test says: per number a list of errors (None: accepted)."""

    answers: dict[str, list[ModemError | None]] = field(default_factory=dict)
    open_errors: list[ModemError] = field(default_factory=list)
    inbound: list[InboundText | StatusReport] = field(default_factory=list)
    sends: list[tuple[str, str, frozenset[int]]] = field(default_factory=list)
    opens: int = 0
    _open: bool = False
    _next_ref: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def is_open(self) -> bool:
        return self._open

    def open(self) -> ModemInfo:
        self.opens += 1
        if self.open_errors:
            raise self.open_errors.pop(0)
        self._open = True
        return INFO

    def close(self) -> None:
        self._open = False

    def abort(self) -> None:
        self._open = False

    def send(
        self,
        number: str,
        text: str,
        *,
        unicode: bool,
        concat_ref: int | None = None,
        done_parts: frozenset[int] = frozenset(),
        on_part: Callable[[int, int], None] | None = None,
    ) -> list[int]:
        if not self._open:
            raise ModemError("niet open", ModemErrorKind.MODEM_DOWN, None, pdu_written=False)
        with self._lock:
            self.sends.append((number, text, done_parts))
            answer = self.answers.get(number, [])
            error = answer.pop(0) if answer else None
        if error is not None:
            raise error
        self._next_ref += 1
        if on_part is not None:
            on_part(1, self._next_ref)
        return [self._next_ref]

    def fetch_inbound(
        self, store: Callable[[list[InboundText | StatusReport]], None] | None = None
    ) -> list[InboundText | StatusReport]:
        messages, self.inbound = self.inbound, []
        if messages and store is not None:
            store(messages)
        return messages


def _queue(db: Database, admin: Actor, mobiles: list[str]) -> int:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        for i, mobile in enumerate(mobiles):
            f.member(s, admin, [net], mobile, last_name=f"Lid{i}")
        return alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Inbraak")).id


def _run(
    db: Database,
    modem: ScriptedModem,
    *,
    policy: outbox.RetryPolicy | None = None,
    timeout: float = 20.0,
) -> tuple[bool, list[Event]]:
    events: list[Event] = []
    dispatcher = Dispatcher(
        outbox.OutboxQueue(db, policy),
        [SPEC],
        FAST,
        lambda spec, settings: modem,  # type: ignore[arg-type,return-value]
    )
    dispatcher.add_listener(events.append)
    dispatcher.start()
    deadline = time.monotonic() + timeout
    try:
        idle = dispatcher.run_until_idle(
            check_every=0.02, give_up=lambda: time.monotonic() > deadline
        )
    finally:
        dispatcher.stop()
    return idle, events


def _states(db: Database) -> dict[str, str]:
    with db.read_session() as s:
        return {d.mobile: d.state for d in s.scalars(select(Delivery))}


def test_every_member_gets_one_sms_and_the_desk_hears_each_step(db: Database, admin: Actor) -> None:
    mobiles = [f"+3247000000{i}" for i in range(4)]
    _queue(db, admin, mobiles)
    modem = ScriptedModem()
    idle, events = _run(db, modem)
    assert idle
    assert sorted(number for number, _, _ in modem.sends) == mobiles
    assert set(_states(db).values()) == {DeliveryState.SENT}
    updates = [e.state for e in events if isinstance(e, DeliveryUpdate)]
    assert updates.count(DeliveryState.SENDING) == 4 and updates.count(DeliveryState.SENT) == 4
    modem_states = [e.state for e in events if isinstance(e, ModemStatus)]
    assert modem_states[:2] == [ModemState.CONNECTING, ModemState.READY]
    assert modem_states[-1] == ModemState.STOPPED
    with db.read_session() as s:
        assert all(d.message_refs and d.sent_at for d in s.scalars(select(Delivery)))


def test_a_refused_number_fails_only_that_row(db: Database, admin: Actor) -> None:
    _queue(db, admin, ["+32470000001", "+32470000002"])
    refused = ModemError("nummer geweigerd", ModemErrorKind.RECIPIENT, cms=21)
    modem = ScriptedModem(answers={"+32470000001": [refused]})
    assert _run(db, modem)[0]
    assert _states(db) == {"+32470000001": "failed", "+32470000002": "sent"}
    assert len(modem.sends) == 2  # the refused number is not tried again


def test_no_answer_after_the_pdu_is_uncertain_and_never_resent(db: Database, admin: Actor) -> None:
    _queue(db, admin, ["+32470000001", "+32470000002"])
    timeout = ModemError("geen antwoord", ModemErrorKind.MODEM_DOWN, "ERR_TIMEOUT")
    modem = ScriptedModem(answers={"+32470000001": [timeout]})
    idle, events = _run(db, modem)
    assert idle
    assert _states(db) == {"+32470000001": "uncertain", "+32470000002": "sent"}
    assert [n for n, _, _ in modem.sends].count("+32470000001") == 1
    assert modem.opens == 2  # closed after the timeout, reopened for the rest
    assert ModemState.DOWN in [e.state for e in events if isinstance(e, ModemStatus)]


def test_a_network_refusal_is_retried_after_the_back_off(db: Database, admin: Actor) -> None:
    _queue(db, admin, ["+32470000001"])
    busy = ModemError("netwerk bezet", ModemErrorKind.TRANSIENT, cms=500)
    modem = ScriptedModem(answers={"+32470000001": [busy]})
    assert _run(db, modem, policy=outbox.RetryPolicy(base_seconds=0.05))[0]
    assert _states(db) == {"+32470000001": "sent"}
    with db.read_session() as s:
        assert s.scalars(select(Delivery)).one().attempts == 2
    assert len(modem.sends) == 2


def test_the_retry_limit_ends_in_failed(db: Database, admin: Actor) -> None:
    _queue(db, admin, ["+32470000001"])
    busy = ModemError("netwerk bezet", ModemErrorKind.TRANSIENT, cms=500)
    modem = ScriptedModem(answers={"+32470000001": [busy] * 5})
    assert _run(db, modem, policy=outbox.RetryPolicy(max_attempts=3, base_seconds=0.02))[0]
    assert _states(db) == {"+32470000001": "failed"}
    assert len(modem.sends) == 3


def test_a_modem_that_lost_the_network_gives_the_row_back_without_an_attempt(
    db: Database, admin: Actor
) -> None:
    _queue(db, admin, ["+32470000001"])
    no_network = ModemError(
        "geen netwerk", ModemErrorKind.NO_NETWORK, "NO_NETWORK", pdu_written=False
    )
    modem = ScriptedModem(answers={"+32470000001": [no_network]})
    assert _run(db, modem)[0]
    with db.read_session() as s:
        d = s.scalars(select(Delivery)).one()
        assert (d.state, d.attempts) == (DeliveryState.SENT, 1)  # the refused try not counted
    assert modem.opens == 2


def test_a_modem_that_needs_its_operator_sends_nothing(db: Database, admin: Actor) -> None:
    _queue(db, admin, ["+32470000001"])
    pin = ModemError("PIN nodig", ModemErrorKind.CONFIG, "ERR_SECURITYERROR")
    modem = ScriptedModem(open_errors=[pin] * 50)
    idle, events = _run(db, modem, timeout=5.0)
    assert not idle  # run_until_idle gives up: every modem needs the operator
    assert _states(db) == {"+32470000001": "queued"}
    assert not modem.sends
    assert ModemState.NEEDS_OPERATOR in [e.state for e in events if isinstance(e, ModemStatus)]


def test_inbound_stop_reaches_the_inbox(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.member(s, admin, [net], "+32470000001")
    modem = ScriptedModem(inbound=[InboundText("+32470000001", "STOP", dt.datetime.now(dt.UTC))])
    assert _run(db, modem)[0]  # the confirmation it queued went out too
    with db.read_session() as s:
        assert s.scalars(select(Member)).one().opted_out_at is not None
    assert [n for n, _, _ in modem.sends] == ["+32470000001"]
