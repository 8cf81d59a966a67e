"""Replies through the inbox: a witness is not an opt-out; a maybe waits for the desk."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bindesk.cli import main
from bindesk.db.engine import Database
from bindesk.db.models import Alert, Delivery, InboundMessage, Member
from bindesk.domain.errors import InvalidInput
from bindesk.services import alerts, inbox
from bindesk.services.operators import Actor
from bindesk.sms.modem import InboundText
from tests import factories as f


def _reply(db: Database, number: str, text: str) -> int:
    with db.session() as s:
        inbox.store(
            s, "m", [InboundText(number=number, text=text, received_at=dt.datetime.now(dt.UTC))]
        )
    with db.read_session() as s:
        return max(m.id for m in inbox.list_messages(s))


def _setup(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 3)
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Inbraak Kerkstraat"))


def _opted_out(db: Database, mobile: str) -> bool:
    with db.read_session() as s:
        member = s.scalars(select(Member).where(Member.mobile == mobile)).one()
        return member.opted_out_at is not None


def test_witness_starting_with_uit_keeps_member_and_alert(db: Database, admin: Actor) -> None:
    _setup(db, admin)
    _reply(db, "+32470000000", "Uit het raam zag ik een witte bestelwagen wegrijden")
    assert not _opted_out(db, "+32470000000")
    with db.read_session() as s:
        states = s.scalars(select(Delivery.state).where(Delivery.mobile == "+32470000000")).all()
        assert states == ["queued"]  # the alert still goes
        assert s.scalars(select(InboundMessage.action)).one() == "reply"


def test_maybe_is_flagged_then_confirmed_from_the_cli(
    db: Database, admin: Actor, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _setup(db, admin)
    message_id = _reply(db, "+32470000001", "Ik wil stoppen met deze berichten")
    assert not _opted_out(db, "+32470000001")
    with db.read_session() as s:
        flagged = inbox.possible_opt_outs(s, admin)
        assert [m.id for m in flagged] == [message_id]
    assert main(["--db", db_url, "inbox", "list"]) == 0
    assert "mogelijke afmelding" in capsys.readouterr().out
    assert main(["--db", db_url, "inbox", "confirm-opt-out", str(message_id)]) == 0
    assert "Afmelding bevestigd" in capsys.readouterr().out
    assert _opted_out(db, "+32470000001")
    with db.read_session() as s:
        assert s.get(InboundMessage, message_id).action == "opt_out"  # type: ignore[union-attr]
        rows = s.execute(
            select(Delivery.state, Alert.text)
            .join(Alert)
            .where(Delivery.mobile == "+32470000001")
            .order_by(Delivery.id)
        ).all()
        assert rows[0][0] == "cancelled"  # the queued alert is stopped
        assert "uitgeschreven" in rows[1][1] and rows[1][0] == "queued"  # confirmation SMS
        assert inbox.possible_opt_outs(s, admin) == []
    # a second click changes nothing and says so
    assert main(["--db", db_url, "inbox", "confirm-opt-out", str(message_id)]) == 1
    assert "geen mogelijke afmelding" in capsys.readouterr().err


def test_dismiss_keeps_the_member(db: Database, admin: Actor) -> None:
    _setup(db, admin)
    message_id = _reply(db, "+32470000002", "Hoe kan ik mij afmelden?")
    with db.session() as s:
        inbox.dismiss_opt_out(s, admin, message_id)
    assert not _opted_out(db, "+32470000002")
    with db.session() as s, pytest.raises(InvalidInput):
        inbox.confirm_opt_out(s, admin, message_id)


@pytest.mark.parametrize("text", ["Uitschrijven aub", "AFMELDEN", "stoppen!"])
def test_plain_opt_out_words_opt_out_at_once(db: Database, admin: Actor, text: str) -> None:
    _setup(db, admin)
    _reply(db, "+32470000002", text)
    assert _opted_out(db, "+32470000002")
