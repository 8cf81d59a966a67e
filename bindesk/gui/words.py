"""Words a Flemish officer reads without stumbling: singular and plural chosen by count.

Dutch is the source language and has no catalogue of its own, so Qt's ``%n`` plural forms
would show "1 bericht(en)". Each text is written twice instead, both through ``tr()`` (so
the English catalogue translates both): ``count(n, tr("{n} lid"), tr("{n} leden"))``.
"""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QCoreApplication


class Estimated(Protocol):
    """What ``services.throughput.Estimate`` offers (no import: words stays light)."""

    @property
    def seconds(self) -> float: ...

    @property
    def assumed_modem(self) -> bool: ...

    @property
    def measured(self) -> bool: ...


def count(n: int, one: str, many: str, **values: object) -> str:
    """``one`` for exactly 1, else ``many``, with ``{n}`` (and ``values``) filled in."""
    return (one if n == 1 else many).format(n=n, **values)


def estimate_text(estimate: Estimated) -> str:
    """ "ongeveer 3 minuten", with what the estimate assumes (the composer, the confirmation
    and Verzonden say it alike)."""

    seconds = estimate.seconds
    if seconds < 60:
        secs = max(1, round(seconds))
        when = count(
            secs,
            QCoreApplication.translate("AlertPage", "ongeveer {n} seconde"),
            QCoreApplication.translate("AlertPage", "ongeveer {n} seconden"),
        )
    else:
        minutes = math.ceil(seconds / 60)
        when = count(
            minutes,
            QCoreApplication.translate("AlertPage", "ongeveer {n} minuut"),
            QCoreApplication.translate("AlertPage", "ongeveer {n} minuten"),
        )
    if estimate.assumed_modem:
        return (
            when
            + " "
            + QCoreApplication.translate(
                "AlertPage",
                "(geen modem verbonden: geschat voor één modem aan een gewone snelheid)",
            )
        )
    if not estimate.measured:
        return (
            when
            + " "
            + QCoreApplication.translate(
                "AlertPage", "(nog niet gemeten: gewone snelheid van een modem)"
            )
        )
    return when
