"""Small builders for test data (real rows through the real services)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bindesk.db.models import Member, Network
from bindesk.services import members, networks
from bindesk.services.operators import Actor


def network(session: Session, actor: Actor, name: str, municipality: str = "Lede") -> Network:
    return networks.add_network(session, actor, name=name, municipality=municipality)


def member(
    session: Session,
    actor: Actor,
    nets: list[Network],
    mobile: str,
    *,
    last_name: str = "Peeters",
    street: str = "Dorp",
    consent: bool = True,
    status: str = "active",
    opted_out: bool = False,
) -> Member:
    data = members.MemberInput(
        first_name="Lid",
        last_name=last_name,
        street=street,
        mobile=mobile,
        consent_method="formulier" if consent else "",
        status=status,
    )
    created = members.add_member(session, actor, data, nets)
    if opted_out:
        created.opted_out_at = dt.datetime.now(dt.UTC)
    return created


def numbered_members(
    session: Session, actor: Actor, net: Network, count: int, start: int = 0, street: str = "Dorp"
) -> list[Member]:
    return [
        member(
            session,
            actor,
            [net],
            f"+3247000{start + i:04d}",
            last_name=f"Lid{start + i}",
            street=street,
        )
        for i in range(count)
    ]
