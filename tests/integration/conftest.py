"""Emulator and modem fixtures for tests that drive python-gammu's real AT driver.

``Init()`` costs about 4 s, so a module shares one opened modem (``modem_shared``) on one
emulator (``emu_shared``); ``emu_clean``/``modem_ready`` hand them to a test with faults,
records and SIM memory reset. Tests that need a fresh modem (PIN, unplug, hang) make their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from bindesk.sms.modem import Modem, ModemSpec

if TYPE_CHECKING:  # imported where used: the emulator needs a pty, and Windows has none
    from bindesk.sms.emulator import Emulator


@pytest.fixture(scope="module")
def emu_shared() -> Iterator[Emulator]:
    from bindesk.sms.emulator import Emulator

    with Emulator() as emulator:
        yield emulator


@pytest.fixture(scope="module")
def modem_shared(emu_shared: Emulator) -> Iterator[Modem]:
    modem = Modem(ModemSpec.parse(emu_shared.device))
    modem.open()
    yield modem
    modem.close()


@pytest.fixture
def emu_clean(emu_shared: Emulator, modem_shared: Modem) -> Iterator[Emulator]:
    """The shared emulator, healthy and empty, with the shared modem open on it."""
    emu_shared.reset_faults()
    emu_shared.clear_records()
    emu_shared.clear_storage()
    if not modem_shared.is_open:  # a previous test broke it: start over
        modem_shared.open()
    yield emu_shared
    emu_shared.reset_faults()


@pytest.fixture
def modem_ready(emu_clean: Emulator, modem_shared: Modem) -> Modem:
    """The shared, opened modem on a clean emulator (request ``emu_clean`` to steer it)."""
    return modem_shared
