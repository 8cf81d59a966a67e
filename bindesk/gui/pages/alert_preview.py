"""The composer's check group as the officer types: the text as it will be sent, its SMS
count and special characters, the replacement offered for them, the "too long for one SMS"
warning of an urgent text with a shorter wording, and the privacy warning.

All on the GUI thread and instant: pure domain functions, no database. The privacy warnings
come from the page's background draft; this only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from bindesk.domain import shorten, smstext
from bindesk.gui.forms.ui_alert_page import Ui_AlertPage
from bindesk.gui.words import count
from bindesk.services import alerts


def char_name(char: str) -> str:
    """A character as the officer can recognise it: '«ë»', or its code when invisible."""
    if char.isprintable() and not char.isspace():
        return f"«{char}»"
    return f"U+{ord(char):04X}"


class AlertPreview(QObject):
    """Owns the preview, counter, special-characters, replacement, length and privacy labels
    (and the shorter-wording button's visibility) of the Alarm page's form."""

    def __init__(self, ui: Ui_AlertPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.shorter_wording: str | None = None  # offered when an urgent text needs 2 sms
        ui.privacy_label.setVisible(False)
        ui.length_label.setVisible(False)
        ui.shorter_button.setVisible(False)

    def show_text(self, text: str, kind: str, missing: Sequence[str]) -> None:
        """``text`` as typed or filled in (before the optional replacement); ``missing``
        names the tip's inputs still empty, as the officer knows them."""
        ui = self.ui
        changes = smstext.transliteration_changes(text) if not smstext.is_gsm7(text) else []
        replace = ui.transliterate_check.isChecked() and bool(changes)
        final = smstext.transliterate(text) if replace else text
        analysis = smstext.analyse(final)
        if final:
            ui.preview_label.setText(final)
            ui.preview_label.setEnabled(True)
        else:
            ui.preview_label.setText(self.tr("(nog geen tekst)"))
            ui.preview_label.setEnabled(False)
        capacity = analysis.segments * analysis.per_segment
        encoding = (
            self.tr("gewone tekens")
            if analysis.encoding is smstext.Encoding.GSM7
            else self.tr("met speciale tekens")
        )
        counter = (
            count(analysis.segments, self.tr("{n} sms"), self.tr("{n} sms'en"))
            + " · "
            + self.tr("{used} van {capacity} tekens · {encoding}").format(
                used=analysis.units, capacity=capacity, encoding=encoding
            )
        )
        too_long = analysis.segments > alerts.MAX_SEGMENTS
        if too_long:
            counter += " · " + self.tr("te lang (maximum {max} sms)").format(
                max=alerts.MAX_SEGMENTS
            )
        ui.counter_label.setText(counter)
        self._show_length(alerts.segment_offer(kind, final) if not missing else None)
        ui.counter_label.setStyleSheet(
            "font-weight: bold; color: #b00020;" if too_long else "font-weight: bold;"
        )
        if analysis.non_gsm:
            ui.special_label.setText(
                self.tr(
                    "Speciale tekens: {chars}. Daardoor passen er maar 70 tekens in één sms "
                    "in plaats van 160."
                ).format(chars=" ".join(char_name(c) for c in analysis.non_gsm))
            )
        else:
            ui.special_label.setText("")
        ui.special_label.setVisible(bool(analysis.non_gsm))
        ui.transliterate_check.setEnabled(bool(changes) or ui.transliterate_check.isChecked())
        if changes:
            plain = smstext.analyse(smstext.transliterate(text))
            listed = ", ".join(f"{a} → {b or '∅'}" for a, b in changes)
            ui.changes_label.setText(
                self.tr("Wordt vervangen: {changes} ({plain} sms in plaats van {now}).").format(
                    changes=listed,
                    plain=plain.segments,
                    now=smstext.analyse(text).segments,
                )
            )
        else:
            ui.changes_label.setText("")
        ui.changes_label.setVisible(bool(changes))
        if missing:
            ui.hint_label.setText(
                self.tr("Nog in te vullen: {names}.").format(names=", ".join(missing))
            )

    def _show_length(self, offer: shorten.SegmentOffer | None) -> None:
        """An urgent text over one SMS: by how much, and the shorter wording to apply."""
        ui = self.ui
        self.shorter_wording = offer.shorter if offer is not None else None
        ui.length_label.setVisible(offer is not None)
        ui.shorter_button.setVisible(self.shorter_wording is not None)
        if offer is None:
            ui.length_label.setText("")
            return
        lines = [
            count(
                offer.over_by,
                self.tr(
                    "Dringend bericht in {parts} sms'en per lid: {n} teken te veel voor één "
                    "sms. Zo duurt het langer tot iedereen het heeft."
                ),
                self.tr(
                    "Dringend bericht in {parts} sms'en per lid: {n} tekens te veel voor één "
                    "sms. Zo duurt het langer tot iedereen het heeft."
                ),
                parts=offer.segments,
            )
        ]
        if offer.shorter is not None:
            lines.append(self.tr("Kortere versie: «{text}»").format(text=offer.shorter))
        else:
            lines.append(self.tr("Maak de tekst korter: laat een zin of raad weg."))
        ui.length_label.setText("\n".join(lines))

    def privacy_sentences(self, warnings: tuple[tuple[str, str], ...]) -> list[str]:
        """One sentence per personal detail the draft found (also asked before sending)."""
        what = {
            "plate": self.tr("De tekst lijkt een nummerplaat te bevatten: «{found}»."),
            "phone": self.tr("De tekst lijkt een telefoonnummer te bevatten: «{found}»."),
            "email": self.tr("De tekst lijkt een e-mailadres te bevatten: «{found}»."),
            "name": self.tr("De tekst lijkt de naam van een persoon te bevatten: «{found}»."),
            "address": self.tr("De tekst lijkt een adres met een naam te bevatten: «{found}»."),
        }
        return [what.get(kind, "«{found}»").format(found=found) for kind, found in warnings]

    def show_privacy(self, warnings: tuple[tuple[str, str], ...]) -> None:
        label = self.ui.privacy_label
        label.setVisible(bool(warnings))
        label.setText(
            "\n".join(
                [
                    self.tr(
                        "Privacy: dit bericht gaat naar alle leden. Versturen kan alleen met "
                        "een reden, die in het logboek komt."
                    ),
                    *self.privacy_sentences(warnings),
                ]
            )
            if warnings
            else ""
        )
