"""A backup taken while the dispatcher writes restores to a consistent database, every row."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import func, select

from bindesk.db.engine import Database
from bindesk.db.models import Alert, AuditEvent, Delivery, Member
from bindesk.services import alerts, backup, outbox
from bindesk.services.operators import Actor
from bindesk.sms.dispatcher import Dispatcher, DispatcherSettings
from bindesk.sms.emulator import Emulator
from bindesk.sms.modem import ModemSpec
from tests import factories as f

RECIPIENTS = 40
MODEMS = 4


def _count(db: Database, model: type[object]) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def test_backup_while_the_dispatcher_sends_restores_every_row(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN Oordegem")
        f.numbered_members(s, admin, net, RECIPIENTS)
        alert_id = alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Alarm")).id
    folder = tmp_path / "backups"
    emulators = [Emulator() for _ in range(MODEMS)]
    taken: list[tuple[Path, dict[str, int]]] = []  # each backup and the states it caught
    try:
        dispatcher = Dispatcher(
            outbox.OutboxQueue(db),
            [ModemSpec.parse(e.start()) for e in emulators],
            DispatcherSettings(poll_interval=0.05),
        )
        done = threading.Event()

        def back_up_meanwhile() -> None:
            while not done.is_set():
                target = folder / f"b{len(taken)}.sqlite3"
                path = backup.take_backup(db, admin, target)
                with sqlite3.connect(path) as conn:
                    states = dict(
                        conn.execute(
                            "SELECT state, count(*) FROM deliveries GROUP BY state"
                        ).fetchall()
                    )
                conn.close()
                taken.append((path, states))
                done.wait(0.03)

        dispatcher.start()
        copier = threading.Thread(target=back_up_meanwhile)
        copier.start()
        try:
            deadline = time.monotonic() + 120
            assert dispatcher.run_until_idle(give_up=lambda: time.monotonic() > deadline)
        finally:
            done.set()
            copier.join()
            dispatcher.stop()
    finally:
        for emulator in emulators:
            emulator.stop()
    # some backup caught the dispatcher half-way: rows sent and rows still to send
    midway = [(p, st) for p, st in taken if st.get("sent", 0) and st.get("queued", 0)]
    assert midway, f"no backup landed while sending: {[st for _, st in taken]}"
    path, states = midway[len(midway) // 2]
    assert sum(states.values()) == RECIPIENTS

    backup.restore(db, admin, path, alive=lambda _s: [])  # the dispatcher has stopped
    with sqlite3.connect(db.sqlite_path) as conn:  # type: ignore[arg-type]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    assert _count(db, Member) == RECIPIENTS
    assert _count(db, Alert) == 1
    assert _count(db, Delivery) == RECIPIENTS
    with db.read_session() as s:
        restored = dict(
            s.execute(
                select(Delivery.state, func.count())
                .where(Delivery.alert_id == alert_id)
                .group_by(Delivery.state)
            ).all()
        )
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "restore")) is not None
    assert restored == states  # exactly the moment the backup was taken
