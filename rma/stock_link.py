"""The one place the repair workflow talks to the spare-parts warehouse.

`inventory` knows nothing of RMAs (ARCHITECTURE "Layers"): every stock move
and reservation made for an RMA carries the RMA number as its free-text
reference. This adapter translates what the workflow wants ("the price of
part X", "hold these parts for RMA-2611-00042", "issue one to it") into the
inventory services, so quotes, parts and DOA swaps never import the
warehouse directly and a catalogue lookup reads the same everywhere.

Catalogue lookups accept what a person types or scans: our ``P-…`` number or
a supplier barcode mapped to a part. A code the catalogue does not know is
not an error *here*: a quote may carry a part the depot does not stock (its
price is then entered on the line).
"""

from __future__ import annotations

from dataclasses import dataclass

from depot import db
from depot.errors import DomainError, NotFound, OutOfStock, ScanError
from depot.models import User
from inventory import stock
from inventory.catalogue import find_part
from inventory.models import Part, StockLevel

__all__ = ["CataloguePrice", "IssuedPiece", "catalogue_price", "issue", "release", "reserve",
           "return_to_stock"]


@dataclass(frozen=True)
class CataloguePrice:
    """What the catalogue says about a part, for pricing a quote line."""

    part_code: str
    name: str
    cost: int | None  # moving-average cost now; None with nothing on hand
    cap: int | None  # initial price (the price cap); None before the first receipt


@dataclass(frozen=True)
class IssuedPiece:
    """A stock issue made for an RMA."""

    part_code: str
    name: str
    qty: int
    unit_cost: int
    move_id: int


def _find(code: str) -> Part | None:
    """The inventory Part for a code, or None when the catalogue has none."""
    try:
        return find_part(code)
    except (NotFound, ScanError):
        return None


def catalogue_price(code: str) -> CataloguePrice | None:
    """Cost and cap of the part a code names, or None if the catalogue does not know it.

    The cost is the warehouse's own "cost of one piece now" (moving average,
    or the last receipt cost on an empty shelf), so the quote and the stock
    valuation never disagree about what a part costs.
    """
    part = _find(code)
    if part is None:
        return None
    return CataloguePrice(part.part_number, part.name, stock.current_unit_cost(part),
                          part.initial_price)


def find_part_for_issue(code: str) -> Part:
    """The part a scan names, with the catalogue's own refusal when it names none.

    Unlike `catalogue_price`, issuing from stock needs a real part: a scan that
    names none is refused with the catalogue's message (which says how to fix it).
    """
    return find_part(code)


def reserve(actor: User, reference: str, wanted: dict[str, int]) -> list[str]:
    """Reserve pieces per part code for ``reference``; returns the shortfalls in words.

    A shortfall is not a refusal: an accepted quote stands even if a part
    must first be ordered. Each reservation runs in a savepoint so a refused
    one leaves the transaction usable (PostgreSQL aborts a transaction on an
    error unless it is rolled back to a savepoint).
    """
    shortfalls: list[str] = []
    for code, qty in wanted.items():
        part = _find(code)
        if part is None:
            shortfalls.append(f"{code} is not in the catalogue: order it ({qty} needed).")
            continue
        try:
            with db.database.atomic():
                stock.reserve(actor, part, qty, reference)
            continue
        except OutOfStock:
            pass
        level = StockLevel.get_or_none(StockLevel.part == part.id)
        free = level.free if level is not None else 0
        got = 0
        if free > 0:
            try:
                with db.database.atomic():
                    stock.reserve(actor, part, free, reference)
                got = free
            except DomainError:
                got = 0
        shortfalls.append(f"{part.part_number}: {got} of {qty} reserved, order {qty - got}.")
    return shortfalls


def release(actor: User, reference: str) -> None:
    """Give every piece held for ``reference`` back to free stock."""
    stock.release(actor, reference)


def issue(actor: User, part: Part, qty: int, reference: str) -> IssuedPiece:
    """Take pieces from stock for ``reference`` (using its reservation first)."""
    move = stock.issue(actor, part, qty, reference)
    return IssuedPiece(part.part_number, part.name, qty, int(move.unit_cost), int(move.id))


def return_to_stock(actor: User, code: str, qty: int, reference: str) -> None:
    """Put unused pieces issued to ``reference`` back on the shelf."""
    stock.return_to_stock(actor, find_part_for_issue(code), qty, reference)
