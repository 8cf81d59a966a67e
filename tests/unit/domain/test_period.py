from __future__ import annotations

import datetime as dt

import pytest

from bindesk.domain.errors import InvalidInput
from bindesk.domain.period import dutch_duration, dutch_number, dutch_percent, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2026-Q4", dt.date(2026, 10, 1), dt.date(2027, 1, 1), "vierde kwartaal 2026"),
        ("2026-q1", dt.date(2026, 1, 1), dt.date(2026, 4, 1), "eerste kwartaal 2026"),
        ("2026-11", dt.date(2026, 11, 1), dt.date(2026, 12, 1), "november 2026"),
        ("2026-12", dt.date(2026, 12, 1), dt.date(2027, 1, 1), "december 2026"),
        (" 2026 ", dt.date(2026, 1, 1), dt.date(2027, 1, 1), "2026"),
    ],
)
def test_period_forms(text: str, start: dt.date, end: dt.date, label: str) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert parse_period(period.code) == period


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "Q4", "najaar", ""])
def test_other_periods_are_refused_in_dutch(text: str) -> None:
    with pytest.raises(InvalidInput, match="kwartaal"):
        parse_period(text)


def test_numbers_in_dutch_form() -> None:
    assert dutch_percent(45.8) == "45,8\u00a0%"
    assert dutch_percent(100) == "100,0\u00a0%"
    assert dutch_number(1234.5) == "1.234,5"
    assert dutch_number(3390, 0) == "3.390"
    assert dutch_duration(42) == "42 s"
    assert dutch_duration(312) == "5 min"
    assert dutch_duration(4800) == "1 u 20 min"
