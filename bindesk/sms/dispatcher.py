"""The dispatcher: one thread per modem turns outbox rows into SMS and writes back what happened.

It knows no database: it works through a :class:`Queue` (``services.outbox`` implements it)
so the claim/sent/retry rules live beside the data. Per modem thread:

* open the modem (retrying in the background while it is missing), then recover the rows a
  dead predecessor left in ``sending`` on this very modem (they become ``uncertain``);
* claim the next delivery (committed as ``sending`` *before* the modem sees it), send it,
  record ``sent`` with the message references;
* between sends, read inbound texts and status reports and hand them to the queue.

Errors: a network refusal is transient (back-off, retry limit); a refusal of the number
fails that row only; a modem without network (or down, or needing its operator) gives the row
back to the queue without counting an attempt and is reopened in the background, so only the
modems that work send. Each part of a multipart text is recorded as it goes out: a refused
part was not sent, so the row goes on later with only the missing parts under the same
concatenation reference. Only when the modem may have sent without answering (timeout or
abort after the PDU) is the row ``uncertain``; a status report can still resolve it.

A claim is a lease (``services.outbox.LEASE``, at most 2 minutes): the watchdog thread renews
the claims its modem threads hold, even while Gammu blocks them, and turns expired claims of
any dispatcher into ``uncertain``. The watchdog also reports a modem that hangs long before
Gammu gives up, and aborts the call. The ``gammu.StateMachine`` lives and dies in its own
thread.
"""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from bindesk.domain.states import DeliveryState, ModemState
from bindesk.sms.modem import (
    InboundText,
    Modem,
    ModemError,
    ModemErrorKind,
    ModemInfo,
    ModemSpec,
    PinGuard,
    StatusReport,
)
from bindesk.sms.rates import RateTracker

log = logging.getLogger(__name__)

# Errors raised while writing to a device that is not there: the modem never got the PDU.
NOT_SENT_CODES = frozenset(
    {
        "ERR_DEVICEWRITEERROR",
        "ERR_DEVICENOTEXIST",
        "ERR_DEVICEOPENERROR",
        "ERR_DEVICELOCKED",
        "ERR_DEVICEBUSY",
        "ERR_DEVICENODRIVER",
        "ERR_DEVICENOPERMISSION",
        "ERR_NOTCONNECTED",
        None,  # raised by bindesk itself before calling gammu (modem not open)
    }
)


@dataclass(frozen=True)
class Job:
    """One claimed delivery, as the modem thread needs it."""

    delivery_id: int
    alert_id: int
    mobile: str
    text: str
    unicode: bool
    attempt: int
    modem_id: str = ""
    #: the concatenation reference to use for every part (None: single part / let gammu pick)
    concat_ref: int | None = None
    #: parts (1-based) that already went out, and their message references
    parts_sent: tuple[int, ...] = ()
    refs_before: tuple[int, ...] = ()


class Queue(Protocol):
    def recover(self, modem_id: str) -> int: ...
    def claim(self, modem_id: str) -> Job | None: ...
    def renew(self, jobs: list[Job]) -> None: ...  # extend the lease of claims still held
    def part_sent(self, job: Job, part: int, reference: int) -> None: ...
    def sent(self, job: Job, references: list[int]) -> None: ...
    def retry_later(self, job: Job, reason: str) -> str: ...  # returns the new state
    def failed(self, job: Job, reason: str) -> None: ...
    def requeue(self, job: Job, reason: str) -> None: ...
    def uncertain(self, job: Job, reason: str, references: list[int]) -> None: ...
    def inbound(self, modem_id: str, messages: list[InboundText | StatusReport]) -> None: ...
    def pending(self) -> int: ...  # queued, or claimed under a live lease by anyone
    def expire_claims(self) -> int: ...  # expired claims (anyone's) become 'uncertain'


@dataclass(frozen=True)
class DeliveryUpdate:
    delivery_id: int
    alert_id: int
    state: str
    modem_id: str
    error: str | None = None


@dataclass(frozen=True)
class ModemStatus:
    modem_id: str
    label: str
    state: str  # connecting / ready / down / needs_operator / slow / stopped
    message: str = ""
    info: ModemInfo | None = None
    simulated: bool = False


