"""Where a modem is (:class:`ModemSpec`) and what a modem reports (plain values)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import unquote

from bindesk.domain.errors import InvalidInput

SIMULATED_LABEL = "SIMULATIE"

_CONNECTION_RE = re.compile(r"at(\d{4,7})?", re.IGNORECASE)
_PIN_RE = re.compile(r"\d{4,8}")
NUMBER_RE = re.compile(r"\+?\d{3,20}")


# ---------------------------------------------------------------------------------------------
# Modem specs
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModemSpec:
    """Where a modem is and how to talk to it, parsed from a spec string.

    ``at:/dev/ttyUSB0``, ``/dev/ttyUSB0`` (connection ``at``), ``at115200:/dev/ttyS0``,
    ``COM3`` with an optional ``?pin=1234&smsc=+32475161616``; ``sim`` is the built-in emulator.
    """

    raw: str
    connection: str
    device: str | None
    pin: str | None
    smsc: str | None

    @property
    def simulated(self) -> bool:
        return self.connection == "sim"

    @classmethod
    def parse(cls, spec: str) -> ModemSpec:
        raw = spec.strip()
        if not raw:
            raise InvalidInput(
                "Geen modem opgegeven. Gebruik bijvoorbeeld /dev/ttyUSB0, COM3 of 'sim'."
            )
        target, _, query = raw.partition("?")
        pin, smsc = _parse_query(raw, query)
        target = target.strip()
        if target.lower() == "sim":
            return cls(raw=raw, connection="sim", device=None, pin=pin, smsc=smsc)
        connection, sep, device = target.partition(":")
        if not sep or (len(connection) == 1 and connection.isalpha()):  # no prefix, or C:\...
            connection, device = "at", target
        elif not _CONNECTION_RE.fullmatch(connection):
            raise InvalidInput(
                f"Onbekend verbindingstype '{connection}' in modem '{raw}'. "
                "Gebruik at:, at115200: of laat het weg (bv. at:/dev/ttyUSB0)."
            )
        device = device.strip()
        if not device:
            raise InvalidInput(
                f"Geen apparaat in modem '{raw}'. Geef het pad op, bv. at:/dev/ttyUSB0 of at:COM3."
            )
        return cls(raw=raw, connection=connection.lower(), device=device, pin=pin, smsc=smsc)

    def label(self) -> str:
        """How the desk names this modem."""
        return SIMULATED_LABEL if self.simulated else (self.device or self.raw)


def _parse_query(raw: str, query: str) -> tuple[str | None, str | None]:
    if not query:
        return None, None
    # not parse_qsl: it turns the "+" of an international number into a space
    pairs: list[tuple[str, str]] = []
    for item in query.split("&"):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(
                f"Ongeldige opties in modem '{raw}'. Gebruik bv. ?pin=1234&smsc=+32475161616."
            )
        pairs.append((unquote(key), unquote(value)))
    values: dict[str, str] = {}
    for key, value in pairs:
        key = key.strip().lower()
        if key not in ("pin", "smsc"):
            raise InvalidInput(
                f"Onbekende optie '{key}' in modem '{raw}'. Alleen pin en smsc zijn toegelaten."
            )
        values[key] = value.strip().replace(" ", "")
    pin = values.get("pin") or None
    smsc = values.get("smsc") or None
    if pin is not None and not _PIN_RE.fullmatch(pin):
        raise InvalidInput(
            f"Ongeldige PIN-code in modem '{raw}': een PIN-code heeft 4 tot 8 cijfers."
        )
    if smsc is not None and not NUMBER_RE.fullmatch(smsc):
        raise InvalidInput(
            f"Ongeldig nummer van de SMS-centrale in modem '{raw}'. "
            "Gebruik het internationale formaat, bv. smsc=+32475161616."
        )
    return pin, smsc


# ---------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModemInfo:
    manufacturer: str
    model: str
    imei: str
    signal_percent: int | None
    network_name: str
    network_code: str
    registered: bool
    smsc: str
    simulated: bool


@dataclass(frozen=True)
class InboundText:
    number: str
    text: str
    received_at: dt.datetime  # aware, UTC (the SMSC's timestamp)


@dataclass(frozen=True)
class StatusReport:
    number: str
    reference: int  # the message reference of the sent part (as returned by Modem.send)
    delivered: bool
    status: str  # "delivered" | "pending" | "failed"
    at: dt.datetime  # aware, UTC
    status_code: int = 0  # TP-Status as the network sent it


def status_text(code: int) -> str:
    if code < 0x20:
        return "delivered"
    if code < 0x40:
        return "pending"  # temporary error, the SMSC keeps trying
    return "failed"  # permanent error, or temporary error after which the SMSC gave up


def as_utc(value: object) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        return dt.datetime.now(dt.UTC)
    if value.tzinfo is None:
        value = value.astimezone()  # a naive time from the modem is its local time
    return value.astimezone(dt.UTC)


class PinGuard(Protocol):
    """Remembers PIN codes a SIM refused, so that one is never entered twice (three wrong
    entries block the SIM: PUK). ``identity`` names the modem (``imei:…``, or ``device:…``
    when the IMEI cannot be read); the PIN itself is never logged."""

    def refused(self, identity: str, pin: str) -> bool: ...
    def remember_refused(self, identity: str, pin: str) -> None: ...
