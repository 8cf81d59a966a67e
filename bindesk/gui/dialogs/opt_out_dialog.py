"""Replies flagged "mogelijke afmelding": the desk reads each and decides with one click."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget
from sqlalchemy.orm import Session

from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_opt_out_dialog import Ui_OptOutDialog
from bindesk.gui.models.rows import IdRowsTableModel
from bindesk.gui.operations import Change
from bindesk.services import inbox, members
from bindesk.services.operators import Actor, Permission

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FlaggedReply:
    id: int
    received_at: dt.datetime
    mobile: str
    member: str
    text: str


def load_flagged(s: Session, actor: Actor) -> list[FlaggedReply]:
    return [
        FlaggedReply(
            m.id,
            m.received_at,
            m.mobile,
            members.get_member(s, m.member_id).full_name if m.member_id else "",
            m.text,
        )
        for m in inbox.possible_opt_outs(s, actor)
    ]


class FlaggedReplyModel(IdRowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Ontvangen"), self.tr("Lid"), self.tr("Gsm"), self.tr("Bericht"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row: FlaggedReply = self._rows[index.row()]
        local = row.received_at.astimezone()
        return (
            local.strftime("%d/%m/%Y %H:%M"),
            row.member,
            members.display_mobile(row.mobile),
            row.text,
        )[index.column()]


class OptOutDialog(QDialog):
    decided = Signal()
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_OptOutDialog()
        self.ui.setupUi(self)
        self.model = FlaggedReplyModel(self)
        self.ui.messages_view.setModel(self.model)
        header = self.ui.messages_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.messages_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.confirm_button.clicked.connect(lambda: self._decide(confirm=True))
        self.ui.dismiss_button.clicked.connect(lambda: self._decide(confirm=False))
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        desk = self.desk
        actor = desk.actor
        desk.query(
            "load possible opt-outs",
            lambda s: load_flagged(s, actor),
            owner=self,
            on_done=self._loaded,
        )

    def _loaded(self, rows: list[FlaggedReply]) -> None:
        self.model.set_rows(rows)
        if self.model.rowCount():
            self.ui.messages_view.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> FlaggedReply | None:
        rows = self.ui.messages_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        allowed = self.desk.can(Permission.MANAGE_MEMBERS) and self.selected() is not None
        self.ui.confirm_button.setEnabled(allowed)
        self.ui.dismiss_button.setEnabled(allowed)

    def _decide(self, *, confirm: bool) -> None:
        reply = self.selected()
        if reply is None:
            return
        desk = self.desk

        actor = desk.actor

        def work(s: Session) -> None:
            if confirm:
                inbox.confirm_opt_out(s, actor, reply.id)
            else:
                inbox.dismiss_opt_out(s, actor, reply.id)

        def done(_result: None) -> None:
            if confirm:
                desk.say(self.tr("{name} is afgemeld.").format(name=reply.member or reply.mobile))
            self.reload()
            self.decided.emit()

        desk.write(
            "decide opt-out",
            work,
            owner=self,
            changes=Change.MEMBERS | Change.OUTBOX | Change.INBOX,
            on_done=done,
        )
