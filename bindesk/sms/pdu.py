"""GSM 03.40 / 03.38 PDU codec: SMS-SUBMIT decoding, SMS-DELIVER and status-report encoding.

Pure Python (no pty, no gammu): bindesk.sms.modem checks what gammu encoded with it, and the
AT emulator (bindesk.sms.emulator) decodes what it receives and encodes what it delivers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bindesk.domain import smstext

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "DeliverPdu",
    "PduError",
    "SubmitPdu",
    "decode_submit_pdu",
    "encode_deliver_pdus",
    "encode_status_report_pdu",
    "gsm7_decode",
    "gsm7_encode",
]

# ---------------------------------------------------------------------------------------------
# GSM 03.38 default alphabet
# ---------------------------------------------------------------------------------------------

# The tables are bindesk.domain.smstext's (checked there, character by character, against
# gammu's own encoder); here they are turned round for decoding.
_GSM7_ESCAPE = 0x1B

#: The basic table, index = septet value. 0x1B is the escape to the extension table.
GSM7_BASIC = "".join(
    {code: ch for ch, code in smstext.GSM7_BASIC.items()}.get(code, "\x1b") for code in range(128)
)
assert len(GSM7_BASIC) == 128 and GSM7_BASIC[_GSM7_ESCAPE] == "\x1b"

#: The extension table (reached with 0x1B), septet value -> character.
GSM7_EXTENSION = {code: ch for ch, code in smstext.GSM7_EXTENSION.items()}
_GSM7_BASIC_INDEX = dict(smstext.GSM7_BASIC)
_GSM7_EXTENSION_INDEX = dict(smstext.GSM7_EXTENSION)


class PduError(ValueError):
    """A PDU that cannot be decoded (bad hex, truncated, wrong message type)."""


def gsm7_encode(text: str) -> list[int]:
    """Septets for ``text`` in the GSM 03.38 default alphabet (extension chars take two).

    Raises :class:`ValueError` for a character outside the alphabet (never transliterates).
    """
    septets: list[int] = []
    for ch in text:
        if ch in _GSM7_BASIC_INDEX:
            septets.append(_GSM7_BASIC_INDEX[ch])
        elif ch in _GSM7_EXTENSION_INDEX:
            septets.extend((_GSM7_ESCAPE, _GSM7_EXTENSION_INDEX[ch]))
        else:
            raise ValueError(f"character {ch!r} is not in the GSM 03.38 alphabet")
    return septets


def gsm7_decode(septets: Sequence[int]) -> str:
    """Text for GSM 03.38 septets.

    An escape followed by a code the extension table does not define shows the basic-table
    character, as 03.38 asks of a receiving handset; a trailing lone escape is dropped.
    """
    out: list[str] = []
    escaped = False
    for septet in septets:
        septet &= 0x7F
        if escaped:
            escaped = False
            if septet == _GSM7_ESCAPE:  # reserved "escape to another extension table"
                out.append(" ")
            else:
                out.append(GSM7_EXTENSION.get(septet, GSM7_BASIC[septet]))
        elif septet == _GSM7_ESCAPE:
            escaped = True
        else:
            out.append(GSM7_BASIC[septet])
    return "".join(out)


def _pack_septets(septets: Sequence[int], fill_bits: int = 0) -> bytes:
    """Pack septets LSB-first, after ``fill_bits`` zero bits (the fill after a UDH)."""
    acc = 0
    nbits = fill_bits
    for septet in septets:
        acc |= (septet & 0x7F) << nbits
        nbits += 7
    return acc.to_bytes((nbits + 7) // 8, "little") if nbits else b""


def _unpack_septets(data: bytes, count: int, start_bit: int = 0) -> list[int]:
    acc = int.from_bytes(data, "little")
    if start_bit + 7 * count > len(data) * 8:
        raise PduError("user data shorter than its length field")
    return [(acc >> (start_bit + 7 * i)) & 0x7F for i in range(count)]


# ---------------------------------------------------------------------------------------------
# Addresses, timestamps
# ---------------------------------------------------------------------------------------------

_SEMI_OCTET_DIGITS = "0123456789*#abc"


def _decode_bcd(data: bytes, digits: int) -> str:
    out: list[str] = []
    for byte in data:
        for nibble in (byte & 0x0F, byte >> 4):
            if nibble == 0x0F:
                continue
            out.append(_SEMI_OCTET_DIGITS[nibble])
    return "".join(out)[:digits]


def _encode_bcd(digits: str) -> bytes:
    values = [_SEMI_OCTET_DIGITS.index(d) for d in digits]
    if len(values) % 2:
        values.append(0x0F)
    return bytes(values[i] | (values[i + 1] << 4) for i in range(0, len(values), 2))


def _decode_address(data: bytes, pos: int) -> tuple[str, int]:
    """An SMS address (TP-DA/TP-OA/TP-RA) at ``pos``: (number, position after it)."""
    try:
        length = data[pos]
        toa = data[pos + 1]
    except IndexError as exc:
        raise PduError("address truncated") from exc
    octets = (length + 1) // 2
    raw = data[pos + 2 : pos + 2 + octets]
    if len(raw) < octets:
        raise PduError("address truncated")
    ton = (toa >> 4) & 0x07
    if ton == 0x05:  # alphanumeric, GSM 7-bit packed
        number = gsm7_decode(_unpack_septets(raw, length * 4 // 7))
    else:
        number = _decode_bcd(raw, length)
        if ton == 0x01:
            number = "+" + number
    return number, pos + 2 + octets


def _encode_address(number: str) -> bytes:
    """TP-OA/TP-RA for a number ("+32...", national digits) or an alphanumeric sender."""
    if number.startswith("+") and number[1:].isdigit():
        digits = number[1:]
        return bytes((len(digits), 0x91)) + _encode_bcd(digits)
    if number and all(c in "0123456789*#" for c in number):
        return bytes((len(number), 0x81)) + _encode_bcd(number)
    septets = gsm7_encode(number[:11])
    packed = _pack_septets(septets)
    return bytes((len(packed) * 2, 0xD0)) + packed


def _decode_sca(data: bytes) -> tuple[str | None, int]:
    """The SMSC address that PDU mode puts in front of the TPDU: (number or None, TPDU start)."""
    if not data:
        raise PduError("empty PDU")
    length = data[0]
    if length == 0:
        return None, 1
    if len(data) < 1 + length:
        raise PduError("SMSC address truncated")
    toa = data[1]
    number = _decode_bcd(data[2 : 1 + length], (length - 1) * 2)
    if (toa >> 4) & 0x07 == 0x01:
        number = "+" + number
    return number, 1 + length


def _encode_sca(number: str | None) -> bytes:
    if not number:
        return b"\x00"
    if number.startswith("+"):
        body = bytes((0x91,)) + _encode_bcd(number[1:])
    else:
        body = bytes((0x81,)) + _encode_bcd(number)
    return bytes((len(body),)) + body


def _encode_timestamp(when: dt.datetime) -> bytes:
    """TP-SCTS / TP-DT: seven swapped semi-octets, the zone in quarters of an hour."""
    if when.tzinfo is None:
        raise ValueError("timestamp must be timezone-aware")
    offset = when.utcoffset() or dt.timedelta(0)
    quarters = int(abs(offset).total_seconds() // 900)
    fields = (when.year % 100, when.month, when.day, when.hour, when.minute, when.second)
    out = bytes(((v % 10) << 4) | (v // 10) for v in fields)
    zone = ((quarters % 10) << 4) | (quarters // 10) | (0x08 if offset < dt.timedelta(0) else 0)
    return out + bytes((zone,))


# ---------------------------------------------------------------------------------------------
# SMS-SUBMIT decoding
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubmitPdu:
    """One decoded SMS-SUBMIT (as sent with ``AT+CMGS`` in PDU mode)."""

    smsc: str | None
    number: str
    text: str
    encoding: str  # "gsm7" | "ucs2" | "8bit"
    status_report: bool
    reference: int  # TP-MR as written by the sender (modems usually replace it)
    dcs: int
    pid: int
    concat_ref: int | None
    concat_seq: int | None
    concat_total: int | None
    tpdu_length: int  # octets after the SMSC address: what AT+CMGS=<n> announces
    validity: dt.timedelta | None  # relative TP-VP; None when absent or not relative


def _alphabet(dcs: int) -> str:
    if dcs & 0xC0 in (0x00, 0x40):  # general data coding (with or without auto-deletion)
        if dcs & 0x20:
            raise PduError("compressed text is not supported")
        return ("gsm7", "8bit", "ucs2", "gsm7")[(dcs >> 2) & 0x03]
    group = dcs & 0xF0
    if group in (0xC0, 0xD0):
        return "gsm7"
    if group == 0xE0:
        return "ucs2"
    if group == 0xF0:
        return "8bit" if dcs & 0x04 else "gsm7"
    return "gsm7"  # reserved groups: 03.38 says treat as default alphabet


def _parse_udh(udh: bytes) -> tuple[int | None, int | None, int | None]:
    """(reference, sequence, total) from the concatenation element, if any."""
    pos = 0
    ref = seq = total = None
    while pos + 2 <= len(udh):
        iei, iel = udh[pos], udh[pos + 1]
        value = udh[pos + 2 : pos + 2 + iel]
        if len(value) < iel:
            raise PduError("user data header truncated")
        if iei == 0x00 and iel == 3:
            ref, total, seq = value[0], value[1], value[2]
        elif iei == 0x08 and iel == 4:
            ref, total, seq = (value[0] << 8) | value[1], value[2], value[3]
        pos += 2 + iel
    return ref, seq, total


def _decode_user_data(
    data: bytes, pos: int, encoding: str, udhi: bool
) -> tuple[str, tuple[int | None, int | None, int | None]]:
    try:
        udl = data[pos]
    except IndexError as exc:
        raise PduError("user data length missing") from exc
    body = data[pos + 1 :]
    concat: tuple[int | None, int | None, int | None] = (None, None, None)
    header_octets = 0
    if udhi:
        if not body:
            raise PduError("user data header missing")
        header_octets = body[0] + 1
        concat = _parse_udh(body[1:header_octets])
    if encoding == "gsm7":
        header_septets = (header_octets * 8 + 6) // 7
        count = udl - header_septets
        if count < 0:
            raise PduError("user data length shorter than its header")
        text = gsm7_decode(_unpack_septets(body, count, header_septets * 7))
    else:
        if len(body) < udl:
            raise PduError("user data shorter than its length field")
        payload = body[header_octets:udl]
        if encoding == "ucs2":
            if len(payload) % 2:
                raise PduError("UCS-2 text with an odd number of octets")
            text = payload.decode("utf-16-be", errors="surrogatepass")
        else:
            text = payload.hex().upper()
    return text, concat


def decode_submit_pdu(pdu_hex: str) -> SubmitPdu:
    """Decode the hex string a client writes after the ``> `` prompt (SCA + SMS-SUBMIT)."""
    try:
        data = bytes.fromhex(pdu_hex.strip())
    except ValueError as exc:
        raise PduError("PDU is not hexadecimal") from exc
    smsc, pos = _decode_sca(data)
    tpdu_start = pos
    try:
        first = data[pos]
        if first & 0x03 != 0x01:
            raise PduError(f"not an SMS-SUBMIT (first octet {first:#04x})")
        reference = data[pos + 1]
        number, pos = _decode_address(data, pos + 2)
        pid, dcs = data[pos], data[pos + 1]
    except IndexError as exc:
        raise PduError("PDU truncated") from exc
    pos += 2
    vpf = (first >> 3) & 0x03
    validity = _relative_validity(data[pos]) if vpf == 2 and pos < len(data) else None
    pos += {0: 0, 2: 1, 1: 7, 3: 7}[vpf]
    encoding = _alphabet(dcs)
    text, (ref, seq, total) = _decode_user_data(data, pos, encoding, bool(first & 0x40))
    return SubmitPdu(
        smsc=smsc,
        number=number,
        text=text,
        encoding=encoding,
        status_report=bool(first & 0x20),
        reference=reference,
        dcs=dcs,
        pid=pid,
        concat_ref=ref,
        concat_seq=seq,
        concat_total=total,
        tpdu_length=len(data) - tpdu_start,
        validity=validity,
    )


def _relative_validity(vp: int) -> dt.timedelta:
    """TP-VP in relative format (GSM 03.40 9.2.3.12.1)."""
    if vp <= 143:
        return dt.timedelta(minutes=(vp + 1) * 5)
    if vp <= 167:
        return dt.timedelta(hours=12, minutes=(vp - 143) * 30)
    if vp <= 196:
        return dt.timedelta(days=vp - 166)
    return dt.timedelta(weeks=vp - 192)


# ---------------------------------------------------------------------------------------------
# SMS-DELIVER and SMS-STATUS-REPORT encoding (what the emulator stores on its "SIM")
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeliverPdu:
    """One SMS-DELIVER part as stored in SIM memory (hex PDU with SCA) and its TPDU length."""

    pdu: str
    tpdu_length: int


_GSM7_SINGLE, _GSM7_PART = 160, 153
_UCS2_SINGLE, _UCS2_PART = 70, 67


def _split_gsm7(septets: list[int], size: int) -> list[list[int]]:
    parts: list[list[int]] = []
    current: list[int] = []
    i = 0
    while i < len(septets):
        unit = septets[i : i + 2] if septets[i] == _GSM7_ESCAPE else septets[i : i + 1]
        if len(current) + len(unit) > size:  # never split an escape from its character
            parts.append(current)
            current = []
        current.extend(unit)
        i += len(unit)
    parts.append(current)
    return parts


def encode_deliver_pdus(
    number: str,
    text: str,
    *,
    smsc: str | None,
    when: dt.datetime,
    concat_ref: int = 0,
) -> list[DeliverPdu]:
    """SMS-DELIVER PDUs for an incoming text: GSM-7 when it fits, UCS-2 otherwise, split into
    concatenated parts (8-bit reference IEI 0x00) when too long for one."""
    try:
        septets: list[int] | None = gsm7_encode(text)
    except ValueError:
        septets = None
    chunks: list[bytes | list[int]]
    if septets is not None:
        dcs = 0x00
        chunks = list(_split_gsm7(septets, _GSM7_PART if len(septets) > _GSM7_SINGLE else 160))
    else:
        dcs = 0x08
        raw = text.encode("utf-16-be", errors="surrogatepass")
        size = (_UCS2_PART if len(raw) > 2 * _UCS2_SINGLE else _UCS2_SINGLE) * 2
        chunks = [raw[i : i + size] for i in range(0, len(raw), size)] or [b""]
    total = len(chunks)
    out: list[DeliverPdu] = []
    for seq, chunk in enumerate(chunks, start=1):
        udh = bytes((0x05, 0x00, 0x03, concat_ref & 0xFF, total, seq)) if total > 1 else b""
        first = 0x04 | (0x40 if udh else 0)  # SMS-DELIVER, no more messages to send
        if isinstance(chunk, list):
            fill = (7 - (len(udh) * 8) % 7) % 7 if udh else 0
            packed = udh + _pack_septets(chunk, fill)
            udl = (len(udh) * 8 + fill) // 7 + len(chunk)
        else:
            packed = udh + chunk
            udl = len(packed)
        tpdu = (
            bytes((first,))
            + _encode_address(number)
            + bytes((0x00, dcs))
            + _encode_timestamp(when)
            + bytes((udl,))
            + packed
        )
        out.append(DeliverPdu((_encode_sca(smsc) + tpdu).hex().upper(), len(tpdu)))
    return out


def encode_status_report_pdu(
    *,
    reference: int,
    recipient: str,
    smsc: str | None,
    submitted: dt.datetime,
    done: dt.datetime,
    status: int = 0,
) -> DeliverPdu:
    """An SMS-STATUS-REPORT for the message with TP-MR ``reference`` (status 0 = delivered)."""
    tpdu = (
        bytes((0x06, reference & 0xFF))  # SMS-STATUS-REPORT, no more messages
        + _encode_address(recipient)
        + _encode_timestamp(submitted)
        + _encode_timestamp(done)
        + bytes((status & 0xFF,))
    )
    return DeliverPdu((_encode_sca(smsc) + tpdu).hex().upper(), len(tpdu))
