"""The newsletter: house style, editions, the period's alert figures and the PDF build.

An *edition* stores what the officer wrote and chose (title, period, survey, networks,
word from the zone, articles, reader comments, tips) so that it can be reopened and
rebuilt. The document itself is drawn by :mod:`bindesk.pdf.document` from plain data.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.models import (
    Alert,
    AlertNetwork,
    Delivery,
    Membership,
    Network,
    Newsletter,
    Setting,
    TipPreset,
    utcnow,
)
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.period import Period, parse_period
from bindesk.domain.tips import placeholders
from bindesk.pdf import document
from bindesk.pdf.document import Article, Comment, NetworkFigures, NewsletterData, Style, Tip
from bindesk.services import audit, surveys, tips
from bindesk.services.operators import Actor, Permission

STYLE_KEY = "newsletter_style"
ZONE_TOTAL = "Hele zone"
STYLE_FIELDS = ("zone_name", "zone_phone", "zone_email", "zone_website", "primary", "accent")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
REACHED_STATES = ("sent", "delivered")

StepReport = Callable[[int, int, str], None]


# --- house style ------------------------------------------------------------------------


def _default_style() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        config.resource("newsletter", "style.json").read_text(encoding="utf-8")
    )
    return data


def _logo_path(value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else config.resource("newsletter", value)


def house_style(session: Session) -> Style:
    """The zone's name, contact, colours and logo: the shipped default, then the settings."""
    values = _default_style()
    setting = session.get(Setting, STYLE_KEY)
    if setting is not None and setting.value:
        values.update({k: v for k, v in setting.value.items() if v is not None})
    logo = _logo_path(str(values.get("logo") or "logo.png"))
    return Style(
        zone_name=str(values["zone_name"]),
        primary=str(values["primary"]),
        accent=str(values["accent"]),
        zone_phone=str(values.get("zone_phone", "")),
        zone_email=str(values.get("zone_email", "")),
        zone_website=str(values.get("zone_website", "")),
        logo=logo if logo.is_file() else None,
    )


def set_house_style(session: Session, actor: Actor, **changes: str) -> Style:
    """Change the house style (``zone_name``, ``zone_phone``, …, ``primary``, ``logo``)."""
    actor.require(Permission.NEWSLETTER)
    unknown = set(changes) - {*STYLE_FIELDS, "logo"}
    if unknown:
        raise InvalidInput(f"Onbekende instelling van de huisstijl: {', '.join(sorted(unknown))}.")
    for key in ("primary", "accent"):
        if key in changes and not _COLOUR.match(changes[key]):
            raise InvalidInput(
                f"Kleur '{changes[key]}' is geen kleurcode. Schrijf ze als #RRGGBB, bv. #1B3A5C."
            )
    if "zone_name" in changes and not changes["zone_name"].strip():
        raise InvalidInput("De naam van de zone mag niet leeg zijn.")
    if changes.get("logo"):
        logo = Path(changes["logo"])
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg") or not logo.is_file():
            raise InvalidInput(
                f"Logo '{logo}' is geen PNG- of JPEG-bestand dat bestaat. Kies een ander bestand."
            )
        changes["logo"] = str(logo.resolve())
    setting = session.get(Setting, STYLE_KEY)
    before = dict(setting.value) if setting is not None else {}
    after = {**before, **{k: v.strip() for k, v in changes.items()}}
    if after != before:
        if setting is None:
            session.add(Setting(key=STYLE_KEY, value=after))
        else:
            setting.value = after
        session.flush()
        audit.record(
            session, actor.username, "update", "setting", STYLE_KEY, before=before, after=after
        )
    return house_style(session)


def reset_logo(session: Session, actor: Actor) -> Style:
    """Back to the logo shipped in resources/newsletter/."""
    actor.require(Permission.NEWSLETTER)
    setting = session.get(Setting, STYLE_KEY)
    if setting is not None and "logo" in setting.value:
        before = dict(setting.value)
        setting.value = {k: v for k, v in before.items() if k != "logo"}
        session.flush()
        audit.record(
            session,
            actor.username,
            "update",
            "setting",
            STYLE_KEY,
            before=before,
            after=dict(setting.value),
        )
    return house_style(session)


