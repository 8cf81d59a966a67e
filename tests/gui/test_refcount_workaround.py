"""PySide6 drops references to None/True on Python 3.11 (see bindesk/gui/__init__.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Signal

from bindesk.gui import make_singletons_immortal


class _Emitter(QObject):
    fired = Signal(int)


def test_many_emits_and_void_calls_do_not_kill_the_interpreter(qtbot: object) -> None:
    make_singletons_immortal()  # as the desk does at start (conftest did it already)
    emitter = _Emitter()
    got: list[int] = []
    emitter.fired.connect(got.append)
    app = QCoreApplication.instance()
    assert app is not None
    for n in range(20_000):  # None and True have only a few thousand references at start-up
        emitter.fired.emit(n)
        app.processEvents()
    assert len(got) == 20_000
    assert sys.getrefcount(True) > 100_000
    assert sys.getrefcount(None) > 100_000


_PROBE = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class E(QObject):
    fired = Signal(int)
e = E()
for n in range(200_000):
    {call}
print("survived")
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None/True are immortal from 3.12")
@pytest.mark.parametrize("call", ["e.fired.emit(n)", "app.processEvents()"])
def test_without_the_cure_the_interpreter_aborts(call: str) -> None:
    """Proves the cure is needed; when PySide fixes its bug this fails (then drop both)."""
    code = textwrap.dedent(_PROBE.format(call=call))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0 and "survived" not in result.stdout, (
        "PySide6 no longer drops references: remove _make_singletons_immortal()"
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None/True are immortal from 3.12")
def test_the_cure_is_applied_at_gui_start_not_on_import() -> None:
    code = textwrap.dedent(
        """
        import sys
        import bindesk.gui
        import bindesk.gui.app
        print(sys.getrefcount(None) < 1 << 40)
        bindesk.gui.app.application()
        print(sys.getrefcount(None) > 1 << 40, sys.getrefcount(True) > 1 << 40)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["True", "True", "True"], result.stderr
