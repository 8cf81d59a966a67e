"""Add, edit or (for the balie) look at one member, with live validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QWidget
from sqlalchemy.orm import Session

from bindesk.db.models import Member, Network
from bindesk.domain.errors import BindeskError
from bindesk.domain.phone import InvalidPhoneNumber, display_mobile, parse_mobile
from bindesk.domain.states import MemberStatus
from bindesk.gui import i18n
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_member_dialog import Ui_MemberDialog
from bindesk.gui.models.membership_model import MembershipChoice, MembershipModel
from bindesk.gui.operations import Change
from bindesk.services import members, networks
from bindesk.services.networks import NetworkRow
from bindesk.services.operators import Permission

OK_STYLE = "color: #1b6e20;"
WARN_STYLE = "color: #a06000;"
ERROR_STYLE = "color: #b00020;"


def email_looks_valid(text: str) -> bool:
    """The same rough check the members service makes (it refuses what this lets through)."""
    email = text.strip()
    return "@" in email and "." in email.rsplit("@", 1)[-1] and " " not in email


def consent_datetime(day: dt.date) -> dt.datetime:
    """A consent date typed at the desk, as an aware moment (local midnight; now for today)."""
    if day == dt.date.today():
        return dt.datetime.now(dt.UTC)
    return dt.datetime.combine(day, dt.time(0, 0)).astimezone().astimezone(dt.UTC)


@dataclass(frozen=True)
class MemberFields:
    """What the dialog shows of a member: plain values, read off the GUI thread."""

    full_name: str
    first_name: str
    last_name: str
    street: str
    house_number: str
    postal_code: str
    municipality: str
    mobile: str
    email: str
    language: str
    status: str
    consent_method: str
    consent_at: dt.datetime | None
    opted_out_at: dt.datetime | None
    channel: str = "sms"
    email_consent_at: dt.datetime | None = None
    email_opted_out_at: dt.datetime | None = None
    email_invalid_at: dt.datetime | None = None
    email_invalid_reason: str = ""

    @classmethod
    def of(cls, m: Member) -> MemberFields:
        return cls(
            m.full_name,
            m.first_name,
            m.last_name,
            m.street,
            m.house_number,
            m.postal_code,
            m.municipality,
            m.mobile,
            m.email,
            m.language,
            m.status,
            m.consent_method,
            m.consent_at,
            m.opted_out_at,
            m.channel,
            m.email_consent_at,
            m.email_opted_out_at,
            m.email_invalid_at,
            m.email_invalid_reason or "",
        )


@dataclass(frozen=True)
class MemberForm:
    networks: list[NetworkRow]
    own: dict[int, bool]  # network id -> is coordinator
    member: MemberFields | None


def read_member_form(s: Session, member_id: int | None) -> MemberForm:
    rows = networks.list_networks(s)
    if member_id is None:
        return MemberForm(rows, {}, None)
    member = members.get_member(s, member_id)
    own = {ms.network_id: ms.is_coordinator for ms in member.memberships}
    return MemberForm(rows, own, MemberFields.of(member))


class MemberDialog(QDialog):
    """``member_id`` None: a new member (optionally pre-set to ``network_id``).

    The member and the networks are read in the background: ``loaded`` says they are shown.
    """

    saved = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        desk: Desk,
        member_id: int | None = None,
        network_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.member_id = member_id
        self.editable = desk.can(Permission.MANAGE_MEMBERS)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.memberships = MembershipModel(self)
        view = self.ui.networks_view
        view.setModel(self.memberships)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)

        for code, label in (
            ("nl", self.tr("Nederlands")),
            ("fr", self.tr("Frans")),
            ("en", self.tr("Engels")),
            ("de", self.tr("Duits")),
        ):
            self.ui.language_combo.addItem(label, code)
        for code, label in (
            (MemberStatus.ACTIVE, i18n.label(MemberStatus.ACTIVE)),
            (MemberStatus.PAUSED, self.tr("gepauzeerd (tijdelijk geen berichten)")),
            (MemberStatus.LEFT, self.tr("uitgeschreven (geen berichten meer)")),
        ):
            self.ui.status_combo.addItem(label, str(code))
        for code, label in (
            ("sms", self.tr("sms")),
            ("email", self.tr("e-mail")),
            ("both", self.tr("sms en e-mail")),
        ):
            self.ui.channel_combo.addItem(label, code)
        for method in (
            self.tr("inschrijvingsformulier"),
            self.tr("aan de balie"),
            self.tr("per e-mail"),
            self.tr("inschrijvingslijst van de coördinator"),
        ):
            self.ui.consent_method_combo.addItem(method)
        self.ui.consent_method_combo.lineEdit().setPlaceholderText(
            self.tr("(nog geen toestemming)")
        )
        self.ui.consent_date_edit.setMaximumDate(QDate.currentDate())
        self.ui.consent_date_edit.setDate(QDate.currentDate())

        self.save_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.mobile_edit.textChanged.connect(self._mobile_changed)
        self.ui.mobile_edit.editingFinished.connect(self._mobile_finished)
        self.ui.last_name_edit.textChanged.connect(self._validate)
        self.ui.email_edit.textChanged.connect(self._email_changed)
        self.ui.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.ui.consent_method_combo.currentTextChanged.connect(self._consent_changed)
        self.memberships.dataChanged.connect(self._validate)
        self._consent_at: dt.datetime | None = None
        self._opted_out = False
        self._email_member: MemberFields | None = None
        self._ready = False  # the member and the networks are shown

        if not self.editable:
            self._make_read_only()
        self._network_id = network_id
        self._validate()
        member_id = self.member_id
        self.desk.query(
            "member", lambda s: read_member_form(s, member_id), owner=self, on_done=self._loaded
        )

    # --- loading ------------------------------------------------------------------------

    def _loaded(self, form: MemberForm) -> None:
        rows, own = form.networks, dict(form.own)
        if form.member is not None:
            self._fill(form.member)
        else:
            self.setWindowTitle(self.tr("Nieuw lid"))
            if self._network_id is not None:
                own = {self._network_id: False}
        choices = []
        for r in rows:
            if not r.active and r.id not in own:
                continue
            coordinator_elsewhere = "" if own.get(r.id) else r.coordinator
            choices.append(
                MembershipChoice(
                    network_id=r.id,
                    network_name=r.name,
                    active=r.active,
                    member=r.id in own,
                    coordinator=own.get(r.id, False),
                    current_coordinator=coordinator_elsewhere,
                )
            )
        self.memberships.set_choices(choices, editable=self.editable)
        self._ready = True
        self._mobile_changed(self.ui.mobile_edit.text())
        self._email_changed(self.ui.email_edit.text())
        self._consent_changed(self.ui.consent_method_combo.currentText())
        self._validate()
        self.loaded.emit()

    def _fill(self, member: MemberFields) -> None:
        self.setWindowTitle(self.tr("Lid: {name}").format(name=member.full_name))
        self.ui.first_name_edit.setText(member.first_name)
        self.ui.last_name_edit.setText(member.last_name)
        self.ui.street_edit.setText(member.street)
        self.ui.house_number_edit.setText(member.house_number)
        self.ui.postal_code_edit.setText(member.postal_code)
        self.ui.municipality_edit.setText(member.municipality)
        self.ui.mobile_edit.setText(display_mobile(member.mobile))
        self.ui.email_edit.setText(member.email)
        self.ui.channel_combo.setCurrentIndex(
            max(0, self.ui.channel_combo.findData(member.channel))
        )
        self.ui.email_consent_check.setChecked(
            member.email_consent_at is not None and member.email_opted_out_at is None
        )
        self._email_member = member
        self.ui.language_combo.setCurrentIndex(
            max(0, self.ui.language_combo.findData(member.language))
        )
        self.ui.status_combo.setCurrentIndex(max(0, self.ui.status_combo.findData(member.status)))
        self.ui.consent_method_combo.setCurrentText(member.consent_method)
        self._consent_at = member.consent_at
        if member.consent_at is not None:
            local = member.consent_at.astimezone().date()
            self.ui.consent_date_edit.setDate(QDate(local.year, local.month, local.day))
        self._opted_out = member.opted_out_at is not None
        if member.opted_out_at is not None:
            self.ui.opt_out_label.setText(
                self.tr(
                    "Afgemeld op {date}: krijgt geen berichten meer. Gebruik 'Opnieuw "
                    "aanmelden' op de ledenlijst als het lid opnieuw toestemming geeft."
                ).format(date=member.opted_out_at.astimezone().strftime("%d/%m/%Y"))
            )

    def _make_read_only(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for widget in (
            self.ui.language_combo,
            self.ui.status_combo,
            self.ui.consent_method_combo,
            self.ui.consent_date_edit,
            self.ui.channel_combo,
            self.ui.email_consent_check,
        ):
            widget.setEnabled(False)
        self.save_button.setVisible(False)
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Sluiten"))
        self.ui.message_label.setStyleSheet("")
        self.ui.message_label.setText(
            self.tr("U kunt dit lid bekijken maar niet wijzigen (uw rol: {role}).").format(
                role=self.desk.actor.role.value
            )
        )

    # --- live validation -------------------------------------------------------------------

    def _channel(self) -> str:
        return str(self.ui.channel_combo.currentData() or "sms")

    def _channel_changed(self, *_args: object) -> None:
        self._mobile_changed(self.ui.mobile_edit.text())

    def _email_changed(self, text: str) -> None:
        has = bool(text.strip())
        self.ui.email_consent_check.setEnabled(has and self.editable)
        label = self.ui.email_status_label
        member = self._email_member
        same = member is not None and member.email.lower() == text.strip().lower()
        if has and not email_looks_valid(text):
            label.setStyleSheet(ERROR_STYLE)
            label.setText(self.tr("Dit e-mailadres is ongeldig."))
        elif same and member is not None and member.email_invalid_at is not None:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(
                self.tr(
                    "Onbestelbaar sinds {date}: {reason} Dit lid krijgt geen e-mail tot het "
                    "adres gewijzigd is."
                ).format(
                    date=member.email_invalid_at.astimezone().strftime("%d/%m/%Y"),
                    reason=member.email_invalid_reason,
                )
            )
        elif same and member is not None and member.email_opted_out_at is not None:
            label.setStyleSheet(WARN_STYLE)
            label.setText(
                self.tr(
                    "Uitgeschreven voor e-mail op {date}. Vink de toestemming alleen opnieuw "
                    "aan als het lid dat zelf vraagt."
                ).format(date=member.email_opted_out_at.astimezone().strftime("%d/%m/%Y"))
            )
        else:
            label.setStyleSheet("")
            label.setText("")
        label.setVisible(bool(label.text()))  # no empty row under the address
        self._mobile_changed(self.ui.mobile_edit.text())

    def _mobile_changed(self, text: str) -> None:
        label = self.ui.mobile_feedback_label
        if not text.strip() and self._channel() == "email" and self.ui.email_edit.text().strip():
            label.setStyleSheet("")
            label.setText(self.tr("Geen gsm-nummer: dit lid krijgt alles per e-mail."))
        elif not text.strip():
            label.setStyleSheet(ERROR_STYLE)
            label.setText(self.tr("Een gsm-nummer is nodig om sms'en te ontvangen."))
        else:
            try:
                number = parse_mobile(text)
            except InvalidPhoneNumber as exc:
                label.setStyleSheet(ERROR_STYLE)
                label.setText(str(exc))
            else:
                if number.warning:
                    label.setStyleSheet(WARN_STYLE)
                    label.setText(number.warning)
                else:
                    label.setStyleSheet(OK_STYLE)
                    label.setText(
                        self.tr("✓ {display} (opgeslagen als {e164})").format(
                            display=number.display(), e164=number.e164
                        )
                    )
        self._validate()

    def _mobile_finished(self) -> None:
        """Show the number in its normal form once the operator leaves the field."""
        try:
            number = parse_mobile(self.ui.mobile_edit.text())
        except InvalidPhoneNumber:
            return
        if self.editable and self.ui.mobile_edit.text() != number.display():
            self.ui.mobile_edit.setText(number.display())

    def _consent_changed(self, text: str) -> None:
        given = bool(text.strip())
        self.ui.consent_date_edit.setEnabled(given and self.editable)
        if not self._opted_out:
            self.ui.opt_out_label.setText(
                "" if given else self.tr("Zonder toestemming krijgt dit lid geen berichten.")
            )

    def mobile_is_valid(self) -> bool:
        text = self.ui.mobile_edit.text()
        if not text.strip() and self._channel() == "email":
            return True  # an address alone will do
        try:
            parse_mobile(text)
        except InvalidPhoneNumber:
            return False
        return True

    def _validate(self) -> None:
        if not self.editable:
            return
        problems = []
        if not self.ui.last_name_edit.text().strip():
            problems.append(self.tr("vul de naam in"))
        if not self.mobile_is_valid():
            problems.append(self.tr("vul een geldig gsm-nummer in"))
        email = self.ui.email_edit.text().strip()
        if email and not email_looks_valid(email):
            problems.append(self.tr("vul een geldig e-mailadres in"))
        elif not email and self._channel() in ("email", "both"):
            problems.append(self.tr("vul een e-mailadres in (berichten via e-mail)"))
        if not self.memberships.chosen_network_ids():
            problems.append(self.tr("vink minstens één netwerk aan"))
        self.save_button.setEnabled(not problems and self._ready)
        self.ui.message_label.setText(
            self.tr("Nog nodig: {list}.").format(list=", ".join(problems)) if problems else ""
        )

    # --- saving -----------------------------------------------------------------------------

    def member_input(self) -> members.MemberInput:
        method = self.ui.consent_method_combo.currentText().strip()
        consent_at = None
        if method:
            day = self.ui.consent_date_edit.date().toPython()
            assert isinstance(day, dt.date)
            unchanged = self._consent_at is not None and self._consent_at.astimezone().date() == day
            consent_at = self._consent_at if unchanged else consent_datetime(day)
        return members.MemberInput(
            first_name=self.ui.first_name_edit.text(),
            last_name=self.ui.last_name_edit.text(),
            street=self.ui.street_edit.text(),
            house_number=self.ui.house_number_edit.text(),
            postal_code=self.ui.postal_code_edit.text(),
            municipality=self.ui.municipality_edit.text(),
            mobile=self.ui.mobile_edit.text(),
            email=self.ui.email_edit.text(),
            channel=self._channel(),
            email_consent=self.ui.email_consent_check.isChecked()
            and bool(self.ui.email_edit.text().strip()),
            language=self.ui.language_combo.currentData(),
            status=self.ui.status_combo.currentData(),
            consent_method=method,
            consent_at=consent_at,
        )

    def save(self) -> None:
        if not self.editable or not self._ready:
            return
        try:
            data = self.member_input().cleaned()
        except BindeskError as exc:
            self._refused(str(exc))
            return
        self.save_button.setEnabled(False)
        self.desk.write(
            "member save",
            self._writer(data),
            owner=self,
            changes=Change.NETWORKS,  # the members page reloads the member's row itself
            on_done=self._written,
            on_error=self._refused,
        )

    def _refused(self, message: str) -> None:
        self.ui.message_label.setStyleSheet(ERROR_STYLE)
        self.ui.message_label.setText(message)
        self._validate()

    def _written(self, member_id: int) -> None:
        self.member_id = member_id
        self.saved.emit(member_id)
        self.accept()

    def _writer(self, data: members.MemberInput) -> Callable[[Session], int]:
        chosen = self.memberships.chosen_network_ids()
        wanted_coordinator = set(self.memberships.coordinator_network_ids())
        actor, member_id = self.desk.actor, self.member_id

        def write(s: Session) -> int:
            nets = [s.get(Network, n) for n in chosen]
            network_list = [n for n in nets if n is not None]
            if member_id is None:
                member = members.add_member(s, actor, data, network_list)
            else:
                member = members.get_member(s, member_id)
                members.update_member(s, actor, member, data, network_list)
            for ms in member.memberships:
                should = ms.network_id in wanted_coordinator
                if should and not ms.is_coordinator:
                    networks.set_coordinator(s, actor, ms.network, member)
                elif not should and ms.is_coordinator:
                    networks.set_coordinator(s, actor, ms.network, None)
            return member.id

        return write
