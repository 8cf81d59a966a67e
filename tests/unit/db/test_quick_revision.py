"""Opening an up-to-date database decides "no upgrade" without importing alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from bindesk.db.engine import Database, alembic_config, open_database, quick_head_revision


def test_quick_head_is_alembics_head(db_url: str) -> None:
    head = ScriptDirectory.from_config(alembic_config(db_url)).get_current_head()
    assert head is not None and quick_head_revision() == head


def test_an_old_database_still_upgrades(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db = Database(url)
    try:
        from alembic import command

        with db.engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
        assert db.stored_revisions() == {"0001"}
        assert db.needs_upgrade()
    finally:
        db.dispose()
    upgraded = open_database(url)
    try:
        assert upgraded.stored_revisions() == {quick_head_revision()}
        assert not upgraded.needs_upgrade()
    finally:
        upgraded.dispose()


def test_opening_an_up_to_date_database_imports_no_alembic(db_url: str) -> None:
    open_database(db_url).dispose()  # created and migrated
    code = (
        "import sys\n"
        "from bindesk.db.engine import open_database\n"
        f"open_database({db_url!r}).dispose()\n"
        "print(sorted(m for m in sys.modules if m.startswith('alembic')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
