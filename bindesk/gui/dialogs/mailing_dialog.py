"""Nieuwsbrief → *Per e-mail versturen*: one built edition to every consenting member with an
address in the chosen networks, with progress, stop and resume.

Before sending, the dialog counts who will get it (members with e-mail consent and a usable
address; the others are counted apart) and asks for confirmation. The mailing is queued in one
transaction (:func:`bindesk.services.mail_outbox.start_mailing`); the e-mail worker sends it —
this desk's own (:class:`bindesk.gui.mail_sending.DeskMailer`) or another PC's
``bindesk outbox run`` — and the dialog follows it from the database: counts per state, the
progress bar, and every failed address with the receiving server's reason. *Stoppen* cancels
what is still queued, *Hervatten* queues it again; closing the dialog changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk.db.models import Delivery
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_mailing_dialog import Ui_MailingDialog
from bindesk.gui.mail_sending import DeskMailer
from bindesk.gui.operations import Change
from bindesk.services import mail_outbox, networks
from bindesk.services.mail_outbox import MailingProgress, MailingSummary

DATA = Qt.ItemDataRole.UserRole
POLL_MS = 1000  # another PC's worker: the database is looked at once a second
ERROR_STYLE = "color: #b00020; font-weight: bold;"
OK_STYLE = "color: #1b5e20;"
WARN_STYLE = "color: #664d03; background: #fff3cd; padding: 3px;"
MAX_FAILURES_SHOWN = 500


@dataclass(frozen=True)
class MailingState:
    progress: MailingProgress
    failures: list[tuple[str, str]]  # address, the server's reason


def read_state(session: Session, newsletter_id: int) -> MailingState:
    progress = mail_outbox.mailing_progress(session, newsletter_id)
    failures = [
        (str(address or ""), str(error or ""))
        for address, error in session.execute(
            select(Delivery.email, Delivery.error)
            .where(Delivery.newsletter_id == newsletter_id, Delivery.state == "failed")
            .order_by(Delivery.id)
            .limit(MAX_FAILURES_SHOWN)
        )
    ]
    return MailingState(progress, failures)


class MailingDialog(QDialog):
    loaded = Signal()
    counted = Signal(object)  # the MailingSummary of what Versturen would queue now
    started = Signal(object)  # the MailingSummary of the queued mailing
    progressed = Signal(object)  # MailingState
    finished_sending = Signal()

    def __init__(
        self,
        desk: Desk,
        newsletter_id: int,
        title: str,
        pdf_path: Path | None,
        network_ids: set[int] | None = None,
        mailer: DeskMailer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.newsletter_id = newsletter_id
        self.edition_title = title
        self.pdf_path = pdf_path
        self.mailer = mailer
        self._wanted = network_ids
        self.state: MailingState | None = None
        self._querying = False
        self._done_said = False
        self._count_generation = 0
        self.ui = Ui_MailingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Nieuwsbrief per e-mail versturen"))
        ui.intro_label.setText(
            self.tr(
                "<b>{title}</b> gaat als pdf-bijlage naar elk lid van de gekozen netwerken "
                "met een e-mailadres en toestemming voor e-mail: één bericht per lid, met een "
                "regel om zich uit te schrijven."
            ).format(title=title)
        )
        view = ui.failed_view
        view.setColumnCount(2)
        view.setHorizontalHeaderLabels([self.tr("Adres"), self.tr("Reden (ontvangende server)")])
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(True)
        ui.progress_bar.setFormat(self.tr("%v van %m"))
        ui.networks_list.itemChanged.connect(self._networks_changed)
        ui.send_button.clicked.connect(self.send)
        ui.cancel_mailing_button.clicked.connect(self.cancel_mailing)
        ui.resume_button.clicked.connect(self.resume)
        ui.close_button.clicked.connect(self.close)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        desk.changed.connect(self._data_changed)
        if mailer is not None:
            mailer.deliveries_changed.connect(self.poll)
            mailer.state_changed.connect(self._show_worker)
        self._show_worker()
        self._load()

    # --- loading ---------------------------------------------------------------------------

    def _load(self) -> None:
        newsletter_id = self.newsletter_id

        def work(s: Session) -> tuple[list[tuple[int, str, bool]], MailingState]:
            nets = [(r.id, r.name, r.active) for r in networks.list_networks(s)]
            return nets, read_state(s, newsletter_id)

        self.desk.query("mailing", work, owner=self, on_done=self._loaded)

    def _loaded(self, result: tuple[list[tuple[int, str, bool]], MailingState]) -> None:
        nets, state = result
        listing = self.ui.networks_list
        listing.blockSignals(True)
        listing.clear()
        for network_id, name, active in nets:
            if not active:
                continue
            item = QListWidgetItem(name)
            item.setData(DATA, network_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = self._wanted is None or network_id in self._wanted
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.blockSignals(False)
        self._show_state(state)
        self._networks_changed()
        if state.progress.total:
            self.timer.start()
        self.loaded.emit()

    def chosen_network_ids(self) -> list[int]:
        listing = self.ui.networks_list
        return [
            int(listing.item(i).data(DATA))
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _networks_changed(self, *_args: object) -> None:
        chosen = self.chosen_network_ids()
        self._update_buttons()
        if not chosen:
            self.ui.count_label.setText(self.tr("Kies minstens één netwerk."))
            self.ui.count_detail_label.setText("")
            return
        actor, newsletter_id = self.desk.actor, self.newsletter_id
        self._count_generation += 1  # a later choice supersedes a count still running
        generation = self._count_generation

        def counted(summary: MailingSummary) -> None:
            if generation == self._count_generation:
                self._counted(summary)

        self.desk.query(
            "mailing-count",
            lambda s: mail_outbox.mailing_preview(s, newsletter_id, chosen, actor),
            owner=self,
            on_done=counted,
        )

    def _counted(self, summary: MailingSummary) -> None:
        ui = self.ui
        sent_before = self.state is not None and self.state.progress.total > 0
        if sent_before:
            ui.count_label.setText(
                self.tr(
                    "{n} leden hebben deze editie nog niet (nieuwe leden, of de verzending "
                    "mislukte): Opnieuw versturen stuurt ze alleen naar hen."
                ).format(n=summary.queued)
            )
        else:
            ui.count_label.setText(
                self.tr("{n} leden krijgen deze editie per e-mail.").format(n=summary.queued)
            )
        ui.count_detail_label.setText(
            self.tr(
                "Niet: {no_consent} zonder toestemming voor e-mail of uitgeschreven, "
                "{invalid} met een onbestelbaar of ongeldig adres, {already} kregen deze "
                "editie al, {duplicates} dubbele adressen."
            ).format(
                no_consent=summary.no_consent,
                invalid=summary.invalid,
                already=summary.already,
                duplicates=summary.duplicates,
            )
        )
        self.counted.emit(summary)

    # --- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        chosen = self.chosen_network_ids()
        if not chosen:
            return
        if not ask.confirm(
            self,
            self.tr("Nieuwsbrief versturen"),
            self.tr(
                "{title} per e-mail versturen naar de leden van {n} netwerk(en)? Elk lid met "
                "toestemming krijgt één bericht; dit kan niet ongedaan gemaakt worden voor "
                "wat al verstuurd is."
            ).format(title=self.edition_title, n=len(chosen)),
            self.tr("Versturen"),
        ):
            return
        actor, newsletter_id, pdf = self.desk.actor, self.newsletter_id, self.pdf_path
        self.ui.send_button.setEnabled(False)
        self.ui.message_label.setText(self.tr("De e-mails worden in de wachtrij gezet…"))
        self.desk.write(
            "mailing-start",
            lambda s: mail_outbox.start_mailing(s, newsletter_id, chosen, actor, pdf=pdf),
            owner=self,
            changes=Change.OUTBOX | Change.NEWSLETTERS,
            on_done=self._started,
            on_error=self._refused,
            on_failure=self._update_buttons,
        )

    def _started(self, summary: MailingSummary) -> None:
        self._done_said = False
        self.ui.message_label.setStyleSheet("")
        self.ui.message_label.setText(
            self.tr(
                "{n} e-mails staan in de wachtrij ({skipped} leden overgeslagen: zonder "
                "toestemming, onbestelbaar, dubbel of al verstuurd)."
            ).format(
                n=summary.queued,
                skipped=summary.no_consent + summary.invalid + summary.duplicates + summary.already,
            )
        )
        if self.mailer is not None:
            self.mailer.wake()
        self.timer.start()
        self.started.emit(summary)
        self.poll()
        self._networks_changed()  # who would still get it now

    def cancel_mailing(self) -> None:
        if not ask.confirm(
            self,
            self.tr("Verzending stoppen"),
            self.tr(
                "De e-mails die nog in de wachtrij staan, worden niet verstuurd (het bericht "
                "dat nu vertrekt, gaat nog). U kunt later hervatten."
            ),
            self.tr("Stoppen"),
        ):
            return
        actor, newsletter_id = self.desk.actor, self.newsletter_id
        self.desk.write(
            "mailing-cancel",
            lambda s: mail_outbox.cancel_mailing(s, newsletter_id, actor),
            owner=self,
            changes=Change.OUTBOX,
            on_done=lambda n: self._after_change(
                self.tr("Gestopt: {n} e-mails niet verstuurd.").format(n=n)
            ),
            on_error=self._refused,
        )

    def resume(self) -> None:
        actor, newsletter_id = self.desk.actor, self.newsletter_id
        self.desk.write(
            "mailing-resume",
            lambda s: mail_outbox.resume_mailing(s, newsletter_id, actor),
            owner=self,
            changes=Change.OUTBOX,
            on_done=lambda n: self._after_change(
                self.tr("Hervat: {n} e-mails weer in de wachtrij.").format(n=n), wake=True
            ),
            on_error=self._refused,
        )

    def _after_change(self, message: str, wake: bool = False) -> None:
        self._done_said = False
        self.ui.message_label.setStyleSheet("")
        self.ui.message_label.setText(message)
        if wake and self.mailer is not None:
            self.mailer.wake()
        self.timer.start()
        self.poll()

    def _refused(self, message: str) -> None:
        self.ui.message_label.setStyleSheet(ERROR_STYLE)
        self.ui.message_label.setText(message)
        self._update_buttons()

    # --- following it -------------------------------------------------------------------------

    def _data_changed(self, changes: Change) -> None:
        if changes & (Change.DELIVERIES | Change.OUTBOX):
            self.poll()

    def poll(self, *_args: object) -> None:
        if self._querying:
            return
        self._querying = True
        newsletter_id = self.newsletter_id
        self.desk.query(
            "mailing-progress",
            lambda s: read_state(s, newsletter_id),
            owner=self,
            on_done=self._polled,
            on_failure=self._poll_failed,
        )

    def _poll_failed(self) -> None:
        self._querying = False

    def _polled(self, state: MailingState) -> None:
        self._querying = False
        self._show_state(state)

    def _show_state(self, state: MailingState) -> None:
        self.state = state
        ui = self.ui
        p = state.progress
        counts = p.counts
        sent = counts.get("sent", 0) + counts.get("delivered", 0)
        ui.progress_group.setVisible(p.total > 0)
        ui.progress_bar.setMaximum(max(1, p.total))
        ui.progress_bar.setValue(p.done)
        parts = [
            self.tr("{n} verzonden").format(n=sent),
            self.tr("{n} in wachtrij").format(n=p.waiting),
            self.tr("{n} mislukt").format(n=p.failed),
        ]
        if counts.get("uncertain"):
            parts.append(self.tr("{n} onzeker").format(n=counts["uncertain"]))
        if counts.get("cancelled"):
            parts.append(self.tr("{n} gestopt").format(n=counts["cancelled"]))
        ui.counts_label.setText(" · ".join(parts))
        view = ui.failed_view
        view.setRowCount(len(state.failures))
        for row, (address, reason) in enumerate(state.failures):
            view.setItem(row, 0, QTableWidgetItem(address))
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)
            view.setItem(row, 1, item)
        view.resizeRowsToContents()
        ui.failed_label.setVisible(bool(state.failures))
        view.setVisible(bool(state.failures))
        if p.total and not p.waiting:
            self.timer.stop()
            if not self._done_said and not p.cancelled:
                self._done_said = True
                ui.message_label.setStyleSheet(OK_STYLE)
                ui.message_label.setText(
                    self.tr("Klaar: {sent} van {total} verzonden, {failed} mislukt.").format(
                        sent=sent, total=p.total, failed=p.failed
                    )
                )
                self.finished_sending.emit()
        self._update_buttons()
        self.progressed.emit(state)

    def _show_worker(self, *_args: object) -> None:
        label = self.ui.worker_label
        mailer = self.mailer
        if mailer is None or not mailer.is_running:
            why = mailer.problem if mailer is not None and mailer.problem else ""
            label.setStyleSheet(WARN_STYLE)
            label.setText(
                self.tr(
                    "Deze pc verstuurt geen e-mail{why}. De e-mails wachten tot een verzendpost "
                    "met de mailinstelling ze verstuurt."
                ).format(why=f" ({why.rstrip('.')})" if why else "")
            )
        elif mailer.state in ("down", "needs_operator"):
            label.setStyleSheet(ERROR_STYLE)
            label.setText(
                self.tr("De mailserver {server}: {message} De e-mails wachten.").format(
                    server=mailer.server, message=mailer.message
                )
            )
        else:
            label.setStyleSheet("")
            label.setText(
                self.tr("Deze pc verstuurt de e-mails via {server}.").format(server=mailer.server)
            )

    def _update_buttons(self, *_args: object) -> None:
        p = self.state.progress if self.state is not None else None
        active = p is not None and p.waiting > 0
        self.ui.send_button.setEnabled(bool(self.chosen_network_ids()) and not active)
        self.ui.send_button.setText(
            self.tr("Opnieuw versturen…") if p is not None and p.total else self.tr("&Versturen…")
        )
        self.ui.cancel_mailing_button.setVisible(active)
        self.ui.resume_button.setVisible(p is not None and p.cancelled)

    def closeEvent(self, event: Any) -> None:
        self.timer.stop()
        super().closeEvent(event)
