"""BINDESK_SMTP_URL parsing and the messages bindesk builds."""

from __future__ import annotations

import pytest

from bindesk.mail import compose
from bindesk.mail.smtp import SmtpSettings
from bindesk.mail.url import InvalidSmtpUrl, parse_smtp_url


def test_the_documented_url() -> None:
    s = parse_smtp_url(
        "smtp://bin%40zone.be:p%40ss:w@smtp.zone.be:587?starttls=1&from=adres@zone.be"
    )
    assert (s.host, s.port, s.security, s.auth) == ("smtp.zone.be", 587, "starttls", "password")
    assert (s.username, s.password, s.sender_address) == ("bin@zone.be", "p@ss:w", "adres@zone.be")


def test_smtps_defaults_and_more_parameters() -> None:
    s = parse_smtp_url(
        "smtps://u:p@mail.zone.be?from=bin@zone.be&name=Politie%20BIN&reply_to=wijk@zone.be"
        "&rate=30&unsubscribe_url=https://zone.be/uit"
    )
    assert (s.port, s.security, s.sender_name, s.reply_to) == (
        465,
        "tls",
        "Politie BIN",
        "wijk@zone.be",
    )
    assert s.max_per_minute == 30 and s.unsubscribe_url == "https://zone.be/uit"
    plain = parse_smtp_url("smtp://relay.zone.local?starttls=0&from=bin@zone.be")
    assert (plain.port, plain.security, plain.auth, plain.password) == (25, "none", "none", None)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://smtp.zone.be?from=a@zone.be", "smtp://"),
        ("smtp://?from=a@zone.be", "servernaam"),
        ("smtp://smtp.zone.be:99999?from=a@zone.be", "poort"),
        ("smtp://u:p@smtp.zone.be", "afzenderadres"),
        ("smtp://u:p@smtp.zone.be?from=geen-adres", "geen geldig"),
        ("smtp://u:p@smtp.zone.be?from=a@zone.be&starttls=misschien", "starttls"),
        ("smtp://u:p@smtp.zone.be?from=a@zone.be&rate=veel", "rate"),
        ("smtp://u:p@smtp.zone.be?from=a@zone.be&colour=blue", "onbekende parameter"),
        ("smtp://u@smtp.zone.be?from=a@zone.be", "wachtwoord"),
        ("smtps://u:p@smtp.zone.be?from=a@zone.be&starttls=1", "smtps"),
    ],
)
def test_bad_urls_say_why_in_dutch_without_the_password(url: str, says: str) -> None:
    with pytest.raises(InvalidSmtpUrl) as caught:
        parse_smtp_url(url)
    assert says in str(caught.value)
    assert ":p@" not in str(caught.value)


SETTINGS = SmtpSettings(
    host="smtp.zone.be",
    sender_name="Politie BIN",
    sender_address="bin@zone.be",
    reply_to="wijk@zone.be",
    unsubscribe_url="https://zone.be/bin/uit",
)


def test_a_newsletter_mail_has_html_text_pdf_and_unsubscribe_headers() -> None:
    token = compose.new_token()
    mid = compose.message_id(42, token, SETTINGS.sender_domain)
    message = compose.newsletter_message(
        SETTINGS,
        to="an@example.be",
        name="An Peeters",
        subject="BIN-nieuws — editie 3",
        body=compose.NewsletterBody(
            "BIN-nieuws", "Q3 2026", "Beste buren", (("Fietsdiefstal", "Slot!"),)
        ),
        pdf=b"%PDF-1.4 test",
        pdf_name="BIN-nieuws-editie-3.pdf",
        message_id=mid,
        unsubscribe=compose.unsubscribe_for(SETTINGS, token),
    )
    assert message["To"] == "An Peeters <an@example.be>" and message["Cc"] is None
    assert message["Message-ID"] == f"<bindesk.delivery-42.{token}@zone.be>"
    assert compose.parse_message_id(message["Message-ID"]) == (42, token)
    header = message["List-Unsubscribe"]
    assert f"<mailto:wijk@zone.be?subject=uitschrijven%20{token}>" in header
    assert f"<https://zone.be/bin/uit?token={token}>" in header
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Fietsdiefstal" in plain and "Fietsdiefstal" in html
    assert f"uitschrijven {token}" in plain and "Schrijf u hier uit" in html
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_filename() == "BIN-nieuws-editie-3.pdf"
    assert pdf.get_content() == b"%PDF-1.4 test"
    assert compose.unsubscribe_token(f"Re: uitschrijven {token}") == token


def test_without_an_unsubscribe_page_no_one_click_header() -> None:
    settings = SmtpSettings(host="h", sender_address="bin@zone.be")
    message = compose.alert_message(
        settings,
        to="an@example.be",
        name="",
        subject="BIN-bericht",
        text="<script>Let op</script>",
        message_id=compose.message_id(1, "ab12", "zone.be"),
        unsubscribe=compose.unsubscribe_for(settings, "ab12"),
    )
    assert message["List-Unsubscribe"] == "<mailto:bin@zone.be?subject=uitschrijven%20ab12>"
    assert message["List-Unsubscribe-Post"] is None
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html and "&lt;script&gt;" in html
