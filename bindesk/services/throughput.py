"""How long until the last member has it: the modems' measured rates and the estimate.

The desk running the dispatcher writes, per modem, its state (from the dispatcher's events)
and its moving average of seconds per SMS part (from :class:`bindesk.sms.rates.RateTracker`)
into ``modem_rates``; any desk reads them to estimate an alert. With no modem up the
estimate assumes one modem at a typical rate and says so.

A dispatcher that was killed cannot say it stopped: its modems stay "up" here until it
runs again (a heartbeat would tell; see the report).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import Alert, Delivery, ModemRate, utcnow
from bindesk.sms.rates import Rate

if TYPE_CHECKING:  # the dispatcher loads gammu: not for a desk that only estimates
    from bindesk.sms.dispatcher import Dispatcher, Event

# One USB GSM modem sends an SMS part in about 4 s (AT+CMGS until the network's reference).
TYPICAL_SECONDS_PER_PART = 4.0
UP_STATES = ("ready", "slow")


class RateRecorder:
    """Stores what a dispatcher reports: modem states and measured rates."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _row(self, session: Session, modem_id: str) -> ModemRate:
        row = session.get(ModemRate, modem_id)
        if row is None:
            row = ModemRate(modem_id=modem_id, samples=0)
            session.add(row)
        return row

    def store_rate(self, rate: Rate) -> None:
        with self.db.session() as s:
            row = self._row(s, rate.modem_id)
            row.seconds_per_part = rate.seconds_per_part
            row.samples = rate.samples
            row.updated_at = utcnow()

    def on_event(self, event: Event) -> None:
        from bindesk.sms.dispatcher import ModemStatus

        if not isinstance(event, ModemStatus) or event.state == "slow":
            return  # "slow" is a passing state: the modem is still up
        with self.db.session() as s:
            row = self._row(s, event.modem_id)
            row.state = event.state
            row.label = event.label
            row.simulated = event.simulated
            row.updated_at = utcnow()

    def stored(self, modem_id: str) -> Rate | None:
        with self.db.read_session() as s:
            row = s.get(ModemRate, modem_id)
            if row is None or row.seconds_per_part is None or not row.samples:
                return None
            return Rate(modem_id, row.seconds_per_part, row.samples)


def attach(dispatcher: Dispatcher, db: Database) -> RateRecorder:
    """Record ``dispatcher``'s modem states and rates in ``db``, continuing the averages of
    its modems' earlier runs. Call before :meth:`Dispatcher.start`; nothing is read here
    (a desk calls it on its GUI thread): a modem's earlier average is read on its own
    thread, at its first status, before it sends anything."""
    recorder = RateRecorder(db)
    dispatcher.rates.publish = recorder.store_rate
    seeded: set[str] = set()

    from bindesk.sms.dispatcher import ModemStatus

    def on_event(event: Event) -> None:
        if isinstance(event, ModemStatus) and event.modem_id not in seeded:
            seeded.add(event.modem_id)
            earlier = recorder.stored(event.modem_id)
            if earlier is not None and dispatcher.rates.rate(event.modem_id) is None:
                dispatcher.rates.seed(earlier)
        if isinstance(event, ModemStatus) and event.state == "stopped":
            dispatcher.rates.flush(event.modem_id)
        recorder.on_event(event)

    dispatcher.add_listener(on_event)
    return recorder


@dataclass(frozen=True)
class Estimate:
    """Seconds until the last of ``parts`` SMS parts is out (after ``ahead`` queued before)."""

    seconds: float
    parts: int
    ahead: int
    modems_up: int
    measured: bool  # False: no modem has a measured rate, a typical one is used
    assumed_modem: bool  # True: no modem is up; one modem at a typical rate is assumed

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.seconds / 60)) if self.seconds else 0

    def as_text_nl(self) -> str:
        """ "ongeveer 3 minuten", with what it assumes."""
        when = duration_nl(self.seconds)
        if self.assumed_modem:
            return f"{when} (geen modem verbonden: geschat voor één modem aan een gewone snelheid)"
        if not self.measured:
            return f"{when} (nog niet gemeten: gewone snelheid van een modem)"
        return when


def duration_nl(seconds: float) -> str:
    if seconds < 60:
        secs = max(1, round(seconds))
        return f"ongeveer {secs} {'seconde' if secs == 1 else 'seconden'}"
    minutes = math.ceil(seconds / 60)
    if minutes < 120:
        return f"ongeveer {minutes} {'minuut' if minutes == 1 else 'minuten'}"
    hours = round(minutes / 60, 1)
    return f"ongeveer {str(hours).replace('.', ',').removesuffix(',0')} uur"


def parts_ahead(session: Session, priority: int) -> int:
    """SMS parts queued (or being sent) that go before a new delivery of ``priority`` (for a
    new alert: its kind's priority + 1, the members outside the incident street)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Alert.segments), 0))
        .select_from(Delivery)
        .join(Alert, Alert.id == Delivery.alert_id)
        .where(
            Delivery.state.in_(("queued", "sending")),
            Delivery.channel == "sms",  # the e-mail worker sends the others, not a modem
            Delivery.priority <= priority,
        )
    )
    return int(total or 0)


def estimate(session: Session, parts: int, *, ahead: int = 0) -> Estimate:
    """From the modems that are up and their measured rates: their rates add up."""
    rows = list(session.scalars(select(ModemRate).where(ModemRate.state.in_(UP_STATES))))
    measured = [r.seconds_per_part for r in rows if r.seconds_per_part and r.samples]
    if not rows:
        per_second = 1 / TYPICAL_SECONDS_PER_PART
    else:
        fallback = sum(measured) / len(measured) if measured else TYPICAL_SECONDS_PER_PART
        per_second = sum(
            1 / (r.seconds_per_part if r.seconds_per_part and r.samples else fallback) for r in rows
        )
    return Estimate(
        seconds=(parts + ahead) / per_second,
        parts=parts,
        ahead=ahead,
        modems_up=len(rows),
        measured=bool(measured),
        assumed_modem=not rows,
    )


def remaining(session: Session, alert_id: int) -> Estimate:
    """For Verzonden: the time until the rest of an alert being sent is out."""
    alert = session.get(Alert, alert_id)
    segments = alert.segments if alert is not None else 1
    rows = session.execute(
        select(func.count(), func.min(Delivery.priority)).where(
            Delivery.alert_id == alert_id,
            Delivery.state.in_(("queued", "sending")),
            Delivery.channel == "sms",
        )
    ).one()
    left, priority = int(rows[0] or 0), rows[1]
    if not left:
        return estimate(session, 0)
    ahead = parts_ahead(session, int(priority) - 1) if priority is not None else 0
    return estimate(session, left * segments, ahead=ahead)
