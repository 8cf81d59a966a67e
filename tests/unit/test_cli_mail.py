"""``bindesk mail set/show/test`` and ``bindesk newsletter mail`` (test SMTP server)."""

from __future__ import annotations

import io
import json

import pytest

from bindesk.cli import main
from tests.mailserver import MailServer


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("sys.stdin", io.StringIO(stdin))
            code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return _run


def test_mail_set_show_and_test(run, plain_mail_server: MailServer) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("mail", "show")
    assert code == 0 and "nog geen mailserver" in out
    code, out, err = run(
        "mail", "set", "--host", "smtp.zone.be", "--username", "bin@zone.be", "--sender",
        "bin@zone.be", "--sender-name", "Politie BIN", "--password-stdin", "--rate", "30",
        stdin="Zeer-geheim-42\n",
    )  # fmt: skip
    assert code == 0, err
    assert "Zeer-geheim-42" not in out and "********" in out and "30 per minuut" in out
    code, out, _ = run("mail", "show", "--json")
    doc = json.loads(out)
    assert doc["password_set"] and doc["settings"]["password"] == "********"
    assert doc["settings"]["port"] == 587 and doc["source"] == "stored"
    code, out, err = run(
        "mail", "set", "--host", "127.0.0.1", "--port", str(plain_mail_server.port),
        "--security", "none", "--auth", "none",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run("mail", "test", "beheerder@zone.be")
    assert code == 0, err
    (got,) = plain_mail_server.received
    assert got.recipients == ("beheerder@zone.be",)
    assert got.message["Subject"] == "bindesk: testmail"
    assert got.message["Message-ID"] in out
    code, out, err = run("mail", "test", "geen-adres")
    assert code != 0 and "geen geldig e-mailadres" in err


def test_newsletter_mail_verbs(run, plain_mail_server: MailServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run("networks", "add", "BIN Oordegem", "--municipality", "Lede")[0] == 0
    for i in range(3):
        code, _o, err = run(
            "members", "add", "--network", "Oordegem", "--first-name", "Lid", "--last-name",
            f"Nr{i}", "--street", "Dorp", "--number", "1", "--postal-code", "9340",
            "--municipality", "Oordegem", "--email", f"lid{i}@example.be",
        )  # fmt: skip
        assert code == 0, err
    pdf = tmp_path / "nieuws.pdf"
    code, out, err = run(
        "newsletter", "build", "--title", "BIN-nieuws", "--period", "2026-Q3", "-o", str(pdf)
    )
    assert code == 0, err
    code, out, err = run("newsletter", "mail", "1", "--network", "Oordegem", "--pdf", str(pdf))
    assert code == 0, err
    assert "3 e-mail(s) in de wachtrij" in out and "geen mailserver" in out
    code, out, _ = run("newsletter", "mail-status", "1", "--json")
    assert json.loads(out)["counts"] == {"queued": 3}
    code, out, _ = run("newsletter", "mail-cancel", "1")
    assert code == 0 and "3 e-mail(s) geannuleerd" in out
    code, out, _ = run("newsletter", "mail-resume", "1")
    assert code == 0 and "3 e-mail(s) weer in de wachtrij" in out
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BINDESK_SMTP_URL", plain_mail_server.url())
        code, out, err = run("outbox", "run", "--until-idle")  # no modem here: e-mail only
    assert code == 0, out + err
    assert "3 verzonden" in out
    assert sorted(a for r in plain_mail_server.received for a in r.recipients) == [
        f"lid{i}@example.be" for i in range(3)
    ]
    for got in plain_mail_server.received:
        (attachment,) = list(got.message.iter_attachments())
        assert attachment.get_content() == pdf.read_bytes()
