"""The technician's queue: mine, unassigned, overdue — one row per open RMA.

The bench screen lists the RMAs a technician works on with what they need to
see at a glance: number, unit, customer, state, coverage, who has it, and the
SLA clock (time left on the most urgent promise, overdue highlighted, paused
while the customer decides). One query for the RMAs and one for their events,
whatever the length of the queue; the SLA arithmetic is `rma.sla_status`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import peewee as pw

from depot import clock
from depot.errors import ValidationError
from depot.i18n import translate
from depot.models import User
from rma import sla
from rma.models import Customer, ProductModel, Rma, Unit
from rma.sla_status import RmaSla, compute, state_moves, turnaround_days, working_calendar

__all__ = ["QueueRow", "Which", "queue"]


class Which(StrEnum):
    MINE = "mine"
    UNASSIGNED = "unassigned"
    OVERDUE = "overdue"
    ALL = "all"


@dataclass(frozen=True)
class QueueRow:
    """One open RMA as the bench queue shows it."""

    rma_id: int
    number: str
    serial: str
    model: str
    customer: str
    state: str
    coverage: str
    technician: str
    received_at: datetime
    sla: RmaSla

    @property
    def status(self) -> sla.SlaStatus:
        return self.sla.status

    @property
    def time_left(self) -> timedelta | None:
        due = self.sla.next_due
        return due.left if due else None


def queue(actor: User, which: Which | str = Which.MINE, *, now: datetime | None = None,
          limit: int = 2000) -> list[QueueRow]:
    """Open RMAs for the bench, most urgent first.

    ``mine``: assigned to ``actor``; ``unassigned``: nobody has it yet;
    ``overdue``: any clock has run out, whoever has it; ``all``: every open RMA.
    """
    try:
        kind = Which(which)
    except ValueError:
        raise ValidationError(
            translate("Errors", "Unknown queue {which!r}: use mine, unassigned, overdue or all.")
            .format(which=which)) from None
    now = now or clock.now()
    tech = User.alias()
    query = (
        Rma.select(Rma.id, Rma.number, Rma.received_at, Rma.severity, Rma.state, Rma.coverage,
                   Unit.serial.alias("serial"), ProductModel.code.alias("model"),
                   Customer.name.alias("customer"), tech.name.alias("technician"))
        .join(Unit, on=(Rma.unit == Unit.id))
        .join(ProductModel, on=(Unit.model == ProductModel.id))
        .switch(Rma)
        .join(Customer, pw.JOIN.LEFT_OUTER, on=(Rma.customer == Customer.id))
        .switch(Rma)
        .join(tech, pw.JOIN.LEFT_OUTER, on=(Rma.technician == tech.id))
        .where(Rma.is_open == True)  # noqa: E712 (peewee expression)
        .order_by(Rma.received_at, Rma.id)
        .limit(limit)
    )
    if kind is Which.MINE:
        query = query.where(Rma.technician == actor.id)
    elif kind is Which.UNASSIGNED:
        query = query.where(Rma.technician.is_null())
    rows = list(query.dicts())
    events = state_moves([r["id"] for r in rows])
    calendar = working_calendar()
    days = turnaround_days()
    result = []
    for r in rows:
        clocks = compute(rma_id=r["id"], number=r["number"], received_at=r["received_at"],
                         severity=r["severity"], state=r["state"], transitions=events[r["id"]],
                         now=now, calendar=calendar, turnaround_days=days)
        if kind is Which.OVERDUE and clocks.status is not sla.SlaStatus.OVERDUE:
            continue
        result.append(QueueRow(
            rma_id=r["id"], number=r["number"], serial=r["serial"], model=r["model"],
            customer=r["customer"] or "", state=r["state"], coverage=r["coverage"],
            technician=r["technician"] or "", received_at=r["received_at"], sla=clocks,
        ))
    return sorted(result, key=lambda q: (q.time_left is None, q.time_left or timedelta(0)))
