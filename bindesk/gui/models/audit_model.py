"""The audit trail as a table: newest first, read-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from bindesk.db.models import AuditEvent
from bindesk.gui.models.rows import IdRowsTableModel

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    detail: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @classmethod
    def of(cls, event: AuditEvent) -> AuditRow:
        return cls(
            id=event.id,
            at=event.at,
            actor=event.actor,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            detail=event.detail or "",
            before=event.before,
            after=event.after,
        )


def action_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("audit", "aangemaakt"),
        "update": QCoreApplication.translate("audit", "gewijzigd"),
        "erase": QCoreApplication.translate("audit", "gewist (GDPR)"),
        "export": QCoreApplication.translate("audit", "geëxporteerd"),
        "login": QCoreApplication.translate("audit", "ingelogd"),
        "login_failed": QCoreApplication.translate("audit", "inloggen mislukt"),
        "lock": QCoreApplication.translate("audit", "vergrendeld"),
        "unlock": QCoreApplication.translate("audit", "ontgrendeld"),
        "unlock_failed": QCoreApplication.translate("audit", "ontgrendelen mislukt"),
        "opt_out": QCoreApplication.translate("audit", "afgemeld voor berichten"),
        "opt_in": QCoreApplication.translate("audit", "opnieuw aangemeld"),
        "activate": QCoreApplication.translate("audit", "geactiveerd"),
        "deactivate": QCoreApplication.translate("audit", "gedeactiveerd"),
        "reset_password": QCoreApplication.translate("audit", "wachtwoord hersteld"),
        "change_password": QCoreApplication.translate("audit", "wachtwoord gewijzigd"),
        "send": QCoreApplication.translate("audit", "verstuurd"),
        "retry": QCoreApplication.translate("audit", "opnieuw verstuurd"),
        "cancel": QCoreApplication.translate("audit", "geannuleerd"),
        "retire": QCoreApplication.translate("audit", "ingetrokken"),
        "restore": QCoreApplication.translate("audit", "weer aangeboden"),
        "handled": QCoreApplication.translate("audit", "afgehandeld"),
        "import": QCoreApplication.translate("audit", "geïmporteerd"),
    }


def entity_labels() -> dict[str, str]:
    return {
        "member": QCoreApplication.translate("audit", "lid"),
        "network": QCoreApplication.translate("audit", "netwerk"),
        "operator": QCoreApplication.translate("audit", "gebruiker"),
        "setting": QCoreApplication.translate("audit", "instelling"),
        "alert": QCoreApplication.translate("audit", "alarmbericht"),
        "audit": QCoreApplication.translate("audit", "logboek"),
        "tip": QCoreApplication.translate("audit", "tip"),
        "inbound": QCoreApplication.translate("audit", "ontvangen sms"),
        "reply": QCoreApplication.translate("audit", "antwoord aan een lid"),
        "alerts": QCoreApplication.translate("audit", "meldingen"),
        "survey": QCoreApplication.translate("audit", "enquête"),
    }


class AuditTableModel(IdRowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._actions = action_labels()
        self._entities = entity_labels()
        self._headers = (
            self.tr("Tijdstip"),
            self.tr("Gebruiker"),
            self.tr("Actie"),
            self.tr("Onderwerp"),
            self.tr("Details"),
        )

    def action_label(self, action: str) -> str:
        return self._actions.get(action, action)

    def entity_label(self, entity: str) -> str:
        return self._entities.get(entity, entity)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
        if column == 1:
            return row.actor
        if column == 2:
            return self.action_label(row.action)
        if column == 3:
            label = self.entity_label(row.entity)
            return f"{label} {row.entity_id}" if row.entity_id else label
        return row.detail
