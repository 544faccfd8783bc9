"""A depot ready to receive scans, for the multi-station tests and the load bench.

Each station that scans needs operators, a product model, a customer and
registered units; building them through the services (not by inserting rows)
keeps the scenarios honest. Serials are `<prefix>-<n>` so every process can
be given its own range and nothing collides unless a test wants it to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from depot.models import Role, User
from depot.users import create_user
from rma import customers, units
from rma.models import Rma, RmaEvent


@dataclass(frozen=True)
class Depot:
    manager: User
    clerk: User
    model_id: int
    customer_id: int


def seed_depot() -> Depot:
    """Operators, one model and one customer in an empty, migrated database."""
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    clerk = create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)
    model = units.create_model(manager, code="ZT410", name="Zebra ZT410", warranty_months=12)
    customer = customers.create_customer(manager, name="Acme Ltd")
    return Depot(manager, clerk, model.id, customer.id)


def serial(prefix: str, n: int) -> str:
    return f"{prefix}-{n:06d}"


def register_units(depot: Depot, prefix: str, count: int, start: int = 0) -> list[str]:
    """Register `count` units with serials prefix-000000…; returns the serials."""
    out = []
    for n in range(start, start + count):
        s = serial(prefix, n)
        units.register_unit(depot.clerk, serial=s, model=depot.model_id,
                            customer=depot.customer_id, sale_date=date(2025, 6, 1))
        out.append(s)
    return out


def clerk() -> User:
    return User.get(User.badge == "BDG-S001")


def half_written_rmas() -> list[str]:
    """RMAs missing their first event or their audit entry (must always be empty)."""
    from depot.models import AuditEntry

    with_event = {r.rma_id for r in RmaEvent.select(RmaEvent.rma).where(
        RmaEvent.kind == "received")}
    audited = {int(a.entity_id) for a in AuditEntry.select(AuditEntry.entity_id).where(
        (AuditEntry.action == "rma.receive") & (AuditEntry.entity == "rma"))}
    return [r.number for r in Rma.select(Rma.id, Rma.number)
            if r.id not in with_event or r.id not in audited]
