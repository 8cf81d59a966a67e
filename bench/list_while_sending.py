"""Does ``bindesk members list`` delay the SMS in flight?

    python bench/list_while_sending.py [--members 20000] [--runs 3] [--json]

One SQLite database with ``--members`` members; the dispatcher sends an alert to 200 others
through the AT emulator (python-gammu's real AT driver, zero modem latency: ~0.7 s per SMS is
libGammu's own pace). Once the pace is steady, each run starts ``bindesk members list`` as its
own process (as an officer at another window would) and measures, from the emulator's trace,
the SMS cycles (one ``AT+CMGS`` to the next: claim, send, ``sent`` committed) that overlap the
listing: the one in flight when it starts and the worst one while it runs. Each run is paired
with a control of the same length without a listing, so what the machine's load adds shows in
both. ``--before`` lists in a write transaction instead (a child process that runs the same
listing under ``db.session()``: ``BEGIN IMMEDIATE``, SQLite's write lock for the whole listing,
as the verb did before issue 9).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Member, Membership, Network
from bindesk.services import alerts, members, networks, outbox
from bindesk.services.operators import Actor, Role
from bindesk.sms.dispatcher import Dispatcher, ModemStatus
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec

ADMIN = Actor("bench", "Bench", Role.ADMIN)
RECIPIENTS = 200
TEXT = "BIN-melding: verdachte persoon in de Kerkstraat. Doe uw buitenverlichting aan."


def fill(db: Database, count: int) -> None:
    rng = random.Random(4)
    now = dt.datetime.now(dt.UTC)

    def people(n: int, prefix: str) -> list[dict[str, object]]:
        return [
            {
                "first_name": f"Voornaam{i}",
                "last_name": f"{prefix}{rng.randint(0, 9999):04d}",
                "street": "Kerkstraat",
                "house_number": str(rng.randint(1, 250)),
                "postal_code": "9340",
                "municipality": "Lede",
                "mobile": f"+324{7 if prefix == 'Lid' else 8}{i:07d}",
                "email": "",
                "language": "nl",
                "status": "active",
                "consent_at": now,
                "consent_method": "benchmark",
                "created_at": now,
                "updated_at": now,
            }
            for i in range(n)
        ]

    with db.session() as s:
        listed = networks.add_network(s, ADMIN, name="BIN Leden", municipality="Lede")
        alarm = networks.add_network(s, ADMIN, name="BIN Alarm", municipality="Lede")
        s.flush()
        for net, rows in ((listed, people(count, "Lid")), (alarm, people(RECIPIENTS, "Ontv"))):
            ids = s.scalars(insert(Member).returning(Member.id), rows).all()
            s.execute(
                insert(Membership),
                [{"member_id": m, "network_id": net.id, "is_coordinator": False} for m in ids],
            )


def child_before(url: str) -> None:
    """The listing as before issue 9: in a write transaction (``BEGIN IMMEDIATE``)."""
    db = open_database(url)
    with db.session() as s:
        found = members.list_members(s, ADMIN)
        lines = [
            f"{m.last_name}  {m.first_name}  {m.street} {m.house_number}  {m.mobile}  "
            + ", ".join(sorted(ms.network.name for ms in m.memberships))
            for m in found
        ]
    with open(os.devnull, "w") as sink:
        sink.write("\n".join(lines))
    db.dispose()


def cmgs_times(emulator: Emulator) -> list[float]:
    return [t for t, d, data in emulator.trace() if d == "rx" and b"AT+CMGS=" in data]


def cycles_over(sends: list[float], start: float, end: float) -> tuple[float, float]:
    """The SMS cycle in flight at ``start`` and the worst cycle overlapping [start, end]."""
    in_flight, worst = 0.0, 0.0
    for a, b in itertools.pairwise(sends):
        if a <= start < b:
            in_flight = b - a
        if b > start and a < end:
            worst = max(worst, b - a)
    return in_flight, worst


def main() -> int:
    if sys.argv[1:2] == ["--child-before"]:
        child_before(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="members list --json")
    parser.add_argument("--before", action="store_true", help="list in a write transaction")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        url = f"sqlite:///{path}"
        db = open_database(url)
        fill(db, args.members)
        if args.before:
            cmd = [sys.executable, __file__, "--child-before", url]
        else:
            cmd = [sys.executable, "-m", "bindesk", "--db", str(path), "members", "list"]
            cmd += ["--json"] if args.json else []
        with Emulator() as emulator:
            dispatcher = Dispatcher(outbox.OutboxQueue(db), [ModemSpec.parse(emulator.device)])
            ready: list[bool] = []
            dispatcher.add_listener(
                lambda e: (
                    ready.append(True)
                    if isinstance(e, ModemStatus) and e.state == "ready"
                    else None
                )
            )
            dispatcher.start()
            while not ready:
                time.sleep(0.05)
            with db.session() as s:
                net = s.scalars(select(Network).where(Network.name == "BIN Alarm")).one()
                alerts.queue(s, ADMIN, alerts.draft(s, ADMIN, networks=[net], text=TEXT))
            dispatcher.wake()
            time.sleep(8.0)  # the steady pace first
            windows: list[tuple[str, float, float]] = []
            print(f"load average {os.getloadavg()[0]:.2f}; listing: {' '.join(cmd[1:])}")
            for run in range(args.runs):
                time.sleep(random.uniform(0.0, 0.7))  # start anywhere in an SMS cycle
                start = time.monotonic()
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
                end = time.monotonic()
                windows.append(("listing", start, end))
                time.sleep(2.0 + random.uniform(0.0, 0.7))
                control = time.monotonic()
                time.sleep(end - start)
                windows.append(("control", control, control + (end - start)))
                time.sleep(2.0)
                print(f"run {run + 1}: listing took {end - start:.2f} s", flush=True)
            time.sleep(1.0)
            sends = cmgs_times(emulator)
            dispatcher.stop()
        with db.read_session() as s:
            left = outbox.status(s)["alerts"][0]["counts"]
        db.dispose()
    if len(sends) >= RECIPIENTS:
        raise SystemExit("the queue ran dry: raise RECIPIENTS")
    quiet = [b - a for a, b in itertools.pairwise(sends) if b < windows[0][1]]
    print(f"quiet pace: median SMS cycle {statistics.median(quiet):.3f} s ({len(quiet)} SMS)")
    for kind in ("control", "listing"):
        flights, worsts = [], []
        for name, start, end in windows:
            if name != kind:
                continue
            in_flight, worst = cycles_over(sends, start, end)
            flights.append(in_flight)
            worsts.append(worst)
        print(
            f"{kind:8s}: SMS in flight at its start {' / '.join(f'{x:.3f}' for x in flights)} s;"
            f" worst SMS cycle while it ran {' / '.join(f'{x:.3f}' for x in worsts)} s"
        )
    print(f"deliveries: {left}; load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
