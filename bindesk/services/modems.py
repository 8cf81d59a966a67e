"""The modems set up for each desk (PC) in Instellingen, stored in the database.

A desk finds its modems by its host name (:func:`bindesk.config.desk_host`). Changing them
needs the ``settings`` permission (role admin) and is audited, but a PIN is never written to
the audit trail or a log, and never handed back to the screen: :class:`StoredModem` only says
whether one is set. ``--modem`` / ``BINDESK_MODEMS`` still override what is stored.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk import config
from bindesk.db.models import DeskModem
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.services import audit, demo
from bindesk.services.operators import Actor, Permission
from bindesk.sms.modem import ModemSpec

_PIN_RE = re.compile(r"\d{4,8}")
_SMSC_RE = re.compile(r"\+\d{6,20}")


@dataclass(frozen=True)
class StoredModem:
    """A stored modem as the desk may show it: the PIN itself is never in here."""

    id: int
    host: str
    spec: str
    description: str
    has_pin: bool
    smsc: str | None
    enabled: bool

    def label(self) -> str:
        return ModemSpec.parse(self.spec).label()


def _row(m: DeskModem) -> StoredModem:
    return StoredModem(m.id, m.host, m.spec, m.description, bool(m.pin), m.smsc, m.enabled)


def _audit_view(m: DeskModem) -> dict[str, Any]:
    return {
        "host": m.host,
        "spec": m.spec,
        "description": m.description,
        "pin": "ingesteld" if m.pin else "geen",  # never the PIN itself
        "smsc": m.smsc,
        "enabled": m.enabled,
    }


def check_pin(pin: str | None) -> str | None:
    pin = (pin or "").strip()
    if not pin:
        return None
    if not _PIN_RE.fullmatch(pin):
        raise InvalidInput("Ongeldige PIN-code: een PIN-code heeft 4 tot 8 cijfers.")
    return pin


def check_smsc(smsc: str | None) -> str | None:
    smsc = (smsc or "").strip().replace(" ", "")
    if not smsc:
        return None
    if smsc.startswith("00"):
        smsc = "+" + smsc[2:]
    if not _SMSC_RE.fullmatch(smsc):
        raise InvalidInput(
            f"Ongeldig nummer van de SMS-centrale '{smsc}'. Gebruik het internationale "
            "formaat, bv. +32475161616 (Proximus), +32486000005 (Telenet/BASE) of "
            "+32495002530 (Orange)."
        )
    return smsc


def list_modems(session: Session, host: str | None = None) -> list[StoredModem]:
    """The modems stored for ``host`` (this PC by default), in the order they were added."""
    host = host or config.desk_host()
    rows = session.scalars(select(DeskModem).where(DeskModem.host == host).order_by(DeskModem.id))
    return [_row(m) for m in rows]


def _get(session: Session, modem_id: int) -> DeskModem:
    modem = session.get(DeskModem, modem_id)
    if modem is None:
        raise NotFound(f"Modem {modem_id} bestaat niet. Zie 'bindesk modem list'.")
    return modem


def add_modem(
    session: Session,
    actor: Actor,
    spec: str,
    *,
    pin: str | None = None,
    smsc: str | None = None,
    description: str = "",
    host: str | None = None,
) -> StoredModem:
    """Store a modem for a desk; a ``?pin=…&smsc=…`` in the spec is taken apart and stored
    as the PIN and SMSC (the spec itself is kept without them)."""
    actor.require(Permission.SETTINGS)
    parsed = ModemSpec.parse(spec)
    target = spec.strip().partition("?")[0].strip()
    pin = check_pin(pin) or parsed.pin
    smsc = check_smsc(smsc) or parsed.smsc
    host = host or config.desk_host()
    if parsed.simulated and not demo.is_demo(session):
        raise InvalidInput(
            "De gesimuleerde modem (sim) kan alleen op een database met demogegevens: op echte "
            "gegevens zou het venster 'verzonden' tonen terwijl niemand een sms krijgt. Kies "
            "de poort van een echte gsm-modem."
        )
    for other in list_modems(session, host):
        if ModemSpec.parse(other.spec).device == parsed.device and not parsed.simulated:
            raise InvalidInput(
                f"Modem {parsed.label()} is al ingesteld op deze pc (nummer {other.id})."
            )
    modem = DeskModem(
        host=host,
        spec=target,
        description=description.strip()[:200],
        pin=pin,
        smsc=smsc,
        enabled=True,
    )
    session.add(modem)
    session.flush()
    audit.record(session, actor.username, "create", "modem", modem.id, after=_audit_view(modem))
    return _row(modem)


def update_modem(
    session: Session,
    actor: Actor,
    modem_id: int,
    *,
    pin: str | None = None,
    clear_pin: bool = False,
    smsc: str | None = None,
    enabled: bool | None = None,
    description: str | None = None,
) -> StoredModem:
    """Change a stored modem; ``pin=None`` keeps the stored PIN (it is never shown, so the
    screen cannot hand it back), ``clear_pin`` removes it, ``smsc=""`` clears the SMSC."""
    actor.require(Permission.SETTINGS)
    modem = _get(session, modem_id)
    before = _audit_view(modem)
    if clear_pin:
        modem.pin = None
    elif pin is not None and pin.strip():
        modem.pin = check_pin(pin)
    if smsc is not None:
        modem.smsc = check_smsc(smsc)
    if enabled is not None:
        modem.enabled = enabled
    if description is not None:
        modem.description = description.strip()[:200]
    after = _audit_view(modem)
    pin_changed = pin is not None and bool(pin.strip()) and not clear_pin
    if after != before or pin_changed:
        session.flush()
        audit.record(
            session,
            actor.username,
            "update",
            "modem",
            modem.id,
            before=before,
            after=after,
            detail="PIN gewijzigd" if pin_changed else "",
        )
    return _row(modem)


def remove_modem(session: Session, actor: Actor, modem_id: int) -> None:
    actor.require(Permission.SETTINGS)
    modem = _get(session, modem_id)
    before = _audit_view(modem)
    session.delete(modem)
    session.flush()
    audit.record(session, actor.username, "delete", "modem", modem_id, before=before)


def modem_spec(session: Session, modem_id: int) -> ModemSpec:
    """The spec to open a stored modem with, its PIN and SMSC included (the PIN goes to the
    SIM only: the spec's ``raw`` text, which may be logged, stays without it)."""
    return _spec(_get(session, modem_id))


def _spec(modem: DeskModem) -> ModemSpec:
    parsed = ModemSpec.parse(modem.spec)
    return dataclasses.replace(parsed, pin=modem.pin or parsed.pin, smsc=modem.smsc or parsed.smsc)


def spec_for_port(device: str) -> ModemSpec:
    """A detected port as a spec to probe (AT connection)."""
    return ModemSpec.parse(device)


def stored_specs(session: Session, host: str | None = None) -> list[ModemSpec]:
    """The enabled modems of this PC, ready to open (the dispatcher's modems)."""
    host = host or config.desk_host()
    rows = session.scalars(
        select(DeskModem)
        .where(DeskModem.host == host, DeskModem.enabled.is_(True))
        .order_by(DeskModem.id)
    )
    return [_spec(m) for m in rows]
