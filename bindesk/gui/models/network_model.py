"""The networks table: one row per BIN with its coordinator and active member count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bindesk.gui.models.rows import NamedColumnsTableModel
from bindesk.services.networks import NetworkRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class NetworkTableModel(NamedColumnsTableModel):
    COLUMNS = ("name", "municipality", "coordinator", "active_members", "active")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NetworkRow] = []
        self._headers = (
            self.tr("Netwerk"),
            self.tr("Gemeente"),
            self.tr("Coördinator"),
            self.tr("Actieve leden"),
            self.tr("Status"),
        )
        self._grey = QBrush(QColor(120, 120, 120))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "active":
                return self.tr("actief") if row.active else self.tr("gedeactiveerd")
            if column == "coordinator":
                return row.coordinator or self.tr("(geen)")
            return str(getattr(row, column))
        if role == SORT_ROLE:
            value = getattr(row, column)
            return value if isinstance(value, int) else str(value).casefold()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "active_members":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self._grey
        return None
