"""Dispatch throughput and latency, all measured in one run against the AT emulator.

    python bench/dispatch.py [--recipients 200] [--delay 0.5]

(a) baseline: a bare python-gammu loop pushing the same messages (same PDUs: explicit SMSC
    number, status report requested) through one already-initialised modem;
(b) bindesk's dispatcher (outbox in SQLite, claim/commit per SMS, inbound polling) with one
    modem; (c) with two modems;
(d) latency from queueing an alert (by "another desk": no wake-up call) to the first PDU on
    the wire, the dispatcher idle.
Prints ratios (b)/(a) and (c)/(b); Init() time is excluded from every throughput figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import gammu

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bindesk.db.engine import open_database
from bindesk.domain.states import ModemState
from bindesk.services import alerts, outbox
from bindesk.services.operators import Actor, Role
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings, ModemStatus
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories

TEXT = "BIN-melding: verdachte persoon in de Kerkstraat. Doe uw buitenverlichting aan en bel 101."
ADMIN = Actor("bench", "Bench", Role.ADMIN)


def numbers(count: int) -> list[str]:
    return [f"+3247100{i:04d}" for i in range(count)]


def baseline(delay: float, count: int) -> float:
    """Seconds for ``count`` SMS through a bare python-gammu loop (Init excluded)."""
    with Emulator(delay=delay) as emulator:
        sm = gammu.StateMachine()
        sm.SetConfig(0, {"Device": emulator.device, "Connection": "at", "Model": ""})
        sm.Init()
        smsc = sm.GetSMSC(Location=1)["Number"]
        start = time.perf_counter()
        for number in numbers(count):
            parts = gammu.EncodeSMS(
                {
                    "Class": -1,
                    "Unicode": False,
                    "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": TEXT}],
                }
            )
            for part in parts:
                part["SMSC"] = {"Location": 0, "Number": smsc}
                part["Number"] = number
                part["Type"] = "Status_Report"
                sm.SendSMS(part)
        elapsed = time.perf_counter() - start
        sm.Terminate()
        assert len(emulator.sent()) == count
        return elapsed


def _queue(db_url: str, count: int) -> float:
    """Queue an alert to ``count`` new members; returns time.monotonic() at the commit."""
    db = open_database(db_url)
    with db.session() as s:
        net = factories.network(s, ADMIN, f"BIN Bench {time.monotonic_ns()}")
        for i, number in enumerate(numbers(count)):
            factories.member(s, ADMIN, [net], number, last_name=f"Lid{i}")
        s.commit()
    with db.session() as s:
        net = s.merge(net)
        alerts.queue(s, ADMIN, alerts.draft(s, ADMIN, networks=[net], text=TEXT))
    committed = time.monotonic()
    db.dispose()
    return committed


def dispatcher_run(delay: float, count: int, modems: int, workdir: Path) -> float:
    """Seconds from the moment every modem is ready until the last SMS is recorded."""
    db_url = f"sqlite:///{workdir / f'bench-{modems}.sqlite3'}"
    emulators = [Emulator(delay=delay) for _ in range(modems)]
    try:
        specs = [ModemSpec.parse(e.start()) for e in emulators]
        db = open_database(db_url)
        dispatcher = Dispatcher(outbox.OutboxQueue(db), specs, DispatcherSettings())
        ready: set[str] = set()
        dispatcher.add_listener(
            lambda e: (
                ready.add(e.modem_id) if isinstance(e, ModemStatus) and e.state == "ready" else None
            )
        )
        dispatcher.start()
        while len(ready) < modems:
            time.sleep(0.01)
        time.sleep(1.0)  # let the first idle inbound poll pass, as on a desk that runs all day
        _queue(db_url, count)
        start = time.perf_counter()
        dispatcher.wake()
        assert dispatcher.run_until_idle(check_every=0.01)
        elapsed = time.perf_counter() - start
        dispatcher.stop()
        sent = sum(len(e.sent()) for e in emulators)
        assert sent == count, f"{sent} != {count}"
        db.dispose()
        return elapsed
    finally:
        for emulator in emulators:
            emulator.stop()


def latency(delay: float, workdir: Path, samples: int = 5) -> list[float]:
    """Queue → first CMGS on the wire, dispatcher idle, queued without a wake-up call."""
    db_url = f"sqlite:///{workdir / 'latency.sqlite3'}"
    results = []
    with Emulator(delay=delay) as emulator:
        db = open_database(db_url)
        dispatcher = Dispatcher(outbox.OutboxQueue(db), [ModemSpec.parse(emulator.device)])
        state: list[str] = [""]  # the modem's last reported state
        dispatcher.add_listener(
            lambda e: state.__setitem__(0, e.state) if isinstance(e, ModemStatus) else None
        )
        dispatcher.start()
        for _ in range(samples):
            while not dispatcher.is_idle() or state[0] != ModemState.READY:
                time.sleep(0.05)
            time.sleep(1.3)  # idle for a while (lands at a random point of the poll cycle)
            mark = len(emulator.trace())
            queued_at = _queue(db_url, 1)
            while True:
                hits = [
                    t for t, d, data in emulator.trace()[mark:] if d == "rx" and b"AT+CMGS=" in data
                ]
                if hits:
                    results.append(hits[0] - queued_at)
                    break
                time.sleep(0.005)
            assert dispatcher.run_until_idle()
        dispatcher.stop()
        db.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.5)
    args = parser.parse_args()
    n, delay = args.recipients, args.delay
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        a = baseline(delay, n)
        print(f"(a) bare python-gammu loop, 1 modem: {a:7.1f} s  {n / a:5.3f} SMS/s", flush=True)
        b = dispatcher_run(delay, n, 1, workdir)
        print(f"(b) bindesk dispatcher,      1 modem: {b:7.1f} s  {n / b:5.3f} SMS/s", flush=True)
        c = dispatcher_run(delay, n, 2, workdir)
        print(f"(c) bindesk dispatcher,     2 modems: {c:7.1f} s  {n / c:5.3f} SMS/s", flush=True)
        lat = latency(delay, workdir)
    print(f"(b)/(a) throughput: {a / b:.3f}   (target >= 0.95)")
    print(f"(c)/(b) throughput: {b / c:.3f}   (target >= 1.9)")
    print(
        "(d) queue -> first PDU on the wire, idle dispatcher: "
        f"median {statistics.median(lat):.3f} s, max {max(lat):.3f} s over {len(lat)}"
        "   (target <= 1 s)"
    )


if __name__ == "__main__":
    main()
