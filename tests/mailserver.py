"""A real SMTP server for the tests: aiosmtpd on loopback, with STARTTLS (a throw-away CA
from trustme), AUTH PLAIN/LOGIN and XOAUTH2, and fault injection per recipient.

Faults (``server.fault(address, step, reply)``), each used once unless ``times`` says more:
``rcpt`` or ``data`` with an SMTP reply (``"451 4.7.1 Greylisted"``, ``"550 5.1.1 ..."``),
or ``data`` with ``"drop"``: the message content is read, then the connection is closed
without an answer (it lands in ``dropped``, not in ``received``).
"""

from __future__ import annotations

import asyncio
import base64
import socket
import ssl
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field, replace
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from bindesk.mail.smtp import SmtpSettings

USER = "bin@zone.be"
PASSWORD = "Geheim-123!"
TOKEN = "access-token-xyz"


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: tuple[str, ...]
    content: bytes
    login: str | None
    at: float = 0.0  # time.monotonic() when the content arrived

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    received: list[Received] = field(default_factory=list)
    dropped: list[Received] = field(default_factory=list)
    faults: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    delay: float = 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Handler:
    def __init__(self, state: _State) -> None:
        self.state = state

    def _take(self, address: str, step: str) -> str | None:
        with self.state.lock:
            queue = self.state.faults.get((address.lower(), step))
            return queue.pop(0) if queue else None

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        fault = self._take(address, "rcpt")
        if fault:
            return fault
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.state.delay:
            await asyncio.sleep(self.state.delay)
        content = envelope.original_content or b""
        login = (
            session.login_data.decode()
            if isinstance(session.login_data, bytes)
            else (str(session.login_data) if session.login_data else None)
        )
        got = Received(
            str(envelope.mail_from),
            tuple(envelope.rcpt_tos),
            bytes(content),
            login,
            time.monotonic(),
        )
        for rcpt in envelope.rcpt_tos:
            fault = self._take(rcpt, "data")
            if fault == "drop":
                with self.state.lock:
                    self.state.dropped.append(got)
                assert server.transport is not None
                server.transport.abort()
                return "250 never seen"
            if fault:
                return fault
        with self.state.lock:
            self.state.received.append(got)
        return "250 2.0.0 Ok: queued"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        blob = args[1] if len(args) > 1 else ""
        try:
            text = base64.b64decode(blob).decode()
        except (ValueError, UnicodeDecodeError):
            text = ""
        parts = dict(p.split("=", 1) for p in text.split("\x01") if "=" in p)
        if parts.get("auth") == f"Bearer {TOKEN}" and parts.get("user") == USER:
            return AuthResult(success=True, auth_data=LoginPassword(USER.encode(), b""))
        await server.challenge_auth('{"status":"401","schemes":"bearer"}')
        return AuthResult(success=False, handled=False)


def _authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    if (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    ):
        return AuthResult(success=True, auth_data=auth_data)
    return AuthResult(success=False, handled=False)


class MailServer:
    """One aiosmtpd server on 127.0.0.1 (STARTTLS + AUTH required, or plain and open)."""

    def __init__(self, *, secure: bool = True, idle_timeout: float | None = None) -> None:
        self.secure = secure
        self.state = _State()
        self.port = _free_port()
        self.ca = trustme.CA()
        self.client_context = ssl.create_default_context()
        self.ca.configure_trust(self.client_context)
        kwargs: dict[str, Any] = {} if idle_timeout is None else {"timeout": idle_timeout}
        if secure:
            server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)
            kwargs |= {
                "tls_context": server_context,
                "require_starttls": True,
                "authenticator": _authenticator,
                "auth_required": True,
                "auth_require_tls": True,
            }
        self.controller = Controller(
            _Handler(self.state), hostname="127.0.0.1", port=self.port, **kwargs
        )

    def start(self) -> MailServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def reset(self) -> None:
        with self.state.lock:
            self.state.received.clear()
            self.state.dropped.clear()
            self.state.faults.clear()
            self.state.delay = 0.0

    def fault(self, address: str, step: str, reply: str, times: int = 1) -> None:
        with self.state.lock:
            self.state.faults[(address.lower(), step)].extend([reply] * times)

    def set_delay(self, seconds: float) -> None:
        self.state.delay = seconds

    @property
    def received(self) -> list[Received]:
        with self.state.lock:
            return list(self.state.received)

    @property
    def dropped(self) -> list[Received]:
        with self.state.lock:
            return list(self.state.dropped)

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address.lower() in (a.lower() for a in r.recipients)]

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.received

    def settings(self, **changes: Any) -> SmtpSettings:
        base = SmtpSettings(
            host="127.0.0.1",
            port=self.port,
            security="starttls" if self.secure else "none",
            auth="password" if self.secure else "none",
            username=USER if self.secure else "",
            password=PASSWORD if self.secure else None,
            sender_name="Politie BIN",
            sender_address="bin@zone.be",
            reply_to="wijkwerking@zone.be",
        )
        return replace(base, **changes)

    def url(self) -> str:
        """A BINDESK_SMTP_URL for this server (only for the plain, open one)."""
        assert not self.secure
        return f"smtp://127.0.0.1:{self.port}?starttls=0&from=bin@zone.be&name=Politie%20BIN"
