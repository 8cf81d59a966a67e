"""Who is at the desk: log in, or create the first admin on a new database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bindesk.db.engine import Database
from bindesk.domain.errors import BindeskError
from bindesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from bindesk.gui.forms.ui_setup_admin_dialog import Ui_SetupAdminDialog
from bindesk.services import operators
from bindesk.services.operators import Actor


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.database_label.setText(self.tr("Database: {url}").format(url=_short(db)))
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Aanmelden"))
        self.ui.button_box.accepted.connect(self.log_in)
        self.ui.button_box.rejected.connect(self.reject)

    def log_in(self) -> None:
        refused: BindeskError | None = None
        with self.db.session() as s:  # a failed login is audited too: commit, then say so
            try:
                self.actor = operators.authenticate(
                    s, self.ui.username_edit.text(), self.ui.password_edit.text()
                )
            except BindeskError as exc:
                refused = exc
        if refused is not None:
            self.ui.message_label.setText(str(refused))
            self.ui.password_edit.clear()
            self.ui.password_edit.setFocus()
            return
        self.accept()


class SetupAdminDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_SetupAdminDialog()
        self.ui.setupUi(self)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Beheerder &aanmaken"))
        self.ui.button_box.accepted.connect(self.create)
        self.ui.button_box.rejected.connect(self.reject)

    def create(self) -> None:
        password = self.ui.password_edit.text()
        if password != self.ui.repeat_edit.text():
            self.ui.message_label.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        username = self.ui.username_edit.text()
        try:
            with self.db.session() as s:
                operators.create_operator(
                    s,
                    None,
                    username=username,
                    display_name=self.ui.display_name_edit.text(),
                    role="admin",
                    password=password,
                )
            with self.db.session() as s:
                self.actor = operators.authenticate(s, username, password)
        except BindeskError as exc:
            self.ui.message_label.setText(str(exc))
            return
        self.accept()


def _short(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path is not None else db.engine.url.render_as_string(hide_password=True)