Event = DeliveryUpdate | ModemStatus
Listener = Callable[[Event], None]


@dataclass
class DispatcherSettings:
    poll_interval: float = 0.2  # idle: look for new work this often (wake within 250 ms)
    inbound_interval_idle: float = 3.0
    inbound_interval_busy: float = 30.0
    reopen_min: float = 1.0
    reopen_max: float = 30.0
    watchdog_after: float = 15.0  # tell the desk when one modem call takes longer than this
    abort_after: float = 45.0  # then free the modem thread (Gammu itself waits 30-100 s)
    sim_delay: float = 0.3
    renew_every: float = 30.0  # renew the lease of a claim held this often (lease: 2 min)
    expire_every: float = 15.0  # look for other dispatchers' expired claims this often
    register_wait: float = 10.0  # at open, wait this long for the network registration


def _spread(interval: float) -> float:
    """Up to a fifth of an interval more before the next inbox read: modems opened together
    would otherwise all read (and store status reports) at the same moment, every time."""
    return random.uniform(0.0, 0.2 * interval)


def modem_id_for(spec: ModemSpec, index: int) -> str:
    where = f"sim{index}" if spec.simulated else (spec.device or spec.raw)
    return f"{socket.gethostname()}:{where}"


@dataclass
class _Worker:
    spec: ModemSpec
    modem_id: str
    thread: threading.Thread | None = None
    busy_since: float | None = None
    busy_with: str = ""
    holding_job: bool = False
    job: Job | None = None
    state: str = ModemState.CONNECTING
    settled: bool = False  # has read its inbound once, or failed to open once
    stalled_reported: bool = False
    aborted: bool = False
    modem: Modem | None = field(default=None, repr=False)


