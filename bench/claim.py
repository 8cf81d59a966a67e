"""Does a claim cost the same at any queue depth?

    python bench/claim.py [--depths 1000,5000,20000] [--claims 300] [--pg URL]

For each depth, a fresh database holds one alert with that many queued deliveries (bulk
inserted, as ``alerts.queue`` would leave them). The dispatcher's real claim
(``OutboxQueue.claim``: a read, then one write transaction) is timed ``--claims`` times, each
followed by ``sent`` as the modem thread does, so the queue drains from the front as in a send.
Printed per depth: median and p90 ms per claim, and the median of the claim's query alone
(``claim_query``, the ORDER BY … LIMIT 1 the index must serve); then the ratio of the deepest
to the shallowest. SQLite (a temp file, WAL, synchronous=FULL, as the desk runs it) and, with
``--pg`` or ``BINDESK_TEST_PG_URL``, PostgreSQL (the schema is reset: use a test database).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Alert, Delivery
from bindesk.services import outbox

MODEM = "bench:sim0"


OLD_INDEX = False  # --old-index: the index before issue 9, to see what the bench detects


def fill(db: Database, depth: int) -> None:
    now = dt.datetime.now(dt.UTC)
    with db.session() as s:
        if OLD_INDEX:
            s.execute(text("DROP INDEX ix_deliveries_claim"))
            s.execute(
                text(
                    "CREATE INDEX ix_deliveries_queue ON deliveries "
                    "(state, priority, next_attempt_at)"
                )
            )
        alert = Alert(
            kind="prevention",
            text="Bench: sluit af.",
            created_by="bench",
            created_at=now,
            segments=1,
            encoding="gsm7",
        )
        s.add(alert)
        s.flush()
        s.execute(
            insert(Delivery),
            [
                {
                    "alert_id": alert.id,
                    "mobile": f"+32471{i:06d}",
                    "state": "queued",
                    "priority": i % 2,  # incident-street members first
                    "queued_at": now,
                    "updated_at": now,
                }
                for i in range(depth)
            ],
        )
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("ANALYZE deliveries"))
        else:
            s.execute(text("ANALYZE"))


def measure(db: Database, claims: int) -> tuple[float, float, float]:
    queue = outbox.OutboxQueue(db)
    claim_ms: list[float] = []
    query_ms: list[float] = []
    for _ in range(claims):
        with db.read_session() as s:
            query = outbox.OutboxQueue.claim_query(outbox.utcnow())
            start = time.perf_counter()
            s.scalar(query)
            query_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        job = queue.claim(MODEM)
        claim_ms.append((time.perf_counter() - start) * 1000)
        assert job is not None
        queue.sent(job, [1])
    claim_ms.sort()
    return (
        statistics.median(claim_ms),
        claim_ms[int(len(claim_ms) * 0.9)],
        statistics.median(query_ms),
    )


def run(label: str, make: object, depths: list[int], claims: int) -> None:
    results: dict[int, tuple[float, float, float]] = {}
    for depth in depths:
        db: Database = make()  # type: ignore[operator]
        try:
            fill(db, depth)
            results[depth] = measure(db, claims)
        finally:
            db.dispose()
        median, p90, query = results[depth]
        print(
            f"{label}: {depth:6d} queued: claim median {median:.3f} ms, p90 {p90:.3f} ms; "
            f"query alone median {query:.3f} ms",
            flush=True,
        )
    lo, hi = results[depths[0]], results[depths[-1]]
    print(
        f"{label}: claim at {depths[-1]} / at {depths[0]}: {hi[0] / lo[0]:.2f} "
        f"(query alone {hi[2] / lo[2]:.2f})",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depths", default="1000,5000,20000")
    parser.add_argument("--claims", type=int, default=300)
    parser.add_argument("--pg", default=os.environ.get("BINDESK_TEST_PG_URL", ""))
    parser.add_argument(
        "--old-index",
        action="store_true",
        help="replace ix_deliveries_claim by the index before issue 9 (state, priority, "
        "next_attempt_at)",
    )
    args = parser.parse_args()
    global OLD_INDEX
    OLD_INDEX = args.old_index
    depths = [int(d) for d in args.depths.split(",")]
    print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1000))
        run(
            "SQLite",
            lambda: open_database(f"sqlite:///{Path(tmp) / f'claim{next(counter)}.sqlite3'}"),
            depths,
            args.claims,
        )
    if args.pg:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from tests.pg import exclusive_server, reset_schema

        def make_pg() -> Database:
            reset_schema(args.pg)
            return open_database(args.pg)

        with exclusive_server(args.pg):
            run("PostgreSQL", make_pg, depths, args.claims)
    print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
