"""Instellingen: own password for everyone; language, idle lock, operators and this PC's
modems (:mod:`bindesk.gui.pages.modem_section`) for admins."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy.orm import Session

from bindesk.gui.desk import Desk, desk_action
from bindesk.gui.dialogs.operator_dialogs import OperatorDialog, PasswordDialog
from bindesk.gui.forms.ui_settings_page import Ui_SettingsPage
from bindesk.gui.models.operator_model import ID_ROLE, OperatorTableModel, role_help, role_labels
from bindesk.gui.operations import Change
from bindesk.gui.pages.mail_section import MailSection
from bindesk.gui.pages.modem_section import ModemSection
from bindesk.gui.sending import SendingBridge
from bindesk.services import operators, settings
from bindesk.services.operators import OperatorRow, Permission


class SettingsPage(QWidget):
    loaded = Signal()
    saved = Signal()

    def __init__(
        self, desk: Desk, sending: SendingBridge | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        actor = desk.actor
        self.ui.account_label.setText(
            self.tr("Ingelogd als {name} ({user}), rol {role}.").format(
                name=actor.display_name, user=actor.username, role=role_labels()[actor.role]
            )
        )
        for code, label in settings.LANGUAGES.items():
            self.ui.language_combo.addItem(label, code)
        self.ui.idle_spin.setRange(settings.MIN_IDLE_MINUTES, settings.MAX_IDLE_MINUTES)
        self.ui.roles_label.setText("\n".join(role_help().values()))
        self.model = OperatorTableModel(self)
        view = self.ui.operators_view
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.doubleClicked.connect(self.edit_operator)

        self.ui.desk_group.setEnabled(desk.can(Permission.SETTINGS))
        self.ui.save_settings_button.setVisible(desk.can(Permission.SETTINGS))
        self.ui.operators_group.setVisible(desk.can(Permission.MANAGE_OPERATORS))
        self.ui.change_password_button.clicked.connect(self.change_password)
        self.ui.save_settings_button.clicked.connect(self.save_settings)
        self.ui.add_operator_button.clicked.connect(self.add_operator)
        self.ui.edit_operator_button.clicked.connect(self.edit_operator)
        self.ui.reset_password_button.clicked.connect(self.reset_password)
        self.dialog: OperatorDialog | PasswordDialog | None = None
        self.modem_section: ModemSection | None = None
        self.mail_section: MailSection | None = None
        if desk.can(Permission.SETTINGS):
            self.modem_section = ModemSection(desk, sending, self)
            self.modem_section.setObjectName("modem_section")
            self.ui.general_layout.addWidget(self.modem_section)
            self.mail_section = MailSection(desk, sending.mailer if sending else None, self)
            self.mail_section.setObjectName("mail_section")
            self.ui.sections_tabs.addTab(self.mail_section, self.tr("E-mail"))
        self.ui.sections_tabs.tabBar().setVisible(self.ui.sections_tabs.count() > 1)
        self._update_buttons()

    def refresh(self) -> None:
        actor = self.desk.actor
        manage = self.desk.can(Permission.MANAGE_OPERATORS)

        def work(s: Session) -> tuple[settings.DeskSettings, list[OperatorRow]]:
            rows = operators.list_operators(s, actor) if manage else []
            return settings.desk_settings(s), rows

        self.desk.query("settings", work, owner=self, on_done=self._loaded)
        if self.modem_section is not None:
            self.modem_section.refresh()
        if self.mail_section is not None:
            self.mail_section.refresh()

    def show_mail_section(self) -> None:
        if self.mail_section is not None:
            self.ui.sections_tabs.setCurrentWidget(self.mail_section)

    def _loaded(self, result: tuple[settings.DeskSettings, list[OperatorRow]]) -> None:
        current, rows = result
        self.ui.language_combo.setCurrentIndex(
            max(0, self.ui.language_combo.findData(current.language))
        )
        self.ui.idle_spin.setValue(current.idle_lock_minutes)
        self.model.set_rows(rows)
        self._update_buttons()
        self.loaded.emit()

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()

    def selected_operator_id(self) -> int | None:
        rows = self.ui.operators_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_operator(self, operator_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == operator_id:
                self.ui.operators_view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_operator_id() is not None
        self.ui.edit_operator_button.setEnabled(chosen)
        self.ui.reset_password_button.setEnabled(chosen)

    @desk_action
    def save_settings(self) -> None:
        actor = self.desk.actor
        language, minutes = self.ui.language_combo.currentData(), self.ui.idle_spin.value()

        def write(s: Session) -> None:
            settings.set_language(s, actor, language)
            settings.set_idle_lock_minutes(s, actor, minutes)

        self.desk.write("settings", write, owner=self, changes=Change.SETTINGS, on_done=self._saved)

    def _saved(self, _none: None) -> None:
        self.desk.say(self.tr("Instellingen bewaard."))
        self.saved.emit()

    def change_password(self) -> None:
        self.dialog = PasswordDialog(self.desk, None, self)
        self.dialog.changed.connect(lambda: self.desk.say(self.tr("Wachtwoord gewijzigd.")))
        self.dialog.open()

    def add_operator(self) -> None:
        self._open_operator(None)

    def edit_operator(self, *_args: object) -> None:
        operator_id = self.selected_operator_id()
        if operator_id is not None:
            self._open_operator(self.model.row_by_id(operator_id))

    def _open_operator(self, operator: OperatorRow | None) -> None:
        self.dialog = OperatorDialog(self.desk, operator, self)
        self.dialog.saved.connect(self._operator_saved)
        self.dialog.open()

    def _operator_saved(self, operator_id: int) -> None:
        self.loaded.connect(
            lambda: self.select_operator(operator_id), Qt.ConnectionType.SingleShotConnection
        )
        self.refresh()

    def reset_password(self) -> None:
        operator_id = self.selected_operator_id()
        if operator_id is None:
            return
        self.dialog = PasswordDialog(self.desk, self.model.row_by_id(operator_id), self)
        self.dialog.open()
