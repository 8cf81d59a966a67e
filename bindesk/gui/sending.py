"""The desk's dispatcher, bridged to Qt: modem-thread events become GUI-thread signals.

:class:`SendingBridge` owns one :class:`~bindesk.sms.dispatcher.Dispatcher` for the desk. The
dispatcher calls its listeners on the modem threads; the bridge only collects what changed
into a locked buffer there, and a 100 ms ``QTimer`` on the GUI thread flushes that buffer,
so each signal is emitted at most ~10 times a second however fast the modems go.

Modems come from the spec list given to the bridge, else ``config.modem_specs()`` (``--modem``
/ ``BINDESK_MODEMS``), else the modems stored for this PC in Instellingen
(:mod:`bindesk.services.modems`; :meth:`SendingBridge.reconfigure` applies a change without a
restart), else — on a demo database only — the built-in emulator ``sim``: then
everything that shows modem state says SIMULATIE, because nothing leaves the building. A real
database with no modem configured does not fall back to the simulation (alerts would show
"verzonden" while nobody got them): the desk says no modem is set up and the alerts wait in
the queue for a PC that has one (``bindesk outbox run``).

Nothing here blocks the GUI thread on a modem: the dispatcher opens every modem (``Init()``
takes ~4 s) in its own thread, and :meth:`SendingBridge.stop` joins the modem threads on a
helper thread; :meth:`SendingBridge.shutdown` waits for that, bounded, while the window keeps
painting.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

from bindesk import config
from bindesk.db.engine import Database
from bindesk.domain.errors import BindeskError
from bindesk.domain.states import MODEM_PROBLEM_STATES, ModemState
from bindesk.gui.mail_sending import DeskMailer
from bindesk.gui.operations import gui_thread_database_allowed
from bindesk.services import demo, dispatchers, modems, outbox, throughput
from bindesk.services import settings as desk_settings
from bindesk.sms.dispatcher import (
    DeliveryUpdate,
    Dispatcher,
    DispatcherSettings,
    Event,
    ModemStatus,
    modem_id_for,
)
from bindesk.sms.modem import SIMULATED_LABEL, ModemInfo, ModemSpec

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 100  # at most ~10 emissions of each signal per second
STOP_TIMEOUT_S = 60.0  # how long the stopping thread lets an SMS in flight finish


@dataclass(frozen=True)
class ModemView:
    """What the desk shows about one modem (a plain value, safe to hand to the GUI)."""

    modem_id: str
    label: str
    simulated: bool
    state: str  # not_started / connecting / ready / down / needs_operator / slow / stopped
    message: str = ""
    info: ModemInfo | None = None  # the last known signal/network, kept while it is down
    problem: str = ""  # the Dutch message of the last problem, kept after recovery
    problem_at: dt.datetime | None = None


def parse_specs(specs: Sequence[ModemSpec | str] | None) -> list[ModemSpec]:
    """Specs given, else configured, else the built-in emulator; raises InvalidInput."""
    raw: Sequence[ModemSpec | str] = specs if specs is not None else config.modem_specs()
    parsed = [s if isinstance(s, ModemSpec) else ModemSpec.parse(s) for s in raw]
    return parsed or [ModemSpec.parse("sim")]


class SendingBridge(QObject):
    """One dispatcher for the desk, its events as Qt signals on the GUI thread.

    ``deliveries_changed`` carries the ids of alerts whose deliveries changed state (a
    ``frozenset[int]``); ``modems_changed`` carries every modem's :class:`ModemView` (a
    tuple, in spec order); ``running_changed`` says whether the dispatcher runs;
    ``problem_changed`` carries why sending cannot start ('' when it can).
    """

    deliveries_changed = Signal(object)
    modems_changed = Signal(object)
    running_changed = Signal(bool)
    problem_changed = Signal(str)
    _thread_stopped = Signal()  # emitted by the stopping thread, delivered on the GUI thread

    def __init__(
        self,
        db: Database,
        specs: Sequence[ModemSpec | str] | None = None,
        *,
        settings: DispatcherSettings | None = None,
        policy: outbox.RetryPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.policy = policy
        self.problem = ""
        self._given = list(specs) if specs is not None else None
        #: --modem / BINDESK_MODEMS (or specs given): the stored modems are not used
        self.overridden = bool(self._given) or bool(config.modem_specs())
        self.no_modem = False  # refused: a real database and no modem set up on this PC
        self._lock = threading.Lock()
        self._views: dict[str, ModemView] = {}
        self._load_specs()
        self._pending_alerts: set[int] = set()
        self._modems_dirty = False
        self._dispatcher: Dispatcher | None = None
        self._heartbeat: dispatchers.Heartbeat | None = None
        self._stopper: threading.Thread | None = None
        self._running = False
        self._restart = False  # reconfigure(): start again once stopped
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_INTERVAL_MS)
        self._timer.timeout.connect(self.flush)
        self._thread_stopped.connect(self._on_stopped)
        # the desk's e-mail worker: runs whenever mail is configured, with or without modems
        self.mailer = DeskMailer(db, policy=policy, parent=self)

    def _load_specs(self) -> None:
        """The modems to use: given, configured (--modem / BINDESK_MODEMS), stored for this
        PC, else the built-in emulator (which start() only runs on a demo database)."""
        raw: Sequence[ModemSpec | str] = (
            self._given if self._given is not None else config.modem_specs()
        )
        self.problem = ""
        self.no_modem = False
        if not raw:
            try:
                # this PC's few modem rows, read when sending (re)starts: like _is_demo
                with gui_thread_database_allowed(), self.db.read_session() as s:
                    raw = modems.stored_specs(s)
            except BindeskError as exc:
                log.warning("stored modems unreadable: %s", exc)
        self.fallback_simulation = not raw
        try:
            self.specs = parse_specs(raw)
        except BindeskError as exc:
            self.specs = []
            self.problem = self.tr("De modeminstelling is ongeldig: {error}").format(error=exc)
        with self._lock:
            self._views = {}
            for index, spec in enumerate(self.specs):
                modem_id = modem_id_for(spec, index)
                self._views[modem_id] = ModemView(
                    modem_id, spec.label(), spec.simulated, ModemState.NOT_STARTED
                )
            self._modems_dirty = True

    def reconfigure(self) -> bool:
        """Apply the modems stored in Instellingen now: the modem threads are stopped (the
        SMS in flight finishes) and started again with the new modems, without a restart.
        False when ``--modem`` / ``BINDESK_MODEMS`` override the stored modems."""
        if self.overridden:
            return False
        if self._running or self.is_stopping:
            self._restart = True
            self.stop()
            return True
        self._load_specs()
        self.flush()
        if not self.start():
            self.running_changed.emit(False)
        return True

    # --- what the desk asks ----------------------------------------------------------------

    @property
    def simulated(self) -> bool:
        """Every modem is the built-in emulator: nothing really goes out."""
        return not self.no_modem and bool(self.specs) and all(spec.simulated for spec in self.specs)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def is_stopping(self) -> bool:
        return self._stopper is not None and self._stopper.is_alive()

    def modems(self) -> tuple[ModemView, ...]:
        """The modems this desk sends with (none when it refused to simulate)."""
        if self.no_modem:
            return ()
        with self._lock:
            return tuple(self._views.values())

    def start(self) -> bool:
        """Start the modem threads (they open the modems themselves); False when refused.

        A database with demo data (fictitious numbers) is never sent through a real modem,
        exactly as ``bindesk outbox run`` refuses it.
        """
        self.mailer.start()
        if self._running:
            return True
        if self.is_stopping:
            self._set_problem(
                self.tr("De modems worden nog afgesloten. Probeer het over enkele seconden.")
            )
            return False
        if not self.specs:
            self.problem_changed.emit(self.problem)
            return False
        if self.fallback_simulation:
            is_demo = self._is_demo()
            self.no_modem = not is_demo
            if not is_demo:
                self._set_problem(
                    self.tr(
                        "Geen modem ingesteld op deze pc: alarmberichten blijven in de wachtrij "
                        "tot een pc met een gsm-modem ze verstuurt. Een hoofdgebruiker stelt een "
                        "modem in bij Instellingen → Modems van deze pc."
                    )
                )
                return False
        if not self.simulated:
            is_demo = self._is_demo()
            if is_demo:
                self._set_problem(
                    self.tr(
                        "Deze database bevat demogegevens met fictieve nummers: die worden niet "
                        "via een echte modem verstuurd. Vraag de hoofdgebruiker de modem van "
                        "deze pc te verwijderen om in SIMULATIE te werken, of open de echte "
                        "database."
                    )
                )
                return False
        dispatcher = Dispatcher(
            outbox.OutboxQueue(self.db, self.policy),
            self.specs,
            self.settings,
            pin_guard=desk_settings.RefusedPins(self.db),
        )
        throughput.attach(dispatcher, self.db)  # measured rates for every desk's estimate
        dispatcher.add_listener(self.on_event)
        heartbeat = dispatchers.Heartbeat(self.db, kind="desk")
        heartbeat.set_modems(
            (modem_id_for(spec, i), spec.label(), spec.simulated)
            for i, spec in enumerate(self.specs)
        )
        dispatcher.add_listener(heartbeat.listen)
        self._heartbeat = heartbeat
        self._dispatcher = dispatcher
        self._set_problem("")
        with self._lock:
            for modem_id, view in self._views.items():
                self._views[modem_id] = replace(view, state=ModemState.CONNECTING, message="")
            self._modems_dirty = True
        heartbeat.start(first_beat_in_thread=True)
        dispatcher.start()
        self._running = True
        self._timer.start()
        self.running_changed.emit(True)
        log.info("desk dispatcher started: %s", ", ".join(s.label() for s in self.specs))
        return True

    def _is_demo(self) -> bool:
        """One settings row, read when sending starts (not per SMS): allowed on the GUI
        thread, it cannot grow with the data and WAL readers never wait for a writer."""
        with gui_thread_database_allowed(), self.db.read_session() as s:
            return demo.is_demo(s)

    def wake(self) -> None:
        """New work was queued: the modem threads look now instead of at their next poll."""
        if self._dispatcher is not None and self._running:
            self._dispatcher.wake()

    def stop(self) -> None:
        """Stop without blocking: the SMS in flight finishes on a helper thread, then
        ``running_changed(False)`` is emitted."""
        dispatcher = self._dispatcher
        heartbeat = self._heartbeat
        if dispatcher is None or self.is_stopping:
            return

        def stop_dispatcher() -> None:
            try:
                dispatcher.stop(STOP_TIMEOUT_S)
                if heartbeat is not None:
                    heartbeat.stop()  # the last beat says this desk stopped cleanly
            except Exception:
                log.exception("stopping the dispatcher failed")
            finally:
                self._thread_stopped.emit()

        self._stopper = threading.Thread(
            target=stop_dispatcher, name="dispatcher-stop", daemon=True
        )
        self._stopper.start()

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop and wait at most ``timeout_s`` (closing the window), painting meanwhile.

        False when a modem did not finish in time: its modem thread dies with the process,
        and a delivery it held in ``sending`` becomes ``uncertain`` at the next start.
        """
        self._restart = False
        self.mailer.shutdown(timeout_s)
        self.stop()
        deadline = time.monotonic() + timeout_s
        while self.is_stopping and time.monotonic() < deadline:
            assert self._stopper is not None
            self._stopper.join(0.05)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
        stopped = not self.is_stopping
        if stopped and self._running:
            self._on_stopped()
        if not stopped:
            log.warning("modems did not stop within %.0f s", timeout_s)
        return stopped

    # --- from the modem threads ------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        """The dispatcher listener: runs on a modem thread, only remembers what changed."""
        with self._lock:
            if isinstance(event, DeliveryUpdate):
                self._pending_alerts.add(event.alert_id)
            elif isinstance(event, ModemStatus):
                self._views[event.modem_id] = self._merged(event)
                self._modems_dirty = True

    def _merged(self, event: ModemStatus) -> ModemView:
        old = self._views.get(event.modem_id)
        label = event.label or (old.label if old else SIMULATED_LABEL)
        view = ModemView(
            event.modem_id,
            label,
            event.simulated,
            event.state,
            event.message,
            event.info or (old.info if old else None),
            old.problem if old else "",
            old.problem_at if old else None,
        )
        if event.state in MODEM_PROBLEM_STATES and event.message:
            view = replace(view, problem=event.message, problem_at=dt.datetime.now(dt.UTC))
        return view

    # --- on the GUI thread -----------------------------------------------------------------

    @Slot()
    def flush(self) -> None:
        """Emit what the modem threads collected since the last flush."""
        with self._lock:
            alert_ids, self._pending_alerts = self._pending_alerts, set()
            views = tuple(self._views.values()) if self._modems_dirty else None
            self._modems_dirty = False
        if alert_ids:
            self.deliveries_changed.emit(frozenset(alert_ids))
        if views is not None:
            self.modems_changed.emit(views)

    @Slot()
    def _on_stopped(self) -> None:
        if not self._running:
            return
        self._running = False
        self._dispatcher = None
        self._heartbeat = None
        self._timer.stop()
        self.flush()
        self.running_changed.emit(False)
        log.info("desk dispatcher stopped")
        if self._restart:
            self._restart = False
            self._load_specs()
            self.flush()
            if not self.start():
                self.running_changed.emit(False)

    def _set_problem(self, message: str) -> None:
        self.problem = message
        self.problem_changed.emit(message)
