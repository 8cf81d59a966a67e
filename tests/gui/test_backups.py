"""The desk backs up its SQLite file at start, in the background, and says so."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from bindesk.db.engine import Database
from bindesk.gui.backups import BackupSchedule
from bindesk.gui.desk import Desk
from bindesk.services import backup
from bindesk.services.operators import Actor


def test_backup_at_desk_start_then_not_again_at_once(
    qtbot: QtBot, db: Database, balie: Actor
) -> None:
    desk = Desk(db, balie)  # whoever is logged in: backups are the machine's job
    schedule = BackupSchedule(desk)
    messages: list[str] = []
    desk.status_message.connect(messages.append)
    with qtbot.waitSignal(schedule.backed_up) as made:
        assert schedule.start()
    path = Path(made.args[0])
    assert path.exists() and backup.inspect_backup(db, path).revision == db.head_revision()
    assert messages and str(path) in messages[0]
    with qtbot.assertNotEmitted(schedule.backed_up), qtbot.waitSignal(schedule.checked):
        schedule.check(at_start=True)  # a restart minutes later takes no second copy
    schedule.stop()
    desk.tasks.shutdown()
