"""Admin dialogs for operators, and the dialog to change a password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bindesk.domain.errors import BindeskError
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_operator_dialog import Ui_OperatorDialog
from bindesk.gui.forms.ui_password_dialog import Ui_PasswordDialog
from bindesk.gui.models.operator_model import role_help, role_labels
from bindesk.services import operators
from bindesk.services.operators import Role


class OperatorDialog(QDialog):
    """A new operator (``operator_id`` None) or changes to one: name, role, active."""

    saved = Signal(int)

    def __init__(
        self, desk: Desk, operator_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.operator_id = operator_id
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        for role, label in role_labels().items():
            self.ui.role_combo.addItem(label, role.value)
        self.ui.role_combo.currentIndexChanged.connect(self._role_changed)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Bewaren"))
        if operator_id is None:
            self.setWindowTitle(self.tr("Nieuwe gebruiker"))
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(Role.BALIE.value))
            self.ui.active_check.setVisible(False)
        else:
            with desk.db.read_session() as s:
                op = operators.get_operator(s, operator_id)
                username, name, role, active = op.username, op.display_name, op.role, op.active
            self.setWindowTitle(self.tr("Gebruiker: {name}").format(name=username))
            self.ui.username_edit.setText(username)
            self.ui.username_edit.setReadOnly(True)
            self.ui.display_name_edit.setText(name)
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(role))
            self.ui.active_check.setChecked(active)
            for widget in (
                self.ui.password_label,
                self.ui.password_edit,
                self.ui.repeat_label,
                self.ui.repeat_edit,
            ):
                widget.setVisible(False)
        self._role_changed()

    def _role_changed(self, *_args: object) -> None:
        role = Role(self.ui.role_combo.currentData())
        self.ui.role_help_label.setText(role_help()[role])

    def save(self) -> None:
        actor = self.desk.actor
        role = self.ui.role_combo.currentData()
        try:
            with self.desk.db.session() as s:
                if self.operator_id is None:
                    if self.ui.password_edit.text() != self.ui.repeat_edit.text():
                        self.ui.message_label.setText(
                            self.tr("De twee wachtwoorden zijn niet gelijk.")
                        )
                        return
                    op = operators.create_operator(
                        s,
                        actor,
                        username=self.ui.username_edit.text(),
                        display_name=self.ui.display_name_edit.text(),
                        role=role,
                        password=self.ui.password_edit.text(),
                    )
                else:
                    op = operators.get_operator(s, self.operator_id)
                    operators.update_operator(
                        s,
                        actor,
                        op,
                        display_name=self.ui.display_name_edit.text(),
                        role=role,
                        active=self.ui.active_check.isChecked(),
                    )
                operator_id = op.id
        except BindeskError as exc:
            self.ui.message_label.setText(str(exc))
            return
        self.operator_id = operator_id
        self.saved.emit(operator_id)
        self.accept()


class PasswordDialog(QDialog):
    """Change one's own password, or (admin, ``operator_id`` given) set someone else's."""

    changed = Signal()

    def __init__(
        self, desk: Desk, operator_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.operator_id = operator_id
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        if operator_id is None:
            self.ui.intro_label.setText(
                self.tr("Wachtwoord van {name} ({user}) wijzigen.").format(
                    name=desk.actor.display_name, user=desk.actor.username
                )
            )
        else:
            with desk.db.read_session() as s:
                username = operators.get_operator(s, operator_id).username
            self.setWindowTitle(self.tr("Wachtwoord herstellen"))
            self.ui.intro_label.setText(
                self.tr(
                    "Nieuw wachtwoord voor {user}. Geef het persoonlijk door; de gebruiker "
                    "kan het daarna zelf wijzigen."
                ).format(user=username)
            )
            self.ui.old_password_label.setVisible(False)
            self.ui.old_password_edit.setVisible(False)

    def save(self) -> None:
        new = self.ui.new_password_edit.text()
        if new != self.ui.repeat_edit.text():
            self.ui.message_label.setText(self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."))
            return
        try:
            with self.desk.db.session() as s:
                if self.operator_id is None:
                    operators.change_own_password(
                        s, self.desk.actor, self.ui.old_password_edit.text(), new
                    )
                else:
                    operators.reset_password(
                        s, self.desk.actor, operators.get_operator(s, self.operator_id), new
                    )
        except BindeskError as exc:
            self.ui.message_label.setText(str(exc))
            return
        self.changed.emit()
        self.accept()
