"""The built-in demo modem ("sim") where there is no pseudo-terminal (Windows).

On Linux and macOS the ``sim`` modem is the AT emulator on a pty (:mod:`bindesk.sms.emulator`),
driven by python-gammu's real AT driver. Windows has no pty, and Gammu cannot talk to a
socket, so there :class:`~bindesk.sms.modem.Modem` uses this stand-in for the
``gammu.StateMachine``: it answers the calls the modem makes, encodes every part to its PDU
with Gammu (``EncodePDU``) and decodes it with our own GSM 03.40 codec, like the emulator
does, and records what was "sent". Nothing leaves the building; the desk labels it SIMULATIE
as it does the emulator. No POSIX-only module is imported here, nor gammu itself: the
modem module hands its gammu in (only :mod:`bindesk.sms.modem` imports gammu).
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass
from typing import Any

from bindesk.sms.pdu import decode_submit_pdu

SIMULATED_DEVICE = "SIMULATIE"


@dataclass(frozen=True)
class SimulatedSms:
    """A message whose every part was "sent" (concatenated parts joined in order)."""

    number: str
    text: str
    encoding: str
    parts: int
    references: tuple[int, ...]


class SimulatedLine:
    """Stands where the emulator stands for a ``sim`` modem (``Modem.emulator``)."""

    device = SIMULATED_DEVICE

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._sent: list[SimulatedSms] = []
        self._partial: dict[tuple[str, int], list[tuple[int, str, int]]] = {}
        self._references = itertools.count(1)

    def start(self) -> str:
        return self.device

    def stop(self) -> None:
        """Nothing to close (the emulator's counterpart closes its pty)."""

    def sent(self) -> list[SimulatedSms]:
        with self._lock:
            return list(self._sent)

    def state_machine(self, gammu: Any) -> SimulatedStateMachine:
        return SimulatedStateMachine(self, gammu)

    def _submit(self, pdu_hex: str) -> int:
        submit = decode_submit_pdu(pdu_hex)
        if self.delay:
            time.sleep(self.delay)
        with self._lock:
            mr = next(self._references) % 256
            if submit.concat_ref is None or not submit.concat_total:
                self._sent.append(
                    SimulatedSms(submit.number, submit.text, submit.encoding, 1, (mr,))
                )
                return mr
            key = (submit.number, submit.concat_ref)
            parts = self._partial.setdefault(key, [])
            parts.append((submit.concat_seq or 0, submit.text, mr))
            if len(parts) == submit.concat_total:
                parts.sort()
                del self._partial[key]
                self._sent.append(
                    SimulatedSms(
                        submit.number,
                        "".join(t for _, t, _ in parts),
                        submit.encoding,
                        len(parts),
                        tuple(r for _, _, r in parts),
                    )
                )
            return mr


class SimulatedStateMachine:
    """The part of ``gammu.StateMachine`` that :class:`~bindesk.sms.modem.Modem` uses."""

    def __init__(self, line: SimulatedLine, gammu: Any) -> None:
        self._line = line
        self._gammu = gammu
        self._aborted = False

    def _check(self) -> None:
        if self._aborted:
            raise self._gammu.ERR_ABORTED({"Text": "aborted", "Code": 0, "Where": "simulated"})

    def SetConfig(self, _section: int, _config: dict[str, Any]) -> None:
        pass

    def SetDebugFile(self, _path: str | None) -> None:
        """Gammu's debug log (where the modem reads a refused part's CMS code): none here."""

    def SetDebugLevel(self, _level: str) -> None:
        pass

    def Init(self) -> None:
        self._check()

    def GetSecurityStatus(self) -> None:
        return None

    def EnterSecurityCode(self, _kind: str, _code: str) -> None:
        pass

    def GetSMSC(self, Location: int = 1) -> dict[str, Any]:
        return {"Number": "+32475161616", "Location": Location}

    def GetManufacturer(self) -> str:
        return "bindesk"

    def GetModel(self) -> tuple[str, str]:
        return ("SIM-EMU", "SIM-EMU")

    def GetIMEI(self) -> str:
        return "350000000000001"

    def GetSignalQuality(self) -> dict[str, int]:
        self._check()
        return {"SignalStrength": -73, "SignalPercent": 60, "BitErrorRate": 0}

    def GetNetworkInfo(self) -> dict[str, str]:
        self._check()
        return {"NetworkName": SIMULATED_DEVICE, "NetworkCode": "206 99", "State": "HomeNetwork"}

    def GetNextSMS(self, **_kwargs: Any) -> list[dict[str, Any]]:
        self._check()
        raise self._gammu.ERR_EMPTY({"Text": "empty", "Code": 0, "Where": "simulated"})

    def DeleteSMS(self, **_kwargs: Any) -> None:
        pass

    def SendSMS(self, message: dict[str, Any]) -> int:
        self._check()
        return self._line._submit(self._gammu.EncodePDU(message).hex())

    def Abort(self) -> None:
        self._aborted = True

    def Terminate(self) -> None:
        pass
