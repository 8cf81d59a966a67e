"""bindesk.sms.modem through python-gammu's real AT driver, against the pty emulator."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from bindesk.domain.errors import InvalidInput
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import (
    InboundText,
    Modem,
    ModemError,
    ModemErrorKind,
    ModemInfo,
    ModemSpec,
    StatusReport,
)

NUMBER = "+32470123456"
UCS2_3_PARTS = (
    "Beste buren, vannacht werd in de Brëestraat ingebroken via de achterdeur. Sluit ramen "
    "en poorten, laat buitenlicht branden en meld verdachte personen via 101. Uw wijkagent"
)


def test_the_ucs2_text_needs_three_parts() -> None:
    assert 134 < len(UCS2_3_PARTS) <= 201  # 67 UCS-2 characters per concatenated part


# ---------------------------------------------------------------------------------------------
# The shared modem
# ---------------------------------------------------------------------------------------------


def test_open_reports_identity_network_and_smsc(modem_ready: Modem) -> None:
    info = modem_ready.info()
    assert info.manufacturer == "bindesk"
    assert info.model == "SIM-EMU"
    assert info.imei == "350000000000001"
    assert info.network_name == "BASE"
    assert info.network_code == "206 20"
    assert info.registered
    assert info.smsc == "+32475161616"
    assert not info.simulated
    assert info.signal_percent is not None and 0 < info.signal_percent <= 100


def test_info_follows_signal_and_registration(emu_clean: Emulator, modem_ready: Modem) -> None:
    strong = modem_ready.info().signal_percent
    emu_clean.set_signal(5)
    weak = modem_ready.info().signal_percent
    assert strong is not None and weak is not None and weak < strong
    emu_clean.set_signal(99)
    assert modem_ready.info().signal_percent is None
    emu_clean.set_registered(False)
    assert not modem_ready.info().registered


def test_gsm7_single_part(emu_clean: Emulator, modem_ready: Modem) -> None:
    text = "Verdachte wagen [1-AB-234] gezien, € 50 beloning: bel 101 ~ dank u!"
    references = modem_ready.send(NUMBER, text, unicode=False)
    assert len(references) == 1
    (sms,) = emu_clean.sent()
    assert (sms.number, sms.text, sms.encoding, sms.parts) == (NUMBER, text, "gsm7", 1)
    assert sms.references == tuple(references)
    assert sms.status_report
    (part,) = emu_clean.submitted_parts()
    assert part.smsc == "+32475161616"  # passed explicitly, read once at open
    assert part.validity is not None and part.validity >= dt.timedelta(days=1)


def test_three_part_ucs2_arrives_as_one_message(emu_clean: Emulator, modem_ready: Modem) -> None:
    references = modem_ready.send(NUMBER, UCS2_3_PARTS, unicode=True)
    assert len(references) == 3
    (sms,) = emu_clean.sent()
    assert sms.text == UCS2_3_PARTS
    assert sms.encoding == "ucs2"
    assert sms.parts == 3
    assert sms.references == tuple(references)
    assert [p.seq for p in emu_clean.submitted_parts()] == [1, 2, 3]


def test_text_outside_gsm7_is_refused_not_transliterated(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    with pytest.raises(InvalidInput, match="Unicode"):
        modem_ready.send(NUMBER, "Kermis in Brëe", unicode=False)
    assert emu_clean.submitted_parts() == []


def test_invalid_number_is_a_recipient_error(emu_clean: Emulator, modem_ready: Modem) -> None:
    with pytest.raises(ModemError) as caught:
        modem_ready.send("04 70 12", "x", unicode=False)
    assert caught.value.kind is ModemErrorKind.RECIPIENT
    assert emu_clean.submitted_parts() == []


def test_cms_error_is_transient_and_the_next_send_works(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    emu_clean.fail_next(1, cms=42)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "Eerste poging", unicode=False)
    assert caught.value.kind is ModemErrorKind.TRANSIENT
    assert caught.value.code == "ERR_UNKNOWN"
    assert "opnieuw" in str(caught.value)
    assert emu_clean.sent() == []
    assert len(modem_ready.send(NUMBER, "Tweede poging", unicode=False)) == 1
    assert [s.text for s in emu_clean.sent()] == ["Tweede poging"]


@pytest.mark.parametrize("cms", [1, 21, 0xC3])
def test_refusal_of_the_number_is_a_recipient_error_at_once(
    emu_clean: Emulator, modem_ready: Modem, cms: int
) -> None:
    """python-gammu loses the CMS code; Gammu's debug output has it (failed before: every
    CMS code came out TRANSIENT, so the member's row burnt five attempts)."""
    emu_clean.fail_number(NUMBER, cms=cms)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "x", unicode=False)
    assert caught.value.kind is ModemErrorKind.RECIPIENT
    assert caught.value.cms == cms
    assert "nummer van het lid" in str(caught.value)
    assert len(modem_ready.send("+32470654321", "ander lid", unicode=False)) == 1


