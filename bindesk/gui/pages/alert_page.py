"""Alarm: compose an SMS alert for one or more BINs and queue it, fast and keyboard-first.

The text, its SMS cost and its special characters are computed on the GUI thread as the
officer types (pure domain functions, no database). The recipients need the database: a
debounced background task runs ``services.alerts.draft`` with exactly what would be sent.
Sending drafts once more, asks for confirmation with the real numbers, then queues the
alert in a background task and wakes the desk's dispatcher.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from bindesk.domain import shorten, smstext
from bindesk.domain.states import ModemState
from bindesk.domain.tips import placeholders
from bindesk.gui import ask
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dispatch_status import DispatchWarning
from bindesk.gui.forms.ui_alert_page import Ui_AlertPage
from bindesk.gui.models.outbox_models import kind_labels, short_time
from bindesk.gui.operations import Change
from bindesk.gui.sending import ModemView, SendingBridge
from bindesk.gui.words import count, estimate_text
from bindesk.services import alerts, networks, throughput
from bindesk.services import tips as tip_library
from bindesk.services.alerts import Composition, DraftSummary, QueuedAlert, preview_text
from bindesk.services.operators import ROLE_LABELS_NL, Permission
from bindesk.services.outbox_view import AlertSummary, load_alerts
from bindesk.sms.modem import SIMULATED_LABEL

DRAFT_DELAY_MS = 250  # recipients are recounted this long after the last keystroke
ORIGINALS_SHOWN = 30  # recent alerts offered as the original of a follow-up
KINDS = ("urgent", "prevention", "feedback")
FIRST_FIELD_ROW = 4  # the tip's inputs follow kind, original, tip and street in the form


# --- plain values that cross threads -------------------------------------------------------


@dataclass(frozen=True)
class NetworkChoice:
    id: int
    name: str
    municipality: str
    streets: tuple[str, ...]
    active_members: int


@dataclass(frozen=True)
class TipChoice:
    key: str
    title: str
    text: str
    kind: str
    category: str
    placeholders: tuple[str, ...]


@dataclass(frozen=True)
class ComposeData:
    networks: list[NetworkChoice]
    tips: list[TipChoice]
    originals: list[AlertSummary]


def load_compose_data(s: Session) -> ComposeData:
    """Runs off the GUI thread, in a write session: ``list_presets`` installs the shipped
    library on first use. Active networks with streets, the tip library, originals."""
    rows = networks.list_networks(s, include_inactive=False)
    nets = [
        NetworkChoice(
            r.id,
            r.name,
            r.municipality,
            tuple(networks.get_network(s, r.id).streets or ()),
            r.active_members,
        )
        for r in rows
    ]
    tips = [
        TipChoice(p.key, p.title, p.text, p.kind, p.category, tuple(placeholders(p.text)))
        for p in tip_library.list_presets(s)
    ]
    originals = load_alerts(s, limit=ORIGINALS_SHOWN, kinds=("urgent", "prevention"))
    return ComposeData(nets, tips, originals)


def load_original(s: Session, alert_id: int) -> AlertSummary | None:
    """Runs off the GUI thread: the alert a follow-up of ``alert_id`` refers to (the alert
    itself, or the original of a follow-up); None for what cannot be followed up."""
    found = load_alerts(s, 1, kinds=("urgent", "prevention", "feedback"), ids=[alert_id])
    if found and found[0].kind == "feedback" and found[0].parent_id is not None:
        found = load_alerts(s, 1, kinds=("urgent", "prevention"), ids=[found[0].parent_id])
    return found[0] if found and found[0].kind in ("urgent", "prevention") else None


def char_name(char: str) -> str:
    """A character as the officer can recognise it: '«ë»', or its code when invisible."""
    if char.isprintable() and not char.isspace():
        return f"«{char}»"
    return f"U+{ord(char):04X}"


# --- the page ----------------------------------------------------------------------------


class AlertPage(QWidget):
    loaded = Signal()
    preview_updated = Signal()
    draft_updated = Signal(object)  # DraftSummary, or None when the draft was refused
    alert_queued = Signal(int)  # the new alert's id: show it on the Verzonden page
    follow_up_ready = Signal(int)  # "Stuur opvolging": the composer follows up this alert

    def __init__(
        self, desk: Desk, sending: SendingBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sending = sending
        self.ui = Ui_AlertPage()
        self.ui.setupUi(self)
        self.may_send = desk.can(Permission.SEND_ALERTS)
        self._networks: list[NetworkChoice] = []
        self._tips: dict[str, TipChoice] = {}
        self._tip_list: list[TipChoice] = []
        self._pending_follow_up: AlertSummary | None = None
        self._originals: list[AlertSummary] = []
        self._field_values: dict[str, str] = {}
        self._field_edits: dict[str, QLineEdit] = {}
        self._generation = 0
        self._busy = False
        self._loading = False
        self._checked_before_feedback: list[int] | None = None
        self.last_draft: DraftSummary | None = None

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._run_draft)

        ui = self.ui
        ui.edit_text_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+A still works
        ui.networks_list.itemChanged.connect(self._networks_changed)
        for radio in (ui.urgent_radio, ui.prevention_radio, ui.feedback_radio):
            radio.toggled.connect(self._kind_toggled)
        ui.tip_combo.currentIndexChanged.connect(self._tip_changed)
        ui.follow_up_combo.currentIndexChanged.connect(self._follow_up_changed)
        ui.street_combo.currentTextChanged.connect(self._changed)
        self._auto_ticked: set[int] = set()  # networks ticked by the street, not the officer
        ui.privacy_label.setVisible(False)
        self.shorter_wording: str | None = None  # offered when an urgent text needs 2 sms
        ui.length_label.setVisible(False)
        ui.shorter_button.setVisible(False)
        ui.shorter_button.clicked.connect(self.use_shorter_wording)
        ui.street_combo.currentTextChanged.connect(self._street_typed)
        ui.street_combo.lineEdit().returnPressed.connect(ui.tip_search_edit.setFocus)
        ui.tip_search_edit.textEdited.connect(self._tip_search_typed)
        ui.tip_search_edit.returnPressed.connect(self._focus_first_field)
        ui.free_text_edit.textChanged.connect(self._changed)
        ui.transliterate_check.toggled.connect(self._changed)
        ui.edit_text_button.clicked.connect(self.edit_as_free_text)
        ui.send_button.clicked.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)

        ui.role_notice_label.setVisible(not self.may_send)
        ui.send_button.setVisible(self.may_send)
        if not self.may_send:
            ui.role_notice_label.setText(
                self.tr(
                    "Uw rol ({role}) mag geen alarmberichten versturen. Vraag een collega "
                    "aan de balie."
                ).format(role=ROLE_LABELS_NL[desk.actor.role])
            )
            for group in (ui.networks_group, ui.compose_group, ui.check_group):
                group.setEnabled(False)
        self._fill_tip_combo([])
        self._update_mode()
        self._update_sending_label()
        # red while no PC has dispatched for 30 s (MainWindow feeds it the heartbeats)
        self.dispatch_warning = DispatchWarning(self)
        ui.page_layout.insertWidget(1, self.dispatch_warning)
        if sending is not None:
            sending.modems_changed.connect(self._update_sending_label)
            sending.running_changed.connect(self._update_sending_label)
            sending.problem_changed.connect(self._update_sending_label)
        desk.changed.connect(self._data_changed)
        self._update_preview()

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.desk.write(  # a write: the shipped tip library is installed on first use
            "alert-compose",
            load_compose_data,
            owner=self,
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.ui.hint_label.setText(message)

    def _loaded(self, data: ComposeData) -> None:
        self._loading = False
        ui = self.ui
        checked = set(self.checked_network_ids())
        row = ui.networks_list.currentRow()
        first_load = not self._networks
        self._networks = data.networks
        ui.networks_list.blockSignals(True)
        ui.networks_list.clear()
        for n in data.networks:
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
            on = n.id in checked or (first_load and len(data.networks) == 1)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            ui.networks_list.addItem(item)
        ui.networks_list.blockSignals(False)
        if ui.networks_list.count():
            ui.networks_list.setCurrentRow(min(max(0, row), ui.networks_list.count() - 1))
        if not data.networks:
            ui.networks_hint_label.setText(
                self.tr("Er is geen actief netwerk. Een collega met de rol beheer maakt er een.")
            )

        self._tips = {t.key: t for t in data.tips}
        current_tip = self.tip_key()
        ui.tip_combo.blockSignals(True)
        self._fill_tip_combo(data.tips)
        if current_tip:
            ui.tip_combo.setCurrentIndex(max(0, ui.tip_combo.findData(current_tip)))
        ui.tip_combo.blockSignals(False)

        self._originals = data.originals
        current_original = self.follow_up_id()
        ui.follow_up_combo.blockSignals(True)
        ui.follow_up_combo.clear()
        ui.follow_up_combo.addItem(self.tr("— kies het oorspronkelijke bericht —"), None)
        for a in data.originals:
            ui.follow_up_combo.addItem(self._original_label(a), a.id)
            ui.follow_up_combo.setItemData(
                ui.follow_up_combo.count() - 1, a.text, Qt.ItemDataRole.ToolTipRole
            )
        if current_original is not None:
            ui.follow_up_combo.setCurrentIndex(
                max(0, ui.follow_up_combo.findData(current_original))
            )
        ui.follow_up_combo.blockSignals(False)

        self._rebuild_fields()
        self._update_mode()
        self._update_streets()
        self._changed()
        pending, self._pending_follow_up = self._pending_follow_up, None
        if pending is not None:  # "Stuur opvolging" came while the page was loading
            self._start_follow_up(pending)
        self.loaded.emit()

    def _fill_tip_combo(self, tips: list[TipChoice]) -> None:
        """The tips by category; for a follow-up the feedback presets come first."""
        self._tip_list = list(tips)
        if self.kind() == "feedback":
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

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.NETWORKS | Change.MEMBERS | Change.OUTBOX | Change.TIPS):
            self.refresh()

    # --- what the officer chose -------------------------------------------------------------

    def checked_network_ids(self) -> list[int]:
        lst = self.ui.networks_list
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_networks_checked(self, network_ids: list[int]) -> None:
        lst = self.ui.networks_list
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in network_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self._networks_changed(None)

    def kind(self) -> str:
        if self.ui.feedback_radio.isChecked():
            return "feedback"
        if self.ui.prevention_radio.isChecked():
            return "prevention"
        return "urgent"

    def set_kind(self, kind: str) -> None:
        radio = {
            "urgent": self.ui.urgent_radio,
            "prevention": self.ui.prevention_radio,
            "feedback": self.ui.feedback_radio,
        }.get(kind)
        if radio is not None:
            radio.setChecked(True)

    def tip_key(self) -> str | None:
        key = self.ui.tip_combo.currentData()
        return key if isinstance(key, str) else None

    def select_tip(self, key: str | None) -> None:
        index = self.ui.tip_combo.findData(key) if key else 0
        self.ui.tip_combo.setCurrentIndex(max(0, index))

    def follow_up_id(self) -> int | None:
        value = self.ui.follow_up_combo.currentData()
        return value if isinstance(value, int) else None

    def field_edit(self, name: str) -> QLineEdit | None:
        return self._field_edits.get(name)

    def street(self) -> str:
        return " ".join(self.ui.street_combo.currentText().split())

    def _fields(self) -> dict[str, str]:
        fields = {name: self._field_values.get(name, "") for name in self._field_edits}
        fields["straat"] = self.street()
        return fields

    def composition(self) -> Composition:
        tip = self.tip_key()
        return Composition(
            networks=tuple(self.checked_network_ids()),
            kind=self.kind(),
            tip_key=tip,
            text="" if tip else self.ui.free_text_edit.toPlainText().strip(),
            fields=tuple(sorted(self._fields().items())) if tip else (),
            incident_street=self.street(),
            follow_up_id=self.follow_up_id() if self.kind() == "feedback" else None,
            transliterate=self.ui.transliterate_check.isChecked(),
        )

    # --- reacting to choices ---------------------------------------------------------------

    def _networks_changed(self, _item: QListWidgetItem | None) -> None:
        self._update_streets()
        self._prefill_municipality()
        self._changed()

    def _kind_toggled(self, on: bool) -> None:
        if not on:
            return  # the radio that was switched off; the one switched on follows
        if self._tip_list:
            combo = self.ui.tip_combo
            current = self.tip_key()
            combo.blockSignals(True)
            self._fill_tip_combo(self._tip_list)  # feedback presets first, or back in order
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
        self._update_mode()
        self._update_streets()
        self._changed()

    def _tip_changed(self, _index: int) -> None:
        tip = self._tips.get(self.tip_key() or "")
        if tip is not None and tip.kind in KINDS:
            self.set_kind(tip.kind)
        self._rebuild_fields()
        self._update_mode()
        self._changed()

    def _follow_up_changed(self, _index: int) -> None:
        original = self._original(self.follow_up_id())
        if original is not None and original.incident_street:
            # another original, another incident: its street (the officer may still edit it)
            self.ui.street_combo.setEditText(original.incident_street)
        self._update_streets()
        self._update_mode()
        self._changed()

    def _original_label(self, a: AlertSummary) -> str:
        return "{when} · {kind} · {nets} — {text}".format(
            when=short_time(a.created_at),
            kind=kind_labels().get(a.kind, a.kind),
            nets=", ".join(a.network_names),
            text=" ".join(a.text.split()),
        )

    def _original(self, alert_id: int | None) -> AlertSummary | None:
        return next((a for a in self._originals if a.id == alert_id), None)

    def _update_mode(self) -> None:
        ui = self.ui
        feedback = self.kind() == "feedback"
        ui.compose_form_layout.setRowVisible(ui.follow_up_combo, feedback)
        if feedback and self.follow_up_id() is None and ui.follow_up_combo.count() > 1:
            ui.follow_up_combo.blockSignals(True)
            ui.follow_up_combo.setCurrentIndex(1)  # the newest alert: the usual follow-up
            ui.follow_up_combo.blockSignals(False)
            self._follow_up_changed(1)
            return
        ui.networks_list.setEnabled(not feedback)
        self._show_follow_up_networks(feedback)
        if feedback:
            original = self._original(self.follow_up_id())
            ui.networks_hint_label.setText(
                self.tr(
                    "Een opvolgbericht gaat naar dezelfde ontvangers als het oorspronkelijke "
                    "bericht ({networks})."
                ).format(networks=", ".join(original.network_names) if original else "—")
            )
        elif self._networks:
            ui.networks_hint_label.setText(
                self.tr("Spatiebalk vinkt het gekozen netwerk aan of af.")
            )
        tip = self.tip_key() is not None
        self._show_template()
        ui.free_text_label.setVisible(not tip)
        ui.free_text_edit.setVisible(not tip)
        ui.edit_text_button.setEnabled(tip)
        self._update_tab_order()

    def _show_follow_up_networks(self, feedback: bool) -> None:
        """A follow-up goes to the original's networks: tick those while in that mode, and
        give the officer's own choice back afterwards."""
        lst = self.ui.networks_list
        if feedback:
            if self._checked_before_feedback is None:
                self._checked_before_feedback = self.checked_network_ids()
            original = self._original(self.follow_up_id())
            wanted = set(original.network_ids) if original else set()
        elif self._checked_before_feedback is not None:
            wanted = set(self._checked_before_feedback)
            self._checked_before_feedback = None
        else:
            return
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)

    def _show_template(self) -> None:
        """The chosen tip's text with its fields in bold: where each input lands."""
        tip = self._tips.get(self.tip_key() or "")
        label = self.ui.template_label
        label.setVisible(tip is not None)
        if tip is None:
            label.clear()
            return
        marked = re.sub(r"\{(\w+)\}", r"<b>{\1}</b>", html.escape(tip.text))
        label.setText(self.tr("Tekst van de tip:") + "<br>" + marked)

    def _update_streets(self) -> None:
        if self.kind() == "feedback":
            original = self._original(self.follow_up_id())
            ids = set(original.network_ids) if original else set()
        else:
            ids = set(self.checked_network_ids()) or {n.id for n in self._networks}
        streets = sorted(
            {s for n in self._networks if n.id in ids for s in n.streets}, key=str.casefold
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

    def _prefill_municipality(self) -> None:
        edit = self._field_edits.get("gemeente")
        if edit is None or edit.text().strip():
            return
        ids = set(self.checked_network_ids())
        places = {n.municipality for n in self._networks if n.id in ids}
        if len(places) == 1:
            edit.setText(places.pop())

    def _rebuild_fields(self) -> None:
        """One input per placeholder of the chosen tip ({straat} is the street above)."""
        tip = self._tips.get(self.tip_key() or "")
        wanted = tuple(n for n in tip.placeholders if n != "straat") if tip else ()
        if wanted == tuple(self._field_edits):
            return  # same inputs: keep them (and the focus of the one being typed in)
        layout = self.ui.compose_form_layout
        while layout.rowCount() > FIRST_FIELD_ROW:
            layout.removeRow(FIRST_FIELD_ROW)
        self._field_edits = {}
        if tip is None:
            return
        hints = self._placeholder_hints()
        for name in wanted:
            label_text, hint = hints.get(name, (name.capitalize(), ""))
            edit = QLineEdit(self.ui.compose_group)
            edit.setObjectName(f"{name}_edit")
            edit.setPlaceholderText(hint)
            edit.setClearButtonEnabled(True)
            edit.setText(self._field_values.get(name, ""))
            edit.textChanged.connect(lambda text, n=name: self._field_typed(n, text))
            edit.returnPressed.connect(lambda n=name: self._field_entered(n))
            label = QLabel(label_text + ":", self.ui.compose_group)
            label.setObjectName(f"{name}_label")
            label.setBuddy(edit)
            layout.addRow(label, edit)
            self._field_edits[name] = edit
        self._prefill_municipality()

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

    def _field_typed(self, name: str, text: str) -> None:
        self._field_values[name] = text
        self._changed()

    def _update_tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [
            ui.networks_list,
            ui.urgent_radio,
            ui.prevention_radio,
            ui.feedback_radio,
            ui.follow_up_combo,
            ui.tip_combo,
            ui.street_combo,
            *self._field_edits.values(),
            ui.free_text_edit,
            ui.transliterate_check,
            ui.send_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- preview (GUI thread, instant) -------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._update_preview()
        if self.may_send:
            self._generation += 1
            self._draft_timer.start()

    def current_text(self) -> tuple[str, list[str]]:
        """The text as it will be sent (before the optional replacement), and what is
        still to be filled in."""
        tip = self._tips.get(self.tip_key() or "")
        if tip is None:
            return self.ui.free_text_edit.toPlainText().strip(), []
        return preview_text(tip.text, self._fields())

    def _update_preview(self) -> None:
        ui = self.ui
        text, missing = self.current_text()
        changes = smstext.transliteration_changes(text) if not smstext.is_gsm7(text) else []
        replace = ui.transliterate_check.isChecked() and bool(changes)
        final = smstext.transliterate(text) if replace else text
        analysis = smstext.analyse(final)
        if final:
            ui.preview_label.setText(final)
            ui.preview_label.setEnabled(True)
        else:
            ui.preview_label.setText(self.tr("(nog geen tekst)"))
            ui.preview_label.setEnabled(False)
        capacity = analysis.segments * analysis.per_segment
        encoding = (
            self.tr("gewone tekens")
            if analysis.encoding is smstext.Encoding.GSM7
            else self.tr("met speciale tekens")
        )
        counter = (
            count(analysis.segments, self.tr("{n} sms"), self.tr("{n} sms'en"))
            + " · "
            + self.tr("{used} van {capacity} tekens · {encoding}").format(
                used=analysis.units, capacity=capacity, encoding=encoding
            )
        )
        too_long = analysis.segments > alerts.MAX_SEGMENTS
        if too_long:
            counter += " · " + self.tr("te lang (maximum {max} sms)").format(
                max=alerts.MAX_SEGMENTS
            )
        ui.counter_label.setText(counter)
        self._show_length(alerts.segment_offer(self.kind(), final) if not missing else None)
        ui.counter_label.setStyleSheet(
            "font-weight: bold; color: #b00020;" if too_long else "font-weight: bold;"
        )
        if analysis.non_gsm:
            ui.special_label.setText(
                self.tr(
                    "Speciale tekens: {chars}. Daardoor passen er maar 70 tekens in één sms "
                    "in plaats van 160."
                ).format(chars=" ".join(char_name(c) for c in analysis.non_gsm))
            )
        else:
            ui.special_label.setText("")
        ui.special_label.setVisible(bool(analysis.non_gsm))
        ui.transliterate_check.setEnabled(bool(changes) or ui.transliterate_check.isChecked())
        if changes:
            plain = smstext.analyse(smstext.transliterate(text))
            listed = ", ".join(f"{a} → {b or '∅'}" for a, b in changes)
            ui.changes_label.setText(
                self.tr("Wordt vervangen: {changes} ({plain} sms in plaats van {now}).").format(
                    changes=listed,
                    plain=plain.segments,
                    now=smstext.analyse(text).segments,
                )
            )
        else:
            ui.changes_label.setText("")
        ui.changes_label.setVisible(bool(changes))
        if missing:
            hints = self._placeholder_hints()
            names = ", ".join(hints[n][0].replace("&", "") if n in hints else n for n in missing)
            ui.hint_label.setText(self.tr("Nog in te vullen: {names}.").format(names=names))
        self.preview_updated.emit()

    def _show_length(self, offer: shorten.SegmentOffer | None) -> None:
        """An urgent text over one SMS: by how much, and the shorter wording to apply."""
        ui = self.ui
        self.shorter_wording = offer.shorter if offer is not None else None
        ui.length_label.setVisible(offer is not None)
        ui.shorter_button.setVisible(self.shorter_wording is not None)
        if offer is None:
            ui.length_label.setText("")
            return
        lines = [
            count(
                offer.over_by,
                self.tr(
                    "Dringend bericht in {parts} sms'en per lid: {n} teken te veel voor één "
                    "sms. Zo duurt het langer tot iedereen het heeft."
                ),
                self.tr(
                    "Dringend bericht in {parts} sms'en per lid: {n} tekens te veel voor één "
                    "sms. Zo duurt het langer tot iedereen het heeft."
                ),
                parts=offer.segments,
            )
        ]
        if offer.shorter is not None:
            lines.append(self.tr("Kortere versie: «{text}»").format(text=offer.shorter))
        else:
            lines.append(self.tr("Maak de tekst korter: laat een zin of raad weg."))
        ui.length_label.setText("\n".join(lines))

    @desk_action
    def use_shorter_wording(self) -> None:
        """Apply the offered shorter wording (as free text: the officer can still edit it)."""
        text = self.shorter_wording
        if not text:
            return
        kind = self.kind()
        if self.tip_key() is not None:
            self.select_tip(None)
            self.set_kind(kind)
        self.ui.free_text_edit.setPlainText(text)
        self.ui.free_text_edit.setFocus()
        self.ui.free_text_edit.moveCursor(self.ui.free_text_edit.textCursor().MoveOperation.End)

    # --- recipients (background, debounced) ------------------------------------------------

    def _run_draft(self) -> None:
        generation = self._generation
        composition, actor = self.composition(), self.desk.actor
        self.desk.query(
            "alert-draft",
            lambda s: alerts.draft_summary(s, actor, composition),
            owner=self,
            on_done=lambda summary, g=generation: self._draft_done(g, summary),
            on_error=lambda msg, g=generation: self._draft_failed(g, msg),
        )

    def _draft_done(self, generation: int, summary: DraftSummary) -> None:
        if generation != self._generation:
            return  # the officer typed on: a newer draft is on its way
        self.last_draft = summary
        ui = self.ui
        text = count(
            summary.sms_count,
            self.tr("Ontvangers: {recipients} · {n} sms in totaal"),
            self.tr("Ontvangers: {recipients} · {n} sms'en in totaal"),
            recipients=summary.recipients,
        )
        if summary.in_street:
            text += "\n" + count(
                summary.in_street,
                self.tr("waarvan {n} in de {street}: die krijgt het eerst"),
                self.tr("waarvan {n} in de {street}: zij krijgen het eerst"),
                street=summary.incident_street,
            )
        if summary.estimate is not None and summary.recipients:
            text += "\n" + self.tr("Tot het laatste lid het heeft: {estimate}").format(
                estimate=self.estimate_text(summary.estimate)
            )
        ui.recipients_label.setText(text)
        self._show_privacy(summary.privacy_warnings)
        _text, missing = self.current_text()
        if not missing:
            ui.hint_label.setText(
                ""
                if summary.recipients
                else self.tr(
                    "Niemand om dit bericht naar te sturen: geen actieve leden met toestemming "
                    "en een geldig gsm-nummer."
                )
            )
        self.draft_updated.emit(summary)

    def _draft_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._show_privacy(())
        self.last_draft = None
        self.ui.recipients_label.setText(self.tr("Ontvangers: —"))
        self.ui.hint_label.setText(message)
        self.draft_updated.emit(None)

    # --- actions -----------------------------------------------------------------------------

    @desk_action
    def edit_as_free_text(self) -> None:
        """Continue from the filled-in tip as free text (to change a word or two)."""
        text, _missing = self.current_text()
        kind = self.kind()
        self.select_tip(None)
        self.set_kind(kind)
        self.ui.free_text_edit.setPlainText(text)
        self.ui.free_text_edit.setFocus()
        self.ui.free_text_edit.moveCursor(self.ui.free_text_edit.textCursor().MoveOperation.End)

    @desk_action
    def send(self) -> None:
        if not self.may_send or self._busy:
            return
        composition, actor = self.composition(), self.desk.actor
        self._set_busy(True)
        self.desk.query(
            "alert-check",
            lambda s: alerts.draft_summary(s, actor, composition),
            owner=self,
            on_done=lambda summary: self._confirm_and_queue(composition, summary),
            on_failure=lambda: self._set_busy(False),
        )

    def _confirm_and_queue(self, composition: Composition, summary: DraftSummary) -> None:
        if not summary.recipients:
            self._set_busy(False)
            self.desk.refuse(
                self.tr(
                    "Niemand om dit bericht naar te sturen: de gekozen netwerken hebben geen "
                    "actieve leden met toestemming en een geldig gsm-nummer."
                )
            )
            return
        reason = ""
        if summary.privacy_warnings:
            asked = ask.text(
                self,
                self.tr("Persoonsgegevens in het bericht"),
                "\n".join(self.privacy_sentences(summary.privacy_warnings))
                + "\n\n"
                + self.tr(
                    "Waarom moet dit toch naar alle leden? De reden komt in het logboek. "
                    "Annuleer om de tekst aan te passen."
                ),
            )
            reason = " ".join((asked or "").split())
            if not reason:
                self._set_busy(False)
                self.desk.say(self.tr("Niets verstuurd: pas de tekst aan of geef een reden."))
                return
        if not ask.confirm(
            self,
            self.tr("Bericht versturen"),
            self.confirmation_text(summary, reason),
            self.tr("&Versturen"),
        ):
            self._set_busy(False)
            return
        actor = self.desk.actor
        self.desk.write(
            "alert-queue",
            lambda s: alerts.queue_composition(s, actor, composition, reason),
            owner=self,
            changes=Change.OUTBOX,
            on_done=self._queued,
            on_failure=lambda: self._set_busy(False),
        )

    def confirmation_text(self, s: DraftSummary, privacy_reason: str = "") -> str:
        kinds = kind_labels()
        lines = [
            self.tr("Dit bericht versturen?"),
            "",
            s.text,
            "",
            self.tr("Soort: {kind}").format(kind=kinds.get(s.kind, s.kind)),
            self.tr("Netwerken: {names}").format(names=", ".join(s.network_names)),
            self.tr("Ontvangers: {n}").format(n=s.recipients),
            (
                self.tr("Sms'en: {total} (1 per ontvanger)")
                if s.segments == 1
                else self.tr("Sms'en: {total} ({parts} delen per ontvanger)")
            ).format(total=s.sms_count, parts=s.segments),
        ]
        if s.in_street:
            lines.append(
                count(
                    s.in_street,
                    self.tr("Eerst de ontvanger in de {street} ({n})."),
                    self.tr("Eerst de {n} ontvangers in de {street}."),
                    street=s.incident_street,
                )
            )
        if s.estimate is not None:
            lines.append(
                self.tr("Tot het laatste lid het heeft: {estimate}").format(
                    estimate=self.estimate_text(s.estimate)
                )
            )
        if privacy_reason:
            lines.append(self.tr("Reden (privacy): {reason}").format(reason=privacy_reason))
        lines.append("")
        lines.append(self.sending_notice())
        if self.dispatch_warning.warning:
            lines.append(self.dispatch_warning.warning)
        return "\n".join(lines)

    def sending_notice(self) -> str:
        bridge = self.sending
        if bridge is None:
            return self.tr(
                "Deze pc verstuurt zelf geen sms: het bericht wacht in de wachtrij tot de pc "
                "met de modem(s) het verstuurt."
            )
        if bridge.problem:
            return self.tr("Let op: verzenden staat stil. {problem}").format(problem=bridge.problem)
        if bridge.simulated:
            return self.tr(
                "SIMULATIE: er is geen echte modem ingesteld. Het bericht wordt niet echt "
                "verstuurd; niemand ontvangt een sms."
            )
        return self.tr("Het bericht gaat meteen via de modem(s) van deze pc.")

    def _queued(self, result: QueuedAlert) -> None:
        self._set_busy(False)
        if self.sending is not None:
            self.sending.wake()
        self.desk.say(
            self.tr("Bericht {id} in de wachtrij: {recipients}, {sms}.").format(
                id=result.alert_id,
                recipients=count(
                    result.recipients, self.tr("{n} ontvanger"), self.tr("{n} ontvangers")
                ),
                sms=count(result.sms_count, self.tr("{n} sms"), self.tr("{n} sms'en")),
            )
            + (" " + self.dispatch_warning.warning if self.dispatch_warning.warning else "")
        )
        self._reset_after_send()
        self.alert_queued.emit(result.alert_id)

    def estimate_text(self, estimate: throughput.Estimate) -> str:
        return estimate_text(estimate)

    def privacy_sentences(self, warnings: tuple[tuple[str, str], ...]) -> list[str]:
        what = {
            "plate": self.tr("De tekst lijkt een nummerplaat te bevatten: «{found}»."),
            "phone": self.tr("De tekst lijkt een telefoonnummer te bevatten: «{found}»."),
            "email": self.tr("De tekst lijkt een e-mailadres te bevatten: «{found}»."),
            "name": self.tr("De tekst lijkt de naam van een persoon te bevatten: «{found}»."),
            "address": self.tr("De tekst lijkt een adres met een naam te bevatten: «{found}»."),
        }
        return [what.get(kind, "«{found}»").format(found=found) for kind, found in warnings]

    def _show_privacy(self, warnings: tuple[tuple[str, str], ...]) -> None:
        label = self.ui.privacy_label
        label.setVisible(bool(warnings))
        label.setText(
            "\n".join(
                [
                    self.tr(
                        "Privacy: dit bericht gaat naar alle leden. Versturen kan alleen met "
                        "een reden, die in het logboek komt."
                    ),
                    *self.privacy_sentences(warnings),
                ]
            )
            if warnings
            else ""
        )

    # --- street first, a tip by typing, Enter goes on (issue 12 item 1) ----------------------

    def follow_up(self, alert_id: int) -> None:
        """ "Stuur opvolging" from Verzonden or Meldingen: the composer as a follow-up of
        that alert (of its original, for a follow-up): its networks and street, the
        feedback presets first, the cursor in the tip search."""
        if self._busy or not self.may_send:
            return
        self.desk.query(
            "follow-up original",
            lambda s: load_original(s, alert_id),
            owner=self,
            on_done=self._start_follow_up,
        )

    def _start_follow_up(self, original: AlertSummary | None) -> None:
        if original is not None and self._loading:
            self._pending_follow_up = original  # applied once the networks are there
            return
        if original is None:
            self.desk.refuse(
                self.tr(
                    "Dit bericht kan geen opvolging krijgen: kies een dringend bericht of een "
                    "preventiebericht."
                )
            )
            return
        ui = self.ui
        self._reset_after_send()
        self.ui.tip_search_edit.clear()
        if self._original(original.id) is None:  # older than the list shows: add it
            self._originals.append(original)
            ui.follow_up_combo.addItem(self._original_label(original), original.id)
        ui.follow_up_combo.blockSignals(True)
        ui.follow_up_combo.setCurrentIndex(max(0, ui.follow_up_combo.findData(original.id)))
        ui.follow_up_combo.blockSignals(False)
        self.set_kind("feedback")
        self._follow_up_changed(ui.follow_up_combo.currentIndex())
        ui.tip_search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.follow_up_ready.emit(original.id)

    def new_alert(self) -> None:
        """A new urgent alert: nothing chosen yet, the cursor in the street."""
        if self._busy or not self.may_send:
            return
        self.set_networks_checked([])
        self._auto_ticked.clear()
        self._reset_after_send()
        self.ui.tip_search_edit.clear()
        self.ui.street_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def networks_with_street(self, street: str) -> set[int]:
        key = alerts.street_key(street)
        if not key:
            return set()
        return {n.id for n in self._networks if any(alerts.street_key(s) == key for s in n.streets)}

    def _street_typed(self, street: str) -> None:
        """Street first: with no network chosen by hand, the networks that hold the street
        the caller names are ticked by themselves (a street of several villages ticks each:
        the officer sees them and unticks). Networks the officer ticked stay as they are."""
        if self.kind() == "feedback" or self._loading:
            return
        checked = set(self.checked_network_ids())
        if checked - self._auto_ticked:
            self._auto_ticked.clear()
            return  # the officer chose the networks
        wanted = self.networks_with_street(street)
        self._auto_ticked = wanted
        if wanted != checked:
            self.set_networks_checked(sorted(wanted))

    def find_tip(self, query: str) -> str | None:
        """The first tip (in the list's order) whose key, title, text or category holds
        every word typed."""
        words = query.casefold().split()
        if not words:
            return None
        combo = self.ui.tip_combo
        for i in range(combo.count()):
            tip = self._tips.get(combo.itemData(i) or "")
            if tip is None:
                continue
            haystack = " ".join((tip.key, tip.title, tip.text, tip.category)).casefold()
            if all(w in haystack for w in words):
                return tip.key
        return None

    def _tip_search_typed(self, query: str) -> None:
        key = self.find_tip(query)
        if key is not None and key != self.tip_key():
            self.select_tip(key)

    def _focus_first_field(self) -> None:
        # the tip's inputs were just added: Qt shows them on the next turn of the event loop
        QTimer.singleShot(0, self, self._focus_first_field_now)

    def _focus_first_field_now(self) -> None:
        empty = [e for e in self._field_edits.values() if not e.text().strip()]
        if empty:
            empty[0].setFocus()
        elif self._field_edits:
            next(iter(self._field_edits.values())).setFocus()
        elif self.tip_key() is None:
            self.ui.free_text_edit.setFocus()
        else:
            self.ui.send_button.setFocus()

    def _field_entered(self, name: str) -> None:
        names = list(self._field_edits)
        later = names[names.index(name) + 1 :] if name in names else []
        if later:
            self._field_edits[later[0]].setFocus()
        else:
            self.ui.send_button.setFocus()

    def _reset_after_send(self) -> None:
        """Ready for the next message; the networks stay chosen."""
        ui = self.ui
        self._show_privacy(())
        self._field_values.clear()
        self.select_tip(None)
        ui.free_text_edit.clear()
        ui.street_combo.setEditText("")
        ui.transliterate_check.setChecked(False)
        self.set_kind("urgent")
        ui.follow_up_combo.blockSignals(True)
        ui.follow_up_combo.setCurrentIndex(0)  # next time: the newest original again
        ui.follow_up_combo.blockSignals(False)
        ui.recipients_label.setText("")
        ui.hint_label.setText("")
        self._changed()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.send_button.setEnabled(not busy)
        self.ui.send_button.setText(
            self.tr("Bezig…") if busy else self.tr("&Versturen… (Ctrl+Enter)")
        )

    # --- the dispatcher's state, briefly ---------------------------------------------------

    def _update_sending_label(self, *_args: object) -> None:
        label = self.ui.sending_label
        bridge = self.sending
        if bridge is None:
            label.setText(self.tr("Deze pc verstuurt zelf geen sms."))
            label.setStyleSheet("")
            return
        if bridge.problem:
            label.setText(self.tr("Verzenden staat stil: zie Verzonden."))
            label.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        if bridge.simulated:
            label.setText(
                self.tr("{sim}: er gaat niets echt de deur uit").format(sim=SIMULATED_LABEL)
            )
            label.setStyleSheet(
                "background: #fff3cd; color: #664d03; border: 1px solid #e0c36a; "
                "padding: 3px 8px; border-radius: 3px; font-weight: bold;"
            )
            return
        views: tuple[ModemView, ...] = bridge.modems()
        ready = sum(1 for v in views if v.state == ModemState.READY)
        label.setText(
            self.tr("Modems klaar: {ready} van {total}").format(ready=ready, total=len(views))
        )
        label.setStyleSheet("" if ready else "color: #b00020; font-weight: bold;")
