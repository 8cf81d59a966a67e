"""The desk locks itself after a quiet spell and asks the same operator's password again.

Nothing is closed: open dialogs and what was typed in them stay as they were, under a
lock screen that covers the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy.orm import Session

from bindesk.domain.errors import BindeskError
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_lock_dialog import Ui_LockDialog
from bindesk.services import operators

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard or mouse input in the app."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle)
        self._running = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False
        self.timer.stop()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self.timer.setInterval(timeout_ms)
        if self._running:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._running:
            self.timer.start()
        return False


class LockDialog(QDialog):
    """Covers the screen; only the logged-in operator's password (or quitting) gets past it."""

    unlocked = Signal()

    def __init__(self, desk: Desk, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.desk = desk
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet(
            "LockDialog { background: #23395d; }"
            " QFrame#lock_frame { background: #2f4a75; border: 1px solid #f0a020; }"
            " QLabel { color: #ffffff; }"
        )
        self.ui.who_label.setText(
            self.tr(
                "{reason}\n\nIngelogd: {name} ({user}). Uw open werk blijft bewaard. Geef uw "
                "wachtwoord om verder te werken."
            ).format(reason=reason, name=desk.actor.display_name, user=desk.actor.username)
        )
        self.ui.unlock_button.clicked.connect(self.try_unlock)
        self.ui.password_edit.returnPressed.connect(self.try_unlock)
        self.ui.quit_button.clicked.connect(QApplication.quit)
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        if screen is not None:
            self.setGeometry(screen.geometry())

    def try_unlock(self) -> None:
        """Check the password off the GUI thread (argon2); a refusal is audited too."""
        actor, password = self.desk.actor, self.ui.password_edit.text()
        self.ui.unlock_button.setEnabled(False)

        def work(s: Session) -> str | None:
            try:
                operators.unlock(s, actor, password)
            except BindeskError as exc:
                return str(exc)  # committed: the failed attempt stays in the audit trail
            return None

        self.desk.write("unlock", work, owner=self, on_done=self._checked)

    def _checked(self, refused: str | None) -> None:
        self.ui.unlock_button.setEnabled(True)
        if refused is not None:
            self.ui.message_label.setText(refused)
            self.ui.password_edit.clear()
            return
        self.unlocked.emit()
        self.accept()

    def reject(self) -> None:
        """Escape does not unlock."""

    def closeEvent(self, event: QEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
