"""The Tips page (role beheer): the library, edited, retired and ordered, audited."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.gui.main_window import MainWindow
from bindesk.gui.pages.tips_page import TipsPage
from bindesk.services import tips
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory


def _page(qtbot: QtBot, window: MainWindow) -> TipsPage:
    page = window.pages["tips"]
    assert isinstance(page, TipsPage)
    window.show_page("tips")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_only_beheer_and_admin_see_the_tips_page(
    qtbot: QtBot, demo_db: Database, balie: Actor, beheer: Actor, make_window: WindowFactory
) -> None:
    assert "tips" not in make_window(demo_db, balie).pages
    assert "tips" in make_window(demo_db, beheer).pages


def test_the_library_is_listed_searched_and_a_tip_edited(
    qtbot: QtBot,
    demo_db: Database,
    beheer: Actor,
    make_window: WindowFactory,
    qtmodeltester: ModelTester,
) -> None:
    page = _page(qtbot, make_window(demo_db, beheer))
    qtmodeltester.check(page.model)
    with demo_db.read_session() as s:
        assert page.model.rowCount() == len(tips.list_presets(s))
    qtbot.keyClicks(page.ui.search_edit, "graffiti gevel")
    assert [r.key for r in page.model.rows()] == ["graffiti"]
    page.ui.search_edit.clear()
    page.select_key("brand")
    assert page.ui.key_edit.text() == "brand" and page.ui.key_edit.isReadOnly()
    assert page.ui.fields_view.rowCount() == 2  # straat, tijdstip
    assert "1 sms per lid" in page.ui.hint_label.text()
    page.ui.title_edit.setText("Brand in de wijk")
    with qtbot.waitSignal(page.saved):
        page.ui.save_button.click()
    qtbot.waitUntil(lambda: any(r.title == "Brand in de wijk" for r in page.model.rows()))
    with demo_db.read_session() as s:
        assert tips.get_preset(s, "brand").title == "Brand in de wijk"
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "tip")).one()
        assert event.actor == beheer.username and event.action == "update"


def test_a_new_urgent_tip_shows_the_length_and_privacy_warnings_and_retires(
    qtbot: QtBot, demo_db: Database, beheer: Actor, make_window: WindowFactory
) -> None:
    page = _page(qtbot, make_window(demo_db, beheer))
    page.ui.new_button.click()
    qtbot.keyClicks(page.ui.key_edit, "garage")
    qtbot.keyClicks(page.ui.title_edit, "Inbraak in garages")
    page.ui.category_combo.setEditText("Inbraak")
    page.ui.text_edit.setPlainText(
        "BIN-melding: inbraken in garages in de {straat} ({tijdstip}). Sluit uw garage altijd "
        "af, ook overdag, en leg geen gereedschap zichtbaar. Zag u iets verdachts? Bel 101."
    )
    assert page.ui.fields_view.rowCount() == 2
    assert "te veel" in page.ui.hint_label.text() and "Korter" in page.ui.hint_label.text()
    page.ui.text_edit.setPlainText("BIN-melding: inbraken in garages in de {straat}. Bel 101.")
    assert "te veel" not in page.ui.hint_label.text()
    page.ui.text_edit.setPlainText("Wagen 1-ABC-123 in de {straat}.")
    assert "herkenbaar" in page.ui.hint_label.text()
    page.ui.text_edit.setPlainText("BIN-melding: inbraken in garages in de {straat}. Bel 101.")
    with qtbot.waitSignal(page.saved):
        page.ui.save_button.click()
    qtbot.waitUntil(lambda: page.model.position_of("garage") is not None)
    page.select_key("garage")
    assert page.model.position_of("garage") == page.model.rowCount() - 1
    page.ui.up_button.click()
    qtbot.waitUntil(lambda: page.model.position_of("garage") == page.model.rowCount() - 2)
    page.select_key("garage")
    page.ui.retire_button.click()
    qtbot.waitUntil(lambda: page.model.position_of("garage") is None)
    with demo_db.read_session() as s:
        assert not tips.get_preset(s, "garage").active
