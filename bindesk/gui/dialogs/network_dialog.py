"""Create or edit a network (BIN): name, municipality, area, streets, start, coordinator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from bindesk.db.models import Member
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_network_dialog import Ui_NetworkDialog
from bindesk.gui.operations import Change
from bindesk.services import networks


class NetworkDialog(QDialog):
    saved = Signal(int)
    loaded = Signal()  # the network's fields are filled in (at once for a new network)

    def __init__(
        self, desk: Desk, network_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.network_id = network_id
        self.ui = Ui_NetworkDialog()
        self.ui.setupUi(self)
        self.save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.start_date_check.toggled.connect(self.ui.start_date_edit.setEnabled)
        self.ui.name_edit.textChanged.connect(self._validate)
        self.ui.municipality_edit.textChanged.connect(self._validate)
        self.ui.start_date_edit.setMaximumDate(QDate.currentDate())
        self.ui.start_date_edit.setDate(QDate.currentDate())
        self._coordinator_id: int | None = None
        self._load()
        self._validate()

    def _load(self) -> None:
        combo = self.ui.coordinator_combo
        combo.addItem(self.tr("(geen coördinator)"), None)
        if self.network_id is None:
            self.setWindowTitle(self.tr("Nieuw netwerk"))
            self.ui.start_date_check.setChecked(True)
            combo.setEnabled(False)
            combo.setToolTip(self.tr("Voeg eerst leden toe; daarna kiest u hier de coördinator."))
            return
        network_id = self.network_id
        self.ui.button_box.setEnabled(False)
        self.desk.query(
            "network",
            lambda s: (
                networks.network_detail(s, network_id),
                networks.network_member_choices(s, network_id),
            ),
            owner=self,
            on_done=self._loaded,
        )

    def _loaded(self, result: tuple[networks.NetworkDetail, list[tuple[int, str]]]) -> None:
        detail, choices = result
        combo = self.ui.coordinator_combo
        self.ui.button_box.setEnabled(True)
        self.setWindowTitle(self.tr("Netwerk: {name}").format(name=detail.name))
        self.ui.name_edit.setText(detail.name)
        self.ui.municipality_edit.setText(detail.municipality)
        self.ui.liaison_edit.setText(detail.police_liaison)
        self.ui.area_edit.setPlainText(detail.area_description)
        self.ui.streets_edit.setPlainText("\n".join(detail.streets))
        self.ui.start_date_check.setChecked(detail.start_date is not None)
        self.ui.start_date_edit.setEnabled(detail.start_date is not None)
        if detail.start_date is not None:
            d = detail.start_date
            self.ui.start_date_edit.setDate(QDate(d.year, d.month, d.day))
        for member_id, label in choices:
            combo.addItem(label, member_id)
        self._coordinator_id = detail.coordinator_id
        combo.setCurrentIndex(max(0, combo.findData(detail.coordinator_id)))
        if not choices:
            combo.setToolTip(self.tr("Dit netwerk heeft nog geen leden."))
        self.loaded.emit()

    def _validate(self) -> None:
        ok = bool(self.ui.name_edit.text().strip() and self.ui.municipality_edit.text().strip())
        self.save_button.setEnabled(ok)

    def start_date(self) -> dt.date | None:
        if not self.ui.start_date_check.isChecked():
            return None
        value = self.ui.start_date_edit.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self.desk.write(
            "network save",
            self._writer(),
            owner=self,
            changes=Change.NETWORKS,
            on_done=self._written,
            on_error=self._refused,
        )

    def _refused(self, message: str) -> None:
        self.ui.message_label.setText(message)
        self._validate()

    def _written(self, network_id: int) -> None:
        self.network_id = network_id
        self.saved.emit(network_id)
        self.accept()

    def _writer(self) -> Callable[[Session], int]:
        """What the worker writes; everything read from the widgets here, on the GUI thread."""
        actor, network_id = self.desk.actor, self.network_id
        chosen = self.ui.coordinator_combo.currentData()
        old_coordinator = self._coordinator_id
        streets = self.ui.streets_edit.toPlainText().splitlines()
        fields = {
            "name": self.ui.name_edit.text(),
            "municipality": self.ui.municipality_edit.text(),
            "area_description": self.ui.area_edit.toPlainText().strip(),
            "streets": streets,
            "start_date": self.start_date(),
            "police_liaison": self.ui.liaison_edit.text().strip(),
        }

        def write(s: Session) -> int:
            if network_id is None:
                return networks.add_network(s, actor, **fields).id
            network = networks.get_network(s, network_id)
            fields["municipality"] = " ".join(str(fields["municipality"]).split())
            networks.update_network(s, actor, network, **fields)
            if chosen != old_coordinator:
                member = s.get(Member, chosen) if chosen is not None else None
                networks.set_coordinator(s, actor, network, member)
            return network.id

        return write
