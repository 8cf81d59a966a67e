"""Huisstijl: the zone's name, contact, colours and logo on every newsletter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bindesk import config
from bindesk.domain.errors import BindeskError
from bindesk.gui import ask
from bindesk.gui.desk import Desk
from bindesk.gui.forms.ui_house_style_dialog import Ui_HouseStyleDialog
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
        with desk.db.read_session() as s:
            style = newsletter.house_style(s)
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
        try:
            with self.desk.db.session() as s:
                newsletter.set_house_style(s, self.desk.actor, **changes)
                if not logo and self._logo:  # emptied: back to the shipped logo
                    newsletter.reset_logo(s, self.desk.actor)
        except BindeskError as exc:
            self.ui.message_label.setText(str(exc))
            return
        self.desk.notify("audit")
        self.desk.say(self.tr("Huisstijl bewaard."))
        self.saved.emit()
        self.accept()
