"""The one error dialog, and the crash dialog behind the global excepthook."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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


def show_crash_dialog(log_path: Path, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Onverwachte fout"))
    box.setText(crash_text(log_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class CrashHandler(QObject):
    """The global excepthook: log the traceback, then show the crash dialog once at a time."""

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self._showing = False
        self._previous = sys.excepthook

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
        self.report()

    @Slot(object)
    def report_exception(self, exc: object) -> None:
        """For errors already logged elsewhere (background tasks)."""
        self.report()

    def report(self) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            show_crash_dialog(self.log_path, QApplication.activeWindow())
        finally:
            self._showing = False
