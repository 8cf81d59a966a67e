"""The audit trail: append-only; the services insert, nobody updates or deletes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from bindesk import fileperms
from bindesk.db.models import AuditEvent, utcnow
from bindesk.domain.access import Actor, Permission
from bindesk.domain.auditchain import PERSONAL_KEYS, REDACTED, event_hash, value_digest
from bindesk.domain.errors import InvalidInput
from bindesk.domain.spreadsheet import neutralise


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
        at=utcnow(),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        detail=detail,
    )
    event.prev_hash = _chain_head(session)
    event.hash = _hash_of(event, event.prev_hash)
    session.info[_HEAD] = event.hash
    session.add(event)
    session.info[_RECORDED] = True
    return event


# --- the hash chain (tamper-evident; see bindesk/domain/auditchain.py) ---------------------

_HEAD = "bindesk_audit_head"
_PG_CHAIN_LOCK = (
    0x61756474  # "audt"; pg_advisory_xact_lock key: one writer extends the chain at a time
)


def _chain_head(session: Session) -> str | None:
    """The hash of the newest event, as this transaction sees it (serialised between writers:
    SQLite's write lock is taken at BEGIN IMMEDIATE, PostgreSQL takes an advisory lock)."""
    if _HEAD in session.info:
        return cast(str | None, session.info[_HEAD])
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_CHAIN_LOCK})
    with session.no_autoflush:
        return session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))


def _hash_of(event: AuditEvent, prev_hash: str | None) -> str:
    return event_hash(
        prev_hash,
        at=event.at,
        actor=event.actor,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before=event.before,
        after=event.after,
        detail=event.detail or "",
        sealed=event.sealed,
    )


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_head(session: Session) -> None:
    session.info.pop(_HEAD, None)  # another desk may extend the chain before our next write


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    reason: str

    def __str__(self) -> str:
        return f"gebeurtenis {self.event_id}: {self.reason}"


@dataclass(frozen=True)
class ChainReport:
    checked: int
    problems: list[ChainProblem]

    @property
    def intact(self) -> bool:
        return not self.problems


def verify_chain(session: Session, actor: Actor) -> ChainReport:
    """Walk the whole trail in order: report every event that was edited, and every place
    where one was deleted (the next event no longer points at the one before it)."""
    actor.require(Permission.READ_AUDIT)
    problems: list[ChainProblem] = []
    prev: AuditEvent | None = None
    checked = 0
    last_id = 0
    while True:
        batch = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.id > last_id)
                .order_by(AuditEvent.id)
                .limit(2000)
            )
        )
        if not batch:
            break
        for e in batch:
            checked += 1
            if e.hash is None:
                problems.append(
                    ChainProblem(
                        e.id, "heeft geen handtekening (hash): toegevoegd buiten bindesk om"
                    )
                )
            elif _hash_of(e, e.prev_hash) != e.hash:
                problems.append(ChainProblem(e.id, "is gewijzigd na het opslaan"))
            expected = prev.hash if prev is not None else None
            if e.prev_hash != expected:
                where = f"na gebeurtenis {prev.id}" if prev is not None else "aan het begin"
                problems.append(
                    ChainProblem(
                        e.id, f"de gebeurtenis ervoor ontbreekt ({where} is er een verwijderd)"
                    )
                )
            prev = e
        last_id = batch[-1].id
        session.expunge_all()
    return ChainReport(checked, problems)


_RECORDED = "bindesk.audit.recorded"


def recorded(session: Session) -> bool:
    """Whether this session wrote to the audit trail: the desk announces the change to the
    Logboek page from this, so no caller has to remember that a service audits."""
    return bool(session.info.get(_RECORDED))


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    limit: int = 1000
    entity_id: str | None = None


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
    if flt.entity_id:
        query = query.where(AuditEvent.entity_id == flt.entity_id)
    return list(session.scalars(query.limit(flt.limit)))


# --- append-only, enforced ------------------------------------------------------------------

