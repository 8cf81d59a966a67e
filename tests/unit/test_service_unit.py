"""The shipped systemd unit starts a dispatcher the CLI understands and stops it gently."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bindesk.cli import build_parser

UNIT = Path(__file__).resolve().parents[2] / "resources" / "service" / "bindesk-dispatcher.service"
DISPATCHER_STOP_TIMEOUT = 120  # Dispatcher.stop's default: the SMS on the modem finishes


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_unit_runs_bindesk_outbox_run() -> None:
    service = _unit()["Service"]
    argv = shlex.split(service["ExecStart"])
    assert Path(argv[0]).name == "bindesk"
    args = build_parser().parse_args(argv[1:])
    assert (args.verb, args.action) == ("outbox", "run")
    assert not args.until_idle  # a service keeps running


def test_unit_may_open_the_modems_and_stops_gently() -> None:
    unit = _unit()
    service = unit["Service"]
    assert service["SupplementaryGroups"] == "dialout"
    assert service["User"] != "root"
    assert service["KillSignal"] == "SIGTERM"
    assert int(service["TimeoutStopSec"]) > DISPATCHER_STOP_TIMEOUT
    assert service["Restart"] == "on-failure"
    assert service["UMask"] == "0077"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    """``systemd-analyze verify``, with ExecStart pointing at this environment's bindesk."""
    bindesk = Path(sys.executable).with_name("bindesk")
    text = UNIT.read_text(encoding="utf-8").replace("/opt/bindesk/.venv/bin/bindesk", str(bindesk))
    unit = tmp_path / UNIT.name
    unit.write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
