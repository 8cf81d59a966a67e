"""The house rule, kept by a test: no hand-written module over 700 lines."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("module_sizes", ROOT / "scripts" / "module_sizes.py")
assert _spec is not None and _spec.loader is not None
sizes = importlib.util.module_from_spec(_spec)
sys.modules["module_sizes"] = sizes
_spec.loader.exec_module(sizes)


def test_no_hand_written_module_is_over_the_limit() -> None:
    over = {
        str(path.relative_to(ROOT)): n
        for path in sizes.hand_written()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > sizes.LIMIT
    }
    assert not over, f"split these modules (limit {sizes.LIMIT} lines): {over}"


def test_the_rule_sees_the_big_modules() -> None:
    """The walk finds the package's modules (a wrong root would pass the rule vacuously)."""
    names = {p.name for p in sizes.hand_written()}
    assert {"dispatcher.py", "outbox.py", "members_page.py"} <= names
    assert not any("forms" in p.parts for p in sizes.hand_written())
