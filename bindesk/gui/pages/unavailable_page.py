"""An honest page for what this version cannot do yet: it says so and points to the CLI."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bindesk.gui.forms.ui_unavailable_page import Ui_UnavailablePage


class UnavailablePage(QWidget):
    def __init__(self, title: str, notice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnavailablePage()
        self.ui.setupUi(self)
        self.ui.title_label.setText(title)
        self.ui.notice_label.setText(notice)

    def refresh(self) -> None:
        """Nothing to load."""
