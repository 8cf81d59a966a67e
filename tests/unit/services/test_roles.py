"""Each role is refused at the service layer what the GUI hides from it.

The GUI is only a courtesy; these tests call the services directly, as a script or a
future API would, and prove the refusal is real and nothing was written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.engine import Database, open_database
from bindesk.db.models import AuditEvent, Member, Network, Operator
from bindesk.domain.errors import PermissionDenied
from bindesk.services import (
    audit,
    demo,
    member_files,
    members,
    networks,
    operators,
    settings,
    surveys,
    tips,
)
from bindesk.services.operators import ROLE_PERMISSIONS, Actor, Permission, Role

BALIE = Actor("balie1", "Inspecteur Balie", Role.BALIE)
BEHEER = Actor("beheer1", "Medewerker Beheer", Role.BEHEER)
COMMUNICATIE = Actor("comm1", "Medewerker Communicatie", Role.COMMUNICATIE)
ADMIN = Actor("admin", "Beheerder", Role.ADMIN)
DIENST = Actor("verzender", "Verzenddienst", Role.DIENST)  # the headless dispatcher
ALL = {a.role: a for a in (BALIE, BEHEER, COMMUNICATIE, ADMIN, DIENST)}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database with demo data and two operators, copied for every test (fast)."""
    path = tmp_path_factory.mktemp("roles") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        demo.load_demo_data(s, ADMIN)
        operators.create_operator(
            s, None, username="admin", display_name="Beheerder", role="admin", password="geheim123"
        )
        operators.create_operator(
            s, ADMIN, username="balie1", display_name="Balie", role="balie", password="geheim123"
        )
    db.dispose()
    return path


