"""The wheel carries what the installed app needs: resources, migrations, generated forms."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_resources_and_migrations(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = tmp_path.glob("bindesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "bindesk/resources/tips/presets.json" in names
    assert "bindesk/db/migrations/env.py" in names
    assert "bindesk/db/migrations/script.py.mako" in names
    assert any(n.startswith("bindesk/db/migrations/versions/0001") for n in names)
    assert any(n.startswith("bindesk/gui/forms/ui_") for n in names)
