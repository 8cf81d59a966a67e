"""Operators (desk users) and their roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bindesk.gui.models.rows import IdRowsTableModel
from bindesk.services.operators import OperatorRow, Role

ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def role_labels() -> dict[Role, str]:
    return {
        Role.BALIE: QCoreApplication.translate("roles", "balie"),
        Role.BEHEER: QCoreApplication.translate("roles", "beheer"),
        Role.COMMUNICATIE: QCoreApplication.translate("roles", "communicatie"),
        Role.ADMIN: QCoreApplication.translate("roles", "hoofdgebruiker"),
        Role.DIENST: QCoreApplication.translate("roles", "dienst"),
    }


def role_help() -> dict[Role, str]:
    return {
        Role.BALIE: QCoreApplication.translate(
            "roles", "balie: leden opzoeken en bekijken, alarmberichten versturen."
        ),
        Role.BEHEER: QCoreApplication.translate(
            "roles", "beheer: leden en netwerken beheren, importeren en exporteren, GDPR."
        ),
        Role.COMMUNICATIE: QCoreApplication.translate(
            "roles", "communicatie: enquêtes en de nieuwsbrief."
        ),
        Role.ADMIN: QCoreApplication.translate(
            "roles", "hoofdgebruiker: alles, ook gebruikers, instellingen en het logboek."
        ),
        Role.DIENST: QCoreApplication.translate(
            "roles",
            "dienst: alleen verzenden; voor de verzenddienst zonder venster.",
        ),
    }


class OperatorTableModel(IdRowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OperatorRow] = []
        self._roles = role_labels()
        self._grey = QBrush(QColor(120, 120, 120))
        self._headers = (
            self.tr("Gebruikersnaam"),
            self.tr("Naam"),
            self.tr("Rol"),
            self.tr("Status"),
            self.tr("Laatst ingelogd"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return row.username
            if column == 1:
                return row.display_name
            if column == 2:
                return self._roles[row.role]
            if column == 3:
                return self.tr("actief") if row.active else self.tr("uitgeschakeld")
            if row.last_login_at is None:
                return self.tr("nooit")
            return row.last_login_at.astimezone().strftime("%d/%m/%Y %H:%M")
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return self._grey
        return None
