"""Typed errors that carry an actionable Dutch message for the desk.

Every layer raises subclasses of :class:`BindeskError`; the CLI and the GUI show
``str(error)`` as it is (never a traceback).
"""

from __future__ import annotations


class BindeskError(Exception):
    """Base for every error the desk should see. ``message`` is Dutch and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(BindeskError):
    """The operator (or a file) gave something we refuse; nothing was changed."""


class NotFound(BindeskError):
    """A network, member, alert... that the operator named does not exist."""


class PermissionDenied(BindeskError):
    """The logged-in operator's role does not allow this action."""
