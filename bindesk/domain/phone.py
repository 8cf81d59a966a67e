"""Mobile phone numbers for SMS: parse what a coordinator types, keep E.164.

Belgian numbers are read in every way people write them (``0470 12 34 56``,
``0470/12.34.56``, ``+32 470 12 34 56``, ``0032470123456``). Only numbers that can
receive an SMS are accepted: a Belgian fixed line is refused with the reason, a
foreign mobile is accepted with a warning.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from bindesk.domain.errors import InvalidInput

DEFAULT_REGION = "BE"
_MAX_INPUT = 40
# what people type around the digits; letters are refused (phonenumbers would read
# "0470-ABC-123" as a vanity number, +32470222123: someone else's phone)
_NUMBER_CHARACTERS = frozenset("0123456789 +()/.-\u00a0")

_SMS_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}


class InvalidPhoneNumber(InvalidInput):
    """A number that cannot receive our SMS; the message says why and what to do."""


@dataclass(frozen=True)
class MobileNumber:
    """A number that can receive SMS, in E.164 (``+32470123456``)."""

    e164: str
    region: str | None
    warning: str | None = None

    @property
    def is_foreign(self) -> bool:
        return self.region != DEFAULT_REGION

    def display(self) -> str:
        """The number as a Belgian desk reads it (``0470 12 34 56`` or international)."""
        return display_mobile(self.e164)


def parse_mobile(raw: str) -> MobileNumber:
    """Return the E.164 mobile for ``raw`` or raise :class:`InvalidPhoneNumber` (Dutch)."""
    text = (raw or "").strip()
    if not text:
        raise InvalidPhoneNumber(
            "Geen gsm-nummer ingevuld. Vul een gsm-nummer in, bv. 0470 12 34 56."
        )
    if len(text) > _MAX_INPUT:
        raise InvalidPhoneNumber(
            f"'{text[:_MAX_INPUT]}…' is te lang voor een telefoonnummer. "
            "Vul één gsm-nummer in, bv. 0470 12 34 56."
        )
    stray = next((ch for ch in text if ch not in _NUMBER_CHARACTERS), None)
    if stray is not None:
        what = "letters" if stray.isalpha() else f"het teken '{stray}'"
        if not stray.isprintable() or unicodedata.category(stray).startswith("C"):
            what = f"een onzichtbaar teken (U+{ord(stray):04X})"
        raise InvalidPhoneNumber(
            f"'{text.encode('ascii', 'replace').decode()}' bevat {what}; een gsm-nummer bestaat "
            "alleen uit cijfers (spaties, +, /, . en - mogen). Controleer het nummer bij het lid."
        )
    try:
        parsed = phonenumbers.parse(text, DEFAULT_REGION)
    except NumberParseException:
        raise InvalidPhoneNumber(
            f"'{text}' is geen telefoonnummer. Vul een gsm-nummer in, bv. 0470 12 34 56."
        ) from None
    if not phonenumbers.is_possible_number(parsed):
        raise InvalidPhoneNumber(
            f"'{text}' heeft niet het juiste aantal cijfers. "
            "Een Belgisch gsm-nummer heeft 10 cijfers, bv. 0470 12 34 56."
        )
    if not phonenumbers.is_valid_number(parsed):
        national = str(parsed.national_number)
        if parsed.country_code == 32 and national.startswith("4") and len(national) != 9:
            raise InvalidPhoneNumber(
                f"'{text}' heeft {len(national) + 1} cijfers; een Belgisch gsm-nummer heeft er 10 "
                "(bv. 0470 12 34 56). Controleer het nummer bij het lid."
            )
        raise InvalidPhoneNumber(
            f"'{text}' is geen geldig nummer. Controleer het nummer bij het lid."
        )
    region = phonenumbers.region_code_for_number(parsed)
    number_type = phonenumbers.number_type(parsed)
    if number_type not in _SMS_TYPES:
        kind = "een vast nummer" if number_type == PhoneNumberType.FIXED_LINE else "geen gsm-nummer"
        raise InvalidPhoneNumber(
            f"'{text}' is {kind} en kan geen sms ontvangen. "
            "Vraag het lid naar een gsm-nummer (begint in België met 04)."
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    warning = None
    if region != DEFAULT_REGION:
        warning = (
            f"'{text}' is een buitenlands gsm-nummer ({region}). "
            "Sms'en kunnen trager aankomen of extra kosten."
        )
    return MobileNumber(e164=e164, region=region, warning=warning)


def national_mobile(e164: str) -> str:
    """``+32470123456`` -> ``0470123456`` (what the desk types); other numbers unchanged."""
    if e164.startswith("+32"):
        return "0" + e164[3:]
    return e164


def display_mobile(e164: str) -> str:
    """``+32470123456`` -> ``0470 12 34 56``; foreign numbers in international form."""
    if e164.startswith("+324") and len(e164) == 12:
        n = national_mobile(e164)
        return f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:10]}"
    if not e164.startswith("+"):
        return e164
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
