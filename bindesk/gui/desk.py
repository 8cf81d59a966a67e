"""What every page needs: the database, who is logged in, background work, errors."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal

from bindesk.db.engine import Database
from bindesk.domain.errors import BindeskError
from bindesk.gui.tasks import Progress, TaskHandle, TaskRunner
from bindesk.services.operators import Actor, Permission


class Desk(QObject):
    """The session of one operator at one desk.

    ``changed`` tells pages that data of a kind ("members", "networks", "audit",
    "settings", "operators") was changed, so they reload what they show.
    """

    changed = Signal(str)
    status_message = Signal(str)  # a short confirmation for the status bar

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

    def refuse(self, message: str) -> None:
        """Show a refusal (Dutch, actionable) in the one error dialog."""
        self.tasks.error.emit(message)

    def say(self, message: str) -> None:
        self.status_message.emit(message)

    def notify(self, *kinds: str) -> None:
        for kind in kinds:
            self.changed.emit(kind)


class _HasDesk(Protocol):
    desk: Desk


_W = TypeVar("_W", bound=_HasDesk)


def desk_action(method: Callable[[_W], None]) -> Callable[..., None]:
    """A button's action: a refusal from the services goes to the error dialog, not the
    crash dialog. Extra signal arguments (``clicked(bool)``) are ignored."""

    @functools.wraps(method)
    def run(self: _W, *_signal_args: object) -> None:
        try:
            method(self)
        except BindeskError as exc:
            self.desk.refuse(str(exc))

    return run
