"""The fault state: what an injected fault makes the emulated modem do next."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass


@dataclass
class Faults:
    delay: float = 0.0
    fail_next: int = 0
    fail_next_cms: int = 500
    fail_every: int = 0
    fail_every_cms: int = 500
    fail_numbers: dict[str, int] = dataclasses.field(default_factory=dict)
    hung: bool = False
    hung_until: float | None = None  # time.monotonic() when a timed hang ends
    hang_after: int = 0  # hang once this many more parts were accepted...
    hang_for: float | None = None  # ...for this long (None: until hang(False))
    unregister_after: int = 0  # lose the network once this many more parts were accepted


def normalise_number(number: str) -> str:
    number = re.sub(r"[\s./-]", "", number)
    if number.startswith("00"):
        number = "+" + number[2:]
    return number
