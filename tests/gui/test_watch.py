"""Desks in step: what the CLI or another desk changes shows at an open desk, page by page."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.members_page import MembersPage
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.services import alerts, tips
from bindesk.services.operators import Actor
from tests import factories as f
from tests.gui.conftest import WindowFactory
from tests.pg import fresh_pg_database, needs_postgres

IN_STEP_MS = 2_000  # the promise: a change elsewhere shows within 2 s


def _cli(url: str, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bindesk", "--db", url, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _open_members(qtbot: QtBot, window: MainWindow) -> MembersPage:
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("members")
    return page


def _member_added_with_the_cli_appears_in_leden(
    qtbot: QtBot, database: Database, admin: Actor, make_window: WindowFactory
) -> None:
    with database.session() as s:
        f.network(s, admin, "BIN Oordegem")
    window = make_window(database, admin, watch=True)
    assert window.watcher is not None and window.watcher.core.ready.wait(10)
    page = _open_members(qtbot, window)
    assert page.model.rowCount() == 0
    _cli(
        database.url,
        "members", "add", "--network", "Oordegem", "--first-name", "Jan",
        "--last-name", "Vanderstraeten", "--street", "Kerkstraat", "--number", "12",
        "--postal-code", "9340", "--municipality", "Oordegem", "--mobile", "0470 12 34 56",
    )  # fmt: skip
    committed = time.monotonic()

    def shown() -> bool:
        return any(page.model.row_at(r).last_name == "Vanderstraeten"
                   for r in range(page.model.rowCount()))  # fmt: skip

    qtbot.waitUntil(shown, timeout=IN_STEP_MS)
    print(f"shown {time.monotonic() - committed:.2f} s after the CLI committed")


def test_member_added_with_the_cli_appears_in_an_open_desk_sqlite(
    qtbot: QtBot, db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    _member_added_with_the_cli_appears_in_leden(qtbot, db, admin, make_window)


@pytest.fixture
def pg() -> Iterator[Database]:
    yield from fresh_pg_database()


def _on_postgres(test):  # type: ignore[no-untyped-def]
    for mark in needs_postgres:
        test = mark(test)
    return test


@_on_postgres
def test_member_added_with_the_cli_appears_in_an_open_desk_postgres(
    qtbot: QtBot, pg: Database, admin: Actor, make_window: WindowFactory
) -> None:
    _member_added_with_the_cli_appears_in_leden(qtbot, pg, admin, make_window)


def test_dispatcher_progress_reloads_verzonden_not_leden(
    qtbot: QtBot, db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    # GIVEN an open desk showing Verzonden, with Leden loaded once (and the shipped tips
    # installed: the Alarm page installs them on its first load, which another desk would
    # see as a change of tips in the middle of this test)
    with db.session() as s:
        net = f.network(s, admin, "BIN Oordegem")
        f.numbered_members(s, admin, net, 5)
        alert_id = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="x")).id
        tips.list_presets(s)
    window = make_window(db, admin, watch=True)
    assert window.watcher is not None and window.watcher.core.ready.wait(10)
    members_page = _open_members(qtbot, window)
    outbox_page = window.pages["sent"]
    assert isinstance(outbox_page, OutboxPage)
    with qtbot.waitSignal(outbox_page.loaded):
        window.show_page("sent")
    other = open_database(db.url)  # another PC's dispatcher
    try:
        # WHEN another desk's dispatcher marks the deliveries sent
        with (
            qtbot.assertNotEmitted(members_page.loaded, wait=500),
            qtbot.waitSignal(window.watcher.announced, timeout=IN_STEP_MS) as announced,
            other.session() as s,
        ):
            s.execute(update(Delivery).where(Delivery.alert_id == alert_id).values(state="sent"))
        assert announced.args == [["deliveries"]]

        # THEN Verzonden shows it, Leden did not reload
        def all_sent() -> bool:
            summary = outbox_page.model.summary(alert_id)
            return summary is not None and summary.counts == {"sent": 5}

        qtbot.waitUntil(all_sent, timeout=IN_STEP_MS)
        # WHEN another desk queues a new alert, THEN it is the one selected here
        with other.session() as s:
            newer = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="y")).id
        qtbot.waitUntil(lambda: outbox_page.selected_id() == newer, timeout=IN_STEP_MS)
        qtbot.waitUntil(lambda: outbox_page.deliveries.rowCount() == 5, timeout=IN_STEP_MS)
    finally:
        other.dispose()


def test_a_network_added_at_another_desk_is_offered_in_alarm(
    qtbot: QtBot, db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    with db.session() as s:
        f.numbered_members(s, admin, f.network(s, admin, "BIN Oordegem"), 2)
    window = make_window(db, admin, watch=True)
    assert window.watcher is not None and window.watcher.core.ready.wait(10)
    page = window.pages["alert"]
    assert isinstance(page, AlertPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("alert")
    offered = page.ui.networks_list
    assert offered.count() == 1 and offered.item(0).text().startswith("BIN Oordegem")
    other = open_database(db.url)
    try:
        with other.session() as s:
            f.numbered_members(s, admin, f.network(s, admin, "BIN Bambrugge"), 3, start=10)
    finally:
        other.dispose()

    def bambrugge_offered() -> bool:
        return any("Bambrugge" in offered.item(i).text() for i in range(offered.count()))

    qtbot.waitUntil(bambrugge_offered, timeout=IN_STEP_MS)
