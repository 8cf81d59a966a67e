"""Settings: database URL, modem specs, user paths and the one resource lookup.

Frozen-aware: in a PyInstaller bundle resources live under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import platformdirs

APP_NAME = "bindesk"
APP_AUTHOR = "bindesk"

ENV_DATABASE_URL = "BINDESK_DATABASE_URL"
ENV_MODEMS = "BINDESK_MODEMS"
ENV_DESK_HOST = "BINDESK_DESK_HOST"


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'bindesk.sqlite3'}"


def database_url(cli_value: str | None = None) -> str:
    """``--db`` wins, then ``BINDESK_DATABASE_URL``, then the SQLite file in the data dir."""
    if cli_value:
        return _expand_path_url(cli_value)
    env = os.environ.get(ENV_DATABASE_URL, "").strip()
    if env:
        return _expand_path_url(env)
    return default_database_url()


def _expand_path_url(value: str) -> str:
    """Accept a bare file path as a SQLite database."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def modem_specs(cli_values: list[str] | None = None) -> list[str]:
    """Modem specs from ``--modem`` (repeatable) or ``BINDESK_MODEMS`` (comma-separated)."""
    if cli_values:
        return [v.strip() for v in cli_values if v.strip()]
    env = os.environ.get(ENV_MODEMS, "")
    return [v.strip() for v in env.split(",") if v.strip()]


def desk_host() -> str:
    """The name this PC's modems and dispatcher heartbeat are stored under: the host name
    (``BINDESK_DESK_HOST`` overrides it, e.g. for two desks on one test machine)."""
    return os.environ.get(ENV_DESK_HOST, "").strip() or socket.gethostname()


def resource_root() -> Path:
    """The ``resources/`` folder in the source tree, an installed wheel or a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
