"""The desk's windows (PySide6). The only package that imports Qt."""

from __future__ import annotations

import sys


def _make_bools_immortal() -> None:
    """Work around a PySide6 reference bug that kills the process on Python 3.11.

    PySide6 6.12 drops one reference to ``True`` on every ``signal.emit()`` and every
    ``signal.disconnect()`` made from Python. From Python 3.12 ``True`` is immortal and
    nothing happens; on 3.11 its count (a few hundred at start) reaches zero after a few
    hundred emits and the interpreter aborts ("bool_dealloc: deallocating True or
    False"). Giving both bools a huge extra count makes them as immortal as on 3.12.
    tests/gui/test_bool_refcount.py proves the need and the cure.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


_make_bools_immortal()
