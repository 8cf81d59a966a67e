"""The desk's operations: one way to run a service call off the GUI thread.

In the spirit of Anki's ``aqt.operations`` (``CollectionOp`` / ``QueryOp``):

* :meth:`Desk.query` runs ``work(session)`` in a *read* session on the task pool;
* :meth:`Desk.write` runs ``work(session)`` in one *write* transaction (committed when the
  work returns, rolled back when it raises) and, after the commit, announces what changed
  as a :class:`Change` set on ``Desk.changed``. ``Change.AUDIT`` is added by itself when
  the services wrote to the audit trail (``services.audit.recorded``); no page says so.

Both open the session themselves (sessions and ORM objects never cross threads: the work
returns plain values), drop the result when the ``owner`` widget has been closed (deleted)
meanwhile, and send a refusal (``BindeskError``) to the one error dialog unless the caller
passes ``on_error`` (a dialog that shows it inline); anything unexpected goes to the crash
dialog. ``on_failure()`` runs after either, to re-enable what the operation disabled.
Work that needs no database (reading a file) uses ``Desk.run``.

:func:`refuse_on_gui_thread` is the guard the desk installs on its database: a session
opened on the GUI thread from desk code raises :class:`GuiThreadDatabaseAccess`.
"""

from __future__ import annotations

import enum
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from bindesk.services import audit

T = TypeVar("T")


class Change(enum.Flag):
    """What an operation changed; pages reload what they show when it concerns them.

    ``MEMBERS`` means the member list as a whole (an import, the demo data): the Leden page
    reloads everything. A change to a few members announces ``NETWORKS`` (their counts) and
    the page that made it reloads those rows in place.
    """

    NONE = 0
    MEMBERS = enum.auto()
    NETWORKS = enum.auto()
    AUDIT = enum.auto()
    SETTINGS = enum.auto()
    OPERATORS = enum.auto()
    OUTBOX = enum.auto()
    SURVEYS = enum.auto()
    DELIVERIES = enum.auto()  # a dispatcher's progress (any desk): Verzonden only
    INBOX = enum.auto()
    NEWSLETTERS = enum.auto()
    TIPS = enum.auto()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write operation's worker hands back: the result and what changed."""

    result: T
    changes: Change


def alive(owner: QObject | None) -> bool:
    """The owner of an operation is still there to show its result."""
    return owner is None or shiboken6.isValid(owner)


def run_in_session(
    session_factory: Callable[[], Any],
    work: Callable[[Session], T],
    changes: Change,
) -> Outcome[T]:
    """Runs on the worker thread: one session around ``work``; what changed after commit."""
    with session_factory() as session:
        result = work(session)
        audited = audit.recorded(session)
    if audited:
        changes |= Change.AUDIT
    return Outcome(result, changes)


# --- the GUI-thread database guard --------------------------------------------------------


class GuiThreadDatabaseAccess(RuntimeError):
    """Desk code opened a database session on the GUI thread (a bug: use Desk.query/write)."""


_allowed = threading.local()


class gui_thread_database_allowed:
    """Start-up only (before the window is shown: language, first-run check) and the
    screenshot tool: database work on the GUI thread that no operator can be waiting on."""

    def __enter__(self) -> None:
        _allowed.depth = getattr(_allowed, "depth", 0) + 1

    def __exit__(self, *_exc: object) -> None:
        _allowed.depth -= 1


def refuse_on_gui_thread() -> None:
    """The session guard: refuse a session opened on the main (GUI) thread while desk code
    (``bindesk.gui``) is on the stack. Test code setting up data is not desk code."""
    if threading.current_thread() is not threading.main_thread():
        return
    if getattr(_allowed, "depth", 0):
        return
    frame = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("bindesk.gui") and module != __name__:
            raise GuiThreadDatabaseAccess(
                f"database session opened on the GUI thread by {module}:"
                f"{frame.f_code.co_name} (line {frame.f_lineno}); use Desk.query/write"
            )
        frame = frame.f_back  # type: ignore[assignment]
