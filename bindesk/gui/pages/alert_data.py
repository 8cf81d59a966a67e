"""What the composer loads: plain values that cross threads and the loaders that make them.

Qt-free on purpose: :func:`load_compose_data` and :func:`load_original` run off the GUI
thread (``Desk.write`` / ``Desk.query``); the Alarm page only receives their results.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bindesk.domain.tips import placeholders
from bindesk.services import networks
from bindesk.services import tips as tip_library
from bindesk.services.outbox_view import AlertSummary, load_alerts

ORIGINALS_SHOWN = 30  # recent alerts offered as the original of a follow-up


@dataclass(frozen=True)
class NetworkChoice:
    id: int
    name: str
    municipality: str
    streets: tuple[str, ...]
    active_members: int


@dataclass(frozen=True)
class TipChoice:
    key: str
    title: str
    text: str
    kind: str
    category: str
    placeholders: tuple[str, ...]


@dataclass(frozen=True)
class ComposeData:
    networks: list[NetworkChoice]
    tips: list[TipChoice]
    originals: list[AlertSummary]


def load_compose_data(s: Session) -> ComposeData:
    """Runs off the GUI thread, in a write session: ``list_presets`` installs the shipped
    library on first use. Active networks with streets, the tip library, originals."""
    rows = networks.list_networks(s, include_inactive=False)
    nets = [
        NetworkChoice(
            r.id,
            r.name,
            r.municipality,
            tuple(networks.get_network(s, r.id).streets or ()),
            r.active_members,
        )
        for r in rows
    ]
    tips = [
        TipChoice(p.key, p.title, p.text, p.kind, p.category, tuple(placeholders(p.text)))
        for p in tip_library.list_presets(s)
    ]
    originals = load_alerts(s, limit=ORIGINALS_SHOWN, kinds=("urgent", "prevention"))
    return ComposeData(nets, tips, originals)


def load_original(s: Session, alert_id: int) -> AlertSummary | None:
    """Runs off the GUI thread: the alert a follow-up of ``alert_id`` refers to (the alert
    itself, or the original of a follow-up); None for what cannot be followed up."""
    found = load_alerts(s, 1, kinds=("urgent", "prevention", "feedback"), ids=[alert_id])
    if found and found[0].kind == "feedback" and found[0].parent_id is not None:
        found = load_alerts(s, 1, kinds=("urgent", "prevention"), ids=[found[0].parent_id])
    return found[0] if found and found[0].kind in ("urgent", "prevention") else None
