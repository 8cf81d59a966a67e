"""Models of the Surveys page and its import wizard: surveys, dropped columns, question types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bindesk.domain.survey_files import QUESTION_TYPES, DroppedColumn, Question
from bindesk.gui.models.rows import IdRowsTableModel, RowsTableModel

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2


def type_labels() -> dict[str, str]:
    """Question type -> label in the desk's language (order = the order offered)."""
    return {
        "single": QCoreApplication.translate("surveys", "één keuze"),
        "likert": QCoreApplication.translate("surveys", "schaal (Likert)"),
        "yesno": QCoreApplication.translate("surveys", "ja/nee"),
        "multiple": QCoreApplication.translate("surveys", "meerkeuze"),
        "ranking": QCoreApplication.translate("surveys", "rangschikking"),
        "number": QCoreApplication.translate("surveys", "getal"),
        "text": QCoreApplication.translate("surveys", "vrije tekst"),
    }


@dataclass(frozen=True)
class SurveyRow:
    id: int
    title: str
    responses: int
    imported: str  # dd-mm-yyyy hh:mm, local time


class SurveyListModel(IdRowsTableModel):
    TITLE, RESPONSES, IMPORTED = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Enquête"), self.tr("Antwoorden"), self.tr("Ingelezen"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: SurveyRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, str(row.responses), row.imported)[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.RESPONSES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DroppedColumnModel(RowsTableModel):
    """The file's columns that are not stored, each with the reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Kolom in het bestand"), self.tr("Weggelaten omdat"))

    def set_columns(self, columns: list[DroppedColumn]) -> None:
        self.beginResetModel()
        self._rows = list(columns)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column: DroppedColumn = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header if index.column() == 0 else column.reason
        return None


class QuestionTypeModel(RowsTableModel):
    """One row per question found: title, type (editable), and what the answers look like."""

    TITLE, TYPE, SAMPLE = range(3)
    types_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Vraag"), self.tr("Type"), self.tr("Antwoorden, bv."))
        self._types: list[str] = []
        self._inferred: list[str] = []
        self._labels = type_labels()

    def set_questions(self, questions: list[Question], keep_types: bool = False) -> None:
        previous = dict(zip([q.title for q in self._rows], self._types, strict=True))
        self.beginResetModel()
        self._rows = list(questions)
        self._inferred = [q.inferred or q.type for q in questions]
        self._types = [previous.get(q.title, q.type) if keep_types else q.type for q in questions]
        self.endResetModel()

    def overrides(self) -> dict[str, str]:
        """The types the operator changed: {question title: type}."""
        return {
            q.title: kind
            for q, kind, inferred in zip(self._rows, self._types, self._inferred, strict=True)
            if kind != inferred
        }

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TYPE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        q: Question = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return q.title
            if column == self.TYPE:
                return self._labels[self._types[index.row()]]
            return ", ".join(q.options[:6]) + (" …" if len(q.options) > 6 else "")
        if role in (TYPE_ROLE, Qt.ItemDataRole.EditRole) and column == self.TYPE:
            return self._types[index.row()]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TYPE or role != Qt.ItemDataRole.EditRole:
            return False
        kind = str(value or "")
        if kind not in QUESTION_TYPES:
            return False
        if self._types[index.row()] != kind:
            self._types[index.row()] = kind
            self.dataChanged.emit(index, index)
            self.types_changed.emit()
        return True


class TypeDelegate(QStyledItemDelegate):
    """A combo box to correct the inferred type of a question."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for key, label in type_labels().items():
            combo.addItem(label, key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(TYPE_ROLE) or ""), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
