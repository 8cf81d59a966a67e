"""Who is at the desk: log in, or create the first admin on a new database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bindesk.db.engine import Database
from bindesk.domain.errors import BindeskError
from bindesk.gui.forms.ui_login_dialog import Ui_LoginDialog
from bindesk.gui.forms.ui_setup_admin_dialog import Ui_SetupAdminDialog
from bindesk.gui.operations import refuse_on_gui_thread
from bindesk.gui.tasks import Progress, TaskRunner
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
        ok.setText(self.tr("&Inloggen"))
        self.ui.button_box.accepted.connect(self.log_in)
        self.ui.button_box.rejected.connect(self.reject)

        self.tasks = TaskRunner(self, max_threads=1)
        db.session_guard = refuse_on_gui_thread

    def log_in(self) -> None:
        """Check the password off the GUI thread (argon2); a failed login is audited too."""
        db, username, password = self.db, self.ui.username_edit.text(), self.ui.password_edit.text()

        def work(_p: Progress) -> Actor | str:
            with db.session() as s:
                try:
                    return operators.authenticate(s, username, password)
                except BindeskError as exc:
                    return str(exc)  # committed: the failed attempt stays on record

        self.ui.button_box.setEnabled(False)
        self.tasks.submit("log in", work, on_done=self._checked)

    def _checked(self, outcome: Actor | str) -> None:
        self.ui.button_box.setEnabled(True)
        if isinstance(outcome, str):
            self.ui.message_label.setText(outcome)
            self.ui.password_edit.clear()
            self.ui.password_edit.setFocus()
            return
        self.actor = outcome
        self.accept()


class SetupAdminDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_SetupAdminDialog()
        self.ui.setupUi(self)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Hoofdgebruiker &aanmaken"))
        self.ui.button_box.accepted.connect(self.create)
        self.ui.button_box.rejected.connect(self.reject)
        self.tasks = TaskRunner(self, max_threads=1)
        db.session_guard = refuse_on_gui_thread

    def create(self) -> None:
        password = self.ui.password_edit.text()
        if password != self.ui.repeat_edit.text():
            self.ui.message_label.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
            return
        db, username, display_name = (
            self.db,
            self.ui.username_edit.text(),
            (self.ui.display_name_edit.text()),
        )

        def work(_p: Progress) -> Actor:
            with db.session() as s:
                operators.create_operator(
                    s,
                    None,
                    username=username,
                    display_name=display_name,
                    role="admin",
                    password=password,
                )
            with db.session() as s:
                return operators.authenticate(s, username, password)

        self.ui.button_box.setEnabled(False)
        self.tasks.submit("first admin", work, on_done=self._created, on_error=self._refused)

    def _refused(self, message: str) -> None:
        self.ui.button_box.setEnabled(True)
        self.ui.message_label.setText(message)

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()


def _short(db: Database) -> str:
    path = db.sqlite_path
    return str(path) if path is not None else db.engine.url.render_as_string(hide_password=True)
