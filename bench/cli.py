"""Quick commands: ``bindesk --help`` and ``bindesk members list --json`` on 20 000 members.

    python bench/cli.py [--members 20000] [--runs 5] [--source DIR]

Each command runs as a fresh process (``python -m bindesk …``), as a desk officer or a script
would run it; the time includes interpreter start and imports. ``--source DIR`` runs the
bindesk package found in DIR instead (e.g. an ``git archive`` of an older commit), with the
same interpreter and the same database, to compare before and after. The 20 000 members are
written with bulk inserts (not measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Member, Membership
from bindesk.services import networks
from bindesk.services.demo import FIRST_NAMES, LAST_NAMES
from bindesk.services.operators import Actor, Role

ACTOR = Actor("bench", "Benchmark", Role.ADMIN)


def fill(db: Database, count: int) -> None:
    rng = random.Random(4)
    now = dt.datetime.now(dt.UTC)
    with db.session() as s:
        nets = [
            networks.add_network(s, ACTOR, name=f"BIN {n}", municipality="Lede")
            for n in ("Oordegem", "Bambrugge", "Aaigem", "Erpe", "Mere", "Impe")
        ]
        s.flush()
        net_ids = [n.id for n in nets]
        s.execute(
            insert(Member),
            [
                {
                    "first_name": rng.choice(FIRST_NAMES),
                    "last_name": rng.choice(LAST_NAMES),
                    "street": "Kerkstraat",
                    "house_number": str(rng.randint(1, 250)),
                    "postal_code": "9340",
                    "municipality": "Lede",
                    "mobile": f"+3247{rng.randint(0, 9)}{i:06d}",
                    "email": "",
                    "language": "nl",
                    "status": "active",
                    "consent_at": now,
                    "consent_method": "benchmark",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(count)
            ],
        )
        ids = list(s.scalars(select(Member.id)))
        s.execute(
            insert(Membership),
            [
                {"member_id": m, "network_id": rng.choice(net_ids), "is_coordinator": False}
                for m in ids
            ],
        )


def timed(
    cmd: list[str], env: dict[str, str], cwd: str, runs: int
) -> tuple[list[float], list[float]]:
    """Wall-clock seconds per run, and the CPU seconds (user + system) the process used: on
    a shared machine the CPU time says what the command costs, the wall time what the other
    jobs added."""
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", help="directory holding the bindesk package to time")
    args = parser.parse_args()
    env = dict(os.environ)
    source = Path(args.source) if args.source else Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = str(source.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        fill(open_database(f"sqlite:///{path}"), args.members)
        base = [sys.executable, "-m", "bindesk"]
        cases = {
            "bindesk --help": [*base, "--help"],
            f"bindesk members list --json ({args.members} members)": [
                *base,
                "--db",
                str(path),
                "members",
                "list",
                "--json",
            ],
        }
        print(f"load average {os.getloadavg()[0]:.2f}")
        for name, cmd in cases.items():
            times, cpu = timed(cmd, env, tmp, args.runs)
            print(
                f"{name}: min {min(times):.3f} s, median {statistics.median(times):.3f} s, "
                f"max {max(times):.3f} s ({args.runs} runs); CPU time min "
                f"{min(cpu):.3f} s, median {statistics.median(cpu):.3f} s"
            )
        print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
