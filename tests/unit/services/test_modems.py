"""Modems stored per desk: admin only, audited, the PIN never shown nor audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import modems
from bindesk.services.operators import Actor


def test_a_modem_is_stored_for_this_desk_with_pin_and_smsc(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINDESK_DESK_HOST", "pc-onthaal")
    with db.session() as s:
        row = modems.add_modem(s, admin, "at115200:COM3?pin=1234", smsc="0032 475 16 16 16")
        modems.add_modem(s, admin, "/dev/ttyUSB1", host="pc-andere")
    assert (row.host, row.spec, row.has_pin, row.smsc) == (
        "pc-onthaal",
        "at115200:COM3",
        True,
        "+32475161616",
    )
    assert "1234" not in repr(row)
    with db.read_session() as s:
        assert [m.spec for m in modems.list_modems(s)] == ["at115200:COM3"]
        (spec,) = modems.stored_specs(s)
        assert (spec.connection, spec.device, spec.pin, spec.smsc) == (
            "at115200",
            "COM3",
            "1234",
            "+32475161616",
        )
        assert "1234" not in spec.raw  # the text that may be logged
        assert [m.spec for m in modems.list_modems(s, "pc-andere")] == ["/dev/ttyUSB1"]


def test_the_pin_never_reaches_the_audit_trail(db: Database, admin: Actor) -> None:
    with db.session() as s:
        row = modems.add_modem(s, admin, "/dev/ttyUSB0", pin="98765")
        modems.update_modem(s, admin, row.id, pin="5555")
        modems.update_modem(s, admin, row.id, enabled=False)
        modems.remove_modem(s, admin, row.id)
    with db.read_session() as s:
        events = [
            (e.action, repr((e.before, e.after, e.detail)))
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "modem"))
        ]
    assert [action for action, _ in events] == ["create", "update", "update", "delete"]
    assert "PIN gewijzigd" in events[1][1]
    for _action, text in events:
        assert "98765" not in text and "5555" not in text


def test_disabled_modems_are_not_used_and_a_pin_can_be_cleared(db: Database, admin: Actor) -> None:
    with db.session() as s:
        one = modems.add_modem(s, admin, "/dev/ttyUSB0", pin="1111")
        two = modems.add_modem(s, admin, "/dev/ttyUSB1")
        modems.update_modem(s, admin, two.id, enabled=False)
        modems.update_modem(s, admin, one.id, clear_pin=True)
    with db.read_session() as s:
        (spec,) = modems.stored_specs(s)
    assert (spec.device, spec.pin) == ("/dev/ttyUSB0", None)


def test_refusals_are_dutch_and_change_nothing(db: Database, admin: Actor, balie: Actor) -> None:
    with db.session() as s, pytest.raises(PermissionDenied):
        modems.add_modem(s, balie, "/dev/ttyUSB0")
    with db.session() as s:
        modems.add_modem(s, admin, "/dev/ttyUSB0")
    for kwargs, words in (
        ({"spec": "/dev/ttyUSB0"}, "al ingesteld"),
        ({"spec": "/dev/ttyUSB2", "pin": "12"}, "4 tot 8 cijfers"),
        ({"spec": "/dev/ttyUSB2", "smsc": "12345"}, "internationale formaat"),
        ({"spec": "tcp:10.0.0.1"}, "Onbekend verbindingstype"),
        ({"spec": "sim"}, "alleen op een database met demogegevens"),
    ):
        with db.session() as s, pytest.raises(InvalidInput, match=words):
            modems.add_modem(s, admin, **kwargs)  # type: ignore[arg-type]
    with db.read_session() as s:
        assert len(modems.list_modems(s)) == 1
