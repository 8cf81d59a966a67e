"""Microsoft 365 OAuth2 for SMTP: XOAUTH2 against a real SMTP server, the token cache, msal.

The SMTP server is aiosmtpd on loopback with STARTTLS and an ``auth_XOAUTH2`` handler. The
msal layer runs msal's real public client (HTTP, device-code polling, token cache, silent
refresh) against :mod:`tests.unit.mail.authority`, a loopback HTTPS authority written from
the protocol: Microsoft's own servers are out of reach from here.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
import stat
import sys
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

from bindesk.mail.oauth import (
    SCOPES,
    SMTP_SCOPE,
    MsalTokenProvider,
    OAuthError,
    OAuthLoginRequired,
    OAuthNotAllowed,
    OAuthUnavailable,
    error_from_response,
    xoauth2_string,
)
from tests.unit.mail.authority import Authority, self_signed_cert


class XOAuth2Handler:
    """Accepts XOAUTH2 with a token from ``valid`` and records what arrived, per login."""

    def __init__(self, valid: set[str]) -> None:
        self.valid = valid
        self.logins: list[tuple[str, str]] = []
        self.received: list[tuple[str | None, Envelope]] = []

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) > 1:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("")
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=False)
            blob = answer
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        token = bearer.removeprefix("Bearer ")
        if not bearer.startswith("Bearer ") or token not in self.valid:
            return AuthResult(success=False, handled=False)
        self.logins.append((user, token))
        return AuthResult(success=True, auth_data=user)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received.append((session.auth_data, envelope))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def tls(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "tls"
    folder.mkdir()
    return self_signed_cert(folder)


@pytest.fixture
def smtp_server(tls: tuple[Path, Path]) -> Iterator[tuple[XOAuth2Handler, int]]:
    cert, key = tls
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    handler = XOAuth2Handler(set())
    port = _free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=context,
        require_starttls=True,
        auth_require_tls=True,
    )
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def _message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "bin@zone.be"
    msg["To"] = "lid@example.be"
    msg["Subject"] = "BIN-bericht"
    msg.set_content("Inbraak in de Kerkstraat.")
    return msg


def _send(port: int, cert: Path, user: str, token: str) -> None:
    context = ssl.create_default_context(cafile=str(cert))
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.starttls(context=context)
        client.ehlo()
        assert "xoauth2" in client.esmtp_features["auth"].lower()
        client.auth("XOAUTH2", lambda challenge=None: xoauth2_string(user, token))
        client.send_message(_message())


def test_xoauth2_string_is_the_documented_sasl_response() -> None:
    assert xoauth2_string("bin@zone.be", "tok") == "user=bin@zone.be\x01auth=Bearer tok\x01\x01"
    with pytest.raises(OAuthError):
        xoauth2_string("", "tok")
    with pytest.raises(OAuthError):
        xoauth2_string("a\x01b", "tok")


def test_xoauth2_authenticates_against_a_real_smtp_server_after_starttls(
    smtp_server: tuple[XOAuth2Handler, int], tls: tuple[Path, Path]
) -> None:
    handler, port = smtp_server
    handler.valid.add("good-token")
    _send(port, tls[0], "bin@zone.be", "good-token")
    assert handler.logins == [("bin@zone.be", "good-token")]
    assert len(handler.received) == 1
    assert handler.received[0][0] == "bin@zone.be"
    assert handler.received[0][1].rcpt_tos == ["lid@example.be"]


def test_a_refused_token_is_a_535_and_nothing_is_sent(
    smtp_server: tuple[XOAuth2Handler, int], tls: tuple[Path, Path]
) -> None:
    handler, port = smtp_server
    handler.valid.add("good-token")
    with pytest.raises(smtplib.SMTPAuthenticationError) as caught:
        _send(port, tls[0], "bin@zone.be", "stolen-token")
    assert caught.value.smtp_code == 535
    assert handler.received == []


# --- the msal layer against the loopback authority -------------------------------------------


@pytest.fixture
def authority(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Authority]:
    # requests lets these variables override a session's own ``verify`` (the test's CA)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    folder = tmp_path / "authority"
    folder.mkdir()
    with Authority(folder) as server:
        yield server


def _provider(authority: Authority, cache: Path, **kwargs: Any) -> MsalTokenProvider:
    return MsalTokenProvider(
        authority.state.client_id,
        authority.state.tenant,
        cache,
        authority_host=authority.base,
        verify=str(authority.cert),
        **kwargs,
    )


def _approve_after(authority: Authority, seconds: float) -> threading.Thread:
    def approve() -> None:
        time.sleep(seconds)  # the officer types the code on the phone meanwhile
        authority.state.approved = True

    thread = threading.Thread(target=approve)
    thread.start()
    return thread


def test_without_a_sign_in_the_provider_asks_for_one(authority: Authority, tmp_path: Path) -> None:
    provider = _provider(authority, tmp_path / "cache" / "m365.json")
    with pytest.raises(OAuthLoginRequired, match="Inloggen bij Microsoft"):
        provider()
    assert provider.signed_in_account() is None
    assert authority.state.grants == []


def test_device_code_login_then_tokens_from_the_cache_and_silent_refresh(
    authority: Authority,
    tmp_path: Path,
    smtp_server: tuple[XOAuth2Handler, int],
    tls: tuple[Path, Path],
) -> None:
    cache = tmp_path / "cache" / "m365.json"
    provider = _provider(authority, cache, username="bin@zone.be")
    login = provider.start_login()
    assert login.user_code == "BCDF-GHJK"
    assert login.verification_uri == "https://microsoft.com/devicelogin"
    assert "BCDF-GHJK" in login.instructions_nl()
    # the SMTP scope, and msal's offline_access for the refresh token
    assert SMTP_SCOPE in authority.state.scopes
    assert "offline_access" in authority.state.scopes
    authority.state.pending_polls = 1
    approver = _approve_after(authority, 0.5)
    account = provider.finish_login(login)
    approver.join()
    assert account == "bin@zone.be"
    assert authority.state.grants.count("urn:ietf:params:oauth:grant-type:device_code") >= 2
    assert cache.exists()
    assert "access-token-1" in cache.read_text()

    # a second provider (another process: the dispatcher) reads the same cache: no network
    again = _provider(authority, cache, username="bin@zone.be")
    assert again.signed_in_account() == "bin@zone.be"
    grants_before = list(authority.state.grants)
    assert again() == "access-token-1"
    assert authority.state.grants == grants_before

    # the token goes through XOAUTH2 to the real SMTP server
    handler, port = smtp_server
    handler.valid.update(authority.state.issued)
    _send(port, tls[0], "bin@zone.be", again())
    assert handler.logins == [("bin@zone.be", "access-token-1")]


def test_an_expiring_token_is_refreshed_silently_and_the_cache_rewritten(
    authority: Authority, tmp_path: Path
) -> None:
    cache = tmp_path / "m365.json"
    provider = _provider(authority, cache)
    authority.state.expires_in = 120  # msal refreshes what expires within five minutes
    authority.state.approved = True
    provider.finish_login(provider.start_login())
    assert provider() == "access-token-2"
    assert authority.state.grants[-1] == "refresh_token"
    assert "access-token-2" in cache.read_text()


def test_a_revoked_refresh_token_asks_for_a_new_sign_in(
    authority: Authority, tmp_path: Path
) -> None:
    provider = _provider(authority, tmp_path / "m365.json")
    authority.state.expires_in = 60
    authority.state.approved = True
    provider.finish_login(provider.start_login())
    authority.state.refresh_error = {
        "error": "invalid_grant",
        "error_description": "AADSTS700082: The refresh token has expired due to inactivity.",
        "error_codes": [700082],
    }
    with pytest.raises(OAuthLoginRequired, match="opnieuw"):
        provider()


def test_a_login_can_be_stopped_and_stores_nothing(authority: Authority, tmp_path: Path) -> None:
    cache = tmp_path / "m365.json"
    provider = _provider(authority, cache)
    login = provider.start_login()
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    with pytest.raises(OAuthError, match="afgebroken"):
        provider.finish_login(login, should_stop=stop.is_set)
    assert not cache.exists()


def test_an_app_registration_that_is_no_public_client_says_what_it_must_allow(
    authority: Authority, tmp_path: Path
) -> None:
    authority.state.device_error = {
        "error": "invalid_client",
        "error_description": "AADSTS7000218: The request body must contain the following "
        "parameter: 'client_assertion' or 'client_secret'.",
        "error_codes": [7000218],
    }
    with pytest.raises(OAuthNotAllowed, match="Openbare clientstromen"):
        _provider(authority, tmp_path / "m365.json").start_login()


def test_an_unknown_tenant_is_named(authority: Authority, tmp_path: Path) -> None:
    provider = MsalTokenProvider(
        authority.state.client_id,
        "other-tenant",
        tmp_path / "m365.json",
        authority_host=authority.base,
        verify=str(authority.cert),
    )
    with pytest.raises(OAuthNotAllowed, match="tenant"):
        provider.start_login()


def test_an_unreachable_authority_is_a_dutch_network_error(tmp_path: Path) -> None:
    provider = MsalTokenProvider(
        "client-1",
        "zone",
        tmp_path / "m365.json",
        authority_host=f"https://127.0.0.1:{_free_port()}",
        timeout=5,
    )
    with pytest.raises(OAuthUnavailable, match="niet bereikbaar"):
        provider.start_login()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows relies on the ACL")
def test_the_token_cache_is_readable_by_its_owner_only(
    authority: Authority, tmp_path: Path
) -> None:
    cache = tmp_path / "private" / "m365.json"
    provider = _provider(authority, cache)
    authority.state.approved = True
    provider.finish_login(provider.start_login())
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
    cache.chmod(0o644)  # someone loosened it: reading it tightens it again
    assert _provider(authority, cache)() == "access-token-1"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    cache.chmod(0o644)  # and a refresh writes it owner-only
    authority.state.expires_in = 60
    provider.sign_out()
    provider.finish_login(provider.start_login())
    cache.chmod(0o644)
    assert _provider(authority, cache)() == "access-token-3"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    assert not list(cache.parent.glob("*.tmp"))


def test_aadsts_codes_map_to_what_it_must_do() -> None:
    error = error_from_response(
        {
            "error": "invalid_grant",
            "error_description": "AADSTS53003: Access has been blocked "
            "by Conditional Access policies.",
        },
        "Inloggen bij Microsoft",
    )
    assert isinstance(error, OAuthNotAllowed)
    assert "device-code flow" in str(error)
    consent = error_from_response({"error": "invalid_grant", "error_codes": [65001]}, "X")
    assert "SMTP.Send" in str(consent)
    assert SCOPES == (SMTP_SCOPE,)
