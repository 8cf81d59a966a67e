"""Create or edit a network (BIN): name, municipality, area, streets, start, coordinator."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bindesk.db.models import Member
from bindesk.domain.errors import BindeskError
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_network_dialog import Ui_NetworkDialog
from bindesk.services import networks


class NetworkDialog(QDialog):
    saved = Signal(int)

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
        with self.desk.db.read_session() as s:
            detail = networks.network_detail(s, self.network_id)
            choices = networks.network_member_choices(s, self.network_id)
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
        try:
            network_id = self._write()
        except BindeskError as exc:
            self.ui.message_label.setText(str(exc))
            return
        self.network_id = network_id
        self.saved.emit(network_id)
        self.accept()

    def _write(self) -> int:
        actor = self.desk.actor
        streets = self.ui.streets_edit.toPlainText().splitlines()
        fields = {
            "name": self.ui.name_edit.text(),
            "municipality": self.ui.municipality_edit.text(),
            "area_description": self.ui.area_edit.toPlainText().strip(),
            "streets": streets,
            "start_date": self.start_date(),
            "police_liaison": self.ui.liaison_edit.text().strip(),
        }
        with self.desk.db.session() as s:
            if self.network_id is None:
                network = networks.add_network(s, actor, **fields)
                return network.id
            network = networks.get_network(s, self.network_id)
            fields["municipality"] = " ".join(str(fields["municipality"]).split())
            networks.update_network(s, actor, network, **fields)
            chosen = self.ui.coordinator_combo.currentData()
            if chosen != self._coordinator_id:
                member = s.get(Member, chosen) if chosen is not None else None
                networks.set_coordinator(s, actor, network, member)
            return network.id
