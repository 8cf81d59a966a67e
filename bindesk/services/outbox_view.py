"""What the desk shows of the outbox: alerts with their counts, deliveries as plain rows,
and what changed since a moment (the Verzonden page refreshes by that, not by reloading).

Read-only: every function here runs in a read session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.models import Alert, AlertNetwork, Delivery, Member, Network
from bindesk.domain.states import FINISHED_STATES, DeliveryState
from bindesk.services.outbox import DESK_KINDS


@dataclass(frozen=True)
class AlertSummary:
    id: int
    created_at: dt.datetime
    created_by: str
    kind: str
    text: str
    incident_street: str
    segments: int
    encoding: str
    parent_id: int | None
    network_ids: tuple[int, ...]
    network_names: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def finished(self) -> int:
        return sum(self.counts.get(s, 0) for s in FINISHED_STATES)

    @property
    def waiting(self) -> int:
        """Still to go: queued, or being sent right now."""
        return self.counts.get(DeliveryState.QUEUED, 0) + self.counts.get(DeliveryState.SENDING, 0)

    @property
    def retryable(self) -> int:
        return self.counts.get(DeliveryState.FAILED, 0) + self.counts.get(
            DeliveryState.UNCERTAIN, 0
        )


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    mobile: str
    member_name: str | None  # None: the member was erased since
    state: str
    attempts: int
    error: str | None
    modem: str | None
    sent_at: dt.datetime | None
    delivered_at: dt.datetime | None
    channel: str = "sms"
    email: str | None = None  # the address of an e-mail delivery


def load_alerts(
    session: Session,
    limit: int = 50,
    kinds: Sequence[str] = DESK_KINDS,
    *,
    ids: Sequence[int] | None = None,
    after_id: int | None = None,
) -> list[AlertSummary]:
    """The newest alerts of these kinds with their delivery counts per state, newest first;
    only ``ids`` when given, only alerts newer than ``after_id`` when given. Plain rows."""
    query = select(
        Alert.id,
        Alert.created_at,
        Alert.created_by,
        Alert.kind,
        Alert.text,
        Alert.incident_street,
        Alert.segments,
        Alert.encoding,
        Alert.parent_id,
    ).where(Alert.kind.in_(list(kinds)))
    if ids is not None:
        query = query.where(Alert.id.in_(list(ids)))
    if after_id is not None:
        query = query.where(Alert.id > after_id)
    rows = session.execute(query.order_by(Alert.id.desc()).limit(limit)).all()
    if not rows:
        return []
    alert_ids = [r.id for r in rows]
    counts = counts_per_alert(session, alert_ids)
    nets: dict[int, list[tuple[str, int]]] = {i: [] for i in alert_ids}
    for alert_id, network_id, name in session.execute(
        select(AlertNetwork.alert_id, Network.id, Network.name)
        .join(Network, Network.id == AlertNetwork.network_id)
        .where(AlertNetwork.alert_id.in_(alert_ids))
    ):
        nets[alert_id].append((name, network_id))
    return [
        AlertSummary(
            id=r.id,
            created_at=r.created_at,
            created_by=r.created_by,
            kind=r.kind,
            text=r.text,
            incident_street=r.incident_street or "",
            segments=r.segments,
            encoding=r.encoding,
            parent_id=r.parent_id,
            network_ids=tuple(i for _n, i in sorted(nets[r.id])),
            network_names=tuple(n for n, _i in sorted(nets[r.id])),
            counts=counts[r.id],
        )
        for r in rows
    ]


def counts_per_alert(session: Session, alert_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Deliveries per state of these alerts (counted by the database: a few rows back)."""
    counts: dict[int, dict[str, int]] = {i: {} for i in alert_ids}
    if alert_ids:
        for alert_id, state, n in session.execute(
            select(Delivery.alert_id, Delivery.state, func.count())
            .where(Delivery.alert_id.in_(list(alert_ids)))
            .group_by(Delivery.alert_id, Delivery.state)
        ):
            if alert_id is not None:
                counts[alert_id][state] = int(n)
    return counts


