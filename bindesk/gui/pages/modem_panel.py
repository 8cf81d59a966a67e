"""The Verzonden page's modem panel: one line per modem of this desk (name, a SIMULATIE
badge, its state in colour, signal and network, its last problem), the simulation notice,
and what stops the sending."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from bindesk.domain.states import MODEM_PROBLEM_STATES, ModemState
from bindesk.gui import i18n
from bindesk.gui.forms.ui_outbox_page import Ui_OutboxPage
from bindesk.gui.sending import ModemView, SendingBridge
from bindesk.sms.modem import SIMULATED_LABEL

BADGE_STYLE = (
    "background: #ffc107; color: #3d2e00; font-weight: bold; padding: 1px 6px; border-radius: 3px;"
)
STATE_COLOURS = {
    ModemState.READY: "#1e7832",
    ModemState.CONNECTING: "#555555",
    ModemState.NOT_STARTED: "#555555",
    ModemState.STOPPED: "#555555",
    ModemState.DOWN: "#b00020",
    ModemState.NEEDS_OPERATOR: "#b00020",
    ModemState.SLOW: "#b35c00",
}


@dataclass(frozen=True)
class ModemRow:
    """The widgets of one modem's line in the modem panel."""

    container: QWidget
    name: QLabel
    badge: QLabel
    state: QLabel
    info: QLabel
    problem: QLabel


class ModemPanel(QObject):
    """Fills the page's modem group from the desk's sending bridge, whenever the modems,
    the running state or the problem change."""

    def __init__(self, ui: Ui_OutboxPage, sending: SendingBridge | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.sending = sending
        self.rows: list[ModemRow] = []
        if sending is not None:
            sending.modems_changed.connect(self.show)
            sending.running_changed.connect(self.show)
            sending.problem_changed.connect(self.show)
        self.show()

    def show(self, *_args: object) -> None:
        ui = self.ui
        bridge = self.sending
        for row in self.rows:
            # out of the layout and hidden now; deleteLater alone leaves the old row on
            # screen until the event loop gets round to deferred deletes
            ui.modems_layout.removeWidget(row.container)
            row.container.hide()
            row.container.deleteLater()
        self.rows = []
        simulated = bridge is not None and bridge.simulated
        ui.simulation_label.setVisible(simulated)
        if simulated:
            ui.simulation_label.setText(
                self.tr(
                    "{sim}: er is geen echte modem ingesteld. Berichten worden als verzonden "
                    "gemarkeerd, maar niemand ontvangt een sms. Een beheerder stelt een modem "
                    "in bij Instellingen om echt te versturen."
                ).format(sim=SIMULATED_LABEL)
            )
        if bridge is None:
            ui.modems_problem_label.setText(
                self.tr(
                    "Deze pc verstuurt zelf geen sms. De berichten in de wachtrij worden "
                    "verstuurd door de pc met de modem(s) of door de verzenddienst zonder venster."
                )
            )
            ui.modems_problem_label.setStyleSheet("")
            return
        if bridge.problem:
            ui.modems_problem_label.setText(bridge.problem)
        elif not bridge.is_running:
            ui.modems_problem_label.setText(self.tr("Verzenden is niet gestart."))
        else:
            ui.modems_problem_label.setText("")
        ui.modems_problem_label.setVisible(bool(ui.modems_problem_label.text()))
        for view in bridge.modems():
            self._add_row(view)

    def _add_row(self, view: ModemView) -> None:
        container = QWidget(self.ui.modems_group)
        layout = QHBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(self.tr("Ingebouwde testmodem") if view.simulated else view.label, container)
        name.setStyleSheet("font-weight: bold;")
        layout.addWidget(name)
        badge = QLabel(SIMULATED_LABEL, container)
        badge.setStyleSheet(BADGE_STYLE)
        badge.setVisible(view.simulated)
        layout.addWidget(badge)
        state = QLabel(i18n.label_of(ModemState, view.state), container)
        state.setStyleSheet(f"color: {STATE_COLOURS.get(view.state, '#000')}; font-weight: bold;")
        layout.addWidget(state)
        details = []
        if view.info is not None:
            if view.info.signal_percent is not None:
                details.append(self.tr("signaal {p}%").format(p=view.info.signal_percent))
            if view.info.network_name:
                details.append(self.tr("netwerk {name}").format(name=view.info.network_name))
        info = QLabel(" · ".join(details), container)
        layout.addWidget(info)
        problem = QLabel(container)
        problem.setWordWrap(True)
        current = view.state in MODEM_PROBLEM_STATES
        if view.problem:
            when = view.problem_at.astimezone().strftime("%H:%M") if view.problem_at else ""
            problem.setText(
                self.tr("Laatste probleem ({time}): {message}").format(
                    time=when, message=view.problem
                )
            )
            problem.setStyleSheet("color: #b00020;" if current else "color: #666666;")
        layout.addWidget(problem, 1)
        self.ui.modems_layout.addWidget(container)
        self.rows.append(ModemRow(container, name, badge, state, info, problem))
