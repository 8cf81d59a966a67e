"""The sent alerts and their deliveries: plain rows, the loaders that read them, the models.

The loaders run off the GUI thread (a background task) and return plain values. They are
read-only summaries for the desk that ``services.outbox.status`` does not give cheaply
(counts per state for many alerts in two queries, member names beside the numbers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from bindesk.domain.phone import display_mobile
from bindesk.domain.states import DeliveryState
from bindesk.gui import i18n
from bindesk.gui.models.rows import NamedColumnsTableModel
from bindesk.services.outbox_view import AlertSummary, DeliveryRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (finished, total) for the progress delegate

_Index = QModelIndex | QPersistentModelIndex


def kind_labels() -> dict[str, str]:
    return {
        "urgent": QCoreApplication.translate("outbox", "dringend"),
        "prevention": QCoreApplication.translate("outbox", "preventie"),
        "feedback": QCoreApplication.translate("outbox", "opvolging"),
        "service": QCoreApplication.translate("outbox", "dienstbericht"),
    }


def short_time(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'21:14' today, '12/03 21:14' this year, '12/03/2025 21:14' before (local time)."""
    local = moment.astimezone()
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    if local.year == today.year:
        return local.strftime("%d/%m %H:%M")
    return local.strftime("%d/%m/%Y %H:%M")


def is_simulated_modem(modem_id: str | None) -> bool:
    """Modem ids are ``host:simN`` for the built-in emulator (see dispatcher.modem_id_for)."""
    if not modem_id:
        return False
    where = modem_id.rsplit(":", 1)[-1]
    return where.startswith("sim") and where[3:].isdigit()


# --- models ------------------------------------------------------------------------------

_STATE_COLOURS = {
    DeliveryState.DELIVERED: QColor(30, 120, 50),
    DeliveryState.FAILED: QColor(180, 30, 30),
    DeliveryState.UNCERTAIN: QColor(170, 100, 0),
    DeliveryState.CANCELLED: QColor(120, 120, 120),
}


