"""Probing modems for Instellingen through python-gammu's real AT driver: what the desk is
told for each problem is Dutch and says what to do; port detection with pyserial."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from serial.tools import list_ports, list_ports_common

from bindesk.sms import probe
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import Modem, ModemError, ModemSpec


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator


def test_a_working_modem_reports_identity_signal_network_and_smsc(emu: Emulator) -> None:
    result = probe.probe(ModemSpec.parse(emu.device))
    assert result.ok and not result.error
    assert (result.manufacturer, result.imei, result.smsc) == (
        "bindesk",
        "350000000000001",
        "+32475161616",
    )
    assert isinstance(result.signal_percent, int) and result.operator
    assert result.pin_state == "ontgrendeld"


def test_no_network_pin_needed_and_pin_wrong_are_told_in_dutch(emu: Emulator) -> None:
    emu.set_registered(False)
    result = probe.probe(ModemSpec.parse(emu.device))
    assert not result.ok and "niet aangemeld op het gsm-netwerk" in result.error
    emu.set_registered(True)

    emu.require_pin("2468")
    result = probe.probe(ModemSpec.parse(emu.device))
    assert not result.ok and result.pin_state == "PIN nodig"
    assert "vraagt een PIN-code" in result.error and "modeminstellingen" in result.error
    result = probe.probe(ModemSpec.parse(f"{emu.device}?pin=1111"))
    assert not result.ok and result.pin_state == "PIN geweigerd"
    assert "PIN-code geweigerd" in result.error and "PUK" in result.error
    result = probe.probe(ModemSpec.parse(f"{emu.device}?pin=2468"))
    assert result.ok and result.pin_state == "ontgrendeld"


def test_a_port_in_use_is_told_and_the_test_sms_is_refused(emu: Emulator) -> None:
    with Modem(ModemSpec.parse(emu.device)):
        result = probe.probe(ModemSpec.parse(emu.device))
        assert not result.ok and "in gebruik" in result.error
        with pytest.raises(ModemError, match="in gebruik"):
            probe.send_test(ModemSpec.parse(emu.device), "+32470112233")
    assert emu.sent() == []


def test_a_missing_device_is_told(tmp_path: object) -> None:
    result = probe.probe(ModemSpec.parse("/dev/ttyUSB97"))
    assert not result.ok and "niet gevonden" in result.error and "ingeplugd" in result.error


def test_detect_keeps_modem_like_ports_usb_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyserial's own port objects, as list_ports gives them on Linux and Windows."""
    ports = []
    for device, description, vid in (
        ("/dev/ttyS0", "ttyS0", None),
        ("/dev/ttyUSB2", "HUAWEI Mobile Connect - 3G Modem", 0x12D1),
        ("COM3", "Simcom HS-USB AT Port 9001 (COM3)", 0x1E0E),
        ("/dev/ttyACM0", "n/a", None),
    ):
        port = list_ports_common.ListPortInfo(device, skip_link_detection=True)
        port.description = description
        port.vid = vid
        port.pid = 0x1001 if vid else None
        ports.append(port)
    monkeypatch.setattr(list_ports, "comports", lambda: ports)
    found = probe.detect_ports()
    assert [p.device for p in found] == ["/dev/ttyUSB2", "COM3", "/dev/ttyACM0"]
    assert found[0].label() == "/dev/ttyUSB2 — HUAWEI Mobile Connect - 3G Modem"
    assert found[1].usb and not found[2].usb and found[2].label() == "/dev/ttyACM0"
