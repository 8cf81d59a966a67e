"""How fast each modem sends: a moving average of seconds per SMS part, per modem.

The dispatcher feeds it one call per sent message (with its number of parts); the desk's
estimate ("until the last member has it") reads the average back from the database, where
a publisher (``services.throughput``) writes it. The time of a message counts from the end
of the previous one when the modem went straight on (so claiming the row, recording it and
reading inbound messages between sends are part of the rate), else from its own start.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Rate:
    modem_id: str
    seconds_per_part: float
    samples: int


Publisher = Callable[[Rate], None]


class RateTracker:
    """Exponentially weighted moving average per modem; thread-safe (one thread per modem)."""

    CONTINUOUS_GAP = 0.5  # a gap shorter than this between two sends: the modem went on
    PUBLISH_EVERY = 1.0  # seconds between two publications per modem

    def __init__(self, weight: float = 0.2, publish: Publisher | None = None) -> None:
        if not 0 < weight <= 1:
            raise ValueError("weight must be in (0, 1]")
        self.weight = weight
        self.publish = publish
        self._lock = threading.Lock()
        self._rates: dict[str, Rate] = {}
        self._last_end: dict[str, float] = {}
        self._published_at: dict[str, float] = {}

    def seed(self, rate: Rate) -> None:
        """Start from an earlier measurement (e.g. the one stored by the last run)."""
        with self._lock:
            self._rates[rate.modem_id] = rate

    def sent(self, modem_id: str, parts: int, started: float) -> None:
        """One message of ``parts`` parts went out; its send began at ``started``
        (``time.monotonic()``)."""
        now = time.monotonic()
        with self._lock:
            last_end = self._last_end.get(modem_id)
            begin = (
                last_end
                if last_end is not None and 0 <= started - last_end < (self.CONTINUOUS_GAP)
                else started
            )
            per_part = max(0.0, now - begin) / max(1, parts)
            old = self._rates.get(modem_id)
            if old is None or old.samples == 0:
                rate = Rate(modem_id, per_part, 1)
            else:
                value = old.seconds_per_part + self.weight * (per_part - old.seconds_per_part)
                rate = Rate(modem_id, value, old.samples + 1)
            self._rates[modem_id] = rate
            due = now - self._published_at.get(modem_id, -1e9) >= self.PUBLISH_EVERY
            if due:
                self._published_at[modem_id] = now
        if due:
            self._publish(rate)
        with self._lock:
            self._last_end[modem_id] = time.monotonic()

    def rate(self, modem_id: str) -> Rate | None:
        with self._lock:
            return self._rates.get(modem_id)

    def flush(self, modem_id: str) -> None:
        """Publish the newest average now (the modem stops)."""
        rate = self.rate(modem_id)
        if rate is not None and rate.samples:
            self._publish(rate)

    def _publish(self, rate: Rate) -> None:
        if self.publish is not None:
            try:
                self.publish(rate)
            except Exception:  # measuring must never stop a modem thread
                import logging

                logging.getLogger(__name__).exception("publishing the rate of %s", rate.modem_id)
