"""Models behind the import wizard: the column mapping, a preview, the problems found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bindesk.gui.models.rows import RowsTableModel
from bindesk.services.member_files import MemberChange, RowProblem, Table

_Index = QModelIndex | QPersistentModelIndex

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_ROWS = 50


def field_labels() -> dict[str, str]:
    """Field key -> label in the desk's language (order = the order offered)."""
    from PySide6.QtCore import QCoreApplication

    return {
        "last_name": QCoreApplication.translate("import", "Naam"),
        "first_name": QCoreApplication.translate("import", "Voornaam"),
        "street": QCoreApplication.translate("import", "Straat"),
        "house_number": QCoreApplication.translate("import", "Huisnummer"),
        "postal_code": QCoreApplication.translate("import", "Postcode"),
        "municipality": QCoreApplication.translate("import", "Gemeente"),
        "mobile": QCoreApplication.translate("import", "GSM"),
        "email": QCoreApplication.translate("import", "E-mail"),
        "language": QCoreApplication.translate("import", "Taal"),
    }


class ColumnMappingModel(RowsTableModel):
    """One row per column of the file: its title, a sample, and the field it fills."""

    FILE_COLUMN, SAMPLE, FIELD = range(3)
    mapping_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str] = []  # the file's column titles, one row each
        self._samples: list[str] = []
        self._mapping: dict[int, str] = {}
        self._labels = field_labels()
        self._headers = (self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Wordt"))

    def set_table(self, table: Table, mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(table.headers)
        first = next((r for r in table.rows if any(c.strip() for c in r)), [])
        self._samples = [first[i] if i < len(first) else "" for i in range(len(self._rows))]
        self._mapping = dict(mapping)
        self.endResetModel()
        self.mapping_changed.emit()

    def mapping(self) -> dict[int, str]:
        return dict(self._mapping)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE_COLUMN:
                return self._rows[row] or self.tr("(zonder titel)")
            if column == self.SAMPLE:
                return self._samples[row]
            field = self._mapping.get(row)
            return self._labels[field] if field else self.tr("(niet gebruiken)")
        if role in (FIELD_ROLE, Qt.ItemDataRole.EditRole) and column == self.FIELD:
            return self._mapping.get(row, "")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        field = str(value or "")
        if field and field not in self._labels:
            return False
        changed = []
        for other, other_field in list(self._mapping.items()):
            if field and other_field == field and other != index.row():
                del self._mapping[other]  # one column per field
                changed.append(other)
        if field:
            self._mapping[index.row()] = field
        else:
            self._mapping.pop(index.row(), None)
        for row in [index.row(), *changed]:
            cell = self.index(row, self.FIELD)
            self.dataChanged.emit(cell, cell)
        self.mapping_changed.emit()
        return True


class FieldDelegate(QStyledItemDelegate):
    """A combo box to choose the field a file column fills."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("(niet gebruiken)"), "")
        for key, label in field_labels().items():
            combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(FIELD_ROLE) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(RowsTableModel):
    """The first rows of the file, headed by what each column becomes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []  # the file's column titles
        self._rows: list[list[str]] = []
        self._mapping: dict[int, str] = {}
        self._labels = field_labels()

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._headers = list(table.headers)
        self._rows = [list(r) for r in table.rows[:PREVIEW_ROWS]]
        self.endResetModel()

    def set_mapping(self, mapping: dict[int, str]) -> None:
        self._mapping = dict(mapping)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Row numbers down the side; each title with the field its column fills."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self._headers):
            return None
        field = self._mapping.get(section)
        title = self._headers[section]
        return f"{title}\n→ {self._labels[field]}" if field else f"{title}\n—"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role != Qt.ItemDataRole.DisplayRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return None
        row = self._rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


class ProblemModel(RowsTableModel):
    """Every bad row with its reason (errors first), then the warnings, then the changes."""

    ERROR, WARNING, CHANGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, int, str]] = []
        self._headers = (self.tr("Rij"), self.tr("Soort"), self.tr("Reden"))
        self._red = QBrush(QColor(176, 0, 32))
        self._orange = QBrush(QColor(160, 96, 0))

    def set_problems(
        self,
        problems: list[RowProblem],
        warnings: list[RowProblem],
        changes: list[MemberChange] | None = None,
    ) -> None:
        """Errors, then warnings, then each field an import would change on a member."""
        self.beginResetModel()
        self._rows = (
            [(p.row, self.ERROR, p.reason) for p in problems]
            + [(w.row, self.WARNING, w.reason) for w in warnings]
            + [
                (c.row, self.CHANGE, f"{c.name}: " + "; ".join(str(f) for f in c.changes))
                for c in changes or []
            ]
        )
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number, kind, reason = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(number)
            if index.column() == 1:
                if kind == self.ERROR:
                    return self.tr("fout")
                return self.tr("waarschuwing") if kind == self.WARNING else self.tr("wijziging")
            return reason
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and kind != self.CHANGE:
            return self._red if kind == self.ERROR else self._orange
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
