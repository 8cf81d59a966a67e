"""E-mail through the durable outbox, against a real SMTP server (aiosmtpd on loopback with
STARTTLS and AUTH) and, for SMS, python-gammu's real AT driver on the emulator."""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from bindesk.cli import main
from bindesk.db.engine import Database
from bindesk.db.models import Delivery, Member
from bindesk.mail.smtp import SmtpTransport
from bindesk.services import mail_outbox, members, networks, newsletter
from bindesk.services.mail_dispatch import MailDispatcher, MailWorkerSettings
from bindesk.services.mail_outbox import MailQueue
from bindesk.services.operators import Actor
from bindesk.services.outbox import RetryPolicy
from bindesk.sms.emulator import Emulator
from tests.mailserver import PASSWORD, USER, MailServer

QUICK = RetryPolicy(max_attempts=3, base_seconds=0.1, max_seconds=0.5)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


def _trust(mail_server: MailServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the default TLS context (what bindesk uses) trust the test server's CA."""
    ca = tmp_path / "test-ca.pem"
    mail_server.ca.cert_pem.write_to_path(str(ca))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))


def _url(mail_server: MailServer) -> str:
    return (
        f"smtp://{quote(USER, safe='')}:{quote(PASSWORD, safe='')}@127.0.0.1:{mail_server.port}"
        "?starttls=1&from=bin@zone.be&name=Politie%20BIN"
    )


