"""Tables of loans and shipping legs (migration 6).

* `ShippingLeg` — one movement of a unit, a loaner or a part: direction,
  carrier, tracking number, cost and payer. The payer is decided from the
  rule table *when the leg is created* and stored with the rule's answer and
  the coverage it was judged on, so a manager changing the table later never
  rewrites who paid for last month's courier.
* `Loan` — a loaner out to an RMA: who handed it out, when, with which
  accessories, by which leg; when it is due back; how it came back. Two
  partial unique indexes (`returned_at IS NULL`) make "a loaner is out to at
  most one RMA" and "an RMA has at most one loaner out" hold in the database
  itself, behind the conditional UPDATE on the loaner's status.
* `LoanDecline` — the customer did not want the loaner they were owed (or a
  manager decided it was not needed), so the desk stops chasing it.
"""

from __future__ import annotations

import peewee as pw

from depot.db import BaseModel, JsonField, UtcDateTimeField, VersionedModel, utcnow
from depot.models import User
from inventory.loaner_models import Loaner
from rma.models import Rma


class ShippingLeg(VersionedModel):
    """One shipping leg of an RMA. Money in integer minor units."""

    rma = pw.ForeignKeyField(Rma, backref="shipping_legs", on_delete="RESTRICT")
    #: a `rma.payer_rules.LegKind` value
    direction = pw.CharField(max_length=20, index=True)
    carrier = pw.CharField(max_length=60)
    tracking = pw.CharField(max_length=60, default="", index=True)
    cost = pw.BigIntegerField(default=0)
    #: who bears the cost: customer | depot
    payer = pw.CharField(max_length=10, index=True)
    #: what the rule table said at creation (customer | depot | none)
    rule_payer = pw.CharField(max_length=10)
    #: the RMA's coverage the rule was applied to
    coverage = pw.CharField(max_length=20)
    #: set when a manager chose another payer than the rule's
    override_reason = pw.TextField(default="")
    overridden_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    #: the customer settled with the carrier themselves (sender pays): nothing to bill
    customer_paid_carrier = pw.BooleanField(default=False)
    #: for loaner legs: which loaner travelled
    loaner_code = pw.CharField(max_length=24, default="")
    #: the quote line the cost was put on, while that line exists
    quote_line_id = pw.IntegerField(null=True)
    note = pw.TextField(default="")
    created_at = UtcDateTimeField(default=utcnow, index=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    shipped_at = UtcDateTimeField(null=True)
    delivered_on = pw.DateField(null=True)

    @property
    def reference(self) -> str:
        """`LEG-17`: how a quote line or a label names this leg."""
        return f"LEG-{self.id}"


class Loan(VersionedModel):
    """A loaner lent to an RMA, from checkout to return."""

    rma = pw.ForeignKeyField(Rma, backref="loans", on_delete="RESTRICT")
    loaner = pw.ForeignKeyField(Loaner, backref="loans", on_delete="RESTRICT")
    #: the class the RMA's model needed (the loaner's own may be higher)
    needed_class = pw.IntegerField()
    #: when the loaner was owed by (the next working day), to judge "on time"
    due_by = pw.DateField(null=True)
    out_at = UtcDateTimeField(default=utcnow, index=True)
    out_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    out_station = pw.CharField(max_length=60, default="")
    accessories_out = JsonField(default=list)
    outbound_leg = pw.ForeignKeyField(ShippingLeg, null=True, on_delete="RESTRICT")
    #: a manager lent it against the rules (out of warranty…): why
    override_reason = pw.TextField(default="")
    #: set once the repaired unit is delivered: delivered + N working days
    due_back = pw.DateField(null=True, index=True)
    returned_at = UtcDateTimeField(null=True)
    returned_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    accessories_back = JsonField(null=True)
    missing_accessories = JsonField(default=list)
    condition_ok = pw.BooleanField(null=True)
    return_notes = pw.TextField(default="")
    return_leg = pw.ForeignKeyField(ShippingLeg, null=True, on_delete="RESTRICT")

    @property
    def is_out(self) -> bool:
        return self.returned_at is None


class LoanDecline(BaseModel):
    """A loaner owed to an RMA that will not be provided, and why."""

    rma = pw.ForeignKeyField(Rma, unique=True, backref="loan_declines", on_delete="RESTRICT")
    reason = pw.TextField()
    declined_by = pw.ForeignKeyField(User, on_delete="RESTRICT")
    declined_at = UtcDateTimeField(default=utcnow)


SHIPPING_MODELS = [ShippingLeg, Loan, LoanDecline]


def upgrade(db: pw.Database) -> None:
    """Migration 6: legs, loans, declines; one open loan per loaner and per RMA."""
    db.create_tables(SHIPPING_MODELS)
    db.execute_sql(
        "CREATE UNIQUE INDEX loan_one_out_per_loaner ON loan (loaner_id) "
        "WHERE returned_at IS NULL"
    )
    db.execute_sql(
        "CREATE UNIQUE INDEX loan_one_out_per_rma ON loan (rma_id) WHERE returned_at IS NULL"
    )
    db.execute_sql("CREATE INDEX shipping_leg_rma ON shipping_leg (rma_id, direction)")
