"""The privacy guard: does an alert text seem to identify a person?

A BIN alert goes to hundreds of residents. It may say *what* happened and *where* (the
street), never *who*: no licence plate, no phone number, no e-mail address, no personal
name, no house number tied to a name. :func:`check` finds what looks like one of these and
says so in Dutch; the officer then edits the text or confirms with a reason (audited).

The rules lean towards warning: a false alarm costs the officer one sentence of reason, a
plate sent to 300 residents cannot be taken back. They stay quiet on what a BIN text is
full of: street names with a number ("Koning Albertstraat 12"), roads ("E40", "N60"),
times ("21.30 uur"), the emergency numbers (101, 112) and service numbers (0800, 070 …).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class PrivacyKind(enum.StrEnum):
    PLATE = "plate"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"
    ADDRESS = "address"


KIND_LABELS_NL = {
    PrivacyKind.PLATE: "nummerplaat",
    PrivacyKind.PHONE: "telefoonnummer",
    PrivacyKind.EMAIL: "e-mailadres",
    PrivacyKind.NAME: "naam van een persoon",
    PrivacyKind.ADDRESS: "adres met een naam",
}

_ADVICE = "Laat het weg of bevestig met een reden waarom het nodig is."


@dataclass(frozen=True)
class PrivacyWarning:
    kind: PrivacyKind
    found: str  # the text that triggered the warning, as written
    start: int
    end: int

    @property
    def message(self) -> str:
        """One Dutch sentence for the officer."""
        what = {
            PrivacyKind.PLATE: "een nummerplaat",
            PrivacyKind.PHONE: "een telefoonnummer",
            PrivacyKind.EMAIL: "een e-mailadres",
            PrivacyKind.NAME: "de naam van een persoon",
            PrivacyKind.ADDRESS: "een adres met een naam",
        }[self.kind]
        return f"De tekst lijkt {what} te bevatten: '{self.found}'. {_ADVICE}"

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "found": self.found,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }


# --- licence plates -----------------------------------------------------------------------

_L = "A-Z"
# Belgian: 1-ABC-123 (since 2010), ABC-123 (1973-2008), 123-ABC (2008-2010). Typed in lower
# case they need '-', '.' or no separator ("bel 101" is not a plate); in capitals a space too.
_BE_CURRENT = "[1-9]{sep}[A-Z]{{3}}{sep}\\d{{3}}"
_BE_OLD = "[A-Z]{{3}}{sep}\\d{{3}}|\\d{{3}}{sep}[A-Z]{{3}}"
_BE_TIGHT = "|".join(f.format(sep="[-.]?") for f in (_BE_CURRENT, _BE_OLD))
_BE_SPACED = "|".join(f.format(sep="[-. ]") for f in (_BE_CURRENT, _BE_OLD))
# Dutch side codes (always with dashes): 2-2-2, 2-3-1, 1-3-2, 3-2-1, 1-2-3 groups that mix
# letters and digits; French SIV AB-123-CD; German B-AB 1234 / KLE-X 12 (upper case).
_NL = (
    rf"(?:[{_L}\d]{{2}}-[{_L}\d]{{2}}-[{_L}\d]{{2}}"
    rf"|[{_L}\d]{{2}}-[{_L}\d]{{3}}-[{_L}\d]"
    rf"|[{_L}\d]-[{_L}\d]{{3}}-[{_L}\d]{{2}}"
    rf"|[{_L}\d]{{3}}-[{_L}\d]{{2}}-[{_L}\d]"
    rf"|[{_L}\d]-[{_L}\d]{{2}}-[{_L}\d]{{3}})"
)
_FR = rf"[{_L}]{{2}}[- ]\d{{3}}[- ][{_L}]{{2}}"
_DE = r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?"

_PLATE_CI = re.compile(rf"(?<![\w-])(?:{_BE_TIGHT})(?![\w-])", re.IGNORECASE)
_PLATE_UPPER = re.compile(rf"(?<![\w-])(?:{_BE_SPACED}|{_NL}|{_FR}|{_DE})(?![\w-])")
# "nummerplaat X", "kenteken: X": a token mixing letters and digits in the next three words
_PLATE_WORD = re.compile(
    r"\b(?:nummerplaat|nummerplaten|kenteken|kentekenplaat|plaat|plaatnummer|"
    r"inschrijvingsplaat)\b",
    re.IGNORECASE,
)
_EMERGENCY = re.compile(r"[A-Za-z]{3}[-. ]?(?:100|101|112)")  # "BEL 101"
_TOKEN = re.compile(r"[\w][\w.-]*[\w]")


def _is_mixed(token: str) -> bool:
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


def _plates(text: str) -> list[PrivacyWarning]:
    found: list[PrivacyWarning] = []
    for pattern in (_PLATE_CI, _PLATE_UPPER):
        for m in pattern.finditer(text):
            if _is_mixed(m.group()) and not _EMERGENCY.fullmatch(m.group()):
                found.append(PrivacyWarning(PrivacyKind.PLATE, m.group(), m.start(), m.end()))
    for m in _PLATE_WORD.finditer(text):
        for token in list(_TOKEN.finditer(text, m.end()))[:3]:
            if _is_mixed(token.group()) and len(token.group()) >= 4:
                found.append(
                    PrivacyWarning(PrivacyKind.PLATE, token.group(), token.start(), token.end())
                )
                break
    return found


# --- phone numbers and e-mail addresses ---------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a run of digits with the separators people write in numbers; judged by its digit count
_DIGIT_RUN = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[ ./-]?\(?\d\)?){5,14}(?![\w])")
# not personal: free and premium service lines, the zone's own numbers are not guessed
_SERVICE_PREFIXES = ("0800", "0900", "0901", "0902", "0903", "0904", "0905", "070", "078")


def _phones(text: str) -> list[PrivacyWarning]:
    found: list[PrivacyWarning] = []
    for m in _DIGIT_RUN.finditer(text):
        raw = m.group()
        digits = "".join(c for c in raw if c.isdigit())
        international = raw.startswith(("+", "00"))
        if international:
            national = digits[2:] if raw.startswith("00") else digits
            if not 9 <= len(national) <= 13:
                continue
        else:
            if not digits.startswith("0") or not 9 <= len(digits) <= 10:
                continue
            if digits.startswith(_SERVICE_PREFIXES):
                continue
        found.append(PrivacyWarning(PrivacyKind.PHONE, raw, m.start(), m.end()))
    return found


def _emails(text: str) -> list[PrivacyWarning]:
    return [
        PrivacyWarning(PrivacyKind.EMAIL, m.group(), m.start(), m.end())
        for m in _EMAIL.finditer(text)
    ]


# --- names --------------------------------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
_PARTICLE = r"(?:(?:van|de|der|den|ter|ten|le|la|du|da|di|von|vanden|vander|'t)\s+)"
_PERSON = rf"(?:{_NAME_WORD}|[A-Z]\.)(?:\s+{_PARTICLE}*{_NAME_WORD})*|{_PARTICLE}+{_NAME_WORD}"
_TITLE_TRIGGERS = (
    r"genaamd|bijgenaamd|met\s+name|de\s+heer|heer|meneer|mijnheer|mevrouw|juffrouw|"
    r"dhr\.|mevr\.|mr\.|mw\.|familie|fam\.|gezin|alias|heet|gekend\s+als|bekend\s+als|"
    r"zoon\s+van|dochter\s+van|broer\s+van|zus\s+van|vrouw\s+van|man\s+van|"
    r"echtgenoot\s+van|echtgenote\s+van|partner\s+van|weduwe"
)
# the trigger in any case, the name with its capital
_NAMED = re.compile(rf"(?i:\b(?:{_TITLE_TRIGGERS}))[\s:]+(?P<name>{_PERSON})")

# words that start with a capital in a BIN text without being a person
_NOT_NAMES = frozenset(
    [
        "bin",
        "politie",
        "wijkagent",
        "wijkinspecteur",
        "de",
        "het",
        "een",
        "in",
        "op",
        "aan",
        "bij",
        "van",
        "met",
        "en",
        "of",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "vandaag",
        "gisteren",
        "morgen",
        "vanavond",
        "vannacht",
        "vanmorgen",
        "vanmiddag",
    ]
)

# --- addresses with a name ----------------------------------------------------------------

_STREET_SUFFIXES = (
    "straat|laan|weg|steenweg|baan|plein|dreef|lei|kaai|markt|pad|hof|wegel|veld|dijk|berg|"
    "singel|vest|ring|kouter|park|square|gracht|dries|driesstraat|hoek|gaarde|gang|meers|"
    "akker|bos|beemd|heide|kant|vliet|velde|straatje|steeg|plaats|houw|molen|brug"
)
_ADDRESS = re.compile(
    rf"(?P<street>(?:[A-ZÀ-Ý][\w'’.-]*\s+){{0,3}}[\w'’-]*(?:{_STREET_SUFFIXES})|"
    r"(?:[Hh]uis)?[Nn]ummer|[Nn]r\.)\s+(?P<number>\d{1,4}(?:\s?[a-zA-Z])?(?:\s?bus\s?\d+)?)\b"
)
# "bij Peeters", "van Janssens", "familie Peeters" close to the address
_NAME_NEAR = re.compile(
    rf"(?i:\b(?:bij|van|familie|fam\.|gezin|woning\s+van|huis\s+van))\s+(?P<name>{_NAME_WORD})"
)
_NAME_COMMA = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s*,\s*$")


def _looks_like_name(word: str) -> bool:
    first = word.split()[0]
    if first.casefold() in _NOT_NAMES:
        return False
    return re.search(rf"(?:{_STREET_SUFFIXES})$", word, re.IGNORECASE) is None


def _names(text: str) -> list[PrivacyWarning]:
    found: list[PrivacyWarning] = []
    for m in _NAMED.finditer(text):
        name = m.group("name")
        # the trigger is case-insensitive, the name is not: it starts with a capital
        lead = re.sub(rf"^{_PARTICLE}+", "", name, flags=re.IGNORECASE)
        if not lead[:1].isupper() or not _looks_like_name(lead):
            continue
        start = m.start()
        found.append(PrivacyWarning(PrivacyKind.NAME, text[start : m.end()], start, m.end()))
    return found


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?;\n")
    rights = [i for i in (text.find(c, end) for c in ".!?;\n") if i != -1]
    # a dot inside "nr." or a decimal is not a sentence end; good enough for short texts
    return left + 1, min(rights) if rights else len(text)


def _addresses(text: str) -> list[PrivacyWarning]:
    found: list[PrivacyWarning] = []
    for m in _ADDRESS.finditer(text):
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        near = [
            n
            for n in _NAME_NEAR.finditer(text, lo, hi)
            if not (m.start() <= n.start("name") < m.end()) and _looks_like_name(n.group("name"))
        ]
        comma = _NAME_COMMA.search(text, lo, m.start())
        if comma and _looks_like_name(comma.group("name")):
            near.append(comma)
        if not near:
            continue
        start = min(m.start(), *(n.start() for n in near))
        end = max(m.end(), *(n.end() for n in near))
        found.append(PrivacyWarning(PrivacyKind.ADDRESS, text[start:end].strip(" ,"), start, end))
    return found


# --- the guard ----------------------------------------------------------------------------


def check(text: str) -> list[PrivacyWarning]:
    """Everything in ``text`` that seems to identify a person, in reading order.

    Overlapping finds are reported once (the longest: a plate is not also a phone number).
    """
    candidates = _emails(text) + _plates(text) + _phones(text) + _names(text) + _addresses(text)
    candidates.sort(key=lambda w: (w.start, -(w.end - w.start)))
    result: list[PrivacyWarning] = []
    for warning in candidates:
        if result and warning.start < result[-1].end:
            continue  # inside an earlier, longer find
        result.append(warning)
    return result


def summary_nl(warnings: list[PrivacyWarning]) -> str:
    """One Dutch paragraph for a refusal (CLI) or a dialog."""
    if not warnings:
        return ""
    lines = [w.message for w in warnings]
    return " ".join(lines)
