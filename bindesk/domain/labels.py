"""What the desk calls each state, in Dutch (the source language) and English.

One table per enum, here in the Qt-free core: the CLI prints the Dutch label, the GUI shows
the label of the language the desk runs in (``bindesk.gui.i18n.label``). A test checks that
every member of every enum has both.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from bindesk.domain.states import AuditAction, DeliveryState, MemberStatus, ModemState

LANGUAGES = ("nl", "en")


class Label(NamedTuple):
    nl: str
    en: str


DELIVERY_STATE: dict[DeliveryState, Label] = {
    DeliveryState.QUEUED: Label("in wachtrij", "queued"),
    DeliveryState.SENDING: Label("wordt verzonden", "sending"),
    DeliveryState.SENT: Label("verzonden", "sent"),
    DeliveryState.DELIVERED: Label("afgeleverd", "delivered"),
    DeliveryState.FAILED: Label("mislukt", "failed"),
    DeliveryState.UNCERTAIN: Label("onzeker", "uncertain"),
    DeliveryState.CANCELLED: Label("geannuleerd", "cancelled"),
}

MEMBER_STATUS: dict[MemberStatus, Label] = {
    MemberStatus.ACTIVE: Label("actief", "active"),
    MemberStatus.PAUSED: Label("gepauzeerd", "paused"),
    MemberStatus.LEFT: Label("uitgeschreven", "left"),
}

AUDIT_ACTION: dict[AuditAction, Label] = {
    AuditAction.CREATE: Label("aangemaakt", "created"),
    AuditAction.UPDATE: Label("gewijzigd", "changed"),
    AuditAction.DELETE: Label("verwijderd", "deleted"),
    AuditAction.ERASE: Label("gewist (GDPR)", "erased (GDPR)"),
    AuditAction.EXPORT: Label("geëxporteerd", "exported"),
    AuditAction.IMPORT: Label("geïmporteerd", "imported"),
    AuditAction.LOGIN: Label("ingelogd", "logged in"),
    AuditAction.LOGIN_FAILED: Label("inloggen mislukt", "login failed"),
    AuditAction.LOCK: Label("vergrendeld", "locked"),
    AuditAction.UNLOCK: Label("ontgrendeld", "unlocked"),
    AuditAction.UNLOCK_FAILED: Label("ontgrendelen mislukt", "unlock failed"),
    AuditAction.OPT_OUT: Label("afgemeld voor berichten", "opted out of messages"),
    AuditAction.OPT_IN: Label("opnieuw aangemeld", "opted back in"),
    AuditAction.EMAIL_BOUNCE: Label("e-mailadres onbestelbaar", "e-mail address bounced"),
    AuditAction.ACTIVATE: Label("geactiveerd", "activated"),
    AuditAction.DEACTIVATE: Label("gedeactiveerd", "deactivated"),
    AuditAction.RESET_PASSWORD: Label("wachtwoord hersteld", "password reset"),
    AuditAction.CHANGE_PASSWORD: Label("wachtwoord gewijzigd", "password changed"),
    AuditAction.SEND: Label("verstuurd", "sent"),
    AuditAction.RETRY: Label("opnieuw verstuurd", "resent"),
    AuditAction.CANCEL: Label("geannuleerd", "cancelled"),
    AuditAction.RETIRE: Label("ingetrokken", "retired"),
    AuditAction.HANDLED: Label("afgehandeld", "handled"),
    AuditAction.BACKUP: Label("reservekopie gemaakt", "backed up"),
    AuditAction.RESTORE: Label("teruggezet", "restored"),
    AuditAction.RESUME: Label("hervat", "resumed"),
}

MODEM_STATE: dict[ModemState, Label] = {
    ModemState.NOT_STARTED: Label("niet gestart", "not started"),
    ModemState.CONNECTING: Label("verbinden…", "connecting…"),
    ModemState.READY: Label("klaar", "ready"),
    ModemState.DOWN: Label("niet bereikbaar", "unreachable"),
    ModemState.NEEDS_OPERATOR: Label("actie nodig", "action needed"),
    ModemState.SLOW: Label("antwoordt niet", "not answering"),
    ModemState.STOPPED: Label("gestopt", "stopped"),
}

TABLES: dict[type[StrEnum], Mapping[Any, Label]] = {
    DeliveryState: DELIVERY_STATE,
    MemberStatus: MEMBER_STATUS,
    AuditAction: AUDIT_ACTION,
    ModemState: MODEM_STATE,
}

E = TypeVar("E", bound=StrEnum)


def label(value: StrEnum, language: str = "nl") -> str:
    """The label of ``value`` in ``language`` (Dutch for a language we do not ship)."""
    entry = TABLES[type(value)][value]
    return entry.en if language == "en" else entry.nl


def label_of(kind: type[E], value: str, language: str = "nl") -> str:
    """The label of a stored string ``value`` of enum ``kind``; the value itself if unknown
    (a row written by a newer desk)."""
    try:
        member = kind(value)
    except ValueError:
        return value
    return label(member, language)


def labels(kind: type[E], language: str = "nl") -> dict[E, str]:
    """Every member of ``kind`` with its label, in declaration order."""
    return {member: label(member, language) for member in kind}
