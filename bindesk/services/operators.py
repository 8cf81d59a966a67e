"""Operators, roles and permissions; who is doing what.

The GUI hides what a role may not do; these checks refuse it too, so a service
called directly (tests, CLI, a future API) obeys the same rules.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.models import Operator
from bindesk.domain.access import CLI_OPEN_VERBS, CLI_VERB_PERMISSIONS
from bindesk.domain.access import PERMISSION_LABELS_NL as PERMISSION_LABELS_NL
from bindesk.domain.access import ROLE_LABELS_NL as ROLE_LABELS_NL
from bindesk.domain.access import ROLE_PERMISSIONS as ROLE_PERMISSIONS
from bindesk.domain.access import Actor as Actor
from bindesk.domain.access import Permission as Permission
from bindesk.domain.access import Role as Role
from bindesk.domain.errors import InvalidInput, NotFound, PermissionDenied
from bindesk.domain.text import OPERATOR_FIELDS, check_fields
from bindesk.services import audit


def cli_actor() -> Actor:
    """The command line on a database without operators: the OS user, with full rights
    (nothing to protect yet; it has the database file)."""
    user = os_user_name() or "onbekend"
    return Actor(username=f"os:{user}", display_name=user, role=Role.ADMIN)


_ROLE_CHOICES = "balie, beheer, communicatie, admin of dienst"
_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8


def has_operators(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Operator)))


def create_operator(
    session: Session,
    actor: Actor | None,
    *,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
) -> Operator:
    """Create an operator. ``actor`` None is allowed only for the very first, who must be
    created explicitly as admin (nobody else could manage the desk's users)."""
    first = not has_operators(session)
    if first and str(role) != Role.ADMIN.value:
        raise InvalidInput(
            "Er is nog geen hoofdgebruiker in deze database. Maak eerst een hoofdgebruiker "
            "aan, bv. 'bindesk operators add NAAM --role admin'; die kan daarna gebruikers "
            "met andere rollen aanmaken."
        )
    if actor is None:
        if not first:
            raise PermissionDenied("Alleen een hoofdgebruiker kan gebruikers aanmaken.")
    elif not first:
        actor.require(Permission.MANAGE_OPERATORS)
    check_fields({"username": username, "display_name": display_name}, OPERATOR_FIELDS)
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise InvalidInput(
            "Gebruikersnaam ongeldig: gebruik letters, cijfers, punt, streepje of liggend streepje."
        )
    if session.scalar(select(Operator).where(Operator.username == username)):
        raise InvalidInput(f"Gebruikersnaam '{username}' bestaat al. Kies een andere naam.")
    try:
        role = Role(role)
    except ValueError:
        raise InvalidInput(f"Onbekende rol '{role}'. Kies {_ROLE_CHOICES}.") from None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Het wachtwoord is te kort: minstens {MIN_PASSWORD_LENGTH} tekens.")
    operator = Operator(
        username=username,
        display_name=display_name.strip() or username,
        role=role.value,
        password_hash=_hasher.hash(password),
        active=True,
    )
    session.add(operator)
    session.flush()
    who = actor.username if actor else username
    audit.record(
        session,
        who,
        "create",
        "operator",
        operator.id,
        after={"username": username, "role": role.value, "display_name": operator.display_name},
    )
    return operator


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Check a login; on success record it and return the actor."""
    refused = InvalidInput(
        "Gebruikersnaam of wachtwoord klopt niet. Probeer opnieuw of vraag de beheerder."
    )
    operator = session.scalar(select(Operator).where(Operator.username == username.strip().lower()))
    if operator is None or not operator.active:
        audit.record(session, username.strip().lower() or "?", "login_failed", "operator", None)
        raise refused
    try:
        _hasher.verify(operator.password_hash, password)
    except (VerificationError, InvalidHashError):
        audit.record(session, operator.username, "login_failed", "operator", operator.id)
        raise refused from None
    if _hasher.check_needs_rehash(operator.password_hash):
        operator.password_hash = _hasher.hash(password)
    operator.last_login_at = dt.datetime.now(dt.UTC)
    audit.record(session, operator.username, "login", "operator", operator.id)
    return Actor(operator.username, operator.display_name, Role(operator.role))


# --- operator management (admin) and the desk's own session ------------------------------


@dataclass(frozen=True)
class OperatorRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    last_login_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        """Stable English keys for ``--json`` output."""
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "active": self.active,
        }


def _operator_row(operator: Operator) -> OperatorRow:
    return OperatorRow(
        id=operator.id,
        username=operator.username,
        display_name=operator.display_name,
        role=Role(operator.role),
        active=operator.active,
        last_login_at=operator.last_login_at,
    )


def list_operators(session: Session, actor: Actor) -> list[OperatorRow]:
    actor.require(Permission.MANAGE_OPERATORS)
    return [_operator_row(o) for o in session.scalars(select(Operator).order_by(Operator.username))]


def get_operator(session: Session, operator_id: int) -> Operator:
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise NotFound(f"Gebruiker {operator_id} bestaat niet (meer).")
    return operator


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Operator)
            .where(Operator.role == Role.ADMIN.value, Operator.active.is_(True))
        )
        or 0
    )


def update_operator(
    session: Session,
    actor: Actor,
    operator: Operator,
    *,
    display_name: str | None = None,
    role: Role | str | None = None,
    active: bool | None = None,
) -> Operator:
    """Change name, role or active state. The last active admin cannot be demoted or disabled."""
    actor.require(Permission.MANAGE_OPERATORS)
    before = {
        "display_name": operator.display_name,
        "role": operator.role,
        "active": operator.active,
    }
    if role is not None:
        try:
            role = Role(role)
        except ValueError:
            raise InvalidInput(f"Onbekende rol '{role}'. Kies {_ROLE_CHOICES}.") from None
    losing_admin = (
        operator.role == Role.ADMIN.value
        and operator.active
        and ((role is not None and role != Role.ADMIN) or active is False)
    )
    if losing_admin and _active_admins(session) <= 1:
        raise InvalidInput(
            "Dit is de laatste actieve hoofdgebruiker. Maak eerst een andere gebruiker "
            "hoofdgebruiker; anders kan niemand nog gebruikers of instellingen beheren."
        )
    if active is False and operator.username == actor.username:
        raise InvalidInput("U kunt uw eigen account niet uitschakelen.")
    if display_name is not None:
        operator.display_name = display_name.strip() or operator.username
    if role is not None:
        operator.role = Role(role).value
    if active is not None:
        operator.active = active
    after = {
        "display_name": operator.display_name,
        "role": operator.role,
        "active": operator.active,
    }
    if after != before:
        session.flush()
        audit.record(
            session, actor.username, "update", "operator", operator.id, before=before, after=after
        )
    return operator


def reset_password(session: Session, actor: Actor, operator: Operator, new_password: str) -> None:
    """An admin gives an operator a new password (forgotten password)."""
    actor.require(Permission.MANAGE_OPERATORS)
    _check_password(new_password)
    operator.password_hash = _hasher.hash(new_password)
    audit.record(session, actor.username, "reset_password", "operator", operator.id)


def change_own_password(
    session: Session, actor: Actor, old_password: str, new_password: str
) -> None:
    """Every operator may change their own password, knowing the current one."""
    operator = session.scalar(select(Operator).where(Operator.username == actor.username))
    if operator is None or not operator.active:
        raise PermissionDenied(
            "Dit account bestaat niet in de database; het wachtwoord kan niet gewijzigd worden."
        )
    try:
        _hasher.verify(operator.password_hash, old_password)
    except (VerificationError, InvalidHashError):
        raise InvalidInput("Het huidige wachtwoord klopt niet.") from None
    _check_password(new_password)
    operator.password_hash = _hasher.hash(new_password)
    audit.record(session, actor.username, "change_password", "operator", operator.id)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Het wachtwoord is te kort: minstens {MIN_PASSWORD_LENGTH} tekens.")


def record_lock(session: Session, actor: Actor, reason: str) -> None:
    """The desk locked itself (idle) or the operator locked it."""
    audit.record(session, actor.username, "lock", "operator", None, detail=reason)


def unlock(session: Session, actor: Actor, password: str) -> None:
    """Unlock a locked desk: only the operator who is logged in, with their password."""
    operator = session.scalar(select(Operator).where(Operator.username == actor.username))
    if operator is None or not operator.active:
        audit.record(session, actor.username, "unlock_failed", "operator", None)
        raise InvalidInput(
            "Dit account is uitgeschakeld of bestaat niet meer. Sluit bindesk af en meld u "
            "opnieuw aan."
        )
    try:
        _hasher.verify(operator.password_hash, password)
    except (VerificationError, InvalidHashError):
        audit.record(session, actor.username, "unlock_failed", "operator", operator.id)
        raise InvalidInput("Het wachtwoord klopt niet. Probeer opnieuw.") from None
    audit.record(session, actor.username, "unlock", "operator", operator.id)


# --- the command line as an operator -------------------------------------------------------


def os_user_name() -> str:
    """The OS account running us, asked of the OS: never ``$USER``/``$LOGNAME``/``%USERNAME%``
    (what ``getpass.getuser()`` reads first), which anyone can set to a linked account."""
    try:
        if sys.platform == "win32":
            import ctypes

            size = ctypes.c_ulong(257)
            name = ctypes.create_unicode_buffer(257)
            if ctypes.windll.advapi32.GetUserNameW(name, ctypes.byref(size)):
                return str(name.value)
            return ""
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (KeyError, OSError, ImportError, AttributeError):
        return ""


def cli_permission(verb: str) -> Permission | None:
    """What a CLI verb ("members list") needs; None for the verbs that run without login."""
    if verb in CLI_OPEN_VERBS:
        return None
    return CLI_VERB_PERMISSIONS.get(verb, Permission.MANAGE_OPERATORS)  # unknown: strictest


def needs_cli_login(verb: str) -> bool:
    return cli_permission(verb) is not None


def cli_login(
    session: Session,
    verb: str,
    *,
    username: str | None,
    password: Callable[[], str],
    os_user: str | None = None,
) -> Actor:
    """Who the command line acts as, and refuse a verb the role may not run.

    A database without operators has nothing to protect yet: the OS user acts as admin (demo
    data, set-up, scripts), as before. Once there are operators: ``username`` with the
    password (asked through ``password()``), or the OS account an admin linked to an operator
    (like PostgreSQL's peer authentication). The operator's name and role are what the audit
    trail records.
    """
    os_user = os_user_name() if os_user is None else os_user
    permission = cli_permission(verb)
    if not has_operators(session):
        return cli_actor()
    if username:
        actor = authenticate(session, username, password())
    else:
        operator = (
            session.scalar(
                select(Operator).where(Operator.os_user == os_user, Operator.active.is_(True))
            )
            if os_user
            else None
        )
        if operator is None:
            raise PermissionDenied(
                f"Deze database heeft gebruikers: '{verb}' vraagt wie u bent. Geef --user NAAM "
                "(het wachtwoord wordt gevraagd, of lees het met --password-stdin), of vraag "
                f"een beheerder om uw account '{os_user or '?'}' te koppelen met 'bindesk "
                "operators link-os-user'."
            )
        actor = Actor(operator.username, operator.display_name, Role(operator.role))
    if permission is not None:
        actor.require(permission)
    return actor


def link_os_user(session: Session, actor: Actor, os_user: str, operator: Operator) -> None:
    """The OS account ``os_user`` acts as ``operator`` on the command line, without password."""
    actor.require(Permission.MANAGE_OPERATORS)
    os_user = os_user.strip()
    check_fields({"os_user": os_user}, {"os_user": ("OS-gebruikersnaam", 120)})
    if not os_user:
        raise InvalidInput("Geef de naam van het OS-account (zoals 'whoami' die toont).")
    for other in session.scalars(select(Operator).where(Operator.os_user == os_user)):
        if other.id != operator.id:
            other.os_user = None  # one OS account, one operator
    before = {"os_user": operator.os_user}
    operator.os_user = os_user
    session.flush()
    audit.record(
        session,
        actor.username,
        "update",
        "operator",
        operator.id,
        before=before,
        after={"os_user": os_user},
        detail=f"OS-account {os_user} gekoppeld aan {operator.username}",
    )


def find_operator(session: Session, username: str) -> Operator:
    operator = session.scalar(select(Operator).where(Operator.username == username.strip().lower()))
    if operator is None:
        raise NotFound(f"Gebruiker '{username}' bestaat niet. Zie 'bindesk operators list'.")
    return operator
