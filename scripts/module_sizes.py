"""The largest hand-written modules and functions under bindesk/ (generated Designer forms and
Alembic revisions left out): ``python scripts/module_sizes.py [N]``. The house rule is no
hand-written module over 700 lines."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 700


def hand_written() -> list[Path]:
    return sorted(
        p
        for p in (ROOT / "bindesk").rglob("*.py")
        if "forms" not in p.parts and "migrations" not in p.parts
    )


def main(argv: list[str]) -> int:
    shown = int(argv[0]) if argv else 8
    modules: list[tuple[int, str]] = []
    functions: list[tuple[int, str]] = []
    for path in hand_written():
        text = path.read_text(encoding="utf-8")
        name = str(path.relative_to(ROOT))
        modules.append((len(text.splitlines()), name))
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                functions.append((node.end_lineno - node.lineno + 1, f"{name}:{node.name}"))
    for title, rows in (("modules", modules), ("functions", functions)):
        print(f"largest {title} (lines):")
        for n, name in sorted(rows, reverse=True)[:shown]:
            print(
                f"  {n:5d}  {name}{'  > ' + str(LIMIT) if title == 'modules' and n > LIMIT else ''}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
