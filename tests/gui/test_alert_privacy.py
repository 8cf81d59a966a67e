"""The composer warns about a plate and sends it only with a reason, kept in the audit log."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.pages.alert_page import AlertPage
from bindesk.services.operators import Actor

PLATE = "Verdachte wagen 1-ABC-123 in de Kerkstraat. Bel 101."


def _page(qtbot: QtBot, db: Database, actor: Actor) -> AlertPage:
    page = AlertPage(Desk(db, actor), None)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    page.set_networks_checked([page._networks[0].id])
    page.ui.free_text_edit.setPlainText(PLATE)
    qtbot.waitUntil(lambda: page.last_draft is not None and page.last_draft.text == PLATE)
    return page


def test_a_plate_is_warned_and_refused_without_a_reason(
    qtbot: QtBot, demo_db: Database, balie: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_db, balie)
    assert page.ui.privacy_label.isVisible()
    assert "«1-ABC-123»" in page.ui.privacy_label.text()
    assert "nummerplaat" in page.ui.privacy_label.text()
    asked: list[str] = []
    monkeypatch.setattr(ask, "text", lambda _p, _t, label, *_a: asked.append(label) or None)
    monkeypatch.setattr(ask, "confirm", lambda *_a: pytest.fail("no confirmation without reason"))
    page.send()
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.waitUntil(lambda: page.ui.send_button.isEnabled())
    with demo_db.read_session() as s:
        assert s.scalar(select(Delivery.id).limit(1)) is None


def test_with_a_reason_it_goes_and_the_reason_is_audited(
    qtbot: QtBot, demo_db: Database, balie: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_db, balie)
    confirmations: list[str] = []
    monkeypatch.setattr(ask, "text", lambda *_a: "Gestolen wagen, parket vraagt uitkijken")
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _a: confirmations.append(text) or True)
    with qtbot.waitSignal(page.alert_queued) as queued:
        page.send()
    assert "Reden (privacy): Gestolen wagen, parket vraagt uitkijken" in confirmations[0]
    assert "Tot het laatste lid het heeft: ongeveer" in confirmations[0]
    with demo_db.read_session() as s:
        after = s.scalars(
            select(AuditEvent.after).where(
                AuditEvent.action == "send", AuditEvent.entity_id == str(queued.args[0])
            )
        ).one()
    assert after["privacy_reason"] == "Gestolen wagen, parket vraagt uitkijken"
    assert after["privacy_warnings"][0]["found"] == "1-ABC-123"
    assert not page.ui.privacy_label.isVisible()
