"""Words a Flemish officer reads without stumbling: singular and plural chosen by count.

Dutch is the source language and has no catalogue of its own, so Qt's ``%n`` plural forms
would show "1 bericht(en)". Each text is written twice instead, both through ``tr()`` (so
the English catalogue translates both): ``count(n, tr("{n} lid"), tr("{n} leden"))``.
"""

from __future__ import annotations


def count(n: int, one: str, many: str, **values: object) -> str:
    """``one`` for exactly 1, else ``many``, with ``{n}`` (and ``values``) filled in."""
    return (one if n == 1 else many).format(n=n, **values)
