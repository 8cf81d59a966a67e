"""The README's run command on a real X server (Xvfb), not the offscreen platform.

Offscreen tests passing does not prove the window starts: Qt's xcb platform plugin needs system
libraries that nothing else in the suite loads (a fresh Debian aborted with exit 134). This
starts ``scripts/run.sh`` as a user would, waits until the X server has the first-run window,
asks the desk to close (SIGTERM, as a service manager or ``kill`` would) and checks it exits 0.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="Xvfb and ldd are Linux tools"),
    pytest.mark.slow,
]


def qt_plugin(name: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / name


def test_xcb_platform_plugin_finds_every_library() -> None:
    plugin = qt_plugin("libqxcb.so")
    assert plugin.exists(), plugin
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    missing = [line.strip() for line in out.splitlines() if "not found" in line]
    assert not missing, "scripts/system-packages.sh DESK_PACKAGES misses: " + ", ".join(missing)


@pytest.fixture
def xvfb() -> Iterator[str]:
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        pytest.skip("Xvfb/xwininfo not installed (scripts/test.sh installs xvfb and x11-utils)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not report a display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def window_titles(display: str) -> list[str]:
    out = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return re.findall(r'"([^"]*)"', out)


def test_run_command_shows_the_first_run_window_on_a_real_x_server(
    xvfb: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(
        DISPLAY=xvfb,
        QT_QPA_PLATFORM="xcb",  # no silent fallback to another platform
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path),
        BINDESK_DATABASE_URL=str(tmp_path / "desk.sqlite3"),
        BINDESK_VENV=sys.prefix,  # the run command, with the venv this suite runs in
    )
    desk = subprocess.Popen(
        [str(ROOT / "scripts" / "run.sh")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        titles: list[str] = []
        while time.monotonic() < deadline and desk.poll() is None:
            titles = window_titles(xvfb)
            if any("eerste hoofdgebruiker" in t for t in titles):
                break
            time.sleep(0.2)
        assert desk.poll() is None, f"the desk exited ({desk.returncode}): {desk.stderr.read()}"
        assert any("eerste hoofdgebruiker" in t for t in titles), titles
        desk.send_signal(signal.SIGTERM)
        _, err = desk.communicate(timeout=30)
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait()
    assert desk.returncode == 0, err
    assert "Traceback" not in err, err


def test_screenshots_need_no_display(tmp_path: Path) -> None:
    """``bindesk gui --screenshot DIR`` renders offscreen by itself: no DISPLAY, no QT_QPA_*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "DISPLAY"}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    folder = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "bindesk", "gui", "--screenshot", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.glob("*.png")), result.stdout
