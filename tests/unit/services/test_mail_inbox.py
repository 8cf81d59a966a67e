"""Bounces and e-mail opt-outs applied to members and deliveries, audited; the mailbox run."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, Delivery, Member, Setting
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.mail import compose
from bindesk.mail.bounces import ImapSettings, parse
from bindesk.services import mail_inbox, members
from bindesk.services.operators import Actor
from tests import factories
from tests.unit.mail.authority import self_signed_cert
from tests.unit.mail.imap_server import ImapServer

SAMPLES = Path(__file__).parents[2] / "data" / "bounces"
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def e_member(s: Session, actor: Actor, email: str, *, mobile: str = "") -> Member:
    net = factories.network(s, actor, f"BIN {email}")
    data = members.MemberInput(
        first_name="Lid",
        last_name=email.split("@")[0],
        email=email,
        mobile=mobile,
        channel="both" if mobile else "email",
        consent_method="formulier",
    )
    return members.add_member(s, actor, data, [net])


def e_delivery(s: Session, member: Member, *, state: str = "sent", token: str = "") -> Delivery:
    delivery = Delivery(
        member_id=member.id,
        channel="email",
        mobile="",
        email=member.email,
        state=state,
        sent_at=NOW if state == "sent" else None,
    )
    s.add(delivery)
    s.flush()
    if token:
        delivery.message_id = compose.message_id(delivery.id, token, "zone.be")
    return delivery


def sample_for(name: str, delivery: Delivery, old_id: str) -> bytes:
    """A sample bounce quoting ``delivery``'s real Message-ID instead of the sample's."""
    raw = (SAMPLES / name).read_text(encoding="utf-8")
    assert old_id in raw
    return raw.replace(old_id, str(delivery.message_id)).encode()


POSTFIX_ID = "<bindesk.delivery-17.3f9a2c01d4e5b6a7@zone.be>"


def test_a_permanent_bounce_fails_the_delivery_and_marks_the_address(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        jan = e_member(s, admin, "jan.peeters@example.be", mobile="+32470000101")
        bounced = e_delivery(s, jan, token="3f9a2c01d4e5b6a7")
        newer = e_delivery(s, jan)  # a later mail to the same address: not the one that bounced
        queued = e_delivery(s, jan, state="queued")
        sms = Delivery(member_id=jan.id, channel="sms", mobile=jan.mobile, state="queued")
        s.add(sms)
        s.flush()
        ids = bounced.id, newer.id, queued.id, sms.id
        raw = sample_for("postfix_user_unknown.eml", bounced, POSTFIX_ID)
    with db.session() as s:
        applied = mail_inbox.apply_mail(s, parse(raw))
    assert applied.handled
    assert applied.failed_deliveries == [ids[0]]
    with db.read_session() as s:
        states = [s.get(Delivery, i) for i in ids]
        assert [d.state for d in states if d] == ["failed", "sent", "cancelled", "queued"]
        assert "User unknown in virtual mailbox table" in (states[0].error or "")  # type: ignore[union-attr]
        assert "5.1.1" in (states[0].error or "")  # type: ignore[union-attr]
        member = s.get(Member, jan.id)
        assert member is not None
        assert member.email_invalid_at is not None
        assert "User unknown" in (member.email_invalid_reason or "")
        assert member.opted_out_at is None and member.email_opted_out_at is None
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "email_bounce")))
        assert [(e.actor, e.entity_id) for e in events] == [("e-mail", str(jan.id))]

    with db.session() as s:  # the same mail read again (not marked before a crash)
        again = mail_inbox.apply_mail(s, parse(raw))
    assert again.failed_deliveries == [] and again.bounced_members == []
    with db.read_session() as s:
        assert (
            len(list(s.scalars(select(AuditEvent).where(AuditEvent.action == "email_bounce")))) == 1
        )


def test_a_bounce_without_our_message_id_finds_the_newest_mail_to_that_address(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        karel = e_member(s, admin, "karel.vermeulen@oud-domein.example")
        old = e_delivery(s, karel)
        old.sent_at = NOW - dt.timedelta(days=30)
        recent = e_delivery(s, karel)
        ids = old.id, recent.id
    with db.session() as s:
        raw = (SAMPLES / "exim_plain.eml").read_bytes()  # quotes an id we never sent
        applied = mail_inbox.apply_mail(s, parse(raw))
    assert applied.failed_deliveries == [ids[1]]
    with db.read_session() as s:
        assert s.get(Delivery, ids[0]).state == "sent"  # type: ignore[union-attr]
        assert "Mailbox disabled" in (s.get(Member, karel.id).email_invalid_reason or "")  # type: ignore[union-attr]


def test_a_delay_warning_changes_nothing(db: Database, admin: Actor) -> None:
    with db.session() as s:
        an = e_member(s, admin, "an.maes@traag.example")
        delivery_id = e_delivery(s, an).id
    with db.session() as s:
        applied = mail_inbox.apply_mail(s, parse((SAMPLES / "postfix_delayed.eml").read_bytes()))
    assert applied.handled and applied.failed_deliveries == []
    with db.read_session() as s:
        assert s.get(Delivery, delivery_id).state == "sent"  # type: ignore[union-attr]
        assert s.get(Member, an.id).email_invalid_at is None  # type: ignore[union-attr]


def test_the_unsubscribe_mail_withdraws_email_consent_of_the_deliverys_member(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        lies = e_member(s, admin, "lies@thuis.example", mobile="+32470000102")
        e_delivery(s, lies, token="3f9a2c01d4e5b6a7")
        queued = e_delivery(s, lies, state="queued")
        sms = Delivery(member_id=lies.id, channel="sms", mobile=lies.mobile, state="queued")
        s.add(sms)
        s.flush()
        ids = queued.id, sms.id
    with db.session() as s:  # sent from another address than the one we mail: the token counts
        applied = mail_inbox.apply_mail(s, parse((SAMPLES / "unsubscribe.eml").read_bytes()))
    assert applied.opted_out_members == [lies.id]
    with db.read_session() as s:
        member = s.get(Member, lies.id)
        assert member is not None
        assert member.email_opted_out_at is not None
        assert member.opted_out_at is None  # SMS consent stays
        assert s.get(Delivery, ids[0]).state == "cancelled"  # type: ignore[union-attr]
        assert s.get(Delivery, ids[1]).state == "queued"  # type: ignore[union-attr]
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "opt_out")).one()
        assert event.actor == "e-mail"
        assert event.detail.startswith("e-mail: uitschrijfmail van lies.wouters@example.be")


def test_a_reply_uitschrijven_opts_out_by_address_and_a_witness_reply_stays_unread(
    db: Database, admin: Actor
) -> None:
    with db.session() as s:
        rita = e_member(s, admin, "rita.desmet@example.be")
    with db.session() as s:
        witness = mail_inbox.apply_mail(s, parse((SAMPLES / "reply_witness.eml").read_bytes()))
        maybe = mail_inbox.apply_mail(s, parse((SAMPLES / "reply_maybe.eml").read_bytes()))
    assert not witness.handled and not maybe.handled
    assert "mogelijke uitschrijving" in maybe.lines[0]
    with db.read_session() as s:
        assert s.get(Member, rita.id).email_opted_out_at is None  # type: ignore[union-attr]
    with db.session() as s:
        stop = mail_inbox.apply_mail(s, parse((SAMPLES / "reply_stop.eml").read_bytes()))
    assert stop.handled and stop.opted_out_members == [rita.id]


# --- the mailbox's settings ------------------------------------------------------------------


def test_the_mailbox_password_is_never_shown_nor_audited(db: Database, admin: Actor) -> None:
    settings = ImapSettings(host="imap.zone.be", port=993, security="tls", username="bounces")
    with db.session() as s:
        view = mail_inbox.save_bounce_mailbox(s, admin, settings, password="Sup3rGeheim!")
    assert view.password_set and view.settings is not None and view.settings.password is None
    with db.session() as s:  # saved again without a password: the stored one stays
        view = mail_inbox.save_bounce_mailbox(s, admin, replace_folder(settings, "Bounces"))
    with db.read_session() as s:
        assert mail_inbox.stored_bounce_mailbox(s).password == "Sup3rGeheim!"  # type: ignore[union-attr]
        assert mail_inbox.bounce_mailbox(s, admin).settings.folder == "Bounces"  # type: ignore[union-attr]
        for event in s.scalars(select(AuditEvent)):
            assert "Sup3rGeheim" not in f"{event.before} {event.after} {event.detail}"
        shown = s.get(Setting, mail_inbox.BOUNCES_KEY)
        assert shown is not None and "Sup3rGeheim" not in str(shown.value)


def replace_folder(settings: ImapSettings, folder: str) -> ImapSettings:
    from dataclasses import replace

    return replace(settings, folder=folder)


def test_only_settings_may_change_the_mailbox(db: Database, balie: Actor, admin: Actor) -> None:
    with db.session() as s, pytest.raises(PermissionDenied):
        mail_inbox.save_bounce_mailbox(s, balie, ImapSettings(host="x", username="y"))
    with db.session() as s, pytest.raises(InvalidInput, match="servernaam"):
        mail_inbox.save_bounce_mailbox(s, admin, ImapSettings(host="", username="y"))
    with db.session() as s, pytest.raises(PermissionDenied):
        mail_inbox.fetch_bounces(db, balie)


# --- a run over a real (loopback) IMAP mailbox -------------------------------------------------


@pytest.fixture
def imap(tmp_path: Path) -> Iterator[tuple[ImapServer, ssl.SSLContext]]:
    cert, key = self_signed_cert(tmp_path)
    with ImapServer(cert, key, implicit_tls=True) as server:
        yield server, ssl.create_default_context(cafile=str(cert))


def test_fetch_bounces_applies_each_mail_and_marks_only_what_it_handled(
    db: Database, admin: Actor, imap: tuple[ImapServer, ssl.SSLContext]
) -> None:
    server, context = imap
    with db.session() as s:
        jan = e_member(s, admin, "jan.peeters@example.be")
        bounced = e_delivery(s, jan, token="3f9a2c01d4e5b6a7")
        rita = e_member(s, admin, "rita.desmet@example.be")
        bounce = sample_for("postfix_user_unknown.eml", bounced, POSTFIX_ID)
        mail_inbox.save_bounce_mailbox(
            s,
            admin,
            ImapSettings(
                host="127.0.0.1", port=server.port, security="tls", username=server.mailbox.user
            ),
            password=server.mailbox.password,
        )
    uids = [
        server.mailbox.add(bounce),
        server.mailbox.add((SAMPLES / "reply_stop.eml").read_bytes()),
        server.mailbox.add((SAMPLES / "reply_witness.eml").read_bytes()),
        server.mailbox.add((SAMPLES / "out_of_office.eml").read_bytes()),
    ]
    run = mail_inbox.fetch_bounces(db, admin, ssl_context=context)
    assert (run.read, run.handled, run.bounced_members, run.opted_out_members) == (4, 3, 1, 1)
    assert run.failed_deliveries == 1
    assert "1 blijven ongelezen" in run.summary_nl()
    seen = {m.uid: "\\Seen" in m.flags for m in server.mailbox.mails}
    assert seen == {uids[0]: True, uids[1]: True, uids[2]: False, uids[3]: True}
    with db.read_session() as s:
        assert s.get(Member, jan.id).email_invalid_at is not None  # type: ignore[union-attr]
        assert s.get(Member, rita.id).email_opted_out_at is not None  # type: ignore[union-attr]
    second = mail_inbox.fetch_bounces(db, admin, ssl_context=context)
    assert (second.read, second.handled) == (1, 0)  # only the witness reply, still unread


def test_fetch_without_a_mailbox_says_where_to_set_it(db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput, match="bouncepostbus"):
        mail_inbox.fetch_bounces(db, admin)


def test_a_microsoft_365_bounce_mailbox_signs_in_with_the_sending_sign_in(
    db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bindesk.mail.oauth import IMAP_SCOPE, SMTP_SCOPE, MsalTokenProvider
    from bindesk.mail.smtp import SmtpSettings
    from bindesk.services import mail
    from tests.unit.mail.authority import Authority

    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    cert, key = self_signed_cert(tmp_path)
    folder = tmp_path / "authority"
    folder.mkdir()
    with Authority(folder) as authority, ImapServer(cert, key, implicit_tls=True) as server:
        server.mailbox.user = authority.state.user
        imap = ImapSettings(
            host="127.0.0.1",
            port=server.port,
            security="tls",
            username=authority.state.user,
            auth="oauth2",
        )
        with db.session() as s:
            mail.save_settings(
                s,
                admin,
                SmtpSettings(
                    host="smtp.office365.com",
                    auth="oauth2",
                    username=authority.state.user,
                    sender_address=authority.state.user,
                    oauth_client_id="client-1",
                    oauth_tenant=authority.state.tenant,
                ),
            )
            mail_inbox.save_bounce_mailbox(s, admin, imap)
            production = mail_inbox.bounce_token_provider(s, imap)
        # what the desk builds for a Microsoft 365 mailbox: the same app, cache, IMAP scope
        assert isinstance(production, MsalTokenProvider)
        assert production.scopes == (IMAP_SCOPE,)
        assert production.cache_path == mail.oauth_cache_path()
        assert production.client_id == "client-1"

        def provider(scopes: tuple[str, ...]) -> MsalTokenProvider:
            return MsalTokenProvider(
                "client-1",
                authority.state.tenant,
                tmp_path / "m365.json",
                authority_host=authority.base,
                verify=str(authority.cert),
                scopes=scopes,
            )

        login = provider((SMTP_SCOPE, IMAP_SCOPE))  # one sign-in for both (GUI, CLI)
        authority.state.approved = True
        login.finish_login(login.start_login())
        assert {SMTP_SCOPE, IMAP_SCOPE} <= set(authority.state.scopes)
        server.mailbox.tokens.update(authority.state.issued)
        server.mailbox.add((SAMPLES / "out_of_office.eml").read_bytes())
        context = ssl.create_default_context(cafile=str(cert))
        run = mail_inbox.fetch_bounces(
            db, admin, token_provider=provider((IMAP_SCOPE,)), ssl_context=context
        )
    assert (run.read, run.handled) == (1, 1)
    assert server.mailbox.logins == ["XOAUTH2"]
