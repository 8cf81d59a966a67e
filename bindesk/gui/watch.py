"""Desks in step: what another desk, the CLI or a dispatcher changed reaches this desk's pages.

The Qt-free :class:`~bindesk.db.changes.ChangeWatcher` runs in its own thread (it polls a
dedicated SQLite connection or LISTENs on PostgreSQL); this bridge hands the changed tables
to the GUI thread through a queued signal and announces them through the desk's ordinary
``changed`` kinds, so a page reloads exactly as after a change made at this desk, and only
the pages that show a changed table.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from bindesk.db.changes import ChangeWatcher
from bindesk.gui.desk import Desk

log = logging.getLogger(__name__)

# table -> the desk's change kind (what pages listen to)
TABLE_KINDS = {
    "networks": "networks",
    "members": "members",
    "memberships": "members",
    "operators": "operators",
    "settings": "settings",
    "tip_presets": "tips",
    "alerts": "outbox",
    "alert_networks": "outbox",
    "deliveries": "deliveries",  # a dispatcher's progress: Verzonden only
    "inbound_messages": "inbox",
    "surveys": "surveys",
    "survey_questions": "surveys",
    "survey_responses": "surveys",
    "survey_answers": "surveys",
    "survey_digests": "surveys",
    "newsletters": "newsletter",
    "audit_events": "audit",
}
KIND_ORDER = list(dict.fromkeys(TABLE_KINDS.values()))


def kinds_for(tables: frozenset[str]) -> list[str]:
    kinds = {TABLE_KINDS[t] for t in tables if t in TABLE_KINDS}
    return [k for k in KIND_ORDER if k in kinds]


class DeskWatcher(QObject):
    """Announces changes made elsewhere as the desk's ``changed`` kinds (GUI thread)."""

    tables_changed = Signal(object)  # frozenset[str]; emitted from the watcher thread
    announced = Signal(list)  # the kinds just announced (tests, status bar)

    def __init__(self, desk: Desk, interval: float | None = None) -> None:
        super().__init__(desk)
        self.desk = desk
        self.tables_changed.connect(self._announce)  # queued: the watcher is another thread
        if interval is None:
            self.core = ChangeWatcher(desk.db.read_engine, self.tables_changed.emit)
        else:
            self.core = ChangeWatcher(desk.db.read_engine, self.tables_changed.emit, interval)

    def start(self) -> bool:
        started = self.core.start()
        if not started:
            log.info("no change watcher for this database")
        return started

    def stop(self) -> None:
        self.core.stop()

    @Slot(object)
    def _announce(self, tables: frozenset[str]) -> None:
        kinds = kinds_for(tables)
        if kinds:
            self.desk.notify(*kinds)
            self.announced.emit(kinds)
