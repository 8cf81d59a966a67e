"""Generated files must match their sources: Designer forms and translations."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("ui_build", ROOT / "ui" / "build.py")
assert _spec and _spec.loader
build = importlib.util.module_from_spec(_spec)
sys.modules["ui_build"] = build
_spec.loader.exec_module(build)

UI_FILES = build.committed(sorted((ROOT / "ui").glob("*.ui")))


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_up_to_date(ui_file: Path) -> None:
    target = build.form_target(ui_file)
    assert target.exists(), f"run: python ui/build.py forms ({target.name} missing)"
    assert target.read_text(encoding="utf-8") == build.compile_form(ui_file), (
        f"{target.name} is stale: run python ui/build.py forms"
    )


def test_every_generated_form_has_its_source() -> None:
    sources = {f"ui_{p.stem}.py" for p in UI_FILES}
    generated = {p.name for p in build.committed(sorted(build.FORMS_DIR.glob("ui_*.py")))}
    assert generated == sources


def test_object_names_are_snake_case_with_a_type_suffix() -> None:
    suffixes = (
        "_button",
        "_edit",
        "_label",
        "_combo",
        "_view",
        "_check",
        "_list",
        "_stack",
        "_browser",
        "_action",
        "_menu",
        "_bar",
        "_widget",
        "_layout",
        "_spacer",
        "_splitter",
        "_spin",
        "_radio",
        "_box",
        "_page",
        "_group",
        "_progress",
        "_tabs",
        "_frame",
    )
    bad = []
    for ui_file in UI_FILES:
        text = ui_file.read_text(encoding="utf-8")
        top = re.search(r"<class>(\w+)</class>", text)
        for name in re.findall(r'<(?:widget|layout|action|spacer)[^>]* name="(\w+)"', text):
            if top and name == top.group(1):
                continue
            if name != name.lower() or not name.endswith(suffixes):
                bad.append(f"{ui_file.name}: {name}")
    assert not bad, bad
