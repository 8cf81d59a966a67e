"""The desk's windows (PySide6). The only package that imports Qt."""

from __future__ import annotations

import sys


def _make_singletons_immortal() -> None:
    """Work around a PySide6 reference bug that kills the process on Python 3.11.

    PySide6 6.12 returns ``None``, ``True`` and ``False`` without taking a reference:
    every void call (``processEvents()``, ``repaint()``…) drops one reference to
    ``None``, every ``signal.emit()`` or ``disconnect()`` from Python one to ``True``.
    From Python 3.12 these objects are immortal and nothing happens; on 3.11 their
    counts (a few hundred to a few thousand at start) reach zero within seconds of
    normal use and the interpreter aborts ("none_dealloc"/"bool_dealloc: deallocating
    …"). A huge extra count makes them as immortal as on 3.12.
    tests/gui/test_refcount_workaround.py proves the need and the cure.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for value in (None, True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_make_singletons_immortal()