# --- editions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EditionContent:
    """What one edition holds, as the officer wrote and chose it."""

    title: str
    period: str
    survey: str | None = None
    network_ids: tuple[int, ...] = ()  # empty: every active network
    word: str = ""
    articles: tuple[Article, ...] = ()
    comments: tuple[Comment, ...] = ()
    tip_keys: tuple[str, ...] = ()
    edition: int | None = None

    def body(self) -> dict[str, Any]:
        return {
            "survey": self.survey,
            "network_ids": list(self.network_ids),
            "word": self.word,
            "articles": [{"title": a.title, "body": a.body} for a in self.articles],
            "comments": [{"question": c.question, "text": c.text} for c in self.comments],
            "tip_keys": list(self.tip_keys),
        }


@dataclass(frozen=True)
class EditionRow:
    id: int
    edition: int | None
    title: str
    period: str
    created_by: str
    updated_at: dt.datetime
    built_at: dt.datetime | None
    pages: int | None


def _content(row: Newsletter) -> EditionContent:
    body = row.body or {}
    return EditionContent(
        title=row.title,
        period=row.period,
        survey=body.get("survey"),
        network_ids=tuple(int(i) for i in body.get("network_ids", [])),
        word=str(body.get("word", "")),
        articles=tuple(Article(a["title"], a["body"]) for a in body.get("articles", [])),
        comments=tuple(Comment(c["question"], c["text"]) for c in body.get("comments", [])),
        tip_keys=tuple(body.get("tip_keys", [])),
        edition=row.edition,
    )


def _validate(content: EditionContent) -> Period:
    if not content.title.strip():
        raise InvalidInput("Geef de nieuwsbrief een titel.")
    return parse_period(content.period)


