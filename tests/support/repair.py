"""Test data for the repair workflow: a model, a customer, units in known
warranty states on the fixed clock's day (Monday 2026-01-05), stocked parts.

Plain functions (not fixtures) so each test file builds what it needs on the
`db` fixture, through the real services — no rows written behind their back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import count

from depot.models import User
from inventory import catalogue, receiving
from inventory.models import Part, Supplier
from rma import customers, intake, units
from rma.models import Customer, ProductModel, Rma

TODAY = date(2026, 1, 5)

#: serial → (sale date, acceptance date); coverage on 2026-01-05 in the comment
SERIALS = {
    "SN-OOW-1": (date(2024, 1, 1), None),  # out of warranty (ended 2024-12-31)
    "SN-OOW-2": (date(2023, 6, 1), None),  # out of warranty
    "SN-WAR-1": (date(2025, 6, 1), None),  # in warranty until 2026-05-31
    "SN-WAR-2": (date(2025, 9, 1), None),  # in warranty
    "SN-DOA-1": (date(2025, 12, 20), date(2026, 1, 1)),  # DOA: starts 01-02, day 4 of 7
}

_delivery_numbers = count(1)


@dataclass
class World:
    model: ProductModel
    customer: Customer


def make_world(manager: User) -> World:
    model = units.create_model(manager, code="ZT410", name="Zebra ZT410", warranty_months=12)
    acme = customers.create_customer(manager, name="Acme Ltd", contact_person="Wang Li",
                                     phone="021-6234 5678", address="88 Century Ave, Shanghai")
    for serial, (sale, acceptance) in SERIALS.items():
        units.register_unit(manager, serial=serial, model=model, customer=acme, sale_date=sale,
                            acceptance_date=acceptance)
    return World(model, acme)


def receive(actor: User, serial: str, fault: str = "Does not power on", **kw) -> Rma:
    return intake.receive(actor, serial=serial, fault=fault, **kw)


def stock_part(
    storekeeper: User, number: str, name: str, *receipts: tuple[int, int]
) -> Part:
    """A catalogue part received at ``(qty, unit cost)`` per receipt, in that order.

    The first receipt's cost becomes the part's initial price (the price cap).
    """
    part = Part.get_or_none(Part.part_number == number)
    if part is None:
        part = catalogue.create_part(storekeeper, number, name, requires_documents=False)
    supplier = Supplier.get_or_none(Supplier.name == "Parts Co")
    if supplier is None:
        supplier = catalogue.create_supplier(storekeeper, "Parts Co")
    for qty, cost in receipts:
        delivery = receiving.open_delivery(storekeeper, supplier,
                                           f"DN-{next(_delivery_numbers)}", TODAY)
        receiving.inspect_lot(storekeeper, delivery, part, qty_note=qty, qty_counted=qty,
                              unit_cost=cost, appearance_ok=True, documents=())
    return Part.get_by_id(part.id)