@pytest.mark.parametrize("cms", [38, 41, 42, 47, 27, 500])
def test_a_network_refusal_is_transient_and_never_blames_the_member(
    emu_clean: Emulator, modem_ready: Modem, cms: int
) -> None:
    emu_clean.fail_next(1, cms=cms)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "x", unicode=False)
    assert (caught.value.kind, caught.value.cms) == (ModemErrorKind.TRANSIENT, cms)
    assert "niet aan het nummer van het lid" in str(caught.value)
    assert "Controleer het nummer" not in str(caught.value)


def test_a_subscription_refusal_needs_the_operator(emu_clean: Emulator, modem_ready: Modem) -> None:
    emu_clean.fail_next(1, cms=10)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "x", unicode=False)
    assert (caught.value.kind, caught.value.cms) == (ModemErrorKind.CONFIG, 10)


def test_memory_full_is_transient(emu_clean: Emulator, modem_ready: Modem) -> None:
    emu_clean.fail_next(1, cms=322)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "x", unicode=False)
    assert (caught.value.kind, caught.value.code) == (ModemErrorKind.TRANSIENT, "ERR_FULL")


def test_failure_mid_multipart_names_the_parts_that_went_out(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    emu_clean.fail_every(2)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, UCS2_3_PARTS, unicode=True)
    assert caught.value.kind is ModemErrorKind.TRANSIENT
    (accepted,) = [p for p in emu_clean.submitted_parts() if p.accepted]
    assert caught.value.sent_references == (accepted.mr,)
    assert emu_clean.sent() == []  # the recipient never gets the whole text


def test_lost_registration_is_no_network_not_the_member(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    """Failed before: ERR_UNKNOWN, TRANSIENT (five attempts, then 'controleer het nummer')."""
    emu_clean.set_registered(False)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "x", unicode=False)
    assert caught.value.kind is ModemErrorKind.NO_NETWORK
    assert "geen netwerk" in str(caught.value)
    assert not caught.value.pdu_written or caught.value.cms == 331
    assert [p.cms_error for p in emu_clean.submitted_parts()] == [331]


