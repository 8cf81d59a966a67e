"""The networks an alert goes to, and the streets they hold: the checkable networks list of
the composer, the streets offered for the incident, "street first" (the networks that hold
the street the caller names tick themselves) and, for a follow-up, the original's networks.

Changes made here block the list's signals: the page decides what follows (one recount).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from bindesk.gui.forms.ui_alert_page import Ui_AlertPage
from bindesk.gui.pages.alert_data import NetworkChoice
from bindesk.gui.words import count
from bindesk.services import alerts
from bindesk.services.outbox_view import AlertSummary


class NetworkPicker(QObject):
    """Owns the Alarm page's networks list, its hint and the street combo's choices."""

    def __init__(self, ui: Ui_AlertPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.choices: list[NetworkChoice] = []
        self._auto_ticked: set[int] = set()  # networks ticked by the street, not the officer
        self._checked_before_feedback: list[int] | None = None

    def fill(self, choices: list[NetworkChoice]) -> None:
        """The active networks as loaded; what was ticked stays ticked (on the first load
        a desk with one network has it ticked), the current row stays where it was."""
        ui = self.ui
        checked = set(self.checked_ids())
        row = ui.networks_list.currentRow()
        first_load = not self.choices
        self.choices = choices
        ui.networks_list.blockSignals(True)
        ui.networks_list.clear()
        for n in choices:
            item = QListWidgetItem(
                count(
                    n.active_members,
                    self.tr("{name} · {n} lid"),
                    self.tr("{name} · {n} leden"),
                    name=n.name,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setToolTip(n.municipality)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = n.id in checked or (first_load and len(choices) == 1)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            ui.networks_list.addItem(item)
        ui.networks_list.blockSignals(False)
        if ui.networks_list.count():
            ui.networks_list.setCurrentRow(min(max(0, row), ui.networks_list.count() - 1))
        if not choices:
            ui.networks_hint_label.setText(
                self.tr("Er is geen actief netwerk. Een collega met de rol beheer maakt er een.")
            )

    def checked_ids(self) -> list[int]:
        lst = self.ui.networks_list
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, network_ids: Iterable[int]) -> None:
        """Tick exactly these networks (signals blocked)."""
        wanted = set(network_ids)
        lst = self.ui.networks_list
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)

    def municipalities(self) -> set[str]:
        """The municipalities of the ticked networks."""
        ids = set(self.checked_ids())
        return {n.municipality for n in self.choices if n.id in ids}

    # --- street first (issue 12 item 1) ------------------------------------------------------

    def with_street(self, street: str) -> set[int]:
        key = alerts.street_key(street)
        if not key:
            return set()
        return {n.id for n in self.choices if any(alerts.street_key(s) == key for s in n.streets)}

    def tick_street(self, street: str) -> bool:
        """Street first: with no network chosen by hand, the networks that hold the street
        the caller names are ticked by themselves (a street of several villages ticks each:
        the officer sees them and unticks). Networks the officer ticked stay as they are.
        True when the ticks changed."""
        checked = set(self.checked_ids())
        if checked - self._auto_ticked:
            self._auto_ticked.clear()
            return False  # the officer chose the networks
        wanted = self.with_street(street)
        self._auto_ticked = wanted
        if wanted == checked:
            return False
        self.set_checked(sorted(wanted))
        return True

    def forget_auto_ticked(self) -> None:
        self._auto_ticked.clear()

    # --- an alert or its follow-up --------------------------------------------------------------

    def show_mode(self, feedback: bool, original: AlertSummary | None) -> None:
        """A follow-up goes to the original's networks: shown ticked, not to be changed."""
        ui = self.ui
        ui.networks_list.setEnabled(not feedback)
        self._show_follow_up_networks(feedback, original)
        if feedback:
            ui.networks_hint_label.setText(
                self.tr(
                    "Een opvolgbericht gaat naar dezelfde ontvangers als het oorspronkelijke "
                    "bericht ({networks})."
                ).format(networks=", ".join(original.network_names) if original else "—")
            )
        elif self.choices:
            ui.networks_hint_label.setText(
                self.tr("Spatiebalk vinkt het gekozen netwerk aan of af.")
            )

    def _show_follow_up_networks(self, feedback: bool, original: AlertSummary | None) -> None:
        """A follow-up goes to the original's networks: tick those while in that mode, and
        give the officer's own choice back afterwards."""
        if feedback:
            if self._checked_before_feedback is None:
                self._checked_before_feedback = self.checked_ids()
            wanted = set(original.network_ids) if original else set()
        elif self._checked_before_feedback is not None:
            wanted = set(self._checked_before_feedback)
            self._checked_before_feedback = None
        else:
            return
        self.set_checked(wanted)

    def update_streets(self, feedback: bool, original: AlertSummary | None) -> None:
        """The streets of the networks the alert goes to (all of them while none is ticked);
        what is typed in the street stays."""
        if feedback:
            ids = set(original.network_ids) if original else set()
        else:
            ids = set(self.checked_ids()) or {n.id for n in self.choices}
        streets = sorted(
            {s for n in self.choices if n.id in ids for s in n.streets}, key=str.casefold
        )
        combo = self.ui.street_combo
        typed = combo.currentText()
        have = [combo.itemText(i) for i in range(combo.count())]
        if have == streets:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(streets)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)
