"""Refusals a person can act on.

Every service raises a `DomainError` subclass when it refuses an action. The
message is written for the person at the screen ("Quote Q-… is unpaid:
1,250.00 outstanding") and the UI shows it verbatim, so it must never be a
traceback or a developer's note. A refused action has written nothing.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every refusal; `str(err)` is the message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that can never be accepted as given (bad quantity, empty field)."""


class NotFound(DomainError):
    """A number, serial or id that names nothing we know."""


class ScanError(ValidationError):
    """A malformed scan: bad characters, wrong check digit, too long, empty."""


class Conflict(DomainError):
    """The action collides with the current state (already open, already out)."""


class StaleEdit(Conflict):
    """Someone else saved the record since it was loaded."""


class GateClosed(DomainError):
    """A business gate is not yet satisfied (unpaid quote, tests not passed)."""


class PermissionDenied(DomainError):
    """The active operator's role may not do this."""


class SchemaError(DomainError):
    """The database cannot be used by this program version."""


class OutOfStock(Conflict):
    """Fewer pieces are free than asked for."""
