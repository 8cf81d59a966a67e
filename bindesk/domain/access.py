"""Who may do what: roles, permissions and the acting operator (no database, no Qt).

The command line runs as an operator once a database has operators; which permission each
verb needs is in :data:`CLI_VERB_PERMISSIONS` (a verb not listed there and not in
:data:`CLI_OPEN_VERBS` needs the strictest, ``manage_operators``).

The GUI hides what a role may not do; the services call :meth:`Actor.require` too, so a
service called directly (tests, CLI, a future API) obeys the same rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bindesk.domain.errors import PermissionDenied

__all__ = [
    "CLI_OPEN_VERBS",
    "CLI_VERB_PERMISSIONS",
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
    DIENST = "dienst"  # the headless dispatcher's service account: may only send


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
    SEND_QUEUED = "send_queued"  # run the dispatcher: turn queued rows into SMS


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BALIE: frozenset(
        {
            Permission.READ_MEMBERS,
            Permission.SEND_ALERTS,
            Permission.RUN_OUTBOX,
            Permission.SEND_QUEUED,
        }
    ),
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
    Role.DIENST: frozenset({Permission.SEND_QUEUED}),
}

ROLE_LABELS_NL = {
    Role.BALIE: "balie",
    Role.BEHEER: "beheer",
    Role.COMMUNICATIE: "communicatie",
    Role.ADMIN: "hoofdgebruiker",
    Role.DIENST: "dienst (alleen verzenden)",
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
    Permission.SEND_QUEUED: "berichten uit de wachtrij versturen via de modem",
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


# verbs that run without an operator, also on a database that has operators: no personal
# data, nothing changed (the GUI logs in itself; a modem check touches no database)
CLI_OPEN_VERBS = frozenset(
    {"gui", "modem check", "modem detect", "modem list", "db upgrade", "selftest"}
)  # selftest works on a temporary database of its own

# "verb action" -> the permission it needs (services check again where they act)
CLI_VERB_PERMISSIONS: dict[str, Permission] = {
    "networks list": Permission.READ_MEMBERS,
    "networks add": Permission.MANAGE_NETWORKS,
    "networks activate": Permission.MANAGE_NETWORKS,
    "networks deactivate": Permission.MANAGE_NETWORKS,
    "members list": Permission.READ_MEMBERS,
    "members show": Permission.READ_MEMBERS,
    "members add": Permission.MANAGE_MEMBERS,
    "members import": Permission.MANAGE_MEMBERS,
    "members export": Permission.EXPORT_MEMBERS,
    "members status": Permission.MANAGE_MEMBERS,
    "members opt-out": Permission.MANAGE_MEMBERS,
    "members opt-in": Permission.MANAGE_MEMBERS,
    "members access": Permission.EXPORT_MEMBERS,
    "members erase": Permission.MANAGE_MEMBERS,
    "demo-data": Permission.SETTINGS,
    "alert send": Permission.SEND_ALERTS,
    # no personal data; balie composes with the tips and beheer manages them: both read members
    "tips list": Permission.READ_MEMBERS,
    "tips add": Permission.MANAGE_TIPS,
    "tips edit": Permission.MANAGE_TIPS,
    "tips retire": Permission.MANAGE_TIPS,
    "outbox run": Permission.SEND_QUEUED,
    "outbox status": Permission.RUN_OUTBOX,
    "outbox retry": Permission.RUN_OUTBOX,
    "outbox cancel": Permission.RUN_OUTBOX,
    "inbox list": Permission.READ_MEMBERS,
    "inbox confirm-opt-out": Permission.MANAGE_MEMBERS,
    "inbox dismiss": Permission.MANAGE_MEMBERS,
    "audit list": Permission.READ_AUDIT,
    "audit export": Permission.READ_AUDIT,
    "audit verify": Permission.READ_AUDIT,
    "operators list": Permission.MANAGE_OPERATORS,
    "operators add": Permission.MANAGE_OPERATORS,
    "operators link-os-user": Permission.MANAGE_OPERATORS,
    "modem add": Permission.SETTINGS,
    "modem forget-pin": Permission.SETTINGS,
    # a backup is a copy of every member's personal data; a restore replaces them all
    "db backup": Permission.SETTINGS,
    "db restore": Permission.SETTINGS,
    "db backup-settings": Permission.SETTINGS,
    "newsletter build": Permission.NEWSLETTER,
    "newsletter rebuild": Permission.NEWSLETTER,
    "newsletter list": Permission.NEWSLETTER,
    "newsletter style": Permission.NEWSLETTER,
    "newsletter comments": Permission.NEWSLETTER,
    "newsletter tips": Permission.NEWSLETTER,
    "modem remove": Permission.SETTINGS,
    "modem test": Permission.SEND_ALERTS,
    "survey import": Permission.SURVEYS,
    "survey list": Permission.SURVEYS,
    "survey results": Permission.SURVEYS,
    "mail set": Permission.SETTINGS,
    "mail show": Permission.SETTINGS,
    "mail test": Permission.SETTINGS,
    "mail oauth-login": Permission.SETTINGS,
    "mail bounces": Permission.MANAGE_MEMBERS,
    "mail bounces-set": Permission.SETTINGS,
    "newsletter mail": Permission.NEWSLETTER,
    "newsletter mail-status": Permission.NEWSLETTER,
    "newsletter mail-cancel": Permission.NEWSLETTER,
    "newsletter mail-resume": Permission.NEWSLETTER,
}
