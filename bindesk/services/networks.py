"""Networks (BIN): create, change, deactivate, list with counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bindesk.db.models import Member, Membership, Network
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.text import NETWORK_FIELDS, check_fields
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission


@dataclass(frozen=True)
class NetworkRow:
    id: int
    name: str
    municipality: str
    coordinator: str
    active_members: int
    active: bool

    def to_json(self) -> dict[str, Any]:
        """Stable English keys for ``--json`` output."""
        return {
            "id": self.id,
            "name": self.name,
            "municipality": self.municipality,
            "coordinator": self.coordinator,
            "active_members": self.active_members,
            "active": self.active,
        }


def snapshot(network: Network) -> dict[str, Any]:
    return {
        "name": network.name,
        "municipality": network.municipality,
        "area_description": network.area_description,
        "streets": list(network.streets or []),
        "start_date": network.start_date,
        "police_liaison": network.police_liaison,
        "active": network.active,
    }


def parse_streets(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    items = value.split(";") if isinstance(value, str) else value
    seen: list[str] = []
    for item in items:
        street = " ".join(item.split())
        if street and street.casefold() not in {s.casefold() for s in seen}:
            seen.append(street)
    return seen


def get_network(session: Session, name_or_id: str | int) -> Network:
    """Find a network by id or by name (case-insensitive, "BIN " prefix optional)."""
    if isinstance(name_or_id, int) or str(name_or_id).isdigit():
        network = session.get(Network, int(name_or_id))
        if network:
            return network
    name = str(name_or_id).strip()
    candidates = {name.casefold(), f"bin {name}".casefold()}
    if name.casefold().startswith("bin "):
        candidates.add(name[4:].strip().casefold())
    for network in session.scalars(select(Network)):
        if network.name.casefold() in candidates:
            return network
    known = ", ".join(n for n in session.scalars(select(Network.name).order_by(Network.name)))
    raise NotFound(f"Netwerk '{name}' bestaat niet. Bestaande netwerken: {known or '(geen)'}.")


def add_network(
    session: Session,
    actor: Actor,
    *,
    name: str,
    municipality: str,
    streets: str | list[str] | None = None,
    area_description: str = "",
    start_date: dt.date | None = None,
    police_liaison: str = "",
) -> Network:
    actor.require(Permission.MANAGE_NETWORKS)
    check_fields(
        {"name": name, "municipality": municipality, "police_liaison": police_liaison},
        NETWORK_FIELDS,
    )
    name = " ".join(name.split())
    municipality = " ".join(municipality.split())
    if not name:
        raise InvalidInput("Geef het netwerk een naam, bv. 'BIN Oordegem'.")
    if not municipality:
        raise InvalidInput("Vul de gemeente van het netwerk in, bv. 'Lede'.")
    exists = session.scalar(select(Network).where(func.lower(Network.name) == name.lower()))
    if exists:
        raise InvalidInput(f"Er bestaat al een netwerk '{exists.name}'. Kies een andere naam.")
    network = Network(
        name=name,
        municipality=municipality,
        streets=parse_streets(streets),
        area_description=area_description.strip(),
        start_date=start_date,
        police_liaison=police_liaison.strip(),
        active=True,
    )
    session.add(network)
    session.flush()
    audit.record(session, actor.username, "create", "network", network.id, after=snapshot(network))
    return network


def update_network(session: Session, actor: Actor, network: Network, **changes: Any) -> Network:
    actor.require(Permission.MANAGE_NETWORKS)
    before = snapshot(network)
    allowed = set(before) - {"active"}
    check_fields(changes, NETWORK_FIELDS)
    for key, value in changes.items():
        if key not in allowed:
            raise ValueError(f"unknown network field {key}")
        if key == "streets":
            value = parse_streets(value)
        elif key == "name":
            value = " ".join(str(value).split())
            if not value:
                raise InvalidInput("Een netwerk moet een naam hebben.")
            clash = session.scalar(
                select(Network).where(
                    func.lower(Network.name) == value.lower(), Network.id != network.id
                )
            )
            if clash:
                raise InvalidInput(
                    f"Er bestaat al een netwerk '{clash.name}'. Kies een andere naam."
                )
        setattr(network, key, value)
    session.flush()
    after = snapshot(network)
    if after != before:
        audit.record(
            session, actor.username, "update", "network", network.id, before=before, after=after
        )
    return network


def set_network_active(session: Session, actor: Actor, network: Network, active: bool) -> None:
    """Deactivate or reactivate; a network with history is never deleted."""
    actor.require(Permission.MANAGE_NETWORKS)
    if network.active == active:
        return
    before = snapshot(network)
    network.active = active
    audit.record(
        session,
        actor.username,
        "activate" if active else "deactivate",
        "network",
        network.id,
        before=before,
        after=snapshot(network),
    )


def set_coordinator(
    session: Session, actor: Actor, network: Network, member: Member | None
) -> None:
    """Make ``member`` (who must be in the network) its coordinator; None clears it."""
    actor.require(Permission.MANAGE_NETWORKS)
    memberships = session.scalars(select(Membership).where(Membership.network_id == network.id))
    old = None
    found = member is None
    for ms in memberships:
        if ms.is_coordinator:
            old = ms.member_id
        ms.is_coordinator = member is not None and ms.member_id == member.id
        found = found or ms.is_coordinator
    if not found:
        raise InvalidInput(
            "De coördinator moet lid zijn van het netwerk. Voeg de persoon eerst toe als lid."
        )
    audit.record(
        session,
        actor.username,
        "update",
        "network",
        network.id,
        before={"coordinator_member_id": old},
        after={"coordinator_member_id": member.id if member else None},
    )


def coordinator_of(session: Session, network_id: int) -> Member | None:
    return session.scalar(
        select(Member)
        .join(Membership)
        .where(Membership.network_id == network_id, Membership.is_coordinator.is_(True))
    )


def list_networks(session: Session, include_inactive: bool = True) -> list[NetworkRow]:
    counts = dict(
        session.execute(
            select(Membership.network_id, func.count())
            .join(Member)
            .where(Member.status == "active")
            .group_by(Membership.network_id)
        ).all()
    )
    coordinators = {
        network_id: f"{first} {last}".strip()
        for network_id, first, last in session.execute(
            select(Membership.network_id, Member.first_name, Member.last_name)
            .join(Member)
            .where(Membership.is_coordinator.is_(True))
        ).all()
    }
    query = select(Network).order_by(Network.name)
    if not include_inactive:
        query = query.where(Network.active.is_(True))
    return [
        NetworkRow(
            id=n.id,
            name=n.name,
            municipality=n.municipality,
            coordinator=coordinators.get(n.id, ""),
            active_members=counts.get(n.id, 0),
            active=n.active,
        )
        for n in session.scalars(query)
    ]


@dataclass(frozen=True)
class NetworkDetail:
    """One network with everything the desk shows about it (plain values)."""

    id: int
    name: str
    municipality: str
    area_description: str
    streets: tuple[str, ...]
    start_date: dt.date | None
    police_liaison: str
    active: bool
    coordinator_id: int | None
    coordinator_name: str
    members_by_status: dict[str, int]
    opted_out: int


def network_detail(session: Session, network_id: int) -> NetworkDetail:
    network = session.get(Network, network_id)
    if network is None:
        raise NotFound(f"Netwerk {network_id} bestaat niet (meer).")
    coordinator = coordinator_of(session, network_id)
    by_status = dict(
        session.execute(
            select(Member.status, func.count())
            .join(Membership)
            .where(Membership.network_id == network_id)
            .group_by(Member.status)
        ).all()
    )
    opted_out = session.scalar(
        select(func.count())
        .select_from(Member)
        .join(Membership)
        .where(Membership.network_id == network_id, Member.opted_out_at.is_not(None))
    )
    return NetworkDetail(
        id=network.id,
        name=network.name,
        municipality=network.municipality,
        area_description=network.area_description,
        streets=tuple(network.streets or ()),
        start_date=network.start_date,
        police_liaison=network.police_liaison,
        active=network.active,
        coordinator_id=coordinator.id if coordinator else None,
        coordinator_name=coordinator.full_name if coordinator else "",
        members_by_status=by_status,
        opted_out=opted_out or 0,
    )


def network_member_choices(session: Session, network_id: int) -> list[tuple[int, str]]:
    """(member id, "Naam Voornaam — Straat nr") of a network's members, for a coordinator pick."""
    rows = session.execute(
        select(Member.id, Member.last_name, Member.first_name, Member.street, Member.house_number)
        .join(Membership)
        .where(Membership.network_id == network_id, Member.status != "left")
        .order_by(Member.last_name, Member.first_name)
    ).all()
    return [
        (r.id, f"{r.last_name} {r.first_name} — {r.street} {r.house_number}".strip()) for r in rows
    ]
