"""python -m bindesk.sms.emulator: an emulated modem to point bindesk at, until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Sequence

from bindesk.sms.emulator.device import Emulator


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bindesk.sms.emulator",
        description="Run an emulated AT GSM modem on a pseudo-terminal until Ctrl-C.",
    )
    parser.add_argument("--delay", type=float, default=0.0, help="seconds per SMS part")
    parser.add_argument("--pin", default=None, help="require this SIM PIN")
    parser.add_argument("--smsc", default="+32475161616", help="SMSC number ('' for none)")
    parser.add_argument("--fail-every", type=int, default=0, help="every n-th part fails")
    parser.add_argument("--path", default=None, help="device path (symlink) to create")
    args = parser.parse_args(argv)

    emulator = Emulator(
        delay=args.delay, pin=args.pin, smsc=args.smsc or None, device_path=args.path
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):  # explicit: a background job ignores SIGINT
        signal.signal(signum, lambda *_: stop.set())
    with emulator:
        emulator.fail_every(args.fail_every)
        print(emulator.device, flush=True)
        shown = 0
        while not stop.wait(0.2):
            sent = emulator.sent()
            for sms in sent[shown:]:
                print(
                    f"SMS naar {sms.number} ({sms.encoding}, {sms.parts} deel/delen): {sms.text}",
                    flush=True,
                )
            shown = len(sent)
    return 0
