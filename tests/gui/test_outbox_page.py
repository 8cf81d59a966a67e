"""The Verzonden page: progress per alert, deliveries per recipient, cancel and retry, the
modem panel; the models behind it pass Qt's model tester."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from bindesk.db.engine import Database
from bindesk.db.models import Delivery
from bindesk.domain import labels as state_labels
from bindesk.domain.errors import PermissionDenied
from bindesk.domain.states import DeliveryState
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.models.outbox_models import (
    AlertTableModel,
    DeliveryTableModel,
    is_simulated_modem,
)
from bindesk.gui.pages.outbox_page import OutboxPage
from bindesk.gui.sending import SendingBridge
from bindesk.services import alerts, gdpr, members, networks, outbox_actions
from bindesk.services.operators import Actor
from bindesk.services.outbox_view import load_alerts, load_deliveries
from bindesk.sms.dispatcher import ModemStatus
from tests import factories as f

PageFactory = Callable[..., OutboxPage]


def _queue(db: Database, actor: Actor, network: str, text: str) -> tuple[int, int]:
    """An alert queued through the services; (alert id, recipients)."""
    with db.session() as s:
        plan = alerts.draft(s, actor, networks=[networks.get_network(s, network)], text=text)
        return alerts.queue(s, actor, plan).id, len(plan.recipients)


def _set_states(db: Database, alert_id: int, *states: str) -> list[int]:
    """Give the first deliveries of an alert these states (what the dispatcher would do)."""
    with db.session() as s:
        ids = list(
            s.scalars(
                select(Delivery.id)
                .where(Delivery.alert_id == alert_id)
                .order_by(Delivery.id)
                .limit(len(states))
            )
        )
        for delivery_id, state in zip(ids, states, strict=True):
            s.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id)
                .values(state=state, attempts=1, modem="pc:sim0", error=f"fout {state}")
            )
    return ids


@pytest.fixture
def two_alerts(demo_db: Database, balie: Actor) -> tuple[tuple[int, int], tuple[int, int]]:
    first = _queue(demo_db, balie, "BIN Oordegem", "Verdachte persoon in de Kerkstraat.")
    second = _queue(demo_db, balie, "BIN Aaigem", "Inbraak in de Keiberg, bel 101.")
    return first, second


@pytest.fixture
def make_page(qtbot: QtBot) -> Iterator[PageFactory]:
    desks: list[Desk] = []

    def make(db: Database, actor: Actor, bridge: SendingBridge | None = None) -> OutboxPage:
        desk = Desk(db, actor)
        desks.append(desk)
        page = OutboxPage(desk, bridge)
        qtbot.addWidget(page)
        page.resize(1166, 740)
        page.show()
        with qtbot.waitSignal(page.loaded):
            page.refresh()
        return page

    yield make
    for desk in desks:
        desk.tasks.shutdown()


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, demo_db: Database, admin: Actor, two_alerts: object
) -> None:
    first_id = two_alerts[0][0]  # type: ignore[index]
    _set_states(demo_db, first_id, "sent", "delivered", "failed", "uncertain", "cancelled")
    with demo_db.session() as s:  # an erased member: the delivery stays, anonymised
        member_id = s.scalar(
            select(Delivery.member_id).where(Delivery.alert_id == first_id).order_by(Delivery.id)
        )
        gdpr.erase(s, admin, members.get_member(s, member_id))
    model = AlertTableModel()
    deliveries = DeliveryTableModel()
    with demo_db.read_session() as s:
        model.set_rows(load_alerts(s))
        deliveries.set_rows(load_deliveries(s, first_id))
    qtmodeltester.check(model)
    qtmodeltester.check(deliveries)
    assert model.rowCount() == 2 and model.index(0, 0).data(0x0101) > first_id  # newest first
    assert deliveries.index(0, 1).data() == "(gewist)"
    assert deliveries.index(0, 0).data() == "gewist"
    assert deliveries.index(0, 5).data() == "SIMULATIE"
    # the same ids again: rows change in place (the selection survives)
    with demo_db.read_session() as s:
        rows = load_alerts(s)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows(rows)
    assert resets == []
    qtmodeltester.check(model)


def test_the_page_shows_progress_and_who_gets_what(
    qtbot: QtBot, demo_db: Database, balie: Actor, make_page: PageFactory, two_alerts: object
) -> None:
    (first_id, first_n), (second_id, second_n) = two_alerts  # type: ignore[misc]
    page = make_page(demo_db, balie)
    assert page.model.rowCount() == 2
    assert page.selected_id() == second_id  # the newest
    assert page.deliveries.rowCount() == second_n
    states = {page.deliveries.index(r, 2).data() for r in range(second_n)}
    assert states == {state_labels.label(DeliveryState.QUEUED)}
    names = [page.deliveries.index(r, 1).data() for r in range(second_n)]
    assert all(n and n != "(gewist)" for n in names)
    assert page.model.index(0, AlertTableModel.COLUMNS.index("waiting")).data() == str(second_n)
    assert page.model.index(0, AlertTableModel.COLUMNS.index("progress")).data() == f"0/{second_n}"
    assert (
        f"0 van {second_n} afgehandeld ({second_n} in wachtrij)" in page.ui.deliveries_label.text()
    )

    with qtbot.waitSignal(page.deliveries_loaded):
        page.select(first_id)
    assert page.deliveries.rowCount() == first_n
    # progress arrives: the page reloads and keeps the officer's selection
    _set_states(demo_db, first_id, "sent", "delivered", "failed")
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.selected_id() == first_id
    summary = page.selected_summary()
    assert summary is not None and (summary.finished, summary.waiting) == (3, first_n - 3)
    labels = [page.deliveries.index(r, 2).data() for r in range(3)]
    assert labels == ["verzonden", "afgeleverd", "mislukt"]
    assert page.deliveries.index(2, 6).data() == "fout failed"


def test_cancel_stops_what_still_waits(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: PageFactory,
    two_alerts: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    second_id, second_n = two_alerts[1]  # type: ignore[index]
    _set_states(demo_db, second_id, "sent", "sending")
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    page = make_page(demo_db, balie)
    assert page.ui.cancel_button.isEnabled()
    assert not page.ui.retry_button.isEnabled()  # nothing failed
    with qtbot.waitSignal(page.action_done) as done:
        page.ui.cancel_button.click()
    assert done.args == ["cancel", second_n - 2]
    assert f"nog {second_n - 1} sms'en in de wachtrij" in asked[0]  # queued + the one sending
    qtbot.waitUntil(
        lambda: (
            page.selected_summary() is not None
            and page.selected_summary().counts.get("cancelled") == second_n - 2
        )  # type: ignore[union-attr]
    )
    assert page.model.index(0, AlertTableModel.COLUMNS.index("cancelled")).data() == str(
        second_n - 2
    )
    with demo_db.read_session() as s:
        states = set(s.scalars(select(Delivery.state).where(Delivery.alert_id == second_id)))
    assert states == {"sent", "sending", "cancelled"}  # the SMS in flight finishes


def test_retry_explains_uncertain_and_queues_again(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: PageFactory,
    two_alerts: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    second_id = two_alerts[1][0]  # type: ignore[index]
    _set_states(demo_db, second_id, "failed", "uncertain", "sent")
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    page = make_page(demo_db, balie)
    assert page.ui.retry_button.isEnabled()
    with qtbot.waitSignal(page.action_done) as done:
        page.ui.retry_button.click()
    assert done.args == ["retry", 2]
    assert "1 mislukt en 1 onzeker opnieuw versturen" in asked[0]
    assert "misschien al ontvangen" in asked[0]
    qtbot.waitUntil(lambda: not page.ui.retry_button.isEnabled())
    with demo_db.read_session() as s:
        rows = s.execute(
            select(Delivery.state, Delivery.attempts)
            .where(Delivery.alert_id == second_id)
            .order_by(Delivery.id)
            .limit(3)
        ).all()
    assert [tuple(r) for r in rows] == [("queued", 0), ("queued", 0), ("sent", 1)]


def test_saying_no_changes_nothing(
    demo_db: Database,
    balie: Actor,
    make_page: PageFactory,
    two_alerts: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ask, "confirm", lambda *_a: False)
    page = make_page(demo_db, balie)
    page.ui.cancel_button.click()
    with demo_db.read_session() as s:
        assert set(s.scalars(select(Delivery.state))) == {"queued"}


def test_role_decides_the_buttons(
    demo_db: Database,
    balie: Actor,
    admin: Actor,
    communicatie: Actor,
    make_page: PageFactory,
    two_alerts: object,
) -> None:
    for actor, visible in ((balie, True), (admin, True), (communicatie, False)):
        page = make_page(demo_db, actor)
        assert page.ui.cancel_button.isVisibleTo(page) is visible, actor.role
        assert page.ui.retry_button.isVisibleTo(page) is visible, actor.role
    with demo_db.session() as s, pytest.raises(PermissionDenied):
        outbox_actions.retry(s, communicatie, two_alerts[0][0])  # type: ignore[index]


def test_modem_panel_without_a_bridge_says_who_sends(
    demo_db: Database, balie: Actor, make_page: PageFactory
) -> None:
    page = make_page(demo_db, balie)
    assert "Deze pc verstuurt zelf geen sms" in page.ui.modems_problem_label.text()
    assert page.modem_rows == []
    assert page.ui.simulation_label.isHidden()


def test_modem_panel_shows_simulatie_and_problems(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: PageFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bridge = SendingBridge(demo_db, ["sim"])
    page = make_page(demo_db, balie, bridge)
    assert page.ui.simulation_label.isVisibleTo(page)
    assert page.ui.simulation_label.text().startswith("SIMULATIE")
    (row,) = page.modem_rows
    assert row.badge.isVisibleTo(page) and row.badge.text() == "SIMULATIE"
    assert row.state.text() == "niet gestart"
    assert page.ui.modems_problem_label.text() == "Verzenden is niet gestart."

    # a modem that went down, as the dispatcher reports it from its thread
    bridge.on_event(
        ModemStatus(bridge.modems()[0].modem_id, "SIMULATIE", "down", "Modem weg.", None, True)
    )
    with qtbot.waitSignal(bridge.modems_changed):
        bridge.flush()
    (row,) = page.modem_rows
    assert row.state.text() == "niet bereikbaar"
    assert "Modem weg." in row.problem.text()

    monkeypatch.setenv("BINDESK_MODEMS", "nonsense:x")
    broken = SendingBridge(demo_db)
    other = make_page(demo_db, balie, broken)
    assert "modeminstelling is ongeldig" in other.ui.modems_problem_label.text()
    assert other.ui.simulation_label.isHidden()


def test_simulated_modem_ids() -> None:
    assert is_simulated_modem("desk-1:sim0")
    assert not is_simulated_modem("desk-1:/dev/ttyUSB0")
    assert not is_simulated_modem("desk-1:simcard")
    assert not is_simulated_modem(None)


def _select_deliveries(page: OutboxPage, ids: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    view = page.ui.deliveries_view
    view.clearSelection()
    for row, d in enumerate(page.deliveries.rows()):
        if d.id in ids:
            view.selectionModel().select(
                page.deliveries.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_retry_and_cancel_work_on_the_selected_deliveries(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: PageFactory,
    two_alerts: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Failed before: retry and cancel worked on a whole alert only."""
    second_id = two_alerts[1][0]  # type: ignore[index]
    failed, uncertain, sent, queued = _set_states(
        demo_db, second_id, "failed", "uncertain", "sent", "queued"
    )
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    page = make_page(demo_db, balie)
    page.select(second_id)
    qtbot.waitUntil(lambda: page.deliveries.row_by_id(failed) is not None)
    _select_deliveries(page, [uncertain, sent])
    assert page.ui.retry_deliveries_button.isEnabled()
    assert not page.ui.cancel_deliveries_button.isEnabled()
    said: list[str] = []
    monkeypatch.setattr(page.desk, "say", said.append)
    with qtbot.waitSignal(page.action_done) as done:
        page.ui.retry_deliveries_button.click()
    assert done.args == ["retry", 1]
    assert "levering" in said[-1] and "al verzonden" in said[-1]
    qtbot.waitUntil(lambda: page.deliveries.row_by_id(uncertain).state == "queued")
    _select_deliveries(page, [queued])
    assert page.ui.cancel_deliveries_button.isEnabled()
    with qtbot.waitSignal(page.action_done) as done:
        page.ui.cancel_deliveries_button.click()
    assert done.args == ["cancel", 1]
    with demo_db.read_session() as s:
        states = dict(
            s.execute(
                select(Delivery.id, Delivery.state).where(
                    Delivery.id.in_([failed, uncertain, sent, queued])
                )
            ).all()
        )
    assert states == {failed: "failed", uncertain: "queued", sent: "sent", queued: "cancelled"}


