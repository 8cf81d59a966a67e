"""Members page at scale: 20 000 members, open the page, filter on every keystroke.

    QT_QPA_PLATFORM=offscreen python bench/members.py [--members 20000]

Prints the time to open the page (database read off the GUI thread, model filled,
first paint) and, for a few things a desk officer types, the time of every keystroke
(filter + repaint of the visible rows). Target: at most 100 ms per keystroke.
The data is written with bulk inserts (the services would also write 20 000 audit
rows one by one; that is not what is measured here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from sqlalchemy import insert, select

from bindesk.db.engine import Database, open_database
from bindesk.db.models import Member, Membership, Network
from bindesk.gui.app import application, build_window
from bindesk.gui.pages.members_page import MembersPage
from bindesk.services import networks
from bindesk.services.demo import FIRST_NAMES, LAST_NAMES
from bindesk.services.operators import Actor, Role

ACTOR = Actor("bench", "Benchmark", Role.ADMIN)
STREETS = [
    "Kerkstraat",
    "Dorp",
    "Hoogstraat",
    "Molenstraat",
    "Stationsstraat",
    "Nieuwstraat",
    "Kapellestraat",
    "Lindenstraat",
    "Bergstraat",
    "Veldstraat",
    "Schoolstraat",
    "Oudenaardsesteenweg",
    "Smetledestraat",
    "Bellaertstraat",
    "Keiberg",
    "Hoezekouter",
]
TYPED = {
    "street 'Kerkstraat'": "Kerkstraat",
    "mobile '0470 12 34'": "0470 12 34",
    "name 'Van den Bossche'": "Van den Bossche",
}


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
        rows = [
            {
                "first_name": rng.choice(FIRST_NAMES),
                "last_name": rng.choice(LAST_NAMES),
                "street": rng.choice(STREETS),
                "house_number": str(rng.randint(1, 250)),
                "postal_code": rng.choice(("9340", "9420")),
                "municipality": "Lede",
                "mobile": f"+3247{rng.randint(0, 9)}{i:06d}",
                "email": "",
                "language": "nl",
                "status": rng.choice(("active",) * 8 + ("paused", "left")),
                "consent_at": now,
                "consent_method": "benchmark",
                "created_at": now,
                "updated_at": now,
            }
            for i in range(count)
        ]
        s.execute(insert(Member), rows)
        ids = list(s.scalars(select(Member.id)))
        s.execute(
            insert(Membership),
            [
                {"member_id": m, "network_id": rng.choice(net_ids), "is_coordinator": False}
                for m in ids
            ],
        )
    assert Network  # the table the rows hang on


def settle(app: QCoreApplication) -> None:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        started = time.perf_counter()
        fill(db, args.members)
        print(
            f"{args.members} members written in {time.perf_counter() - started:.1f} s "
            "(bulk insert, not measured below)"
        )

        window = build_window(db, ACTOR, idle_lock=False)
        window.show()
        settle(app)
        page = window.pages["members"]
        assert isinstance(page, MembersPage)
        loaded = []
        page.loaded.connect(lambda: loaded.append(time.perf_counter()))
        blocked = []
        fill_model = page._loaded

        def timed_fill(result: object) -> None:  # the part that runs on the GUI thread
            t0 = time.perf_counter()
            fill_model(result)  # type: ignore[arg-type]
            blocked.append(time.perf_counter() - t0)

        page._loaded = timed_fill  # type: ignore[method-assign]
        started = time.perf_counter()
        window.show_page("members")
        while not loaded:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        settle(app)
        window.repaint()
        opened = time.perf_counter() - started
        print(
            f"open the members page: {opened * 1000:.0f} ms until {page.model.rowCount()} "
            f"rows are shown; the GUI thread was busy {blocked[0] * 1000:.0f} ms of it "
            "(filling the model), the database read ran on a worker thread"
        )

        gui_blocked = []
        for label, text in TYPED.items():
            page.ui.search_edit.clear()
            settle(app)
            times = []
            for n in range(1, len(text) + 1):
                t0 = time.perf_counter()
                page.ui.search_edit.setText(text[:n])  # textChanged -> filter, like typing
                settle(app)
                page.ui.members_view.viewport().repaint()
                times.append((time.perf_counter() - t0) * 1000)
            gui_blocked.extend(times)
            print(
                f"typing {label}: {len(times)} keystrokes, "
                f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms, "
                f"{page.model.rowCount()} rows left"
            )
        page.ui.search_edit.clear()
        settle(app)
        t0 = time.perf_counter()
        page.ui.members_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        settle(app)
        page.ui.members_view.viewport().repaint()
        print(
            f"sort {page.model.rowCount()} rows by street: "
            f"{(time.perf_counter() - t0) * 1000:.0f} ms"
        )
        worst = max(gui_blocked)
        verdict = "within" if worst <= 100 else "OVER"
        print(f"worst keystroke {worst:.1f} ms: {verdict} the 100 ms target")
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
