"""The SMTP transport against a real server (aiosmtpd on loopback, STARTTLS + AUTH)."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest

from bindesk.mail import compose
from bindesk.mail.smtp import (
    MailPermanentError,
    MailSetupError,
    MailTemporaryError,
    MailUncertainError,
    SmtpSettings,
    SmtpTransport,
)
from tests.mailserver import TOKEN, USER, MailServer


def _message(settings: SmtpSettings, to: str, delivery_id: int = 1) -> compose.EmailMessage:
    token = compose.new_token()
    return compose.alert_message(
        settings,
        to=to,
        name="An Peeters",
        subject="BIN-bericht (dringend)",
        text="Verdachte personen in de Kerkstraat.\n\nBel 101 bij nood.",
        message_id=compose.message_id(delivery_id, token, settings.sender_domain),
        unsubscribe=compose.unsubscribe_for(settings, token),
    )


def test_starttls_and_password_login_deliver_one_message(mail_server: MailServer) -> None:
    settings = mail_server.settings()
    message = _message(settings, "an@example.be")
    with SmtpTransport(settings, ssl_context=mail_server.client_context) as smtp:
        smtp.send(message)
    (got,) = mail_server.received
    assert got.recipients == ("an@example.be",)
    assert got.sender == "bin@zone.be"
    assert got.login is not None and USER in got.login
    assert got.message["Message-ID"] == message["Message-ID"]
    assert "Kerkstraat" in got.message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_a_wrong_password_is_a_setup_error_without_the_password(mail_server: MailServer) -> None:
    settings = mail_server.settings(password="fout-wachtwoord")
    with (
        pytest.raises(MailSetupError) as caught,
        SmtpTransport(settings, ssl_context=mail_server.client_context) as smtp,
    ):
        smtp.send(_message(settings, "an@example.be"))
    assert caught.value.code == 535
    assert "fout-wachtwoord" not in str(caught.value)
    assert "fout-wachtwoord" not in repr(settings)
    assert mail_server.received == []


def test_xoauth2_with_the_provider_token(mail_server: MailServer) -> None:
    settings = mail_server.settings(auth="oauth2", password=None, oauth_client_id="app-id")
    with SmtpTransport(settings, lambda: TOKEN, ssl_context=mail_server.client_context) as smtp:
        smtp.send(_message(settings, "an@example.be"))
    assert len(mail_server.received) == 1
    with (
        pytest.raises(MailSetupError),
        SmtpTransport(settings, lambda: "expired", ssl_context=mail_server.client_context) as smtp,
    ):
        smtp.send(_message(settings, "an@example.be"))


def test_an_untrusted_certificate_is_refused(mail_server: MailServer) -> None:
    settings = mail_server.settings()
    with pytest.raises(MailSetupError, match="certificaat"), SmtpTransport(settings) as smtp:
        smtp.send(_message(settings, "an@example.be"))


def test_4xx_is_temporary_5xx_permanent_and_the_connection_goes_on(
    mail_server: MailServer,
) -> None:
    settings = mail_server.settings()
    mail_server.fault("grey@example.be", "rcpt", "451 4.7.1 Greylisted, try again later")
    mail_server.fault("gone@example.be", "rcpt", "550 5.1.1 Mailbox does not exist")
    mail_server.fault("policy@example.be", "data", "554 5.7.1 Rejected by policy")
    with SmtpTransport(settings, ssl_context=mail_server.client_context) as smtp:
        with pytest.raises(MailTemporaryError) as temporary:
            smtp.send(_message(settings, "grey@example.be"))
        assert temporary.value.code == 451 and not isinstance(temporary.value, MailSetupError)
        with pytest.raises(MailPermanentError) as permanent:
            smtp.send(_message(settings, "gone@example.be"))
        assert permanent.value.code == 550
        assert "Mailbox does not exist" in permanent.value.reason
        with pytest.raises(MailPermanentError, match="Rejected by policy"):
            smtp.send(_message(settings, "policy@example.be"))
        smtp.send(_message(settings, "ok@example.be"))  # same session, after RSET
        smtp.send(_message(settings, "grey@example.be"))  # the second try is accepted
    assert [r.recipients for r in mail_server.received] == [
        ("ok@example.be",),
        ("grey@example.be",),
    ]


def test_a_connection_dropped_after_data_is_uncertain(mail_server: MailServer) -> None:
    settings = mail_server.settings()
    mail_server.fault("drop@example.be", "data", "drop")
    with SmtpTransport(settings, ssl_context=mail_server.client_context) as smtp:
        with pytest.raises(MailUncertainError):
            smtp.send(_message(settings, "drop@example.be"))
        smtp.send(_message(settings, "next@example.be"))  # reconnects by itself
    assert len(mail_server.dropped) == 1
    assert [r.recipients for r in mail_server.received] == [("next@example.be",)]


def test_a_server_that_is_not_there_is_temporary() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again below: nobody listens
    settings = SmtpSettings(
        host="127.0.0.1", port=port, security="none", auth="none", sender_address="bin@zone.be"
    )
    with pytest.raises(MailTemporaryError) as caught, SmtpTransport(settings, timeout=5) as smtp:
        smtp.send(_message(settings, "an@example.be"))
    assert caught.value.code is None and not isinstance(caught.value, MailSetupError)
    assert "niet bereikbaar" in str(caught.value)


def test_one_recipient_per_message(mail_server: MailServer) -> None:
    settings = mail_server.settings()
    message = _message(settings, "an@example.be")
    message["Cc"] = "jan@example.be"
    with (
        pytest.raises(ValueError, match="one message per recipient"),
        SmtpTransport(settings, ssl_context=mail_server.client_context) as smtp,
    ):
        smtp.send(message)
    two = _message(replace(settings), "an@example.be")
    del two["To"]
    two["To"] = "an@example.be, jan@example.be"
    with (
        pytest.raises(ValueError, match="exactly one recipient"),
        SmtpTransport(settings, ssl_context=mail_server.client_context) as smtp,
    ):
        smtp.send(two)
    assert mail_server.received == []


def test_a_kept_connection_the_server_closed_is_opened_again() -> None:
    """The server hangs up on an idle session: the next message reconnects (nothing had been
    sent on the dead connection), it is neither an error nor a retry."""
    import time

    server = MailServer(secure=False, idle_timeout=0.3).start()
    try:
        settings = server.settings()
        with SmtpTransport(settings) as smtp:
            smtp.send(_message(settings, "een@example.be"))
            time.sleep(0.8)  # the server closed the session meanwhile
            smtp.send(_message(settings, "twee@example.be"))
        assert [r.recipients for r in server.received] == [
            ("een@example.be",),
            ("twee@example.be",),
        ]
    finally:
        server.stop()
