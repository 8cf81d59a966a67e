"""Verzonden: how far each alert got, per recipient, and the modems that send them.

The page refreshes in the background when the desk's dispatcher reports progress (at most
~10 times a second, coalesced by :class:`~bindesk.gui.sending.SendingBridge`), and every few
seconds while it is shown: status reports ('afgeleverd') and other desks' dispatchers do not
report through this desk's bridge. The first load reads the recent alerts and one alert's
deliveries; every refresh after it reads only what changed since (``outbox_view.outbox_changes``:
new alerts, fresh counts of the alerts that changed, the shown alert's changed deliveries)
and applies it row by row, so a refresh costs what changed, not what was sent. The selection
survives every refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget
from sqlalchemy.orm import Session

from bindesk.domain.states import DeliveryState
from bindesk.gui import ask, i18n
from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.forms.ui_outbox_page import Ui_OutboxPage
from bindesk.gui.models.outbox_models import (
    ID_ROLE,
    AlertTableModel,
    DeliveryTableModel,
    ProgressDelegate,
    kind_labels,
    short_time,
)
from bindesk.gui.operations import Change
from bindesk.gui.pages.modem_panel import ModemPanel, ModemRow
from bindesk.gui.sending import SendingBridge
from bindesk.gui.words import estimate_text
from bindesk.services import outbox_actions, outbox_view, throughput
from bindesk.services.operators import Permission
from bindesk.services.outbox_view import (
    AlertSummary,
    DeliveryRow,
    OutboxChanges,
    load_alerts,
    load_deliveries,
)

ALERTS_SHOWN = 100
POLL_MS = 5_000  # while shown: pick up status reports and other desks' sending


@dataclass(frozen=True)
class OutboxSnapshot:
    alerts: list[AlertSummary]
    alert_id: int | None  # whose deliveries are included
    deliveries: list[DeliveryRow]
    mark: dt.datetime | None  # the newest change included: refreshes start here


def load_snapshot(s: Session, wanted: int | None, limit: int = ALERTS_SHOWN) -> OutboxSnapshot:
    """Runs off the GUI thread: recent alerts, and the deliveries of the wanted (else the
    newest) alert. The mark is read first: what changes meanwhile comes with the next
    refresh."""
    mark = outbox_view.latest_change(s)
    alerts = load_alerts(s, limit)
    ids = {a.id for a in alerts}
    alert_id = wanted if wanted in ids else (alerts[0].id if alerts else None)
    deliveries = load_deliveries(s, alert_id) if alert_id is not None else []
    return OutboxSnapshot(alerts, alert_id, deliveries, mark)


class OutboxPage(QWidget):
    loaded = Signal()
    deliveries_loaded = Signal(int)  # alert id
    action_done = Signal(str, int)  # "cancel"/"retry", how many deliveries changed
    remaining_shown = Signal(int)  # alert id: its remaining time was read
    follow_up_requested = Signal(int)  # alert id: the window opens the composer as follow-up

    def __init__(
        self, desk: Desk, sending: SendingBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.sending = sending
        self.remaining: tuple[int, throughput.Estimate] | None = None  # alert id, estimate
        self._remaining_asked = False
        self.ui = Ui_OutboxPage()
        self.ui.setupUi(self)
        self._add_follow_up_button()
        self.model = AlertTableModel(self)
        self.deliveries = DeliveryTableModel(self)
        self._wanted: int | None = None  # the alert to select after the next load
        self._loading = False
        self._stale = False
        self._deliveries_for: int | None = None
        self._mark: dt.datetime | None = None  # changes up to here are shown
        #: the shown deliveries' stamps in the look-back window (outbox_changes' ``seen``)
        self._stamps: dict[int, dt.datetime] = {}
        self._snapshot_taken = False  # the first load happened: refreshes are incremental
        self._stale_hidden = False  # progress reported while the page was not shown

        view = self.ui.alerts_view
        view.setModel(self.model)
        self._progress_delegate = ProgressDelegate(view)
        view.setItemDelegateForColumn(
            AlertTableModel.COLUMNS.index("progress"), self._progress_delegate
        )
        header = view.horizontalHeader()
        widths = {"time": 80, "kind": 80, "networks": 160, "progress": 110}
        for column, name in enumerate(AlertTableModel.COLUMNS):
            if name == "text":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                view.setColumnWidth(column, widths.get(name, 90))
        view.verticalHeader().setDefaultSectionSize(26)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

        dview = self.ui.deliveries_view
        dview.setModel(self.deliveries)
        for column, width in enumerate((120, 180, 110, 70, 90, 110)):
            dview.setColumnWidth(column, width)
        dview.verticalHeader().setDefaultSectionSize(24)
        self.ui.details_splitter.setSizes([230, 370])

        self.may_cancel = desk.can(Permission.SEND_ALERTS)
        self.may_retry = desk.can(Permission.RUN_OUTBOX)
        self.ui.cancel_button.setVisible(self.may_cancel)
        self.ui.retry_button.setVisible(self.may_retry)
        self.ui.cancel_button.clicked.connect(self.cancel_selected)
        self.ui.retry_button.clicked.connect(self.retry_selected)
        self._setup_delivery_actions()
        self.ui.refresh_button.clicked.connect(self.refresh)
        refresh_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_key.activated.connect(self.refresh)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_tick)
        if sending is not None:
            sending.deliveries_changed.connect(self._deliveries_changed)
        desk.changed.connect(self._data_changed)
        self.modems = ModemPanel(self.ui, sending, self)
        self._update_buttons()

    @property
    def modem_rows(self) -> list[ModemRow]:
        return self.modems.rows

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload in the background; a reload asked for meanwhile follows right after."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        if not self._snapshot_taken:
            wanted = self._wanted if self._wanted is not None else self.selected_id()
            self.desk.query(
                "outbox",
                lambda s: load_snapshot(s, wanted),
                owner=self,
                on_done=self._loaded,
                on_error=self._load_failed,
            )
            return
        since = self._mark or dt.datetime.fromtimestamp(0, dt.UTC)
        newest, watched, seen = self.model.newest_id(), self._deliveries_for, self._stamps
        self.desk.query(
            "outbox changes",
            lambda s: outbox_view.outbox_changes(
                s,
                since,
                newest_alert_id=newest,
                watched_alert_id=watched,
                seen=seen,  # replaced, never changed in place: safe to read on the worker
                limit=ALERTS_SHOWN,
            ),
            owner=self,
            on_done=lambda changes: self._changes_loaded(watched, changes),
            on_error=self._load_failed,
        )

    def show_alert(self, alert_id: int) -> None:
        """Select this alert (e.g. the one just queued) as soon as it is loaded."""
        self._wanted = alert_id
        self.refresh()

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.ui.updated_label.setText(message)

    def _loaded(self, snap: OutboxSnapshot) -> None:
        self._loading = False
        self._snapshot_taken = True
        self._mark = snap.mark
        wanted = self._wanted
        self._wanted = None
        self.model.set_rows(snap.alerts)
        self._stamps = {}
        if snap.alert_id is not None:
            self._deliveries_for = snap.alert_id
            self.deliveries.set_rows(snap.deliveries)
            if wanted is not None or self.selected_id() != snap.alert_id:
                self.select(snap.alert_id)
        else:
            self._deliveries_for = None
            self.deliveries.set_rows([])
        self._shown()
        if snap.alert_id is not None:
            self.deliveries_loaded.emit(snap.alert_id)
        if self._stale:
            self.refresh()

    def _changes_loaded(self, watched: int | None, changes: OutboxChanges) -> None:
        """Apply what changed: rows in place, new alerts on top, nothing reloaded."""
        self._loading = False
        if changes.mark is not None:
            self._mark = changes.mark
        known = self.model.newest_id()
        self.model.merge_newest(changes.alerts, ALERTS_SHOWN)
        newest = self.model.newest_id()
        if watched is not None and watched == self._deliveries_for:
            self._stamps = changes.stamps
            self.deliveries.update_rows(changes.deliveries)
            self._check_stale_uncertain(watched)  # the offer comes once enough time passed
        wanted = self._wanted
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self._wanted = None
            self.select(wanted)
        elif known is not None and newest is not None and newest > known:
            self.select(newest)  # a newly sent alert (from any desk) is the one selected
        elif self.selected_id() is None and self.model.rowCount():
            self.select(self.model.row_at(0).id)
        self._shown()
        if self._stale:
            self.refresh()

    def _shown(self) -> None:
        n = self.model.rowCount()
        self.ui.count_label.setText(
            self.tr("1 bericht") if n == 1 else self.tr("{n} berichten").format(n=n)
        )
        self.ui.updated_label.setText(
            self.tr("Bijgewerkt om {time}").format(time=dt.datetime.now().strftime("%H:%M:%S"))
        )
        self._update_details()
        self._update_buttons()
        self.loaded.emit()

    def _deliveries_changed(self, _alert_ids: frozenset[int]) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale_hidden = True

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.OUTBOX | Change.MEMBERS):
            self.refresh()
        elif changes & Change.DELIVERIES:  # another desk's dispatcher, or a status report
            self._deliveries_changed(frozenset())

    def _poll_tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._poll.start()
        if self._stale_hidden:
            self._stale_hidden = False
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._poll.stop()
        super().hideEvent(event)

    # --- selection ---------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.ui.alerts_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_summary(self) -> AlertSummary | None:
        alert_id = self.selected_id()
        return self.model.summary(alert_id) if alert_id is not None else None

    def select(self, alert_id: int) -> None:
        row = self.model.row_of(alert_id)
        if row >= 0:
            self.ui.alerts_view.selectRow(row)
            self.ui.alerts_view.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        alert_id = self.selected_id()
        self._update_buttons()
        self._update_details()
        if alert_id is None or alert_id == self._deliveries_for:
            return
        self._deliveries_for = alert_id
        self._stamps = {}
        self.deliveries.set_rows([])
        self.desk.query(
            "deliveries",
            lambda s: load_deliveries(s, alert_id),
            owner=self,
            on_done=lambda rows: self._deliveries_loaded(alert_id, rows),
        )

    def _deliveries_loaded(self, alert_id: int, rows: list[DeliveryRow]) -> None:
        if alert_id != self._deliveries_for:
            return  # the officer moved on to another alert
        self._stamps = {}  # these rows may be older than a refresh applied meanwhile
        self.deliveries.set_rows(rows)
        self.deliveries_loaded.emit(alert_id)

    def _update_details(self) -> None:
        self._show_details()
        self._ask_remaining()

    def _ask_remaining(self) -> None:
        """While the selected alert is being sent: the time until its last member has it
        (the rate tracker's estimate), read in the background; one question at a time."""
        a = self.selected_summary()
        if a is None or a.waiting == 0:
            self.remaining = None
            return
        if self._remaining_asked:
            return
        self._remaining_asked = True
        alert_id = a.id

        def done(estimate: throughput.Estimate) -> None:
            self._remaining_asked = False
            self.remaining = (alert_id, estimate)
            self._show_details()
            self.remaining_shown.emit(alert_id)

        self.desk.query(
            "remaining",
            lambda s: throughput.remaining(s, alert_id),
            owner=self,
            on_done=done,
            on_failure=lambda: setattr(self, "_remaining_asked", False),
        )

    def remaining_text(self) -> str:
        """ "Nog ongeveer 2 minuten tot het laatste lid het heeft" for the selected alert."""
        a = self.selected_summary()
        if a is None or a.waiting == 0 or self.remaining is None or self.remaining[0] != a.id:
            return ""
        return self.tr("Tot het laatste lid het heeft: nog {estimate}.").format(
            estimate=estimate_text(self.remaining[1])
        )

    def _show_details(self) -> None:
        a = self.selected_summary()
        if a is None:
            self.ui.deliveries_label.setText(self.tr("Kies een bericht om de ontvangers te zien."))
            return
        labels = i18n.labels_of(DeliveryState)
        order = list(DeliveryState)
        counts = ", ".join(
            f"{n} {labels.get(state, state)}"
            for state, n in sorted(a.counts.items(), key=lambda kv: order.index(kv[0]))
        )
        self.ui.deliveries_label.setText(
            self.tr(
                "Bericht {id} · {kind} · {when} door {who} — {done} van {total} afgehandeld "
                "({counts})"
            ).format(
                id=a.id,
                kind=kind_labels().get(a.kind, a.kind),
                when=short_time(a.created_at),
                who=a.created_by,
                done=a.finished,
                total=a.total,
                counts=counts or "—",
            )
            + (f"\n{remaining}" if (remaining := self.remaining_text()) else "")
        )

    def _add_follow_up_button(self) -> None:
        """ "Stuur opvolging" beside the alert actions (only for who may send alerts)."""
        button = QPushButton(self.tr("Stuur o&pvolging…"), self)
        button.setObjectName("follow_up_button")
        button.setToolTip(
            self.tr(
                "Opent een opvolgbericht van het gekozen bericht: dezelfde netwerken en "
                "straat, de opvolgtips eerst."
            )
        )
        layout = self.ui.actions_layout
        layout.insertWidget(layout.indexOf(self.ui.retry_button) + 1, button)
        button.setVisible(self.desk.can(Permission.SEND_ALERTS))
        button.clicked.connect(self.ask_follow_up)
        self.follow_up_button = button

    @desk_action
    def ask_follow_up(self) -> None:
        a = self.selected_summary()
        if a is not None and a.kind in ("urgent", "prevention", "feedback"):
            self.follow_up_requested.emit(a.id)

    def _update_buttons(self) -> None:
        a = self.selected_summary()
        self.follow_up_button.setEnabled(
            a is not None and a.kind in ("urgent", "prevention", "feedback")
        )
        self.ui.cancel_button.setEnabled(a is not None and a.waiting > 0)
        self.ui.retry_button.setEnabled(a is not None and a.retryable > 0)

    # --- actions -------------------------------------------------------------------------------

    @desk_action
    def cancel_selected(self) -> None:
        a = self.selected_summary()
        if a is None or not self.may_cancel:
            return
        if not ask.confirm(
            self,
            self.tr("Verzending stoppen"),
            self.tr(
                "Bericht {id}: nog {n} sms'en in de wachtrij.\n\n"
                "Die worden niet meer verstuurd (status: geannuleerd). Wat al verzonden is, "
                "blijft verzonden; een sms die op dit moment vertrekt, gaat nog door."
            ).format(id=a.id, n=a.waiting),
            self.tr("Verzending &stoppen"),
        ):
            return
        actor, alert_id = self.desk.actor, a.id
        self._run_action("cancel", lambda s: outbox_actions.cancel(s, actor, alert_id))

    @desk_action
    def retry_selected(self) -> None:
        a = self.selected_summary()
        if a is None or not self.may_retry:
            return
        failed, uncertain = (
            a.counts.get(DeliveryState.FAILED, 0),
            a.counts.get(DeliveryState.UNCERTAIN, 0),
        )
        text = self.tr(
            "Bericht {id}: {failed} mislukt en {uncertain} onzeker opnieuw versturen?"
        ).format(id=a.id, failed=failed, uncertain=uncertain)
        if uncertain:
            text += "\n\n" + self.tr(
                "Onzeker betekent: de modem viel weg of antwoordde niet terwijl het bericht "
                "vertrok. Het bericht is dus misschien al ontvangen; wie het al kreeg, krijgt "
                "het dan een tweede keer. Vraag bij twijfel eerst na bij een van die leden."
            )
        if not ask.confirm(self, self.tr("Opnieuw versturen"), text, self.tr("Opnieuw &versturen")):
            return
        actor, alert_id = self.desk.actor, a.id
        self._run_action("retry", lambda s: outbox_actions.retry(s, actor, alert_id))

    def _run_action(self, action: str, work: Callable[[Session], int]) -> None:
        for button in (self.ui.cancel_button, self.ui.retry_button):
            button.setEnabled(False)
        self.desk.write(
            action,
            work,
            owner=self,
            changes=Change.OUTBOX,  # this page refreshes on it, the Alarm page too
            on_done=lambda n: self._action_done(action, n),
            on_failure=self._update_buttons,
        )

    def _action_done(self, action: str, n: int) -> None:
        if action == "retry" and self.sending is not None:
            self.sending.wake()
        message = (
            self.tr("{n} sms'en geannuleerd.")
            if action == "cancel"
            else self.tr("{n} sms'en opnieuw in de wachtrij.")
        ).format(n=n)
        note = self._untouched_note()
        self.desk.say(f"{message} {note}" if note else message)
        self.action_done.emit(action, n)

    # --- per delivery: the selection, and uncertain rows no status report resolved ------------

    def _setup_delivery_actions(self) -> None:
        ui = self.ui
        self._stale_uncertain: list[int] = []  # of the alert whose deliveries are shown
        self._pending_reports: list[outbox_actions.ChangeReport] = []
        ui.retry_deliveries_button.setVisible(self.may_retry)
        ui.resend_uncertain_button.setVisible(False)
        ui.cancel_deliveries_button.setVisible(self.may_cancel)
        ui.retry_deliveries_button.clicked.connect(self.retry_selected_deliveries)
        ui.cancel_deliveries_button.clicked.connect(self.cancel_selected_deliveries)
        ui.resend_uncertain_button.clicked.connect(self.resend_stale_uncertain)
        ui.deliveries_view.selectionModel().selectionChanged.connect(self._update_delivery_buttons)
        self.deliveries.modelReset.connect(self._update_delivery_buttons)
        self.deliveries.dataChanged.connect(self._update_delivery_buttons)  # rows in place
        self.deliveries_loaded.connect(self._check_stale_uncertain)
        self._update_delivery_buttons()

    def selected_deliveries(self) -> list[DeliveryRow]:
        rows = self.ui.deliveries_view.selectionModel().selectedRows()
        found = (self.deliveries.row_by_id(r.data(ID_ROLE)) for r in rows)
        return sorted((d for d in found if d is not None), key=lambda d: d.id)

    def _update_delivery_buttons(self, *_args: object) -> None:
        states = {d.state for d in self.selected_deliveries()}
        self.ui.retry_deliveries_button.setEnabled(
            bool(states & {DeliveryState.FAILED, DeliveryState.UNCERTAIN})
        )
        self.ui.cancel_deliveries_button.setEnabled(DeliveryState.QUEUED in states)
        n = len(self._stale_uncertain)
        self.ui.resend_uncertain_button.setVisible(self.may_retry and n > 0)
        self.ui.resend_uncertain_button.setText(
            self.tr("Onzekere zonder bevestiging opnieuw versturen ({n})").format(n=n)
        )

    def _check_stale_uncertain(self, alert_id: int) -> None:
        """After a set time without a status report, offer to resend just those rows."""
        summary = self.model.summary(alert_id)
        uncertain = (
            summary.counts.get(DeliveryState.UNCERTAIN, 0)
            if summary is not None
            else any(d.state == DeliveryState.UNCERTAIN for d in self.deliveries.rows())
        )
        if not self.may_retry or not uncertain:
            self._stale_uncertain = []
            self._update_delivery_buttons()
            return

        def done(ids: list[int]) -> None:
            if alert_id == self._deliveries_for:
                self._stale_uncertain = ids
                self._update_delivery_buttons()

        self.desk.query(
            "uncertain",
            lambda s: outbox_actions.stale_uncertain(s, alert_id),
            owner=self,
            on_done=done,
        )

    @desk_action
    def retry_selected_deliveries(self) -> None:
        selected = self.selected_deliveries()
        chosen = [d for d in selected if d.state in (DeliveryState.FAILED, DeliveryState.UNCERTAIN)]
        if not chosen or not self.may_retry:
            return
        text = self.tr("{n} geselecteerde sms'en opnieuw versturen?").format(n=len(chosen))
        if any(d.state == DeliveryState.UNCERTAIN for d in chosen):
            text += "\n\n" + self.tr(
                "Onzeker betekent: het bericht is misschien al ontvangen. Van een bericht in "
                "meerdere delen gaan alleen de delen die nog niet vertrokken."
            )
        if ask.confirm(self, self.tr("Opnieuw versturen"), text, self.tr("Opnieuw &versturen")):
            self._run_delivery_action("retry", [d.id for d in selected])

    @desk_action
    def cancel_selected_deliveries(self) -> None:
        selected = self.selected_deliveries()
        chosen = [d for d in selected if d.state == DeliveryState.QUEUED]
        if not chosen or not self.may_cancel:
            return
        if ask.confirm(
            self,
            self.tr("Verzending stoppen"),
            self.tr(
                "{n} geselecteerde sms'en in de wachtrij niet meer versturen? Een sms die op "
                "dit moment vertrekt, gaat nog door."
            ).format(n=len(chosen)),
            self.tr("Verzending &stoppen"),
        ):
            self._run_delivery_action("cancel", [d.id for d in selected])

    @desk_action
    def resend_stale_uncertain(self) -> None:
        ids = list(self._stale_uncertain)
        if not ids or not self.may_retry:
            return
        minutes = int(outbox_actions.UNCERTAIN_OFFER_AFTER.total_seconds() // 60)
        if ask.confirm(
            self,
            self.tr("Onzekere opnieuw versturen"),
            self.tr(
                "Voor {n} onzekere sms'en kwam na {minutes} minuten geen ontvangstbevestiging. "
                "Alleen die opnieuw versturen? Wie het bericht toch al kreeg, krijgt het een "
                "tweede keer."
            ).format(n=len(ids), minutes=minutes),
            self.tr("Opnieuw &versturen"),
        ):
            self._run_delivery_action("retry", ids)

    def _run_delivery_action(self, action: str, ids: list[int]) -> None:
        actor = self.desk.actor
        self._stale_uncertain = []
        reports: list[outbox_actions.ChangeReport] = []

        def work(s: Session) -> int:  # on the worker thread
            if action == "retry":
                report = outbox_actions.retry_deliveries(s, actor, delivery_ids=ids)
            else:
                report = outbox_actions.cancel_deliveries(s, actor, delivery_ids=ids)
            reports.append(report)
            return len(report.changed)

        self._run_action(action, work)
        self._pending_reports = reports

    def _untouched_note(self) -> str:
        """After a per-delivery action: what happened to the rows it could not touch."""
        reports, self._pending_reports = self._pending_reports, []
        untouched = [item for report in reports for item in report.untouched]
        if not untouched:
            return ""
        first_id, reason = untouched[0]
        return self.tr("{n} niet gewijzigd (bv. levering {id}: {reason}).").format(
            n=len(untouched), id=first_id, reason=reason
        )
