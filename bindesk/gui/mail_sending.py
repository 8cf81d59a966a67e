"""The desk's e-mail worker: :class:`~bindesk.services.mail_dispatch.MailDispatcher`, bridged.

When the zone's mail server is configured (Instellingen → E-mail, or ``BINDESK_SMTP_URL`` on
this PC) the desk sends the queued e-mails itself, beside its modems, exactly as
``bindesk outbox run`` does; a database with demo data never sends e-mail (fictitious
addresses). The worker's events are collected on its thread and flushed to the GUI thread by
a 100 ms timer (``state_changed``, ``deliveries_changed``), like :mod:`bindesk.gui.sending`.
Stopping waits for the message in flight on a helper thread, never on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

from bindesk.db.engine import Database
from bindesk.domain.errors import BindeskError
from bindesk.gui.operations import gui_thread_database_allowed
from bindesk.mail.smtp import SmtpSettings, SmtpTransport
from bindesk.services import demo, mail, outbox
from bindesk.sms.dispatcher import DeliveryUpdate, Event, ModemStatus

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 100


class DeskMailer(QObject):
    """The e-mail worker of this desk (at most one), started and stopped by the desk."""

    state_changed = Signal(str, str)  # worker state (ready/down/needs_operator/…), message
    deliveries_changed = Signal()  # e-mail deliveries changed state
    running_changed = Signal(bool)
    _thread_stopped = Signal()

    def __init__(
        self,
        db: Database,
        *,
        policy: outbox.RetryPolicy | None = None,
        worker: Any = None,  # MailWorkerSettings (tests: fast polling)
        transport_factory: Callable[[SmtpSettings], SmtpTransport] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.policy = policy
        self.worker = worker
        self.transport_factory = transport_factory
        self.problem = ""
        self.state = "not_started"
        self.message = ""
        self.server = ""  # host:port the worker sends through
        self._dispatcher: Any = None
        self._stopper: threading.Thread | None = None
        self._restart = False
        self._lock = threading.Lock()
        self._pending_state: tuple[str, str] | None = None
        self._pending_deliveries = False
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_INTERVAL_MS)
        self._timer.timeout.connect(self.flush)
        self._thread_stopped.connect(self._on_stopped)

    @property
    def is_running(self) -> bool:
        return self._dispatcher is not None

    @property
    def is_stopping(self) -> bool:
        return self._stopper is not None and self._stopper.is_alive()

    def _settings(self) -> SmtpSettings | None:
        """One or two settings rows, read when the worker (re)starts: like the modem bridge's
        demo check, allowed on the GUI thread (it cannot grow with the data)."""
        with gui_thread_database_allowed(), self.db.read_session() as s:
            smtp = mail.effective_settings(s)
            if smtp is not None and demo.is_demo(s):
                self.problem = self.tr(
                    "Demogegevens met fictieve adressen: deze desk verstuurt geen e-mails."
                )
                return None
        return smtp

    def start(self) -> bool:
        """Start the worker when mail is configured; False (with ``problem``) when not."""
        if self.is_running:
            return True
        if self.is_stopping:
            self._restart = True
            return False
        self.problem = ""
        try:
            smtp = self._settings()
        except BindeskError as exc:
            self.problem = self.tr("De mailinstelling is ongeldig: {error}").format(error=exc)
            return False
        if smtp is None:
            if not self.problem:
                self.problem = self.tr("Er is geen mailserver ingesteld (Instellingen → E-mail).")
            return False
        from bindesk.services.mail_dispatch import MailDispatcher
        from bindesk.services.mail_outbox import MailQueue

        dispatcher = MailDispatcher(
            MailQueue(self.db, self.policy),
            smtp,
            transport_factory=self.transport_factory,
            worker=self.worker,
        )
        dispatcher.add_listener(self.on_event)
        self._dispatcher = dispatcher
        self.server = smtp.label
        self.state = "connecting"
        dispatcher.start()
        self._timer.start()
        self.running_changed.emit(True)
        log.info("desk mail worker started: %s", smtp.label)
        return True

    def wake(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.wake()

    def restart(self) -> None:
        """The settings changed: stop (the message in flight finishes) and start again."""
        if self.is_running or self.is_stopping:
            self._restart = True
            self.stop()
        else:
            self.start()

    def stop(self) -> None:
        dispatcher = self._dispatcher
        if dispatcher is None or self.is_stopping:
            return

        def stop_worker() -> None:
            try:
                dispatcher.stop(60.0)
            except Exception:
                log.exception("stopping the mail worker failed")
            finally:
                self._thread_stopped.emit()

        self._stopper = threading.Thread(target=stop_worker, name="mail-stop", daemon=True)
        self._stopper.start()

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Stop and wait at most ``timeout_s`` while the window keeps painting."""
        self._restart = False
        self.stop()
        deadline = time.monotonic() + timeout_s
        while self.is_stopping and time.monotonic() < deadline:
            assert self._stopper is not None
            self._stopper.join(0.05)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
        stopped = not self.is_stopping
        if stopped and self._dispatcher is not None:
            self._on_stopped()
        return stopped

    # --- from the worker thread ----------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        with self._lock:
            if isinstance(event, DeliveryUpdate):
                self._pending_deliveries = True
            elif isinstance(event, ModemStatus):
                self._pending_state = (event.state, event.message)

    # --- on the GUI thread -------------------------------------------------------------------

    @Slot()
    def flush(self) -> None:
        with self._lock:
            state, self._pending_state = self._pending_state, None
            deliveries, self._pending_deliveries = self._pending_deliveries, False
        if state is not None:
            self.state, self.message = state
            self.state_changed.emit(*state)
        if deliveries:
            self.deliveries_changed.emit()

    @Slot()
    def _on_stopped(self) -> None:
        if self._dispatcher is None:
            return
        self._dispatcher = None
        self._timer.stop()
        self.flush()
        self.state = "stopped"
        self.running_changed.emit(False)
        log.info("desk mail worker stopped")
        if self._restart:
            self._restart = False
            self.start()
