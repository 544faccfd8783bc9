"""Warehouse test data, made through the real services (no rows behind their back).

Plain functions, not fixtures: each inventory test file builds what it needs
on the `db` fixture.
"""

from __future__ import annotations

from itertools import count

from depot.clock import today
from depot.models import User
from inventory import catalogue, receiving
from inventory.models import (
    Document,
    Lot,
    Part,
    Reservation,
    StockLevel,
    StockMove,
    Supplier,
)

_notes = count(1)

ALL_DOCS = tuple(Document)


def supplier(actor: User, name: str = "Shenzhen Parts Co.") -> Supplier:
    found = Supplier.get_or_none(Supplier.name == name)
    return found or catalogue.create_supplier(actor, name)


def make_part(actor: User, number: str = "P-PSU-450", name: str = "电源 Power supply 450 W",
              **kwargs) -> Part:
    return catalogue.create_part(actor, number, name, **kwargs)


def receive(actor: User, part: Part | str, qty: int, unit_cost: int, *,
            note_number: str | None = None, **inspection) -> Lot:
    """One delivery with one lot; passes inspection unless told otherwise."""
    delivery = receiving.open_delivery(
        actor, supplier(actor), note_number or f"DN-{next(_notes):05d}", today()
    )
    args = {"qty_note": qty, "qty_counted": qty, "unit_cost": unit_cost,
            "appearance_ok": True, "documents": ALL_DOCS}
    args.update(inspection)
    return receiving.inspect_lot(actor, delivery, part, **args)


def level(part: Part) -> StockLevel:
    return StockLevel.get(StockLevel.part == part.id)


def ledger(part: Part) -> tuple[int, int]:
    """(Σ qty, Σ value) over the part's moves."""
    moves = list(StockMove.select().where(StockMove.part == part.id))
    return sum(m.qty for m in moves), sum(m.value for m in moves)


def row_counts() -> dict[str, int]:
    """Rows per warehouse table: compared before/after a refusal ("nothing written")."""
    from depot.models import AuditEntry
    from inventory.models import INVENTORY_MODELS

    counts = {m._meta.table_name: m.select().count() for m in INVENTORY_MODELS}
    counts["audit_entry"] = AuditEntry.select().count()
    counts["levels"] = sum(  # the cached level, not only its row count
        lv.on_hand * 1_000_003 + lv.reserved * 1_009 + lv.value for lv in StockLevel.select()
    )
    counts["reserved"] = sum(r.qty * (2 if r.active else 1) for r in Reservation.select())
    return counts
