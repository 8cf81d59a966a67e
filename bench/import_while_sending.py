"""Sending while the office imports: the worst gap between two SMS on the wire.

    python bench/import_while_sending.py [--rows 50000] [--batch 0.25] [--only after]

One SQLite database; the dispatcher sends an alert through the AT emulator (python-gammu's real
AT driver) while another process imports a member list of ``--rows`` rows, as a coordinator's
list would arrive at the desk. The gaps between consecutive ``AT+CMGS`` on the wire during the
import are measured:

(before) the import written in one transaction (what bindesk did);
(after)  the import in short transactions (``member_files.import_in_batches``).

A gap of ~0.7 s is libGammu's own pace for one part (see bench/README.md); the target is that
no gap exceeds the quiet pace by more than 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import itertools

from bindesk.db.engine import open_database
from bindesk.services import alerts, member_files, networks, outbox
from bindesk.services.operators import Actor, Role
from bindesk.sms.dispatcher import Dispatcher, ModemStatus
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories

ADMIN = Actor("bench", "Bench", Role.ADMIN)
QUIET_SECONDS = 40.0
RECIPIENTS = 2500  # more than the modem sends during the import: the queue never runs dry
TEXT = "BIN-melding: verdachte persoon in de Kerkstraat. Doe uw buitenverlichting aan."


def write_list(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Naam;Voornaam;Straat;Nr;Postcode;Gemeente;GSM;E-mail\n")
        for i in range(rows):
            handle.write(
                f"Lid{i};Voornaam{i};Kerkstraat;{i % 300 + 1};9340;Lede;"
                f"0475{i:06d};lid{i}@example.be\n"
            )


def import_process(db_url: str, csv_path: str, mode: str, batch: float) -> None:
    """The desk's side, in its own process: plan (not timed), then write; prints times."""
    plan = member_files.plan_import(member_files.read_table(Path(csv_path)), consent_method="lijst")
    db = open_database(db_url)
    with db.read_session() as s:
        network_id = networks.get_network(s, "BIN Import").id
    print(f"START {time.monotonic()}", flush=True)
    if mode == "before":
        with db.session() as s:
            member_files.apply_import(s, ADMIN, networks.get_network(s, "BIN Import"), plan)
    else:
        member_files.import_in_batches(db, ADMIN, network_id, plan, batch_seconds=batch)
    print(f"END {time.monotonic()}", flush=True)
    db.dispose()


def run(mode: str, rows: int, batch: float, workdir: Path) -> tuple[list[float], float, int]:
    db_url = f"sqlite:///{workdir / f'{mode}.sqlite3'}"
    csv_path = workdir / "lijst.csv"
    if not csv_path.exists():
        write_list(csv_path, rows)
    db = open_database(db_url)
    with db.session() as s:
        networks.add_network(s, ADMIN, name="BIN Import", municipality="Lede")
        net = factories.network(s, ADMIN, "BIN Alarm")
        for i in range(RECIPIENTS):
            factories.member(s, ADMIN, [net], f"+324710{i:05d}", last_name=f"Ontvanger{i}")
    with Emulator() as emulator:
        dispatcher = Dispatcher(outbox.OutboxQueue(db), [ModemSpec.parse(emulator.device)])
        ready: list[bool] = []
        dispatcher.add_listener(
            lambda e: (
                ready.append(True) if isinstance(e, ModemStatus) and e.state == "ready" else None
            )
        )
        dispatcher.start()
        while not ready:
            time.sleep(0.05)
        with db.session() as s:
            net = networks.get_network(s, "BIN Alarm")
            alerts.queue(s, ADMIN, alerts.draft(s, ADMIN, networks=[net], text=TEXT))
        dispatcher.wake()
        time.sleep(QUIET_SECONDS)  # the quiet pace first, inbound polls (every 30 s) included
        child = subprocess.Popen(
            [sys.executable, __file__, "--child", db_url, str(csv_path), mode, str(batch)],
            stdout=subprocess.PIPE,
            text=True,
        )
        marks: dict[str, float] = {}
        assert child.stdout is not None
        for line in child.stdout:
            word, _, value = line.partition(" ")
            marks[word] = float(value)
        if child.wait() != 0:
            raise SystemExit(f"import process failed ({child.returncode})")
        time.sleep(2.0)
        sends = [t for t, d, data in emulator.trace() if d == "rx" and b"AT+CMGS=" in data]
        dispatcher.stop()
    with db.read_session() as s:
        stuck = outbox.status(s)["alerts"]
        lost = sum(a["counts"].get("sending", 0) + a["counts"].get("uncertain", 0) for a in stuck)
    db.dispose()
    start, end = marks["START"], marks["END"]
    quiet = [b - a for a, b in itertools.pairwise(sends) if b < start]
    during = [b - a for a, b in itertools.pairwise(sends) if b > start and a < end]
    if len(sends) >= RECIPIENTS:
        raise SystemExit("the queue ran dry during the import: raise RECIPIENTS")
    # a gap that is still open when the import ends counts too
    if sends and sends[-1] < end:
        during.append(end - sends[-1])
    return [*quiet, -1.0, *during], end - start, lost


def report(mode: str, gaps: list[float], took: float, lost: int) -> float:
    cut = gaps.index(-1.0)
    quiet, during = gaps[:cut], gaps[cut + 1 :]
    pace = statistics.median(quiet) if quiet else 0.0
    quiet_worst = max(quiet) if quiet else 0.0
    worst = max(during) if during else took
    slow = sum(1 for g in during if g - pace > 1.0)
    p99 = statistics.quantiles(during, n=100)[98] if len(during) >= 2 else worst
    print(
        f"({mode:6}) import {took:6.1f} s; SMS sent during it: {len(during):4d}; quiet: median "
        f"gap {pace:.2f} s, worst {quiet_worst:.2f} s; during: gap p99 {p99:5.2f} s, "
        f"worst {worst:6.2f} s (stall {worst - pace:6.2f} s,"
        f" {slow} gap(s) stalled > 1 s); rows left sending/uncertain: {lost}",
        flush=True,
    )
    return worst - pace


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        import_process(sys.argv[2], sys.argv[3], sys.argv[4], float(sys.argv[5]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument(
        "--batch",
        type=float,
        default=member_files.IMPORT_BATCH_SECONDS,
        help="seconds one import transaction may hold the lock",
    )
    parser.add_argument("--only", choices=["before", "after"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        stalls = {}
        for mode in ("before", "after"):
            if args.only and mode != args.only:
                continue
            gaps, took, lost = run(mode, args.rows, args.batch, workdir)
            stalls[mode] = report(mode, gaps, took, lost)
    if "after" in stalls:
        verdict = "ok" if stalls["after"] <= 1.0 else "TOO LONG"
        print(f"after: worst stall {stalls['after']:.2f} s (target <= 1 s): {verdict}")


if __name__ == "__main__":
    main()
