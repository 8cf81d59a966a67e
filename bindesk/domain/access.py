"""Who may do what: roles, permissions and the acting operator (no database, no Qt).

The GUI hides what a role may not do; the services call :meth:`Actor.require` too, so a
service called directly (tests, CLI, a future API) obeys the same rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bindesk.domain.errors import PermissionDenied

__all__ = [
    "PERMISSION_LABELS_NL",
    "ROLE_LABELS_NL",
    "ROLE_PERMISSIONS",
    "Actor",
    "Permission",
    "Role",
]


class Role(enum.StrEnum):
    BALIE = "balie"
    BEHEER = "beheer"
    COMMUNICATIE = "communicatie"
    ADMIN = "admin"


class Permission(enum.StrEnum):
    READ_MEMBERS = "read_members"
    MANAGE_MEMBERS = "manage_members"
    MANAGE_NETWORKS = "manage_networks"
    EXPORT_MEMBERS = "export_members"
    SEND_ALERTS = "send_alerts"
    RUN_OUTBOX = "run_outbox"
    SURVEYS = "surveys"
    NEWSLETTER = "newsletter"
    MANAGE_OPERATORS = "manage_operators"
    SETTINGS = "settings"
    READ_AUDIT = "read_audit"
    MANAGE_TIPS = "manage_tips"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BALIE: frozenset({Permission.READ_MEMBERS, Permission.SEND_ALERTS, Permission.RUN_OUTBOX}),
    Role.BEHEER: frozenset(
        {
            Permission.READ_MEMBERS,
            Permission.MANAGE_MEMBERS,
            Permission.MANAGE_NETWORKS,
            Permission.EXPORT_MEMBERS,
            Permission.MANAGE_TIPS,
        }
    ),
    Role.COMMUNICATIE: frozenset({Permission.SURVEYS, Permission.NEWSLETTER}),
    Role.ADMIN: frozenset(Permission),
}

ROLE_LABELS_NL = {
    Role.BALIE: "balie",
    Role.BEHEER: "beheer",
    Role.COMMUNICATIE: "communicatie",
    Role.ADMIN: "beheerder (admin)",
}

PERMISSION_LABELS_NL = {
    Permission.READ_MEMBERS: "leden bekijken",
    Permission.MANAGE_MEMBERS: "leden beheren",
    Permission.MANAGE_NETWORKS: "netwerken beheren",
    Permission.EXPORT_MEMBERS: "ledenlijsten exporteren",
    Permission.SEND_ALERTS: "alarmberichten versturen",
    Permission.RUN_OUTBOX: "de verzendwachtrij beheren",
    Permission.SURVEYS: "enquêtes beheren",
    Permission.NEWSLETTER: "nieuwsbrieven maken",
    Permission.MANAGE_OPERATORS: "gebruikers beheren",
    Permission.SETTINGS: "instellingen wijzigen",
    Permission.READ_AUDIT: "het logboek bekijken",
    Permission.MANAGE_TIPS: "tips beheren",
}


@dataclass(frozen=True)
class Actor:
    """Who acts: a logged-in operator, or the OS user running the command line."""

    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"Uw rol ({ROLE_LABELS_NL[self.role]}) mag geen "
                f"{PERMISSION_LABELS_NL[permission]}. Vraag een collega met de juiste rol "
                "of de beheerder."
            )
