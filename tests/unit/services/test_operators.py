from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Operator
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import operators
from bindesk.services.operators import Actor, Role


@pytest.fixture(autouse=True)
def _fast_hashes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(operators, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    yield


@pytest.fixture
def admin_db(db: Database) -> Database:
    with db.session() as s:
        operators.create_operator(
            s, None, username="Admin", display_name="Beheerder", role="admin", password="geheim123"
        )
    return db


def _admin() -> Actor:
    return Actor("admin", "Beheerder", Role.ADMIN)


def test_first_operator_must_be_created_as_admin(db: Database) -> None:
    with db.session() as s, pytest.raises(InvalidInput, match="Maak eerst een hoofdgebruiker aan"):
        operators.create_operator(
            s, None, username="an", display_name="An", role="balie", password="geheim123"
        )
    with db.session() as s:
        assert not operators.has_operators(s)


def test_first_operator_is_admin_and_logs_in(admin_db: Database) -> None:
    with admin_db.session() as s:
        actor = operators.authenticate(s, " ADMIN ", "geheim123")
    assert actor == Actor("admin", "Beheerder", Role.ADMIN)


def test_second_operator_without_an_actor_is_refused(admin_db: Database) -> None:
    with admin_db.session() as s, pytest.raises(PermissionDenied):
        operators.create_operator(
            s, None, username="x", display_name="X", role="admin", password="geheim123"
        )


def test_wrong_password_is_refused_and_audited(admin_db: Database) -> None:
    with admin_db.session() as s, pytest.raises(InvalidInput, match="klopt niet"):
        operators.authenticate(s, "admin", "fout")
    with admin_db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "login_failed"))


def test_admin_manages_operators(admin_db: Database) -> None:
    with admin_db.session() as s:
        op = operators.create_operator(
            s,
            _admin(),
            username="balie1",
            display_name="Balie",
            role="balie",
            password="geheim123",
        )
        operators.update_operator(s, _admin(), op, role="beheer", display_name="Mevr. Balie")
        operators.reset_password(s, _admin(), op, "nieuwwachtwoord")
        rows = operators.list_operators(s, _admin())
    assert [(r.username, r.role) for r in rows] == [("admin", Role.ADMIN), ("balie1", Role.BEHEER)]
    with admin_db.session() as s:
        assert operators.authenticate(s, "balie1", "nieuwwachtwoord").role == Role.BEHEER
        actions = {e.action for e in s.scalars(select(AuditEvent))}
    assert {"create", "update", "reset_password", "login"} <= actions


def test_deactivated_operator_cannot_log_in(admin_db: Database) -> None:
    with admin_db.session() as s:
        op = operators.create_operator(
            s, _admin(), username="weg", display_name="Weg", role="balie", password="geheim123"
        )
        operators.update_operator(s, _admin(), op, active=False)
    with admin_db.session() as s, pytest.raises(InvalidInput):
        operators.authenticate(s, "weg", "geheim123")


def test_the_last_admin_cannot_be_demoted_or_disabled(admin_db: Database) -> None:
    with admin_db.session() as s:
        admin_row = s.scalar(select(Operator).where(Operator.username == "admin"))
        assert admin_row is not None
        other = Actor("tweede", "Tweede", Role.ADMIN)
        with pytest.raises(InvalidInput, match="laatste actieve hoofdgebruiker"):
            operators.update_operator(s, other, admin_row, role="balie")
        with pytest.raises(InvalidInput, match="laatste actieve hoofdgebruiker"):
            operators.update_operator(s, other, admin_row, active=False)
        operators.create_operator(
            s,
            _admin(),
            username="tweede",
            display_name="Tweede",
            role="admin",
            password="geheim123",
        )
        operators.update_operator(s, other, admin_row, role="balie")
        assert admin_row.role == "balie"


def test_nobody_disables_their_own_account(admin_db: Database) -> None:
    with admin_db.session() as s:
        operators.create_operator(
            s,
            _admin(),
            username="tweede",
            display_name="Tweede",
            role="admin",
            password="geheim123",
        )
        admin_row = s.scalar(select(Operator).where(Operator.username == "admin"))
        assert admin_row is not None
        with pytest.raises(InvalidInput, match="eigen account"):
            operators.update_operator(s, _admin(), admin_row, active=False)


def test_change_own_password_needs_the_current_one(admin_db: Database) -> None:
    with admin_db.session() as s:
        with pytest.raises(InvalidInput, match="huidige wachtwoord"):
            operators.change_own_password(s, _admin(), "fout", "nieuwwachtwoord")
        with pytest.raises(InvalidInput, match="te kort"):
            operators.change_own_password(s, _admin(), "geheim123", "kort")
        operators.change_own_password(s, _admin(), "geheim123", "nieuwwachtwoord")
    with admin_db.session() as s:
        operators.authenticate(s, "admin", "nieuwwachtwoord")


def test_unlock_checks_the_password_and_is_audited(admin_db: Database) -> None:
    with admin_db.session() as s:
        operators.record_lock(s, _admin(), "10 minuten niet gebruikt")
        with pytest.raises(InvalidInput, match="klopt niet"):
            operators.unlock(s, _admin(), "fout")
    with admin_db.session() as s:
        operators.unlock(s, _admin(), "geheim123")
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[-3:] == ["lock", "unlock_failed", "unlock"]


def test_unlock_refuses_an_account_that_was_disabled_meanwhile(admin_db: Database) -> None:
    ghost = Actor("spook", "Spook", Role.BALIE)
    with admin_db.session() as s, pytest.raises(InvalidInput, match="uitgeschakeld"):
        operators.unlock(s, ghost, "geheim123")
