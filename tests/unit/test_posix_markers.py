"""Every test module that needs the pty emulator says so (``posix_only``), so that Windows
skips it with a reason instead of failing to import it (tests/conftest.py)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _imports_the_emulator(tree: ast.Module) -> bool:
    """A module-level import of the emulator (an import inside a function is lazy: fine)."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "bindesk.sms.emulator"
        ):
            return True
        if isinstance(node, ast.Import) and any(
            a.name.startswith("bindesk.sms.emulator") for a in node.names
        ):
            return True
    return False


def _marked_posix_only(tree: ast.Module) -> bool:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets
        ):
            return "pytest.mark.posix_only" in ast.unparse(node.value)
    return False


def test_modules_that_import_the_emulator_are_posix_only() -> None:
    unmarked = []
    for path in sorted(TESTS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not _imports_the_emulator(tree):
            continue
        if path.name == "conftest.py" or not _marked_posix_only(tree):
            unmarked.append(str(path.relative_to(TESTS)))
    assert not unmarked, f"import the emulator lazily or mark posix_only: {unmarked}"
    assert _marked_posix_only(ast.parse((TESTS / "integration" / "test_modem.py").read_text()))
