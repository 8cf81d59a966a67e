"""What can go wrong with a modem, and what the caller should do about it.

Errors come out as :class:`ModemError` with a Dutch message for the desk and a
:class:`ModemErrorKind` that tells the caller what to do:

``TRANSIENT``
    Try this delivery again later (back-off, retry limit).
``RECIPIENT``
    This recipient cannot be reached this way: fail the delivery, keep the modem.
``MODEM_DOWN``
    The modem does not answer or is gone: close it, give its work to other modems, reopen it in
    the background.
``NO_NETWORK``
    The modem is not registered on the network (or the network has no service for it): close
    it, give its work back to the queue without counting an attempt, reopen it later.
``CONFIG``
    The operator must act (PIN, SIM, SMSC, permissions). Do NOT retry automatically: a wrong PIN
    retried three times blocks the SIM (PUK).

Classifying send errors: python-gammu reports every ``+CMS ERROR`` after the PDU as
``ERR_UNKNOWN`` (322 "memory full" as ``ERR_FULL``); the CMS code itself is lost. Gammu's own
debug output still has it, so each send runs with Gammu's debug log pointed at a private
temporary file (only during ``SendSMS``: the PIN is never in it) and the code is read back
from there (:func:`classify_cms`): a refusal of the number (CMS 1, 21, 195, 196) fails the
delivery at once; a problem of our SIM's subscription (8, 10, 50, 193) needs the operator;
a network without service (28, 30, 331, 332) or a modem that lost its registration (checked
with ``AT+CREG`` after every failed send) is ``NO_NETWORK``: a modem problem, never the member's;
everything else (38 network out of order, 41, 42, 47, 500...) is transient.
"""

from __future__ import annotations

import enum
import re

from bindesk.domain.errors import BindeskError

# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class ModemErrorKind(enum.Enum):
    TRANSIENT = "transient"  # retry this delivery later
    RECIPIENT = "recipient"  # this recipient cannot be reached: fail the delivery
    MODEM_DOWN = "modem_down"  # close, requeue, reopen in the background
    NO_NETWORK = "no_network"  # not registered / no service: requeue (no attempt), reopen later
    CONFIG = "config"  # the operator must act (PIN, SIM, SMSC, permissions): do not retry


