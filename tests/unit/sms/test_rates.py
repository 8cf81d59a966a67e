"""The rate tracker: a moving average of seconds per part, published at most once a second."""

from __future__ import annotations

import time

import pytest

from bindesk.sms.rates import Rate, RateTracker


def test_the_first_message_sets_the_rate_per_part_and_later_ones_move_it() -> None:
    published: list[Rate] = []
    tracker = RateTracker(weight=0.5, publish=published.append)
    tracker.sent("m1", 2, time.monotonic() - 2.0)  # 2 parts in 2 s
    first = tracker.rate("m1")
    assert first is not None and first.samples == 1
    assert first.seconds_per_part == pytest.approx(1.0, abs=0.05)
    assert published == [first]  # the first one at once
    tracker.sent("m1", 1, time.monotonic() - 10.0)  # far from the last end: its own start
    second = tracker.rate("m1")
    assert second is not None and second.samples == 2
    assert second.seconds_per_part == pytest.approx(5.5, abs=0.1)  # halfway to 10
    assert len(published) == 1  # not yet a second later
    tracker.flush("m1")
    assert published[-1] == second
    assert tracker.rate("m2") is None


def test_a_modem_going_straight_on_counts_the_time_between_sends() -> None:
    tracker = RateTracker(weight=1.0)
    tracker.sent("m1", 1, time.monotonic() - 0.1)
    end = time.monotonic()
    while time.monotonic() - end < 0.2:  # claiming and recording the next row
        pass
    tracker.sent("m1", 1, time.monotonic())  # the send itself took no time
    rate = tracker.rate("m1")
    assert rate is not None and rate.seconds_per_part >= 0.2


def test_a_seeded_average_continues_and_a_failing_publisher_is_harmless() -> None:
    def broken(rate: Rate) -> None:
        raise RuntimeError("database gone")

    tracker = RateTracker(weight=0.5, publish=broken)
    tracker.seed(Rate("m1", 4.0, 10))
    tracker.sent("m1", 1, time.monotonic() - 2.0)
    rate = tracker.rate("m1")
    assert rate is not None and rate.samples == 11
    assert rate.seconds_per_part == pytest.approx(3.0, abs=0.05)
