"""Tip presets: the library shipped in resources/tips is the first version; the zone edits.

The database holds the presets. A fresh database gets the shipped library at first use;
a shipped preset the zone never edited (version 1, no editor) follows the library when a
new bindesk ships a better wording; once edited, added or retired it is the zone's own.
Adding, editing, retiring and ordering need the ``manage_tips`` permission (role
*beheer*) and are audited with before and after.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.engine import Database, is_read_only
from bindesk.db.models import TipPreset
from bindesk.domain import privacy, shorten, smstext
from bindesk.domain.clock import utcnow
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.states import AuditAction
from bindesk.domain.tips import TYPICAL_VALUES, Field, fields_of, placeholders, render
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission

KINDS = ("urgent", "prevention", "feedback")
KIND_LABELS_NL = {"urgent": "dringend", "prevention": "preventie", "feedback": "opvolging"}
_KEY = re.compile(r"[a-z0-9][a-z0-9-]{1,59}")
LIBRARY_ACTOR = "bindesk"


def shipped_presets(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or config.resource("tips", "presets.json")
    presets: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    for preset in presets:
        placeholders(preset["text"])  # a broken shipped template fails loudly
    return presets


def _library_values(preset: dict[str, Any], position: int) -> dict[str, Any]:
    return {
        "title": preset["title"],
        "text": preset["text"],
        "kind": preset.get("kind", "urgent"),
        "category": preset.get("category", ""),
        "fields": [f.as_dict() for f in fields_of(preset["text"], preset.get("fields", []))],
        "action": preset.get("action", ""),
        "position": position,
    }


def install_shipped(session: Session) -> int:
    """Add shipped presets whose key is not in the database yet, and bring the ones the
    zone never edited up to the shipped wording; return how many were added."""
    have = {p.key: p for p in session.scalars(select(TipPreset))}
    added = 0
    for index, preset in enumerate(shipped_presets()):
        values = _library_values(preset, (index + 1) * 10)
        row = have.get(preset["key"])
        if row is None:
            session.add(TipPreset(key=preset["key"], active=True, **values))
            added += 1
            continue
        if row.version != 1 or row.updated_by or not row.active:
            continue  # the zone's own now
        before = _snapshot(row)
        for name, value in values.items():
            setattr(row, name, value)
        if _snapshot(row) != before:
            audit.record(
                session,
                LIBRARY_ACTOR,
                AuditAction.UPDATE,
                "tip",
                row.key,
                before=before,
                after=_snapshot(row),
                detail="nieuwe versie van de meegeleverde tipsbibliotheek",
            )
    return added


def library_installed(session: Session) -> bool:
    return session.scalar(select(TipPreset.id).limit(1)) is not None


def ensure_library(session: Session) -> None:
    """A database without any preset gets the shipped library (first use). A read session
    leaves it to the next write (see :func:`install_library`): it cannot write."""
    if is_read_only(session):
        return
    if not library_installed(session):
        install_shipped(session)
        session.flush()


def install_library(db: Database) -> None:
    """First use, before anything reads the library in a read session: a read decides, and
    only an empty library costs a write (the desk's start, ``tips list``, ``newsletter tips``)."""
    with db.read_session() as s:
        if library_installed(s):
            return
    with db.session() as s:
        ensure_library(s)


def list_presets(
    session: Session, kind: str | None = None, *, include_retired: bool = False
) -> list[TipPreset]:
    ensure_library(session)
    query = select(TipPreset).order_by(TipPreset.position, TipPreset.title, TipPreset.id)
    if not include_retired:
        query = query.where(TipPreset.active.is_(True))
    if kind:
        query = query.where(TipPreset.kind == kind)
    return list(session.scalars(query))


def get_preset(session: Session, key: str) -> TipPreset:
    ensure_library(session)
    preset = session.scalar(select(TipPreset).where(TipPreset.key == key))
    if preset is None:
        keys = ", ".join(
            session.scalars(
                select(TipPreset.key).where(TipPreset.active.is_(True)).order_by(TipPreset.key)
            )
        )
        raise NotFound(f"Tip '{key}' bestaat niet. Beschikbare tips: {keys or '(geen)'}.")
    return preset


def preset_fields(preset: TipPreset) -> list[Field]:
    return fields_of(preset.text, preset.fields or [])


def as_json(preset: TipPreset) -> dict[str, Any]:
    """The shape of ``bindesk tips list --json``."""
    return {
        "key": preset.key,
        "title": preset.title,
        "category": preset.category,
        "kind": preset.kind,
        "text": preset.text,
        "fields": [{"name": f.name, "example": f.example} for f in preset_fields(preset)],
    }


def example_text(preset: TipPreset) -> str:
    """The preset filled with its fields' examples (what the library check sends)."""
    return render(preset.text, {f.name: f.example or "…" for f in preset_fields(preset)})


def matches(preset: TipPreset, query: str) -> bool:
    """Found by typing: every word of ``query`` in its key, title, text or category."""
    haystack = " ".join((preset.key, preset.title, preset.text, preset.category)).casefold()
    return all(word in haystack for word in query.casefold().split())


# --- changes --------------------------------------------------------------------------


@dataclass(frozen=True)
class TipValues:
    title: str
    category: str
    kind: str
    text: str
    fields: tuple[Field, ...]
    action: str


def _snapshot(row: TipPreset) -> dict[str, Any]:
    return {
        "title": row.title,
        "category": row.category,
        "kind": row.kind,
        "text": row.text,
        "fields": list(row.fields or []),
        "action": row.action,
        "position": row.position,
        "active": row.active,
    }


def _check(
    title: str,
    category: str,
    kind: str,
    text: str,
    described: list[dict[str, str]],
    action: str,
) -> TipValues:
    title, category, text, action = (" ".join(v.split()) for v in (title, category, text, action))
    if not title:
        raise InvalidInput("Geef de tip een titel.")
    if kind not in KINDS:
        raise InvalidInput(
            f"Onbekende soort '{kind}': kies dringend (urgent), preventie (prevention) "
            "of opvolging (feedback)."
        )
    if not text:
        raise InvalidInput("De tekst van de tip is leeg.")
    fields = fields_of(text, described)
    found = privacy.check(text)
    if found:
        what = privacy.KIND_LABELS_NL[found[0].kind]
        raise InvalidInput(
            f"Een tip mag niemand herkenbaar maken: de tekst lijkt een {what} te bevatten "
            f"('{found[0].found}'). Haal het uit de tekst."
        )
    if kind == "urgent":
        samples = (
            {f.name: f.example or TYPICAL_VALUES.get(f.name, "…") for f in fields},
            {f.name: TYPICAL_VALUES.get(f.name) or f.example or "…" for f in fields},
        )
        for sample in (render(text, values) for values in samples):
            over = shorten.over_one_segment(sample)
            if over:
                better = shorten.shorter_wording(sample)
                hint = f" Korter bijvoorbeeld: “{better}”" if better else ""
                raise InvalidInput(
                    "Een dringende tip moet met ingevulde velden in één sms passen: dit "
                    f"voorbeeld is {over} {'teken' if over == 1 else 'tekens'} te lang "
                    f"({smstext.analyse(sample).segments} sms'en per lid).{hint}"
                )
    return TipValues(title, category, kind, text, tuple(fields), action)


def add_preset(
    session: Session,
    actor: Actor,
    *,
    key: str,
    title: str,
    text: str,
    kind: str = "urgent",
    category: str = "",
    fields: list[dict[str, str]] | None = None,
    action: str = "",
) -> TipPreset:
    actor.require(Permission.MANAGE_TIPS)
    ensure_library(session)
    key = key.strip().casefold()
    if not _KEY.fullmatch(key):
        raise InvalidInput(
            f"Sleutel '{key}' is ongeldig: kleine letters, cijfers en koppeltekens, "
            "bv. 'inbraak-garage'."
        )
    if session.scalar(select(TipPreset.id).where(TipPreset.key == key)) is not None:
        raise InvalidInput(f"Er bestaat al een tip met sleutel '{key}'. Kies een andere.")
    values = _check(title, category, kind, text, fields or [], action)
    last = session.scalar(select(func.max(TipPreset.position))) or 0
    row = TipPreset(
        key=key,
        title=values.title,
        category=values.category,
        kind=values.kind,
        text=values.text,
        fields=[f.as_dict() for f in values.fields],
        action=values.action,
        position=last + 10,
        active=True,
        version=1,
        updated_by=actor.username,
        updated_at=utcnow(),
    )
    session.add(row)
    session.flush()
    audit.record(session, actor.username, AuditAction.CREATE, "tip", key, after=_snapshot(row))
    return row


def edit_preset(
    session: Session,
    actor: Actor,
    key: str,
    *,
    title: str | None = None,
    text: str | None = None,
    kind: str | None = None,
    category: str | None = None,
    fields: list[dict[str, str]] | None = None,
    action: str | None = None,
) -> TipPreset:
    actor.require(Permission.MANAGE_TIPS)
    row = get_preset(session, key)
    values = _check(
        row.title if title is None else title,
        row.category if category is None else category,
        row.kind if kind is None else kind,
        row.text if text is None else text,
        list(row.fields or []) if fields is None else fields,
        row.action if action is None else action,
    )
    before = _snapshot(row)
    row.title, row.category, row.kind = values.title, values.category, values.kind
    row.text, row.action = values.text, values.action
    row.fields = [f.as_dict() for f in values.fields]
    if _snapshot(row) == before:
        return row
    _touch(row, actor)
    session.flush()
    audit.record(
        session, actor.username, AuditAction.UPDATE, "tip", key, before=before, after=_snapshot(row)
    )
    return row


def set_retired(session: Session, actor: Actor, key: str, retired: bool = True) -> TipPreset:
    """Retire a preset (it leaves the composer, history keeps it) or bring it back."""
    actor.require(Permission.MANAGE_TIPS)
    row = get_preset(session, key)
    if row.active != retired:
        return row
    before = _snapshot(row)
    row.active = not retired
    row.retired_at = utcnow() if retired else None
    _touch(row, actor)
    session.flush()
    audit.record(
        session,
        actor.username,
        AuditAction.RETIRE if retired else AuditAction.RESTORE,
        "tip",
        key,
        before=before,
        after=_snapshot(row),
    )
    return row


def move_preset(session: Session, actor: Actor, key: str, steps: int) -> None:
    """Move a preset ``steps`` places up (negative) or down in the list; audited."""
    actor.require(Permission.MANAGE_TIPS)
    rows = list_presets(session, include_retired=True)
    index = next((i for i, r in enumerate(rows) if r.key == key), None)
    if index is None:
        get_preset(session, key)  # raises the Dutch NotFound
        return
    target = max(0, min(len(rows) - 1, index + steps))
    if target == index:
        return
    row = rows.pop(index)
    rows.insert(target, row)
    before = row.position
    for position, r in enumerate(rows):
        r.position = (position + 1) * 10
    _touch(row, actor)
    session.flush()
    audit.record(
        session,
        actor.username,
        AuditAction.UPDATE,
        "tip",
        key,
        before={"position": before},
        after={"position": row.position},
        detail=f"volgorde: plaats {target + 1}",
    )


def _touch(row: TipPreset, actor: Actor) -> None:
    row.version = (row.version or 1) + 1
    row.updated_by = actor.username
    row.updated_at = utcnow()
