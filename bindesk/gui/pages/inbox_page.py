"""Inbox: replies with their member, STOP/UIT opt-outs, unknown senders, delivery reports.

The officer marks a message handled or answers the member who sent it (one SMS through
the outbox, audited).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from bindesk.domain import smstext
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_inbox_page import Ui_InboxPage
from bindesk.gui.models.rows import NamedColumnsTableModel
from bindesk.gui.operations import Change
from bindesk.gui.words import count as _n
from bindesk.services import replies
from bindesk.services.members import display_mobile

_Index = QModelIndex | QPersistentModelIndex


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


class InboxTableModel(NamedColumnsTableModel):
    COLUMNS = ("received_at", "sender", "what", "handled", "text")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[replies.InboxRow] = []
        self._headers = (
            self.tr("Ontvangen"),
            self.tr("Van"),
            self.tr("Soort"),
            self.tr("Afgehandeld"),
            self.tr("Bericht"),
        )
        self._grey = QBrush(QColor(120, 120, 120))

    def what(self, row: replies.InboxRow) -> str:
        labels = {
            "reply": self.tr("antwoord"),
            "opt_out": self.tr("afmelding (STOP/UIT)"),
            "unknown": self.tr("onbekende afzender"),
            "maybe_opt_out": self.tr("mogelijke afmelding"),
        }
        label = labels.get(row.action, row.action)
        if row.action == "opt_out":
            confirmation = {
                "sent": self.tr("bevestiging verzonden"),
                "delivered": self.tr("bevestiging afgeleverd"),
                "queued": self.tr("bevestiging in de wachtrij"),
                "sending": self.tr("bevestiging in de wachtrij"),
                "failed": self.tr("bevestiging mislukt"),
            }.get(row.confirmation or "", self.tr("geen bevestiging"))
            label += f" · {confirmation}"
        return label

    def sender(self, row: replies.InboxRow) -> str:
        number = display_mobile(row.mobile)
        return f"{row.member_name} ({number})" if row.member_name else number

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "received_at":
                return _when(row.received_at)
            if column == "sender":
                return self.sender(row)
            if column == "what":
                return self.what(row)
            if column == "text":
                return " ".join(row.text.split())
            return _when(row.handled_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return row.text
        if role == Qt.ItemDataRole.ForegroundRole and row.handled_at is not None:
            return self._grey
        return None

    def position_of(self, message_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.message_id == message_id), None)


class ReportsTableModel(NamedColumnsTableModel):
    COLUMNS = ("at", "recipient", "alert", "state")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[replies.ReportRow] = []
        self._headers = (self.tr("Wanneer"), self.tr("Lid"), self.tr("Bericht"), self.tr("Status"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "at":
                return _when(row.at)
            if column == "recipient":
                number = display_mobile(row.mobile)
                return f"{row.member_name} ({number})" if row.member_name else number
            if column == "alert":
                return self.tr("bericht {n}").format(n=row.alert_id)
            return self.tr("afgeleverd") if row.state == "delivered" else self.tr("niet afgeleverd")
        if role == Qt.ItemDataRole.ToolTipRole and row.error:
            return row.error
        return None


class InboxPage(QWidget):
    loaded = Signal()
    replied = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_InboxPage()
        self.ui.setupUi(self)
        self.model = InboxTableModel(self)
        self.reports = ReportsTableModel(self)
        for view, model, widths in (
            (self.ui.messages_view, self.model, (120, 200, 190, 100)),
            (self.ui.reports_view, self.reports, (120, 240, 100)),
        ):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.ui.messages_splitter.setSizes([700, 380])
        self.ui.reply_edit.setMaximumHeight(90)
        self.ui.messages_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.handled_check.toggled.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.handled_button.clicked.connect(self.toggle_handled)
        self.ui.reply_button.clicked.connect(self.send_reply)
        self.ui.reply_edit.textChanged.connect(self._reply_changed)
        desk.changed.connect(self._data_changed)
        self._show(None)
        self.refresh()

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.INBOX | Change.OUTBOX | Change.DELIVERIES | Change.MEMBERS):
            self.refresh()

    def refresh(self, *_args: object) -> None:
        actor = self.desk.actor
        with_handled = self.ui.handled_check.isChecked()

        def work(s: Session) -> tuple[list[replies.InboxRow], list[replies.ReportRow]]:
            return (
                replies.rows(s, actor, include_handled=with_handled),
                replies.delivery_reports(s, actor),
            )

        self.desk.query("inbox", work, owner=self, on_done=lambda result: self._loaded(*result))

    def _loaded(self, rows: list[replies.InboxRow], reports: list[replies.ReportRow]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        self.reports.set_rows(reports)
        open_count = sum(1 for r in rows if r.handled_at is None)
        self.ui.messages_count_label.setText(
            _n(open_count, self.tr("{n} open bericht"), self.tr("{n} open berichten"))
        )
        position = self.model.position_of(keep.message_id) if keep else None
        if position is None and rows:
            position = 0
        if position is not None:
            self.ui.messages_view.selectRow(position)
        else:
            self._show(None)
        self.loaded.emit()

    def selected(self) -> replies.InboxRow | None:
        index = self.ui.messages_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row: replies.InboxRow = self.model.row_at(index.row())
        return row

    def select_message(self, message_id: int) -> None:
        position = self.model.position_of(message_id)
        if position is not None:
            self.ui.messages_view.selectRow(position)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.row_at(current.row()) if current.isValid() else None)

    def _show(self, row: replies.InboxRow | None) -> None:
        self.ui.handled_button.setEnabled(row is not None)
        can_reply = row is not None and row.member_id is not None and row.action == "reply"
        for widget in (self.ui.reply_edit, self.ui.reply_button, self.ui.reply_label):
            widget.setEnabled(can_reply)
        if row is None:
            self.ui.message_label.setText(self.tr("Geen bericht gekozen."))
            return
        e = html.escape
        lines = [
            f"<b>{e(self.model.sender(row))}</b>",
            e(self.model.what(row)),
            e(_when(row.received_at)),
            f"<p>{e(row.text)}</p>",
        ]
        if row.handled_at is not None:
            lines.append(
                e(
                    self.tr("Afgehandeld door {who} op {when}.").format(
                        who=row.handled_by, when=_when(row.handled_at)
                    )
                )
            )
        if row.member_id is None:
            lines.append(e(self.tr("Dit nummer hoort bij geen lid: bel terug als het nodig is.")))
        self.ui.message_label.setText("<br>".join(lines))
        self.ui.handled_button.setText(
            self.tr("&Afgehandeld") if row.handled_at is None else self.tr("&Weer openen")
        )
        self._reply_changed()

    def _reply_changed(self) -> None:
        text = self.ui.reply_edit.toPlainText().strip()
        if not text:
            self.ui.reply_counter_label.setText("")
            return
        segments = smstext.analyse(text).segments
        self.ui.reply_counter_label.setText(
            _n(segments, self.tr("{n} sms"), self.tr("{n} sms'en"))
            + " · "
            + self.tr("{n} tekens").format(n=len(text))
        )

    @desk_action
    def toggle_handled(self) -> None:
        row = self.selected()
        if row is None:
            return
        actor = self.desk.actor
        handled = row.handled_at is None
        self.desk.write(
            "inbox handled",
            lambda s: replies.set_handled(s, actor, row.message_id, handled),
            owner=self,
            changes=Change.INBOX,
        )

    @desk_action
    def send_reply(self) -> None:
        row = self.selected()
        if row is None:
            return
        desk = self.desk
        actor = desk.actor
        text = self.ui.reply_edit.toPlainText()

        def done(alert_id: int) -> None:
            self.ui.reply_edit.clear()
            desk.say(self.tr("Antwoord aan {who} in de wachtrij.").format(who=row.member_name))
            self.replied.emit(alert_id)

        desk.write(
            "inbox reply",
            lambda s: replies.reply(s, actor, row.message_id, text).id,
            owner=self,
            changes=Change.INBOX | Change.OUTBOX,
            on_done=done,
        )
