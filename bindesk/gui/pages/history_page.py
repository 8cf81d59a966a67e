"""Meldingen: the alerts per network per month and their logbook, for the BIN evaluation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from bindesk.gui import ask
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_history_page import Ui_HistoryPage
from bindesk.gui.models.rows import IdRowsTableModel, NamedColumnsTableModel
from bindesk.gui.operations import Change
from bindesk.gui.words import count as _n
from bindesk.services import history
from bindesk.services.operators import Permission

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _month_name(month: str) -> str:
    year, number = month.split("-")
    # the desk's language ("december 2026"), not QDate's C locale ("December 2026")
    return QLocale().toString(QDate(int(year), int(number), 1), "MMMM yyyy")


class MonthsTableModel(IdRowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[history.MonthCount] = []
        self._headers = (
            self.tr("Netwerk"),
            self.tr("Maand"),
            self.tr("Berichten"),
            self.tr("Sms'en"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.network, _month_name(row.month), str(row.alerts), str(row.sms))[
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return _RIGHT
        return None


class LogbookTableModel(NamedColumnsTableModel):
    COLUMNS = ("when", "who", "kind", "networks", "recipients", "rate", "everyone", "text")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[history.AlertRecord] = []
        self._headers = (
            self.tr("Verstuurd op"),
            self.tr("Door"),
            self.tr("Soort"),
            self.tr("Netwerken"),
            self.tr("Ontvangers"),
            self.tr("Afgeleverd"),
            self.tr("Iedereen had het na"),
            self.tr("Tekst"),
        )
        self._kinds = {
            "urgent": self.tr("dringend"),
            "prevention": self.tr("preventie"),
            "feedback": self.tr("opvolging"),
        }

    def duration(self, seconds: float | None) -> str:
        if seconds is None:
            return self.tr("nog bezig")
        if seconds < 60:
            return _n(max(1, round(seconds)), self.tr("{n} seconde"), self.tr("{n} seconden"))
        if seconds < 7200:
            return _n(round(seconds / 60), self.tr("{n} minuut"), self.tr("{n} minuten"))
        return self.tr("{n} uur").format(n=round(seconds / 3600))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return r.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            if column == "who":
                return r.created_by
            if column == "kind":
                return self._kinds.get(r.kind, r.kind)
            if column == "networks":
                return ", ".join(r.networks)
            if column == "recipients":
                return str(r.recipients)
            if column == "rate":
                rate = r.delivery_rate
                return "" if rate is None else f"{rate * 100:.0f} %"
            if column == "everyone":
                return self.duration(r.everyone_after)
            return " ".join(r.text.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return r.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("recipients", "rate"):
            return _RIGHT
        return None


class HistoryPage(QWidget):
    loaded = Signal()
    exported = Signal(str)
    follow_up_requested = Signal(int)  # alert id: the window opens the composer

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_HistoryPage()
        self.ui.setupUi(self)
        self.months = MonthsTableModel(self)
        self.logbook = LogbookTableModel(self)
        for view, model, widths in (
            (self.ui.months_view, self.months, (220, 160, 100)),
            (self.ui.logbook_view, self.logbook, (120, 90, 80, 180, 85, 85, 130)),
        ):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.ui.history_splitter.setSizes([220, 420])
        self.ui.kind_combo.addItem(self.tr("alle soorten"), None)
        for kind, label in self.logbook._kinds.items():
            self.ui.kind_combo.addItem(label, kind)
        today = QDate.currentDate()
        self.ui.until_edit.setDate(today)
        self.ui.since_edit.setDate(QDate(today.year(), 1, 1).addYears(-1))
        self.ui.kind_combo.currentIndexChanged.connect(self.refresh)
        self.ui.since_edit.dateChanged.connect(self.refresh)
        self.ui.until_edit.dateChanged.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.export_button.clicked.connect(self.export)
        self.ui.follow_up_button.setVisible(desk.can(Permission.SEND_ALERTS))
        self.ui.follow_up_button.setEnabled(False)
        self.ui.follow_up_button.clicked.connect(self.ask_follow_up)
        self.ui.logbook_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.ui.follow_up_button.setEnabled(self.selected_record() is not None)
        )
        desk.changed.connect(self._data_changed)
        self._generation = 0
        self.refresh()

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.OUTBOX | Change.DELIVERIES):
            self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        since = self.ui.since_edit.date().toPython()
        until = self.ui.until_edit.date().toPython()
        assert isinstance(since, dt.date) and isinstance(until, dt.date)
        return since, until

    def refresh(self, *_args: object) -> None:
        actor = self.desk.actor
        kind = self.ui.kind_combo.currentData()
        since, until = self.period()
        self._generation += 1
        generation = self._generation

        def done(records: list[history.AlertRecord]) -> None:
            if generation == self._generation:
                self._loaded(records)

        self.desk.query(
            "history",
            lambda s: history.logbook(s, actor, kind=kind, since=since, until=until),
            owner=self,
            on_done=done,
        )

    def _loaded(self, records: list[history.AlertRecord]) -> None:
        self.logbook.set_rows(records)
        self.months.set_rows(history.per_network_month(records))
        self.ui.count_label.setText(
            _n(len(records), self.tr("{n} bericht"), self.tr("{n} berichten"))
        )
        self.loaded.emit()

    def selected_record(self) -> history.AlertRecord | None:
        rows = self.ui.logbook_view.selectionModel().selectedRows()
        if not rows:
            return None
        record: history.AlertRecord = self.logbook.row_at(rows[0].row())
        return record

    def select_alert(self, alert_id: int) -> None:
        for row in range(self.logbook.rowCount()):
            if self.logbook.row_at(row).alert_id == alert_id:
                self.ui.logbook_view.selectRow(row)
                return

    @desk_action
    def ask_follow_up(self) -> None:
        """ "Stuur opvolging": the window opens the composer as a follow-up of this alert."""
        record = self.selected_record()
        if record is not None:
            self.follow_up_requested.emit(record.alert_id)

    @desk_action
    def export(self) -> None:
        suggested = "meldingen-{date}.xlsx".format(date=dt.date.today().strftime("%Y%m%d"))
        path = ask.save_file(
            self,
            self.tr("Meldingen exporteren"),
            suggested,
            self.tr("Excel-werkmap (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".xlsx")
        records = self.logbook.rows()
        desk = self.desk
        actor = desk.actor

        def done(count: int) -> None:
            desk.say(
                _n(
                    count,
                    self.tr("{n} bericht geëxporteerd naar {path}."),
                    self.tr("{n} berichten geëxporteerd naar {path}."),
                    path=target,
                )
            )
            self.exported.emit(str(target))

        # a write: the export of the logbook is itself audited (services announce AUDIT)
        desk.write(
            "history export",
            lambda s: history.export(s, actor, records, target),
            owner=self,
            on_done=done,
        )
