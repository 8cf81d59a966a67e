"""One path for background work: run a callable off the GUI thread.

``TaskRunner.submit(work)`` runs ``work(progress)`` on a ``QThreadPool``. The callable
reports progress through the ``Progress`` it receives; at most ~10 reports a second
reach the GUI thread. Its result, or its failure, comes back as a signal on the GUI
thread. A :class:`BindeskError` (Dutch, actionable) goes to one error dialog unless the
caller handles it; anything else is logged and goes to the crash dialog.

The callable must open its own database session (``db.session()``): sessions and ORM
objects never cross threads; return plain values (dataclasses, tuples, ids).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)

from bindesk.domain.errors import BindeskError

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1  # at most ~10 progress reports a second reach the GUI


class Cancelled(Exception):
    """Raised inside a task by :meth:`Progress.check` after the task was cancelled."""


class Progress:
    """Handed to the work callable: ``progress(done, total, text)``; thread-safe, throttled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._last = 0.0
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the work at a safe point when the operator cancelled it."""
        if self._cancel.is_set():
            raise Cancelled


class TaskHandle(QObject):
    """One submitted task; its public signals are emitted on the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, name: str, reporter: Progress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.result: Any = None
        self.error: str | None = None
        self.unexpected: BaseException | None = None
        self.done = False
        self.number = 0  # the runner's number for it
        self.reporter = reporter
        # set by the runner: what to call when the task reported back, the caller's failure
        # callback, the caller's connections (all dropped by release())
        self.report: Callable[[TaskHandle, str | None], None] | None = None
        self.on_error: Callable[[str], None] | None = None
        self.on_failure: Callable[[], None] | None = None
        self.connections: list[Any] = []

    def cancel(self) -> None:
        self.reporter.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.done:
            self.progress.emit(done, total, text)

    def release(self) -> None:
        """Drop the callbacks: the handle (and its result) lives only as long as the caller
        keeps it."""
        for connection in self.connections:
            QObject.disconnect(connection)
        self.connections.clear()
        self.report = None
        self.on_error = None
        self.on_failure = None

    def _reported(self, message: str | None) -> None:
        report = self.report
        if report is not None:
            report(self, message)

    def _on_done(self, result: object) -> None:
        self.done = True
        self.result = result
        self.finished.emit(result)
        self._reported(None)

    def _on_error(self, exc: object) -> None:
        self.done = True
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
            self._reported(None)
            return
        if isinstance(exc, _Unexpected):
            self.unexpected = exc.original
            self.error = QCoreApplication.translate(
                "TaskRunner",
                "Er liep iets onverwacht mis. De details staan in het logbestand; "
                "meld dit aan de beheerder.",
            )
        else:
            self.error = str(exc)
        self.failed.emit(self.error)
        self._reported(self.error)


class _Relay(QObject):
    """Carries what the worker threads report to the GUI thread, by task number.

    The worker never holds a task's handle: a handle (a QObject) whose last reference
    dropped on a worker thread would be destroyed there, which Qt does not survive.
    """

    progress = Signal(int, int, int, str)  # task, done, total, text
    done = Signal(int, object)
    error = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self,
        work: Callable[[Progress], Any],
        number: int,
        name: str,
        reporter: Progress,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._number = number
        self._name = name
        self._reporter = reporter
        self._relay = relay

    def run(self) -> None:
        work, number, relay = self._work, self._number, self._relay
        del self._work  # the job object may outlive the task in the pool
        try:
            result = work(self._reporter)
        except (BindeskError, Cancelled) as exc:
            relay.error.emit(number, exc)
        except Exception as exc:
            log.exception("background task %s failed", self._name)
            relay.error.emit(number, _Unexpected(exc))
        else:
            relay.done.emit(number, result)


class _Unexpected(Exception):
    """An error that is not a BindeskError: a bug; logged with its traceback."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(f"{original.__class__.__name__}: {original}")
        self.original = original


class TaskRunner(QObject):
    """Runs tasks on its own thread pool and routes failures.

    ``error`` carries a Dutch message for the one error dialog; ``crashed`` carries an
    unexpected exception (already logged) for the crash dialog.
    """

    error = Signal(str)
    crashed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: dict[int, TaskHandle] = {}
        self._numbers = itertools.count(1)
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._progress, queued)
        self._relay.done.connect(self._done, queued)
        self._relay.error.connect(self._error, queued)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(
        self,
        name: str,
        work: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_failure: Callable[[], None] | None = None,
    ) -> TaskHandle:
        """Run ``work(progress)`` off the GUI thread; callbacks run on the GUI thread.

        Without ``on_error`` a refusal (BindeskError) goes to :attr:`error`. ``on_failure``
        runs after any failure (to re-enable a button), whichever way it was routed.
        """
        number = next(self._numbers)
        relay = self._relay
        reporter = Progress(lambda d, t, x: relay.progress.emit(number, d, t, x))
        # owned by Python, on the GUI thread: kept in _running until it reports back
        handle = TaskHandle(name, reporter)
        handle.number = number
        connections = handle.connections
        if on_progress is not None:
            connections.append(handle.progress.connect(on_progress))
        if on_done is not None:
            connections.append(handle.finished.connect(on_done))
        handle.report = self._reported
        handle.on_error = on_error
        handle.on_failure = on_failure
        was_busy = self.busy
        self._running[number] = handle
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(_Job(work, number, name, reporter, relay))
        return handle

    @Slot(int, int, int, str)
    def _progress(self, number: int, done: int, total: int, text: str) -> None:
        handle = self._running.get(number)
        if handle is not None:
            handle._on_progress(done, total, text)

    @Slot(int, object)
    def _done(self, number: int, result: object) -> None:
        handle = self._running.get(number)
        if handle is not None:
            handle._on_done(result)

    @Slot(int, object)
    def _error(self, number: int, exc: object) -> None:
        handle = self._running.get(number)
        if handle is not None:
            handle._on_error(exc)

    def _reported(self, handle: TaskHandle, message: str | None) -> None:
        """The handle reported back (done, failed or cancelled): route a failure, then let
        go of the handle and everything its callbacks hold (nothing accumulates per task)."""
        on_error, on_failure = handle.on_error, handle.on_failure
        self._running.pop(handle.number, None)
        handle.release()
        if not shiboken6.isValid(self):
            return  # the dialog that ran it has been closed and deleted meanwhile
        if message is not None:
            if on_error is not None:
                on_error(message)
            if handle.unexpected is not None:
                self.crashed.emit(handle.unexpected)
            elif on_error is None:
                self.error.emit(message)
            if on_failure is not None:
                on_failure()
        if not self._running:
            self.busy_changed.emit(False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every task has reported back (screenshots, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._running and not deadline.hasExpired():
            self.pool.waitForDone(20)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._running

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        for handle in list(self._running.values()):
            handle.cancel()
        self.pool.waitForDone(timeout_ms)
