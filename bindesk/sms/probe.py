"""Finding and trying modems for Instellingen and ``bindesk modem detect/test``.

:func:`detect_ports` lists the serial ports that may be a GSM modem with pyserial's
``serial.tools.list_ports`` (``/dev/ttyUSB*``, ``/dev/ttyACM*``, ``COMn``) and their USB
description; :func:`probe` opens one through :class:`~bindesk.sms.modem.Modem` (Gammu's AT
driver, ~4.5 s) and reports what it says; :func:`send_test` sends one test SMS. Each call
opens and closes the modem itself: run them off the GUI thread, and not on a port the
dispatcher holds (Gammu locks the device).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

from bindesk.sms.modem import Modem, ModemError, ModemErrorKind, ModemSpec

#: device names that may be a GSM modem (Linux USB serial/CDC-ACM, Windows COM, macOS)
_CANDIDATE = re.compile(r"(/dev/tty(USB|ACM)\d+|COM\d+|/dev/cu\.usb\w+)$", re.IGNORECASE)

TEST_TEXT = "Testbericht van bindesk: deze modem verstuurt sms'en."


@dataclass(frozen=True)
class PortCandidate:
    device: str  # /dev/ttyUSB0, COM3
    description: str  # "HUAWEI Mobile Connect - 3G Modem"
    hwid: str  # "USB VID:PID=12D1:1001 ..."
    usb: bool

    def label(self) -> str:
        return f"{self.device} — {self.description}" if self.description else self.device


def detect_ports() -> list[PortCandidate]:
    """The serial ports that may be a GSM modem, USB ones first."""
    from serial.tools import list_ports  # pyserial; its Windows lister needs no POSIX module

    found = []
    for port in list_ports.comports():
        if not _CANDIDATE.search(port.device):
            continue
        description = port.description if port.description not in ("n/a", port.name) else ""
        if not description and port.product:
            description = str(port.product)
        found.append(
            PortCandidate(
                device=port.device,
                description=description or "",
                hwid=port.hwid if port.hwid != "n/a" else "",
                usb=port.vid is not None,
            )
        )
    found.sort(key=lambda p: (not p.usb, _natural(p.device)))
    return found


def _natural(device: str) -> tuple[str, int]:
    match = re.search(r"(\d+)$", device)
    return (device[: match.start()] if match else device, int(match.group(1)) if match else -1)


@dataclass(frozen=True)
class ProbeResult:
    """What one modem said when it was opened; ``error`` is Dutch and says what to do."""

    label: str
    ok: bool
    error: str = ""
    error_code: str = ""
    manufacturer: str = ""
    model: str = ""
    imei: str = ""
    signal_percent: int | None = None
    operator: str = ""
    registered: bool = False
    pin_state: str = ""  # "ontgrendeld" / "PIN nodig" / "PIN geweigerd" / "geblokkeerd (PUK)"
    smsc: str = ""
    simulated: bool = False


def _pin_state(error: ModemError) -> str:
    text = error.message
    if error.code != "ERR_SECURITYERROR":
        return ""
    if "geweigerd" in text:
        return "PIN geweigerd"
    if "PUK" in text:
        return "geblokkeerd (PUK)"
    return "PIN nodig"


def not_registered_message(label: str) -> str:
    return (
        f"Modem {label} is niet aangemeld op het gsm-netwerk. Controleer of de simkaart "
        "actief is en of er bereik is (zet de modem eventueel dichter bij een raam)."
    )


def probe(spec: ModemSpec, *, sim_delay: float | None = None) -> ProbeResult:
    """Open the modem, read identity, signal, network and SMSC, close it again."""
    modem = Modem(spec) if sim_delay is None else Modem(spec, sim_delay=sim_delay)
    label = spec.label()
    try:
        info = modem.open()
    except ModemError as exc:
        return ProbeResult(
            label,
            False,
            error=exc.message,
            error_code=exc.code or "",
            pin_state=_pin_state(exc),
            simulated=spec.simulated,
        )
    try:
        return ProbeResult(
            label,
            info.registered,
            error="" if info.registered else not_registered_message(label),
            error_code="" if info.registered else "NOT_REGISTERED",
            manufacturer=info.manufacturer,
            model=info.model,
            imei=info.imei,
            signal_percent=info.signal_percent,
            operator=info.network_name or info.network_code,
            registered=info.registered,
            pin_state="ontgrendeld",
            smsc=info.smsc,
            simulated=info.simulated,
        )
    finally:
        modem.close()


def send_test(spec: ModemSpec, number: str, text: str = TEST_TEXT) -> list[int]:
    """Send one test SMS (GSM-7) and return its message references; raises ModemError."""
    with Modem(spec) as modem:
        info = modem.info()
        if not info.registered:
            raise ModemError(not_registered_message(spec.label()), ModemErrorKind.CONFIG)
        return modem.send(number, text, unicode=False, status_report=False)


def platform_hint() -> str:
    """Where to look when no port is found."""
    if sys.platform.startswith("win"):
        return (
            "Geen modem gevonden. Steek de USB-modem in, installeer het stuurprogramma van de "
            "fabrikant en kijk in Apparaatbeheer onder 'Poorten (COM & LPT)'."
        )
    return (
        "Geen modem gevonden. Steek de USB-modem in en wacht enkele seconden; controleer met "
        "'ls /dev/ttyUSB* /dev/ttyACM*' of het apparaat verschijnt."
    )
