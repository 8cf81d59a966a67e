"""The AT command interpreter of one plugged-in pty (runs in its reader thread)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time

from bindesk.sms.emulator.faults import normalise_number
from bindesk.sms.emulator.line import Line
from bindesk.sms.emulator.records import SentSms, SubmittedPart
from bindesk.sms.emulator.state import ModemCore
from bindesk.sms.pdu import (
    PduError,
    SubmitPdu,
    decode_submit_pdu,
    encode_status_report_pdu,
)

_CTRL_Z = 0x1A
_ESC = 0x1B


class Session:
    """The command interpreter of one plugged-in pty (runs in its reader thread)."""

    def __init__(self, emulator: ModemCore, line: Line) -> None:
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
        name, arg = split_command(body)
        handler = HANDLERS.get(name)
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
        number_cms = faults.fail_numbers.get(normalise_number(decoded.number))
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


def split_command(body: str) -> tuple[str, str]:
    """("+CMGS", "=23") from "+CMGS=23"; ("E", "1") from "E1"; ("", "") from "" (plain AT)."""
    if not body:
        return "", ""
    if body[0] in "+$^*%#&":
        m = re.match(r"([+$^*%#&][A-Za-z]+)(.*)$", body)
        if not m:
            return body.upper(), ""
        return m.group(1).upper(), m.group(2).strip()
    return body[0].upper(), body[1:].strip()


HANDLERS = {
    "": Session.at_plain,
    "E": Session.at_echo,
    "Z": Session.at_plain,
    "&F": Session.at_plain,
    "+CMEE": Session.at_cmee,
    "+CSCS": Session.at_cscs,
    "+CGMI": Session.at_cgmi,
    "+GMI": Session.at_cgmi,
    "+CGMM": Session.at_cgmm,
    "+GMM": Session.at_cgmm,
    "+CGMR": Session.at_cgmr,
    "+GMR": Session.at_cgmr,
    "+CGSN": Session.at_cgsn,
    "+GSN": Session.at_cgsn,
    "+CIMI": Session.at_cimi,
    "+CFUN": Session.at_cfun,
    "+CHUP": Session.at_ok_any,
    "+CCWA": Session.at_ok_any,
    "+CUSD": Session.at_ok_any,
    "+CPIN": Session.at_cpin,
    "+CSQ": Session.at_csq,
    "+CREG": Session.at_creg,
    "+CGREG": Session.at_cgreg,
    "+CGATT": Session.at_cgatt,
    "+COPS": Session.at_cops,
    "+CSCA": Session.at_csca,
    "+CMGF": Session.at_cmgf,
    "+CPMS": Session.at_cpms,
    "+CMGL": Session.at_cmgl,
    "+CMGR": Session.at_cmgr,
    "+CMGD": Session.at_cmgd,
    "+CNMI": Session.at_cnmi,
    "+CMGS": Session.at_cmgs,
}
