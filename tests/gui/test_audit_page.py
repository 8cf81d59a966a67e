from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui import ask
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.audit_page import AuditPage
from bindesk.services import members
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory


def _page(qtbot: QtBot, window: MainWindow) -> AuditPage:
    page = window.pages["audit"]
    assert isinstance(page, AuditPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("audit")
    return page


def test_shows_who_did_what_and_filters(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    with demo_db.session() as s:
        first = members.member_rows(s, admin)[0]
        members.opt_out_at_desk(s, admin, members.get_member(s, first.id))
    page = _page(qtbot, make_window(demo_db, admin))
    # three demo networks, the demo survey's import, one opt-out
    assert page.model.rowCount() == 5
    assert page.model.index(0, 2).data() == "afgemeld voor berichten"
    assert "afgemeld op" in page.ui.detail_browser.toPlainText()
    combo = page.ui.action_combo
    with qtbot.waitSignal(page.loaded):
        combo.setCurrentIndex(combo.findData("create"))
    assert page.model.rowCount() == 3
    assert all(page.model.index(r, 2).data() == "aangemaakt" for r in range(3))


def test_export_writes_the_filtered_events(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = _page(qtbot, make_window(demo_db, admin))
    target = tmp_path / "logboek"
    monkeypatch.setattr(ask, "save_file", lambda *_a: str(target))
    with qtbot.waitSignal(page.exported) as exported:
        page.ui.export_button.click()
    assert exported.args == [str(target.with_suffix(".csv"))]
    with target.with_suffix(".csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 1 + 4
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)  # the export itself is logged
    assert page.model.index(0, 2).data() == "geëxporteerd"


def test_only_admin_sees_the_audit_page(
    demo_db: Database, beheer: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, beheer)
    assert "audit" not in window.page_keys()
