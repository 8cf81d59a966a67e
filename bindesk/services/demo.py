"""Demo data: the three BINs of police zone Erpe-Mere/Lede with fictitious members.

The mobile numbers are fictitious (+32 460 99 …). Loading demo data marks the
database as a demo database (setting ``demo_data``), shown in the window title.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.models import Member, Membership, Network, Setting
from bindesk.domain.errors import InvalidInput
from bindesk.services import audit, tips
from bindesk.services.operators import Actor, Permission


class DemoNetwork(TypedDict):
    name: str
    municipality: str
    postal_code: str
    place: str
    streets: list[str]
    area: str
    liaison: str
    start: dt.date


DEMO_NETWORKS: list[DemoNetwork] = [
    {
        "name": "BIN Oordegem",
        "municipality": "Lede",
        "postal_code": "9340",
        "place": "Oordegem",
        "streets": [
            "Kerkstraat",
            "Dorp",
            "Hoogstraat",
            "Smetledestraat",
            "Bellaertstraat",
            "Kloosterstraat",
            "Lindenstraat",
        ],
        "area": "Deelgemeente Oordegem, rond de dorpskern en de kerk.",
        "liaison": "Inspecteur wijkwerking Lede",
        "start": dt.date(2016, 3, 1),
    },
    {
        "name": "BIN Bambrugge",
        "municipality": "Erpe-Mere",
        "postal_code": "9420",
        "place": "Bambrugge",
        "streets": [
            "Kerkstraat",
            "Dorp",
            "Molenstraat",
            "Burstputstraat",
            "Hoogstraat",
            "Oudenaardsesteenweg",
        ],
        "area": "Deelgemeente Bambrugge, ten zuiden van de Molenbeek.",
        "liaison": "Inspecteur wijkwerking Erpe-Mere",
        "start": dt.date(2014, 9, 15),
    },
    {
        "name": "BIN Aaigem",
        "municipality": "Erpe-Mere",
        "postal_code": "9420",
        "place": "Aaigem",
        "streets": [
            "Kerkstraat",
            "Aaigemdorp",
            "Kapellestraat",
            "Hoezekouter",
            "Keiberg",
            "Sint-Amandsstraat",
        ],
        "area": "Deelgemeente Aaigem, dorpskern en de wijk Hoezekouter.",
        "liaison": "Inspecteur wijkwerking Erpe-Mere",
        "start": dt.date(2018, 1, 10),
    },
]

FIRST_NAMES = [
    "Jan",
    "Marie",
    "Luc",
    "An",
    "Dirk",
    "Els",
    "Geert",
    "Katrien",
    "Marc",
    "Sofie",
    "Pieter",
    "Lien",
    "Koen",
    "Hilde",
    "Wim",
    "Greet",
    "Bart",
    "Ilse",
    "Tom",
    "Nathalie",
    "Joris",
    "Leen",
    "Stijn",
    "Ann-Sofie",
    "Rudi",
    "Chloë",
    "Noël",
    "Inès",
]
LAST_NAMES = [
    "De Smet",
    "Van den Bossche",
    "Peeters",
    "De Backer",
    "Van Damme",
    "Claeys",
    "De Clercq",
    "Vermeulen",
    "Goossens",
    "Van de Velde",
    "De Wilde",
    "Mertens",
    "Cools",
    "D'Hondt",
    "Van Hecke",
    "De Mey",
    "Verhaegen",
    "Baeyens",
    "Lievens",
    "Schollaert",
    "De Vos",
    "Van Impe",
    "Braeckman",
    "Hofman",
]
MEMBERS_PER_NETWORK = 24


def has_members(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Member)))


def is_demo(session: Session) -> bool:
    setting = session.get(Setting, "demo_data")
    return bool(setting and setting.value.get("loaded"))


def load_demo_data(session: Session, actor: Actor, *, force: bool = False) -> dict[str, int]:
    """Create the demo networks, members, coordinators and tip presets."""
    actor.require(Permission.MANAGE_NETWORKS)
    actor.require(Permission.MANAGE_MEMBERS)
    if has_members(session) and not force:
        raise InvalidInput(
            "De database bevat al leden. Demogegevens worden niet toegevoegd aan echte gegevens. "
            "Gebruik --force als u dat toch wilt (bv. op een testdatabase)."
        )
    rng = random.Random(20261127)
    now = dt.datetime.now(dt.UTC)
    serial = 0
    counts = {"networks": 0, "members": 0}
    existing_names = {n.casefold() for n in session.scalars(select(Network.name))}
    for spec in DEMO_NETWORKS:
        if spec["name"].casefold() in existing_names:
            continue
        network = Network(
            name=spec["name"],
            municipality=spec["municipality"],
            streets=spec["streets"],
            area_description=spec["area"],
            police_liaison=spec["liaison"],
            start_date=spec["start"],
            active=True,
        )
        session.add(network)
        counts["networks"] += 1
        for index in range(MEMBERS_PER_NETWORK):
            serial += 1
            status = "active"
            if index == MEMBERS_PER_NETWORK - 1:
                status = "left"
            elif index == MEMBERS_PER_NETWORK - 2:
                status = "paused"
            member = Member(
                first_name=rng.choice(FIRST_NAMES),
                last_name=rng.choice(LAST_NAMES),
                street=rng.choice(spec["streets"]),
                house_number=str(rng.randint(1, 140)),
                postal_code=spec["postal_code"],
                municipality=spec["place"],
                mobile=f"+324609{serial:05d}",
                email="",
                language="nl",
                status=status,
                joined_on=spec["start"] + dt.timedelta(days=rng.randint(0, 2000)),
                consent_at=now,
                consent_method="inschrijvingsformulier (demo)",
            )
            member.memberships.append(Membership(network=network, is_coordinator=index == 0))
            session.add(member)
            counts["members"] += 1
        session.flush()
        audit.record(
            session,
            actor.username,
            "create",
            "network",
            network.id,
            detail=f"demogegevens: {spec['name']}",
        )
    tips.install_shipped(session)
    setting = session.get(Setting, "demo_data")
    if setting is None:
        session.add(Setting(key="demo_data", value={"loaded": True, "at": now.isoformat()}))
    if actor.can(Permission.SURVEYS):
        from bindesk.services import demo_survey

        session.flush()
        demo_survey.load_demo_survey(session, actor)
    return counts