_REDACTING = "bindesk_audit_redacting"


class AuditIsAppendOnly(RuntimeError):
    """A programming error: something tried to change or delete an audit event."""


@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(_REDACTING):
        return
    for obj in session.deleted:
        if isinstance(obj, AuditEvent):
            raise AuditIsAppendOnly("audit events are never deleted")
    for obj in session.dirty:
        if isinstance(obj, AuditEvent) and session.is_modified(obj):
            raise AuditIsAppendOnly("audit events are never changed")


_PERSONAL_KEYS = PERSONAL_KEYS


def redact_member(session: Session, member_id: int) -> int:
    """GDPR erasure: blank the person's data in their audit events; the events stay.

    The one sanctioned change to the audit table: who did what and when remains,
    the erased person's name, address and numbers do not.
    """
    changed = 0
    session.info[_REDACTING] = True
    try:
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "member", AuditEvent.entity_id == str(member_id)
            )
        )
        for audit_event in events:
            sealed = dict(audit_event.sealed or {})
            for attr in ("before", "after"):
                value = getattr(audit_event, attr)
                if value:
                    for k, v in value.items():  # keep the digest: the chain stays verifiable
                        if k in _PERSONAL_KEYS and v and v != REDACTED:
                            sealed[f"{attr}.{k}"] = value_digest(v)
                    setattr(
                        audit_event,
                        attr,
                        {
                            k: (REDACTED if k in _PERSONAL_KEYS and v else v)
                            for k, v in value.items()
                        },
                    )
                    changed += 1
            audit_event.sealed = sealed or None
        session.flush()
    finally:
        session.info.pop(_REDACTING, None)
    return changed


# --- reading and exporting (the desk's audit page) -------------------------------------------


def event_json(e: AuditEvent) -> dict[str, Any]:
    """Stable English keys for ``--json`` output."""
    return {
        "id": e.id,
        "at": e.at.isoformat(),
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "before": e.before,
        "after": e.after,
        "detail": e.detail,
    }


def read_events(session: Session, actor: Actor, flt: AuditFilter | None = None) -> list[AuditEvent]:
    """Like :func:`list_events`, for an operator who must hold the ``read_audit`` permission."""
    actor.require(Permission.READ_AUDIT)
    return list_events(session, flt)


def distinct_values(session: Session, actor: Actor, column: str) -> list[str]:
    """The actors, actions or entities that occur, for the filter choices."""
    actor.require(Permission.READ_AUDIT)
    attribute = {
        "actor": AuditEvent.actor,
        "action": AuditEvent.action,
        "entity": AuditEvent.entity,
    }[column]
    return sorted(v for v in session.scalars(select(attribute).distinct()) if v)


EXPORT_HEADERS = [
    "Tijdstip (UTC)",
    "Gebruiker",
    "Actie",
    "Onderwerp",
    "Id",
    "Details",
    "Voor",
    "Na",
]


def export_events(session: Session, actor: Actor, flt: AuditFilter | None, path: Path) -> int:
    """Write the filtered events to a CSV file (UTF-8 with BOM, ``;``); the export is audited."""
    import csv
    import json

    actor.require(Permission.READ_AUDIT)
    if path.suffix.lower() != ".csv":
        raise InvalidInput(f"Kies een bestandsnaam die eindigt op .csv (niet '{path.suffix}').")
    events = list_events(session, flt)
    with fileperms.private_open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(EXPORT_HEADERS)
        for e in events:
            writer.writerow(
                [
                    e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    neutralise(e.actor),
                    e.action,
                    e.entity,
                    e.entity_id or "",
                    neutralise(e.detail or ""),
                    neutralise(json.dumps(e.before, ensure_ascii=False)) if e.before else "",
                    neutralise(json.dumps(e.after, ensure_ascii=False)) if e.after else "",
                ]
            )
    record(
        session,
        actor.username,
        "export",
        "audit",
        None,
        detail=f"{len(events)} gebeurtenissen naar {path.name}",
    )
    return len(events)
