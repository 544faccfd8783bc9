"""Warehouse rules that need no database: quantity checks, the costing rule, settings.

Kept apart from the services so the UI can validate a field as it is typed
with exactly the words the service would refuse it with, and so the costing
arithmetic can be tested exhaustively (hypothesis) without a database.

The costing rule (moving average at cost price, DOMAIN §7)
----------------------------------------------------------
A part's stock value is tracked *exactly* as the sum of the values of its
moves, in integer minor units; the average cost is never stored, it is
``value // on_hand`` whenever it is shown. Therefore:

* a receipt adds ``qty * unit_cost`` to the value, so the new average is
  ``(old_value + qty * cost) / (old_qty + qty)`` with no rounding at all;
* a move out of ``q`` of ``n`` pieces takes ``value * q // n`` (floor). The
  floor never takes more than there is, and taking the last piece takes the
  whole remaining value, so the value can never drift, never turn negative,
  and is exactly 0 when the shelf is empty. Individual pieces may leave at
  costs that differ by one minor unit (10.00 over three pieces leaves as
  3.33, 3.33, 3.34): the total is exact, which is what the books need;
* a return of pieces issued to a reference puts back the same proportional
  share of what that reference took (``taken_value * r // taken_qty``), so
  returning everything restores exactly what left;
* pieces found (count surplus, positive adjustment) come in at the current
  average, or, on an empty shelf, at the last receipt cost.
"""

from __future__ import annotations

import re
from datetime import time
from numbers import Integral
from typing import Any

from depot import settings
from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate

#: more pieces than this in one move is a typing mistake (a scanned barcode in the qty field)
MAX_QTY_PER_MOVE = 10_000
#: free-text references (RMA number, delivery note) are short codes, not essays
MAX_REFERENCE_LENGTH = 60


def _describe(value: Any) -> str:
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 30 else text[:30] + "…"


def require_quantity(qty: Any, what: str | None = None) -> int:
    """A number of pieces for one move: a whole number from 1 to 10,000.

    Refuses bools (``True`` is an int in Python but never a quantity), floats
    even when whole (``2.0`` comes from a calculation that may be ``1.9999``
    next time), text, zero and negatives — with a message that says what to
    type instead. `what` names the field (translated by the caller).
    """
    what = what or translate("Errors", "Quantity")
    if isinstance(qty, bool) or not isinstance(qty, Integral):
        if isinstance(qty, float | str) or hasattr(qty, "as_integer_ratio"):
            raise ValidationError(
                translate("Errors", "{what} must be a whole number of pieces, not {value}.")
                .format(what=what, value=_describe(qty))
            )
        raise ValidationError(
            translate("Errors", "{what} must be a whole number of pieces.").format(what=what)
        )
    qty = int(qty)
    if qty == 0:
        raise ValidationError(
            translate("Errors", "{what} must be at least 1 piece.").format(what=what)
        )
    if qty < 0:
        raise ValidationError(
            translate("Errors", "{what} cannot be negative ({qty}). Enter the number of pieces; "
                      "to bring pieces back use Return.").format(what=what, qty=qty)
        )
    if qty > MAX_QTY_PER_MOVE:
        raise ValidationError(
            translate("Errors", "{qty} pieces in one move is not plausible (at most {most}). "
                      "Check the number — was a barcode scanned into the quantity field?")
            .format(qty=f"{qty:,}", most=f"{MAX_QTY_PER_MOVE:,}")
        )
    return qty


def require_count(qty: Any, what: str | None = None) -> int:
    """A counted quantity: like `require_quantity` but 0 is a valid count."""
    what = what or translate("Errors", "Counted quantity")
    if isinstance(qty, Integral) and not isinstance(qty, bool) and int(qty) == 0:
        return 0
    return require_quantity(qty, what)


def require_delta(qty: Any, what: str | None = None) -> int:
    """A signed change of stock (+ found, − lost): non-zero, at most 10,000 either way."""
    what = what or translate("Errors", "Adjustment")
    if isinstance(qty, Integral) and not isinstance(qty, bool) and int(qty) < 0:
        return -require_quantity(-int(qty), what)
    return require_quantity(qty, what)


def require_reference(reference: Any) -> str:
    """The free-text reference a move carries (an RMA number, a delivery note)."""
    text = str(reference or "").strip()
    if not text:
        raise ValidationError(
            translate("Errors", "Enter a reference (RMA number, delivery note…) for this move.")
        )
    if len(text) > MAX_REFERENCE_LENGTH:
        raise ValidationError(
            translate("Errors", "The reference is {n} characters long; at most {most}.")
            .format(n=len(text), most=MAX_REFERENCE_LENGTH)
        )
    return text


def require_reason(reason: Any, what: str | None = None) -> str:
    """Why stock changed outside a normal flow; auditors ask, so it is mandatory.

    `what` names the action, translated by the caller ("an adjustment").
    """
    what = what or translate("Errors", "an adjustment")
    text = str(reason or "").strip()
    if len(text) < 3:
        raise ValidationError(
            translate("Errors", "Enter a reason for {what} (at least 3 characters).")
            .format(what=what)
        )
    if len(text) > 500:
        raise ValidationError(
            translate("Errors", "The reason is too long (at most 500 characters).")
        )
    return text


# ---------------------------------------------------------------- costing


def take_value(value: int, on_hand: int, qty: int) -> int:
    """Value leaving with ``qty`` of ``on_hand`` pieces worth ``value`` together.

    The SQL in `inventory.stock` computes exactly this (``value * q / on_hand``
    on integers); this mirror exists for estimates (write-off approval) and
    for the property tests.
    """
    if not 0 < qty <= on_hand:
        raise ValueError(f"cannot take {qty} of {on_hand}")
    return value * qty // on_hand


def average_cost(value: int, on_hand: int) -> int | None:
    """Average cost shown for a part (floor); None when the shelf is empty."""
    return value // on_hand if on_hand > 0 else None


# ---------------------------------------------------------------- settings


def _cutoff(value: Any) -> str:
    text = str(value or "").strip()
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text)
    if not match:
        raise ValidationError(translate("Errors", "Enter the cut-off as HH:MM, e.g. 14:00."))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


CUTOFF = settings.define(
    "inventory.advance_exchange_cutoff",
    "14:00",
    QT_TRANSLATE_NOOP("Settings", "Advance exchange: same-day shipping cut-off (local time)"),
    _cutoff,
)
CORE_DUE_DAYS = settings.define(
    "inventory.core_due_working_days",
    10,
    QT_TRANSLATE_NOOP(
        "Settings", "Advance exchange: working days until the faulty part (core) is due back"
    ),
    settings.int_range(1, 60),
)
WRITEOFF_THRESHOLD = settings.define(
    "inventory.writeoff_approval_threshold",
    0,
    QT_TRANSLATE_NOOP(
        "Settings",
        "Write-offs at or above this value at cost (minor units) need a manager's approval",
    ),
    settings.int_range(0, 10**12),
)


def cutoff_time() -> time:
    hours, minutes = settings.get(CUTOFF.key).split(":")
    return time(int(hours), int(minutes))


def core_due_working_days() -> int:
    return int(settings.get(CORE_DUE_DAYS.key))


def writeoff_threshold() -> int:
    return int(settings.get(WRITEOFF_THRESHOLD.key))


def needs_approval(writeoff_value: int) -> bool:
    """Whether a write-off of this value (at cost) must wait for a manager.

    The threshold is the smallest value that needs approval, so the default
    of 0 makes every loss wait for a manager, even of a part costing nothing.
    """
    return writeoff_value >= writeoff_threshold()
