"""The emulated modem's state, shared by the device (its public API) and the AT session."""

from __future__ import annotations

import collections
import threading
import time

from bindesk.sms.emulator.faults import Faults
from bindesk.sms.emulator.line import Line
from bindesk.sms.emulator.records import SentSms, Stored, SubmittedPart
from bindesk.sms.pdu import DeliverPdu


class ModemCore:
    """What the emulated modem knows: its settings, SIM, records and injected faults.

    All of it is guarded by ``_lock``; :class:`~bindesk.sms.emulator.device.Emulator` changes
    it from the test's thread, the AT session from the reader thread.
    """

    SIM_CAPACITY = 30

    def __init__(
        self,
        *,
        delay: float = 0.0,
        pin: str | None = None,
        smsc: str | None = "+32475161616",
        manufacturer: str = "bindesk",
        model: str = "SIM-EMU",
        imei: str = "350000000000001",
        operator: str = "BASE",
        registered: bool = True,
        operator_code: str = "20620",
        signal_rssi: int = 20,
        device_path: str | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self._faults = Faults(delay=delay)
        self._pin = pin
        self._sim_locked = pin is not None
        self._pin_attempts_left = 3
        self._smsc = smsc
        self._manufacturer = manufacturer
        self._model = model
        self._imei = imei
        self._operator = operator
        self._operator_code = operator_code
        self._registered = registered
        self._rssi = self._initial_rssi = signal_rssi
        self._requested_path = device_path
        self._tmpdir: str | None = None
        self.device = ""
        self._line: Line | None = None
        # modem settings (reset by a replug: a power cycle)
        self._echo = True
        self._cmee = 0
        self._charset = "GSM"
        self._cops_format = 0
        self._cnmi = (0, 0, 0, 0, 0)
        # records
        self._parts: list[SubmittedPart] = []
        self._sent: list[SentSms] = []
        self._pending: dict[tuple[str, int, int], dict[int, SubmittedPart]] = {}
        self._trace: collections.deque[tuple[float, str, bytes]] = collections.deque(maxlen=200_000)
        self._storage: dict[int, Stored] = {}
        self._reports = True
        self._report_status = 0
        self._next_mr = 1
        self._cmgs_attempts = 0
        self._concat_ref = 0
        self._urcs: list[bytes] = []

    def _hung(self) -> bool:
        """Caller holds the lock."""
        faults = self._faults
        if faults.hung and faults.hung_until is not None and time.monotonic() >= faults.hung_until:
            faults.hung, faults.hung_until = False, None
        return faults.hung

    def _store(self, pdu: DeliverPdu) -> int | None:
        for index in range(1, self.SIM_CAPACITY + 1):
            if index not in self._storage:
                self._storage[index] = Stored(0, pdu.pdu, pdu.tpdu_length)
                return index
        return None  # SIM full: the network keeps it (and we drop it)

    def _tx(self, line: Line, data: bytes) -> None:
        with self._lock:
            if self._hung() or self._line is not line:
                return
            self._trace.append((time.monotonic(), "tx", data))
        line.write(data)
