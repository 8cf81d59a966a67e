"""The audit trail is tamper-evident (issue 7, item 12): edits and deletions with plain
sqlite3 are reported by ``bindesk audit verify``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from bindesk.cli import main
from bindesk.db.engine import Database, alembic_config, open_database
from bindesk.services import audit, members
from bindesk.services.operators import Actor
from tests import factories as f


def _some_history(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 3)
    with db.session() as s:
        audit.record(s, admin.username, "login", "operator", None)


def _verify(db: Database, admin: Actor) -> audit.ChainReport:
    with db.read_session() as s:
        return audit.verify_chain(s, admin)


def _raw(db: Database, sql: str) -> None:
    path = db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute(sql)


def test_untouched_trail_verifies(db: Database, admin: Actor, db_url: str) -> None:
    _some_history(db, admin)
    report = _verify(db, admin)
    assert report.intact and report.checked == 5
    assert main(["--db", db_url, "audit", "verify"]) == 0


def test_an_edited_event_is_reported(
    db: Database, admin: Actor, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _some_history(db, admin)
    _raw(db, "UPDATE audit_events SET actor = 'iemand-anders' WHERE id = 3")
    report = _verify(db, admin)
    assert [str(p) for p in report.problems] == ["gebeurtenis 3: is gewijzigd na het opslaan"]
    assert main(["--db", db_url, "audit", "verify"]) == 1
    captured = capsys.readouterr()
    assert "gebeurtenis 3: is gewijzigd" in captured.out
    assert "aangepast buiten bindesk om" in captured.err


def test_an_edited_personal_value_is_reported(db: Database, admin: Actor) -> None:
    _some_history(db, admin)
    _raw(
        db,
        "UPDATE audit_events SET after = json_set(after, '$.mobile', '+32479999999') WHERE id = 2",
    )
    assert [p.event_id for p in _verify(db, admin).problems] == [2]


def test_a_deleted_event_is_reported(db: Database, admin: Actor) -> None:
    _some_history(db, admin)
    _raw(db, "DELETE FROM audit_events WHERE id = 2")
    report = _verify(db, admin)
    assert [str(p) for p in report.problems] == [
        "gebeurtenis 3: de gebeurtenis ervoor ontbreekt (na gebeurtenis 1 is er een verwijderd)"
    ]


def test_gdpr_erasure_keeps_the_chain_verifiable(db: Database, admin: Actor) -> None:
    _some_history(db, admin)
    with db.session() as s:
        members.erase(s, admin, members.get_member(s, 1))
    assert _verify(db, admin).intact
    # but blanking someone behind bindesk's back is still seen
    _raw(db, "UPDATE audit_events SET after = json_set(after, '$.street', '') WHERE id = 3")
    assert [p.event_id for p in _verify(db, admin).problems] == [3]


def test_migration_chains_the_events_already_there(tmp_path: Path, admin: Actor) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    cfg = alembic_config(url)
    old = Database(url)
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        for n in range(3):
            conn.execute(
                text(
                    "INSERT INTO audit_events (at, actor, action, entity, entity_id, before, "
                    "after, detail) VALUES ('2026-01-0' || :d || ' 10:00:00.123456', 'admin', "
                    "'create', 'member', :n, NULL, :after, '')"
                ),
                {"d": n + 1, "n": str(n), "after": f'{{"mobile": "+3247000000{n}"}}'},
            )
    old.dispose()
    database = open_database(url)
    try:
        with database.session() as s:
            audit.record(s, "admin", "login", "operator", None)
        report = _verify(database, admin)
        assert report.intact and report.checked == 4
    finally:
        database.dispose()