@pytest.fixture
def world(template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "world.sqlite3"
    with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


def _member(s: Session) -> Member:
    member = s.scalars(select(Member).order_by(Member.id)).first()
    assert member is not None
    return member


def _network(s: Session) -> Network:
    network = s.scalars(select(Network).order_by(Network.id)).first()
    assert network is not None
    return network


def _operator(s: Session, username: str = "balie1") -> Operator:
    operator = s.scalar(select(Operator).where(Operator.username == username))
    assert operator is not None
    return operator


Action = Callable[[Session, Actor, Path], Any]

ACTIONS: dict[str, tuple[Permission, Action]] = {
    "add member": (
        Permission.MANAGE_MEMBERS,
        lambda s, a, _p: members.add_member(
            s, a, members.MemberInput(last_name="Nieuw", mobile="0470 99 88 77"), [_network(s)]
        ),
    ),
    "update member": (
        Permission.MANAGE_MEMBERS,
        lambda s, a, _p: members.update_member(
            s,
            a,
            _member(s),
            members.MemberInput(
                first_name="X", last_name="Gewijzigd", mobile=_member(s).mobile, status="active"
            ),
        ),
    ),
    "set status": (
        Permission.MANAGE_MEMBERS,
        lambda s, a, _p: members.set_status(s, a, _member(s), "left"),
    ),
    "opt out at the desk": (
        Permission.MANAGE_MEMBERS,
        lambda s, a, _p: members.opt_out_at_desk(s, a, _member(s)),
    ),
    "opt in": (
        Permission.MANAGE_MEMBERS,
        lambda s, a, _p: members.opt_in(s, a, _member(s), "formulier"),
    ),
    "erase member": (Permission.MANAGE_MEMBERS, lambda s, a, _p: members.erase(s, a, _member(s))),
    "import members": (
        Permission.MANAGE_MEMBERS,
        lambda s, a, _p: member_files.apply_import(
            s,
            a,
            _network(s),
            member_files.plan_import(
                member_files.Table(["Naam", "GSM"], [["Nieuw", "0470 99 88 77"]])
            ),
        ),
    ),
    "list members": (Permission.READ_MEMBERS, lambda s, a, _p: members.member_rows(s, a)),
    "export members": (
        Permission.EXPORT_MEMBERS,
        lambda s, a, p: member_files.export_member_ids(s, a, [_member(s).id], p / "x.csv", "t"),
    ),
    "export a network": (
        Permission.EXPORT_MEMBERS,
        lambda s, a, p: member_files.export_members(s, a, _network(s), [_member(s)], p / "n.csv"),
    ),
    "personal data": (
        Permission.EXPORT_MEMBERS,
        lambda s, a, p: members.write_personal_data(s, a, _member(s), p),
    ),
    "add network": (
        Permission.MANAGE_NETWORKS,
        lambda s, a, _p: networks.add_network(s, a, name="BIN Nieuw", municipality="Lede"),
    ),
    "update network": (
        Permission.MANAGE_NETWORKS,
        lambda s, a, _p: networks.update_network(s, a, _network(s), police_liaison="X"),
    ),
    "deactivate network": (
        Permission.MANAGE_NETWORKS,
        lambda s, a, _p: networks.set_network_active(s, a, _network(s), False),
    ),
    "set coordinator": (
        Permission.MANAGE_NETWORKS,
        lambda s, a, _p: networks.set_coordinator(s, a, _network(s), None),
    ),
    "create operator": (
        Permission.MANAGE_OPERATORS,
        lambda s, a, _p: operators.create_operator(
            s, a, username="nieuw", display_name="Nieuw", role="balie", password="geheim123"
        ),
    ),
    "list operators": (
        Permission.MANAGE_OPERATORS,
        lambda s, a, _p: operators.list_operators(s, a),
    ),
    "change a role": (
        Permission.MANAGE_OPERATORS,
        lambda s, a, _p: operators.update_operator(s, a, _operator(s), role="admin"),
    ),
    "reset a password": (
        Permission.MANAGE_OPERATORS,
        lambda s, a, _p: operators.reset_password(s, a, _operator(s), "nieuwwachtwoord"),
    ),
    "change language": (
        Permission.SETTINGS,
        lambda s, a, _p: settings.set_language(s, a, "en"),
    ),
    "change idle lock": (
        Permission.SETTINGS,
        lambda s, a, _p: settings.set_idle_lock_minutes(s, a, 5),
    ),
    "retire a tip": (Permission.MANAGE_TIPS, lambda s, a, _p: tips.set_retired(s, a, "brand")),
    "import a survey": (
        Permission.SURVEYS,
        lambda s, a, _p: surveys.import_survey(
            s, a, b"Tevreden?;Uitleg\nJa;x\nNee;y\n", "rol.csv", "Rollen"
        ),
    ),
    "read audit": (Permission.READ_AUDIT, lambda s, a, _p: audit.read_events(s, a)),
    "export audit": (
        Permission.READ_AUDIT,
        lambda s, a, p: audit.export_events(s, a, None, p / "audit.csv"),
    ),
}

CASES = [
    pytest.param(role, name, id=f"{role.value}-{name.replace(' ', '_')}")
    for role in Role
    for name in ACTIONS
]


def _fingerprint(s: Session) -> tuple[int, ...]:
    return tuple(
        int(s.scalar(select(func.count()).select_from(t)) or 0)
        for t in (Member, Network, Operator, AuditEvent)
    )


@pytest.mark.parametrize(("role", "name"), CASES)
def test_service_obeys_the_role(world: Database, tmp_path: Path, role: Role, name: str) -> None:
    permission, action = ACTIONS[name]
    actor = ALL[role]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with world.session() as s:
        before = _fingerprint(s)
    if permission in ROLE_PERMISSIONS[role]:
        with world.session() as s:
            action(s, actor, tmp_path)
        return
    with pytest.raises(PermissionDenied, match="Uw rol"), world.session() as s:
        action(s, actor, tmp_path)
    with world.session() as s:
        assert _fingerprint(s) == before, "a refused action still wrote something"
    assert not list(tmp_path.iterdir()), "a refused export still wrote a file"


def test_balie_cannot_change_a_member_but_can_read(world: Database) -> None:
    """The acceptance line of issue 4, spelled out."""
    with world.session() as s:
        member = _member(s)
        original = members.snapshot(member)
        rows = members.member_rows(s, BALIE)
        assert any(r.id == member.id for r in rows)
        with pytest.raises(PermissionDenied):
            members.update_member(
                s,
                BALIE,
                member,
                members.MemberInput(last_name="Anders", mobile=member.mobile),
            )
    with world.session() as s:
        assert members.snapshot(_member(s)) == original


def test_every_permission_is_held_by_admin_only_or_by_a_role() -> None:
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert Permission.MANAGE_MEMBERS not in ROLE_PERMISSIONS[Role.BALIE]
    assert Permission.READ_MEMBERS not in ROLE_PERMISSIONS[Role.COMMUNICATIE]
