"""The tip part of the composer: the tip library in its combo (by category; for a follow-up
the feedback presets first), one input per placeholder of the chosen tip, the tip's text
with its fields in bold, finding a tip by typing a few words, and the keyboard path from the
tip search through its inputs to the send button.
"""

from __future__ import annotations

import html
import itertools
import re

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from bindesk.gui.forms.ui_alert_page import Ui_AlertPage
from bindesk.gui.pages.alert_data import TipChoice

FIRST_FIELD_ROW = 4  # the tip's inputs follow kind, original, tip and street in the form


class TipFields(QObject):
    """Owns the Alarm page's tip combo, the tip's inputs in the form and the template label.
    ``edited`` follows every keystroke in an input (the page previews and recounts)."""

    edited = Signal()

    def __init__(self, ui: Ui_AlertPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.by_key: dict[str, TipChoice] = {}
        self._tip_list: list[TipChoice] = []
        self._values: dict[str, str] = {}  # what was typed per placeholder, kept across tips
        self.edits: dict[str, QLineEdit] = {}

    # --- the library in the combo -----------------------------------------------------------

    def fill(self, tips: list[TipChoice], feedback_first: bool) -> None:
        """The tips by category; for a follow-up the feedback presets come first."""
        self._tip_list = list(tips)
        if feedback_first:
            tips = sorted(tips, key=lambda t: t.kind != "feedback")  # stable: order kept
        combo = self.ui.tip_combo
        combo.clear()
        combo.addItem(self.tr("Eigen tekst (geen tip)"), None)
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        bold = QFont(combo.font())
        bold.setBold(True)
        category = None
        for tip in tips:
            if tip.category != category:
                category = tip.category
                combo.addItem(category or self.tr("Overige"), None)
                header = model.item(combo.count() - 1)
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a group title, not a choice
                header.setFont(bold)
            combo.addItem("    " + tip.title, tip.key)
            combo.setItemData(combo.count() - 1, tip.text, Qt.ItemDataRole.ToolTipRole)

    def load(self, tips: list[TipChoice], feedback_first: bool) -> None:
        """A newly loaded library; the chosen tip stays chosen (signals blocked)."""
        self.by_key = {t.key: t for t in tips}
        self._refill(tips, feedback_first)

    def reorder(self, feedback_first: bool) -> None:
        """The kind changed: feedback presets first, or back in order (signals blocked)."""
        if self._tip_list:
            self._refill(self._tip_list, feedback_first)

    def _refill(self, tips: list[TipChoice], feedback_first: bool) -> None:
        combo = self.ui.tip_combo
        current = self.key()
        combo.blockSignals(True)
        self.fill(tips, feedback_first)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(False)

    def key(self) -> str | None:
        key = self.ui.tip_combo.currentData()
        return key if isinstance(key, str) else None

    def current(self) -> TipChoice | None:
        return self.by_key.get(self.key() or "")

    def select(self, key: str | None) -> None:
        index = self.ui.tip_combo.findData(key) if key else 0
        self.ui.tip_combo.setCurrentIndex(max(0, index))

    def find(self, query: str) -> str | None:
        """The first tip (in the list's order) whose key, title, text or category holds
        every word typed."""
        words = query.casefold().split()
        if not words:
            return None
        combo = self.ui.tip_combo
        for i in range(combo.count()):
            tip = self.by_key.get(combo.itemData(i) or "")
            if tip is None:
                continue
            haystack = " ".join((tip.key, tip.title, tip.text, tip.category)).casefold()
            if all(w in haystack for w in words):
                return tip.key
        return None

    def show_template(self) -> None:
        """The chosen tip's text with its fields in bold: where each input lands."""
        tip = self.current()
        label = self.ui.template_label
        label.setVisible(tip is not None)
        if tip is None:
            label.clear()
            return
        marked = re.sub(r"\{(\w+)\}", r"<b>{\1}</b>", html.escape(tip.text))
        label.setText(self.tr("Tekst van de tip:") + "<br>" + marked)

    # --- the tip's inputs --------------------------------------------------------------------

    def rebuild(self) -> bool:
        """One input per placeholder of the chosen tip ({straat} is the street above). True
        when new inputs were made (the page may prefill the municipality)."""
        tip = self.current()
        wanted = tuple(n for n in tip.placeholders if n != "straat") if tip else ()
        if wanted == tuple(self.edits):
            return False  # same inputs: keep them (and the focus of the one being typed in)
        layout = self.ui.compose_form_layout
        while layout.rowCount() > FIRST_FIELD_ROW:
            layout.removeRow(FIRST_FIELD_ROW)
        self.edits = {}
        if tip is None:
            return False
        hints = self._placeholder_hints()
        for name in wanted:
            label_text, hint = hints.get(name, (name.capitalize(), ""))
            edit = QLineEdit(self.ui.compose_group)
            edit.setObjectName(f"{name}_edit")
            edit.setPlaceholderText(hint)
            edit.setClearButtonEnabled(True)
            edit.setText(self._values.get(name, ""))
            edit.textChanged.connect(lambda text, n=name: self._typed(n, text))
            edit.returnPressed.connect(lambda n=name: self._entered(n))
            label = QLabel(label_text + ":", self.ui.compose_group)
            label.setObjectName(f"{name}_label")
            label.setBuddy(edit)
            layout.addRow(label, edit)
            self.edits[name] = edit
        return True

    def _placeholder_hints(self) -> dict[str, tuple[str, str]]:
        return {
            "tijdstip": (self.tr("Tij&dstip"), self.tr("bv. vanavond rond 21u, zonet")),
            "omschrijving": (
                self.tr("O&mschrijving"),
                self.tr("bv. man in donkere jas met rugzak"),
            ),
            "voertuig": (
                self.tr("Voert&uig"),
                self.tr("bv. grijze bestelwagen (geen nummerplaat vermelden)"),
            ),
            "gemeente": (self.tr("&Gemeente"), self.tr("bv. Oordegem")),
        }

    def labels(self, names: list[str]) -> list[str]:
        """Placeholders as the officer knows them: their inputs' labels, no shortcut."""
        hints = self._placeholder_hints()
        return [hints[n][0].replace("&", "") if n in hints else n for n in names]

    def values(self) -> dict[str, str]:
        """What is typed in each of the chosen tip's inputs."""
        return {name: self._values.get(name, "") for name in self.edits}

    def clear_values(self) -> None:
        self._values.clear()

    def prefill_municipality(self, places: set[str]) -> None:
        """An empty {gemeente} gets the municipality of the ticked networks, if only one."""
        edit = self.edits.get("gemeente")
        if edit is None or edit.text().strip():
            return
        if len(places) == 1:
            edit.setText(next(iter(places)))

    def _typed(self, name: str, text: str) -> None:
        self._values[name] = text
        self.edited.emit()

    # --- the keyboard: Enter goes on, Tab follows the form -----------------------------------

    def focus_first_field(self) -> None:
        # the tip's inputs were just added: Qt shows them on the next turn of the event loop
        QTimer.singleShot(0, self, self._focus_first_field_now)

    def _focus_first_field_now(self) -> None:
        empty = [e for e in self.edits.values() if not e.text().strip()]
        if empty:
            empty[0].setFocus()
        elif self.edits:
            next(iter(self.edits.values())).setFocus()
        elif self.key() is None:
            self.ui.free_text_edit.setFocus()
        else:
            self.ui.send_button.setFocus()

    def _entered(self, name: str) -> None:
        names = list(self.edits)
        later = names[names.index(name) + 1 :] if name in names else []
        if later:
            self.edits[later[0]].setFocus()
        else:
            self.ui.send_button.setFocus()

    def update_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.networks_list,
            ui.urgent_radio,
            ui.prevention_radio,
            ui.feedback_radio,
            ui.follow_up_combo,
            ui.tip_combo,
            ui.street_combo,
            *self.edits.values(),
            ui.free_text_edit,
            ui.transliterate_check,
            ui.send_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
