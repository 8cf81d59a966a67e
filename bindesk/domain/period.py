"""Newsletter periods ("2026-Q4", "2026-11", "2026") and numbers in Dutch form."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bindesk.domain.errors import InvalidInput

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
QUARTERS = ("eerste", "tweede", "derde", "vierde")

_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    """A calendar period: ``start`` inclusive, ``end`` exclusive (dates, local calendar)."""

    code: str
    start: dt.date
    end: dt.date
    label: str

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def parse_period(text: str) -> Period:
    """``2026-Q4`` (a quarter), ``2026-11`` (a month) or ``2026`` (a year)."""
    value = text.strip()
    if m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        start = dt.date(year, 3 * quarter - 2, 1)
        return Period(
            f"{year}-Q{quarter}",
            start,
            _month_start(year, 3 * quarter + 1),
            f"{QUARTERS[quarter - 1]} kwartaal {year}",
        )
    if (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        year, month = int(m[1]), int(m[2])
        return Period(
            f"{year}-{month:02d}",
            dt.date(year, month, 1),
            _month_start(year, month + 1),
            f"{MONTHS[month - 1]} {year}",
        )
    if m := _YEAR.match(value):
        year = int(m[1])
        return Period(str(year), dt.date(year, 1, 1), dt.date(year + 1, 1, 1), str(year))
    raise InvalidInput(
        f"Periode '{text}' begrijp ik niet. Schrijf een kwartaal (2026-Q4), "
        "een maand (2026-11) of een jaar (2026)."
    )


def dutch_number(value: float, decimals: int = 1) -> str:
    """``1234.5`` → ``1.234,5``: thousands with a dot, decimals with a comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def dutch_percent(value: float, decimals: int = 1) -> str:
    """``45.8`` → ``45,8 %`` (with a no-break space, as Dutch typography wants)."""
    return f"{dutch_number(value, decimals)}\u00a0%"


def dutch_duration(seconds: float) -> str:
    """A short Dutch duration: ``45 s``, ``3 min``, ``1 u 20 min``."""
    if seconds < 60:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} u {rest:02d} min" if rest else f"{hours} u"