class _RowsModel(NamedColumnsTableModel):
    """Rows with an ``id``; replacing rows keeps the view's selection when ids stay put, and
    changes arrive row by row (:meth:`update_rows`, :meth:`merge_newest`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._positions: dict[int, int] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self.update_rows(rows)
            return
        self.beginResetModel()
        self._rows = rows
        self._positions = {r.id: i for i, r in enumerate(rows)}
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> int:
        """Replace the rows with these ids where they differ; unknown ids are ignored.
        Costs what changed. Returns how many rows changed."""
        positions = []
        for row in rows:
            position = self._positions.get(row.id)
            if position is None or self._rows[position] == row:
                continue
            self._rows[position] = row
            positions.append(position)
        # one dataChanged per run of adjacent rows (rows change in send order): the view
        # and every listener react once per run, not once per row
        last = self.columnCount() - 1
        positions.sort()
        start = 0
        for i in range(1, len(positions) + 1):
            if i == len(positions) or positions[i] != positions[i - 1] + 1:
                self.dataChanged.emit(
                    self.index(positions[start], 0), self.index(positions[i - 1], last)
                )
                start = i
        return len(positions)

    def merge_newest(self, rows: Sequence[Any], limit: int) -> None:
        """Rows newest first: update those shown, put newer ones on top, keep ``limit``."""
        self.update_rows(rows)
        top = self._rows[0].id if self._rows else -1
        new = sorted((r for r in rows if r.id > top), key=lambda r: r.id, reverse=True)
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._rows[:0] = new
            self._positions = {r.id: i for i, r in enumerate(self._rows)}
            self.endInsertRows()
        if len(self._rows) > limit:
            self.beginRemoveRows(QModelIndex(), limit, len(self._rows) - 1)
            for stale in self._rows[limit:]:
                self._positions.pop(stale.id, None)
            del self._rows[limit:]
            self.endRemoveRows()

    def row_of(self, row_id: int) -> int:
        return self._positions.get(row_id, -1)

    def row_by_id(self, row_id: int) -> Any | None:
        position = self._positions.get(row_id)
        return self._rows[position] if position is not None else None

    def newest_id(self) -> int:
        return max(self._positions, default=0)


class AlertTableModel(_RowsModel):
    """Recent alerts: when, what, to whom, and how far sending got."""

    COUNT_COLUMNS = (
        "waiting",
        DeliveryState.SENT,
        DeliveryState.DELIVERED,
        DeliveryState.FAILED,
        DeliveryState.UNCERTAIN,
        DeliveryState.CANCELLED,
    )
    COLUMNS = ("time", "kind", "text", "networks", "progress", *COUNT_COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        labels = i18n.labels_of(DeliveryState)
        self._headers = (
            self.tr("Tijd"),
            self.tr("Soort"),
            self.tr("Bericht"),
            self.tr("Netwerken"),
            self.tr("Voortgang"),
            labels[DeliveryState.QUEUED],
            labels[DeliveryState.SENT],
            labels[DeliveryState.DELIVERED],
            labels[DeliveryState.FAILED],
            labels[DeliveryState.UNCERTAIN],
            labels[DeliveryState.CANCELLED],
        )
        self._kinds = kind_labels()
        self._urgent = QBrush(QColor(180, 30, 30))

    def summary(self, alert_id: int) -> AlertSummary | None:
        row = self.row_of(alert_id)
        return self._rows[row] if row >= 0 else None

    def _count(self, a: AlertSummary, column: str) -> int:
        return a.waiting if column == "waiting" else a.counts.get(column, 0)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a: AlertSummary = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return short_time(a.created_at)
            if column == "kind":
                return self._kinds.get(a.kind, a.kind)
            if column == "text":
                return " ".join(a.text.split())
            if column == "networks":
                return ", ".join(a.network_names)
            if column == "progress":
                return f"{a.finished}/{a.total}"
            count = self._count(a, column)
            return str(count) if count else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "text":
                return a.text
            if column == "time":
                return self.tr("Bericht {id}, {when} door {who}").format(
                    id=a.id,
                    when=a.created_at.astimezone().strftime("%d/%m/%Y %H:%M:%S"),
                    who=a.created_by,
                )
            if column == "progress":
                labels = i18n.labels_of(DeliveryState)
                return "\n".join(f"{labels.get(s, s)}: {n}" for s, n in sorted(a.counts.items()))
            return None
        if role == PROGRESS_ROLE and column == "progress":
            return (a.finished, a.total)
        if role == ID_ROLE:
            return a.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "kind" and a.kind == "urgent":
                return self._urgent
            if column in _STATE_COLOURS and self._count(a, column):
                return QBrush(_STATE_COLOURS[column])
        return None


class DeliveryTableModel(_RowsModel):
    """One alert's deliveries: to whom, in which state, after how many attempts, why."""

    COLUMNS = ("mobile", "name", "state", "attempts", "when", "modem", "error")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Nummer of adres"),
            self.tr("Naam"),
            self.tr("Status"),
            self.tr("Pogingen"),
            self.tr("Verzonden om"),
            self.tr("Modem"),
            self.tr("Fout"),
        )
        self._states = i18n.labels_of(DeliveryState)
        self._grey = QBrush(QColor(120, 120, 120))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d: DeliveryRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "mobile":
                return d.email or "" if d.channel == "email" else display_mobile(d.mobile)
            if column == "name":
                return d.member_name if d.member_name is not None else self.tr("(gewist)")
            if column == "state":
                return self._states.get(d.state, d.state)
            if column == "attempts":
                return str(d.attempts)
            if column == "when":
                moment = d.delivered_at or d.sent_at
                return short_time(moment) if moment else ""
            if column == "modem":
                if is_simulated_modem(d.modem):
                    return self.tr("SIMULATIE")
                if d.channel == "email":
                    return self.tr("e-mail")  # the worker's id says nothing to an officer
                return (d.modem or "").rsplit(":", 1)[-1]
            return " ".join((d.error or "").split())
        if role == Qt.ItemDataRole.ToolTipRole and column in ("error", "modem"):
            return (d.error if column == "error" else d.modem) or None
        if role == ID_ROLE:
            return d.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "attempts":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "state" and d.state in _STATE_COLOURS:
                return QBrush(_STATE_COLOURS[d.state])
            if column == "name" and d.member_name is None:
                return self._grey
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws ``PROGRESS_ROLE`` (finished, total) as a progress bar with 'finished/total'."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        finished, total = value
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        bar.minimum = 0
        bar.maximum = max(1, total)
        bar.progress = min(finished, max(1, total))
        bar.text = f"{finished}/{total}"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)  # type: ignore[attr-defined]
