"""Admin dialogs for operators, and the dialog to change a password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_operator_dialog import Ui_OperatorDialog
from bindesk.gui.forms.ui_password_dialog import Ui_PasswordDialog
from bindesk.gui.models.operator_model import role_help, role_labels
from bindesk.gui.operations import Change
from bindesk.services import operators
from bindesk.services.operators import OperatorRow, Role


class OperatorDialog(QDialog):
    """A new operator (``operator`` None) or changes to one (as listed): name, role, active."""

    saved = Signal(int)

    def __init__(
        self, desk: Desk, operator: OperatorRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.operator_id = operator.id if operator is not None else None
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        for role, label in role_labels().items():
            self.ui.role_combo.addItem(label, role.value)
        self.ui.role_combo.currentIndexChanged.connect(self._role_changed)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Bewaren"))
        if operator is None:
            self.setWindowTitle(self.tr("Nieuwe gebruiker"))
            self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(Role.BALIE.value))
            self.ui.active_check.setVisible(False)
        else:
            username, name = operator.username, operator.display_name
            role, active = operator.role.value, operator.active
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
        actor, operator_id = self.desk.actor, self.operator_id
        role = self.ui.role_combo.currentData()
        username, password = self.ui.username_edit.text(), self.ui.password_edit.text()
        display_name, active = self.ui.display_name_edit.text(), self.ui.active_check.isChecked()
        if operator_id is None and password != self.ui.repeat_edit.text():
            self.ui.message_label.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return

        def write(s: Session) -> int:
            if operator_id is None:
                op = operators.create_operator(
                    s,
                    actor,
                    username=username,
                    display_name=display_name,
                    role=role,
                    password=password,
                )
            else:
                op = operators.get_operator(s, operator_id)
                operators.update_operator(
                    s, actor, op, display_name=display_name, role=role, active=active
                )
            s.flush()
            return op.id

        self.desk.write(
            "operator save",
            write,
            owner=self,
            changes=Change.OPERATORS,
            on_done=self._saved,
            on_error=self.ui.message_label.setText,
        )

    def _saved(self, operator_id: int) -> None:
        self.operator_id = operator_id
        self.saved.emit(operator_id)
        self.accept()


class PasswordDialog(QDialog):
    """Change one's own password, or (admin, ``operator_id`` given) set someone else's."""

    changed = Signal()

    def __init__(
        self, desk: Desk, operator: OperatorRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.operator_id = operator.id if operator is not None else None
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        if operator is None:
            self.ui.intro_label.setText(
                self.tr("Wachtwoord van {name} ({user}) wijzigen.").format(
                    name=desk.actor.display_name, user=desk.actor.username
                )
            )
        else:
            username = operator.username
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
        actor, operator_id, old = (
            self.desk.actor,
            self.operator_id,
            (self.ui.old_password_edit.text()),
        )

        def write(s: Session) -> None:
            if operator_id is None:
                operators.change_own_password(s, actor, old, new)
            else:
                operators.reset_password(s, actor, operators.get_operator(s, operator_id), new)

        self.desk.write(
            "password",
            write,
            owner=self,
            changes=Change.OPERATORS,
            on_done=self._changed,
            on_error=self.ui.message_label.setText,
        )

    def _changed(self, _none: None) -> None:
        self.changed.emit()
        self.accept()
