"""What the emulator records: every submitted part, every complete SMS, SIM slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
class Stored:
    """One SIM memory slot."""

    stat: int  # 0 received unread, 1 received read
    pdu: str
    tpdu_length: int
