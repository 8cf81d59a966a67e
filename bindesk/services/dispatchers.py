"""Which PC is dispatching: every running dispatcher writes a heartbeat to the database.

A dispatcher (the desk's :class:`~bindesk.gui.sending.SendingBridge` or ``bindesk outbox
run``) owns one :class:`Heartbeat`: it listens to the dispatcher's events (modem health, the
last ``sent``) and writes one small row every :data:`INTERVAL_S` seconds from its own thread
(one UPDATE, cheap on SQLite and PostgreSQL). A clean stop writes ``stopped_at``; a killed
process simply stops beating and is no longer *live* after :data:`LIVE_WITHIN_S` seconds.

Every desk reads :func:`live_dispatchers` for its status bar and warns when an alert is
queued while nobody dispatches; ``bindesk db restore`` refuses while one is live.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.engine import Database
from bindesk.db.models import DispatcherHeartbeat
from bindesk.sms.dispatcher import DeliveryUpdate, Event, ModemStatus

log = logging.getLogger(__name__)

INTERVAL_S = 5.0  # a beat every 5 s
MIN_GAP_S = 1.0  # a modem changing state beats early, but at most once a second
LIVE_WITHIN_S = 30  # a dispatcher not heard of for 30 s is not dispatching
KEEP_DAYS = 7  # stopped or dead heartbeats are pruned after a week


@dataclass(frozen=True)
class ModemBeat:
    id: str
    label: str
    state: str  # connecting / ready / down / needs_operator / slow / stopped
    signal: int | None = None
    operator: str = ""
    simulated: bool = False
    message: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "state": self.state,
            "signal": self.signal,
            "operator": self.operator,
            "simulated": self.simulated,
            "message": self.message,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> ModemBeat:
        signal = doc.get("signal")
        return cls(
            id=str(doc.get("id", "")),
            label=str(doc.get("label", "")),
            state=str(doc.get("state", "")),
            signal=signal if isinstance(signal, int) else None,
            operator=str(doc.get("operator") or ""),
            simulated=bool(doc.get("simulated")),
            message=str(doc.get("message") or ""),
        )


@dataclass(frozen=True)
class DispatcherBeat:
    """One dispatcher as the desks see it."""

    host: str
    pid: int
    kind: str  # desk / cli
    started_at: dt.datetime
    last_seen: dt.datetime
    stopped_at: dt.datetime | None
    last_sent_at: dt.datetime | None
    modems: tuple[ModemBeat, ...]

    @property
    def ready_modems(self) -> int:
        return sum(1 for m in self.modems if m.state == "ready")

    def as_json(self, now: dt.datetime | None = None) -> dict[str, Any]:
        return {
            "host": self.host,
            "pid": self.pid,
            "kind": self.kind,
            "alive": is_live(self, now),
            "started_at": self.started_at.isoformat(),
            "last_seen": self.last_seen.isoformat(),
            "stopped_at": self.stopped_at.isoformat() if self.stopped_at else None,
            "last_sent_at": self.last_sent_at.isoformat() if self.last_sent_at else None,
            "modems": [m.as_json() for m in self.modems],
        }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def is_live(
    beat: DispatcherBeat, now: dt.datetime | None = None, within_seconds: float = LIVE_WITHIN_S
) -> bool:
    now = now or _now()
    return beat.stopped_at is None and now - beat.last_seen <= dt.timedelta(seconds=within_seconds)


def _beat(row: DispatcherHeartbeat) -> DispatcherBeat:
    modems = tuple(ModemBeat.from_json(m) for m in (row.modems or []) if isinstance(m, dict))
    return DispatcherBeat(
        row.host,
        row.pid,
        row.kind,
        row.started_at,
        row.last_seen,
        row.stopped_at,
        row.last_sent_at,
        modems,
    )


def live_dispatchers(
    session: Session, within_seconds: float = LIVE_WITHIN_S
) -> list[DispatcherBeat]:
    """The dispatchers heard of in the last ``within_seconds`` and not stopped, newest first."""
    since = _now() - dt.timedelta(seconds=within_seconds)
    rows = session.scalars(
        select(DispatcherHeartbeat)
        .where(DispatcherHeartbeat.stopped_at.is_(None), DispatcherHeartbeat.last_seen >= since)
        .order_by(DispatcherHeartbeat.last_seen.desc())
    )
    return [_beat(r) for r in rows]


def recent_dispatchers(session: Session, hours: float = 24) -> list[DispatcherBeat]:
    """Every dispatcher heard of in the last ``hours`` (live, stopped or gone), newest first."""
    since = _now() - dt.timedelta(hours=hours)
    rows = session.scalars(
        select(DispatcherHeartbeat)
        .where(DispatcherHeartbeat.last_seen >= since)
        .order_by(DispatcherHeartbeat.last_seen.desc())
    )
    return [_beat(r) for r in rows]


def last_dispatching_at(session: Session) -> dt.datetime | None:
    """When a dispatcher was last alive (its last beat, or its clean stop); None: never."""
    # a clean stop writes its last beat too, so the newest last_seen is the answer
    last: dt.datetime | None = session.scalar(select(func.max(DispatcherHeartbeat.last_seen)))
    return last


@dataclass(frozen=True)
class DispatchState:
    """What a desk shows: who dispatches now, or since when nobody does."""

    live: tuple[DispatcherBeat, ...]
    last_alive_at: dt.datetime | None

    @property
    def anyone(self) -> bool:
        return bool(self.live)


def dispatch_state(session: Session, within_seconds: float = LIVE_WITHIN_S) -> DispatchState:
    return DispatchState(
        tuple(live_dispatchers(session, within_seconds)), last_dispatching_at(session)
    )


def status_json(session: Session) -> list[dict[str, Any]]:
    """The ``"dispatchers"`` part of ``bindesk outbox status --json``."""
    now = _now()
    return [beat.as_json(now) for beat in recent_dispatchers(session)]


class Heartbeat:
    """The heartbeat of one dispatcher: give :meth:`listen` to the dispatcher as a listener,
    :meth:`start` it with the dispatcher and :meth:`stop` it after."""

    def __init__(
        self,
        db: Database,
        *,
        kind: str,
        interval_s: float = INTERVAL_S,
        host: str | None = None,
    ) -> None:
        self.db = db
        self.kind = kind
        self.interval_s = interval_s
        self.host = host or config.desk_host()
        self.instance = uuid.uuid4().hex
        self._lock = threading.Lock()
        self._modems: dict[str, ModemBeat] = {}
        self._last_sent: dt.datetime | None = None
        self._stop = threading.Event()
        self._early = threading.Event()  # a modem changed state: beat now
        self._thread: threading.Thread | None = None
        self._row_id: int | None = None

    def set_modems(self, modems: Iterable[tuple[str, str, bool]]) -> None:
        """The dispatcher's modems (id, label, simulated), before it starts."""
        with self._lock:
            self._modems = {
                modem_id: self._modems.get(modem_id)
                or ModemBeat(modem_id, label, "connecting", simulated=simulated)
                for modem_id, label, simulated in modems
            }

    def listen(self, event: Event) -> None:
        """A dispatcher listener (runs on the modem threads): remembers, never writes."""
        with self._lock:
            if isinstance(event, ModemStatus):
                old = self._modems.get(event.modem_id)
                if old is None or old.state != event.state:
                    self._early.set()
                info = event.info
                self._modems[event.modem_id] = ModemBeat(
                    event.modem_id,
                    event.label or (old.label if old else event.modem_id),
                    event.state,
                    info.signal_percent if info else (old.signal if old else None),
                    info.network_name if info else (old.operator if old else ""),
                    event.simulated,
                    event.message,
                )
            elif isinstance(event, DeliveryUpdate) and event.state == "sent":
                self._last_sent = _now()

    def start(self, *, first_beat_in_thread: bool = False) -> None:
        """Beat from now on. The first beat is written before this returns, or with
        ``first_beat_in_thread`` by the heartbeat's own thread (the desk's GUI thread never
        waits for the database)."""
        self._stop.clear()
        if not first_beat_in_thread:
            self._write(started=True)
        self._thread = threading.Thread(
            target=self._run,
            args=(first_beat_in_thread,),
            name=f"heartbeat-{self.kind}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """A clean stop: the last beat says so (``stopped_at``)."""
        self._stop.set()
        self._early.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(self.interval_s + 5)
        self._write(stopped=True)

    def beat(self) -> None:
        self._write()

    def _run(self, first_beat: bool) -> None:
        if first_beat:
            self._write(started=True)
        while True:
            self._early.wait(self.interval_s)
            if self._stop.is_set():
                return
            self._early.clear()
            self._write()
            if self._stop.wait(min(MIN_GAP_S, self.interval_s)):
                return

    def _write(self, *, started: bool = False, stopped: bool = False) -> None:
        with self._lock:
            modems = [m.as_json() for m in self._modems.values()]
            last_sent = self._last_sent
        now = _now()
        try:
            with self.db.session() as s:
                row = s.get(DispatcherHeartbeat, self._row_id) if self._row_id else None
                if row is None:
                    if started:
                        s.execute(
                            delete(DispatcherHeartbeat).where(
                                DispatcherHeartbeat.last_seen < now - dt.timedelta(days=KEEP_DAYS)
                            )
                        )
                    row = DispatcherHeartbeat(
                        instance=self.instance,
                        host=self.host,
                        pid=os.getpid(),
                        kind=self.kind,
                        started_at=now,
                    )
                    s.add(row)
                row.last_seen = now
                row.modems = modems
                row.last_sent_at = last_sent
                row.stopped_at = now if stopped else None
                s.flush()
                self._row_id = row.id
        except SQLAlchemyError:
            log.warning("dispatcher heartbeat not written", exc_info=True)
