"""Logboek: who did what when; filter and export (CSV). Read-only: the trail is append-only."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from bindesk.gui import ask
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_audit_page import Ui_AuditPage
from bindesk.gui.models.audit_model import AuditRow, AuditTableModel
from bindesk.gui.operations import Change
from bindesk.services import audit

MAX_ROWS = 5000


class AuditPage(QWidget):
    loaded = Signal()
    exported = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.model = AuditTableModel(self)
        view = self.ui.audit_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 110, 170, 120)):
            view.setColumnWidth(column, width)
        self.ui.details_splitter.setSizes([800, 330])
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        today = QDate.currentDate()
        self.ui.until_edit.setDate(today)
        self.ui.since_edit.setDate(today.addDays(-30))
        self.ui.actor_combo.addItem(self.tr("iedereen"), None)
        self.ui.action_combo.addItem(self.tr("alle acties"), None)
        self.ui.entity_combo.addItem(self.tr("alle onderwerpen"), None)
        for combo in (self.ui.actor_combo, self.ui.action_combo, self.ui.entity_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.ui.since_edit.dateChanged.connect(self.refresh)
        self.ui.until_edit.dateChanged.connect(self.refresh)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.export_button.clicked.connect(self.export_csv)
        desk.changed.connect(self._data_changed)
        self._generation = 0

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.AUDIT | Change.MEMBERS | Change.NETWORKS) and self.isVisible():
            self.refresh()

    def current_filter(self, limit: int = MAX_ROWS) -> audit.AuditFilter:
        since = self.ui.since_edit.date().toPython()
        until = self.ui.until_edit.date().toPython()
        assert isinstance(since, dt.date) and isinstance(until, dt.date)
        local = dt.datetime.now().astimezone().tzinfo
        return audit.AuditFilter(
            actor=self.ui.actor_combo.currentData(),
            action=self.ui.action_combo.currentData(),
            entity=self.ui.entity_combo.currentData(),
            since=dt.datetime.combine(since, dt.time(0), tzinfo=local),
            until=dt.datetime.combine(until + dt.timedelta(days=1), dt.time(0), tzinfo=local),
            limit=limit,
        )

    def refresh(self, *_args: object) -> None:
        flt = self.current_filter()
        actor = self.desk.actor
        self._generation += 1
        generation = self._generation

        def work(s: Session) -> tuple[list[AuditRow], dict[str, list[str]]]:
            rows = [AuditRow.of(e) for e in audit.read_events(s, actor, flt)]
            choices = {c: audit.distinct_values(s, actor, c) for c in ("actor", "action", "entity")}
            return rows, choices

        def done(result: tuple[list[AuditRow], dict[str, list[str]]]) -> None:
            if generation == self._generation:  # a newer filter is on its way: skip this one
                self._loaded(*result)

        self.desk.query("audit", work, owner=self, on_done=done)

    def _loaded(self, rows: list[AuditRow], choices: dict[str, list[str]]) -> None:
        self._fill_choices(choices)
        self.model.set_rows(rows)
        more = self.tr(" (de nieuwste {n})").format(n=MAX_ROWS) if len(rows) >= MAX_ROWS else ""
        self.ui.count_label.setText(self.tr("{n} gebeurtenissen").format(n=len(rows)) + more)
        self.ui.detail_browser.clear()
        if rows:
            self.ui.audit_view.selectRow(0)
        self.loaded.emit()

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        for combo, key, label in (
            (self.ui.actor_combo, "actor", None),
            (self.ui.action_combo, "action", self.model.action_label),
            (self.ui.entity_combo, "entity", self.model.entity_label),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in choices[key]:
                combo.addItem(label(value) if label else value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.audit_view.selectionModel().selectedRows()
        if not rows:
            self.ui.detail_browser.clear()
            return
        self.ui.detail_browser.setHtml(self.detail_html(self.model.row_at(rows[0].row())))

    def detail_html(self, row: AuditRow) -> str:
        e = html.escape
        parts = [
            f"<h3>{e(self.model.action_label(row.action))} — "
            f"{e(self.model.entity_label(row.entity))} {e(row.entity_id or '')}</h3>",
            f"<p>{e(row.at.astimezone().strftime('%d/%m/%Y %H:%M:%S'))} · {e(row.actor)}</p>",
        ]
        if row.detail:
            parts.append(f"<p>{e(row.detail)}</p>")
        keys = sorted(set(row.before or {}) | set(row.after or {}))
        if keys:
            parts.append(
                "<table cellpadding='3'><tr><th align='left'>"
                + self.tr("Veld")
                + "</th><th align='left'>"
                + self.tr("Voor")
                + "</th><th align='left'>"
                + self.tr("Na")
                + "</th></tr>"
            )
            labels = field_labels()
            for key in keys:
                old = _show((row.before or {}).get(key))
                new = _show((row.after or {}).get(key))
                mark = " style='background:#fff4c0'" if old != new and row.before else ""
                label = labels.get(key, key)
                parts.append(
                    f"<tr{mark}><td>{e(label)}</td><td>{e(old)}</td><td>{e(new)}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    @desk_action
    def export_csv(self) -> None:
        suggested = "logboek-{date}.csv".format(date=dt.date.today().strftime("%Y%m%d"))
        path = ask.save_file(self, self.tr("Logboek exporteren"), suggested, "CSV (*.csv)")
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        flt = self.current_filter(limit=1_000_000)
        actor = self.desk.actor

        def done(count: int) -> None:
            self.desk.say(
                self.tr("{n} gebeurtenissen geëxporteerd naar {path}.").format(n=count, path=target)
            )
            self.exported.emit(str(target))

        # the export is itself audited: the page reloads on the AUDIT change it announces
        self.desk.write(
            "audit export",
            lambda s: audit.export_events(s, actor, flt, target),
            owner=self,
            on_done=done,
        )


def field_labels() -> dict[str, str]:
    """Names of the fields audit snapshots hold, as the desk says them."""
    return {
        "first_name": QCoreApplication.translate("AuditPage", "voornaam"),
        "last_name": QCoreApplication.translate("AuditPage", "naam"),
        "street": QCoreApplication.translate("AuditPage", "straat"),
        "house_number": QCoreApplication.translate("AuditPage", "huisnummer"),
        "postal_code": QCoreApplication.translate("AuditPage", "postcode"),
        "municipality": QCoreApplication.translate("AuditPage", "gemeente"),
        "mobile": QCoreApplication.translate("AuditPage", "gsm"),
        "email": QCoreApplication.translate("AuditPage", "e-mail"),
        "language": QCoreApplication.translate("AuditPage", "taal"),
        "status": QCoreApplication.translate("AuditPage", "status"),
        "consent_at": QCoreApplication.translate("AuditPage", "toestemming op"),
        "consent_method": QCoreApplication.translate("AuditPage", "toestemming via"),
        "opted_out_at": QCoreApplication.translate("AuditPage", "afgemeld op"),
        "networks": QCoreApplication.translate("AuditPage", "netwerken"),
        "name": QCoreApplication.translate("AuditPage", "naam"),
        "area_description": QCoreApplication.translate("AuditPage", "gebied"),
        "streets": QCoreApplication.translate("AuditPage", "straten"),
        "start_date": QCoreApplication.translate("AuditPage", "gestart op"),
        "police_liaison": QCoreApplication.translate("AuditPage", "contact politie"),
        "active": QCoreApplication.translate("AuditPage", "actief"),
        "coordinator_member_id": QCoreApplication.translate("AuditPage", "coördinator (lid nr.)"),
        "username": QCoreApplication.translate("AuditPage", "gebruikersnaam"),
        "display_name": QCoreApplication.translate("AuditPage", "naam"),
        "role": QCoreApplication.translate("AuditPage", "rol"),
        "code": QCoreApplication.translate("AuditPage", "code"),
        "minutes": QCoreApplication.translate("AuditPage", "minuten"),
        "kind": QCoreApplication.translate("AuditPage", "soort"),
        "encoding": QCoreApplication.translate("AuditPage", "tekens"),
        "recipients": QCoreApplication.translate("AuditPage", "ontvangers"),
        "segments": QCoreApplication.translate("AuditPage", "sms-delen per bericht"),
        "text": QCoreApplication.translate("AuditPage", "tekst"),
        "title": QCoreApplication.translate("AuditPage", "titel"),
        "category": QCoreApplication.translate("AuditPage", "thema"),
        "fields": QCoreApplication.translate("AuditPage", "velden"),
        "action": QCoreApplication.translate("AuditPage", "preventieve actie"),
        "position": QCoreApplication.translate("AuditPage", "plaats in de lijst"),
        "privacy_reason": QCoreApplication.translate("AuditPage", "reden (privacy)"),
        "privacy_warnings": QCoreApplication.translate("AuditPage", "privacywaarschuwingen"),
        "handled": QCoreApplication.translate("AuditPage", "afgehandeld"),
        "to_member": QCoreApplication.translate("AuditPage", "aan lid nr."),
        "in_reply_to": QCoreApplication.translate("AuditPage", "antwoord op bericht nr."),
    }


def value_labels() -> dict[str, str]:
    """Stored values (English codes) as the desk says them."""
    return {
        "active": QCoreApplication.translate("AuditPage", "actief"),
        "paused": QCoreApplication.translate("AuditPage", "gepauzeerd"),
        "left": QCoreApplication.translate("AuditPage", "uitgeschreven"),
        "urgent": QCoreApplication.translate("AuditPage", "dringend"),
        "prevention": QCoreApplication.translate("AuditPage", "preventie"),
        "feedback": QCoreApplication.translate("AuditPage", "opvolging"),
        "gsm7": QCoreApplication.translate("AuditPage", "gewone tekens"),
        "ucs2": QCoreApplication.translate("AuditPage", "bijzondere tekens"),
        "plate": QCoreApplication.translate("AuditPage", "nummerplaat"),
        "phone": QCoreApplication.translate("AuditPage", "telefoonnummer"),
        "email": QCoreApplication.translate("AuditPage", "e-mailadres"),
        "name": QCoreApplication.translate("AuditPage", "naam"),
        "address": QCoreApplication.translate("AuditPage", "adres met een naam"),
    }


_CODES = frozenset(
    [
        "active",
        "paused",
        "left",
        "urgent",
        "prevention",
        "feedback",
        "gsm7",
        "ucs2",
        "plate",
        "phone",
        "email",
        "address",
    ]
)
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditPage", "ja")
            if value
            else (QCoreApplication.translate("AuditPage", "nee"))
        )
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "—"
    if isinstance(value, dict):
        if "message" in value:  # a privacy warning: its Dutch sentence
            return str(value["message"])
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value in _CODES:
        return value_labels()[value]
    if isinstance(value, str) and _ISO_MOMENT.match(value):
        try:
            return dt.datetime.fromisoformat(value).astimezone().strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return value
    return str(value)
