"""The wheel carries what the installed app needs: resources, migrations, generated forms."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A build writes setuptools' build/ and *.egg-info folders into the tree it builds: in the
# source tree itself, two builds failed with "File exists: build/bdist.linux-x86_64/wheel/
# bindesk-0.1.0.dist-info" (on two workers at once, and once one after the other in one
# xdist group, from what the first left behind). Each test builds its own copy of the tree.
pytestmark = pytest.mark.xdist_group("packaging")

_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def _source_copy(tmp_path: Path) -> Path:
    """The source tree (with its generated forms), without builds, caches or the venv."""
    return Path(shutil.copytree(ROOT, tmp_path / "src", ignore=_NOT_SOURCE, symlinks=True))


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
            str(_source_copy(tmp_path)),
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


def test_every_package_folder_is_listed_in_pyproject() -> None:
    """pyproject.toml lists the packages (resources/ maps onto bindesk.resources, so no
    automatic discovery): a new folder of modules missing from the list would not ship."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "bindesk").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    data = {"bindesk.resources"} | {
        f"bindesk.resources.{d.name}" for d in (ROOT / "resources").iterdir() if d.is_dir()
    }
    assert folders | data == listed


def test_a_plain_install_carries_the_resources(tmp_path: Path) -> None:
    """``pip install .`` (not editable) into a fresh venv: the installed package finds its
    fonts, translations, newsletter assets and service file, not the source tree's."""
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        check=True,
        timeout=120,
    )
    python = venv / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(_source_copy(tmp_path)),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # the dependencies come from this venv (its site folder only: not its editable bindesk)
    import platformdirs

    deps = str(Path(platformdirs.__file__).parent.parent)
    probe = subprocess.run(
        [
            str(python),
            "-c",
            "import bindesk, bindesk.config as c; print(bindesk.__file__); "
            "print(c.resource_root()); "
            "print(all(c.resource(*p).is_file() for p in ("
            "('fonts', 'DejaVuSans.ttf'), ('i18n', 'bindesk_en.qm'), "
            "('newsletter', 'style.json'), ('service', 'bindesk-dispatcher.service'), "
            "('tips', 'presets.json'))))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": deps},
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    module, root, found = probe.stdout.split()
    assert Path(module).is_relative_to(venv), module  # the installed copy, not the checkout
    assert Path(root) == Path(module).parent / "resources"
    assert found == "True"
