"""Who is dispatching, at every desk: the heartbeats of :mod:`bindesk.services.dispatchers`.

:class:`DispatchWatcher` reads the live dispatchers off the GUI thread every 5 s (one small
indexed query; its own one-thread task runner, so the window's "Bezig…" does not flicker)
and emits a :class:`~bindesk.services.dispatchers.DispatchState`. :class:`DispatchStatusLabel`
shows it in the status bar; :class:`DispatchWarning` is the red line on Alarm when nobody
has dispatched for 30 s ("geen verzendpost actief sinds 14:02 — niemand verstuurt dit
bericht").
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from bindesk.db.engine import Database
from bindesk.gui.tasks import Progress, TaskRunner
from bindesk.services import dispatchers
from bindesk.services.dispatchers import DispatchState

log = logging.getLogger(__name__)

POLL_MS = 5_000
SOON_MS = 1_500
RED = "color: #b00020; font-weight: bold;"


def local_hhmm(when: dt.datetime) -> str:
    return when.astimezone().strftime("%H:%M")


class DispatchWatcher(QObject):
    """Polls the heartbeats; ``changed`` carries a DispatchState (on the GUI thread)."""

    changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.state: DispatchState | None = None
        self._tasks = TaskRunner(self, max_threads=1)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._polling = False
        self._soon = False

    def start(self) -> None:
        self._timer.start()
        QTimer.singleShot(0, self.poll)

    def stop(self) -> None:
        self._timer.stop()
        self._tasks.shutdown()

    @Slot()
    def poll_soon(self, *_args: object) -> None:
        """This desk's dispatcher or one of its modems changed: look again once its
        heartbeat has been written (early beats come within a second)."""
        if not self._soon:
            self._soon = True
            QTimer.singleShot(SOON_MS, self._poll_now)

    @Slot()
    def _poll_now(self) -> None:
        self._soon = False
        self.poll()

    @Slot()
    def poll(self) -> None:
        if self._polling or not self._timer.isActive():
            return
        self._polling = True
        db = self.db

        def work(_progress: Progress) -> DispatchState:
            with db.read_session() as s:
                return dispatchers.dispatch_state(s)

        self._tasks.submit("dispatchers", work, on_done=self._done, on_error=self._failed)

    def _done(self, state: DispatchState) -> None:
        self._polling = False
        self.state = state
        self.changed.emit(state)

    def _failed(self, message: str) -> None:
        self._polling = False
        log.warning("dispatcher heartbeats unreadable: %s", message)


def nobody_text(state: DispatchState, tr_since: str, tr_never: str) -> str:
    if state.last_alive_at is None:
        return tr_never
    return tr_since.format(time=local_hhmm(state.last_alive_at))


class DispatchStatusLabel(QLabel):
    """The status bar's "Verzendpost: pc-onthaal (2/2 modems klaar)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatch_status_label")

    @Slot(object)
    def show_state(self, state: DispatchState) -> None:
        if not state.anyone:
            self.setText(
                nobody_text(
                    state,
                    self.tr("Geen verzendpost actief sinds {time}"),
                    self.tr("Geen verzendpost actief"),
                )
            )
            self.setStyleSheet(RED)
            self.setToolTip(
                self.tr(
                    "Geen enkele pc verstuurt de wachtrij. Start bindesk op de pc met de "
                    "gsm-modem, of de verzenddienst zonder venster."
                )
            )
            return
        parts = []
        tips = []
        for beat in state.live:
            parts.append(
                self.tr("{host} ({ready}/{total} modems klaar)").format(
                    host=beat.host, ready=beat.ready_modems, total=len(beat.modems)
                )
            )
            for m in beat.modems:
                signal = "?" if m.signal is None else f"{m.signal}%"
                tips.append(f"{beat.host} · {m.label}: {m.state}, {signal}, {m.operator or '?'}")
            if beat.last_sent_at is not None:
                tips.append(
                    self.tr("{host}: laatste sms om {time}").format(
                        host=beat.host, time=local_hhmm(beat.last_sent_at)
                    )
                )
        self.setText(self.tr("Verzendpost: {posts}").format(posts=", ".join(parts)))
        healthy = all(beat.ready_modems for beat in state.live)
        self.setStyleSheet("" if healthy else RED)
        self.setToolTip("\n".join(tips))


class DispatchWarning(QLabel):
    """The red line on Alarm while nobody dispatches; hidden until the first poll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatch_warning_label")
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #fdecea; color: #b00020; border: 1px solid #e6a1a1; padding: 4px 8px; "
            "font-weight: bold;"
        )
        self.setVisible(False)
        self.warning = ""

    @Slot(object)
    def show_state(self, state: DispatchState) -> None:
        self.warning = (
            ""
            if state.anyone
            else nobody_text(
                state,
                self.tr("Geen verzendpost actief sinds {time} — niemand verstuurt dit bericht."),
                self.tr("Geen verzendpost actief — niemand verstuurt dit bericht."),
            )
        )
        self.setText(
            self.warning
            + (
                " "
                + self.tr(
                    "Start bindesk op de pc met de gsm-modem (of de verzenddienst zonder "
                    "venster); het bericht blijft tot dan in de wachtrij."
                )
                if self.warning
                else ""
            )
        )
        self.setVisible(bool(self.warning))
