"""What the officer is told before and about sending: the questions asked once the page has
drafted the alert for real (nobody to send to, the reason for personal details, the
confirmation with the real numbers), and the dispatcher's state in the page's header.

The queue write itself stays with the page: :meth:`AlertConfirmation.ask_to_send` only says
whether to go ahead, and with which privacy reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from bindesk.domain.states import ModemState
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.dispatch_status import DispatchWarning
from bindesk.gui.forms.ui_alert_page import Ui_AlertPage
from bindesk.gui.models.outbox_models import kind_labels
from bindesk.gui.pages.alert_preview import AlertPreview
from bindesk.gui.sending import ModemView, SendingBridge
from bindesk.gui.words import count, estimate_text
from bindesk.services.alerts import DraftSummary
from bindesk.sms.modem import SIMULATED_LABEL


class AlertConfirmation(QObject):
    """Asks on behalf of ``page`` (the dialogs' parent); shows the sending state in its
    ``sending_label``."""

    def __init__(
        self,
        page: QWidget,
        ui: Ui_AlertPage,
        desk: Desk,
        sending: SendingBridge | None,
        preview: AlertPreview,
        dispatch_warning: DispatchWarning,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.ui = ui
        self.desk = desk
        self.sending = sending
        self.preview = preview
        self.dispatch_warning = dispatch_warning

    def ask_to_send(self, summary: DraftSummary) -> str | None:
        """The privacy reason to queue ``summary`` with ('' when none is needed), or None
        when it must not go: nobody to send to, no reason given, or the officer cancelled."""
        if not summary.recipients:
            self.desk.refuse(
                self.tr(
                    "Niemand om dit bericht naar te sturen: de gekozen netwerken hebben geen "
                    "actieve leden met toestemming en een geldig gsm-nummer."
                )
            )
            return None
        reason = ""
        if summary.privacy_warnings:
            asked = ask.text(
                self.page,
                self.tr("Persoonsgegevens in het bericht"),
                "\n".join(self.preview.privacy_sentences(summary.privacy_warnings))
                + "\n\n"
                + self.tr(
                    "Waarom moet dit toch naar alle leden? De reden komt in het logboek. "
                    "Annuleer om de tekst aan te passen."
                ),
            )
            reason = " ".join((asked or "").split())
            if not reason:
                self.desk.say(self.tr("Niets verstuurd: pas de tekst aan of geef een reden."))
                return None
        if not ask.confirm(
            self.page,
            self.tr("Bericht versturen"),
            self.text(summary, reason),
            self.tr("&Versturen"),
        ):
            return None
        return reason

    def text(self, s: DraftSummary, privacy_reason: str = "") -> str:
        """The confirmation: the text, and what sending it means, in real numbers."""
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
                    estimate=estimate_text(s.estimate)
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

    # --- the dispatcher's state, briefly ---------------------------------------------------

    def update_sending_label(self, *_args: object) -> None:
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
