"""Tables of the loaner pool (migration 5): loaner assets and their status history.

A loaner (备用机) is a serialised asset carried at cost price, not stock: it is
lent, comes back, and is lent again, so it has a status instead of a quantity.
`Loaner.status` is only ever changed by one conditional UPDATE in
`inventory.loaners` (`... WHERE status IN (...)`), which is what keeps a loaner
out to at most one borrower even when two stations lend it at the same moment.
Every change of status also leaves a `LoanerStatusChange` row (append-only):
the utilisation report is computed from those spans, and the history of a
loaner answers "who had it when" without trusting anyone's memory.

Inventory knows nothing of RMAs: the borrower is a free-text reference (the
RMA number), exactly like the reference on a stock move.
"""

from __future__ import annotations

import peewee as pw

from depot.db import BaseModel, JsonField, UtcDateTimeField, VersionedModel, utcnow
from depot.models import User


class Loaner(VersionedModel):
    """One loaner asset, identified by its `LN-…` tag."""

    code = pw.CharField(max_length=24, unique=True)
    description = pw.CharField(max_length=200)
    #: the manufacturer's serial of the device, when it has one
    serial = pw.CharField(max_length=40, default="")
    #: rank by specification: a class-3 request may be served by class 3 or higher
    loaner_class = pw.IntegerField(index=True)
    #: carried at cost price, integer minor units
    cost_value = pw.BigIntegerField()
    #: available | out | in_service | retired (see `inventory.loaners.LoanerStatus`)
    status = pw.CharField(max_length=20, index=True)
    location = pw.CharField(max_length=80, default="")
    #: 1 as new, 2 good, 3 fair: the best-kept loaner of a class is offered first
    condition_grade = pw.IntegerField(default=2)
    condition_notes = pw.TextField(default="")
    #: what belongs with the loaner ("power supply", "USB cable", …)
    accessories = JsonField(default=list)
    #: while out: who has it (the RMA number), so a second lender is told
    out_reference = pw.CharField(max_length=40, default="")
    created_at = UtcDateTimeField(default=utcnow)
    retired_at = UtcDateTimeField(null=True)
    retired_reason = pw.TextField(default="")

    def __str__(self) -> str:
        return self.code


class LoanerStatusChange(BaseModel):
    """Append-only: a loaner moved from one status to another (creation: from None)."""

    loaner = pw.ForeignKeyField(Loaner, backref="status_changes", on_delete="RESTRICT")
    at = UtcDateTimeField(default=utcnow, index=True)
    actor = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    station = pw.CharField(max_length=60, default="")
    from_status = pw.CharField(max_length=20, null=True)
    to_status = pw.CharField(max_length=20)
    reference = pw.CharField(max_length=40, default="")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("loaner", "at"), False),)


LOANER_MODELS = [Loaner, LoanerStatusChange]


def upgrade(db: pw.Database) -> None:
    """Migration 5: the loaner pool; its status history is append-only."""
    from depot.migrate import append_only

    db.create_tables(LOANER_MODELS)
    append_only(db, "loaner_status_change")
