from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui import ask
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.gui.pages.newsletter_page import NewsletterPage
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.gui.pages.surveys_page import SurveysPage
from bindesk.gui.pages.unavailable_page import UnavailablePage
from bindesk.services import demo
from bindesk.services.operators import Actor
from tests.gui.conftest import WindowFactory


def test_navigation_lists_every_page_for_an_admin(
    demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, admin)
    labels = [window.ui.nav_list.item(i).text() for i in range(window.ui.nav_list.count())]
    for label in (
        "Netwerken",
        "Leden",
        "Alarm",
        "Verzonden",
        "Enquêtes",
        "Nieuwsbrief",
        "Instellingen",
    ):
        assert label in labels


def test_title_and_banner_say_simulatie_on_demo_data(
    demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, admin)
    assert "SIMULATIE" in window.windowTitle()
    assert window.ui.demo_banner_label.isVisible()
    assert admin.display_name in window.windowTitle()


def test_no_simulatie_on_real_data(db: Database, admin: Actor, make_window: WindowFactory) -> None:
    window = make_window(db, admin)
    assert "SIMULATIE" not in window.windowTitle()
    assert not window.ui.demo_banner_label.isVisible()


def test_pages_show_real_data(
    qtbot: QtBot, demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, admin)
    networks_page = window.pages["networks"]
    qtbot.waitUntil(lambda: networks_page.model.rowCount() == 3)  # type: ignore[attr-defined]
    names = {r.name for r in networks_page.model.rows()}  # type: ignore[attr-defined]
    assert names == {"BIN Oordegem", "BIN Bambrugge", "BIN Aaigem"}
    members_page = window.pages["members"]
    with qtbot.waitSignal(members_page.loaded):  # type: ignore[attr-defined]
        window.show_page("members")
    assert members_page.model.rowCount() == 3 * demo.MEMBERS_PER_NETWORK  # type: ignore[attr-defined]


def test_every_page_is_built(demo_db: Database, admin: Actor, make_window: WindowFactory) -> None:
    window = make_window(demo_db, admin)
    assert isinstance(window.show_page("surveys"), SurveysPage)
    assert isinstance(window.show_page("alert"), AlertPage)
    assert isinstance(window.show_page("sent"), OutboxPage)
    assert isinstance(window.show_page("newsletter"), NewsletterPage)
    assert not window.findChildren(UnavailablePage)


def test_empty_database_offers_demo_data(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, title, _t, _a, **_k: asked.append(title) or True)
    window = make_window(db, admin)
    with qtbot.waitSignal(window.demo_loaded, timeout=20_000):
        assert window.offer_demo_data()
    assert asked == ["Lege database"]
    assert "SIMULATIE" in window.windowTitle()
    qtbot.waitUntil(lambda: window.pages["networks"].model.rowCount() == 3)  # type: ignore[attr-defined]


def test_declining_the_demo_leaves_the_database_empty(
    db: Database, admin: Actor, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ask, "confirm", lambda *_a, **_k: False)
    window = make_window(db, admin)
    assert not window.offer_demo_data()
    assert window.database_is_empty()
    assert "SIMULATIE" not in window.windowTitle()


def test_demo_is_not_offered_when_there_is_data(
    demo_db: Database, admin: Actor, make_window: WindowFactory
) -> None:
    window = make_window(demo_db, admin)
    assert not window.offer_demo_data()  # ask.confirm would fail the test (unexpected modal)
