"""Pure parts of bindesk.sms.modem: spec parsing and error classification (no device)."""

from __future__ import annotations

import gammu
import pytest

from bindesk.domain.errors import InvalidInput
from bindesk.sms.modem import Modem, ModemError, ModemErrorKind, ModemSpec, classify


@pytest.mark.parametrize(
    ("raw", "connection", "device", "pin", "smsc"),
    [
        ("/dev/ttyUSB0", "at", "/dev/ttyUSB0", None, None),
        ("at:/dev/ttyUSB0", "at", "/dev/ttyUSB0", None, None),
        ("at115200:/dev/ttyS0", "at115200", "/dev/ttyS0", None, None),
        ("AT19200:/dev/ttyS1", "at19200", "/dev/ttyS1", None, None),
        ("COM3", "at", "COM3", None, None),
        ("at:COM3?pin=1234", "at", "COM3", "1234", None),
        (
            " /dev/ttyUSB1?pin=0000&smsc=+32475161616 ",
            "at",
            "/dev/ttyUSB1",
            "0000",
            "+32475161616",
        ),
        (
            "/dev/serial/by-id/usb-Huawei_E3531-if00?smsc=%2B32486000005",
            "at",
            "/dev/serial/by-id/usb-Huawei_E3531-if00",
            None,
            "+32486000005",
        ),
        ("sim", "sim", None, None, None),
        ("SIM?pin=1234", "sim", None, "1234", None),
    ],
)
def test_parse(
    raw: str, connection: str, device: str | None, pin: str | None, smsc: str | None
) -> None:
    spec = ModemSpec.parse(raw)
    assert (spec.connection, spec.device, spec.pin, spec.smsc) == (connection, device, pin, smsc)
    assert spec.raw == raw.strip()


def test_plus_in_query_is_kept() -> None:
    # parse_qsl would turn an unescaped "+" into a space; the spec keeps the number intact
    assert ModemSpec.parse("/dev/ttyUSB0?smsc=+32475161616").smsc == "+32475161616"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "Geen modem"),
        ("   ", "Geen modem"),
        ("usb:/dev/ttyUSB0", "Onbekend verbindingstype"),
        ("at:", "Geen apparaat"),
        ("/dev/ttyUSB0?pin=12", "PIN-code"),
        ("/dev/ttyUSB0?pin=abcd", "PIN-code"),
        ("/dev/ttyUSB0?smsc=SMSC", "SMS-centrale"),
        ("/dev/ttyUSB0?speed=9600", "Onbekende optie"),
        ("/dev/ttyUSB0?pin", "Ongeldige opties"),
    ],
)
def test_parse_refuses_bad_specs_in_dutch(raw: str, fragment: str) -> None:
    with pytest.raises(InvalidInput, match=fragment):
        ModemSpec.parse(raw)


def test_labels() -> None:
    assert ModemSpec.parse("at:/dev/ttyUSB0?pin=1234").label() == "/dev/ttyUSB0"
    sim = ModemSpec.parse("sim")
    assert sim.simulated
    assert sim.label() == "SIMULATIE"
    assert not ModemSpec.parse("/dev/ttyUSB0").simulated


@pytest.mark.parametrize(
    ("name", "during", "kind"),
    [
        ("ERR_UNKNOWN", "send", ModemErrorKind.TRANSIENT),  # any +CMS ERROR after the PDU
        ("ERR_FULL", "send", ModemErrorKind.TRANSIENT),  # CMS 322
        ("ERR_PHONE_INTERNAL", "send", ModemErrorKind.TRANSIENT),
        ("ERR_INVALIDDATA", "send", ModemErrorKind.RECIPIENT),
        ("ERR_DEVICEWRITEERROR", "send", ModemErrorKind.MODEM_DOWN),
        ("ERR_DEVICENOTEXIST", "open", ModemErrorKind.MODEM_DOWN),
        ("ERR_DEVICEOPENERROR", "open", ModemErrorKind.MODEM_DOWN),
        ("ERR_TIMEOUT", "send", ModemErrorKind.MODEM_DOWN),
        ("ERR_TIMEOUT", "info", ModemErrorKind.MODEM_DOWN),
        ("ERR_SECURITYERROR", "send", ModemErrorKind.CONFIG),
        ("ERR_SECURITYERROR", "open", ModemErrorKind.CONFIG),
        ("ERR_NOSIM", "open", ModemErrorKind.CONFIG),
        ("ERR_GETTING_SMSC", "send", ModemErrorKind.CONFIG),
        ("ERR_DEVICENOPERMISSION", "open", ModemErrorKind.CONFIG),
        ("ERR_UNKNOWN", "open", ModemErrorKind.MODEM_DOWN),
        ("ERR_UNKNOWN", "read", ModemErrorKind.TRANSIENT),
        ("err_timeout", "send", ModemErrorKind.MODEM_DOWN),
    ],
)
def test_classify(name: str, during: str, kind: ModemErrorKind) -> None:
    assert classify(name, during) is kind


def test_every_gammu_error_has_a_kind() -> None:
    for name in gammu.Errors:
        for during in ("open", "send", "read", "info"):
            assert isinstance(classify(name, during), ModemErrorKind)


def test_error_messages_are_dutch_and_name_the_modem() -> None:
    modem = Modem(ModemSpec.parse("/dev/ttyUSB7"))
    for name in ("ERR_DEVICEWRITEERROR", "ERR_UNKNOWN", "ERR_SECURITYERROR", "ERR_NOSIM"):
        error = modem._error(getattr(gammu, name)({"Code": gammu.Errors[name]}), "send")
        assert isinstance(error, ModemError)
        assert error.code == name
        assert "/dev/ttyUSB7" in str(error)
        assert "Traceback" not in str(error)
    assert "probeert" in str(modem._error(gammu.ERR_UNKNOWN({"Code": 27}), "send"))


def test_using_a_closed_modem_is_modem_down() -> None:
    modem = Modem(ModemSpec.parse("/dev/ttyUSB7"))
    assert not modem.is_open
    with pytest.raises(ModemError) as caught:
        modem.send("+32470123456", "x", unicode=False)
    assert caught.value.kind is ModemErrorKind.MODEM_DOWN


def test_close_without_open_is_harmless() -> None:
    Modem(ModemSpec.parse("sim")).close()