class Dispatcher:
    """Runs one modem thread per spec until :meth:`stop`."""

    def __init__(
        self,
        queue: Queue,
        specs: list[ModemSpec],
        settings: DispatcherSettings | None = None,
        modem_factory: Callable[[ModemSpec, DispatcherSettings], Modem] | None = None,
        pin_guard: PinGuard | None = None,
    ) -> None:
        if not specs:
            raise ValueError("at least one modem spec")
        self.queue = queue
        self.settings = settings or DispatcherSettings()
        self._modem_factory = modem_factory or (
            lambda spec, s: Modem(
                spec, sim_delay=s.sim_delay, pin_guard=pin_guard, register_wait=s.register_wait
            )
        )
        self._workers = [_Worker(spec, modem_id_for(spec, i)) for i, spec in enumerate(specs)]
        self._listeners: list[Listener] = []
        self._stop = threading.Event()
        self._wake = threading.Condition()
        self._wake_flag = False
        self._watchdog: threading.Thread | None = None
        self._workers_done = threading.Event()  # the watchdog runs until then
        self.rates = RateTracker()  # seconds per part per modem; services.throughput stores it

    # --- public -------------------------------------------------------------------------

    @property
    def modem_ids(self) -> list[str]:
        return [w.modem_id for w in self._workers]

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        for worker in self._workers:
            worker.thread = threading.Thread(
                target=self._run_worker,
                args=(worker,),
                name=f"modem-{worker.modem_id}",
                daemon=True,
            )
            worker.thread.start()
        self._watchdog = threading.Thread(
            target=self._run_watchdog, name="modem-watchdog", daemon=True
        )
        self._watchdog.start()

    def wake(self) -> None:
        """New work was queued: look now instead of at the next poll."""
        with self._wake:
            self._wake_flag = True
            self._wake.notify_all()

    def stop(self, timeout: float = 120.0) -> None:
        """Finish the SMS in flight, then close every modem. A modem thread blocked opening a
        hung modem is aborted at once; the watchdog keeps watching the other calls (a send in
        flight, an inbound read) until every modem thread has ended."""
        self._stop.set()
        self.wake()
        for worker in self._workers:
            if worker.busy_since is not None and worker.busy_with == "open":
                worker.aborted = True
                if worker.modem is not None:
                    worker.modem.abort()
        deadline = time.monotonic() + timeout
        for worker in self._workers:
            if worker.thread is not None:
                worker.thread.join(max(0.0, deadline - time.monotonic()))
        self._workers_done.set()
        if self._watchdog is not None:
            self._watchdog.join(2.0)

    def is_idle(self) -> bool:
        """Nothing queued (nor waiting for a retry), no modem holding a delivery, and every
        modem has looked at its inbound messages once (or could not be opened)."""
        if any(w.holding_job or not w.settled for w in self._workers):
            return False
        return self.queue.pending() == 0

    def run_until_idle(
        self, check_every: float = 0.2, give_up: Callable[[], bool] | None = None
    ) -> bool:
        """Block until idle (True), or False when ``give_up()`` says so or every modem
        needs the operator."""
        while not self._stop.is_set():
            if self.is_idle():
                return True
            if all(w.state == ModemState.NEEDS_OPERATOR for w in self._workers):
                return False
            if give_up is not None and give_up():
                return False
            self._stop.wait(check_every)
        return self.is_idle()

    # --- events -------------------------------------------------------------------------

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a listener must never stop the modem thread
                log.exception("dispatcher listener failed")

    def _status(
        self, worker: _Worker, state: str, message: str = "", info: ModemInfo | None = None
    ) -> None:
        worker.state = state
        self._emit(
            ModemStatus(
                worker.modem_id, worker.spec.label(), state, message, info, worker.spec.simulated
            )
        )

    def _delivery(self, worker: _Worker, job: Job, state: str, error: str | None = None) -> None:
        self._emit(DeliveryUpdate(job.delivery_id, job.alert_id, state, worker.modem_id, error))

    # --- the modem thread -----------------------------------------------------------------

    def _sleep(self, seconds: float) -> None:
        with self._wake:
            if not self._wake_flag and not self._stop.is_set():
                self._wake.wait(seconds)
            self._wake_flag = False

    def _call(self, worker: _Worker, what: str, fn: Callable[[], object]) -> object:
        worker.busy_since, worker.busy_with = time.monotonic(), what
        worker.aborted = False
        try:
            return fn()
        finally:
            worker.busy_since = None
            if worker.stalled_reported and worker.state == ModemState.SLOW:
                worker.stalled_reported = False
                self._status(worker, ModemState.READY, "De modem antwoordt weer.")

    def _run_worker(self, worker: _Worker) -> None:
        backoff = self.settings.reopen_min
        last_inbound = 0.0
        try:
            while not self._stop.is_set():
                if worker.modem is None or not worker.modem.is_open:
                    if self._open(worker):
                        backoff = self.settings.reopen_min
                        last_inbound = 0.0
                    else:
                        self._stop.wait(backoff)
                        backoff = min(backoff * 2, self.settings.reopen_max)
                    continue
                job = self._claim(worker)
                now = time.monotonic()
                interval = (
                    self.settings.inbound_interval_busy
                    if job
                    else self.settings.inbound_interval_idle
                )
                if job is None and now - last_inbound >= interval:
                    self._read_inbound(worker)
                    last_inbound = time.monotonic() + _spread(interval)
                    continue
                if job is None:
                    self._sleep(self.settings.poll_interval)
                    continue
                self._send(worker, job)
                if time.monotonic() - last_inbound >= self.settings.inbound_interval_busy:
                    self._read_inbound(worker)
                    last_inbound = time.monotonic() + _spread(self.settings.inbound_interval_busy)
        finally:
            if worker.modem is not None:
                worker.modem.close()
            self._status(worker, ModemState.STOPPED)

    def _open(self, worker: _Worker) -> bool:
        self._status(worker, ModemState.CONNECTING, f"Verbinden met modem {worker.spec.label()}…")
        modem = worker.modem or self._modem_factory(worker.spec, self.settings)
        worker.modem = modem
        try:
            info = self._call(worker, "open", modem.open)
        except ModemError as exc:
            modem.close()
            state = (
                ModemState.NEEDS_OPERATOR if exc.kind is ModemErrorKind.CONFIG else ModemState.DOWN
            )
            self._status(worker, state, exc.message)
            log.warning("modem %s: %s", worker.modem_id, exc.message)
            worker.settled = True
            return False
        assert isinstance(info, ModemInfo)
        try:
            recovered = self.queue.recover(worker.modem_id)
        except Exception:
            log.exception("recovering rows of %s failed", worker.modem_id)
            modem.close()
            return False
        if recovered:
            log.warning(
                "%d deliveries left in 'sending' on %s are now 'uncertain'",
                recovered,
                worker.modem_id,
            )
        self._status(worker, ModemState.READY, "", info)
        return True

    def _claim(self, worker: _Worker) -> Job | None:
        try:
            job = self.queue.claim(worker.modem_id)
        except Exception:
            log.exception("claim failed on %s", worker.modem_id)
            self._stop.wait(1.0)
            return None
        if job is not None:
            worker.job = job
            worker.holding_job = True
            self._delivery(worker, job, DeliveryState.SENDING)
        return job

    def _send(self, worker: _Worker, job: Job) -> None:
        assert worker.modem is not None
        modem = worker.modem
        started = time.monotonic()

        def part_out(part: int, reference: int) -> None:
            self._insist(job, "part_sent", lambda: self.queue.part_sent(job, part, reference))

        try:
            refs = self._call(
                worker,
                f"send {job.delivery_id}",
                lambda: modem.send(
                    job.mobile,
                    job.text,
                    unicode=job.unicode,
                    concat_ref=job.concat_ref,
                    done_parts=frozenset(job.parts_sent),
                    on_part=part_out,
                ),
            )
        except ModemError as exc:
            self._after_error(worker, job, exc)
        except Exception as exc:  # e.g. InvalidInput from the encoder: this row cannot go
            log.exception("delivery %s cannot be sent", job.delivery_id)
            why = f"Kan niet verzonden worden: {exc}"
            self._record(
                worker,
                job,
                DeliveryState.FAILED,
                lambda: self.queue.failed(job, why),
            )
        else:
            assert isinstance(refs, list)
            self._record(worker, job, DeliveryState.SENT, lambda: self.queue.sent(job, refs))
            self.rates.sent(worker.modem_id, len(refs), started)
        finally:
            worker.holding_job = False
            worker.job = None

    def _after_error(self, worker: _Worker, job: Job, exc: ModemError) -> None:
        """What a failed send means for the row. Parts already out are recorded (part_sent):
        a part the modem refused was not sent, so the row goes on with the missing parts
        later; only a part that may have gone out without an answer makes it 'uncertain'."""
        refs = list(exc.sent_references)
        refused = exc.cms is not None or exc.code in ("ERR_UNKNOWN", "ERR_FULL", "NO_NETWORK")
        not_sent = refused or not exc.pdu_written or exc.code in NOT_SENT_CODES
        if not not_sent:  # timeout / read error after the PDU: the modem may have sent it
            reason = f"Onzeker of verzonden: {exc.message}"
            self._record(
                worker,
                job,
                DeliveryState.UNCERTAIN,
                lambda: self.queue.uncertain(job, reason, refs),
            )
        elif exc.kind is ModemErrorKind.RECIPIENT:
            self._record(
                worker, job, DeliveryState.FAILED, lambda: self.queue.failed(job, exc.message)
            )
        elif exc.kind is ModemErrorKind.TRANSIENT:
            state = self.queue.retry_later(job, exc.message)
            self._delivery(worker, job, state, exc.message)
        else:  # the modem (down, no network) or its SIM (config): not the member's problem
            self._record(
                worker, job, DeliveryState.QUEUED, lambda: self.queue.requeue(job, exc.message)
            )
        if exc.kind in (
            ModemErrorKind.MODEM_DOWN,
            ModemErrorKind.CONFIG,
            ModemErrorKind.NO_NETWORK,
        ):
            state = (
                ModemState.NEEDS_OPERATOR if exc.kind is ModemErrorKind.CONFIG else ModemState.DOWN
            )
            self._status(worker, state, exc.message)
            if worker.modem is not None:
                worker.modem.close()

    def _insist(self, job: Job, what: str, write: Callable[[], None]) -> None:
        """A part that went out must be recorded before the next one is sent."""
        for attempt in range(10):
            try:
                write()
                return
            except Exception:
                log.exception(
                    "recording %s for delivery %s failed (try %d)",
                    what,
                    job.delivery_id,
                    attempt + 1,
                )
                time.sleep(min(0.2 * 2**attempt, 5.0))
        raise RuntimeError(f"could not record {what} for delivery {job.delivery_id}")

    def _record(self, worker: _Worker, job: Job, state: str, write: Callable[[], None]) -> None:
        """Write an outcome; insist, because a lost 'sent' would turn into 'uncertain'."""
        for attempt in range(10):
            try:
                write()
                break
            except Exception:
                log.exception(
                    "recording %s for delivery %s failed (try %d)",
                    state,
                    job.delivery_id,
                    attempt + 1,
                )
                time.sleep(min(0.2 * 2**attempt, 5.0))
        else:
            log.error("delivery %s stays 'sending'; a restart marks it uncertain", job.delivery_id)
            return
        self._delivery(worker, job, state)

    def _read_inbound(self, worker: _Worker) -> None:
        assert worker.modem is not None
        modem = worker.modem

        def store(messages: list[InboundText | StatusReport]) -> None:
            self.queue.inbound(worker.modem_id, messages)

        try:
            self._call(worker, "inbound", lambda: modem.fetch_inbound(store=store))
            worker.settled = True
        except ModemError as exc:
            if exc.kind is ModemErrorKind.MODEM_DOWN:
                self._status(worker, ModemState.DOWN, exc.message)
                modem.close()
            else:
                log.warning("reading inbound on %s: %s", worker.modem_id, exc.message)
        except Exception:
            log.exception("storing inbound messages from %s failed", worker.modem_id)

    # Opening takes ~4-5 s when all is well (libGammu's detection pauses) and Gammu gives up on
    # a dead modem after ~12 s by itself: the watchdog leaves "open" alone for longer.
    OPEN_REPORT_AFTER = 15.0
    OPEN_ABORT_AFTER = 30.0

    def _limits(self, what: str) -> tuple[float, float]:
        report, abort = self.settings.watchdog_after, self.settings.abort_after
        if what == "open":
            return max(report, self.OPEN_REPORT_AFTER), max(abort, self.OPEN_ABORT_AFTER)
        return report, abort

    def _leases(self, last: dict[str, float]) -> None:
        """Renew the claims our modem threads hold (even while a call blocks them) and turn
        other dispatchers' expired claims into 'uncertain'."""
        now = time.monotonic()
        if now - last.get("renew", 0.0) >= self.settings.renew_every:
            last["renew"] = now
            held = [w.job for w in self._workers if w.job is not None]
            try:
                self.queue.renew(held)
            except Exception:
                log.exception("renewing claims failed")
        if now - last.get("expire", 0.0) >= self.settings.expire_every:
            last["expire"] = now
            try:
                if n := self.queue.expire_claims():
                    log.warning("%d expired claims are now 'uncertain'", n)
            except Exception:
                log.exception("expiring claims failed")

    def _run_watchdog(self) -> None:
        tick = min(1.0, self.settings.watchdog_after / 4)
        last: dict[str, float] = {"renew": time.monotonic()}
        while not self._workers_done.wait(tick):
            self._leases(last)
            for worker in self._workers:
                since = worker.busy_since
                if since is None:
                    continue
                waited = time.monotonic() - since
                report_after, abort_after = self._limits(worker.busy_with)
                if waited >= abort_after and not worker.aborted:
                    # Free the thread: the blocked call fails with ERR_ABORTED (modem down;
                    # a send in flight becomes 'uncertain'), the thread closes and reopens.
                    worker.aborted = True
                    log.warning(
                        "aborting %s after %.0f s in %s", worker.modem_id, waited, worker.busy_with
                    )
                    if worker.modem is not None:
                        worker.modem.abort()
                    continue
                if worker.stalled_reported or waited < report_after:
                    continue
                worker.stalled_reported = True
                self._status(
                    worker,
                    ModemState.SLOW,
                    f"Modem {worker.spec.label()} antwoordt al {waited:.0f} seconden niet. "
                    "Controleer de modem en de USB-kabel; de andere modems gaan door.",
                )
