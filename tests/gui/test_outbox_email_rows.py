"""Verzonden: an alert's e-mail deliveries show the address and 'e-mail', not a number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from bindesk.gui.models.outbox_models import DeliveryTableModel
from bindesk.services.outbox_view import DeliveryRow


def test_an_email_delivery_shows_its_address(qtmodeltester: ModelTester) -> None:
    model = DeliveryTableModel()
    model.set_rows(
        [
            DeliveryRow(1, "+32470000001", "Jan Peeters", "sent", 1, None, "desk:sim0", None, None),
            DeliveryRow(
                2,
                "",
                "Lies Wouters",
                "failed",
                1,
                "550 5.1.1 User unknown",
                "desk:mail:1a2b",
                None,
                None,
                channel="email",
                email="lies@example.be",
            ),
        ]
    )
    qtmodeltester.check(model)
    column = DeliveryTableModel.COLUMNS.index
    assert model.index(0, column("mobile")).data() == "0470 00 00 01"
    assert model.index(1, column("mobile")).data() == "lies@example.be"
    assert model.index(1, column("modem")).data() == "e-mail"
    assert model.headerData(0, Qt.Orientation.Horizontal) == ("Nummer of adres")
