"""An AT GSM modem on a pseudo-terminal: demo mode and the boundary for tests.

The emulator opens a pty, puts its slave side in raw mode and answers, from a reader thread,
the AT commands that Gammu's AT driver sends (init, PIN, signal, network, SMSC, PDU-mode
``AT+CMGS``, SIM storage with ``AT+CMGL``/``AT+CMGR``/``AT+CMGD``, CNMI). Every submitted
SMS-SUBMIT PDU is decoded here (number, status-report request, GSM 03.38 / UCS-2 text,
concatenation header) so a test can check what a real handset would have received.

Faults can be injected while a client is connected: ``+CMS ERROR`` codes, a delay per SMS
part, a hung modem, an unplugged device, a locked SIM, no network.

The device path handed out is a *stable symlink* (``<tmpdir>/ttyEMU0 -> /dev/pts/N``):
:meth:`Emulator.unplug` removes it and :meth:`Emulator.replug` points it at a fresh pty, like
a USB modem that comes back under the same udev name. The emulator must live in the process
that checks its results (a test kills a dispatcher subprocess that has the pty open; the
emulator and what it received survive because they stay in the pytest process).

This module never imports gammu: it speaks the wire protocol only.

Run ``python -m bindesk.sms.emulator --delay 0.5`` for a modem to point bindesk at.

The package: ``device`` (the :class:`Emulator` API), ``session`` (the AT interpreter),
``state`` (what both share), ``faults`` (the injected-fault state), ``line`` (the pty),
``records`` (what was received) and ``cli``. The PDU codec is :mod:`bindesk.sms.pdu`: the
real modem and the Windows ``sim`` modem use it too, so it stays importable without a pty.
"""

from __future__ import annotations

from bindesk.sms.emulator.device import Emulator
from bindesk.sms.emulator.records import SentSms, SubmittedPart

__all__ = ["Emulator", "SentSms", "SubmittedPart"]
