"""PySide6 drops a reference to True on each Python-side emit (see bindesk/gui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QObject, Signal

import bindesk.gui  # noqa: F401  (applies the cure)


class _Emitter(QObject):
    fired = Signal(int)


def test_many_emits_do_not_kill_the_interpreter(qtbot: object) -> None:
    emitter = _Emitter()
    got: list[int] = []
    emitter.fired.connect(got.append)
    for n in range(5000):  # True has only a few hundred references at start-up
        emitter.fired.emit(n)
    assert len(got) == 5000
    assert sys.getrefcount(True) > 1000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_without_the_cure_the_interpreter_aborts() -> None:
    """Proves the cure is needed; if PySide fixes its bug this test says so (then drop both)."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class E(QObject):
            fired = Signal(int)
        e = E()
        for n in range(20000):
            e.fired.emit(n)
        print("survived")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "survived" not in result.stdout, (
        "PySide6 no longer drops references to True: remove _make_bools_immortal()"
    )
