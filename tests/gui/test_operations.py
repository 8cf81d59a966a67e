"""The desk's operation API: database work off the GUI thread, results for live pages only,
one error route, changes announced as a typed set (audit by the services themselves)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Network
from bindesk.domain.errors import InvalidInput
from bindesk.gui.desk import Desk
from bindesk.gui.operations import Change, GuiThreadDatabaseAccess, refuse_on_gui_thread
from bindesk.services import networks
from bindesk.services.operators import Actor

# desk code: a function whose module is a GUI module, as a page's method would be
_PAGE_CODE = """
def read_on_the_gui_thread(db):
    with db.read_session() as s:
        return s.scalar(select(func.count()).select_from(Network))
"""


def _page_function(name: str) -> object:
    namespace = {"__name__": "bindesk.gui.pages.example", "select": select, "func": func}
    namespace["Network"] = Network
    exec(compile(_PAGE_CODE, "<page>", "exec"), namespace)
    return namespace[name]


def test_desk_code_on_the_gui_thread_is_refused(db: Database, admin: Actor) -> None:
    Desk(db, admin)  # installs the guard on its database
    read = _page_function("read_on_the_gui_thread")
    with pytest.raises(GuiThreadDatabaseAccess, match=r"bindesk\.gui\.pages\.example"):
        read(db)  # type: ignore[operator]
    with db.read_session() as s:  # test code (not desk code) may look
        assert s.scalar(select(func.count()).select_from(Network)) == 0


def test_the_same_code_off_the_gui_thread_is_allowed(db: Database) -> None:
    db.session_guard = refuse_on_gui_thread
    read = _page_function("read_on_the_gui_thread")
    found: list[object] = []
    worker = threading.Thread(target=lambda: found.append(read(db)))  # type: ignore[operator]
    worker.start()
    worker.join()
    assert found == [0]


def test_a_write_announces_its_changes_and_the_audit_by_itself(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    desk = Desk(db, admin)
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[Change] = []
    desk.changed.connect(seen.append)
    results: list[int] = []
    worker_threads: list[int] = []

    def work(s: Session) -> int:
        worker_threads.append(threading.get_ident())
        return networks.add_network(s, admin, name="BIN Dorp", municipality="Lede").id

    with qtbot.waitSignal(desk.changed):
        desk.write("add", work, owner=owner, changes=Change.NETWORKS, on_done=results.append)
    assert seen == [Change.NETWORKS | Change.AUDIT]  # the service audited: announced for it
    qtbot.waitUntil(lambda: bool(results))
    assert worker_threads[0] != threading.get_ident()
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 1

    # a read announces nothing
    names: list[list[str]] = []
    desk.query(
        "list",
        lambda s: [n.name for n in networks.list_networks(s)],
        owner=owner,
        on_done=names.append,
    )
    qtbot.waitUntil(lambda: bool(names))
    assert names == [["BIN Dorp"]] and len(seen) == 1


def test_a_closed_page_gets_no_result_but_the_change_is_still_announced(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    desk = Desk(db, admin)
    owner = QWidget()
    gate = threading.Event()
    results: list[int] = []
    seen: list[Change] = []
    desk.changed.connect(seen.append)

    def work(s: Session) -> int:
        gate.wait(5)
        return networks.add_network(s, admin, name="BIN Kerk", municipality="Lede").id

    desk.write("add", work, owner=owner, changes=Change.NETWORKS, on_done=results.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()
    qtbot.waitUntil(lambda: not desk.tasks.busy)
    assert results == []
    assert seen == [Change.NETWORKS | Change.AUDIT]


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_refusal_goes_to_the_one_error_dialog_and_rolls_back(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    desk = Desk(db, admin)
    owner = QWidget()
    qtbot.addWidget(owner)
    failed: list[bool] = []

    def work(s: Session) -> None:
        networks.add_network(s, admin, name="BIN Half", municipality="Lede")
        s.flush()
        raise InvalidInput("Dit netwerk bestaat al.")

    with qtbot.waitSignal(desk.tasks.error) as shown:
        desk.write(
            "add",
            work,
            owner=owner,
            changes=Change.NETWORKS,
            on_failure=lambda: failed.append(True),
        )
    assert shown.args == ["Dit netwerk bestaat al."]
    qtbot.waitUntil(lambda: failed == [True])
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Network)) == 0
