"""Text fields at the door: lengths and characters that have no place in a name or address.

Checked here, before a database sees the value, so that SQLite (which does not enforce
``VARCHAR(n)``) and PostgreSQL (which does, with an error) refuse the same input with the same
Dutch message. Refused: NUL and other control characters, bidirectional overrides and
isolates (they turn "Kerkstraat 12" around on screen) and zero-width characters (a zero-width
space in a street makes it another street: residents-first ordering missed them).
"""

from __future__ import annotations

import unicodedata

from bindesk.domain.errors import InvalidInput

# field -> (Dutch label, maximum length): the columns' sizes in bindesk/db/models.py
MEMBER_FIELDS: dict[str, tuple[str, int]] = {
    "first_name": ("voornaam", 120),
    "last_name": ("naam", 120),
    "street": ("straat", 200),
    "house_number": ("huisnummer", 20),
    "postal_code": ("postcode", 10),
    "municipality": ("gemeente", 120),
    "email": ("e-mailadres", 200),
    "consent_method": ("manier van toestemming", 60),
}
NETWORK_FIELDS: dict[str, tuple[str, int]] = {
    "name": ("naam van het netwerk", 120),
    "municipality": ("gemeente", 120),
    "police_liaison": ("contactpersoon bij de politie", 200),
}
OPERATOR_FIELDS: dict[str, tuple[str, int]] = {
    "username": ("gebruikersnaam", 60),
    "display_name": ("naam", 120),
}

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")
_ALLOWED_CONTROLS = frozenset("\t\n\r")  # whitespace: folded into one space by the caller


def character_problem(label: str, value: str) -> str | None:
    """A Dutch reason why ``value`` holds a character we refuse, or None."""
    for ch in value:
        if ch in _BIDI:
            kind = "een onzichtbaar schrijfrichtingsteken"
        elif ch in _ZERO_WIDTH:
            kind = "een onzichtbaar teken (breedte nul)"
        elif ch == "\x00":
            kind = "een nul-teken (NUL)"
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch not in (
            _ALLOWED_CONTROLS
        ):
            kind = "een stuurteken"
        else:
            continue
        return (
            f"{label} bevat {kind} (U+{ord(ch):04X}), vaak meegekopieerd uit een mail of "
            "website; typ de tekst opnieuw in"
        )
    return None


def length_problem(label: str, value: str, maximum: int) -> str | None:
    if len(value) > maximum:
        return f"{label} is te lang ({len(value)} tekens, hoogstens {maximum})"
    return None


def field_problems(values: dict[str, object], limits: dict[str, tuple[str, int]]) -> list[str]:
    """Every problem with the text fields in ``values`` that ``limits`` knows."""
    problems = []
    for key, (label, maximum) in limits.items():
        value = values.get(key)
        if not isinstance(value, str) or not value:
            continue
        problem = character_problem(label, value) or length_problem(label, value, maximum)
        if problem:
            problems.append(problem)
    return problems


def check_fields(values: dict[str, object], limits: dict[str, tuple[str, int]]) -> None:
    """Raise :class:`InvalidInput` (Dutch, every problem) when a text field is refused."""
    problems = field_problems(values, limits)
    if problems:
        message = "; ".join(problems)
        raise InvalidInput(message[:1].upper() + message[1:] + ".")
