"""Files readable by the OS user only: 0600 for files, 0700 for folders.

Personal data lives in the database (and its WAL/SHM files), backups, GDPR exports, member
lists and the logs. On POSIX every one of them is created owner-only, whatever the umask; on
Windows ``os.chmod`` only sets or clears the read-only flag, so the modes used here (owner may
write) change nothing there and the folder's ACL (the user's profile) protects the files.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


def restrict_umask() -> int:
    """Make everything this process creates owner-only from now on; returns the old umask."""
    return os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700; tighten it if it exists."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    _chmod(path, PRIVATE_DIR)
    return path


def make_private(*paths: Path) -> None:
    """Tighten existing files to 0600 (a database from before this rule, its WAL/SHM)."""
    for path in paths:
        if path.exists():
            _chmod(path, PRIVATE_FILE)


def create_private(path: Path) -> Path:
    """Make sure ``path`` exists as an owner-only file before another library writes it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    _chmod(path, PRIVATE_FILE)
    return path


def private_open(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """``open()`` that creates the file as 0600 (and tightens an existing one)."""

    def opener(name: str, flags: int) -> int:
        return os.open(name, flags, PRIVATE_FILE)

    handle = open(path, mode, opener=opener, **kwargs)  # noqa: SIM115 (the caller closes it)
    _chmod(path, PRIVATE_FILE)
    return handle


def _chmod(path: Path, mode: int) -> None:
    # not ours to change (a shared folder): what we create is still created owner-only
    with contextlib.suppress(OSError):
        os.chmod(path, mode)
