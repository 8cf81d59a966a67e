"""Bounces and e-mail opt-outs: real-format samples, and the mailbox over a loopback IMAP server."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from bindesk.mail.bounces import (
    BounceMailbox,
    ImapSettings,
    MailboxError,
    parse,
    unsubscribe_token,
)
from tests.unit.mail.authority import self_signed_cert
from tests.unit.mail.imap_server import ImapServer, free_port

SAMPLES = Path(__file__).parents[2] / "data" / "bounces"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "address", "status", "reason_part", "original"),
    [
        (
            "postfix_user_unknown.eml",
            "jan.peeters@example.be",
            "5.1.1",
            "User unknown in virtual mailbox table",
            "<bindesk.delivery-17.3f9a2c01d4e5b6a7@zone.be>",
        ),
        (
            "exchange_online_ndr.eml",
            "els.dewilde@voorbeeld.be",
            "5.1.10",
            "RESOLVER.ADR.RecipientNotFound",
            "<bindesk.delivery-21.c0ffee0123456789@zone.be>",
        ),
        (
            "gmail_no_such_user.eml",
            "pieter.claes.bin@gmail.com",
            "5.1.1",
            "The email account that you tried to reach does not exist",
            "<bindesk.delivery-30.5eed0123456789ab@zone.be>",
        ),
        (
            "exim_plain.eml",
            "karel.vermeulen@oud-domein.example",
            "5.2.1",
            "550 5.2.1 Mailbox disabled for this recipient",
            "<bindesk.delivery-33.ab12cd3456789abc@zone.be>",
        ),
        (
            "exchange2010_plain.eml",
            "marie.janssens@gemeente.example",
            "5.1.1",
            "RESOLVER.ADR.RecipNotFound",
            "<bindesk.delivery-35.feed423456789abc@zone.be>",
        ),
    ],
)
def test_permanent_bounces_name_the_address_and_the_servers_reason(
    name: str, address: str, status: str, reason_part: str, original: str
) -> None:
    mail = parse(sample(name))
    assert mail.kind == "bounce"
    assert [b.address for b in mail.permanent_failures] == [address]
    bounce = mail.permanent_failures[0]
    assert bounce.status == status
    assert reason_part in bounce.reason
    assert "\n" not in bounce.reason
    assert bounce.original_message_id == original
    assert mail.opt_out is None


def test_gmails_multi_line_reply_reads_as_one_sentence() -> None:
    reason = parse(sample("gmail_no_such_user.eml")).bounces[0].reason
    assert reason.startswith("550 5.1.1 The email account")
    assert "550-5.1.1" not in reason
    assert reason.count("5.1.1") == 1


def test_a_delay_warning_is_no_permanent_failure() -> None:
    mail = parse(sample("postfix_delayed.eml"))
    assert mail.kind == "delayed"
    assert mail.permanent_failures == ()
    assert mail.bounces[0].address == "an.maes@traag.example"
    assert mail.bounces[0].status == "4.4.1"


def test_the_list_unsubscribe_mail_carries_the_deliverys_token() -> None:
    mail = parse(sample("unsubscribe.eml"))
    assert mail.kind == "opt_out"
    assert mail.opt_out is not None
    assert mail.opt_out.how == "list-unsubscribe"
    assert mail.opt_out.address == "lies.wouters@example.be"
    assert mail.opt_out.token == "3f9a2c01d4e5b6a7"


@pytest.mark.parametrize(
    ("subject", "token"),
    [
        ("uitschrijven 3f9a2c01d4e5b6a7", "3f9a2c01d4e5b6a7"),
        ("Uitschrijven <3F9A2C01D4E5B6A7>", "3f9a2c01d4e5b6a7"),
        ("RE: uitschrijven 3f9a2c01d4e5b6a7", "3f9a2c01d4e5b6a7"),
        ("uitschrijven", ""),
        ("uitschrijven graag want ik verhuis", None),
        ("BIN-nieuwsbrief december", None),
    ],
)
def test_unsubscribe_subjects(subject: str, token: str | None) -> None:
    assert unsubscribe_token(subject) == token


def test_a_reply_that_only_says_uitschrijven_opts_out_and_the_quote_is_ignored() -> None:
    mail = parse(sample("reply_stop.eml"))
    assert mail.kind == "opt_out"
    assert mail.opt_out is not None
    assert mail.opt_out.how == "antwoord"
    assert mail.opt_out.address == "rita.desmet@example.be"
    assert mail.opt_out.token == "0badf00d12345678"  # from In-Reply-To: the mail answered


def test_a_witness_reply_is_a_reply_even_with_stop_in_the_quote() -> None:
    mail = parse(sample("reply_witness.eml"))
    assert mail.kind == "reply"
    assert mail.opt_out is None
    assert not mail.maybe_opt_out


def test_a_reply_that_may_mean_it_is_left_to_the_desk() -> None:
    mail = parse(sample("reply_maybe.eml"))
    assert mail.kind == "reply"
    assert mail.opt_out is None
    assert mail.maybe_opt_out


def test_an_out_of_office_never_opts_out() -> None:
    mail = parse(sample("out_of_office.eml"))
    assert mail.kind == "auto_reply"
    assert mail.opt_out is None
    assert mail.bounces == ()


# --- IMAP ----------------------------------------------------------------------------------------


@pytest.fixture
def tls(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed_cert(tmp_path)


def _client_context(cert: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert))


@pytest.fixture(params=["tls", "starttls"])
def imap(request: pytest.FixtureRequest, tls: tuple[Path, Path]) -> Iterator[ImapServer]:
    with ImapServer(*tls, implicit_tls=request.param == "tls") as server:
        server.security = request.param  # type: ignore[attr-defined]
        yield server


def _settings(server: ImapServer, **kwargs: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": server.port,
        "security": server.security,  # type: ignore[attr-defined]
        "username": server.mailbox.user,
        "password": server.mailbox.password,
    }
    values.update(kwargs)
    return ImapSettings(**values)  # type: ignore[arg-type]


def test_unread_mails_are_fetched_and_marked_only_when_handled(
    imap: ImapServer, tls: tuple[Path, Path]
) -> None:
    names = ["postfix_user_unknown.eml", "unsubscribe.eml", "reply_witness.eml"]
    uids = [imap.mailbox.add(sample(n)) for n in names]
    imap.mailbox.add(sample("exim_plain.eml"), seen=True)  # handled before
    with BounceMailbox(_settings(imap), ssl_context=_client_context(tls[0])) as box:
        fetched = list(box.unread())
        assert [f.uid for f in fetched] == [str(u) for u in uids]
        assert [f.raw for f in fetched] == [sample(n) for n in names]
        assert parse(fetched[0].raw).permanent_failures[0].address == "jan.peeters@example.be"
        box.mark_handled(fetched[0].uid)  # the other two "crashed" before being handled
    assert imap.mailbox.logins == ["LOGIN"]
    with BounceMailbox(_settings(imap), ssl_context=_client_context(tls[0])) as box:
        assert [f.uid for f in box.unread()] == [str(u) for u in uids[1:]]
    if imap.security == "starttls":  # type: ignore[attr-defined]
        assert imap.mailbox.commands[0] in ("CAPABILITY", "STARTTLS")
        assert "STARTTLS" in imap.mailbox.commands


def test_a_wrong_password_is_a_dutch_error(imap: ImapServer, tls: tuple[Path, Path]) -> None:
    with pytest.raises(MailboxError, match="weigert het inloggen"):
        BounceMailbox(
            _settings(imap, password="fout"), ssl_context=_client_context(tls[0])
        ).__enter__()


def test_xoauth2_login_with_a_token_provider(imap: ImapServer, tls: tuple[Path, Path]) -> None:
    imap.mailbox.tokens.add("imap-token")
    imap.mailbox.add(sample("gmail_no_such_user.eml"))
    settings = _settings(imap, auth="oauth2", password=None)
    with BounceMailbox(
        settings, token_provider=lambda: "imap-token", ssl_context=_client_context(tls[0])
    ) as box:
        assert len(list(box.unread())) == 1
    assert imap.mailbox.logins == ["XOAUTH2"]


def test_an_unknown_folder_is_named(imap: ImapServer, tls: tuple[Path, Path]) -> None:
    with pytest.raises(MailboxError, match="Bounces"):
        BounceMailbox(
            _settings(imap, folder="Bounces"), ssl_context=_client_context(tls[0])
        ).__enter__()


def test_an_untrusted_certificate_is_refused(imap: ImapServer) -> None:
    with pytest.raises(MailboxError):
        BounceMailbox(_settings(imap), ssl_context=ssl.create_default_context()).__enter__()


def test_nobody_listening_is_a_dutch_error() -> None:
    settings = ImapSettings(host="127.0.0.1", port=free_port(), security="tls")
    with pytest.raises(MailboxError, match="niet bereikbaar"):
        BounceMailbox(settings, timeout=5).__enter__()
