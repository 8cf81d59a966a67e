"""What every page needs: the database, who is logged in, background work, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from bindesk.db.engine import Database
from bindesk.gui.tasks import Progress, TaskHandle, TaskRunner
from bindesk.services.operators import Actor, Permission


class Desk(QObject):
    """The session of one operator at one desk.

    ``changed`` tells pages that data of a kind ("members", "networks", "audit",
    "settings", "operators") was changed, so they reload what they show.
    """

    changed = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = TaskRunner(self)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    def run(
        self,
        name: str,
        work: Callable[[Progress], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle:
        return self.tasks.submit(
            name, work, on_done=on_done, on_error=on_error, on_progress=on_progress
        )

    def notify(self, *kinds: str) -> None:
        for kind in kinds:
            self.changed.emit(kind)
