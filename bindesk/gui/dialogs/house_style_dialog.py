"""Huisstijl: the zone's name, contact, colours and logo on every newsletter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_house_style_dialog import Ui_HouseStyleDialog
from bindesk.gui.operations import Change
from bindesk.pdf.document import Style
from bindesk.services import newsletter

FIELDS = ("zone_name", "zone_phone", "zone_email", "zone_website", "primary", "accent")


class HouseStyleDialog(QDialog):
    saved = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_HouseStyleDialog()
        self.ui.setupUi(self)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Bewaren"))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.logo_button.clicked.connect(self.choose_logo)
        self.ui.button_box.setEnabled(False)
        desk.query("house-style", newsletter.house_style, owner=self, on_done=self._loaded)

    def _loaded(self, style: Style) -> None:
        self.ui.button_box.setEnabled(True)
        for name in FIELDS:
            getattr(self.ui, f"{name}_edit").setText(getattr(style, name))
        default = config.resource("newsletter", "logo.png")
        self._logo = "" if style.logo in (None, default) else str(style.logo)
        self.ui.logo_edit.setText(self._logo)

    def choose_logo(self) -> None:
        path = ask.open_file(
            self, self.tr("Logo kiezen"), self.tr("Afbeeldingen (*.png *.jpg *.jpeg)")
        )
        if path:
            self.ui.logo_edit.setText(path)

    def save(self) -> None:
        changes = {name: getattr(self.ui, f"{name}_edit").text() for name in FIELDS}
        logo = self.ui.logo_edit.text().strip()
        if logo and logo != self._logo:
            changes["logo"] = logo
        actor, reset = self.desk.actor, not logo and bool(self._logo)

        def work(s: Session) -> None:
            newsletter.set_house_style(s, actor, **changes)
            if reset:  # emptied: back to the shipped logo
                newsletter.reset_logo(s, actor)

        self.ui.button_box.setEnabled(False)
        self.desk.write(
            "house-style-save",
            work,
            owner=self,
            changes=Change.SETTINGS,
            on_done=self._saved,
            on_error=self._refused,
        )

    def _refused(self, message: str) -> None:
        self.ui.button_box.setEnabled(True)
        self.ui.message_label.setText(message)

    def _saved(self, _result: None) -> None:
        self.desk.say(self.tr("Huisstijl bewaard."))
        self.saved.emit()
        self.accept()
