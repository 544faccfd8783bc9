"""Quote arithmetic: line amounts, totals, the part price cap, what is owed.

Pure functions over integers (minor units: fen / cents), no database, so the
rules can be checked exhaustively with hypothesis: a total is always the exact
sum of its lines, and a balance is always what is due minus what was paid.
Nothing here accepts a float — a float amount is refused as a programming
error, because a float that has been summed once is already wrong.

Pricing rules (DOMAIN §3):

* a part is charged at **cost price**, never above the price at which that
  part was first stocked (its *initial price*, the price cap);
* a part the catalogue does not know is charged at the price entered on the
  line, which must not be negative;
* labour is charged per the labour policy (free by default);
* on-site visit fee and customer-paid shipping legs are entered amounts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from depot.errors import ValidationError
from depot.i18n import translate
from depot.money import format_money

__all__ = [
    "MAX_QTY",
    "LineKind",
    "PartPrice",
    "QuoteStatus",
    "QuoteSummary",
    "amount_due",
    "balance",
    "line_amount",
    "part_price",
    "quote_total",
]

MAX_QTY: Final = 10_000
"""More pieces than this on one line is a scanning accident, not a repair."""


class LineKind(StrEnum):
    """What a quote line charges for (the stored value)."""

    PART = "part"
    LABOUR = "labour"
    ONSITE = "onsite"
    SHIPPING = "shipping"


class QuoteStatus(StrEnum):
    """Life of one quote revision."""

    DRAFT = "draft"  # being written; lines may change
    ISSUED = "issued"  # sent to the customer, waiting for a decision
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SUPERSEDED = "superseded"  # a later revision replaced it


def _int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(translate("Errors", "{what} must be a whole number, got {value!r}.")
                              .format(what=what, value=value))
    return value


def line_amount(qty: int, unit_price: int) -> int:
    """``qty × unit_price`` in minor units, both validated (no floats, nothing negative)."""
    qty = _int(qty, translate("Errors", "Quantity"))
    unit_price = _int(unit_price, translate("Errors", "Price"))
    if not 1 <= qty <= MAX_QTY:
        raise ValidationError(translate("Errors", "Quantity must be from 1 to {max}, got {qty}.")
                              .format(max=MAX_QTY, qty=qty))
    if unit_price < 0:
        raise ValidationError(translate("Errors", "A price cannot be negative."))
    return qty * unit_price


def quote_total(amounts: Iterable[int]) -> int:
    """Exact sum of line amounts (ints only)."""
    total = 0
    for amount in amounts:
        total += _int(amount, translate("Errors", "Line amount"))
    return total


@dataclass(frozen=True)
class PartPrice:
    """The price charged for a part and how it was arrived at (shown on the line)."""

    unit_price: int
    cap: int | None  # the part's initial price; None when the catalogue has no part
    capped: bool  # True when the cost price was above the cap and the cap was charged
    source: str  # "cost" | "cap" | "entered"


def part_price(
    *,
    cost: int | None,
    cap: int | None,
    entered: int | None = None,
    currency: str = "CNY",
    code: str = "",
) -> PartPrice:
    """Price of one part on a quote line (DOMAIN §3: cost price, capped).

    ``cost`` and ``cap`` come from the catalogue (moving-average cost, initial
    price); both None means the catalogue does not know the part, and then
    ``entered`` is required. For a catalogue part an entered price is a
    discount: allowed at or below the cap, refused above it — the cap is the
    customer's protection and no line may break it. Without an entered price a
    catalogue part is charged ``min(cost, cap)``.
    """
    name = code or "?"
    if entered is not None:
        entered = _int(entered, translate("Errors", "Price"))
        if entered < 0:
            raise ValidationError(
                translate("Errors", "The price of part {part} cannot be negative.").format(
                    part=name))
    if cap is None and cost is None:
        if entered is None:
            raise ValidationError(translate(
                "Errors", "The catalogue has no price for part {part}: enter the price on the "
                          "line.").format(part=name))
        return PartPrice(entered, None, False, "entered")
    if cap is not None:
        cap = _int(cap, translate("Errors", "Initial price"))
    if entered is not None:
        if cap is not None and entered > cap:
            raise ValidationError(translate(
                "Errors", "{price} for part {part} is above its initial price {cap}: a part is "
                          "never charged above the price it was first stocked at."
            ).format(price=format_money(entered, currency), part=name,
                     cap=format_money(cap, currency)))
        return PartPrice(entered, cap, False, "entered")
    if cost is None:
        # known part, never costed (no stock yet): its initial price is the best cost known
        assert cap is not None
        return PartPrice(cap, cap, False, "cap")
    cost = _int(cost, translate("Errors", "Cost price"))
    if cost < 0:
        raise ValidationError(
            translate("Errors", "The cost price of part {part} is negative in the catalogue.")
            .format(part=name))
    if cap is not None and cost > cap:
        return PartPrice(cap, cap, True, "cap")
    return PartPrice(cost, cap, False, "cost")


@dataclass(frozen=True)
class QuoteSummary:
    """One quote revision as far as the money is concerned."""

    number: str
    revision: int
    status: QuoteStatus
    total: int
    #: owed if declined: diagnosis fee plus the customer-paid shipping legs
    decline_charges: int = 0


def amount_due(quotes: Sequence[QuoteSummary]) -> int:
    """What the customer owes in total across an RMA's quote revisions.

    Revisions are complete quotes, each replacing the one before, so only the
    latest accepted revision counts (not the sum of all). If the customer's
    last decision was a decline and nothing is accepted, the decline charges
    of that quote are owed (diagnosis fee, return shipping). If a revision is
    declined while an earlier accepted one still stands, the accepted one is
    what is owed: the work already agreed was agreed.
    """
    accepted = [q for q in quotes if q.status is QuoteStatus.ACCEPTED]
    if accepted:
        return max(accepted, key=lambda q: q.revision).total
    declined = [q for q in quotes if q.status is QuoteStatus.DECLINED]
    if declined:
        return max(declined, key=lambda q: q.revision).decline_charges
    return 0


def balance(due: int, payments: Iterable[int]) -> int:
    """``due − Σ payments`` (refunds are negative payments); positive: outstanding."""
    return _int(due, translate("Errors", "Amount due")) - quote_total(
        _int(p, translate("Errors", "Payment")) for p in payments)
