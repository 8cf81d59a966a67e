"""Every blocking question the desk asks, in one place.

Confirmations and file choosers block in a nested event loop. Keeping them here
gives the tests one seam to answer them (``monkeypatch.setattr(ask, "confirm", ...)``);
an unexpected one fails the test at once (see tests/gui/conftest.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    action: str,
    *,
    cancel: str | None = None,
    default_go: bool = False,
) -> bool:
    """Ask yes/no; ``action`` is the label of the button that goes ahead, ``cancel`` the
    other's (else "Annuleren"). Enter answers the default: the safe "no" unless
    ``default_go`` (when going ahead is what nearly everyone asked wants)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        cancel or QCoreApplication.translate("ask", "Annuleren"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(go if default_go else no)
    box.exec()
    return box.clickedButton() is go


def open_file(parent: QWidget | None, title: str, filters: str) -> str:
    """A file to read; '' when the operator cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A file to write; '' when the operator cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def choose_folder(parent: QWidget | None, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
    """One line of text; None when the operator cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, text=default)
    return value if ok else None


def print_setup(parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog for ``printer``; False when the operator cancelled."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
