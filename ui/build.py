"""Regenerate what is built from sources: Designer forms and translations.

    python ui/build.py forms   # ui/*.ui -> bindesk/gui/forms/ui_*.py (pyside6-uic)
    python ui/build.py i18n    # update resources/i18n/*.ts (lupdate) and build *.qm (lrelease)

The generated files are committed; tests/gui/test_build.py fails when they are stale.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "bindesk" / "gui" / "forms"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    """The PySide6 tool next to the running interpreter (the venv), else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def form_target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [_tool("pyside6-uic"), str(ui_file.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def build_forms() -> list[Path]:
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_target(ui_file)
        code = compile_form(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8")
            written.append(target)
    return written


def committed(paths: list[Path]) -> list[Path]:
    """Keep the files git tracks (work in progress of others stays out); all without git."""
    try:
        result = subprocess.run(
            ["git", "ls-files", "--", "bindesk/gui", "ui"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return paths
    tracked = {ROOT / line for line in result.stdout.splitlines()}
    return [p for p in paths if p in tracked]


def translation_sources() -> list[Path]:
    """Python sources with tr()/translate() plus the Designer forms (not their generated code).

    Only committed files count: the catalogue describes the code as it is in git.
    """
    gui = ROOT / "bindesk" / "gui"
    python = [p for p in sorted(gui.rglob("*.py")) if FORMS_DIR not in p.parents]
    return committed(python + sorted(UI_DIR.glob("*.ui")))


def ts_file(language: str) -> Path:
    return I18N_DIR / f"bindesk_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N_DIR / f"bindesk_{language}.qm"


def update_ts(language: str, target: Path | None = None) -> Path:
    target = target or ts_file(language)
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "nl",
            "-target-language",
            language,
            *sources,
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return target


_MESSAGE = re.compile(
    r"(<message>\s*<source>(?P<source>[^<]*)</source>\s*)"
    r"<translation(?P<attrs>[^>]*)>(?P<text>[^<]*)</translation>"
)


def carry_translations(before: str, after: str) -> str:
    """Translations of strings that only moved (to another class: another context) are
    kept: lupdate files them under the new context as unfinished, this fills them in from
    the catalogue as it was before."""
    known: dict[str, str] = {}
    for m in _MESSAGE.finditer(before):
        if "type=" not in m["attrs"] and m["text"].strip():
            known.setdefault(m["source"], m["text"])

    def fill(m: re.Match[str]) -> str:
        # lupdate leaves it empty, or guesses the same text and still marks it unfinished
        guess = m["text"]
        source = m["source"]
        if 'type="unfinished"' in m["attrs"] and source in known and guess in ("", known[source]):
            return f"{m[1]}<translation>{known[source]}</translation>"
        return m[0]

    return _MESSAGE.sub(fill, after)


def update_catalogue(language: str) -> Path:
    """lupdate, then the translations of moved strings carried over (lupdate once more to
    write the file in its own form)."""
    target = ts_file(language)
    before = target.read_text(encoding="utf-8") if target.exists() else ""
    update_ts(language)
    target.write_text(
        carry_translations(before, target.read_text(encoding="utf-8")), encoding="utf-8"
    )
    return update_ts(language)


def release(language: str, ts: Path | None = None, qm: Path | None = None) -> Path:
    ts = ts or ts_file(language)
    qm = qm or qm_file(language)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return qm


def main(argv: list[str]) -> int:
    what = argv[1] if len(argv) > 1 else "all"
    if what in ("forms", "all"):
        for path in build_forms():
            print(f"written {path.relative_to(ROOT)}")
    if what in ("i18n", "all"):
        for language in LANGUAGES:
            print(f"updated {update_catalogue(language).relative_to(ROOT)}")
            print(f"built {release(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
