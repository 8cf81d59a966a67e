"""Tips: the zone's own tip library (role beheer): add, edit, retire and order presets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from bindesk.domain import privacy, shorten, smstext
from bindesk.domain.errors import InvalidInput
from bindesk.domain.tips import TYPICAL_VALUES, fields_of, render
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_tips_page import Ui_TipsPage
from bindesk.gui.models.rows import NamedColumnsTableModel
from bindesk.gui.operations import Change
from bindesk.gui.words import count as _n
from bindesk.services import tips

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TipRow:
    id: int
    key: str
    title: str
    category: str
    kind: str
    text: str
    fields: tuple[tuple[str, str, str], ...]  # (name, hint, example)
    action: str
    active: bool
    version: int

    @property
    def haystack(self) -> str:
        return " ".join((self.key, self.title, self.text, self.category)).casefold()


class TipsTableModel(NamedColumnsTableModel):
    COLUMNS = ("title", "category", "kind", "text")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TipRow] = []
        self._headers = (self.tr("Titel"), self.tr("Thema"), self.tr("Soort"), self.tr("Tekst"))
        self._grey = QBrush(QColor(120, 120, 120))
        self._kinds = {
            "urgent": self.tr("dringend"),
            "prevention": self.tr("preventie"),
            "feedback": self.tr("opvolging"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return self._kinds.get(row.kind, row.kind)
            if column == "title" and not row.active:
                return self.tr("{title} (ingetrokken)").format(title=row.title)
            return str(getattr(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return row.text
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self._grey
        return None

    def position_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.key == key), None)


def _row(p: Any) -> TipRow:
    return TipRow(
        id=p.id,
        key=p.key,
        title=p.title,
        category=p.category,
        kind=p.kind,
        text=p.text,
        fields=tuple((f.name, f.hint, f.example) for f in tips.preset_fields(p)),
        action=p.action,
        active=p.active,
        version=p.version,
    )


class TipsPage(QWidget):
    loaded = Signal()
    saved = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_TipsPage()
        self.ui.setupUi(self)
        self.model = TipsTableModel(self)
        view = self.ui.tips_view
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 140, 90)):
            view.setColumnWidth(column, width)
        view.verticalHeader().setVisible(False)
        self.ui.tips_splitter.setSizes([560, 520])
        for kind, label in TipsTableModel(self)._kinds.items():
            self.ui.kind_combo.addItem(label, kind)
        table = self.ui.fields_view
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Veld"), self.tr("Uitleg"), self.tr("Voorbeeld")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setMaximumHeight(130)
        self.ui.text_edit.setMaximumHeight(110)
        self._all: list[TipRow] = []
        self._editing: str | None = None  # key of the preset in the form; None: a new one
        self._filling = False
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.search_edit.textChanged.connect(self._apply_filter)
        self.ui.retired_check.toggled.connect(self.refresh)
        self.ui.text_edit.textChanged.connect(self._text_changed)
        self.ui.fields_view.itemChanged.connect(lambda _item: self._update_preview())
        self.ui.kind_combo.currentIndexChanged.connect(lambda _i: self._update_preview())
        self.ui.new_button.clicked.connect(self.new_tip)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.revert_button.clicked.connect(self._revert)
        self.ui.retire_button.clicked.connect(self.toggle_retired)
        self.ui.up_button.clicked.connect(self.move_up)
        self.ui.down_button.clicked.connect(self.move_down)
        desk.changed.connect(self._data_changed)
        self.new_tip()
        self.refresh()

    # --- loading ------------------------------------------------------------------------

    def _data_changed(self, changes: Change) -> None:
        if changes & Change.TIPS:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        with_retired = self.ui.retired_check.isChecked()
        self.desk.write(  # a write: first use installs the shipped library
            "tips",
            lambda s: [_row(p) for p in tips.list_presets(s, include_retired=with_retired)],
            owner=self,
            on_done=self._loaded,
        )

    def _loaded(self, rows: list[TipRow]) -> None:
        self._all = rows
        self._apply_filter()
        self.loaded.emit()

    def _apply_filter(self, *_args: object) -> None:
        words = self.ui.search_edit.text().casefold().split()
        rows = [r for r in self._all if all(w in r.haystack for w in words)]
        keep = self._editing
        self.model.set_rows(rows)
        position = self.model.position_of(keep) if keep else None
        if position is not None:
            self.ui.tips_view.selectRow(position)

    def selected(self) -> TipRow | None:
        index = self.ui.tips_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row: TipRow = self.model.row_at(index.row())
        return row

    def select_key(self, key: str) -> None:
        position = self.model.position_of(key)
        if position is not None:
            self.ui.tips_view.selectRow(position)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._fill(self.model.row_at(current.row()))

    # --- the form -----------------------------------------------------------------------

    def new_tip(self) -> None:
        self._editing = None
        self._filling = True
        self.ui.tips_view.clearSelection()
        self.ui.key_edit.clear()
        self.ui.key_edit.setReadOnly(False)
        self.ui.title_edit.clear()
        self.ui.category_combo.setEditText("")
        self.ui.kind_combo.setCurrentIndex(0)
        self.ui.text_edit.setPlainText("")
        self.ui.action_edit.clear()
        self._filling = False
        self._text_changed()
        self.ui.retire_button.setEnabled(False)
        self.ui.key_edit.setFocus()

    def _fill(self, row: TipRow) -> None:
        self._editing = row.key
        self._filling = True
        self.ui.key_edit.setText(row.key)
        self.ui.key_edit.setReadOnly(True)
        self.ui.title_edit.setText(row.title)
        self._fill_categories()
        self.ui.category_combo.setEditText(row.category)
        self.ui.kind_combo.setCurrentIndex(max(0, self.ui.kind_combo.findData(row.kind)))
        self.ui.text_edit.setPlainText(row.text)
        self.ui.action_edit.setText(row.action)
        self._fill_fields({name: (hint, example) for name, hint, example in row.fields})
        self._filling = False
        self._update_preview()
        self.ui.retire_button.setEnabled(True)
        self.ui.retire_button.setText(
            self.tr("&Intrekken") if row.active else self.tr("Terug &aanbieden")
        )

    def _fill_categories(self) -> None:
        current = self.ui.category_combo.currentText()
        self.ui.category_combo.blockSignals(True)
        self.ui.category_combo.clear()
        for category in sorted({r.category for r in self._all if r.category}):
            self.ui.category_combo.addItem(category)
        self.ui.category_combo.setEditText(current)
        self.ui.category_combo.blockSignals(False)

    def _described(self) -> dict[str, tuple[str, str]]:
        table = self.ui.fields_view
        result = {}
        for r in range(table.rowCount()):
            name = table.item(r, 0)
            hint = table.item(r, 1)
            example = table.item(r, 2)
            if name is not None:
                result[name.text()] = (
                    hint.text() if hint else "",
                    example.text() if example else "",
                )
        return result

    def _fill_fields(self, described: dict[str, tuple[str, str]]) -> None:
        text = self.ui.text_edit.toPlainText()
        try:
            fields = fields_of(
                text, [{"name": n, "hint": h, "example": e} for n, (h, e) in described.items()]
            )
        except InvalidInput:
            fields = []
        table = self.ui.fields_view
        table.blockSignals(True)
        table.setRowCount(len(fields))
        for r, field in enumerate(fields):
            name = QTableWidgetItem(field.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, 0, name)
            table.setItem(r, 1, QTableWidgetItem(field.hint))
            table.setItem(r, 2, QTableWidgetItem(field.example))
        table.blockSignals(False)

    def _text_changed(self) -> None:
        if self._filling:
            return
        self._fill_fields(self._described())
        self._update_preview()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.ui.title_edit.text(),
            "category": self.ui.category_combo.currentText(),
            "kind": self.ui.kind_combo.currentData(),
            "text": self.ui.text_edit.toPlainText(),
            "fields": [
                {"name": n, "hint": h, "example": e} for n, (h, e) in self._described().items()
            ],
            "action": self.ui.action_edit.text(),
        }

    def _update_preview(self) -> None:
        if self._filling:
            return
        text = self.ui.text_edit.toPlainText().strip()
        hints: list[str] = []
        try:
            described = self._described()
            filled = render(
                text,
                {n: e or TYPICAL_VALUES.get(n, "…") for n, (_h, e) in described.items()},
            )
        except InvalidInput as exc:
            self.ui.preview_label.setText("")
            self.ui.hint_label.setText(str(exc))
            return
        self.ui.preview_label.setText(filled)
        if not filled:
            self.ui.hint_label.setText("")
            return
        analysis = smstext.analyse(filled)
        hints.append(
            _n(analysis.segments, self.tr("{n} sms per lid"), self.tr("{n} sms'en per lid"))
            + " · "
            + self.tr("{n} tekens").format(n=len(filled))
        )
        if self.ui.kind_combo.currentData() == "urgent":
            offer = shorten.offer(filled)
            if offer is not None:
                hints.append(
                    _n(
                        offer.over_by,
                        self.tr("Een dringende tip moet in één sms passen: {n} teken te veel."),
                        self.tr("Een dringende tip moet in één sms passen: {n} tekens te veel."),
                    )
                )
                if offer.shorter:
                    hints.append(self.tr("Korter: {text}").format(text=offer.shorter))
        found = privacy.check(text)
        if found:
            hints.append(
                self.tr("Een tip mag niemand herkenbaar maken: «{found}».").format(
                    found=found[0].found
                )
            )
        self.ui.hint_label.setText("\n".join(hints))

    def _revert(self) -> None:
        row = self.selected()
        if row is not None:
            self._fill(row)
        else:
            self.new_tip()

    # --- changes ------------------------------------------------------------------------

    @desk_action
    def save(self) -> None:
        desk = self.desk
        actor = desk.actor
        values = self.values()
        key = self._editing
        new_key = self.ui.key_edit.text()

        def work(s: Session) -> str:
            if key is None:
                return tips.add_preset(s, actor, key=new_key, **values).key
            return tips.edit_preset(s, actor, key, **values).key

        def done(saved_key: str) -> None:
            self._editing = saved_key
            desk.say(self.tr("Tip «{title}» bewaard.").format(title=values["title"]))
            self.saved.emit(saved_key)

        desk.write("tip save", work, owner=self, changes=Change.TIPS, on_done=done)

    @desk_action
    def toggle_retired(self) -> None:
        row = self.selected()
        if row is None:
            return
        desk = self.desk
        actor = desk.actor

        def done(_result: object) -> None:
            message = (
                self.tr("Tip «{title}» ingetrokken: de balie krijgt hem niet meer aangeboden.")
                if row.active
                else self.tr("Tip «{title}» wordt weer aangeboden.")
            )
            desk.say(message.format(title=row.title))

        def work(s: Session) -> None:  # plain values only: the row stays in its session
            tips.set_retired(s, actor, row.key, retired=row.active)

        desk.write(
            "tip retire",
            work,
            owner=self,
            changes=Change.TIPS,
            on_done=done,
        )

    @desk_action
    def move_up(self) -> None:
        self._move(-1)

    @desk_action
    def move_down(self) -> None:
        self._move(1)

    def _move(self, steps: int) -> None:
        row = self.selected()
        if row is None:
            return
        actor = self.desk.actor
        self.desk.write(
            "tip move",
            lambda s: tips.move_preset(s, actor, row.key, steps),
            owner=self,
            changes=Change.TIPS,
        )
