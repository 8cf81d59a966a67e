"""The e-mail channel in the data: fan-out by channel, the claim per channel, settings, the
member import's channel column, mailing cancel/resume, the Message-ID across a retry."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery, Member
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.mail.smtp import SmtpSettings
from bindesk.mail.url import InvalidSmtpUrl
from bindesk.services import (
    alerts,
    mail,
    mail_outbox,
    member_files,
    members,
    networks,
    newsletter,
    outbox,
)
from bindesk.services.operators import Actor


def _member(s, admin, net, name, mobile="", email="", channel=""):  # type: ignore[no-untyped-def]
    return members.add_member(
        s,
        admin,
        members.MemberInput(
            first_name="Lid",
            last_name=name,
            mobile=mobile,
            email=email,
            channel=channel,
            consent_method="formulier",
        ),
        [net],
    )


def test_alert_recipients_by_channel(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        _member(s, admin, net, "Sms", mobile="0470 40 00 01")
        _member(s, admin, net, "Mail", email="mail@example.be")
        _member(s, admin, net, "Beide", "0470 40 00 03", "beide@example.be", "both")
        _member(s, admin, net, "Kiest", "0470 40 00 04", "kiest@example.be", "email")
        uit = _member(s, admin, net, "Uit", "0470 40 00 05", "uit@example.be", "email")
        uit.email_opted_out_at = dt.datetime.now(dt.UTC)  # unsubscribed: SMS after all
        gone = _member(s, admin, net, "Weg", email="weg@example.be")
        gone.email_invalid_at = dt.datetime.now(dt.UTC)  # bounced, no mobile: unreachable
        plan = alerts.draft(s, admin, networks=[net], text="Test")
        got = sorted((r.channel, r.mobile or r.email) for r in plan.recipients)
        assert got == [
            ("email", "beide@example.be"),
            ("email", "kiest@example.be"),
            ("email", "mail@example.be"),
            ("sms", "+32470400001"),
            ("sms", "+32470400003"),
            ("sms", "+32470400005"),
        ]
        assert (plan.sms_count, plan.email_count) == (3, 3)
        alert = alerts.queue(s, admin, plan)
        follow = alerts.draft(s, admin, kind="feedback", text="Opvolging", follow_up=alert)
        assert sorted((r.channel, r.mobile or r.email) for r in follow.recipients) == got


def test_modems_claim_only_sms_and_the_email_claim_uses_the_index(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        _member(s, admin, net, "Mail", email="mail@example.be")
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Test"))
    sms = outbox.OutboxQueue(db)
    assert sms.claim("pc:sim0") is None and sms.pending() == 0
    emails = mail_outbox.MailQueue(db, sender_domain="zone.be")
    assert emails.pending() == 1
    job = emails.claim_mail("pc:mail:1")
    assert job is not None and job.address == "mail@example.be" and job.alert_text == "Test"
    assert job.message_id == f"<bindesk.delivery-{job.delivery_id}.{job.token}@zone.be>"
    query = outbox.OutboxQueue.claim_query(dt.datetime.now(dt.UTC), "email")
    sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
    with db.read_session() as s:
        plan = " | ".join(str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_deliveries_claim" in plan and "TEMP B-TREE" not in plan, plan

    # a retry after an uncertain drop carries the same Message-ID (recognisable)
    emails.mail_uncertain(job, "verbinding weg")
    with db.session() as s:
        outbox.retry_deliveries(s, admin, delivery_ids=[job.delivery_id])
    again = emails.claim_mail("pc:mail:2")
    assert again is not None and again.message_id == job.message_id and again.attempt == 1


def test_mail_settings_never_show_or_audit_the_password(
    db: Database, admin: Actor, balie: Actor
) -> None:
    settings = SmtpSettings(
        host="smtp.zone.be", username="bin@zone.be", sender_address="bin@zone.be"
    )
    with db.session() as s:
        view = mail.save_settings(s, admin, settings, "Zeer-geheim-42")
        assert view.password_set and view.settings is not None and view.settings.password is None
        assert "Zeer-geheim-42" not in repr(view)
        mail.save_settings(s, admin, SmtpSettings(**{**vars(settings), "port": 2525}))  # KEEP
    with db.read_session() as s:
        assert mail.stored_settings(s).password == "Zeer-geheim-42"  # type: ignore[union-attr]
        assert mail.stored_settings(s).port == 2525  # type: ignore[union-attr]
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity_id == "smtp")))
        assert events and "Zeer-geheim-42" not in json.dumps(
            [[e.before, e.after, e.detail] for e in events]
        )
        assert "wachtwoord gewijzigd" in events[0].detail
        with pytest.raises(PermissionDenied):
            mail.show_settings(s, balie)
        env = {"BINDESK_SMTP_URL": "smtps://u:p@mail.example.be?from=x@example.be"}
        shown = mail.show_settings(s, admin, env)
        assert shown.source == "env" and shown.settings.host == "mail.example.be"  # type: ignore[union-attr]
        assert mail.effective_settings(s, env).password == "p"  # type: ignore[union-attr]
        with pytest.raises(InvalidSmtpUrl):
            mail.effective_settings(s, {"BINDESK_SMTP_URL": "smtp://x"})
    with db.session() as s, pytest.raises(InvalidInput, match="afzenderadres"):
        mail.save_settings(s, admin, SmtpSettings(host="h", sender_address="geen"))


def test_the_import_reads_a_channel_column_and_email_only_rows(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    with db.session() as s:
        networks.add_network(s, admin, name="BIN Oordegem", municipality="Lede")
    path = tmp_path / "leden.csv"
    path.write_text(
        "Naam;GSM;E-mail;Kanaal\n"
        "Peeters;0470 50 00 01;;sms\n"
        "Janssens;;an@example.be;\n"
        "Claes;0470 50 00 03;claes@example.be;beide\n"
        "Fout;;;\n",
        encoding="utf-8",
    )
    plan = member_files.plan_import(member_files.read_table(path), consent_method="lijst")
    assert [p.row for p in plan.problems] == [5]
    with db.session() as s:
        result = member_files.apply_import(
            s, admin, networks.get_network(s, "Oordegem"), plan, skip_invalid=True
        )
        assert result.created == 3
        found = {m.last_name: (m.mobile, m.channel, m.email_consent_at is not None)
                 for m in s.scalars(select(Member))}  # fmt: skip
    assert found == {
        "Peeters": ("+32470500001", "sms", False),
        "Janssens": ("", "email", True),
        "Claes": ("+32470500003", "both", True),
    }
    # without the column an update keeps the channel (absent columns change nothing)
    path.write_text("Naam;GSM;E-mail\nClaes;0470 50 00 03;claes@example.be\n", encoding="utf-8")
    plan = member_files.plan_import(member_files.read_table(path), consent_method="lijst")
    with db.session() as s:
        member_files.apply_import(s, admin, networks.get_network(s, "Oordegem"), plan)
        claes = s.scalar(select(Member).where(Member.last_name == "Claes"))
        assert claes is not None and claes.channel == "both"


def test_cancel_and_resume_a_mailing(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        for i in range(4):
            _member(s, admin, net, f"L{i}", email=f"l{i}@example.be")
        edition = newsletter.save_edition(
            s, admin, newsletter.EditionContent(title="Nieuws", period="2026-Q3")
        )
        first = mail_outbox.start_mailing(s, edition, [net.id], admin, pdf=b"%PDF-1.4")
        assert first.queued == 4
        assert mail_outbox.start_mailing(s, edition, [net.id], admin, pdf=b"%PDF-1.4").already == 4
    job = mail_outbox.MailQueue(db).claim_mail("pc:mail:1")  # one is on its way
    assert job is not None
    with db.session() as s:
        assert mail_outbox.cancel_mailing(s, edition, admin) == 3
        progress = mail_outbox.mailing_progress(s, edition)
        assert progress.counts == {"sending": 1, "cancelled": 3} and progress.cancelled
        s.scalar(select(Member).where(Member.last_name == "L3")).email_opted_out_at = (  # type: ignore[union-attr]
            dt.datetime.now(dt.UTC)
        )
        assert mail_outbox.resume_mailing(s, edition, admin) == 2  # L3 unsubscribed since
        progress = mail_outbox.mailing_progress(s, edition)
        assert progress.counts == {"sending": 1, "queued": 2, "cancelled": 1}
        assert not progress.cancelled
        with pytest.raises(InvalidInput, match="geen pdf"):
            mail_outbox.start_mailing(s, edition, [net.id], admin, pdf=b"hallo")
        rows = s.scalars(select(Delivery).where(Delivery.channel == "email")).all()
        assert {d.alert_id for d in rows} == {None} and {d.mobile for d in rows} == {""}


def test_erasure_blanks_the_address_of_email_deliveries(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        member = _member(s, admin, net, "Mail", email="mail@example.be")
        alerts.queue(s, admin, alerts.draft(s, admin, networks=[net], text="Test"))
        members.erase(s, admin, member)
        (row,) = s.scalars(select(Delivery)).all()
        assert (row.member_id, row.email, row.channel) == (None, "gewist", "email")
        assert row.state == "cancelled"  # an erased person gets nothing more


def test_an_edit_that_does_not_know_the_channel_keeps_it(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = networks.add_network(s, admin, name="BIN A", municipality="Lede")
        member = _member(s, admin, net, "Kiest", "0470 60 00 01", "kiest@example.be", "email")
        same = members.MemberInput(
            first_name="Lid", last_name="Kiest", street="Nieuwstraat", mobile="0470 60 00 01",
            email="kiest@example.be",
        )  # fmt: skip
        members.update_member(s, admin, member, same)
        assert (member.street, member.channel) == ("Nieuwstraat", "email")
        members.update_member(s, admin, member, replace(same, email=""))  # no address left
        assert member.channel == "sms"
        members.update_member(s, admin, member, replace(same, channel="both"))
        assert member.channel == "both"
