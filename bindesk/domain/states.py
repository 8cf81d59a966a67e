"""The states the desk stores and shows, as types.

Every value is the exact string stored in the database today (``StrEnum`` members compare
equal to those strings), so rows written before these types existed, and code that still
writes a literal, read the same. Their Dutch and English labels are in
:mod:`bindesk.domain.labels`.
"""

from __future__ import annotations

from enum import StrEnum


class DeliveryState(StrEnum):
    """One SMS to one member: the outbox state machine (docs/ARCHITECTURE.md)."""

    QUEUED = "queued"  # written, waiting for a modem (or for its retry time)
    SENDING = "sending"  # claimed by a modem thread under a lease
    SENT = "sent"  # the modem accepted every part
    DELIVERED = "delivered"  # the network reported every part delivered
    FAILED = "failed"  # given up; nothing more goes out
    UNCERTAIN = "uncertain"  # may or may not have reached the phone (crash, lost answer)
    CANCELLED = "cancelled"  # withdrawn before a modem saw it


# waiting for a modem, or in a modem's hands now
PENDING_STATES = (DeliveryState.QUEUED, DeliveryState.SENDING)
# nothing happens to these any more unless an operator retries them
FINISHED_STATES = (
    DeliveryState.SENT,
    DeliveryState.DELIVERED,
    DeliveryState.FAILED,
    DeliveryState.UNCERTAIN,
    DeliveryState.CANCELLED,
)
# reached the member's phone as far as we know
REACHED_STATES = (DeliveryState.SENT, DeliveryState.DELIVERED)
# what "opnieuw versturen" takes back into the queue
RETRYABLE_STATES = frozenset({DeliveryState.FAILED, DeliveryState.UNCERTAIN})


class MemberStatus(StrEnum):
    ACTIVE = "active"  # receives messages (with consent and not opted out)
    PAUSED = "paused"  # temporarily no messages
    LEFT = "left"  # unsubscribed: no messages any more


# for ``value in MEMBER_STATUSES`` with a stored or typed string (StrEnum members hash and
# compare as their values)
MEMBER_STATUSES = frozenset(MemberStatus)


class AuditAction(StrEnum):
    """What an audit event records; the entity it was done to is stored beside it."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ERASE = "erase"
    EXPORT = "export"
    IMPORT = "import"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCK = "lock"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    EMAIL_BOUNCE = "email_bounce"  # the mail server said an address does not exist
    ACTIVATE = "activate"
    DEACTIVATE = "deactivate"
    RESET_PASSWORD = "reset_password"
    CHANGE_PASSWORD = "change_password"
    SEND = "send"
    RETRY = "retry"
    CANCEL = "cancel"
    RESUME = "resume"  # a stopped newsletter mailing goes on
    RETIRE = "retire"  # a prevention tip no longer offered
    HANDLED = "handled"  # a reply or report dealt with
    BACKUP = "backup"
    RESTORE = "restore"  # a backup put back, a retired tip offered again


class ModemState(StrEnum):
    """A modem thread as the dispatcher reports it (and the desk before it starts)."""

    NOT_STARTED = "not_started"  # the desk knows the modem; no dispatcher runs it yet
    CONNECTING = "connecting"
    READY = "ready"
    DOWN = "down"  # cannot be opened or stopped answering; retried
    NEEDS_OPERATOR = "needs_operator"  # a configuration problem (PIN, port): a person must act
    SLOW = "slow"  # busy with one command for too long
    STOPPED = "stopped"


# the states an operator is told about
MODEM_PROBLEM_STATES = frozenset({ModemState.DOWN, ModemState.NEEDS_OPERATOR, ModemState.SLOW})