class ModemError(BindeskError):
    """A modem operation failed; ``str(error)`` is Dutch and says what to do."""

    def __init__(
        self,
        message: str,
        kind: ModemErrorKind,
        code: str | None = None,
        *,
        sent_references: tuple[int, ...] = (),
        cms: int | None = None,
        pdu_written: bool = True,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code
        #: parts of a multipart message that did go out before the failure (their references)
        self.sent_references = sent_references
        #: the +CMS ERROR code, recovered from Gammu's debug output (None: unknown)
        self.cms = cms
        #: False when Gammu's log shows the failing part never got past ``AT+CMGS`` (no
        #: prompt): the modem cannot have sent it
        self.pdu_written = pdu_written

    def __repr__(self) -> str:
        return f"ModemError({self.kind.name}, {self.code!r}, {self.message!r})"


_MODEM_DOWN = frozenset(
    {
        "ERR_DEVICEWRITEERROR",
        "ERR_DEVICEREADERROR",
        "ERR_DEVICENOTEXIST",
        "ERR_DEVICEOPENERROR",
        "ERR_DEVICELOCKED",
        "ERR_DEVICEBUSY",
        "ERR_DEVICENODRIVER",
        "ERR_DEVICENOTWORK",
        "ERR_DEVICEDTRRTSERROR",
        "ERR_DEVICECHANGESPEEDERROR",
        "ERR_DEVICEPARITYERROR",
        "ERR_TIMEOUT",
        "ERR_NOTCONNECTED",
        "ERR_PHONEOFF",
        "ERR_NOECHO",
        "ERR_UNKNOWNRESPONSE",
        "ERR_UNKNOWNFRAME",
        "ERR_FRAMENOTREQUESTED",
        "ERR_WRONGCRC",
        "ERR_CORRUPTED",
        "ERR_ABORTED",  # Modem.abort() from a watchdog
        "ERR_BUG",  # AT driver: neither PDU nor text mode answered (AT+CMGF)
    }
)
CONFIG_ERRORS = frozenset(
    {
        "ERR_SECURITYERROR",
        "ERR_NOSIM",
        "ERR_GETTING_SMSC",
        "ERR_EMPTYSMSC",
        "ERR_DEVICENOPERMISSION",
        "ERR_PERMISSION",
        "ERR_UNKNOWNCONNECTIONTYPESTRING",
        "ERR_UNKNOWNMODELSTRING",
        "ERR_UNCONFIGURED",
        "ERR_OTHERCONNECTIONREQUIRED",
        "ERR_DISABLED",
    }
)
_RECIPIENT_ON_SEND = frozenset({"ERR_INVALIDDATA"})  # CME 24-27: number/text refused as such


def classify(gammu_error_name: str, during: str) -> ModemErrorKind:
    """What a gammu error means for the caller.

    ``during`` is the operation: ``"open"``, ``"send"``, ``"read"`` or ``"info"``. Link and
    device errors mean the modem is down; PIN, SIM, SMSC and permission errors need the
    operator. During ``send``, what remains (notably ``ERR_UNKNOWN``: any ``+CMS ERROR``, the
    code is lost in python-gammu, and ``ERR_FULL``) is transient, so the caller's retry limit
    decides; during ``open`` an unexplained error counts as a modem that does not work.
    """
    name = gammu_error_name.upper()
    if name in _MODEM_DOWN:
        return ModemErrorKind.MODEM_DOWN
    if name in CONFIG_ERRORS:
        return ModemErrorKind.CONFIG
    if during == "send":
        if name in _RECIPIENT_ON_SEND:
            return ModemErrorKind.RECIPIENT
        return ModemErrorKind.TRANSIENT
    if during == "open":
        return ModemErrorKind.MODEM_DOWN
    return ModemErrorKind.TRANSIENT


# +CMS ERROR codes (3GPP TS 27.005 3.2.5: 0-127 are TS 24.011 RP-causes, 128-255 TS 23.040
# TP-FCS values, 300+ the modem's own).
#: the network refuses this destination number: fail the delivery, it will not change
CMS_RECIPIENT = {
    1: "onbekend nummer",  # RP 1 unassigned (unallocated) number
    21: "bericht geweigerd door de bestemming",  # RP 21 short message transfer rejected
    0xC3: "ongeldig nummer",  # TP-FCS invalid SME address
    0xC4: "nummer geblokkeerd",  # TP-FCS destination SME barred
}
#: our SIM's subscription refuses to send: the operator must act (credit, barring, contract)
CMS_SUBSCRIPTION = {
    8: "geblokkeerd door de operator",  # RP 8 operator determined barring
    10: "uitgaande sms geblokkeerd",  # RP 10 call barred
    50: "sms niet in het abonnement",  # RP 50 requested facility not subscribed
    0xC1: "geen abonnement bij de sms-centrale",  # TP-FCS no SC subscription
}
#: the network does not serve our SIM now (not registered / not known / no service)
CMS_NO_NETWORK = {
    28: "simkaart niet aangemeld op het netwerk",  # RP 28 unidentified subscriber (our SIM)
    30: "simkaart onbekend bij het netwerk",  # RP 30 unknown subscriber (our SIM, HLR)
    331: "geen netwerk",  # no network service
    332: "netwerk antwoordt niet",  # network timeout
}


def classify_cms(code: int) -> ModemErrorKind:
    """What a +CMS ERROR code means. RP 38 (network out of order), 41 (temporary failure), 42
    (congestion), 47 (resources unavailable), 27 (destination out of order, e.g. the phone is
    off), 500 (unknown) and anything not listed are transient: never the member's fault."""
    if code in CMS_RECIPIENT:
        return ModemErrorKind.RECIPIENT
    if code in CMS_SUBSCRIPTION:
        return ModemErrorKind.CONFIG
    if code in CMS_NO_NETWORK:
        return ModemErrorKind.NO_NETWORK
    return ModemErrorKind.TRANSIENT


CMS_IN_LOG = re.compile(r"CMS Error (\d+)")
PROMPT_IN_LOG = "Checking line: >"


def gammu_message(name: str, kind: ModemErrorKind, during: str, label: str) -> str:
    """The Dutch, actionable text for a gammu error."""
    specific = {
        "ERR_DEVICENOTEXIST": f"Modem {label} is niet gevonden. Controleer of de modem "
        "ingeplugd is en of het pad klopt; bindesk probeert opnieuw.",
        "ERR_DEVICEOPENERROR": f"Modem {label} kan niet geopend worden: hij is misschien in "
        "gebruik door een ander programma (of een tweede bindesk). Sluit dat programma; "
        "bindesk probeert opnieuw.",
        "ERR_DEVICELOCKED": f"Modem {label} is in gebruik door een ander programma. Sluit dat "
        "programma; bindesk probeert opnieuw.",
        "ERR_DEVICEBUSY": f"Modem {label} is in gebruik door een ander programma. Sluit dat "
        "programma; bindesk probeert opnieuw.",
        "ERR_DEVICENOPERMISSION": f"Geen toegang tot modem {label}. Geef de gebruiker toegang "
        "(onder Linux: groep 'dialout') en start bindesk opnieuw.",
        "ERR_PERMISSION": f"Geen toegang tot modem {label}. Geef de gebruiker toegang "
        "(onder Linux: groep 'dialout') en start bindesk opnieuw.",
        "ERR_TIMEOUT": f"Modem {label} antwoordt niet meer. Controleer de USB-kabel en de "
        "voeding; bindesk probeert opnieuw.",
        "ERR_SECURITYERROR": f"De simkaart in modem {label} vraagt een PIN-code. Vul de "
        "PIN-code in bij de modeminstellingen en klik Opnieuw.",
        "ERR_NOSIM": f"Geen simkaart gevonden in modem {label}. Steek de simkaart in en klik "
        "Opnieuw.",
        "ERR_GETTING_SMSC": f"Het nummer van de SMS-centrale is onbekend in modem {label}. Vul "
        "het in bij de modeminstellingen (bv. smsc=+32475161616) en klik Opnieuw.",
        "ERR_EMPTYSMSC": f"Het nummer van de SMS-centrale is onbekend in modem {label}. Vul "
        "het in bij de modeminstellingen (bv. smsc=+32475161616) en klik Opnieuw.",
    }
    if name in specific:
        return specific[name]
    if kind is ModemErrorKind.MODEM_DOWN:
        return f"Modem {label} antwoordt niet. Controleer de USB-kabel; bindesk probeert opnieuw."
    if kind is ModemErrorKind.CONFIG:
        return (
            f"Modem {label} is niet goed ingesteld ({name}). Controleer de modeminstellingen "
            "en klik Opnieuw."
        )
    if kind is ModemErrorKind.RECIPIENT:
        return f"Modem {label} weigert dit gsm-nummer. Controleer het nummer van het lid."
    if during == "send":
        return (
            f"Modem {label} kon het bericht niet versturen (het netwerk weigerde of was druk). "
            "bindesk probeert het later opnieuw."
        )
    return f"Modem {label} gaf een onverwachte fout ({name}). bindesk probeert opnieuw."


def cms_message(code: int, kind: ModemErrorKind, label: str) -> str:
    if kind is ModemErrorKind.RECIPIENT:
        return (
            f"Het gsm-netwerk weigert dit nummer ({CMS_RECIPIENT[code]}, code {code}). "
            "Controleer het nummer van het lid."
        )
    if kind is ModemErrorKind.CONFIG:
        return (
            f"De simkaart in modem {label} mag geen sms versturen ({CMS_SUBSCRIPTION[code]}, "
            f"code {code}). Neem contact op met de operator van de simkaart en klik Opnieuw."
        )
    return (
        f"Modem {label} kon het bericht niet versturen: het gsm-netwerk weigerde of was druk "
        f"(code {code}). Dit ligt niet aan het nummer van het lid; bindesk probeert later "
        "opnieuw."
    )
