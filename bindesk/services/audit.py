"""The audit trail: append-only; the services insert, nobody updates or deletes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk.db.models import AuditEvent


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    detail: str = "",
) -> AuditEvent:
    event = AuditEvent(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        detail=detail,
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    limit: int = 1000


def list_events(session: Session, flt: AuditFilter | None = None) -> list[AuditEvent]:
    flt = flt or AuditFilter()
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    if flt.actor:
        query = query.where(AuditEvent.actor == flt.actor)
    if flt.action:
        query = query.where(AuditEvent.action == flt.action)
    if flt.entity:
        query = query.where(AuditEvent.entity == flt.entity)
    if flt.since:
        query = query.where(AuditEvent.at >= flt.since)
    if flt.until:
        query = query.where(AuditEvent.at < flt.until)
    return list(session.scalars(query.limit(flt.limit)))
