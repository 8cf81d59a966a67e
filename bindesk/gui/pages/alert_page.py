"""Alarm: compose an SMS alert for one or more BINs and queue it, fast and keyboard-first.

The text, its SMS cost and its special characters are computed on the GUI thread as the
officer types (pure domain functions, no database). The recipients need the database: a
debounced background task runs ``services.alerts.draft`` with exactly what would be sent.
Sending drafts once more, asks for confirmation with the real numbers, then queues the
alert in a background task and wakes the desk's dispatcher.

The page keeps its widgets, their wiring and the follow-up's original; components next to it
do the rest: :mod:`.alert_data` (what is loaded, off the GUI thread), :mod:`.alert_networks`
(networks and streets), :mod:`.alert_tips` (the tip and its inputs), :mod:`.alert_preview`
(preview, counter and warnings) and :mod:`.alert_confirm` (the questions before sending and
the sending state).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QWidget

from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dispatch_status import DispatchWarning
from bindesk.gui.forms.ui_alert_page import Ui_AlertPage
from bindesk.gui.models.outbox_models import kind_labels, short_time
from bindesk.gui.operations import Change
from bindesk.gui.pages.alert_confirm import AlertConfirmation
from bindesk.gui.pages.alert_data import (
    ComposeData,
    NetworkChoice,
    load_compose_data,
    load_original,
)
from bindesk.gui.pages.alert_networks import NetworkPicker
from bindesk.gui.pages.alert_preview import AlertPreview
from bindesk.gui.pages.alert_tips import TipFields
from bindesk.gui.sending import SendingBridge
from bindesk.gui.words import count, estimate_text
from bindesk.services import alerts
from bindesk.services.alerts import Composition, DraftSummary, QueuedAlert, preview_text
from bindesk.services.operators import ROLE_LABELS_NL, Permission
from bindesk.services.outbox_view import AlertSummary

DRAFT_DELAY_MS = 250  # recipients are recounted this long after the last keystroke
KINDS = ("urgent", "prevention", "feedback")


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
        self.network_picker = NetworkPicker(self.ui, self)
        self.tip_fields = TipFields(self.ui, self)
        self.preview = AlertPreview(self.ui, self)  # hides the warnings until there is one
        self._pending_follow_up: AlertSummary | None = None
        self._originals: list[AlertSummary] = []
        self._generation = 0
        self._busy = False
        self._loading = False
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
        self.tip_fields.edited.connect(self._changed)
        ui.shorter_button.clicked.connect(self.use_shorter_wording)
        ui.street_combo.currentTextChanged.connect(self._street_typed)
        ui.street_combo.lineEdit().returnPressed.connect(ui.tip_search_edit.setFocus)
        ui.tip_search_edit.textEdited.connect(self._tip_search_typed)
        ui.tip_search_edit.returnPressed.connect(self.tip_fields.focus_first_field)
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
        self.tip_fields.fill([], feedback_first=self.kind() == "feedback")
        self._update_mode()
        # red while no PC has dispatched for 30 s (MainWindow feeds it the heartbeats)
        self.dispatch_warning = DispatchWarning(self)
        ui.page_layout.insertWidget(1, self.dispatch_warning)
        self.confirmation = AlertConfirmation(
            self, ui, desk, sending, self.preview, self.dispatch_warning
        )
        self.confirmation.update_sending_label()
        if sending is not None:
            sending.modems_changed.connect(self.confirmation.update_sending_label)
            sending.running_changed.connect(self.confirmation.update_sending_label)
            sending.problem_changed.connect(self.confirmation.update_sending_label)
        desk.changed.connect(self._data_changed)
        self._update_preview()

    @property
    def shorter_wording(self) -> str | None:
        """The shorter wording offered for an urgent text over one SMS, if any."""
        return self.preview.shorter_wording

    @property
    def _networks(self) -> list[NetworkChoice]:  # the tests' and benches' view of the list
        return self.network_picker.choices

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
        self.network_picker.fill(data.networks)
        self.tip_fields.load(data.tips, feedback_first=self.kind() == "feedback")

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

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.NETWORKS | Change.MEMBERS | Change.OUTBOX | Change.TIPS):
            self.refresh()

    # --- what the officer chose -------------------------------------------------------------

    def checked_network_ids(self) -> list[int]:
        return self.network_picker.checked_ids()

    def set_networks_checked(self, network_ids: list[int]) -> None:
        self.network_picker.set_checked(network_ids)
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
        return self.tip_fields.key()

    def select_tip(self, key: str | None) -> None:
        self.tip_fields.select(key)

    def follow_up_id(self) -> int | None:
        value = self.ui.follow_up_combo.currentData()
        return value if isinstance(value, int) else None

    def field_edit(self, name: str) -> QLineEdit | None:
        return self.tip_fields.edits.get(name)

    def street(self) -> str:
        return " ".join(self.ui.street_combo.currentText().split())

    def _fields(self) -> dict[str, str]:
        fields = self.tip_fields.values()
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
        self.tip_fields.reorder(feedback_first=self.kind() == "feedback")
        self._update_mode()
        self._update_streets()
        self._changed()

    def _tip_changed(self, _index: int) -> None:
        tip = self.tip_fields.current()
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
        self.network_picker.show_mode(feedback, self._original(self.follow_up_id()))
        tip = self.tip_key() is not None
        self.tip_fields.show_template()
        ui.free_text_label.setVisible(not tip)
        ui.free_text_edit.setVisible(not tip)
        ui.edit_text_button.setEnabled(tip)
        self.tip_fields.update_tab_order()

    def _update_streets(self) -> None:
        self.network_picker.update_streets(
            self.kind() == "feedback", self._original(self.follow_up_id())
        )

    def _prefill_municipality(self) -> None:
        self.tip_fields.prefill_municipality(self.network_picker.municipalities())

    def _rebuild_fields(self) -> None:
        if self.tip_fields.rebuild():
            self._prefill_municipality()

    # --- preview (GUI thread, instant) -------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        self._update_preview()
        if self.may_send:
            self._generation += 1
            self._draft_timer.start()

    def current_text(self) -> tuple[str, list[str]]:
        """The text as it will be sent (before the optional replacement), and what is
        still to be filled in."""
        tip = self.tip_fields.current()
        if tip is None:
            return self.ui.free_text_edit.toPlainText().strip(), []
        return preview_text(tip.text, self._fields())

    def _update_preview(self) -> None:
        text, missing = self.current_text()
        self.preview.show_text(text, self.kind(), self.tip_fields.labels(missing))
        self.preview_updated.emit()

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
                estimate=estimate_text(summary.estimate)
            )
        ui.recipients_label.setText(text)
        self.preview.show_privacy(summary.privacy_warnings)
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
        self.preview.show_privacy(())
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
        reason = self.confirmation.ask_to_send(summary)
        if reason is None:
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
        self.network_picker.forget_auto_ticked()
        self._reset_after_send()
        self.ui.tip_search_edit.clear()
        self.ui.street_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _street_typed(self, street: str) -> None:
        """Street first: the networks that hold the street tick themselves, unless the
        officer chose the networks (:meth:`NetworkPicker.tick_street`)."""
        if self.kind() == "feedback" or self._loading:
            return
        if self.network_picker.tick_street(street):
            self._networks_changed(None)

    def _tip_search_typed(self, query: str) -> None:
        key = self.tip_fields.find(query)
        if key is not None and key != self.tip_key():
            self.select_tip(key)

    def _reset_after_send(self) -> None:
        """Ready for the next message; the networks stay chosen."""
        ui = self.ui
        self.preview.show_privacy(())
        self.tip_fields.clear_values()
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
