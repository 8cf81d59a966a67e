"""Desks in step: what the change triggers cost a writer, and how soon another desk knows.

    python bench/watch.py [--updates 2000] [--pg URL]

(a) A dispatcher's pattern on SQLite: one committed UPDATE of a delivery per SMS, with and
    without the change triggers (bindesk/db/changes.py). Ratio (b)/(a): the triggers' cost.
(c) Latency from a commit at "another desk" (its own engine) to the watcher's report, SQLite
    (poll of PRAGMA data_version every 0.5 s) and, with --pg, PostgreSQL (LISTEN/NOTIFY).
"""

from __future__ import annotations

import argparse
import queue
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text, update

from bindesk.db import changes
from bindesk.db.engine import Database, open_database
from bindesk.db.models import Delivery
from bindesk.services import alerts, members, networks
from bindesk.services.operators import Actor, Role

ACTOR = Actor("bench", "Benchmark", Role.ADMIN)


def _fill(db: Database, count: int) -> int:
    with db.session() as s:
        net = networks.add_network(s, ACTOR, name="BIN Bench", municipality="Lede")
        for i in range(count):
            data = members.MemberInput(
                first_name="Lid", last_name=f"L{i}", mobile=f"+3247{i:07d}", consent_method="f"
            )
            members.add_member(s, ACTOR, data, [net])
        return alerts.queue(s, ACTOR, alerts.draft(s, ACTOR, networks=[net], text="x")).id


def _updates(db: Database, alert_id: int, n: int) -> float:
    with db.read_session() as s:
        ids = [d.id for d in s.query(Delivery).filter(Delivery.alert_id == alert_id)]
    start = time.perf_counter()
    for i in range(n):
        with db.session() as s:
            s.execute(update(Delivery).where(Delivery.id == ids[i % len(ids)]).values(attempts=i))
    return time.perf_counter() - start


def _latency(db: Database, other: Database, rounds: int = 10) -> list[float]:
    seen: queue.Queue[tuple[float, frozenset[str]]] = queue.Queue()
    watcher = changes.ChangeWatcher(db.engine, lambda t: seen.put((time.perf_counter(), t)))
    watcher.start()
    watcher.ready.wait(10)
    result = []
    with other.session() as s:
        net_id = networks.add_network(s, ACTOR, name="BIN Lat", municipality="Lede").id
    while not seen.empty():
        seen.get()
    for i in range(rounds):
        time.sleep(0.13 * (i % 4))  # land anywhere in the poll interval
        with other.session() as s:
            s.execute(
                text("UPDATE networks SET police_liaison = :v WHERE id = :i"),
                {"v": str(i), "i": net_id},
            )
        committed = time.perf_counter()
        at, _tables = seen.get(timeout=10)
        result.append(at - committed)
    watcher.stop()
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--pg", help="a PostgreSQL URL (its schema is dropped!)")
    a = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        alert_id = _fill(db, 200)
        bare_runs, trigger_runs = [], []
        for _ in range(3):  # interleaved, best of three: the machine is shared
            with db.engine.begin() as conn:
                changes.drop_triggers(conn)
            bare_runs.append(_updates(db, alert_id, a.updates))
            with db.engine.begin() as conn:
                changes.install_triggers(conn)
            trigger_runs.append(_updates(db, alert_id, a.updates))
        bare, with_triggers = min(bare_runs), min(trigger_runs)
        print(f"(a) {a.updates} committed delivery updates, no triggers: {bare:.2f} s")
        print(f"(b) the same with the change triggers:        {with_triggers:.2f} s")
        print(f"    (b)/(a) = {with_triggers / bare:.3f}")
        other = open_database(db.url)
        lat = _latency(db, other)
        print(
            f"(c) SQLite commit -> watcher report: median {statistics.median(lat):.3f} s, "
            f"max {max(lat):.3f} s over {len(lat)}"
        )
        other.dispose()
        db.dispose()
    if a.pg:
        engine = create_engine(a.pg)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        pg = open_database(a.pg)
        other = open_database(a.pg)
        lat = _latency(pg, other)
        print(
            f"(d) PostgreSQL commit -> watcher report: median {statistics.median(lat):.3f} s, "
            f"max {max(lat):.3f} s over {len(lat)}"
        )
        other.dispose()
        pg.dispose()


if __name__ == "__main__":
    main()
