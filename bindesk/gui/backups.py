"""The desk's own backups of the SQLite file: one at start, then one a day while it runs.

The copy runs in the background (SQLite's online backup API: the dispatcher keeps writing);
a failure goes to the one error dialog (a backup folder that cannot be written matters).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from bindesk.gui.desk import Desk
from bindesk.gui.tasks import Progress
from bindesk.services import backup

CHECK_MS = 60 * 60 * 1000  # look every hour whether the daily backup is due


class BackupSchedule(QObject):
    backed_up = Signal(str)  # the new file
    checked = Signal()  # a check ran (whether or not a backup was due)

    def __init__(self, desk: Desk, check_ms: int = CHECK_MS) -> None:
        super().__init__(desk)
        self.desk = desk
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(lambda: self.check(at_start=False))

    def start(self) -> bool:
        """False on PostgreSQL (pg_dump does that job, see the README)."""
        if self.desk.db.sqlite_path is None:
            return False
        self.check(at_start=True)
        self._timer.start()
        return True

    def stop(self) -> None:
        self._timer.stop()

    def check(self, at_start: bool) -> None:
        db, actor = self.desk.db, self.desk.actor

        def work(_p: Progress) -> Path | None:
            return backup.scheduled_backup(db, actor, at_start=at_start)

        self.desk.run("backup", work, on_done=self._done, on_error=self._failed)

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self.desk.say(self.tr("Back-up gemaakt: {path}").format(path=path))
            self.backed_up.emit(str(path))
        self.checked.emit()

    def _failed(self, message: str) -> None:
        self.desk.refuse(message)
        self.checked.emit()
