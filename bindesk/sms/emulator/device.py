"""The emulator's public face: plug, unplug, records, fault injection."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import select
import shutil
import tempfile
import time

from bindesk.sms.emulator.faults import Faults, normalise_number
from bindesk.sms.emulator.line import Line
from bindesk.sms.emulator.records import SentSms, SubmittedPart
from bindesk.sms.emulator.session import Session
from bindesk.sms.emulator.state import ModemCore
from bindesk.sms.pdu import encode_deliver_pdus


class Emulator(ModemCore):
    """An AT modem on a pty. See the module docstring; all public methods are thread-safe."""

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> str:
        """Open the pty and start answering; returns the stable device path."""
        with self._lock:
            if self._line is not None:
                return self.device
            if self._requested_path:
                self.device = self._requested_path
            else:
                self._tmpdir = tempfile.mkdtemp(prefix="bindesk-emu-")
                self.device = os.path.join(self._tmpdir, "ttyEMU0")
            self._plug()
            return self.device

    def stop(self) -> None:
        """Stop answering, close the pty and remove the device path."""
        with self._lock:
            line, self._line = self._line, None
        if line is not None:
            line.close()
        with self._lock:
            self._remove_link()
            if self._tmpdir is not None:
                shutil.rmtree(self._tmpdir, ignore_errors=True)
                self._tmpdir = None

    def __enter__(self) -> Emulator:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def pty_name(self) -> str | None:
        """The current ``/dev/pts/N`` behind :attr:`device` (None while unplugged)."""
        with self._lock:
            return self._line.slave_name if self._line else None

    def _plug(self) -> None:
        line = Line(self._run)
        self._line = line
        self._echo, self._cmee, self._charset, self._cops_format = True, 0, "GSM", 0
        self._cnmi = (0, 0, 0, 0, 0)
        self._sim_locked = self._pin is not None
        tmp = f"{self.device}.{os.getpid()}.tmp"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        os.symlink(line.slave_name, tmp)
        os.replace(tmp, self.device)  # atomic: the path never dangles during a replug
        line.thread.start()

    def _remove_link(self) -> None:
        if self.device:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.device)

    # -- records --------------------------------------------------------------------------------

    def sent(self) -> list[SentSms]:
        """Messages whose every part was accepted, in completion order."""
        with self._lock:
            return list(self._sent)

    def submitted_parts(self) -> list[SubmittedPart]:
        """Every PDU received with AT+CMGS, in order, including the refused ones."""
        with self._lock:
            return list(self._parts)

    def trace(self) -> list[tuple[float, str, bytes]]:
        """The wire: (time.monotonic(), "rx" from the client | "tx" to it, bytes)."""
        with self._lock:
            return list(self._trace)

    def stored(self) -> list[tuple[int, str]]:
        """(index, hex PDU) of every message in SIM memory."""
        with self._lock:
            return [(i, s.pdu) for i, s in sorted(self._storage.items())]

    def discard_stored(self, index: int) -> None:
        """Remove one message from SIM memory (as if it never arrived)."""
        with self._lock:
            self._storage.pop(index, None)

    def clear_storage(self) -> None:
        with self._lock:
            self._storage.clear()

    def clear_records(self) -> None:
        """Forget sent messages, parts and the trace (SIM memory is kept)."""
        with self._lock:
            self._parts.clear()
            self._sent.clear()
            self._pending.clear()
            self._trace.clear()

    # -- fault injection ------------------------------------------------------------------------

    def set_delay(self, seconds: float) -> None:
        with self._lock:
            self._faults.delay = max(0.0, seconds)

    def fail_next(self, count: int = 1, cms: int = 500) -> None:
        with self._lock:
            self._faults.fail_next, self._faults.fail_next_cms = count, cms

    def fail_every(self, n: int, cms: int = 500) -> None:
        with self._lock:
            self._faults.fail_every, self._faults.fail_every_cms = max(0, n), cms
            self._cmgs_attempts = 0

    def fail_number(self, number: str, cms: int = 21) -> None:
        with self._lock:
            self._faults.fail_numbers[normalise_number(number)] = cms

    def hang(self, on: bool = True, *, seconds: float | None = None) -> None:
        """Stop answering (and drop what arrives); with ``seconds``, answer again after that
        long, like a modem whose firmware recovers by itself."""
        with self._lock:
            self._faults.hung = on
            self._faults.hung_until = (
                time.monotonic() + seconds if on and seconds is not None else None
            )

    def hang_after(self, parts: int, *, seconds: float | None = None) -> None:
        """Hang right after accepting ``parts`` more SMS parts (see :meth:`hang`)."""
        with self._lock:
            self._faults.hang_after, self._faults.hang_for = parts, seconds

    def lose_registration_after(self, parts: int) -> None:
        """Drop off the network after accepting ``parts`` more SMS parts (+CREG: 2,0; later
        submits answer +CMS ERROR: 331)."""
        with self._lock:
            self._faults.unregister_after = parts

    def reset_faults(self) -> None:
        """Back to a healthy modem: no delay, no failures, not hung, registered, initial signal,
        status reports on, SIM unlocked (the PIN stays required after a replug if one was
        set). Records and SIM memory are kept: see clear_records() and clear_storage()."""
        with self._lock:
            self._faults = Faults()
            self._cmgs_attempts = 0
            self._reports, self._report_status = True, 0
            self._rssi = self._initial_rssi
            self._registered = True
            self._sim_locked = False
            self._pin_attempts_left = 3

    def unplug(self) -> None:
        """The device disappears: the pty closes (client I/O fails) and the path is removed."""
        with self._lock:
            line, self._line = self._line, None
            self._remove_link()
        if line is not None:
            line.close()

    def replug(self) -> None:
        """A fresh pty (a power-cycled modem) behind the same :attr:`device` path."""
        with self._lock:
            if not self.device:
                raise RuntimeError("emulator was never started")
            old, self._line = self._line, None
        if old is not None:
            old.close()
        with self._lock:
            self._plug()

    def require_pin(self, pin: str) -> None:
        with self._lock:
            self._pin = pin
            self._sim_locked = True
            self._pin_attempts_left = 3

    def set_registered(self, on: bool) -> None:
        with self._lock:
            self._registered = on

    def set_signal(self, rssi: int) -> None:
        """+CSQ rssi, 0..31 or 99 (unknown)."""
        with self._lock:
            self._rssi = rssi

    def inject_sms(self, number: str, text: str) -> None:
        """Store an incoming SMS-DELIVER (split into parts if long) in SIM memory."""
        with self._lock:
            self._concat_ref = (self._concat_ref + 1) & 0xFF
            pdus = encode_deliver_pdus(
                number,
                text,
                smsc=self._smsc,
                when=dt.datetime.now(dt.UTC).replace(microsecond=0),
                concat_ref=self._concat_ref,
            )
            for pdu in pdus:
                index = self._store(pdu)
                if index is not None and self._cnmi[1] == 1:
                    self._urcs.append(f'\r\n+CMTI: "SM",{index}\r\n'.encode())

    def deliver_reports(self, on: bool = True, *, status: int = 0) -> None:
        """Store a status report for each accepted part that asked for one (TP-Status
        ``status``: 0 delivered, 0x20.. pending, 0x40.. failed)."""
        with self._lock:
            self._reports = on
            self._report_status = status

    # -- the reader thread ----------------------------------------------------------------------

    def _run(self, line: Line) -> None:
        session = Session(self, line)
        while not line.stopping.is_set():
            line.release_exclusive()
            try:
                ready, _, _ = select.select([line.master], [], [], 0.05)
            except (OSError, ValueError):
                return
            if not ready:
                session.flush_urcs()
                continue
            try:
                data = os.read(line.master, 4096)
            except BlockingIOError:
                continue
            except OSError as exc:
                if exc.errno == errno.EIO:  # no client has the slave open (cannot happen
                    time.sleep(0.05)  # while we hold it, kept for safety)
                    continue
                return
            if not data:
                continue
            with self._lock:
                self._trace.append((time.monotonic(), "rx", data))
                hung = self._hung()
            if hung:
                session.reset()
                continue
            session.feed(data)
