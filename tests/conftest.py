"""Shared fixtures: a fresh migrated SQLite database per test, actors per role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bindesk.db.engine import Database, open_database
from bindesk.services.operators import Actor, Role

DATA = Path(__file__).parent / "data"

if TYPE_CHECKING:
    from tests.mailserver import MailServer


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's data/log dirs or environment settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("BINDESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("BINDESK_MODEMS", raising=False)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bindesk.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor("admin", "Beheerder", Role.ADMIN)


@pytest.fixture
def balie() -> Actor:
    return Actor("balie1", "Inspecteur Balie", Role.BALIE)


@pytest.fixture
def beheer() -> Actor:
    return Actor("beheer1", "Medewerker Beheer", Role.BEHEER)


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def _mail_servers() -> Iterator[dict[str, MailServer]]:
    """One secure (STARTTLS + AUTH) and one plain aiosmtpd server per test process, started
    when a test first asks for it."""
    servers: dict[str, MailServer] = {}
    yield servers
    for server in servers.values():
        server.stop()


def _shared_server(servers: dict[str, MailServer], secure: bool) -> MailServer:
    from tests.mailserver import MailServer

    key = "secure" if secure else "plain"
    if key not in servers:
        servers[key] = MailServer(secure=secure).start()
    server = servers[key]
    server.reset()
    return server


@pytest.fixture
def mail_server(_mail_servers: dict[str, MailServer]) -> MailServer:
    """The shared STARTTLS + AUTH test server, emptied for this test."""
    return _shared_server(_mail_servers, secure=True)


@pytest.fixture
def plain_mail_server(_mail_servers: dict[str, MailServer]) -> MailServer:
    """The shared plain (no TLS, no AUTH) test server, emptied for this test."""
    return _shared_server(_mail_servers, secure=False)
