from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bindesk.domain.phone import InvalidPhoneNumber, parse_mobile


@pytest.mark.parametrize(
    "raw",
    [
        "0470 12 34 56",
        "0470/12.34.56",
        "+32 470 12 34 56",
        "0032470123456",
        "0470123456",
        " 0470-12-34-56 ",
        "+32 (0)470 12 34 56",
    ],
)
def test_belgian_mobile_in_every_usual_writing_gives_e164(raw: str) -> None:
    number = parse_mobile(raw)
    assert number.e164 == "+32470123456"
    assert number.warning is None
    assert not number.is_foreign


def test_fixed_line_is_refused_with_the_reason_in_dutch() -> None:
    with pytest.raises(InvalidPhoneNumber, match=r"vast nummer.*geen sms"):
        parse_mobile("053 60 64 64")


def test_too_short_number_says_how_many_digits() -> None:
    with pytest.raises(InvalidPhoneNumber, match="10"):
        parse_mobile("0470 12 34")


def test_foreign_mobile_is_accepted_with_a_warning() -> None:
    number = parse_mobile("+31 6 12345678")
    assert number.e164 == "+31612345678"
    assert number.is_foreign
    assert number.warning and "buitenlands" in number.warning


@pytest.mark.parametrize("raw", ["", "   ", "abc", "0800 12 345", "+32 2 555 12 12", "x" * 100])
def test_non_mobile_inputs_are_refused(raw: str) -> None:
    with pytest.raises(InvalidPhoneNumber) as info:
        parse_mobile(raw)
    assert info.value.message  # a Dutch sentence, not empty


def test_display_is_national_for_belgian_numbers() -> None:
    assert parse_mobile("+32470123456").display() == "0470 12 34 56"


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_any_string_gives_a_number_or_a_clean_error(raw: str) -> None:
    try:
        number = parse_mobile(raw)
    except InvalidPhoneNumber as exc:
        assert exc.message
    else:
        assert number.e164.startswith("+")
        assert number.e164[1:].isdigit()
