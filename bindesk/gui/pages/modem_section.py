"""Instellingen → Modems van deze pc (role admin): detect, probe, add, PIN/SMSC, test, apply.

The modems are stored per PC (:mod:`bindesk.services.modems`); *Toepassen* hands them to the
desk's dispatcher (:meth:`SendingBridge.reconfigure`) without a restart. Probing and the test
SMS open the modem through Gammu on a background task; Gammu locks the port, so the desk's
own modem threads are paused for it and started again afterwards with the stored modems.
A PIN typed here is stored and the field is emptied at once: it is never shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableWidgetItem, QWidget

from bindesk import config
from bindesk.domain.errors import BindeskError
from bindesk.domain.phone import display_mobile, parse_mobile
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_modem_section import Ui_ModemSection
from bindesk.gui.operations import Change
from bindesk.gui.sending import SendingBridge
from bindesk.gui.tasks import Progress
from bindesk.services import modems
from bindesk.services.modems import StoredModem
from bindesk.sms import probe
from bindesk.sms.modem import SIMULATED_LABEL

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


class ModemSection(QGroupBox):
    """The modem part of Instellingen; shown to whoever may change settings."""

    loaded = Signal()
    probed = Signal(object)  # a probe.ProbeResult
    detected = Signal(object)  # list[probe.PortCandidate]
    test_done = Signal(bool, str)  # sent?, the Dutch result
    applied = Signal()

    def __init__(
        self, desk: Desk, sending: SendingBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sending = sending
        self.host = config.desk_host()
        self.ui = Ui_ModemSection()
        self.ui.setupUi(self)
        ui = self.ui
        self.setTitle(self.tr("Modems van deze pc ({host})").format(host=self.host))
        ui.host_label.setText(
            self.tr(
                "Deze modems gebruikt alleen deze pc ({host}) om alarmberichten te versturen. "
                "Een PIN-code wordt bewaard en daarna nooit meer getoond."
            ).format(host=self.host)
        )
        overridden = sending is not None and sending.overridden
        ui.override_label.setVisible(overridden)
        ui.override_label.setText(
            self.tr(
                "Let op: de modems voor deze pc zijn bij het opstarten van bindesk vastgelegd "
                "(door de IT-dienst); die gaan voor op de modems hieronder tot bindesk zonder "
                "die opstartinstelling start."
            )
        )
        ui.pin_edit.setPlaceholderText(self.tr("leeg laten als de simkaart geen PIN vraagt"))
        ui.smsc_edit.setPlaceholderText(self.tr("bv. +32475161616 (leeg: van de simkaart)"))
        ui.test_number_edit.setPlaceholderText(self.tr("bv. 0470 12 34 56"))
        ui.port_combo.lineEdit().setPlaceholderText(self.tr("bv. /dev/ttyUSB0, COM3 of sim"))
        view = ui.modems_view
        view.setColumnCount(6)
        view.setHorizontalHeaderLabels(
            [
                self.tr("Modem"),
                self.tr("Omschrijving"),
                self.tr("PIN"),
                self.tr("SMS-centrale"),
                self.tr("Actief"),
                self.tr("Toestand"),
            ]
        )
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.setMinimumHeight(110)
        view.itemSelectionChanged.connect(self._update_buttons)
        ui.detect_button.clicked.connect(self.detect)
        ui.add_button.clicked.connect(self.add_modem)
        ui.remove_button.clicked.connect(self.remove_modem)
        ui.toggle_button.clicked.connect(self.toggle_modem)
        ui.update_button.clicked.connect(self.update_modem)
        ui.probe_button.clicked.connect(self.probe_selected)
        ui.test_button.clicked.connect(self.send_test)
        ui.apply_button.clicked.connect(self.apply)
        self.rows: list[StoredModem] = []
        self.states: dict[int, str] = {}  # modem id -> last probe/test result (Dutch)
        self._busy = False
        if sending is not None:
            sending.modems_changed.connect(self._show_rows)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------

    def refresh(self) -> None:
        host = self.host
        desk = self.desk

        desk.query(
            "modems", lambda s: modems.list_modems(s, host), owner=self, on_done=self._loaded
        )

    def _loaded(self, rows: list[StoredModem]) -> None:
        self.rows = rows
        self._show_rows()
        self.loaded.emit()

    def _running_state(self, row: StoredModem) -> str:
        if self.sending is None:
            return ""
        label = row.label()
        for view in self.sending.modems():
            if view.label == label and view.state != "not_started":
                return {
                    "connecting": self.tr("verbinden…"),
                    "ready": self.tr("klaar (verstuurt)"),
                    "down": self.tr("niet bereikbaar"),
                    "needs_operator": self.tr("actie nodig"),
                    "slow": self.tr("antwoordt niet"),
                    "stopped": self.tr("gestopt"),
                }.get(view.state, view.state) + (f": {view.message}" if view.message else "")
        return ""

    def _show_rows(self, *_args: object) -> None:
        view = self.ui.modems_view
        selected = self.selected_id()
        view.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = row.label() if row.spec.lower() != "sim" else f"sim ({SIMULATED_LABEL})"
            cells = [
                name,
                row.description,
                self.tr("ingesteld") if row.has_pin else "—",
                row.smsc or self.tr("van de simkaart"),
                self.tr("ja") if row.enabled else self.tr("nee"),
                self._running_state(row) or self.states.get(row.id, ""),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                view.setItem(r, c, item)
            if row.id == selected:
                view.selectRow(r)
        self._update_buttons()

    def selected_id(self) -> int | None:
        items = self.ui.modems_view.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_modem(self, modem_id: int) -> None:
        for r, row in enumerate(self.rows):
            if row.id == modem_id:
                self.ui.modems_view.selectRow(r)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        ui = self.ui
        for button in (ui.remove_button, ui.toggle_button, ui.update_button, ui.probe_button):
            button.setEnabled(chosen and not self._busy)
        ui.test_button.setEnabled(chosen and not self._busy)
        ui.detect_button.setEnabled(not self._busy)
        ui.apply_button.setEnabled(self.sending is not None and not self._busy)

    def _say(self, text: str, ok: bool = True) -> None:
        self.ui.result_label.setText(text)
        self.ui.result_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    # --- changes -----------------------------------------------------------------------

    def _write(self, name: str, work: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """A change to this PC's modems, off the GUI thread; refusals show in the section."""
        self._busy = True
        self._update_buttons()

        def done(result: Any) -> None:
            self._busy = False
            on_done(result)

        def failed(message: str) -> None:
            self._busy = False
            self._update_buttons()
            self._say(message, ok=False)

        self.desk.write(
            name, work, owner=self, changes=Change.SETTINGS, on_done=done, on_error=failed
        )

    def _changed(self, modem_id: int | None = None) -> None:
        if modem_id is not None:
            self.loaded.connect(
                lambda: self.select_modem(modem_id), Qt.ConnectionType.SingleShotConnection
            )
        self.refresh()

    @desk_action
    def add_modem(self) -> None:
        ui = self.ui
        spec = ui.port_combo.currentData() or ui.port_combo.currentText().strip()
        if ui.port_combo.currentText().strip() != ui.port_combo.itemText(
            ui.port_combo.currentIndex()
        ):
            spec = ui.port_combo.currentText().strip()  # typed by hand
        pin = ui.pin_edit.text()
        ui.pin_edit.clear()  # never shown again, whatever happens next
        actor, host = self.desk.actor, self.host
        smsc, description = ui.smsc_edit.text(), ui.description_edit.text()

        def work(s: Any) -> StoredModem:
            return modems.add_modem(
                s, actor, spec, pin=pin, smsc=smsc, description=description, host=host
            )

        def done(row: StoredModem) -> None:
            ui.smsc_edit.clear()
            ui.description_edit.clear()
            self._say(
                self.tr(
                    "Modem {label} bewaard. Controleer hem of stuur een testbericht, en klik "
                    "Toepassen om ermee te versturen."
                ).format(label=row.label())
            )
            self._changed(row.id)

        self._write("modem-add", work, done)

    @desk_action
    def update_modem(self) -> None:
        modem_id = self.selected_id()
        if modem_id is None:
            return
        ui = self.ui
        pin = ui.pin_edit.text()
        ui.pin_edit.clear()
        smsc = ui.smsc_edit.text()
        actor = self.desk.actor

        def work(s: Any) -> None:
            modems.update_modem(
                s, actor, modem_id, pin=pin or None, smsc=smsc if smsc.strip() else None
            )

        def done(_result: None) -> None:
            ui.smsc_edit.clear()
            self._say(self.tr("Modem bijgewerkt. Klik Toepassen om de wijziging te gebruiken."))
            self._changed(modem_id)

        self._write("modem-update", work, done)

    @desk_action
    def toggle_modem(self) -> None:
        modem_id = self.selected_id()
        row = next((r for r in self.rows if r.id == modem_id), None)
        if row is None:
            return
        actor = self.desk.actor

        def done(_result: None) -> None:
            self._say(
                (
                    self.tr("Modem {label} uitgeschakeld.")
                    if row.enabled
                    else self.tr("Modem {label} ingeschakeld.")
                ).format(label=row.label())
                + " "
                + self.tr("Klik Toepassen om de wijziging te gebruiken.")
            )
            self._changed(row.id)

        self._write(
            "modem-toggle",
            lambda s: modems.update_modem(s, actor, row.id, enabled=not row.enabled),
            done,
        )

    @desk_action
    def remove_modem(self) -> None:
        modem_id = self.selected_id()
        if modem_id is None:
            return
        actor = self.desk.actor

        def done(_result: None) -> None:
            self.states.pop(modem_id, None)
            self._say(self.tr("Modem verwijderd. Klik Toepassen om zonder die modem te versturen."))
            self._changed()

        self._write("modem-remove", lambda s: modems.remove_modem(s, actor, modem_id), done)

    def apply(self) -> None:
        """Hand the stored modems to this desk's dispatcher now (no restart)."""
        if self.sending is None:
            return
        if not self.sending.reconfigure():
            self._say(
                self.tr(
                    "Niet toegepast: de modems uit de opstartinstelling van bindesk gaan voor. "
                    "Start bindesk zonder die instelling om de modems van Instellingen te "
                    "gebruiken."
                ),
                ok=False,
            )
            return
        self._say(self.tr("Toegepast: deze pc verstuurt nu met de ingeschakelde modems."))
        self.applied.emit()

    # --- talking to modems (background) ------------------------------------------------

    def _with_port_free(
        self,
        name: str,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        """Run ``work`` off the GUI thread with this desk's modem threads paused (Gammu
        locks the port); they start again afterwards with the stored modems."""
        self._busy = True
        self._update_buttons()
        bridge = self.sending
        resume = bridge is not None and (bridge.is_running or bridge.is_stopping)

        def finish() -> None:
            self._busy = False
            self._update_buttons()
            if resume and bridge is not None and not bridge.reconfigure():
                bridge.start()

        def on_done(result: Any) -> None:
            finish()
            done(result)

        def on_error(message: str) -> None:
            finish()
            failed(message)

        def run() -> None:
            self.desk.run(name, work, on_done=on_done, on_error=on_error)

        if resume and bridge is not None:
            self._say(self.tr("De modems van deze pc worden even gepauzeerd…"))
            bridge.running_changed.connect(
                lambda _running: run(), Qt.ConnectionType.SingleShotConnection
            )
            bridge.stop()
        else:
            run()

    def detect(self) -> None:
        """List the serial ports that may be a modem, then probe the new ones."""
        stored = {modems_device(r.spec) for r in self.rows}

        def work(progress: Progress) -> tuple[list[probe.PortCandidate], list[probe.ProbeResult]]:
            ports = probe.detect_ports()
            results = []
            fresh = [p for p in ports if p.device not in stored]
            for i, port in enumerate(fresh):
                progress(i, len(fresh), port.device)
                results.append(probe.probe(modems.spec_for_port(port.device)))
            return ports, results

        self._say(self.tr("Modems zoeken en controleren…"))
        self._with_port_free("modem-detect", work, self._detected, lambda m: self._say(m, False))

    def _detected(self, found: tuple[list[probe.PortCandidate], list[probe.ProbeResult]]) -> None:
        ports, results = found
        combo = self.ui.port_combo
        combo.clear()
        for port in ports:
            combo.addItem(port.label(), port.device)
        if not ports:
            self._say(probe.platform_hint(), ok=False)
        else:
            lines = [self.tr("{n} poort(en) gevonden.").format(n=len(ports))]
            lines += [self.describe(r) for r in results]
            self._say("\n".join(lines), ok=all(r.ok for r in results))
        self.detected.emit(ports)

    def describe(self, result: probe.ProbeResult) -> str:
        if not result.ok:
            return f"{result.label}: {result.error}"
        signal = "?" if result.signal_percent is None else f"{result.signal_percent}%"
        return self.tr(
            "{label}: {maker} {model}, IMEI {imei}, signaal {signal}, netwerk {operator}, "
            "simkaart {pin}, SMS-centrale {smsc}"
        ).format(
            label=result.label,
            maker=result.manufacturer,
            model=result.model,
            imei=result.imei,
            signal=signal,
            operator=result.operator or "?",
            pin=result.pin_state,
            smsc=result.smsc or "?",
        )

    def probe_selected(self) -> None:
        modem_id = self.selected_id()
        if modem_id is None:
            return
        desk = self.desk

        def work(_progress: Progress) -> probe.ProbeResult:
            with desk.db.read_session() as s:
                spec = modems.modem_spec(s, modem_id)
            return probe.probe(spec)

        def done(result: probe.ProbeResult) -> None:
            self.states[modem_id] = (
                self.tr("in orde") if result.ok else self.tr("fout: zie hieronder")
            )
            self._say(self.describe(result), ok=result.ok)
            self._show_rows()
            self.probed.emit(result)

        self._say(self.tr("Modem controleren… (enkele seconden)"))
        self._with_port_free("modem-probe", work, done, lambda m: self._say(m, False))

    def send_test(self) -> None:
        """Send one test SMS through the selected modem to the number typed."""
        modem_id = self.selected_id()
        if modem_id is None:
            return
        try:
            number = parse_mobile(self.ui.test_number_edit.text()).e164
        except BindeskError as exc:
            self._say(str(exc), ok=False)
            return
        desk = self.desk

        def work(_progress: Progress) -> str:
            with desk.db.read_session() as s:
                spec = modems.modem_spec(s, modem_id)
            probe.send_test(spec, number)
            return spec.label()

        def done(label: str) -> None:
            text = self.tr("Testbericht verstuurd naar {number} via {label}.").format(
                number=display_mobile(number), label=label
            )
            self.states[modem_id] = self.tr("testbericht verstuurd")
            self._say(text)
            self._show_rows()
            self.test_done.emit(True, text)

        def failed(message: str) -> None:
            self.states[modem_id] = self.tr("testbericht mislukt")
            self._say(message, ok=False)
            self._show_rows()
            self.test_done.emit(False, message)

        self._say(self.tr("Testbericht versturen… (enkele seconden)"))
        self._with_port_free("modem-test", work, done, failed)


def modems_device(spec: str) -> str:
    return spec.strip().partition("?")[0].removeprefix("at:")