def load_deliveries(
    session: Session,
    alert_id: int,
    *,
    changed_since: dt.datetime | None = None,
    ids: Sequence[int] | None = None,
) -> list[DeliveryRow]:
    """One alert's deliveries in send order (or only those changed since a moment, or only
    these ids), with the member's name when they still exist. Plain rows, no ORM objects."""
    query = (
        select(
            Delivery.id,
            Delivery.mobile,
            Member.first_name,
            Member.last_name,
            Delivery.state,
            Delivery.attempts,
            Delivery.error,
            Delivery.modem,
            Delivery.sent_at,
            Delivery.delivered_at,
            Delivery.channel,
            Delivery.email,
        )
        .outerjoin(Member, Member.id == Delivery.member_id)
        .where(Delivery.alert_id == alert_id)
    )
    if changed_since is not None:
        query = query.where(Delivery.updated_at >= changed_since)
    if ids is not None:
        query = query.where(Delivery.id.in_(list(ids)))
    return [
        DeliveryRow(
            id=r.id,
            mobile=r.mobile,
            member_name=(
                f"{r.first_name} {r.last_name}".strip() if r.first_name is not None else None
            ),
            state=r.state,
            attempts=r.attempts,
            error=r.error,
            modem=r.modem,
            sent_at=r.sent_at,
            delivered_at=r.delivered_at,
            channel=r.channel,
            email=r.email,
        )
        for r in session.execute(query.order_by(Delivery.priority, Delivery.id))
    ]


# Writers stamp ``updated_at`` from their own clock before they commit, so a row can become
# visible with a stamp a little older than the newest one already seen: every refresh looks
# this far back (and the desk ignores rows it already shows as they are).
CHANGE_MARGIN = dt.timedelta(seconds=10)


@dataclass(frozen=True)
class OutboxChanges:
    """What changed in the outbox since a mark: for the Verzonden page's refresh."""

    alerts: list[AlertSummary]  # new alerts, and those whose deliveries changed
    deliveries: list[DeliveryRow]  # the watched alert's deliveries changed since the mark
    mark: dt.datetime | None  # the newest change seen: pass it as ``since`` next time
    #: ``updated_at`` of the watched alert's deliveries in the look-back window: pass it as
    #: ``seen`` next time, and rows not touched since are not read again
    stamps: dict[int, dt.datetime] = field(default_factory=dict)


#: more changed rows than this in one refresh are read by their stamp, not by id
_IDS_AT_ONCE = 500


def outbox_changes(
    session: Session,
    since: dt.datetime,
    *,
    newest_alert_id: int,
    watched_alert_id: int | None,
    seen: Mapping[int, dt.datetime] | None = None,
    kinds: Sequence[str] = DESK_KINDS,
    limit: int = 100,
) -> OutboxChanges:
    """The alerts newer than ``newest_alert_id`` or with deliveries changed since ``since``
    (minus the margin), with fresh counts; the watched alert's changed deliveries. Costs
    what changed, not what the outbox holds (the counts are the database's).

    ``seen`` (the ``stamps`` of the previous refresh) leaves out the watched deliveries whose
    ``updated_at`` did not move since: the look-back margin then costs one small row per
    delivery changed in the margin (id, alert, stamp: through ``ix_deliveries_updated_at``),
    not a full row each refresh."""
    look_from = since - CHANGE_MARGIN
    window = session.execute(
        select(Delivery.id, Delivery.alert_id, Delivery.updated_at).where(
            Delivery.updated_at >= look_from
        )
    ).all()
    newest: dict[int, dt.datetime] = {}
    stamps: dict[int, dt.datetime] = {}
    for delivery_id, alert_id, stamp in window:
        if alert_id is None:
            continue  # a newsletter mailing's e-mail: no alert to refresh
        if alert_id not in newest or stamp > newest[alert_id]:
            newest[alert_id] = stamp
        if alert_id == watched_alert_id:
            stamps[delivery_id] = stamp
    mark = max([since, *newest.values()])
    alerts = load_alerts(session, limit, kinds, after_id=newest_alert_id)
    loaded = {a.id for a in alerts}
    wanted = [i for i in newest if i not in loaded and i <= newest_alert_id]
    if wanted:
        alerts += load_alerts(session, limit, kinds, ids=wanted)
    deliveries: list[DeliveryRow] = []
    if watched_alert_id is not None and stamps:
        fresh = [i for i, stamp in stamps.items() if seen is None or seen.get(i) != stamp]
        if len(fresh) > _IDS_AT_ONCE:
            wanted_ids = set(fresh)
            deliveries = [
                d
                for d in load_deliveries(session, watched_alert_id, changed_since=look_from)
                if d.id in wanted_ids
            ]
        elif fresh:
            deliveries = load_deliveries(session, watched_alert_id, ids=fresh)
    return OutboxChanges(alerts, deliveries, mark, stamps)


def latest_change(session: Session) -> dt.datetime | None:
    """The newest ``updated_at`` of any delivery: the first mark."""
    value = session.scalar(select(func.max(Delivery.updated_at)))
    return value if isinstance(value, dt.datetime) else None
