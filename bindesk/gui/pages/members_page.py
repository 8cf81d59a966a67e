"""Members: find a member fast (search as you type), filter, and manage them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_members_page import Ui_MembersPage
from bindesk.gui.models.member_model import (
    MemberFilterProxy,
    MemberTableModel,
    search_key,
)
from bindesk.services import members, networks
from bindesk.services.members import MemberRow


@dataclass(frozen=True)
class MemberList:
    rows: list[MemberRow]
    keys: dict[int, str]
    network_names: dict[int, str]


def load_member_list(desk: Desk) -> MemberList:
    """Runs off the GUI thread: rows, their search keys, network names."""
    with desk.db.read_session() as s:
        rows = members.member_rows(s, desk.actor)
        names = {r.id: r.name for r in networks.list_networks(s)}
    return MemberList(rows, {r.id: search_key(r) for r in rows}, names)


class MembersPage(QWidget):
    loaded = Signal()
    filtered = Signal(int)  # number of members shown

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_MembersPage()
        self.ui.setupUi(self)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.members_view
        view.setModel(self.proxy)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 100, 170, 45, 70, 100, 115, 200)):
            view.setColumnWidth(column, width)
        view.verticalHeader().setDefaultSectionSize(24)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.ui.status_combo.addItem(self.tr("Alle statussen"), None)
        self.ui.status_combo.addItem(self.tr("Actief"), "active")
        self.ui.status_combo.addItem(self.tr("Gepauzeerd"), "paused")
        self.ui.status_combo.addItem(self.tr("Uitgeschreven"), "left")
        self.ui.status_combo.addItem(
            self.tr("Afgemeld (geen berichten)"), MemberFilterProxy.STATUS_OPTED_OUT
        )
        self.ui.network_combo.addItem(self.tr("Alle netwerken"), None)

        self.ui.search_edit.textChanged.connect(self._search_changed)
        self.ui.network_combo.currentIndexChanged.connect(self._network_changed)
        self.ui.status_combo.currentIndexChanged.connect(self._status_changed)
        desk.changed.connect(self._data_changed)
        self._loading = False
        for button in (
            self.ui.add_button,
            self.ui.edit_button,
            self.ui.opt_out_button,
            self.ui.personal_data_button,
            self.ui.erase_button,
            self.ui.import_button,
            self.ui.export_button,
        ):
            button.setVisible(False)  # wired once the member dialogs exist
        self._update_count()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.ui.loading_label.setVisible(True)
        desk = self.desk
        self.desk.run(
            "members",
            lambda _p: load_member_list(desk),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.ui.loading_label.setText(message)

    def _loaded(self, result: MemberList) -> None:
        self._loading = False
        self.ui.loading_label.setVisible(False)
        selected = self.selected_ids()
        self._fill_network_combo(result.network_names)
        self.model.set_network_names(result.network_names)
        self.model.set_rows(result.rows, result.keys)
        self.select_ids(selected)
        self._update_count()
        self.loaded.emit()

    def _fill_network_combo(self, names: dict[int, str]) -> None:
        combo = self.ui.network_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle netwerken"), None)
        for network_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(name, network_id)
        position = combo.findData(current)
        combo.setCurrentIndex(max(position, 0))
        combo.blockSignals(False)
        if position < 0 and current is not None:
            self.proxy.set_criteria(network_id=None)

    def _data_changed(self, kind: str) -> None:
        if kind in ("members", "networks"):
            self.refresh()

    # --- filtering ---------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_criteria(text=text)
        self._update_count()

    def _network_changed(self, _position: int) -> None:
        self.proxy.set_criteria(network_id=self.ui.network_combo.currentData())
        self._update_count()

    def _status_changed(self, _position: int) -> None:
        self.proxy.set_criteria(status=self.ui.status_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("{total} leden").format(total=total)
        else:
            text = self.tr("{shown} van {total} leden").format(shown=shown, total=total)
        self.ui.count_label.setText(text)
        self.filtered.emit(shown)

    # --- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.proxy.ids_of(self.ui.members_view.selectionModel().selectedRows())

    def select_ids(self, member_ids: list[int]) -> None:
        view = self.ui.members_view
        selection = QItemSelection()
        first = None
        for member_id in member_ids:
            position = self.model.position_of(member_id)
            if position is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(position, 0))
            if not index.isValid():
                continue
            last = index.siblingAtColumn(self.proxy.columnCount() - 1)
            selection.select(index, last)
            first = index if first is None else first
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(first)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.ui.edit_button.setEnabled(count == 1)
