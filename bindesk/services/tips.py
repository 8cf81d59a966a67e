"""Tip presets: the library shipped in resources/tips, and those the zone edits."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.models import TipPreset
from bindesk.domain.errors import NotFound
from bindesk.domain.tips import placeholders


def shipped_presets(path: Path | None = None) -> list[dict[str, str]]:
    path = path or config.resource("tips", "presets.json")
    presets: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    for preset in presets:
        placeholders(preset["text"])  # a broken shipped template fails loudly
    return presets


def install_shipped(session: Session) -> int:
    """Add shipped presets whose key is not in the database yet; return how many."""
    have = set(session.scalars(select(TipPreset.key)))
    added = 0
    for preset in shipped_presets():
        if preset["key"] in have:
            continue
        session.add(
            TipPreset(
                key=preset["key"],
                title=preset["title"],
                text=preset["text"],
                kind=preset.get("kind", "urgent"),
                category=preset.get("category", ""),
                active=True,
            )
        )
        added += 1
    return added


def ensure_library(session: Session) -> None:
    """A database without any preset gets the shipped library (first use)."""
    if session.scalar(select(TipPreset.id).limit(1)) is None:
        install_shipped(session)
        session.flush()


def list_presets(session: Session, kind: str | None = None) -> list[TipPreset]:
    ensure_library(session)
    query = (
        select(TipPreset)
        .where(TipPreset.active.is_(True))
        .order_by(TipPreset.category, TipPreset.title)
    )
    if kind:
        query = query.where(TipPreset.kind == kind)
    return list(session.scalars(query))


def get_preset(session: Session, key: str) -> TipPreset:
    ensure_library(session)
    preset = session.scalar(select(TipPreset).where(TipPreset.key == key))
    if preset is None:
        keys = ", ".join(session.scalars(select(TipPreset.key).order_by(TipPreset.key)))
        raise NotFound(f"Tip '{key}' bestaat niet. Beschikbare tips: {keys or '(geen)'}.")
    return preset
