"""The audit trail's hash chain: every event carries a hash over its content and the hash
of the event before it, so an event edited or deleted behind bindesk's back (with plain
``sqlite3`` or ``psql``) shows up in ``bindesk audit verify``.

Personal values (names, addresses, numbers) enter the hash as their own SHA-256 digest: a GDPR
erasure blanks them in the trail and keeps the digest (``sealed``), so the chain stays
verifiable after the right to erasure was honoured.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

PERSONAL_KEYS = frozenset(
    {"first_name", "last_name", "street", "house_number", "postal_code", "mobile", "email"}
)
REDACTED = "(gewist)"


def value_digest(value: Any) -> str:
    raw = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _masked(side: str, data: Mapping[str, Any] | None, sealed: Mapping[str, str]) -> Any:
    if data is None:
        return None
    masked: dict[str, Any] = {}
    for key, value in data.items():
        if key in PERSONAL_KEYS and value:
            seal = sealed.get(f"{side}.{key}")
            masked[key] = seal if value == REDACTED and seal else value_digest(value)
        else:
            masked[key] = value
    return masked


def timestamp(at: dt.datetime) -> str:
    """The moment as stored (naive UTC, microseconds): the same text on every database."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def event_hash(
    prev_hash: str | None,
    *,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    detail: str,
    sealed: Mapping[str, str] | None = None,
) -> str:
    seals = sealed or {}
    document = {
        "prev": prev_hash or "",
        "at": timestamp(at),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before": _masked("before", before, seals),
        "after": _masked("after", after, seals),
        "detail": detail or "",
    }
    raw = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()
