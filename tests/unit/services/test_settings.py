from __future__ import annotations

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.domain.errors import InvalidInput
from bindesk.services import settings
from bindesk.services.operators import Actor


def test_defaults_on_a_fresh_database(db: Database) -> None:
    with db.read_session() as s:
        assert settings.language(s) == "nl"
        assert settings.idle_lock_minutes(s) == 10


def test_changes_are_stored_and_audited(db: Database, admin: Actor) -> None:
    with db.session() as s:
        settings.set_language(s, admin, "en")
        settings.set_idle_lock_minutes(s, admin, 3)
    with db.session() as s:
        assert settings.desk_settings(s) == settings.DeskSettings("en", 3)
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")).all()
        assert {e.entity_id for e in events} == {settings.LANGUAGE, settings.IDLE_LOCK}
        assert all(e.actor == "admin" for e in events)


def test_setting_the_same_value_writes_no_audit(db: Database, admin: Actor) -> None:
    with db.session() as s:
        settings.set_language(s, admin, "en")
        settings.set_language(s, admin, "en")
        assert len(s.scalars(select(AuditEvent)).all()) == 1


@pytest.mark.parametrize("minutes", [0, 241, -5])
def test_idle_time_out_of_range_is_refused(db: Database, admin: Actor, minutes: int) -> None:
    with db.session() as s, pytest.raises(InvalidInput, match="tussen 1 en 240"):
        settings.set_idle_lock_minutes(s, admin, minutes)


def test_unknown_language_is_refused(db: Database, admin: Actor) -> None:
    with db.session() as s, pytest.raises(InvalidInput, match="niet ondersteund"):
        settings.set_language(s, admin, "fr")
