"""Bad input refused at the door (issue 7, item 8)."""

from __future__ import annotations

import pytest

from bindesk.domain.errors import InvalidInput
from bindesk.domain.phone import InvalidPhoneNumber, parse_mobile
from bindesk.domain.text import MEMBER_FIELDS, check_fields, field_problems


@pytest.mark.parametrize(
    "raw",
    ["0470-ABC-123", "0470 12 34 5O", "+32 470 12 34 56 ext", "0470\u200b123456", "٠٤٧٠١٢٣٤٥٦"],
)
def test_letters_and_strange_characters_in_a_phone_number_are_refused(raw: str) -> None:
    with pytest.raises(InvalidPhoneNumber, match="alleen uit cijfers"):
        parse_mobile(raw)


@pytest.mark.parametrize("raw", ["0470 12 34 56", "0470/12.34.56", "+32 (0)470-12-34-56"])
def test_usual_ways_of_writing_a_number_still_work(raw: str) -> None:
    assert parse_mobile(raw).e164 == "+32470123456"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("Kerk\x00straat", "nul-teken"),
        ("Kerk\x07straat", "stuurteken"),
        ("Kerk\u200bstraat", "breedte nul"),
        ("\ufeffKerkstraat", "breedte nul"),
        ("Kerkstraat \u202e21", "schrijfrichtingsteken"),
        ("\u2067Kerkstraat\u2069", "schrijfrichtingsteken"),
        ("K" * 201, "te lang (201 tekens, hoogstens 200)"),
    ],
)
def test_street_with_hidden_characters_or_too_long_is_refused(value: str, reason: str) -> None:
    problems = field_problems({"street": value}, MEMBER_FIELDS)
    assert len(problems) == 1 and reason in problems[0] and problems[0].startswith("straat")


def test_ordinary_text_passes() -> None:
    check_fields(
        {"street": "Rue de l'Église", "first_name": "Zoë-Chloé", "last_name": "D'Hondt"},
        MEMBER_FIELDS,
    )
    with pytest.raises(InvalidInput, match=r"^Huisnummer is te lang"):
        check_fields({"house_number": "1" * 61}, MEMBER_FIELDS)
