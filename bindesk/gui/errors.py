"""The one error dialog, and the crash dialog behind the global excepthook."""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from bindesk import __version__
from bindesk.gui.forms.ui_crash_dialog import Ui_CrashDialog

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Shows refusals (Dutch ``BindeskError`` messages) in one non-blocking dialog.

    A second message while the dialog is open is added to it instead of stacking
    a new window on top.
    """

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._box: QMessageBox | None = None
        self.messages: list[str] = []  # everything shown since the dialog was last closed

    @property
    def box(self) -> QMessageBox | None:
        return self._box

    @Slot(str)
    def show_error(self, message: str) -> None:
        log.info("refused: %s", message)
        if self._box is not None and self._box.isVisible():
            self.messages.append(message)
            self._box.setText("\n\n".join(self.messages))
            return
        self.messages = [message]
        box = QMessageBox(self._parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("errors", "Niet gelukt"))
        box.setText(message)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self._box = box
        box.open()

    @Slot()
    def _closed(self) -> None:
        self._box = None
        self.messages = []


def crash_text(log_path: Path) -> str:
    return QCoreApplication.translate(
        "errors",
        "Er liep iets onverwacht mis in bindesk. Uw gegevens in de database zijn bewaard "
        "tot aan de laatste bevestigde handeling.\n\n"
        "De technische details staan in het logbestand:\n{path}\n\n"
        "Stuur dat bestand naar de beheerder. U kunt verder werken, maar herstart bindesk "
        "als het venster zich vreemd gedraagt.",
    ).format(path=log_path)


def crash_details(exc: BaseException | None, log_path: Path) -> str:
    """What the administrator needs: version, platform, time, log file and the traceback."""
    lines = [
        f"bindesk {__version__} · Python {platform.python_version()} · {platform.platform()}",
        f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z} · log: {log_path}",
        "",
    ]
    if exc is not None:
        lines += traceback.format_exception(type(exc), exc, exc.__traceback__)
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Dutch, non-blocking: the desk keeps running behind it. A second crash while it is
    open adds its details instead of stacking another window."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.message_label.setText(crash_text(log_path))
        self.ui.copy_button.clicked.connect(self.copy_details)
        self.ui.close_button.clicked.connect(self.accept)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def add_details(self, details: str) -> None:
        current = self.ui.details_edit.toPlainText()
        self.ui.details_edit.setPlainText(f"{current}\n\n{details}" if current else details)

    def details(self) -> str:
        return self.ui.details_edit.toPlainText()

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.ui.copied_label.setText(self.tr("Gekopieerd: plak ze in uw e-mail aan de beheerder."))


class CrashHandler(QObject):
    """The global excepthook: log the traceback, then show the crash dialog (one at a time).

    PySide6 hands an exception raised in a slot to ``sys.excepthook`` and carries on, so the
    window keeps running: the dialog says so, and restarting is the operator's choice."""

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self._previous = sys.excepthook
        self.dialog: CrashDialog | None = None

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    @Slot(object)
    def report_exception(self, exc: object) -> None:
        """For errors already logged elsewhere (background tasks)."""
        self.report(exc if isinstance(exc, BaseException) else None)

    def report(self, exc: BaseException | None = None) -> None:
        if QApplication.instance() is None:
            return
        details = crash_details(exc, self.log_path)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        dialog = CrashDialog(self.log_path, QApplication.activeWindow())
        dialog.add_details(details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _closed(self) -> None:
        self.dialog = None
