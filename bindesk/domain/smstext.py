"""What an alert text costs as SMS: GSM-7 or UCS-2, how many parts, and what to change.

An SMS carries 140 octets of user data: 160 septets in the GSM 7-bit default alphabet
(3GPP TS 23.038 §6.2.1), or 70 UTF-16 code units in UCS-2. A longer text is sent as a
concatenated SMS whose parts each lose 6 octets to the user data header: 153 septets or
67 code units per part. A character of the extension table (``^{}\\[~]|€`` and form feed)
is an escape septet plus its code, so it takes 2 septets; a character outside the Basic
Multilingual Plane (an emoji) is a surrogate pair, so it takes 2 code units. ("UCS-2" is
what the SMS world calls this encoding; what phones really send is UTF-16.)

Cutting into parts never splits an escape pair or a surrogate pair: a part must decode on
its own. The part is then one unit short, so the count is *not* always ``ceil(n / 153)``:
153 × ``€`` (306 septets) needs 3 parts (76 + 76 + 1), not 2. :func:`analyse` counts the
parts :func:`split_segments` really makes.

Checked against python-gammu 3.5.1 (libGammu 1.45.1), ``EncodeSMS`` with
``ConcatenatedTextLong`` (see ``tests/unit/domain/test_smstext.py``):

* GSM-7 (``Unicode: False``) and UCS-2 without combining marks or flags: gammu cuts the
  text exactly where :func:`split_segments` does, escape and surrogate pairs included.
* UCS-2 with a combining mark (U+0300-036F, 1AB0-1AFF, 1DC0-1DFF, 20D0-20FF, FE20-FE2F)
  right after a cut, or regional-indicator letters (flags) on both sides of it: gammu
  moves one or two more code units to the next part (its ``AlignSegmentForContent``).
  That is gammu's own choice, not the standard's, and it can cost one part more than
  :func:`analyse` says. Transliterated text contains neither.
* gammu's default-alphabet table maps code 0x1B (the escape) to ``¹``, so with
  ``Unicode: False`` it would send ``¹`` as a bare escape septet; and it silently replaces
  every other non-GSM character (``ë`` becomes ``e``) counting it as one septet. Always
  choose ``Unicode`` from :func:`analyse` and transliterate only with the operator's consent.
* gammu refuses a text of more than 50 parts ("Invalid data given to phone").
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

_ESCAPE: Final = 0x1B

# 3GPP TS 23.038 §6.2.1 basic table, codes 0x00-0x7F in order. Code 0x1B is the escape to
# the extension table (not a character); the placeholder at that position is skipped.
# Code 0x09 is the capital C with cedilla (the small one is not in the alphabet).
_BASIC_BY_CODE: Final = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)

GSM7_BASIC: Final[Mapping[str, int]] = MappingProxyType(
    {char: code for code, char in enumerate(_BASIC_BY_CODE) if code != _ESCAPE}
)
"""Character -> septet of the GSM 7-bit default alphabet (127 characters)."""

GSM7_EXTENSION: Final[Mapping[str, int]] = MappingProxyType(
    {"\f": 0x0A, "^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F,
     "[": 0x3C, "~": 0x3D, "]": 0x3E, "|": 0x40, "€": 0x65}
)  # fmt: skip
"""Character -> septet after the escape (0x1B) in the default alphabet extension table."""

GSM7_SINGLE: Final = 160
GSM7_PER_PART: Final = 153
UCS2_SINGLE: Final = 70
UCS2_PER_PART: Final = 67


class Encoding(enum.StrEnum):
    """A ``str`` (``Encoding.GSM7 == "gsm7"``, ``str()`` gives the value)."""

    GSM7 = "gsm7"
    UCS2 = "ucs2"


@dataclass(frozen=True)
class SmsAnalysis:
    """How a text goes out: ``units`` are septets (GSM-7) or UTF-16 code units (UCS-2)."""

    encoding: Encoding
    segments: int
    units: int
    per_segment: int  # 160/153 (GSM-7) or 70/67 (UCS-2): capacity of each part as sent
    remaining: int  # units still free in the last part
    non_gsm: tuple[str, ...]  # distinct characters that forced UCS-2, in order of appearance


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM 7-bit default alphabet or its extension."""
    return all(_in_alphabet(char) for char in text)


def gsm7_units(text: str) -> int:
    """Septets ``text`` takes in GSM-7; raises ``ValueError`` for a character outside it."""
    return sum(_gsm7_cost(char) for char in text)


def analyse(text: str) -> SmsAnalysis:
    """GSM-7 when every character is in the alphabet, else UCS-2; empty text is 1 part."""
    non_gsm = tuple(dict.fromkeys(char for char in text if not _in_alphabet(char)))
    encoding = Encoding.UCS2 if non_gsm else Encoding.GSM7
    parts = _cut(text, encoding)
    if encoding is Encoding.GSM7:
        per_segment = GSM7_SINGLE if len(parts) == 1 else GSM7_PER_PART
    else:
        per_segment = UCS2_SINGLE if len(parts) == 1 else UCS2_PER_PART
    return SmsAnalysis(
        encoding=encoding,
        segments=len(parts),
        units=sum(units for _, _, units in parts),
        per_segment=per_segment,
        remaining=per_segment - parts[-1][2],
        non_gsm=non_gsm,
    )


