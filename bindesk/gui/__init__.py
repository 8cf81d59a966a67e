"""The desk's windows (PySide6). The only package that imports Qt.

Importing this package changes nothing in the interpreter: whoever starts Qt calls
:func:`make_singletons_immortal` first (``gui.app.application()`` does, so do the GUI tests).
"""

from __future__ import annotations

import sys

_immortal = False


def make_singletons_immortal() -> None:
    """Work around a PySide6 reference bug that kills the process on Python 3.11.

    PySide6 6.12 returns ``None``, ``True`` and ``False`` without taking a reference:
    every void call (``processEvents()``, ``repaint()``…) drops one reference to
    ``None``, every ``signal.emit()`` or ``disconnect()`` from Python one to ``True``.
    From Python 3.12 these objects are immortal and nothing happens; on 3.11 their
    counts (a few hundred to a few thousand at start) reach zero within seconds of
    normal use and the interpreter aborts ("none_dealloc"/"bool_dealloc: deallocating
    …"). A huge extra count makes them as immortal as on 3.12.
    tests/gui/test_refcount_workaround.py proves the need and the cure. Call it before the
    first Qt object exists; a second call does nothing.
    """
    global _immortal
    if _immortal or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _immortal = True
    import ctypes

    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
