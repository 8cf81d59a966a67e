"""The Meldingen page: per network per month, the logbook, filters and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui import ask
from bindesk.gui.pages.history_page import HistoryPage
from bindesk.services import alerts, networks
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory


def test_months_logbook_filter_and_export(
    qtbot: QtBot,
    demo_db: Database,
    admin: Actor,
    make_window: WindowFactory,
    qtmodeltester: ModelTester,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    with demo_db.session() as s:
        net = networks.get_network(s, "BIN Oordegem")
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Inbraak. Bel 101."))
        alerts.queue(
            s, admin, alerts.draft(s, admin, networks=[net], text="Tip", kind="prevention")
        )
    window = make_window(demo_db, admin)
    page = window.pages["history"]
    assert isinstance(page, HistoryPage)
    with qtbot.waitSignal(page.loaded):
        window.show_page("history")
        page.refresh()
    qtmodeltester.check(page.months)
    qtmodeltester.check(page.logbook)
    assert page.logbook.rowCount() == 2
    assert page.months.rowCount() == 1 and page.months.index(0, 2).data() == "2"
    assert page.logbook.index(0, 6).data() == "nog bezig"
    with qtbot.waitSignal(page.loaded):
        page.ui.kind_combo.setCurrentIndex(page.ui.kind_combo.findData("urgent"))
    assert page.logbook.rowCount() == 1 and page.ui.count_label.text() == "1 bericht"
    target = tmp_path / "meldingen.xlsx"
    monkeypatch.setattr(ask, "save_file", lambda *_a: str(target))
    with qtbot.waitSignal(page.exported):
        page.ui.export_button.click()
    sheet = load_workbook(target).active
    assert sheet is not None and sheet.max_row == 2