def test_uncertain_rows_without_a_report_are_offered_for_resending(
    qtbot: QtBot,
    demo_db: Database,
    balie: Actor,
    make_page: PageFactory,
    two_alerts: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Failed before: the desk could only resend all failed and uncertain rows of an alert."""
    import datetime as dt

    second_id = two_alerts[1][0]  # type: ignore[index]
    old, fresh, failed = _set_states(demo_db, second_id, "uncertain", "uncertain", "failed")
    long_ago = (
        dt.datetime.now(dt.UTC) - outbox_actions.UNCERTAIN_OFFER_AFTER - dt.timedelta(minutes=1)
    )
    with demo_db.session() as s:
        s.execute(update(Delivery).where(Delivery.id == old).values(updated_at=long_ago))
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    page = make_page(demo_db, balie)
    page.select(second_id)
    qtbot.waitUntil(lambda: page.ui.resend_uncertain_button.isVisibleTo(page))
    assert "(1)" in page.ui.resend_uncertain_button.text()
    with qtbot.waitSignal(page.action_done) as done:
        page.ui.resend_uncertain_button.click()
    assert done.args == ["retry", 1]
    with demo_db.read_session() as s:
        states = dict(
            s.execute(
                select(Delivery.id, Delivery.state).where(Delivery.id.in_([old, fresh, failed]))
            ).all()
        )
    assert states == {old: "queued", fresh: "uncertain", failed: "failed"}


def test_a_real_database_without_modem_shows_one_accurate_status(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    balie: Actor,
    make_page: PageFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not the yellow "als verzonden gemarkeerd" above a red "blijven in de wachtrij"
    (issue 11): no simulation banner, no simulated modem row, one red line saying why."""
    monkeypatch.delenv("BINDESK_MODEMS", raising=False)
    with db.session() as s:
        f.network(s, admin, "BIN Echt")
    bridge = SendingBridge(db)
    with qtbot.waitSignal(bridge.problem_changed):
        assert not bridge.start()
    page = make_page(db, balie, bridge)
    assert page.ui.simulation_label.isHidden()
    assert page.modem_rows == []
    text = page.ui.modems_problem_label.text()
    assert "Geen modem ingesteld op deze pc" in text and "Instellingen" in text
    assert "als verzonden" not in text