def test_registration_lost_with_an_unknown_error_is_checked_with_creg(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    """A modem that answers a plain +CMS ERROR: 500 after losing its registration."""
    emu_clean.lose_registration_after(1)
    modem_ready.send(NUMBER, "nog aangemeld", unicode=False)
    emu_clean.fail_next(1, cms=500)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(NUMBER, "x", unicode=False)
    assert caught.value.kind is ModemErrorKind.NO_NETWORK


def test_multipart_parts_can_be_sent_later_with_the_same_reference(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    """Failed before: send() had no concat_ref/done_parts; a resend got a new reference."""
    out: list[tuple[int, int]] = []
    emu_clean.fail_every(2)
    with pytest.raises(ModemError) as caught:
        modem_ready.send(
            NUMBER, UCS2_3_PARTS, unicode=True, concat_ref=0x5A, on_part=lambda *p: out.append(p)
        )
    assert caught.value.kind is ModemErrorKind.TRANSIENT
    assert [seq for seq, _ in out] == [1]
    emu_clean.fail_every(0)
    modem_ready.send(
        NUMBER,
        UCS2_3_PARTS,
        unicode=True,
        concat_ref=0x5A,
        done_parts={1},
        on_part=lambda *p: out.append(p),
    )
    assert [seq for seq, _ in out] == [1, 2, 3]
    accepted = [p for p in emu_clean.submitted_parts() if p.accepted]
    assert [(p.ref, p.seq) for p in accepted] == [(0x5A, 1), (0x5A, 2), (0x5A, 3)]
    (sms,) = emu_clean.sent()  # the phone joins them into one message
    assert sms.text == UCS2_3_PARTS and sms.parts == 3


def test_open_without_network_says_geen_netwerk() -> None:
    """Failed before: open() succeeded and every send then failed as an unknown error."""
    with Emulator(registered=False) as emulator:
        modem = Modem(ModemSpec.parse(emulator.device), register_wait=1.0)
        with pytest.raises(ModemError) as caught:
            modem.open()
        assert caught.value.kind is ModemErrorKind.NO_NETWORK
        assert "geen netwerk" in str(caught.value)
        assert not modem.is_open
        emulator.set_registered(True)
        modem.open()
        modem.close()


def test_inbound_text_is_returned_once_and_deleted(emu_clean: Emulator, modem_ready: Modem) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=2)
    emu_clean.inject_sms("+32470999888", "STOP")
    emu_clean.inject_sms("+32470999777", "Dank u, ik zag de wagen ook in de Brëestraat")
    got = modem_ready.fetch_inbound()
    assert [(m.number, m.text) for m in got if isinstance(m, InboundText)] == [
        ("+32470999888", "STOP"),
        ("+32470999777", "Dank u, ik zag de wagen ook in de Brëestraat"),
    ]
    first = got[0]
    assert isinstance(first, InboundText)
    assert first.received_at.tzinfo is dt.UTC
    assert before <= first.received_at <= dt.datetime.now(dt.UTC)
    assert emu_clean.stored() == []
    assert modem_ready.fetch_inbound() == []


def test_inbound_multipart_with_extension_characters_is_joined(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    text = "Lange reactie met € en [haakjes] " * 8
    emu_clean.inject_sms("+32470999888", text)
    assert len(emu_clean.stored()) == 2
    (message,) = modem_ready.fetch_inbound()
    assert isinstance(message, InboundText)
    assert message.text == text


def test_incomplete_multipart_stays_on_the_sim(emu_clean: Emulator, modem_ready: Modem) -> None:
    emu_clean.inject_sms("+32470999888", "Nog niet alles ontvangen. " * 10)
    (first, _second) = emu_clean.stored()
    emu_clean.discard_stored(_second[0])
    assert modem_ready.fetch_inbound() == []
    assert emu_clean.stored() == [first]


def test_status_report_carries_the_send_reference(emu_clean: Emulator, modem_ready: Modem) -> None:
    (without,) = modem_ready.send(NUMBER, "zonder rapport", unicode=False, status_report=False)
    (reference,) = modem_ready.send(NUMBER, "met rapport", unicode=False)
    assert without != reference
    (report,) = modem_ready.fetch_inbound()
    assert isinstance(report, StatusReport)
    assert report.reference == reference
    assert report.number == NUMBER
    assert report.delivered
    assert report.status == "delivered"
    assert report.at.tzinfo is dt.UTC
    assert modem_ready.fetch_inbound() == []


def test_failed_status_report(emu_clean: Emulator, modem_ready: Modem) -> None:
    emu_clean.deliver_reports(True, status=0x41)
    (reference,) = modem_ready.send(NUMBER, "onbestelbaar", unicode=False)
    (report,) = modem_ready.fetch_inbound()
    assert isinstance(report, StatusReport)
    assert (report.reference, report.delivered, report.status) == (reference, False, "failed")
    assert report.status_code == 0x41


# ---------------------------------------------------------------------------------------------
# Fresh modems, opened side by side (each Init() is ~4 s of libGammu sleeping)
# ---------------------------------------------------------------------------------------------


@dataclass
class Opening:
    emulator: Emulator | None
    modem: Modem
    outcome: ModemInfo | ModemError | None = None


def _open(opening: Opening) -> None:
    try:
        opening.outcome = opening.modem.open()
    except ModemError as exc:
        opening.outcome = exc


@pytest.fixture(scope="module")
def modem_openings() -> Iterator[dict[str, Opening]]:
    plans: dict[str, tuple[Emulator | None, str]] = {
        "right_pin": (Emulator(pin="1234"), "?pin=1234&smsc=+32486000005"),
        "wrong_pin": (Emulator(pin="1234"), "?pin=9999"),
        "missing_pin": (Emulator(pin="1234"), ""),
        "no_smsc": (Emulator(smsc=None), ""),
        "sim": (None, ""),
    }
    openings: dict[str, Opening] = {}
    for name, (emulator, query) in plans.items():
        spec = "sim" if emulator is None else emulator.start() + query
        openings[name] = Opening(emulator, Modem(ModemSpec.parse(spec)))
    threads = [threading.Thread(target=_open, args=(o,)) for o in openings.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    yield openings
    for opening in openings.values():
        opening.modem.close()
        if opening.emulator is not None:
            opening.emulator.stop()


def test_open_with_the_right_pin_and_an_smsc_override(
    modem_openings: dict[str, Opening],
) -> None:
    opening = modem_openings["right_pin"]
    assert isinstance(opening.outcome, ModemInfo), opening.outcome
    assert opening.outcome.smsc == "+32486000005"
    assert opening.emulator is not None
    opening.modem.send(NUMBER, "na PIN", unicode=False)
    (part,) = opening.emulator.submitted_parts()
    assert part.accepted
    assert part.smsc == "+32486000005"


def test_wrong_pin_is_a_config_error(modem_openings: dict[str, Opening]) -> None:
    opening = modem_openings["wrong_pin"]
    error = opening.outcome
    assert isinstance(error, ModemError)
    assert error.kind is ModemErrorKind.CONFIG
    assert "PIN-code geweigerd" in str(error)
    assert "PUK" in str(error)
    assert not opening.modem.is_open


def test_missing_pin_is_a_config_error(modem_openings: dict[str, Opening]) -> None:
    error = modem_openings["missing_pin"].outcome
    assert isinstance(error, ModemError)
    assert error.kind is ModemErrorKind.CONFIG
    assert "vraagt een PIN-code" in str(error)


def test_no_smsc_is_a_config_error(modem_openings: dict[str, Opening]) -> None:
    error = modem_openings["no_smsc"].outcome
    assert isinstance(error, ModemError)
    assert error.kind is ModemErrorKind.CONFIG
    assert "SMS-centrale" in str(error)


def test_sim_spec_runs_the_builtin_emulator(modem_openings: dict[str, Opening]) -> None:
    opening = modem_openings["sim"]
    info = opening.outcome
    assert isinstance(info, ModemInfo), info
    assert info.simulated
    assert opening.modem.label == "SIMULATIE"
    emulator = opening.modem.emulator
    assert emulator is not None
    start = time.monotonic()
    opening.modem.send(NUMBER, "demo", unicode=False)
    assert time.monotonic() - start >= 0.3  # the demo modem's latency per part
    assert [s.text for s in emulator.sent()] == ["demo"]
    device = emulator.device
    opening.modem.close()
    assert opening.modem.emulator is None
    assert not os.path.lexists(device)


# ---------------------------------------------------------------------------------------------
# A modem that goes away
# ---------------------------------------------------------------------------------------------


def test_unplug_mid_session_then_replug_and_reopen() -> None:
    with Emulator() as emulator:
        modem = Modem(ModemSpec.parse(emulator.device))
        try:
            modem.open()
            modem.send(NUMBER, "voor", unicode=False)
            emulator.unplug()
            with pytest.raises(ModemError) as caught:
                modem.send(NUMBER, "tijdens", unicode=False)
            assert caught.value.kind is ModemErrorKind.MODEM_DOWN
            assert "Controleer de USB-kabel" in str(caught.value)
            modem.close()
            with pytest.raises(ModemError) as gone:
                modem.open()
            assert (gone.value.kind, gone.value.code) == (
                ModemErrorKind.MODEM_DOWN,
                "ERR_DEVICENOTEXIST",
            )
            emulator.replug()
            modem.open()
            modem.send(NUMBER, "na", unicode=False)
        finally:
            modem.close()
        assert [s.text for s in emulator.sent()] == ["voor", "na"]


def test_abort_from_a_watchdog_frees_a_hung_modem_thread() -> None:
    with Emulator() as emulator:
        modem = Modem(ModemSpec.parse(emulator.device))
        outcome: list[BaseException] = []

        def modem_thread() -> None:
            try:
                modem.open()
                emulator.hang()
                modem.send(NUMBER, "blijft hangen", unicode=False)
            except ModemError as exc:
                outcome.append(exc)
            finally:
                modem.close()  # fast after an abort

        thread = threading.Thread(target=modem_thread)
        thread.start()
        deadline = time.monotonic() + 30
        while not any(d.startswith(b"AT+CMGS=") for _, _, d in emulator.trace()):
            assert time.monotonic() < deadline, "the send never started"
            time.sleep(0.05)
        aborted_at = time.monotonic()
        modem.abort()
        thread.join(timeout=10)
        assert not thread.is_alive()
        assert time.monotonic() - aborted_at < 3
        (error,) = outcome
        assert isinstance(error, ModemError)
        assert (error.kind, error.code) == (ModemErrorKind.MODEM_DOWN, "ERR_ABORTED")
        emulator.hang(False)
        modem.open()
        try:
            modem.send(NUMBER, "na herstart", unicode=False)
        finally:
            modem.close()
        assert [s.text for s in emulator.sent()] == ["na herstart"]


@pytest.mark.slow
def test_hung_modem_fails_the_send_with_modem_down() -> None:
    with Emulator() as emulator:
        modem = Modem(ModemSpec.parse(emulator.device))
        try:
            modem.open()
            emulator.hang()
            start = time.monotonic()
            with pytest.raises(ModemError) as caught:
                modem.send(NUMBER, "niemand antwoordt", unicode=False)
            elapsed = time.monotonic() - start
            assert (caught.value.kind, caught.value.code) == (
                ModemErrorKind.MODEM_DOWN,
                "ERR_TIMEOUT",
            )
            assert 10 < elapsed < 60  # about 31 s: Gammu waits that long for the prompt
            start = time.monotonic()
            modem.close()
            assert time.monotonic() - start < 3  # not 31 s of goodbyes to a hung modem
            emulator.hang(False)
            modem.open()
            modem.send(NUMBER, "weer wakker", unicode=False)
        finally:
            modem.close()
        assert [s.text for s in emulator.sent()] == ["weer wakker"]


def test_store_callback_sees_messages_before_they_leave_the_sim(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    emu_clean.inject_sms("+32470999888", "UIT")
    on_sim_when_stored: list[int] = []

    def store(messages: list[InboundText | StatusReport]) -> None:
        assert [m.text for m in messages if isinstance(m, InboundText)] == ["UIT"]
        on_sim_when_stored.append(len(emu_clean.stored()))

    modem_ready.fetch_inbound(store=store)
    assert on_sim_when_stored == [1]
    assert emu_clean.stored() == []


def test_tilde_in_ucs2_is_not_sent_as_a_control_character(
    emu_clean: Emulator, modem_ready: Modem
) -> None:
    # libGammu's UCS-2 encoder writes "~" as U+0001; bindesk sends U+223C instead
    modem_ready.send("+32470123456", "Noël ~ 21u", unicode=True)
    (sms,) = emu_clean.sent()
    assert sms.text == "Noël \u223c 21u"
    assert "\x01" not in sms.text
    modem_ready.send("+32470123456", "Noel ~ 21u", unicode=False)  # GSM-7 has "~" itself
    assert emu_clean.sent()[-1].text == "Noel ~ 21u"
