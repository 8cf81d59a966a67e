"""What every page needs: the database, who is logged in, background work, errors."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.domain.errors import BindeskError
from bindesk.gui.operations import Change, Outcome, alive, refuse_on_gui_thread, run_in_session
from bindesk.gui.tasks import Progress, TaskHandle, TaskRunner
from bindesk.services.operators import Actor, Permission

T = TypeVar("T")


class Desk(QObject):
    """The session of one operator at one desk.

    ``changed`` carries a :class:`~bindesk.gui.operations.Change` set after a write
    operation committed, so pages reload what they show. Database work goes through
    :meth:`query` and :meth:`write` (see ``bindesk.gui.operations``); the desk's database
    refuses sessions opened on the GUI thread.
    """

    changed = Signal(object)
    status_message = Signal(str)  # a short confirmation for the status bar

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = TaskRunner(self)
        db.session_guard = refuse_on_gui_thread

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

    def query(
        self,
        name: str,
        work: Callable[[Session], T],
        *,
        owner: QObject | None,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_failure: Callable[[], None] | None = None,
    ) -> TaskHandle:
        """Read off the GUI thread: ``work(session)`` in a read session; ``on_done(result)``
        on the GUI thread unless ``owner`` was deleted meanwhile."""
        db = self.db
        return self._op(
            name,
            lambda _p: run_in_session(db.read_session, work, Change.NONE),
            owner,
            on_done,
            on_error,
            on_failure,
        )

    def write(
        self,
        name: str,
        work: Callable[[Session], T],
        *,
        owner: QObject | None,
        changes: Change = Change.NONE,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_failure: Callable[[], None] | None = None,
    ) -> TaskHandle:
        """Change data off the GUI thread: ``work(session)`` in one transaction; after the
        commit ``changed`` announces ``changes`` (plus AUDIT when the services audited),
        then ``on_done(result)`` runs unless ``owner`` was deleted meanwhile."""
        db = self.db
        return self._op(
            name,
            lambda _p: run_in_session(db.session, work, changes),
            owner,
            on_done,
            on_error,
            on_failure,
        )

    def write_with_progress(
        self,
        name: str,
        work: Callable[[Session, Progress], T],
        *,
        owner: QObject | None,
        on_progress: Callable[[int, int, str], None],
        changes: Change = Change.NONE,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_failure: Callable[[], None] | None = None,
    ) -> TaskHandle:
        """:meth:`write` for long work that reports ``progress(done, total)``."""
        db = self.db
        return self._op(
            name,
            lambda p: run_in_session(db.session, lambda s: work(s, p), changes),
            owner,
            on_done,
            on_error,
            on_failure,
            lambda *a: on_progress(*a) if alive(owner) else None,
        )

    def _op(
        self,
        name: str,
        work: Callable[[Progress], Outcome[T]],
        owner: QObject | None,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[str], None] | None,
        on_failure: Callable[[], None] | None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskHandle:
        def done(outcome: Outcome[T]) -> None:
            self.notify(outcome.changes)
            if on_done is not None and alive(owner):
                on_done(outcome.result)

        def failed(message: str) -> None:
            if alive(owner):
                assert on_error is not None
                on_error(message)

        return self.tasks.submit(
            name,
            work,
            on_done=done,
            on_error=failed if on_error is not None else None,
            on_failure=(lambda: on_failure() if alive(owner) else None) if on_failure else None,
            on_progress=on_progress,
        )

    def refuse(self, message: str) -> None:
        """Show a refusal (Dutch, actionable) in the one error dialog."""
        self.tasks.error.emit(message)

    def say(self, message: str) -> None:
        self.status_message.emit(message)

    def notify(self, changes: Change) -> None:
        if changes:
            self.changed.emit(changes)


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
