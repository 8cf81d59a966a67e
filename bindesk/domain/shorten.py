"""One SMS where it matters: by how much an urgent text is too long, and a shorter wording.

An urgent alert in two parts takes twice as long until the last member has it. The offer
keeps the text readable: no abbreviations ("tel.", "nr."), only plainer words, characters
the SMS alphabet has, and, when that is not enough, fewer pieces of advice. The first
sentence (what happened where) and the sentence with the emergency number stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bindesk.domain import smstext

# wordy -> plain, in the order they are tried; each keeps the sentence correct Dutch
_PLAINER: tuple[tuple[str, str], ...] = (
    (r"\s+", " "),
    (r"\bBIN-melding: ", "BIN: "),
    (r"\bBIN-opvolging: ", "BIN: "),
    (r"\bBIN-tip: ", "BIN: "),
    (r", ook als u even weg bent\b", ""),
    (r"\balstublieft\b ?", ""),
    (r"\bbuitenverlichting\b", "buitenlicht"),
    (r"\bbel bij iets verdachts (10[01]|112)\b", r"bel \1"),
    (r"\bSpreek de inzittenden niet zelf aan\b", "Spreek niemand aan"),
    (r"\bin de buurt van\b", "bij"),
    (r"\bonmiddellijk\b", "meteen"),
    (r"\b(verdachte? \w+) gezien in\b", r"\1 in"),
    (r"\bomstreeks\b", "rond"),
    (r"\bBedankt voor uw waakzaamheid\b", "Bedankt"),
    (r"\bHeeft u iets gezien\?", "Iets gezien?"),
    (r"\bZag u iets\?", "Iets gezien?"),
)
# a sentence ends at . ! ? followed by a space and a capital ("21.30 uur" goes on)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_KEEP = re.compile(r"\b(?:101|112|100)\b")


@dataclass(frozen=True)
class SegmentOffer:
    """An urgent text over one SMS: how many characters too many, and a shorter wording
    (``None`` when no readable shorter wording fits)."""

    segments: int
    over_by: int
    shorter: str | None


def over_one_segment(text: str) -> int:
    """Characters (GSM-7 septets or UCS-2 units) beyond one SMS; 0 when it fits."""
    analysis = smstext.analyse(text)
    single = (
        smstext.GSM7_SINGLE if analysis.encoding is smstext.Encoding.GSM7 else (smstext.UCS2_SINGLE)
    )
    return max(0, analysis.units - single)


def _fits(text: str) -> bool:
    return smstext.analyse(text).segments <= 1


def shorter_wording(text: str) -> str | None:
    """A readable wording of ``text`` that fits one SMS, or ``None``."""
    candidate = text.strip()
    if not smstext.is_gsm7(candidate):
        candidate = smstext.transliterate(candidate)
    for pattern, replacement in _PLAINER:
        if _fits(candidate):
            break
        candidate = re.sub(pattern, replacement, candidate).strip()
    if _fits(candidate):
        return candidate if candidate != text else None
    sentences = [s for s in _SENTENCE_END.split(candidate) if s]
    while not _fits(" ".join(sentences)) and len(sentences) > 1:
        droppable = [i for i, s in enumerate(sentences) if i > 0 and not _KEEP.search(s)]
        if not droppable:
            break
        sentences.pop(max(droppable, key=lambda i: len(sentences[i])))
    candidate = " ".join(sentences)
    return candidate if _fits(candidate) and candidate != text else None


def offer(text: str) -> SegmentOffer | None:
    """The composer's offer for an urgent text over one SMS; ``None`` when it fits."""
    over = over_one_segment(text)
    if over == 0:
        return None
    return SegmentOffer(smstext.analyse(text).segments, over, shorter_wording(text))
