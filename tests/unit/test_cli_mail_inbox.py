"""``bindesk mail bounces-set`` / ``mail bounces`` against a loopback IMAP server, and
``mail oauth-login`` refusing without the Microsoft 365 settings."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bindesk.cli import main
from bindesk.db.engine import open_database
from bindesk.db.models import Member
from bindesk.services import mail_inbox, members
from bindesk.services.operators import Actor, Role
from tests import factories
from tests.unit.mail.authority import self_signed_cert
from tests.unit.mail.imap_server import ImapServer

SAMPLES = Path(__file__).parents[1] / "data" / "bounces"


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        import sys

        old = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            code = main(["--db", db_url, *argv])
        finally:
            sys.stdin = old
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


@pytest.fixture
def imap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ImapServer]:
    cert, key = self_signed_cert(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the PC trusts the zone's server
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with ImapServer(cert, key, implicit_tls=True) as server:
        yield server


def test_bounces_set_then_bounces_marks_the_address(run, imap: ImapServer, db_url: str) -> None:  # type: ignore[no-untyped-def]
    admin = Actor("admin", "Beheerder", Role.ADMIN)
    db = open_database(db_url)
    with db.session() as s:
        net = factories.network(s, admin, "BIN Kerkstraat")
        jan = members.add_member(
            s,
            admin,
            members.MemberInput(
                last_name="Peeters",
                email="jan.peeters@example.be",
                channel="email",
                consent_method="formulier",
            ),
            [net],
        )
        jan_id = jan.id
    code, out, err = run(
        "mail",
        "bounces-set",
        "--host",
        "127.0.0.1",
        "--port",
        str(imap.port),
        "--username",
        imap.mailbox.user,
        "--password-stdin",
        stdin=imap.mailbox.password + "\n",
    )
    assert code == 0, err
    assert imap.mailbox.password not in out and "wachtwoord bewaard" in out
    imap.mailbox.add((SAMPLES / "postfix_user_unknown.eml").read_bytes())
    imap.mailbox.add((SAMPLES / "reply_witness.eml").read_bytes())
    code, out, err = run("mail", "bounces", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["read"], doc["handled"], doc["bounced_members"]) == (2, 1, 1)
    with db.read_session() as s:
        member = s.get(Member, jan_id)
        assert member is not None and member.email_invalid_at is not None
        assert mail_inbox.stored_bounce_mailbox(s).password == imap.mailbox.password  # type: ignore[union-attr]
    code, out, _ = run("mail", "bounces")
    assert code == 0 and "1 mail(s) gelezen" in out  # the witness reply stays unread
    db.dispose()


def test_bounces_without_a_mailbox_and_oauth_login_without_settings_say_what_to_do(run) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("mail", "bounces")
    assert code == 1 and "bouncepostbus" in err
    code, _, err = run("mail", "oauth-login")
    assert code == 1 and "--auth oauth2" in err and "Authenticated SMTP" in err
