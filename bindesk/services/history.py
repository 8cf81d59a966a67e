"""The alerts' history for the BIN evaluation: per network per month, and the logbook.

The logbook says who sent what when to how many, how many reached the phone, and how long
it took until everyone had it. bindesk's own service messages (STOP confirmations) are not
alerts and stay out. Exports (CSV or XLSX) are audited.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bindesk.db.models import Alert, Delivery
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.domain.spreadsheet import neutralise
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission

KINDS = ("urgent", "prevention", "feedback")
KIND_LABELS_NL = {"urgent": "dringend", "prevention": "preventie", "feedback": "opvolging"}
DONE = ("sent", "delivered", "failed", "uncertain")


@dataclass(frozen=True)
class AlertRecord:
    alert_id: int
    created_at: dt.datetime
    created_by: str
    kind: str
    networks: tuple[str, ...]
    text: str
    recipients: int  # deliveries not cancelled
    segments: int
    sent: int  # sent or delivered
    delivered: int
    failed: int
    pending: int  # queued or being sent
    everyone_after: float | None  # seconds from queueing until the last one was out

    @property
    def delivery_rate(self) -> float | None:
        """Share of recipients whose phone confirmed (status reports); None without any."""
        return self.delivered / self.recipients if self.recipients else None


@dataclass(frozen=True)
class MonthCount:
    network: str
    month: str  # "2026-11"
    alerts: int
    sms: int


def _require(actor: Actor) -> None:
    if not (actor.can(Permission.SEND_ALERTS) or actor.can(Permission.READ_AUDIT)):
        raise PermissionDenied(
            "Uw rol mag de geschiedenis van de berichten niet bekijken. Vraag een collega "
            "van de balie of de beheerder."
        )


def logbook(
    session: Session,
    actor: Actor,
    *,
    kind: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[AlertRecord]:
    """Alerts (newest first) of ``kind`` queued from ``since`` up to and including ``until``."""
    _require(actor)
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"Onbekende soort '{kind}': kies dringend, preventie of opvolging.")
    query = (
        select(Alert)
        .where(Alert.kind.in_((kind,) if kind else KINDS))
        .order_by(Alert.created_at.desc(), Alert.id.desc())
        .options(selectinload(Alert.networks))
    )
    if since is not None:
        query = query.where(Alert.created_at >= _start_of(since))
    if until is not None:
        query = query.where(Alert.created_at < _start_of(until + dt.timedelta(days=1)))
    alerts = list(session.scalars(query))
    if not alerts:
        return []
    ids = [a.id for a in alerts]
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for alert_id, state, n in session.execute(
        select(Delivery.alert_id, Delivery.state, func.count())
        .where(Delivery.alert_id.in_(ids))
        .group_by(Delivery.alert_id, Delivery.state)
    ):
        if alert_id is not None:
            counts[alert_id][state] = n
    last_out = dict(
        session.execute(
            select(Delivery.alert_id, func.max(Delivery.sent_at))
            .where(Delivery.alert_id.in_(ids))
            .group_by(Delivery.alert_id)
        ).all()
    )
    records = []
    for a in alerts:
        c = counts[a.id]
        recipients = sum(n for state, n in c.items() if state != "cancelled")
        pending = c["queued"] + c["sending"]
        last = last_out.get(a.id)
        if last is not None and last.tzinfo is None:
            last = last.replace(tzinfo=dt.UTC)
        everyone = (
            (last - a.created_at).total_seconds()
            if last is not None and pending == 0 and recipients
            else None
        )
        records.append(
            AlertRecord(
                alert_id=a.id,
                created_at=a.created_at,
                created_by=a.created_by,
                kind=a.kind,
                networks=tuple(sorted(n.name for n in a.networks)),
                text=a.text,
                recipients=recipients,
                segments=a.segments,
                sent=c["sent"] + c["delivered"],
                delivered=c["delivered"],
                failed=c["failed"],
                pending=pending,
                everyone_after=max(0.0, everyone) if everyone is not None else None,
            )
        )
    return records


def _start_of(day: dt.date) -> dt.datetime:
    """Local midnight of ``day`` in UTC (the desk thinks in local days)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _local_month(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m")


def per_network_month(records: list[AlertRecord]) -> list[MonthCount]:
    """Alerts and SMS parts per network per month (an alert to two networks counts in each)."""
    alerts: Counter[tuple[str, str]] = Counter()
    sms: Counter[tuple[str, str]] = Counter()
    for r in records:
        for network in r.networks or ("(geen netwerk)",):
            key = (network, _local_month(r.created_at))
            alerts[key] += 1
            sms[key] += r.recipients * r.segments
    return [
        MonthCount(network, month, alerts[(network, month)], sms[(network, month)])
        for network, month in sorted(alerts, key=lambda k: (k[1], k[0]), reverse=True)
    ]


EXPORT_HEADERS = [
    "Bericht",
    "Verstuurd op",
    "Door",
    "Soort",
    "Netwerken",
    "Tekst",
    "Ontvangers",
    "Sms-delen per bericht",
    "Verzonden",
    "Afgeleverd",
    "Mislukt",
    "Afleverratio (%)",
    "Iedereen had het na (minuten)",
]


def _row(r: AlertRecord) -> list[object]:
    rate = r.delivery_rate
    return [
        r.alert_id,
        r.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        neutralise(r.created_by),
        KIND_LABELS_NL.get(r.kind, r.kind),
        neutralise(", ".join(r.networks)),
        neutralise(r.text),
        r.recipients,
        r.segments,
        r.sent,
        r.delivered,
        r.failed,
        round(rate * 100, 1) if rate is not None else "",
        round(r.everyone_after / 60, 1) if r.everyone_after is not None else "",
    ]


def export(session: Session, actor: Actor, records: list[AlertRecord], path: Path) -> int:
    """Write the logbook to ``path`` (.csv with ``;`` and a BOM, or .xlsx); audited."""
    _require(actor)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        import csv

        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(EXPORT_HEADERS)
            writer.writerows(_row(r) for r in records)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Meldingen"
        sheet.append(EXPORT_HEADERS)
        for r in records:
            sheet.append(_row(r))
        book.save(path)
    else:
        raise InvalidInput(
            f"Onbekend bestandstype '{path.suffix}'. Kies een naam die eindigt op .csv of .xlsx."
        )
    path.chmod(0o600)
    audit.record(
        session,
        actor.username,
        "export",
        "alerts",
        None,
        detail=f"{len(records)} berichten naar {path.name}",
    )
    return len(records)