def test_an_alert_reaches_each_member_by_their_channel_exactly_once(
    db_url: str,
    emulator: Emulator,
    mail_server: MailServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Done when (1): SMS-only, e-mail-only and both-channel members; what the emulator and
    the SMTP server each received, exactly once (``bindesk outbox run`` runs both)."""
    emulator.clear_records()
    _trust(mail_server, tmp_path, monkeypatch)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("networks", "add", "BIN Oordegem", "--municipality", "Lede")[0] == 0
    people = [
        ("Sms", ["--mobile", "0470 30 00 01"]),
        ("Mail", ["--email", "mail@example.be"]),  # no mobile: e-mail
        (
            "Beide",
            ["--mobile", "0470 30 00 03", "--email", "beide@example.be", "--channel", "both"],
        ),
        (
            "Kiest",
            ["--mobile", "0470 30 00 04", "--email", "kiest@example.be", "--channel", "email"],
        ),
        ("Adres", ["--mobile", "0470 30 00 05", "--email", "adres@example.be"]),  # sms chosen
    ]
    for name, extra in people:
        code, out, err = run(
            "members", "add", "--network", "Oordegem", "--first-name", "Lid", "--last-name", name,
            "--street", "Dorp", "--number", "1", "--postal-code", "9340", "--municipality",
            "Oordegem", *extra,
        )  # fmt: skip
        assert code == 0, err
    code, out, err = run("members", "add", "--network", "Oordegem", "--first-name", "X",
                         "--last-name", "Niets", "--street", "Dorp", "--number", "2",
                         "--postal-code", "9340", "--municipality", "Oordegem")  # fmt: skip
    assert code != 0 and "gsm-nummer (--mobile) of een e-mailadres" in err
    text = "Inbraak in de Kerkstraat: let op en bel 101 bij verdachte zaken."
    code, out, err = run("alert", "send", "--network", "Oordegem", "--text", text, "--yes")
    assert code == 0, err

    monkeypatch.setenv("BINDESK_SMTP_URL", _url(mail_server))
    code, out, err = run("outbox", "run", "--modem", emulator.device, "--until-idle")
    assert code == 0, out + err

    sms = Counter(m.number for m in emulator.sent() if m.text == text)
    assert sms == {"+32470300001": 1, "+32470300003": 1, "+32470300005": 1}
    mails = Counter(a for r in mail_server.received for a in r.recipients)
    assert mails == {"mail@example.be": 1, "beide@example.be": 1, "kiest@example.be": 1}
    for got in mail_server.received:
        message = got.message
        assert USER in (got.login or "")  # STARTTLS + AUTH from the URL
        assert text in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert message["Subject"] == "BIN-bericht (dringend)"
        assert message["List-Unsubscribe"].startswith("<mailto:bin@zone.be?subject=uitschrijven")
    status = run("outbox", "status", "--json")
    assert '"sent"' in status[1] and "e-mail" not in err


def _edition(db: Database, officer: Actor) -> tuple[int, Path]:
    """A built edition and its PDF file (as 'newsletter build' writes it)."""
    path = Path(db.url.removeprefix("sqlite:///")).with_name("editie.pdf")
    content = newsletter.EditionContent(
        title="BIN-nieuws Oordegem",
        period="2026-Q3",
        word="Beste buren, dank voor uw waakzaamheid.",
        articles=(newsletter.Article("Fietsdiefstal", "Gebruik altijd twee sloten."),),
    )
    with db.session() as s:
        result = newsletter.build(s, officer, content, path)
    return result.edition_id, path


def _members(db: Database, admin: Actor, count: int) -> list[int]:
    with db.session() as s:
        north = networks.add_network(s, admin, name="BIN Noord", municipality="Lede")
        south = networks.add_network(s, admin, name="BIN Zuid", municipality="Lede")
        ids = []
        for i in range(count):
            nets = [north, south] if i % 50 == 0 else [north if i % 2 else south]
            m = members.add_member(
                s,
                admin,
                members.MemberInput(
                    first_name="Lid",
                    last_name=f"Nr{i}",
                    mobile=f"+3247100{i:04d}" if i % 3 else "",
                    email=f"lid{i}@example.be",
                    consent_method="formulier",
                ),
                nets,
            )
            ids.append(m.id)
        s.flush()
        return ids


def _run_worker(
    db: Database, mail_server: MailServer, *, policy: RetryPolicy = QUICK, **changes: object
) -> MailDispatcher:
    worker = MailDispatcher(
        MailQueue(db, policy),
        mail_server.settings(**changes),
        transport_factory=lambda s: SmtpTransport(s, ssl_context=mail_server.client_context),
        worker=MailWorkerSettings(poll_interval=0.05, backoff_min=0.1, backoff_max=0.5),
    )
    worker.start()
    return worker


def test_a_newsletter_mailed_to_200_members_with_a_4xx_and_a_5xx(
    db: Database, admin: Actor, mail_server: MailServer
) -> None:
    """Done when (2): 200 members, one 4xx and one 5xx on the way: the PDF is the edition,
    the unsubscribe link and header are there, the 5xx member is failed with the server's
    reason, everyone else got exactly one mail."""
    ids = _members(db, admin, 200)  # every 50th is in both networks
    edition_id, pdf_path = _edition(db, admin)
    with db.session() as s:
        s.get(Member, ids[7]).email_opted_out_at = dt.datetime.now(dt.UTC)  # type: ignore[union-attr]
        partner = members.MemberInput(
            first_name="Partner",
            last_name="Nr3",
            mobile="+32479999999",
            email="LID3@example.be",
            consent_method="f",
        )  # a household with one address: one mail
        members.add_member(s, admin, partner, [networks.get_network(s, "BIN Noord")])
        nets = [n.id for n in networks.list_networks(s)]
        summary = mail_outbox.start_mailing(s, edition_id, nets, admin, pdf=pdf_path)
    assert summary.queued == 199 and summary.duplicates == 1 and summary.no_consent == 1
    mail_server.fault("lid17@example.be", "rcpt", "451 4.7.1 Greylisted, probeer later")
    mail_server.fault("lid99@example.be", "data", "554 5.7.1 Bericht geweigerd door beleid")
    worker = _run_worker(db, mail_server, unsubscribe_url="https://zone.be/bin/uit")
    try:
        assert worker.run_until_idle(give_up=lambda: False)
    finally:
        worker.stop()

    with db.read_session() as s:
        rows = {
            d.email: (d.state, d.error or "", d.attempts, d.message_id)
            for d in s.scalars(select(Delivery).where(Delivery.channel == "email"))
        }
        progress = mail_outbox.mailing_progress(s, edition_id)
    assert progress.counts == {"sent": 198, "failed": 1} and progress.waiting == 0
    state, error, _attempts, _mid = rows["lid99@example.be"]
    assert state == "failed" and "554 5.7.1 Bericht geweigerd door beleid" in error
    assert rows["lid17@example.be"][:1] == ("sent",) and rows["lid17@example.be"][2] == 2

    received = Counter(a for r in mail_server.received for a in r.recipients)
    expected = {f"lid{i}@example.be" for i in range(200)} - {"lid7@example.be", "lid99@example.be"}
    assert set(received) == expected and set(received.values()) == {1}
    pdf = pdf_path.read_bytes()
    for got in mail_server.received:
        message = got.message
        (address,) = got.recipients
        assert message["To"].endswith(f"<{address}>") and message["Cc"] is None
        assert message["Message-ID"] == rows[address][3]
        token = message["Message-ID"].split(".")[2].split("@")[0]
        assert (
            f"<mailto:wijkwerking@zone.be?subject=uitschrijven%20{token}>"
            in message["List-Unsubscribe"]
        )
        assert f"<https://zone.be/bin/uit?token={token}>" in message["List-Unsubscribe"]
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert "Schrijf u hier uit" in html and "Fietsdiefstal" in html
        (attachment,) = list(message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_content() == pdf  # the edition's built file, byte for byte
    first = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "BIN-nieuws Oordegem" in first


def test_drop_after_data_is_uncertain_and_never_resent_5xx_fails(
    db: Database, admin: Actor, mail_server: MailServer
) -> None:
    ids = _members(db, admin, 6)
    edition_id, pdf_path = _edition(db, admin)
    with db.session() as s:
        nets = [n.id for n in networks.list_networks(s)]
        mail_outbox.start_mailing(s, edition_id, nets, admin, pdf=pdf_path)
    mail_server.fault("lid2@example.be", "data", "drop")
    mail_server.fault("lid4@example.be", "rcpt", "550 5.1.1 Onbekende gebruiker")
    worker = _run_worker(db, mail_server)
    try:
        assert worker.run_until_idle(give_up=lambda: False)
    finally:
        worker.stop()
    with db.read_session() as s:
        states = {d.email: (d.state, d.error) for d in s.scalars(select(Delivery))}
    assert states["lid2@example.be"][0] == "uncertain"
    assert "viel weg" in (states["lid2@example.be"][1] or "")
    assert states["lid4@example.be"] == ("failed", states["lid4@example.be"][1])
    assert "550 5.1.1 Onbekende gebruiker" in (states["lid4@example.be"][1] or "")
    assert len(mail_server.dropped) == 1
    assert Counter(a for r in mail_server.received for a in r.recipients) == {
        f"lid{i}@example.be": 1 for i in (0, 1, 3, 5)
    }
    assert len(ids) == 6


def test_a_server_that_is_down_keeps_the_rows_waiting(
    db: Database, admin: Actor, mail_server: MailServer
) -> None:
    import socket

    _members(db, admin, 3)
    edition_id, pdf_path = _edition(db, admin)
    with db.session() as s:
        nets = [n.id for n in networks.list_networks(s)]
        mail_outbox.start_mailing(s, edition_id, nets, admin, pdf=pdf_path)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    worker = _run_worker(db, mail_server, port=closed_port)
    try:
        deadline = time.monotonic() + 10
        while worker.state != "down" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert worker.state == "down"
        time.sleep(0.5)  # a few more tries against the closed port
    finally:
        worker.stop()
    with db.read_session() as s:
        rows = [(d.state, d.attempts, d.error or "") for d in s.scalars(select(Delivery))]
    assert {(state, attempts) for state, attempts, _e in rows} == {("queued", 0)}  # none used
    assert "niet bereikbaar" in rows[0][2]
    worker = _run_worker(db, mail_server)  # the server is back
    try:
        assert worker.run_until_idle(give_up=lambda: False)
    finally:
        worker.stop()
    assert len(mail_server.received) == 3


def test_the_worker_keeps_to_the_rate_limit(
    db: Database, admin: Actor, mail_server: MailServer
) -> None:
    """max_per_minute=600: at least 0.1 s from one message to the next (a lower bound only:
    a loaded machine makes the gaps longer, never shorter)."""
    _members(db, admin, 6)
    with db.session() as s:
        edition = newsletter.save_edition(
            s, admin, newsletter.EditionContent(title="BIN-nieuws", period="2026-Q3")
        )
        nets = [n.id for n in networks.list_networks(s)]
        mail_outbox.start_mailing(s, edition, nets, admin, pdf=b"%PDF-1.4 x")
    worker = _run_worker(db, mail_server, max_per_minute=600)
    try:
        assert worker.run_until_idle(give_up=lambda: False)
    finally:
        worker.stop()
    arrivals = sorted(r.at for r in mail_server.received)
    assert len(arrivals) == 6
    # from the second on (the first also waited for the connection): 4 gaps of 0.1 s at least
    assert arrivals[-1] - arrivals[1] >= 0.35


def _outbox_run(url: str, smtp_url: str, log: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "bindesk", "--db", url, "outbox", "run", "--until-idle"]
    argv += ["--quiet", "--mail-lease", "2", "--retry-base", "0.2"]
    env = {**os.environ, "BINDESK_SMTP_URL": smtp_url}
    with log.open("ab") as out:
        return subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env)


@pytest.mark.slow
def test_kill_9_of_outbox_run_mid_mailing_then_restart_never_mails_twice(
    tmp_path: Path, admin: Actor, plain_mail_server: MailServer
) -> None:
    """``bindesk outbox run`` (e-mail only: no modem on this PC) is killed three times while
    it mails; a last run finishes. Nobody gets the edition twice, nobody is lost: every row
    ends sent (received exactly once) or uncertain (the one in flight at a kill: at most
    once)."""
    server = plain_mail_server
    url = f"sqlite:///{tmp_path / 'kill.sqlite3'}"
    from bindesk.db.engine import open_database

    db = open_database(url)
    _members(db, admin, 90)
    with db.session() as s:
        edition = newsletter.save_edition(
            s, admin, newsletter.EditionContent(title="BIN-nieuws", period="2026-Q3")
        )
        nets = [n.id for n in networks.list_networks(s)]
        total = mail_outbox.start_mailing(s, edition, nets, admin, pdf=b"%PDF-1.4 x").queued
    db.dispose()
    server.set_delay(0.03)
    log = tmp_path / "outbox.log"
    rng = random.Random(13)
    for _round in range(3):
        target = len(server.received) + rng.randint(5, 20)
        process = _outbox_run(url, server.url(), log)
        deadline = time.monotonic() + 60
        while len(server.received) < target:
            assert process.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, "outbox run too slow"
            time.sleep(0.01)
        time.sleep(rng.random() * 0.05)  # anywhere inside the next message
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    process = _outbox_run(url, server.url(), log)
    assert process.wait(120) in (0, 1), log.read_text(errors="replace")
    db = open_database(url)
    with db.read_session() as s:
        rows = [(d.email, d.state) for d in s.scalars(select(Delivery))]
    db.dispose()
    received = Counter(a for r in server.received for a in r.recipients)
    assert len(rows) == total
    assert max(received.values()) == 1, "someone got the edition twice"
    states = Counter(state for _e, state in rows)
    assert set(states) <= {"sent", "uncertain"}, states
    assert states["uncertain"] <= 3  # at most the one in flight at each kill
    for address, state in rows:
        if state == "sent":
            assert received[address] == 1
        assert received[address] <= 1
