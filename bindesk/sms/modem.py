"""One GSM modem through python-gammu's AT driver: the ONLY module of bindesk that imports gammu.

A :class:`Modem` wraps one ``gammu.StateMachine``. It is not thread-safe: create it, open it and
use it inside one thread (the dispatcher's modem thread); only :meth:`Modem.abort` may be called
from another thread (a watchdog). ``open()`` costs about 4.5 s (``Init()`` is 4.1 s of
libGammu's own pauses), so open once and keep the modem open; each SMS part costs 0.6 s of
libGammu pauses plus the modem's latency (at least 0.1 s). Errors are :class:`ModemError`
with a :class:`ModemErrorKind` (see :mod:`bindesk.sms.modem_errors`); specs and the values a
modem reports are in :mod:`bindesk.sms.modem_types`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from typing import Any

from bindesk.domain.errors import InvalidInput
from bindesk.sms.modem_errors import (
    CMS_IN_LOG,
    CONFIG_ERRORS,
    PROMPT_IN_LOG,
    ModemError,
    ModemErrorKind,
    classify,
    classify_cms,
    cms_message,
    gammu_message,
)
from bindesk.sms.modem_types import (
    NUMBER_RE,
    SIMULATED_LABEL,
    InboundText,
    ModemInfo,
    ModemSpec,
    PinGuard,
    StatusReport,
    as_utc,
    status_text,
)


class _Gammu:
    """python-gammu, imported at its first use (a modem opening), not when this module loads:
    the CLI, the services and the desk import this module without needing libGammu."""

    def __getattr__(self, name: str) -> Any:
        import gammu  # type: ignore[import-untyped]

        return getattr(gammu, name)


gammu: Any = _Gammu()

__all__ = [
    "SIMULATED_LABEL",
    "InboundText",
    "Modem",
    "ModemError",
    "ModemErrorKind",
    "ModemInfo",
    "ModemSpec",
    "PinGuard",
    "StatusReport",
    "classify",
    "classify_cms",
]

#: what "~" is sent as in a UCS-2 message (see Modem.send)
UCS2_TILDE = "\u223c"
#: latency per SMS part of the built-in demo modem ("sim"), like a real network
SIM_DELAY = 0.3
#: an incomplete multipart message waits this long on the SIM for its missing parts
MULTIPART_PATIENCE = dt.timedelta(minutes=30)


_REGISTERED_STATES = frozenset({"HomeNetwork", "RoamingNetwork"})
#: how long open() waits for a SIM just unlocked to register on the network
REGISTER_WAIT = 10.0


class Modem:
    """One GSM modem. Create, open and use it in one thread; see the module docstring."""

    def __init__(
        self,
        spec: ModemSpec,
        *,
        pin: str | None = None,
        sim_delay: float = SIM_DELAY,
        pin_guard: PinGuard | None = None,
        register_wait: float = REGISTER_WAIT,
    ) -> None:
        self.spec = spec
        self._pin = pin if pin is not None else spec.pin
        self._sim_delay = sim_delay
        self._pin_guard = pin_guard
        self._register_wait = register_wait
        self._debug_path: str | None = None  # Gammu's debug log during a send (CMS codes)
        self._abort_next_open = False
        self._sm: Any = None  # gammu.StateMachine
        self._emulator: Any = None  # bindesk.sms.emulator.Emulator for spec "sim"
        self._smsc: str = ""
        self._static: dict[str, str] = {}
        self._info: ModemInfo | None = None
        self._opening: Any = None  # the StateMachine while open() runs (for abort())
        self._unresponsive = False  # seen dead or aborted: close without talking to it

    # -- lifecycle ------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._sm is not None

    @property
    def label(self) -> str:
        return self.spec.label()

    @property
    def emulator(self) -> Any:
        """The in-process emulator behind a "sim" modem (None otherwise, or before open)."""
        return self._emulator

    def open(self) -> ModemInfo:
        """Connect, unlock the SIM, read the SMSC once; returns what the modem reports."""
        if self._sm is not None:
            return self.info()
        device = self._device()
        # "sim" without a pty (Windows): a stand-in for the StateMachine, see sms/simulated.py
        simulated = getattr(self._emulator, "state_machine", None)
        sm = simulated(gammu) if simulated is not None else gammu.StateMachine()
        sm.SetConfig(
            0,
            {
                "Device": device,
                "Connection": "at" if self.spec.simulated else self.spec.connection,
                "Model": "",
                "UseGlobalDebugFile": False,
            },
        )
        self._unresponsive = False
        self._opening = sm
        if self._abort_next_open:
            self._abort_next_open = False
            sm.Abort()
        try:
            try:
                sm.Init()
            except gammu.GSMError as exc:
                # Never just drop it: the StateMachine's destructor would wait ~215 s for a
                # hung modem to answer Gammu's goodbye. Abort, then terminate without waiting.
                _terminate(sm, quick=True)
                self._stop_emulator()
                raise self._error(exc, "open") from exc
            try:
                imei = _quiet(sm.GetIMEI)
                self._unlock(sm, imei)
                self._smsc = self._read_smsc(sm)
                self._static = {
                    "manufacturer": str(sm.GetManufacturer()),
                    "model": str(sm.GetModel()[1] or sm.GetModel()[0]),
                    "imei": imei,
                }
                _prime_sms_mode(sm)
                self._wait_registered(sm)
            except gammu.GSMError as exc:
                error = self._error(exc, "open")
                _terminate(sm, quick=self._unresponsive)
                self._stop_emulator()
                raise error from exc
            except ModemError:
                _terminate(sm, quick=False)
                self._stop_emulator()
                raise
        finally:
            self._opening = None
        self._sm = sm
        self._start_debug_log(sm)
        return self.info()

    def _wait_registered(self, sm: Any) -> None:
        """A modem that is not registered on the network cannot send: say so at open
        (``NO_NETWORK``) instead of letting every send fail as an unknown error."""
        deadline = time.monotonic() + self._register_wait
        while True:
            state = sm.GetNetworkInfo().get("State")
            if state in _REGISTERED_STATES:
                return
            if time.monotonic() >= deadline:
                raise self._no_network()
            time.sleep(0.5)

    def _no_network(self, cms: int | None = None, *, pdu_written: bool = False) -> ModemError:
        return ModemError(
            f"Modem {self.label}: geen netwerk. De modem is niet aangemeld op het gsm-netwerk; "
            "controleer de simkaart, de antenne en het bereik. De andere modems versturen "
            "verder; bindesk probeert deze modem opnieuw.",
            ModemErrorKind.NO_NETWORK,
            "NO_NETWORK",
            cms=cms,
            pdu_written=pdu_written,
        )

    def _start_debug_log(self, sm: Any) -> None:
        """Point Gammu's debug output at a private temporary file (0600): the CMS code of a
        refused SMS is only there. Enabled during SendSMS only (see :meth:`_send_part`)."""
        try:
            fd, path = tempfile.mkstemp(prefix="bindesk-gammu-", suffix=".log")
            os.close(fd)
            sm.SetDebugFile(path)
            sm.SetDebugLevel("nothing")
        except (OSError, gammu.GSMError):
            return
        self._debug_path = path

    def _stop_debug_log(self) -> None:
        path, self._debug_path = self._debug_path, None
        if path is not None:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def abort(self) -> None:
        """Make the call blocking the modem thread fail now (``MODEM_DOWN``, ``ERR_ABORTED``).

        The ONE method that may be called from another thread: a watchdog uses it when the modem
        thread has waited too long (a hung modem blocks a send about 30 s, ``Init()`` 12 s).
        Every later call fails too: the modem thread must close() (fast after an abort) and
        open() again.
        """
        sm = self._sm if self._sm is not None else self._opening
        if sm is None:
            self._abort_next_open = True  # between two opens: the next one gives up at once
            return
        self._unresponsive = True
        sm.Abort()

    def close(self) -> None:
        """Disconnect (never raises: a modem that is gone is closed too).

        After a ``MODEM_DOWN`` error or :meth:`abort`, the modem is not asked to restore its
        settings: Gammu's goodbye to a hung modem waits for every reply in turn (31 s, up to
        7 minutes when it still has to query the SMS memories).
        """
        sm, self._sm = self._sm, None
        if sm is not None:
            _terminate(sm, quick=self._unresponsive)
            with contextlib.suppress(gammu.GSMError):
                sm.SetDebugFile(None)
        self._unresponsive = False
        self._stop_debug_log()
        self._stop_emulator()

    def __enter__(self) -> Modem:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _device(self) -> str:
        if not self.spec.simulated:
            assert self.spec.device is not None
            return self.spec.device
        if self._emulator is None:
            try:
                from bindesk.sms.emulator import Emulator
            except ImportError:  # no pty here (Windows): simulate without the AT driver
                from bindesk.sms.simulated import SimulatedLine

                self._emulator = SimulatedLine(delay=self._sim_delay)
            else:
                self._emulator = Emulator(delay=self._sim_delay)
            self._emulator.start()
        return str(self._emulator.device)

    def _stop_emulator(self) -> None:
        emulator, self._emulator = self._emulator, None
        if emulator is not None:
            emulator.stop()

    def _identity(self, imei: str) -> str:
        return f"imei:{imei}" if imei else f"device:{self.spec.device or self.spec.raw}"

    def _unlock(self, sm: Any, imei: str = "") -> None:
        status = sm.GetSecurityStatus()
        if status is None:
            return
        label = self.label
        if status != "PIN":
            what = {
                "PUK": "is geblokkeerd: de PUK-code is nodig. Ontgrendel de simkaart in een "
                "gsm met de PUK-code van de operator",
                "PIN2": "vraagt een PIN2-code. Ontgrendel de simkaart in een gsm",
                "PUK2": "vraagt een PUK2-code. Ontgrendel de simkaart in een gsm",
                "Phone": "vraagt een toestelcode. Ontgrendel de modem in een gsm",
                "Network": "vraagt een netwerkcode (simlock). Gebruik een simkaart die in deze "
                "modem werkt",
            }.get(status, f"vraagt een code ({status}). Ontgrendel de simkaart in een gsm")
            raise ModemError(
                f"De simkaart in modem {label} {what}, en klik Opnieuw.",
                ModemErrorKind.CONFIG,
                "ERR_SECURITYERROR",
            )
        if not self._pin:
            raise ModemError(
                f"De simkaart in modem {label} vraagt een PIN-code. Vul de PIN-code in bij de "
                "modeminstellingen (bv. ?pin=1234) en klik Opnieuw.",
                ModemErrorKind.CONFIG,
                "ERR_SECURITYERROR",
            )
        identity = self._identity(imei)
        guard = self._pin_guard
        if guard is not None and guard.refused(identity, self._pin):
            raise ModemError(
                f"De simkaart in modem {label} weigerde deze PIN-code al eerder; bindesk geeft "
                "hem niet opnieuw in (na 3 foute pogingen is de PUK nodig). Vul de juiste "
                "PIN-code in bij de modeminstellingen en klik Opnieuw.",
                ModemErrorKind.CONFIG,
                "PIN_REFUSED_BEFORE",
            )
        try:
            sm.EnterSecurityCode("PIN", self._pin)
        except gammu.ERR_SECURITYERROR as exc:
            if guard is not None:
                guard.remember_refused(identity, self._pin)
            raise ModemError(
                f"PIN-code geweigerd door de simkaart in modem {label}. Controleer de PIN-code "
                "in de modeminstellingen; bindesk probeert niet zelf opnieuw. Let op: na 3 foute "
                "pogingen is de PUK nodig.",
                ModemErrorKind.CONFIG,
                "ERR_SECURITYERROR",
            ) from exc

    def _read_smsc(self, sm: Any) -> str:
        """The SMSC number to put in every SMS: the spec's, or the SIM's (read once)."""
        if self.spec.smsc:
            return self.spec.smsc
        deadline = time.monotonic() + 5.0  # a SIM just unlocked may answer "busy" briefly
        while True:
            try:
                number = str(sm.GetSMSC(Location=1).get("Number") or "")
                break
            except gammu.ERR_EMPTY:  # +CSCA: "",129
                number = ""
                break
            except (gammu.ERR_NOSIM, gammu.ERR_SECURITYERROR):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        if not number:
            raise ModemError(
                f"Het nummer van de SMS-centrale is onbekend in modem {self.label}. Vul het in "
                "bij de modeminstellingen (bv. ?smsc=+32475161616) en klik Opnieuw.",
                ModemErrorKind.CONFIG,
                "ERR_EMPTYSMSC",
            )
        return number

    # -- queries --------------------------------------------------------------------------------

    def info(self) -> ModemInfo:
        """Fresh signal and network state, with the identity read at open."""
        sm = self._require_open()
        try:
            quality = sm.GetSignalQuality()
            network = sm.GetNetworkInfo()
        except gammu.GSMError as exc:
            raise self._error(exc, "info") from exc
        percent = quality.get("SignalPercent")
        self._info = ModemInfo(
            manufacturer=self._static.get("manufacturer", ""),
            model=self._static.get("model", ""),
            imei=self._static.get("imei", ""),
            signal_percent=percent if isinstance(percent, int) and percent >= 0 else None,
            network_name=str(network.get("NetworkName") or ""),
            network_code=str(network.get("NetworkCode") or ""),
            registered=network.get("State") in _REGISTERED_STATES,
            smsc=self._smsc,
            simulated=self.spec.simulated,
        )
        return self._info

    # -- sending --------------------------------------------------------------------------------

    def send(
        self,
        number: str,
        text: str,
        *,
        unicode: bool,
        status_report: bool = True,
        concat_ref: int | None = None,
        done_parts: frozenset[int] | set[int] = frozenset(),
        on_part: Callable[[int, int], None] | None = None,
    ) -> list[int]:
        """Send one text (split into concatenated parts as needed); returns the message
        reference of each part sent by this call, in order.

        ``unicode`` is the caller's choice: UCS-2 when True, GSM 03.38 when False. A text that
        does not fit the chosen alphabet is refused (``InvalidInput``) instead of letting gammu
        transliterate it silently. ``concat_ref`` fixes the concatenation reference (0-255) of a
        multipart text, so parts sent again later join the ones already out; ``done_parts``
        (1-based part numbers) are skipped; ``on_part(part, reference)`` is called after each
        part the network accepted, before the next one goes out (record it there).
        """
        sm = self._require_open()
        if not NUMBER_RE.fullmatch(number):
            raise ModemError(
                f"'{number}' is geen geldig gsm-nummer om naar te versturen. Controleer het "
                "nummer van het lid.",
                ModemErrorKind.RECIPIENT,
            )
        if unicode:
            # libGammu 1.45's UCS-2 encoder writes "~" as U+0001 (and its decoder reads it back
            # as "~", so a gammu round trip hides it): the phone would show a control
            # character. U+223C (a tilde operator, same look) is the nearest honest stand-in.
            text = text.replace("~", UCS2_TILDE)
        parts = self._encode(text, unicode=unicode)
        for part in parts:
            # keep EncodeSMS's SMSC settings (Validity "Max"): a dict without "Validity"
            # makes gammu send TP-VP 0, i.e. the network drops the SMS after 5 minutes
            part["SMSC"] = {**part.get("SMSC", {}), "Location": 0, "Number": self._smsc}
            part["Number"] = number
            if status_report:
                part["Type"] = "Status_Report"
            if concat_ref is not None and len(parts) > 1:
                _set_concat_ref(part, concat_ref)
        if _wire_text(parts) != text:  # checked before the first part goes out
            raise InvalidInput(
                "Het bericht bevat tekens die niet in het gewone sms-alfabet (GSM-7) passen. "
                "Verstuur het als Unicode of pas de tekst aan."
            )
        references: list[int] = []
        for seq, part in enumerate(parts, start=1):
            if seq in done_parts:
                continue
            reference = self._send_part(sm, part, references)
            references.append(reference)
            if on_part is not None:
                on_part(seq, reference)
        return references

    def parts_of(self, text: str, *, unicode: bool) -> int:
        """How many parts :meth:`send` splits this text into."""
        if unicode:
            text = text.replace("~", UCS2_TILDE)
        return len(self._encode(text, unicode=unicode))

    def _send_part(self, sm: Any, part: dict[str, Any], references: list[int]) -> int:
        path = self._debug_path
        if path is not None:
            with contextlib.suppress(OSError):
                os.truncate(path, 0)  # Gammu appends: the file holds this part only
            with contextlib.suppress(gammu.GSMError):
                sm.SetDebugLevel("textall")
        try:
            return int(sm.SendSMS(part))
        except gammu.GSMError as exc:
            error = self._error(exc, "send")
            error.sent_references = tuple(references)
            self._explain_send_error(sm, error)
            raise error from exc
        finally:
            if path is not None:
                with contextlib.suppress(gammu.GSMError):
                    sm.SetDebugLevel("nothing")

    def _explain_send_error(self, sm: Any, error: ModemError) -> None:
        """Recover what python-gammu lost: the CMS code, whether the PDU was written at all,
        and (for an unexplained refusal) whether the modem is still registered."""
        log_text = ""
        if self._debug_path is not None:
            with (
                contextlib.suppress(OSError),
                open(self._debug_path, encoding="utf-8", errors="replace") as f,
            ):
                log_text = f.read()
            codes = CMS_IN_LOG.findall(log_text)
            error.pdu_written = PROMPT_IN_LOG in log_text
            if codes:
                error.cms = int(codes[-1])
        if error.kind is ModemErrorKind.MODEM_DOWN or error.code in CONFIG_ERRORS:
            return
        if error.cms is not None:
            kind = classify_cms(error.cms)
            if kind is ModemErrorKind.NO_NETWORK:
                self._become(error, self._no_network(error.cms))
                return
            error.kind = kind
            error.message = cms_message(error.cms, kind, self.label)
            if kind is not ModemErrorKind.TRANSIENT:
                return
        try:
            state = sm.GetNetworkInfo().get("State")
        except gammu.GSMError:
            return
        if state not in _REGISTERED_STATES:
            self._become(error, self._no_network(error.cms))

    @staticmethod
    def _become(error: ModemError, other: ModemError) -> None:
        error.kind, error.code, error.message = other.kind, other.code, other.message

    @staticmethod
    def _encode(text: str, *, unicode: bool) -> list[dict[str, Any]]:
        if not text:
            raise InvalidInput("Een leeg bericht kan niet verstuurd worden.")
        parts: list[dict[str, Any]] = gammu.EncodeSMS(
            {
                "Class": -1,
                "Unicode": unicode,
                "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": text}],
            }
        )
        return parts

    # -- receiving ------------------------------------------------------------------------------

    def fetch_inbound(
        self, store: Callable[[list[InboundText | StatusReport]], None] | None = None
    ) -> list[InboundText | StatusReport]:
        """Every received text and status report in the modem's memory, oldest location first.

        With ``store``, the messages are handed to it before anything is deleted from the SIM
        (at least once: a crash in between reads them again); without it, they are deleted
        before this returns (at most once). Parts of a multipart text are joined; a text whose
        parts have not all arrived stays on the SIM for up to :data:`MULTIPART_PATIENCE`.
        Drafts and sent copies stored on the SIM are left alone.
        """
        sm = self._require_open()
        try:
            stored = self._read_all(sm)
            linked = _link_parts(stored)
        except gammu.GSMError as exc:
            raise self._error(exc, "read") from exc
        now = dt.datetime.now(dt.UTC)
        result: list[InboundText | StatusReport] = []
        to_delete: list[dict[str, Any]] = []
        for group in linked:
            first = group[0]
            kind = first.get("Type")
            if kind == "Status_Report":
                code = int(first.get("DeliveryStatus") or 0)
                result.append(
                    StatusReport(
                        number=str(first.get("Number") or ""),
                        reference=int(first.get("MessageReference") or 0),
                        delivered=code < 0x20,
                        status=status_text(code),
                        # SMSCDateTime is TP-DT (the discharge time); DateTime is TP-SCTS
                        at=as_utc(first.get("SMSCDateTime") or first.get("DateTime")),
                        status_code=code,
                    )
                )
                to_delete.extend(group)
            elif kind == "Deliver":
                expected = first["UDH"].get("AllParts") or 0
                received_at = as_utc(first.get("DateTime"))
                if expected > len(group) and now - received_at < MULTIPART_PATIENCE:
                    continue  # wait for the missing parts
                result.append(
                    InboundText(
                        number=str(first.get("Number") or ""),
                        text=_linked_text(group),
                        received_at=received_at,
                    )
                )
                to_delete.extend(group)
            # drafts and sent copies (Submit) are not inbound: leave them alone
        if store is not None and result:
            store(result)  # persisted first: a crash before the delete re-reads, never loses
        for message in to_delete:
            try:
                sm.DeleteSMS(Folder=0, Location=message["Location"])
            except gammu.ERR_EMPTY:
                pass
            except gammu.GSMError as exc:
                raise self._error(exc, "read") from exc
        return result

    @staticmethod
    def _read_all(sm: Any) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = []
        location: int | None = None
        while True:
            try:
                if location is None:
                    batch = sm.GetNextSMS(Folder=0, Start=True)
                else:
                    batch = sm.GetNextSMS(Folder=0, Location=location)
            except gammu.ERR_EMPTY:
                return messages
            if not batch:
                return messages
            messages.extend(batch)
            location = batch[-1]["Location"]

    # -- helpers --------------------------------------------------------------------------------

    def _require_open(self) -> Any:
        if self._sm is None:
            raise ModemError(
                f"Modem {self.label} is niet geopend. bindesk probeert opnieuw te verbinden.",
                ModemErrorKind.MODEM_DOWN,
            )
        return self._sm

    def _error(self, exc: gammu.GSMError, during: str) -> ModemError:
        name = type(exc).__name__
        if not name.startswith("ERR_"):
            details = exc.args[0] if exc.args and isinstance(exc.args[0], Mapping) else {}
            code = details.get("Code")
            name = next((k for k, v in gammu.ErrorNumbers.items() if v == code), "ERR_UNKNOWN")
        kind = classify(name, during)
        if kind is ModemErrorKind.MODEM_DOWN:
            self._unresponsive = True
        return ModemError(gammu_message(name, kind, during, self.label), kind, name)


def _set_concat_ref(part: dict[str, Any], reference: int) -> None:
    """Give a concatenated part our own 8-bit reference (UDH IE 0x00: ``05 00 03 ref n i``)."""
    udh = dict(part.get("UDH") or {})
    header = bytearray(udh.get("Text") or b"")
    if len(header) >= 6 and header[1] == 0x00 and header[2] == 0x03:
        header[3] = reference & 0xFF
        udh["Text"] = bytes(header)
        udh["ID8bit"] = reference & 0xFF
        part["UDH"] = udh


def _quiet(call: Callable[[], object]) -> str:
    try:
        return str(call() or "")
    except gammu.GSMError:
        return ""


def _linked_text(group: list[dict[str, Any]]) -> str:
    single = len(group) == 1 and group[0]["UDH"]["Type"] == "NoUDH"
    decoded = None if single else gammu.DecodeSMS(group)
    if decoded:
        texts = [e.get("Buffer") for e in decoded.get("Entries", []) if e.get("Buffer")]
        if texts:
            return "".join(_clean(str(t)) for t in texts)
    return "".join(_clean(str(m.get("Text") or "")) for m in group)


def _wire_text(parts: list[dict[str, Any]]) -> str:
    """The text the recipient will read: each part encoded to its PDU and decoded again by
    our own GSM 03.40 decoder (gammu's decoder mirrors some of its encoder's mistakes).

    The "Text" that EncodeSMS hands back is the caller's text, not what went into the PDU:
    with ``Unicode: False`` gammu silently turns "ë" into "e" in the user data only.
    """
    from bindesk.sms.pdu import decode_submit_pdu

    return "".join(decode_submit_pdu(gammu.EncodePDU(p).hex()).text for p in parts)


def _clean(text: str) -> str:
    """python-gammu sizes "Text" of a GSM-7 message by its septet count, so a text with
    extension characters (€ [ ] { } ...) comes back with a NUL and stale characters of an
    earlier message after it. GSM-7 has no NUL (0x00 is "@"): cut there."""
    return text.split("\x00", 1)[0]


def _prime_sms_mode(sm: Any) -> None:
    """List the SIM once at open, so Gammu settles PDU mode (AT+CMGF=0) and the SMS memories
    now, not inside the first send or inside Terminate(). Unprimed, a modem that hangs before
    its first SMS fails the send with ERR_BUG after 18 s, and closing it takes 7 minutes."""
    with contextlib.suppress(gammu.ERR_EMPTY, gammu.ERR_NOTSUPPORTED):
        sm.GetNextSMS(Folder=0, Start=True)


def _terminate(sm: Any, *, quick: bool) -> None:
    """Terminate the connection; ``quick`` aborts first, so Gammu closes the device without
    waiting for replies (the file descriptor is still closed)."""
    with contextlib.suppress(gammu.GSMError):
        if quick:
            sm.Abort()
        sm.Terminate()


def _link_parts(stored: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The stored messages in groups, a multipart text's parts joined, by first location.
    Only parts go through LinkSMS: it holds the GIL for ~0.45 ms per message, so linking
    the status reports of a busy half minute froze the desk's window for 50-200 ms."""
    part = [
        m.get("Type") == "Deliver" and (m.get("UDH") or {}).get("AllParts", 0) > 1 for m in stored
    ]
    groups = [[m] for m, p in zip(stored, part, strict=True) if not p]
    if any(part):
        groups += gammu.LinkSMS([[m] for m, p in zip(stored, part, strict=True) if p], True)
    return sorted(groups, key=lambda group: min(int(m.get("Location") or 0) for m in group))