def save_edition(
    session: Session, actor: Actor, content: EditionContent, edition_id: int | None = None
) -> int:
    """Store a new edition (numbered after the last one) or update ``edition_id``."""
    actor.require(Permission.NEWSLETTER)
    period = _validate(content)
    survey_id = surveys.get_survey(session, content.survey).id if content.survey else None
    if edition_id is None:
        number = content.edition
        if number is None:
            number = (session.scalar(select(func.max(Newsletter.edition))) or 0) + 1
        row = Newsletter(
            title=content.title.strip(),
            period=period.code,
            survey_id=survey_id,
            body=content.body(),
            edition=number,
            created_by=actor.username,
            updated_at=utcnow(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor.username,
            "create",
            "newsletter",
            row.id,
            after={"title": row.title, "period": row.period, "edition": number},
        )
        return row.id
    row = _edition(session, edition_id)
    before = {"title": row.title, "period": row.period, "edition": row.edition}
    row.title = content.title.strip()
    row.period = period.code
    row.survey_id = survey_id
    row.body = content.body()
    if content.edition is not None:
        row.edition = content.edition
    row.updated_at = utcnow()
    session.flush()
    audit.record(
        session,
        actor.username,
        "update",
        "newsletter",
        row.id,
        before=before,
        after={"title": row.title, "period": row.period, "edition": row.edition},
    )
    return row.id


def _edition(session: Session, edition_id: int) -> Newsletter:
    row = session.get(Newsletter, edition_id)
    if row is None:
        raise NotFound(f"Nieuwsbrief {edition_id} bestaat niet. Kies een editie uit de lijst.")
    return row


def load_edition(session: Session, actor: Actor, edition_id: int) -> EditionContent:
    actor.require(Permission.NEWSLETTER)
    return _content(_edition(session, edition_id))


def list_editions(session: Session, actor: Actor) -> list[EditionRow]:
    actor.require(Permission.NEWSLETTER)
    rows = session.scalars(select(Newsletter).order_by(Newsletter.id.desc()))
    return [
        EditionRow(
            r.id,
            r.edition,
            r.title,
            r.period,
            r.created_by,
            r.updated_at or r.created_at,
            r.built_at,
            r.pages,
        )
        for r in rows
    ]


# --- what goes in ------------------------------------------------------------------------


def _local_midnight(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` on this desk's clock, as an aware datetime."""
    return dt.datetime(day.year, day.month, day.day).astimezone()


def _networks(session: Session, network_ids: Sequence[int]) -> list[Network]:
    if network_ids:
        found = {
            n.id: n for n in session.scalars(select(Network).where(Network.id.in_(network_ids)))
        }
        missing = [i for i in network_ids if i not in found]
        if missing:
            raise NotFound(f"Netwerk {missing[0]} bestaat niet. Kies de netwerken opnieuw.")
        return [found[i] for i in network_ids]
    return list(
        session.scalars(select(Network).where(Network.active.is_(True)).order_by(Network.name))
    )


def network_ids_by_name(session: Session, names: Sequence[str]) -> list[int]:
    """``--network Oordegem``: a network by its exact name or a unique part of it."""
    ids = []
    every = list(session.scalars(select(Network)))
    for name in names:
        exact = [n for n in every if n.name.casefold() == name.casefold()]
        found = exact or [n for n in every if name.casefold() in n.name.casefold()]
        if len(found) != 1:
            raise NotFound(
                f"Netwerk '{name}' {'bestaat niet' if not found else 'is niet eenduidig'}. "
                "Kijk de namen na met 'bindesk networks list'."
            )
        ids.append(found[0].id)
    return ids


@dataclass
class _Tally:
    alerts: dict[int, str] = field(default_factory=dict)  # alert id -> kind
    deliveries: int = 0
    delivered: int = 0
    reached: set[str] = field(default_factory=set)
    open_alerts: set[int] = field(default_factory=set)  # someone has not had it yet
    last_delivery: dict[int, dt.datetime] = field(default_factory=dict)

    def add(self, alert_id: int, state: str, mobile: str, delivered_at: dt.datetime | None) -> None:
        self.deliveries += 1
        if state in REACHED_STATES:
            self.reached.add(mobile)
        if state == "delivered" and delivered_at is not None:
            self.delivered += 1
            last = self.last_delivery.get(alert_id)
            self.last_delivery[alert_id] = delivered_at if last is None else max(last, delivered_at)
        else:
            self.open_alerts.add(alert_id)

    def figures(self, name: str, created: Mapping[int, dt.datetime]) -> NetworkFigures:
        kinds: dict[str, int] = defaultdict(int)
        for kind in self.alerts.values():
            kinds[kind] += 1
        spans = [
            (self.last_delivery[a] - created[a]).total_seconds()
            for a in self.alerts
            if a in self.last_delivery and a not in self.open_alerts
        ]
        return NetworkFigures(
            network=name,
            alerts_by_kind=dict(kinds),
            members_reached=len(self.reached),
            deliveries=self.deliveries,
            delivered=self.delivered,
            median_seconds_to_all=statistics.median(spans) if spans else None,
        )


def alert_figures(
    session: Session, period: Period, network_ids: Sequence[int] = ()
) -> list[NetworkFigures]:
    """Per BIN, for the alerts created in ``period``: alerts by kind, members reached (an SMS
    sent or delivered to them), delivery rate (delivered / not cancelled) and the median time
    from queueing until the last member had it (alerts that reached everyone). A delivery of an
    alert to several BINs counts for the member's BIN; with more than one BIN a zone total
    (each delivery once) closes the list."""
    nets = _networks(session, network_ids)
    wanted = {n.id for n in nets}
    start, end = _local_midnight(period.start), _local_midnight(period.end)
    alert_rows = session.execute(
        select(Alert.id, Alert.kind, Alert.created_at, AlertNetwork.network_id)
        .join(AlertNetwork, AlertNetwork.alert_id == Alert.id)
        .where(Alert.created_at >= start, Alert.created_at < end)
    ).all()
    targets: dict[int, set[int]] = defaultdict(set)
    kinds: dict[int, str] = {}
    created: dict[int, dt.datetime] = {}
    for alert_id, kind, created_at, network_id in alert_rows:
        targets[alert_id].add(network_id)
        kinds[alert_id], created[alert_id] = kind, created_at
    relevant = [a for a, t in targets.items() if t & wanted]
    tallies = {n.id: _Tally() for n in nets}
    zone = _Tally()
    for alert_id in relevant:
        zone.alerts[alert_id] = kinds[alert_id]
        for network_id in targets[alert_id] & wanted:
            tallies[network_id].alerts[alert_id] = kinds[alert_id]
    if relevant:
        member_nets: dict[int, set[int]] = defaultdict(set)
        for member, network_id in session.execute(
            select(Membership.member_id, Membership.network_id)
            .join(Delivery, Delivery.member_id == Membership.member_id)
            .where(Delivery.alert_id.in_(relevant))
            .distinct()
        ):
            member_nets[member].add(network_id)
        for row in session.execute(
            select(
                Delivery.alert_id,
                Delivery.member_id,
                Delivery.mobile,
                Delivery.email,
                Delivery.state,
                Delivery.delivered_at,
            ).where(Delivery.alert_id.in_(relevant), Delivery.state != "cancelled")
        ):
            alert_id, member_id, state, delivered_at = (
                int(row.alert_id),
                row.member_id,
                row.state,
                row.delivered_at,
            )
            mobile = row.mobile or (row.email or "").casefold()  # who was reached: a person
            aimed = targets[alert_id]
            own = aimed if len(aimed) == 1 else aimed & member_nets.get(member_id or -1, set())
            for network_id in own & wanted:
                tallies[network_id].add(alert_id, state, mobile, delivered_at)
            zone.add(alert_id, state, mobile, delivered_at)
    result = [tallies[n.id].figures(n.name, created) for n in nets]
    if len(nets) > 1:
        result.append(zone.figures(ZONE_TOTAL, created))
    return result


def reader_comments(session: Session, survey: str) -> list[Comment]:
    """The survey's free-text answers, to choose the reader comments from (anonymous)."""
    return [Comment(q, text) for q, text in surveys.free_text_answers(session, survey)]


@dataclass(frozen=True)
class TipChoice:
    key: str
    title: str
    text: str


def newsletter_tips(session: Session) -> list[TipChoice]:
    """Prevention tips from the presets that read well on paper (no field left to fill)."""
    chosen = []
    for preset in tips.list_presets(session, "prevention"):
        if placeholders(preset.text):
            continue
        text = re.sub(r"^BIN-tip:\s*", "", preset.text).strip()
        chosen.append(TipChoice(preset.key, preset.title, text[:1].upper() + text[1:]))
    return chosen


def _chosen_tips(session: Session, keys: Sequence[str]) -> list[Tip]:
    by_key = {t.key: t for t in newsletter_tips(session)}
    missing = [k for k in keys if k not in by_key]
    if missing:
        existing = session.scalar(select(TipPreset.title).where(TipPreset.key == missing[0]))
        raise InvalidInput(
            f"Tip '{existing or missing[0]}' kan niet in de nieuwsbrief: het is geen actieve "
            "preventietip zonder in te vullen velden. Kies een andere tip."
        )
    return [Tip(by_key[k].title, by_key[k].text) for k in keys]


def assemble(
    session: Session,
    content: EditionContent,
    survey_results: Mapping[str, Any] | None = None,
) -> NewsletterData:
    """Everything the document shows, from the database and the edition's content (the
    survey's results from ``services.surveys`` unless ``survey_results`` is given)."""
    period = _validate(content)
    if survey_results is None and content.survey:
        survey_results = surveys.results(session, content.survey)
    return NewsletterData(
        style=house_style(session),
        title=content.title.strip(),
        period_label=period.label,
        edition=content.edition,
        word=content.word,
        articles=content.articles,
        survey=survey_results,
        figures=alert_figures(session, period, content.network_ids),
        tips=_chosen_tips(session, content.tip_keys),
        comments=content.comments,
    )


@dataclass(frozen=True)
class BuildResult:
    edition_id: int
    edition: int | None
    pages: int
    path: Path


def build(
    session: Session,
    actor: Actor,
    content: EditionContent,
    output: Path,
    *,
    edition_id: int | None = None,
    survey_results: Mapping[str, Any] | None = None,
    on_step: StepReport | None = None,
) -> BuildResult:
    """Store the edition, then write its PDF to ``output`` (replaced only when complete)."""
    saved_id = save_edition(session, actor, content, edition_id)
    row = _edition(session, saved_id)
    data = assemble(session, replace(content, edition=row.edition), survey_results)
    try:
        pages = document.render(data, output, on_step)
    except OSError as exc:
        raise InvalidInput(
            f"De nieuwsbrief kon niet naar {output} geschreven worden ({exc.strerror}). "
            "Kies een andere map of sluit het bestand in uw pdf-lezer."
        ) from None
    row.built_at = utcnow()
    row.pages = pages
    session.flush()
    audit.record(
        session,
        actor.username,
        "export",
        "newsletter",
        edition_id,
        detail=f"{pages} pagina's naar {output.name}",
    )
    return BuildResult(saved_id, row.edition, pages, output)
