"""The core and the CLI run without python-gammu and PySide6 (issue 8 item 6, issue 9 item 5).

Each check runs in a fresh interpreter whose import system refuses ``gammu`` and ``PySide6``
(a meta-path finder inserted before anything else), as on a desk or server without them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKER = textwrap.dedent(
    """
    import sys

    class _Blocker:
        BLOCKED = ("gammu", "PySide6", "shiboken6")

        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in self.BLOCKED:
                raise ModuleNotFoundError(f"blocked for this test: {name}", name=name)
            return None

    sys.meta_path.insert(0, _Blocker())
    """
)


def _run(body: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(body), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_blocker_blocks() -> None:
    """Guards the guard: without it the other tests here prove nothing."""
    result = _run("import gammu")
    assert result.returncode != 0 and "blocked for this test: gammu" in result.stderr
    result = _run("import PySide6.QtCore")
    assert result.returncode != 0 and "blocked for this test: PySide6" in result.stderr


def test_core_imports_without_gammu_and_qt() -> None:
    result = _run(
        """
        import bindesk.cli, bindesk.cli.common
        import bindesk.domain, bindesk.db.engine, bindesk.db.models
        from bindesk.services import (
            alerts, audit, demo, inbox, member_files, members, networks, operators, outbox,
        )
        import bindesk.sms.dispatcher, bindesk.sms.modem
        for group in ("networks", "members", "alert", "outbox", "inbox", "modem", "audit",
                      "operators", "db", "demo", "gui"):
            __import__(f"bindesk.cli.{group}")
        print("imported")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported"


def test_help_loads_no_verb_module_and_no_database_layer() -> None:
    result = _run(
        """
        import sys
        from bindesk.cli import main
        try:
            main(["--help"])
        except SystemExit as exc:
            code = exc.code
        loaded = sorted(
            m for m in sys.modules
            if m.startswith(("sqlalchemy", "bindesk.services", "bindesk.db", "bindesk.sms"))
            or (m.startswith("bindesk.cli.") and m != "bindesk.cli.common")
        )
        print("EXIT", code, "LOADED", loaded, file=sys.stderr)
        """
    )
    assert "EXIT 0 LOADED []" in result.stderr, result.stderr
    assert "networks" in result.stdout and "verzendwachtrij" in result.stdout


def test_read_only_verbs_run_without_gammu_and_qt(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    body = """
        import sys
        from bindesk.cli import main
        code = main(sys.argv[1:])
        print("GAMMU" if "gammu" in sys.modules else "", file=sys.stderr)
        raise SystemExit(code)
        """
    assert _run(body, "--db", url, "demo-data").returncode == 0
    for verb in (["networks", "list", "--json"], ["members", "list", "--json"]):
        result = _run(body, "--db", url, *verb)
        assert result.returncode == 0, result.stderr
        assert "GAMMU" not in result.stderr
        assert json.loads(result.stdout)
