"""Desk settings stored in the database (``settings`` table): one place for every desk.

Reading is free (the login screen needs the language); changing needs the
``settings`` permission and is audited.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import Setting
from bindesk.domain.errors import InvalidInput
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission

LANGUAGE = "ui_language"
IDLE_LOCK = "idle_lock"

LANGUAGES = {"nl": "Nederlands", "en": "English"}
log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "nl"
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


def _value(session: Session, key: str) -> dict[str, Any]:
    setting = session.get(Setting, key)
    return dict(setting.value) if setting is not None and setting.value else {}


def _store(session: Session, actor: Actor, key: str, value: dict[str, Any]) -> None:
    actor.require(Permission.SETTINGS)
    setting = session.get(Setting, key)
    before = dict(setting.value) if setting is not None else None
    if before == value:
        return
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    session.flush()
    audit.record(session, actor.username, "update", "setting", key, before=before, after=value)


def language(session: Session) -> str:
    code = _value(session, LANGUAGE).get("code", DEFAULT_LANGUAGE)
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def set_language(session: Session, actor: Actor, code: str) -> None:
    if code not in LANGUAGES:
        raise InvalidInput(
            f"Taal '{code}' wordt niet ondersteund. Kies {' of '.join(sorted(LANGUAGES))}."
        )
    _store(session, actor, LANGUAGE, {"code": code})


def idle_lock_minutes(session: Session) -> int:
    minutes = _value(session, IDLE_LOCK).get("minutes", DEFAULT_IDLE_MINUTES)
    if not isinstance(minutes, int) or not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        return DEFAULT_IDLE_MINUTES
    return minutes


def set_idle_lock_minutes(session: Session, actor: Actor, minutes: int) -> None:
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise InvalidInput(
            f"De vergrendeltijd moet tussen {MIN_IDLE_MINUTES} en {MAX_IDLE_MINUTES} minuten "
            "liggen."
        )
    _store(session, actor, IDLE_LOCK, {"minutes": int(minutes)})


@dataclass(frozen=True)
class DeskSettings:
    language: str
    idle_lock_minutes: int


def desk_settings(session: Session) -> DeskSettings:
    return DeskSettings(language=language(session), idle_lock_minutes=idle_lock_minutes(session))


# --- PIN codes a SIM refused ----------------------------------------------------------------

REFUSED_PINS = "refused_pins"


def _pin_hash(identity: str, pin: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), f"{salt}:{identity}".encode(), 100_000).hex()


class RefusedPins:
    """The :class:`bindesk.sms.modem.PinGuard` of every desk, in the ``settings`` table.

    Per modem (``imei:…`` where the IMEI is known), a salted hash of the PIN its SIM refused;
    the PIN itself is stored nowhere and never logged. A PIN that was refused is not entered
    again (by any desk, ``modem check`` or ``outbox run``) until an operator gives another one
    or forgets the refusal (:func:`forget_refused_pins`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def refused(self, identity: str, pin: str) -> bool:
        with self.db.read_session() as s:
            entry = _value(s, REFUSED_PINS).get(identity)
        if not isinstance(entry, dict):
            return False
        return hmac.compare_digest(
            str(entry.get("hash", "")), _pin_hash(identity, pin, str(entry.get("salt", "")))
        )

    def remember_refused(self, identity: str, pin: str) -> None:
        salt = secrets.token_hex(16)
        entry = {
            "salt": salt,
            "hash": _pin_hash(identity, pin, salt),
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        with self.db.session() as s:
            setting = s.get(Setting, REFUSED_PINS)
            value = dict(setting.value) if setting is not None and setting.value else {}
            value[identity] = entry
            if setting is None:
                s.add(Setting(key=REFUSED_PINS, value=value))
            else:
                setting.value = value
        log.warning("the SIM in modem %s refused its PIN; it will not be entered again", identity)


def refused_pin_modems(session: Session) -> list[str]:
    """The modems (identities) with a remembered refused PIN."""
    return sorted(_value(session, REFUSED_PINS))


def forget_refused_pins(session: Session, actor: Actor, identity: str | None = None) -> int:
    """The operator checked the PIN: let bindesk enter it again (one modem, or all)."""
    value = _value(session, REFUSED_PINS)
    keys = list(value) if identity is None else [k for k in value if k == identity]
    for key in keys:
        del value[key]
    if keys:
        _store(session, actor, REFUSED_PINS, value)
    return len(keys)
