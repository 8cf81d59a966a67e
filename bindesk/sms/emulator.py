"""An AT GSM modem on a pseudo-terminal: demo mode and the boundary for tests.

The emulator opens a pty, puts its slave side in raw mode and answers, from a reader thread,
the AT commands that Gammu's AT driver sends (init, PIN, signal, network, SMSC, PDU-mode
``AT+CMGS``, SIM storage with ``AT+CMGL``/``AT+CMGR``/``AT+CMGD``, CNMI). Every submitted
SMS-SUBMIT PDU is decoded here (number, status-report request, GSM 03.38 / UCS-2 text,
concatenation header) so a test can check what a real handset would have received.

Faults can be injected while a client is connected: ``+CMS ERROR`` codes, a delay per SMS
part, a hung modem, an unplugged device, a locked SIM, no network.

The device path handed out is a *stable symlink* (``<tmpdir>/ttyEMU0 -> /dev/pts/N``):
:meth:`Emulator.unplug` removes it and :meth:`Emulator.replug` points it at a fresh pty, like
a USB modem that comes back under the same udev name. The emulator must live in the process
that checks its results (a test kills a dispatcher subprocess that has the pty open; the
emulator and what it received survive because they stay in the pytest process).

This module never imports gammu: it speaks the wire protocol only.

Run ``python -m bindesk.sms.emulator --delay 0.5`` for a modem to point bindesk at.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import datetime as dt
import errno
import fcntl
import os
import re
import select
import shutil
import signal
import sys
import tempfile
import termios
import threading
import time
import tty
from collections.abc import Sequence
from dataclasses import dataclass

from bindesk.sms.pdu import (
    DeliverPdu,
    PduError,
    SubmitPdu,
    decode_submit_pdu,
    encode_deliver_pdus,
    encode_status_report_pdu,
    gsm7_decode,
    gsm7_encode,
)

__all__ = [
    "DeliverPdu",
    "Emulator",
    "PduError",
    "SentSms",
    "SubmitPdu",
    "SubmittedPart",
    "decode_submit_pdu",
    "encode_deliver_pdus",
    "encode_status_report_pdu",
    "gsm7_decode",
    "gsm7_encode",
]

_CTRL_Z = 0x1A
_ESC = 0x1B


# ---------------------------------------------------------------------------------------------
# What the emulator records
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubmittedPart:
    """One ``AT+CMGS`` PDU as the emulator received it (accepted or answered with an error)."""

    number: str
    text: str  # the text of this part only
    encoding: str  # "gsm7" | "ucs2" | "8bit"
    ref: int | None  # concatenation reference (None for a single-part SMS)
    seq: int | None
    total: int | None
    mr: int | None  # the reference answered in +CMGS (None when the part was refused)
    status_report: bool
    at: float  # time.monotonic() when the PDU was complete (Ctrl-Z received)
    accepted: bool
    cms_error: int | None  # the +CMS ERROR code answered, if refused
    smsc: str | None  # SMSC address the client put in front of the PDU
    validity: dt.timedelta | None  # relative validity period asked for (None: not given)
    pdu: str


@dataclass(frozen=True)
class SentSms:
    """A message whose every part was accepted (concatenated parts reassembled in order)."""

    number: str
    text: str
    encoding: str
    parts: int
    references: tuple[int, ...]  # +CMGS message references, in part order
    status_report: bool  # every part asked for a status report
    completed_at: float  # time.monotonic() of the last part


@dataclass
class _Stored:
    """One SIM memory slot."""

    stat: int  # 0 received unread, 1 received read
    pdu: str
    tpdu_length: int


@dataclass
class _Faults:
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


def _normalise_number(number: str) -> str:
    number = re.sub(r"[\s./-]", "", number)
    if number.startswith("00"):
        number = "+" + number[2:]
    return number


# ---------------------------------------------------------------------------------------------
# The pseudo-terminal line
# ---------------------------------------------------------------------------------------------


class _Line:
    """One pty (master + slave held open) and its reader thread."""

    def __init__(self, emulator: Emulator) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)  # no echo, no CR/LF mangling by the line discipline
        os.set_blocking(self.master, False)
        self.slave_name = os.ttyname(self.slave)
        self.stopping = threading.Event()
        self._emulator = emulator
        self.thread = threading.Thread(
            target=emulator._run, args=(self,), name=f"emulator {self.slave_name}", daemon=True
        )

    def write(self, data: bytes) -> None:
        """Write to the client; gives up after a second if nobody drains the pty."""
        deadline = time.monotonic() + 1.0
        view = memoryview(data)
        while view and not self.stopping.is_set():
            try:
                n = os.write(self.master, view)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.005)
                continue
            except OSError:
                return
            view = view[n:]

    def release_exclusive(self) -> None:
        """Undo a client's TIOCEXCL (Gammu sets it on open and never clears it).

        A pty's tty outlives its openers while the master is open, so the exclusive flag would
        stay set after Gammu closes or is killed, and every later open by a non-root user would
        fail with EBUSY (root ignores the flag). The emulated port therefore does not enforce
        exclusive access: the flag is cleared within one poll interval of being set.
        """
        with contextlib.suppress(OSError):
            fcntl.ioctl(self.slave, termios.TIOCNXCL)

    def close(self) -> None:
        self.stopping.set()
        if self.thread.is_alive() and threading.current_thread() is not self.thread:
            self.thread.join(timeout=5)
        for fd in (self.master, self.slave):
            with contextlib.suppress(OSError):
                os.close(fd)


class Emulator:
    """An AT modem on a pty. See the module docstring; all public methods are thread-safe."""

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
        self._faults = _Faults(delay=delay)
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
        self._line: _Line | None = None
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
        self._storage: dict[int, _Stored] = {}
        self._reports = True
        self._report_status = 0
        self._next_mr = 1
        self._cmgs_attempts = 0
        self._concat_ref = 0
        self._urcs: list[bytes] = []

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
        line = _Line(self)
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
            self._faults.fail_numbers[_normalise_number(number)] = cms

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

    def _hung(self) -> bool:
        """Caller holds the lock."""
        faults = self._faults
        if faults.hung and faults.hung_until is not None and time.monotonic() >= faults.hung_until:
            faults.hung, faults.hung_until = False, None
        return faults.hung

    def reset_faults(self) -> None:
        """Back to a healthy modem: no delay, no failures, not hung, registered, initial signal,
        status reports on, SIM unlocked (the PIN stays required after a replug if one was
        set). Records and SIM memory are kept: see clear_records() and clear_storage()."""
        with self._lock:
            self._faults = _Faults()
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

    def _store(self, pdu: DeliverPdu) -> int | None:
        for index in range(1, self.SIM_CAPACITY + 1):
            if index not in self._storage:
                self._storage[index] = _Stored(0, pdu.pdu, pdu.tpdu_length)
                return index
        return None  # SIM full: the network keeps it (and we drop it)

    # -- the reader thread ----------------------------------------------------------------------

    def _run(self, line: _Line) -> None:
        session = _Session(self, line)
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

    def _tx(self, line: _Line, data: bytes) -> None:
        with self._lock:
            if self._hung() or self._line is not line:
                return
            self._trace.append((time.monotonic(), "tx", data))
        line.write(data)


class _Session:
    """The command interpreter of one plugged-in pty (runs in its reader thread)."""

    def __init__(self, emulator: Emulator, line: _Line) -> None:
        self.emu = emulator
        self.line = line
        self.buffer = bytearray()
        self.pdu_length: int | None = None  # set while waiting for a PDU after the prompt

    def reset(self) -> None:
        self.buffer.clear()
        self.pdu_length = None

    # -- output helpers -------------------------------------------------------------------------

    def tx(self, data: bytes | str) -> None:
        self.emu._tx(self.line, data.encode("latin-1") if isinstance(data, str) else data)

    def reply(self, *lines: str, final: str = "OK") -> None:
        body = "".join(f"\r\n{line}\r\n" for line in lines)
        self.tx(body + f"\r\n{final}\r\n")

    def error(self) -> None:
        self.tx("\r\nERROR\r\n")

    def cme(self, code: int) -> None:
        with self.emu._lock:
            cmee = self.emu._cmee
        self.tx(f"\r\n+CME ERROR: {code}\r\n" if cmee else "\r\nERROR\r\n")

    def cms(self, code: int) -> None:
        with self.emu._lock:
            cmee = self.emu._cmee
        self.tx(f"\r\n+CMS ERROR: {code}\r\n" if cmee else "\r\nERROR\r\n")

    def flush_urcs(self) -> None:
        with self.emu._lock:
            urcs, self.emu._urcs = self.emu._urcs, []
        if self.pdu_length is None and not self.buffer:
            for urc in urcs:
                self.tx(urc)
        else:
            with self.emu._lock:
                self.emu._urcs[:0] = urcs

    # -- input ----------------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        echo = bytearray()  # PDU characters are echoed per chunk, as they arrive
        for byte in data:
            if self.line.stopping.is_set():
                return
            if self.pdu_length is None:
                self._feed_command(byte)
            elif byte in (_CTRL_Z, _ESC):
                self._echo_pdu(echo)
                self._end_pdu(byte)
            elif byte not in (0x0D, 0x0A):
                echo.append(byte)
                if len(self.buffer) < 2048:
                    self.buffer.append(byte)
        self._echo_pdu(echo)

    def _echo_pdu(self, echo: bytearray) -> None:
        with self.emu._lock:
            enabled = self.emu._echo
        if echo and enabled:
            self.tx(bytes(echo))
        echo.clear()

    def _end_pdu(self, byte: int) -> None:
        pdu = self.buffer.decode("latin-1")
        length = self.pdu_length or 0
        self.reset()
        if byte == _CTRL_Z:
            self._submit(pdu.strip(), length)
        else:
            self.tx("\r\nOK\r\n")  # a cancelled PDU: like most modems, just OK

    def _feed_command(self, byte: int) -> None:
        if byte in (_ESC, _CTRL_Z):  # cancel whatever was typed
            self.buffer.clear()
        elif byte == 0x0D:
            line = self.buffer.decode("latin-1")
            self.buffer.clear()
            with self.emu._lock:
                echo = self.emu._echo
            if echo:
                self.tx(line + "\r")
            if line.strip():
                self._command(line.strip())
        elif byte == 0x0A:
            pass
        elif byte in (0x08, 0x7F):
            del self.buffer[-1:]
        elif len(self.buffer) < 4096:
            self.buffer.append(byte)

    # -- commands -------------------------------------------------------------------------------

    def _command(self, line: str) -> None:
        upper = line.upper()
        if not upper.startswith("AT"):
            self.error()
            return
        body = line[2:]
        name, arg = _split_command(body)
        handler = _HANDLERS.get(name)
        if handler is None:
            self.error()
            return
        handler(self, arg)

    # basic

    def at_plain(self, arg: str) -> None:
        self.reply()

    def at_echo(self, arg: str) -> None:
        with self.emu._lock:
            self.emu._echo = arg.strip() != "0"
        self.reply()

    def at_cmee(self, arg: str) -> None:
        if arg.startswith("="):
            value = arg[1:].strip()
            if value not in ("0", "1", "2"):
                self.error()
                return
            with self.emu._lock:
                self.emu._cmee = int(value)
            self.reply()
        elif arg == "?":
            with self.emu._lock:
                self.reply(f"+CMEE: {self.emu._cmee}")
        else:
            self.reply("+CMEE: (0-2)")

    def at_cscs(self, arg: str) -> None:
        if arg == "?":
            with self.emu._lock:
                self.reply(f'+CSCS: "{self.emu._charset}"')
        elif arg == "=?":
            self.reply('+CSCS: ("GSM","IRA","UCS2")')
        elif arg.startswith("="):
            value = arg[1:].strip().strip('"').upper()
            if value not in ("GSM", "IRA", "UCS2"):
                self.cme(4)
                return
            with self.emu._lock:
                self.emu._charset = value
            self.reply()
        else:
            self.error()

    def _text(self, value: str) -> str:
        """A string parameter in the current TE character set (UCS2 = hex of UTF-16)."""
        with self.emu._lock:
            charset = self.emu._charset
        if charset == "UCS2":
            return value.encode("utf-16-be").hex().upper()
        return value

    def at_cgmi(self, arg: str) -> None:
        self.reply(self.emu._manufacturer) if arg != "=?" else self.reply()

    def at_cgmm(self, arg: str) -> None:
        self.reply(self.emu._model) if arg != "=?" else self.reply()

    def at_cgmr(self, arg: str) -> None:
        self.reply("EMU 1.0") if arg != "=?" else self.reply()

    def at_cgsn(self, arg: str) -> None:
        self.reply(self.emu._imei) if arg != "=?" else self.reply()

    def at_cimi(self, arg: str) -> None:
        if self._sim_blocked_cme():
            return
        self.reply("206201234567890")

    def at_cfun(self, arg: str) -> None:
        if arg == "?":
            self.reply("+CFUN: 1")
        elif arg == "=?":
            self.reply("+CFUN: (0,1),(0,1)")
        else:
            self.reply()

    def at_ok_any(self, arg: str) -> None:
        """Commands a plain modem accepts and that change nothing here (CHUP, CCWA, CUSD...)."""
        self.reply()

    # SIM

    def at_cpin(self, arg: str) -> None:
        with self.emu._lock:
            locked, attempts = self.emu._sim_locked, self.emu._pin_attempts_left
            if arg == "?":
                state = "READY" if not locked else ("SIM PIN" if attempts > 0 else "SIM PUK")
                answer: tuple[str, ...] | int = (f"+CPIN: {state}",)
            elif arg == "=?":
                answer = ()
            elif arg.startswith("="):
                given = arg[1:].split(",")[0].strip().strip('"')
                if not locked:
                    answer = 3  # operation not allowed
                elif attempts <= 0:
                    answer = 12  # SIM PUK required
                elif given == self.emu._pin:
                    self.emu._sim_locked = False
                    self.emu._pin_attempts_left = 3
                    answer = ()
                else:
                    self.emu._pin_attempts_left -= 1
                    answer = 16  # incorrect password
            else:
                answer = -1
        if answer == -1:
            self.error()
        elif isinstance(answer, int):
            self.cme(answer)
        else:
            self.reply(*answer)

    def _sim_blocked_cme(self) -> bool:
        with self.emu._lock:
            locked = self.emu._sim_locked
        if locked:
            self.cme(11)
        return locked

    def _sim_blocked_cms(self) -> bool:
        with self.emu._lock:
            locked = self.emu._sim_locked
        if locked:
            self.cms(311)
        return locked

    # network

    def at_csq(self, arg: str) -> None:
        if arg == "=?":
            self.reply("+CSQ: (0-31,99),(0-7,99)")
            return
        with self.emu._lock:
            rssi = self.emu._rssi
        self.reply(f"+CSQ: {rssi},99")

    def _reg_answer(self, name: str, arg: str) -> None:
        if arg.startswith("=") and arg != "=?":
            self.reply()
            return
        if arg == "=?":
            self.reply(f"+{name}: (0-2)")
            return
        with self.emu._lock:
            registered = self.emu._registered and not self.emu._sim_locked
        if registered:
            self.reply(f'+{name}: 2,1,"1F4A","0012D3C5"')
        else:
            self.reply(f"+{name}: 2,0")

    def at_creg(self, arg: str) -> None:
        self._reg_answer("CREG", arg)

    def at_cgreg(self, arg: str) -> None:
        self._reg_answer("CGREG", arg)

    def at_cgatt(self, arg: str) -> None:
        if arg == "?":
            with self.emu._lock:
                attached = self.emu._registered and not self.emu._sim_locked
            self.reply(f"+CGATT: {int(attached)}")
        elif arg == "=?":
            self.reply("+CGATT: (0,1)")
        else:
            self.reply()

    def at_cops(self, arg: str) -> None:
        if arg == "?":
            with self.emu._lock:
                registered = self.emu._registered and not self.emu._sim_locked
                fmt = self.emu._cops_format
                name, code = self.emu._operator, self.emu._operator_code
            if not registered:
                self.reply("+COPS: 0")
            elif fmt == 2:
                self.reply(f'+COPS: 0,2,"{code}",0')
            else:
                self.reply(f'+COPS: 0,{fmt},"{self._text(name)}",0')
        elif arg == "=?":
            with self.emu._lock:
                name, code = self.emu._operator, self.emu._operator_code
            self.reply(f'+COPS: (2,"{name}","{name}","{code}",0),,(0-4),(0-2)')
        elif arg.startswith("="):
            fields = arg[1:].split(",")
            if len(fields) >= 2 and fields[1].strip() in ("0", "1", "2"):
                with self.emu._lock:
                    self.emu._cops_format = int(fields[1])
            self.reply()
        else:
            self.error()

    # SMS

    def at_csca(self, arg: str) -> None:
        if self._sim_blocked_cms():
            return
        if arg == "?":
            with self.emu._lock:
                smsc = self.emu._smsc
            if smsc:
                toa = 145 if smsc.startswith("+") else 129
                self.reply(f'+CSCA: "{self._text(smsc)}",{toa}')
            else:
                self.reply('+CSCA: "",129')
        elif arg.startswith("=") and arg != "=?":
            value = arg[1:].split(",")[0].strip().strip('"')
            with self.emu._lock:
                if self.emu._charset == "UCS2" and value:
                    with contextlib.suppress(ValueError):
                        value = bytes.fromhex(value).decode("utf-16-be")
                self.emu._smsc = value or None
            self.reply()
        else:
            self.reply()

    def at_cmgf(self, arg: str) -> None:
        if arg == "?":
            self.reply("+CMGF: 0")
        elif arg == "=?":
            self.reply("+CMGF: (0)")
        elif arg.strip() == "=0":
            self.reply()
        else:
            self.error()  # text mode is not emulated: keep clients in PDU mode

    def at_cpms(self, arg: str) -> None:
        if arg == "=?":
            self.reply('+CPMS: ("SM"),("SM"),("SM")')
            return
        if self._sim_blocked_cms():
            return
        with self.emu._lock:
            used, cap = len(self.emu._storage), self.emu.SIM_CAPACITY
        if arg == "?":
            self.reply(f'+CPMS: "SM",{used},{cap},"SM",{used},{cap},"SM",{used},{cap}')
        elif arg.startswith("="):
            mems = [m.strip().strip('"').upper() for m in arg[1:].split(",")]
            if any(m != "SM" for m in mems if m):
                self.cms(302)
                return
            counts = ",".join(f"{used},{cap}" for _ in range(min(3, len(mems)) or 1))
            self.reply(f"+CPMS: {counts}")
        else:
            self.error()

    def at_cmgl(self, arg: str) -> None:
        if arg == "=?":
            self.reply("+CMGL: (0-4)")
            return
        if self._sim_blocked_cms():
            return
        wanted = arg[1:].strip() if arg.startswith("=") else "0"
        if wanted not in ("0", "1", "2", "3", "4"):
            self.cms(302)
            return
        lines: list[str] = []
        with self.emu._lock:
            for index, slot in sorted(self.emu._storage.items()):
                if wanted != "4" and slot.stat != int(wanted):
                    continue
                lines.append(f"+CMGL: {index},{slot.stat},,{slot.tpdu_length}")
                lines.append(slot.pdu)
                if slot.stat == 0:
                    slot.stat = 1
        self.tx("".join(f"\r\n{x}" for x in lines) + ("\r\n" if lines else "") + "\r\nOK\r\n")

    def at_cmgr(self, arg: str) -> None:
        if self._sim_blocked_cms():
            return
        try:
            index = int(arg.lstrip("=").strip())
        except ValueError:
            self.cms(302)
            return
        with self.emu._lock:
            slot = self.emu._storage.get(index)
            if slot is not None:
                answer = (f"+CMGR: {slot.stat},,{slot.tpdu_length}", slot.pdu)
                if slot.stat == 0:
                    slot.stat = 1
        if slot is None or not 1 <= index <= self.emu.SIM_CAPACITY:
            self.cms(321)
            return
        self.reply(*answer)

    def at_cmgd(self, arg: str) -> None:
        if arg == "=?":
            self.reply(f"+CMGD: (1-{self.emu.SIM_CAPACITY}),(0-4)")
            return
        if self._sim_blocked_cms():
            return
        fields = arg.lstrip("=").split(",")
        try:
            index = int(fields[0])
            flag = int(fields[1]) if len(fields) > 1 and fields[1].strip() else 0
        except ValueError:
            self.cms(302)
            return
        with self.emu._lock:
            if flag == 4:
                self.emu._storage.clear()
            elif flag in (1, 2, 3):
                for i in [i for i, s in self.emu._storage.items() if s.stat == 1]:
                    del self.emu._storage[i]
            elif not 1 <= index <= self.emu.SIM_CAPACITY:
                index = -1
            else:
                self.emu._storage.pop(index, None)
        if index == -1:
            self.cms(321)
        else:
            self.reply()

    def at_cnmi(self, arg: str) -> None:
        if arg == "=?":
            self.reply("+CNMI: (0-2),(0-1),(0),(0-2),(0,1)")
        elif arg == "?":
            with self.emu._lock:
                self.reply("+CNMI: " + ",".join(map(str, self.emu._cnmi)))
        elif arg.startswith("="):
            try:
                values = [int(v) if v.strip() else 0 for v in arg[1:].split(",")]
            except ValueError:
                self.cms(302)
                return
            values = (values + [0] * 5)[:5]
            if values[1] > 1 or values[2] != 0 or values[3] > 2:
                self.cms(303)
                return
            with self.emu._lock:
                self.emu._cnmi = tuple(values)  # type: ignore[assignment]
            self.reply()
        else:
            self.error()

    def at_cmgs(self, arg: str) -> None:
        try:
            length = int(arg.lstrip("=").strip())
        except ValueError:
            self.cms(304)
            return
        if not 7 <= length <= 176:
            self.cms(304)
            return
        self.pdu_length = length
        self.tx("\r\n> ")

    # submit

    def _submit(self, pdu_hex: str, length: int) -> None:
        emu = self.emu
        now = time.monotonic()
        try:
            decoded: SubmitPdu | None = decode_submit_pdu(pdu_hex)
        except PduError:
            decoded = None
        with emu._lock:
            delay = emu._faults.delay
        if delay and self.line.stopping.wait(delay):
            return
        with emu._lock:
            if emu._hung() or emu._line is not self.line:
                return
            cms = self._cms_for(decoded, length)
            mr: int | None = None
            if cms is None:
                mr = emu._next_mr
                emu._next_mr = (emu._next_mr + 1) & 0xFF
            if decoded is not None:
                self._record(decoded, pdu_hex, mr, cms, now)
        if cms is not None:
            self.cms(cms)
        else:
            self.reply(f"+CMGS: {mr}")
            self._after_accepted()

    def _after_accepted(self) -> None:
        """Faults that strike after an accepted part (its +CMGS answer is already out)."""
        faults = self.emu._faults
        with self.emu._lock:
            if faults.unregister_after > 0:
                faults.unregister_after -= 1
                if faults.unregister_after == 0:
                    self.emu._registered = False
            if faults.hang_after > 0:
                faults.hang_after -= 1
                if faults.hang_after == 0:
                    faults.hung = True
                    faults.hung_until = (
                        None if faults.hang_for is None else time.monotonic() + faults.hang_for
                    )

    def _cms_for(self, decoded: SubmitPdu | None, length: int) -> int | None:
        """The +CMS ERROR code for this submit, or None to accept it (caller holds the lock)."""
        emu, faults = self.emu, self.emu._faults
        emu._cmgs_attempts += 1
        if decoded is None or decoded.tpdu_length != length:
            return 304  # invalid PDU mode parameter
        if emu._sim_locked:
            return 311
        if not emu._registered:
            return 331
        if decoded.smsc is None and not emu._smsc:
            return 330  # SMSC address unknown
        number_cms = faults.fail_numbers.get(_normalise_number(decoded.number))
        if number_cms is not None:
            return number_cms
        if faults.fail_next > 0:
            faults.fail_next -= 1
            return faults.fail_next_cms
        if faults.fail_every and emu._cmgs_attempts % faults.fail_every == 0:
            return faults.fail_every_cms
        return None

    def _record(
        self, d: SubmitPdu, pdu_hex: str, mr: int | None, cms: int | None, at: float
    ) -> None:
        emu = self.emu
        part = SubmittedPart(
            number=d.number,
            text=d.text,
            encoding=d.encoding,
            ref=d.concat_ref,
            seq=d.concat_seq,
            total=d.concat_total,
            mr=mr,
            status_report=d.status_report,
            at=at,
            accepted=mr is not None,
            cms_error=cms,
            smsc=d.smsc,
            validity=d.validity,
            pdu=pdu_hex,
        )
        emu._parts.append(part)
        if mr is None:
            return
        if d.status_report and emu._reports:
            now = dt.datetime.now(dt.UTC).replace(microsecond=0)
            emu._store(
                encode_status_report_pdu(
                    reference=mr,
                    recipient=d.number,
                    smsc=emu._smsc,
                    submitted=now,
                    done=now,
                    status=emu._report_status,
                )
            )
        if d.concat_total is None or d.concat_total <= 1 or d.concat_ref is None:
            emu._sent.append(SentSms(d.number, d.text, d.encoding, 1, (mr,), d.status_report, at))
            return
        key = (d.number, d.concat_ref, d.concat_total)
        got = emu._pending.setdefault(key, {})
        got[d.concat_seq or 0] = part
        if all(seq in got for seq in range(1, d.concat_total + 1)):
            del emu._pending[key]
            ordered = [got[seq] for seq in range(1, d.concat_total + 1)]
            encodings = {p.encoding for p in ordered}
            emu._sent.append(
                SentSms(
                    number=d.number,
                    text="".join(p.text for p in ordered),
                    encoding=encodings.pop() if len(encodings) == 1 else "mixed",
                    parts=d.concat_total,
                    references=tuple(p.mr for p in ordered if p.mr is not None),
                    status_report=all(p.status_report for p in ordered),
                    completed_at=at,
                )
            )


def _split_command(body: str) -> tuple[str, str]:
    """("+CMGS", "=23") from "+CMGS=23"; ("E", "1") from "E1"; ("", "") from "" (plain AT)."""
    if not body:
        return "", ""
    if body[0] in "+$^*%#&":
        m = re.match(r"([+$^*%#&][A-Za-z]+)(.*)$", body)
        if not m:
            return body.upper(), ""
        return m.group(1).upper(), m.group(2).strip()
    return body[0].upper(), body[1:].strip()


_HANDLERS = {
    "": _Session.at_plain,
    "E": _Session.at_echo,
    "Z": _Session.at_plain,
    "&F": _Session.at_plain,
    "+CMEE": _Session.at_cmee,
    "+CSCS": _Session.at_cscs,
    "+CGMI": _Session.at_cgmi,
    "+GMI": _Session.at_cgmi,
    "+CGMM": _Session.at_cgmm,
    "+GMM": _Session.at_cgmm,
    "+CGMR": _Session.at_cgmr,
    "+GMR": _Session.at_cgmr,
    "+CGSN": _Session.at_cgsn,
    "+GSN": _Session.at_cgsn,
    "+CIMI": _Session.at_cimi,
    "+CFUN": _Session.at_cfun,
    "+CHUP": _Session.at_ok_any,
    "+CCWA": _Session.at_ok_any,
    "+CUSD": _Session.at_ok_any,
    "+CPIN": _Session.at_cpin,
    "+CSQ": _Session.at_csq,
    "+CREG": _Session.at_creg,
    "+CGREG": _Session.at_cgreg,
    "+CGATT": _Session.at_cgatt,
    "+COPS": _Session.at_cops,
    "+CSCA": _Session.at_csca,
    "+CMGF": _Session.at_cmgf,
    "+CPMS": _Session.at_cpms,
    "+CMGL": _Session.at_cmgl,
    "+CMGR": _Session.at_cmgr,
    "+CMGD": _Session.at_cmgd,
    "+CNMI": _Session.at_cnmi,
    "+CMGS": _Session.at_cmgs,
}


# ---------------------------------------------------------------------------------------------
# python -m bindesk.sms.emulator
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bindesk.sms.emulator",
        description="Run an emulated AT GSM modem on a pseudo-terminal until Ctrl-C.",
    )
    parser.add_argument("--delay", type=float, default=0.0, help="seconds per SMS part")
    parser.add_argument("--pin", default=None, help="require this SIM PIN")
    parser.add_argument("--smsc", default="+32475161616", help="SMSC number ('' for none)")
    parser.add_argument("--fail-every", type=int, default=0, help="every n-th part fails")
    parser.add_argument("--path", default=None, help="device path (symlink) to create")
    args = parser.parse_args(argv)

    emulator = Emulator(
        delay=args.delay, pin=args.pin, smsc=args.smsc or None, device_path=args.path
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):  # explicit: a background job ignores SIGINT
        signal.signal(signum, lambda *_: stop.set())
    with emulator:
        emulator.fail_every(args.fail_every)
        print(emulator.device, flush=True)
        shown = 0
        while not stop.wait(0.2):
            sent = emulator.sent()
            for sms in sent[shown:]:
                print(
                    f"SMS naar {sms.number} ({sms.encoding}, {sms.parts} deel/delen): {sms.text}",
                    flush=True,
                )
            shown = len(sent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
