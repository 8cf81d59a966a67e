"""Networks (BIN): list with member counts; create, edit, deactivate."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from bindesk.gui import ask
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dialogs.network_dialog import NetworkDialog
from bindesk.gui.forms.ui_networks_page import Ui_NetworksPage
from bindesk.gui.models.network_model import ID_ROLE, SORT_ROLE, NetworkTableModel
from bindesk.gui.operations import Change
from bindesk.services import networks
from bindesk.services.networks import NetworkDetail, NetworkRow
from bindesk.services.operators import Permission


class NetworksPage(QWidget):
    loaded = Signal()
    detail_shown = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_NetworksPage()
        self.ui.setupUi(self)
        self.model = NetworkTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        view = self.ui.networks_view
        view.setModel(self.proxy)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.details_splitter.setSizes([700, 400])
        self.ui.show_inactive_check.toggled.connect(lambda _on: self.refresh())
        self.ui.new_button.clicked.connect(self.create_network)
        self.ui.edit_button.clicked.connect(self.edit_selected)
        self.ui.toggle_active_button.clicked.connect(self.toggle_active)
        view.doubleClicked.connect(self.edit_selected)
        manage = desk.can(Permission.MANAGE_NETWORKS)
        self.dialog: NetworkDialog | None = None
        self._select_after_load = -1
        for button in (self.ui.new_button, self.ui.edit_button, self.ui.toggle_active_button):
            button.setVisible(manage)
        self.detail: NetworkDetail | None = None
        desk.changed.connect(self._data_changed)
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        include_inactive = self.ui.show_inactive_check.isChecked()
        self.desk.query(
            "networks",
            lambda s: networks.list_networks(s, include_inactive=include_inactive),
            owner=self,
            on_done=self._loaded,
        )

    def _loaded(self, rows: list[NetworkRow]) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected)
        elif rows:
            self.ui.networks_view.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.NETWORKS | Change.MEMBERS):
            self.refresh()

    # --- selection -------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.ui.networks_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, network_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == network_id:
                self.ui.networks_view.selectRow(row)
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        network_id = self.selected_id()
        if network_id is None:
            self.detail = None
            self.ui.details_browser.clear()
            return
        self.desk.query(
            "network detail",
            lambda s: networks.network_detail(s, network_id),
            owner=self,
            on_done=self._detail_loaded,
        )

    def _detail_loaded(self, detail: NetworkDetail) -> None:
        if detail.id != self.selected_id():
            return  # the officer moved on to another network
        self.detail = detail
        self.ui.details_browser.setHtml(self._detail_html(detail))
        self.detail_shown.emit(detail.id)

    def _update_buttons(self) -> None:
        row = self.model.row_by_id(self.selected_id() or -1)
        self.ui.edit_button.setEnabled(row is not None)
        self.ui.toggle_active_button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.ui.toggle_active_button.setText(self.tr("&Heractiveren"))
        else:
            self.ui.toggle_active_button.setText(self.tr("&Deactiveren"))

    def _detail_html(self, d: NetworkDetail) -> str:
        e = html.escape
        status = self.tr("actief") if d.active else self.tr("gedeactiveerd")
        counts = self.tr(
            "{active} actief, {paused} gepauzeerd, {left} uitgeschreven; {opted} afgemeld"
        ).format(
            active=d.members_by_status.get("active", 0),
            paused=d.members_by_status.get("paused", 0),
            left=d.members_by_status.get("left", 0),
            opted=d.opted_out,
        )
        rows = [
            (self.tr("Gemeente"), e(d.municipality)),
            (self.tr("Status"), e(status)),
            (self.tr("Gestart op"), e(d.start_date.strftime("%d/%m/%Y")) if d.start_date else "—"),
            (self.tr("Coördinator"), e(d.coordinator_name) or self.tr("(geen)")),
            (self.tr("Wijkinspecteur / contact politie"), e(d.police_liaison) or "—"),
            (self.tr("Leden"), e(counts)),
            (self.tr("Gebied"), e(d.area_description) or "—"),
            (self.tr("Straten"), e(", ".join(d.streets)) or "—"),
        ]
        body = "".join(
            f"<tr><td style='padding:3px 12px 3px 0'><b>{label}</b></td><td>{value}</td></tr>"
            for label, value in rows
        )
        return f"<h2>{e(d.name)}</h2><table>{body}</table>"

    # --- actions ---------------------------------------------------------------------------

    @desk_action
    def create_network(self) -> None:
        self._open_dialog(None)

    @desk_action
    def edit_selected(self) -> None:
        network_id = self.selected_id()
        if network_id is not None and self.desk.can(Permission.MANAGE_NETWORKS):
            self._open_dialog(network_id)

    def _open_dialog(self, network_id: int | None) -> None:
        self.dialog = NetworkDialog(self.desk, network_id, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, network_id: int) -> None:
        self.desk.say(self.tr("Netwerk bewaard."))
        self._select_after_load = network_id
        self.loaded.connect(self._select_saved, Qt.ConnectionType.SingleShotConnection)

    def _select_saved(self) -> None:
        self.select(self._select_after_load)

    @desk_action
    def toggle_active(self) -> None:
        row = self.model.row_by_id(self.selected_id() or -1)
        if row is None:
            return
        if row.active:
            if not ask.confirm(
                self,
                self.tr("Netwerk deactiveren"),
                self.tr(
                    "{name} deactiveren?\n\nHet netwerk en zijn geschiedenis blijven bewaard, "
                    "maar u kunt het niet meer kiezen voor nieuwe alarmberichten. U kunt het "
                    "later opnieuw activeren."
                ).format(name=row.name),
                self.tr("Deactiveren"),
            ):
                return
            # a deactivated network stays visible so it can be found and reactivated
            self.ui.show_inactive_check.setChecked(True)
        actor, network_id, active = self.desk.actor, row.id, not row.active
        self.desk.write(
            "network active",
            lambda s: networks.set_network_active(
                s, actor, networks.get_network(s, network_id), active
            ),
            owner=self,
            changes=Change.NETWORKS,
        )