def split_segments(text: str) -> list[str]:
    """The parts ``text`` is cut into, in the encoding :func:`analyse` picks (``[""]`` if empty).

    A part is filled greedily; an escape pair (GSM-7) or a surrogate pair (UCS-2) that does
    not fit moves whole to the next part.
    """
    encoding = Encoding.GSM7 if is_gsm7(text) else Encoding.UCS2
    return [text[start:end] for start, end, _ in _cut(text, encoding)]


def transliterate(text: str, *, keep_euro: bool = True) -> str:
    """Make ``text`` GSM-7, for Dutch, French and German alert text.

    Characters of the alphabet stay as they are (é è à ù ì ò Ä Ö Ñ Ü ß Ø Å Æ É Ç ...).
    Accents the alphabet lacks are dropped (ë → e, ï → i, ê → e, ô → o, û → u, â → a,
    á → a); ``ç`` becomes ``c``: the alphabet has only the capital Ç, and "faÇade" reads as
    a typo (gammu itself also sends ç as c). Curly quotes become straight, dashes ``-``,
    ``…`` ``...``, any space (non-breaking, thin ...) a plain space, tab a space; invisible
    characters (soft hyphen, zero-width space/joiner, byte-order mark) are dropped, and
    combining marks join the letter before them or are dropped. Anything left becomes ``?``.

    ``€`` is in the extension table (2 septets) and stays, unless ``keep_euro`` is false:
    then it becomes ``EUR``, for the rare phone that shows the extension table wrongly.
    """
    return "".join(replacement for _, replacement in _transliterated(text, keep_euro))


def transliteration_changes(text: str, *, keep_euro: bool = True) -> list[tuple[str, str]]:
    """Distinct ``(original, replacement)`` pairs :func:`transliterate` would apply, in order.

    ``original`` is one character as the operator sees it: a code point with any combining
    marks that follow it (a decomposed ``e`` + U+0301 is listed as becoming ``é``).
    """
    changes: dict[str, str] = {}
    for original, replacement in _transliterated(text, keep_euro):
        if original != replacement and original not in changes:
            changes[original] = replacement
    return list(changes.items())


# --- cutting into parts -------------------------------------------------------------------


def _in_alphabet(char: str) -> bool:
    return char in GSM7_BASIC or char in GSM7_EXTENSION


def _gsm7_cost(char: str) -> int:
    if char in GSM7_BASIC:
        return 1
    if char in GSM7_EXTENSION:
        return 2
    raise ValueError(f"{char!r} (U+{ord(char):04X}) is not in the GSM 7-bit alphabet")


def _utf16_cost(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def _cut(text: str, encoding: Encoding) -> list[tuple[int, int, int]]:
    """``(start, end, units)`` of each part; one empty part for empty text."""
    if encoding is Encoding.GSM7:
        costs = [_gsm7_cost(char) for char in text]
        single, per_part = GSM7_SINGLE, GSM7_PER_PART
    else:
        costs = [_utf16_cost(char) for char in text]
        single, per_part = UCS2_SINGLE, UCS2_PER_PART
    total = sum(costs)
    if total <= single:
        return [(0, len(text), total)]
    parts: list[tuple[int, int, int]] = []
    start = used = 0
    for index, cost in enumerate(costs):
        if used + cost > per_part:
            parts.append((start, index, used))
            start, used = index, 0
        used += cost
    parts.append((start, len(text), used))
    return parts


# --- transliteration ----------------------------------------------------------------------

# Replacements the Unicode compatibility decomposition does not give (or gives wrongly).
# Every value is GSM-7 (a test checks it); an empty value drops the character.
_REPLACEMENTS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # quotes and apostrophes
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2039": "'", "\u203a": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        # dashes, bullets, ellipsis, fraction slash
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u2022": "-", "\u2026": "...", "\u2044": "/",
        # layout
        "\t": " ", "\u2028": "\n", "\u2029": "\n",
        # invisible: soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM
        "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
        # letters without a decomposition to a plain letter
        "ç": "c", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
    }
)  # fmt: skip


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me")


def _clusters(text: str) -> Iterator[str]:
    """A code point with the combining marks that follow it (leading marks stand alone)."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not _is_mark(text[index]):
            yield text[start:index]
            start = index


def _transliterated(text: str, keep_euro: bool) -> Iterator[tuple[str, str]]:
    for cluster in _clusters(text):
        # NFC first: e + U+0301 is é, which the alphabet has. Marks that do not compose
        # with their letter are dropped; marks with no letter before them are unknown.
        letters = [c for c in unicodedata.normalize("NFC", cluster) if not _is_mark(c)]
        if not letters:
            yield cluster, "?"
        else:
            yield cluster, "".join(_replace_char(letter, keep_euro) for letter in letters)


def _replace_char(char: str, keep_euro: bool) -> str:
    if char == "€" and not keep_euro:
        return "EUR"
    if _in_alphabet(char):
        return char
    if char in _REPLACEMENTS:
        return _REPLACEMENTS[char]
    if unicodedata.category(char) == "Zs":
        return " "
    # ë -> e + diaeresis -> e; ﬁ -> fi; ² -> 2; full-width Ａ -> A; ¼ -> 1⁄4 -> 1/4
    plain = "".join(
        _REPLACEMENTS.get(part, part)
        for part in unicodedata.normalize("NFKD", char)
        if not _is_mark(part)
    )
    if plain and not plain.isspace() and is_gsm7(plain):
        return plain if keep_euro else plain.replace("€", "EUR")
    return "?"
