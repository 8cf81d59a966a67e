"""The PyInstaller bundle (bindesk.spec) builds and works: migrations, resources, gammu,
the simulated modem and the window, all from the frozen folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(exe: Path, *argv: str, env: dict[str, str], timeout: float = 180) -> str:
    result = subprocess.run(
        [str(exe), *argv], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{argv}: {result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_frozen_bundle_smoke(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
            str(ROOT / "bindesk.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    exe = tmp_path / "dist" / "bindesk" / "bindesk"
    assert (tmp_path / "dist" / "bindesk" / "bindesk-desk").exists()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    db = ["--db", str(tmp_path / "frozen.sqlite3")]

    assert "bindesk" in _run(exe, "--version", env=env)
    selftest = _run(exe, "selftest", env=env)  # exit 0 is checked by _run
    assert "Eén sms via Gammu: emulator via de AT-driver van Gammu" in selftest
    assert "Alles in orde." in selftest and "MISLUKT" not in selftest
    _run(exe, *db, "demo-data", env=env)  # migrations from inside the bundle
    networks = json.loads(_run(exe, *db, "networks", "list", "--json", env=env))
    assert len(networks) == 3
    queued = json.loads(
        _run(
            exe,
            *db,
            "alert",
            "send",
            "--network",
            "Aaigem",
            "--tip",
            "donkere-maanden",
            "--kind",
            "prevention",
            "--yes",
            "--json",
            env=env,
        )
    )  # the tip library is a bundled resource
    _run(exe, *db, "outbox", "run", "--modem", "sim", "--until-idle", "--quiet", env=env)
    (alert,) = json.loads(
        _run(exe, *db, "outbox", "status", "--alert", str(queued["alert_id"]), "--json", env=env)
    )["alerts"]
    assert sum(alert["counts"].get(s, 0) for s in ("sent", "delivered")) == queued["recipients"]
    shots = tmp_path / "shots"
    _run(exe, "gui", "--screenshot", str(shots), env=env)
    assert (shots / "members.png").stat().st_size > 10_000
