from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent
from bindesk.domain.phone import display_mobile, national_mobile
from bindesk.services import gdpr, members, networks
from bindesk.services.operators import Actor


def _member(db: Database, admin: Actor, last_name: str = "De Smet") -> int:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede")
        member = members.add_member(
            s,
            admin,
            members.MemberInput(
                first_name="Chloë",
                last_name=last_name,
                street="Kerkstraat",
                mobile="0470 12 34 56",
                consent_method="formulier",
            ),
            [net],
        )
        return member.id


def test_personal_data_is_written_as_json_and_readable_html(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    member_id = _member(db, admin, last_name="<b>De Smet</b>")
    with db.session() as s:
        json_path, html_path = gdpr.write_personal_data(
            s, admin, members.get_member(s, member_id), tmp_path
        )
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["mobile"] == "+32470123456"
    assert data["first_name"] == "Chloë"
    assert data["networks"] == ["BIN Oordegem"]
    page = html_path.read_text(encoding="utf-8")
    assert "Persoonsgegevens van Chloë" in page
    assert "&lt;b&gt;De Smet&lt;/b&gt;" in page and "<b>De Smet</b>" not in page
    assert "Gsm-nummer" in page and "+32470123456" in page
    with db.session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "export"))


def test_opt_out_at_the_desk_and_back_in(db: Database, admin: Actor) -> None:
    member_id = _member(db, admin)
    with db.session() as s:
        member = members.get_member(s, member_id)
        members.opt_out_at_desk(s, admin, member)
        assert member.opted_out_at is not None
        row = members.member_rows(s, admin, [member_id])[0]
        assert row.opted_out and not row.receives_messages
        members.opt_in(s, admin, member, "nieuw formulier aan de balie")
        assert member.opted_out_at is None
        assert member.consent_method == "nieuw formulier aan de balie"
        assert members.member_rows(s, admin, [member_id])[0].receives_messages
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[-2:] == ["opt_out", "opt_in"]


def test_display_and_national_mobile() -> None:
    assert display_mobile("+32470123456") == "0470 12 34 56"
    assert national_mobile("+32470123456") == "0470123456"
    assert display_mobile("+31612345678").startswith("+31 6")
