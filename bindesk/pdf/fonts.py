"""The TrueType fonts the newsletter embeds (DejaVu Sans, shipped in resources/fonts/).

reportlab's standard fonts (Helvetica) are never embedded and draw characters outside
WinAnsi as black squares, so every string of the document, charts included, uses these.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bindesk import config

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_dir() -> Path:
    return config.resource("fonts")


def register() -> None:
    """Register both faces once (idempotent) and map <b> in paragraphs to the bold one."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
