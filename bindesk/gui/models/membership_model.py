"""The networks of one member, with check boxes: member of it, coordinator of it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from bindesk.gui.models.rows import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MembershipChoice:
    network_id: int
    network_name: str
    active: bool  # the network is active
    member: bool  # the person is (to be) a member of it
    coordinator: bool  # the person is (to be) its coordinator
    current_coordinator: str  # who coordinates it now (another person), '' if nobody


class MembershipModel(RowsTableModel):
    NETWORK, MEMBER, COORDINATOR, CURRENT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MembershipChoice] = []
        self._editable = True
        self._headers = (
            self.tr("Netwerk"),
            self.tr("Lid"),
            self.tr("Coördinator"),
            self.tr("Huidige coördinator"),
        )

    def set_choices(self, rows: list[MembershipChoice], editable: bool = True) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._editable = editable
        self.endResetModel()

    def choices(self) -> list[MembershipChoice]:
        return list(self._rows)

    def chosen_network_ids(self) -> list[int]:
        return [r.network_id for r in self._rows if r.member]

    def coordinator_network_ids(self) -> list[int]:
        return [r.network_id for r in self._rows if r.member and r.coordinator]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled
        row = self._rows[index.row()]
        if self._editable and index.column() == self.MEMBER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self._editable and index.column() == self.COORDINATOR and row.member:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NETWORK:
                suffix = "" if row.active else self.tr(" (gedeactiveerd)")
                return row.network_name + suffix
            if column == self.CURRENT:
                return row.current_coordinator or self.tr("(geen)")
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            if column == self.MEMBER:
                return Qt.CheckState.Checked if row.member else Qt.CheckState.Unchecked
            if column == self.COORDINATOR:
                checked = row.member and row.coordinator
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COORDINATOR:
            if row.current_coordinator and not row.coordinator:
                return self.tr("Aanvinken maakt dit lid coördinator in plaats van {name}.").format(
                    name=row.current_coordinator
                )
            return self.tr("Eén coördinator per netwerk.")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self._rows[index.row()]
        if index.column() == self.MEMBER:
            row = replace(row, member=checked, coordinator=row.coordinator and checked)
        elif index.column() == self.COORDINATOR:
            row = replace(row, coordinator=checked)
        else:
            return False
        self._rows[index.row()] = row
        self.dataChanged.emit(
            self.index(index.row(), self.MEMBER), self.index(index.row(), self.COORDINATOR)
        )
        return True
