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
from bindesk.gui.operations import Change

log = logging.getLogger(__name__)

# table -> what changed for the desk's pages (the same Change set a write at this desk announces)
TABLE_CHANGES: dict[str, Change] = {
    "networks": Change.NETWORKS,
    "members": Change.MEMBERS,
    "memberships": Change.MEMBERS,
    "operators": Change.OPERATORS,
    "settings": Change.SETTINGS,
    "tip_presets": Change.TIPS,
    "alerts": Change.OUTBOX,
    "alert_networks": Change.OUTBOX,
    "deliveries": Change.DELIVERIES,  # a dispatcher's progress: Verzonden only
    "inbound_messages": Change.INBOX,
    "surveys": Change.SURVEYS,
    "survey_questions": Change.SURVEYS,
    "survey_responses": Change.SURVEYS,
    "survey_answers": Change.SURVEYS,
    "survey_digests": Change.SURVEYS,
    "newsletters": Change.NEWSLETTERS,
    "audit_events": Change.AUDIT,
}


def changes_for(tables: frozenset[str]) -> Change:
    changes = Change.NONE
    for table in tables:
        changes |= TABLE_CHANGES.get(table, Change.NONE)
    return changes


def kinds_for(tables: frozenset[str]) -> list[str]:
    """The changed kinds by name, in declaration order (tests, logging)."""
    changes = changes_for(tables)
    return [c.name.lower() for c in Change if c.name and c in changes and c is not Change.NONE]


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
        changes = changes_for(tables)
        if changes:
            self.desk.notify(changes)
            self.announced.emit(kinds_for(tables))
