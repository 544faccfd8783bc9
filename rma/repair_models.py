"""Tables of the repair workflow (migration 4): diagnosis, quotes, payments,
parts issued to an RMA, vendor repairs, tasks and gate waivers.

They hang off `rma.models.Rma`. Money columns are integer minor units. The
payment ledger and the waiver log are append-only history (a refund is a
negative payment, never an edit); rows people edit (diagnosis, quotes, issued
part lines, tasks) carry a version so a stale write from another station is
refused.
"""

from __future__ import annotations

import peewee as pw

from depot.db import BaseModel, JsonField, UtcDateTimeField, VersionedModel, utcnow
from depot.models import User
from rma.models import Rma


class Diagnosis(VersionedModel):
    """The technician's findings for one RMA (one row per RMA, edited in place).

    Every save also leaves an `RmaEvent`, so the timeline keeps each version
    of the findings even though this row holds only the latest.
    """

    rma = pw.ForeignKeyField(Rma, unique=True, backref="diagnosis", on_delete="RESTRICT")
    findings = pw.TextField(default="")
    cause_code = pw.CharField(max_length=40, default="")
    exclusion_code = pw.CharField(max_length=40, default="")
    exclusion_note = pw.TextField(default="")
    diagnosed_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    diagnosed_at = UtcDateTimeField(null=True)


class NeededPart(BaseModel):
    """A part the diagnosis (or the repair) found necessary."""

    rma = pw.ForeignKeyField(Rma, backref="needed_parts", on_delete="RESTRICT")
    part_code = pw.CharField(max_length=60)
    description = pw.CharField(max_length=200, default="")
    qty = pw.IntegerField(default=1)
    #: "diagnosis" or "repair" (found during repair: needs a revised quote when chargeable)
    found_during = pw.CharField(max_length=20, default="diagnosis")
    added_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    added_at = UtcDateTimeField(default=utcnow)


class Quote(VersionedModel):
    """One revision of the quote for an RMA; a later revision supersedes it.

    ``total`` is fixed when the quote is issued (the customer is shown that
    number); while a draft it is kept equal to the sum of the lines.
    """

    rma = pw.ForeignKeyField(Rma, backref="quotes", on_delete="RESTRICT")
    revision = pw.IntegerField()
    number = pw.CharField(max_length=40, unique=True)
    status = pw.CharField(max_length=20, index=True)
    currency = pw.CharField(max_length=3, default="CNY")
    total = pw.BigIntegerField(default=0)
    #: diagnosis fee owed if the customer declines (DOMAIN §3)
    diagnosis_fee = pw.BigIntegerField(default=0)
    valid_until = pw.DateField(null=True)
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    created_at = UtcDateTimeField(default=utcnow)
    issued_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    issued_at = UtcDateTimeField(null=True)
    decided_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    decided_at = UtcDateTimeField(null=True)
    #: how the customer's decision reached us: phone, email, signed
    decision_method = pw.CharField(max_length=20, default="")
    decision_note = pw.TextField(default="")

    class Meta:
        indexes = ((("rma", "revision"), True),)


class QuoteLine(BaseModel):
    """One line of a quote. ``amount`` = ``qty × unit_price``, exact."""

    quote = pw.ForeignKeyField(Quote, backref="lines", on_delete="CASCADE")
    position = pw.IntegerField()
    kind = pw.CharField(max_length=20)
    part_code = pw.CharField(max_length=60, default="")
    description = pw.CharField(max_length=200)
    qty = pw.IntegerField(default=1)
    unit_price = pw.BigIntegerField()
    amount = pw.BigIntegerField()
    #: the part's initial price when the catalogue knows it (the price cap)
    price_cap = pw.BigIntegerField(null=True)
    #: "cost", "cap", "entered", "policy"
    price_source = pw.CharField(max_length=20, default="entered")


class Payment(BaseModel):
    """Append-only ledger of money received (positive) and refunded (negative)."""

    rma = pw.ForeignKeyField(Rma, backref="payments", on_delete="RESTRICT")
    amount = pw.BigIntegerField()
    currency = pw.CharField(max_length=3, default="CNY")
    method = pw.CharField(max_length=20)
    reference = pw.CharField(max_length=120, default="")
    paid_on = pw.DateField()
    reason = pw.TextField(default="")
    operator = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    recorded_at = UtcDateTimeField(default=utcnow)
    station = pw.CharField(max_length=60, default="")


class RmaPart(VersionedModel):
    """A part issued from stock to an RMA (and how many came back unused)."""

    rma = pw.ForeignKeyField(Rma, backref="parts", on_delete="RESTRICT")
    part_code = pw.CharField(max_length=60)
    description = pw.CharField(max_length=200, default="")
    qty = pw.IntegerField()
    returned_qty = pw.IntegerField(default=0)
    unit_cost = pw.BigIntegerField()
    stock_move_id = pw.IntegerField(null=True)
    issued_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    issued_at = UtcDateTimeField(default=utcnow)

    @property
    def qty_out(self) -> int:
        return self.qty - self.returned_qty


class VendorRepair(VersionedModel):
    """A unit sent to the supplier for repair (返厂维修)."""

    rma = pw.ForeignKeyField(Rma, backref="vendor_repairs", on_delete="RESTRICT")
    vendor = pw.CharField(max_length=120)
    vendor_rma = pw.CharField(max_length=60, default="")
    sent_on = pw.DateField()
    expected_back = pw.DateField(null=True)
    back_on = pw.DateField(null=True)
    note = pw.TextField(default="")
    sent_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    received_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")


class Task(VersionedModel):
    """A to-do raised by the workflow (inform the customer of a longer cycle…)."""

    rma = pw.ForeignKeyField(Rma, backref="tasks", on_delete="RESTRICT")
    kind = pw.CharField(max_length=40)
    title = pw.CharField(max_length=200)
    due = UtcDateTimeField(null=True, index=True)
    created_at = UtcDateTimeField(default=utcnow)
    done_at = UtcDateTimeField(null=True)
    done_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    note = pw.TextField(default="")


class GateWaiver(BaseModel):
    """A manager's waiver of one gate for one RMA; used by the next transition it opens."""

    rma = pw.ForeignKeyField(Rma, backref="waivers", on_delete="RESTRICT")
    gate = pw.CharField(max_length=30)
    reason = pw.TextField()
    waived_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    waived_at = UtcDateTimeField(default=utcnow)
    used_at = UtcDateTimeField(null=True)
    used_by_action = pw.CharField(max_length=30, default="")
    data = JsonField(null=True)


WORKFLOW_MODELS = [
    Diagnosis,
    NeededPart,
    Quote,
    QuoteLine,
    Payment,
    RmaPart,
    VendorRepair,
    Task,
    GateWaiver,
]


def upgrade(db: pw.Database) -> None:
    """Migration 4: create the workflow tables; payments are append-only history."""
    from depot.migrate import append_only

    db.create_tables(WORKFLOW_MODELS)
    db.execute_sql("CREATE INDEX task_open ON task (done_at, due)")
    append_only(db, "payment")
