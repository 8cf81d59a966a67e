"""Logging: a rotating file in the user log dir, plus stderr for warnings."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path
from typing import TextIO, cast

from bindesk import config, fileperms

_configured = False


class _BriefFormatter(logging.Formatter):
    """Console lines without tracebacks: the desk sees a sentence, the file keeps details."""

    def format(self, record: logging.LogRecord) -> str:
        brief = logging.makeLogRecord(record.__dict__)
        brief.exc_info = None
        brief.exc_text = None
        brief.stack_info = None
        return super().format(brief)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files name members and numbers: created 0600 (rotated files keep the mode)."""

    def _open(self) -> TextIO:
        return cast(
            "TextIO",
            fileperms.private_open(
                Path(self.baseFilename), self.mode, encoding=self.encoding, errors=self.errors
            ),
        )


def setup(verbose: bool = False) -> Path:
    """Configure logging once; return the log file path."""
    global _configured
    path = fileperms.private_dir(config.log_dir()) / "bindesk.log"
    if _configured:
        return path
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    file_handler = _PrivateRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root.addHandler(file_handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(_BriefFormatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    _configured = True
    return path
