"""Desk settings stored in the database (``settings`` table): one place for every desk.

Reading is free (the login screen needs the language); changing needs the
``settings`` permission and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from bindesk.db.models import Setting
from bindesk.domain.errors import InvalidInput
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission

LANGUAGE = "ui_language"
IDLE_LOCK = "idle_lock"

LANGUAGES = {"nl": "Nederlands", "en": "English"}
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
