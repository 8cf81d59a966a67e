"""The one clock the core reads."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Now, timezone-aware UTC: what every stored timestamp is."""
    return dt.datetime.now(dt.UTC)
