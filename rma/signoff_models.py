"""Tables of migration 7: handovers, satisfaction surveys and complaints.

Handovers record who gave what to whom (DOMAIN §9); surveys and complaints
are what the customer says afterwards (DOMAIN §9, KPIs in §8). They share a
migration because they are the "sign-off" end of an RMA's life and the
monthly report reads them together.

Why the handover item carries an ``item_key`` and an ``is_open`` copy of its
handover's state: "an item cannot be in two open handovers" has to hold also
when two stations scan the same RMA into two handovers at the same moment.
A check-then-insert cannot promise that; a unique index on ``item_key``
restricted to open items (``WHERE is_open``) can, on SQLite and PostgreSQL
alike. Parts are interchangeable pieces, so a part line's key includes its
handover: one line per part number per handover (a second scan adds to the
quantity), while two technicians may each receive pieces of the same part.
"""

from __future__ import annotations

from enum import StrEnum

import peewee as pw

from depot.db import BaseModel, UtcDateTimeField, VersionedModel, utcnow
from depot.models import User
from inventory.loaner_models import Loaner
from inventory.models import Part
from rma.models import Rma


class HandoverKind(StrEnum):
    """Who hands to whom (DOMAIN §9); the value is stored."""

    INTAKE_TO_BENCH = "intake_to_bench"
    BENCH_TO_SHIPPING = "bench_to_shipping"
    DEPOT_TO_COURIER = "depot_to_courier"
    DEPOT_TO_VENDOR = "depot_to_vendor"
    DEPOT_TO_CUSTOMER = "depot_to_customer"
    WAREHOUSE_TO_TECHNICIAN = "warehouse_to_technician"
    SHIFT_CHANGE = "shift_change"


class HandoverState(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class ItemType(StrEnum):
    RMA = "rma"
    PART = "part"
    LOANER = "loaner"


class Handover(VersionedModel):
    """One handover sheet: its number is printed as a barcode, so a scan reopens it."""

    number = pw.CharField(max_length=24, unique=True)
    kind = pw.CharField(max_length=30, choices=[(k.value, k.value) for k in HandoverKind])
    from_party = pw.CharField(max_length=120)
    to_party = pw.CharField(max_length=120)
    state = pw.CharField(max_length=12, default=HandoverState.OPEN.value, index=True)
    note = pw.TextField(default="")
    station = pw.CharField(max_length=60, default="")
    created_by = pw.ForeignKeyField(User, on_delete="RESTRICT", backref="handovers_created")
    created_at = UtcDateTimeField(default=utcnow, index=True)
    confirmed_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    confirmed_at = UtcDateTimeField(null=True)
    cancelled_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    cancelled_at = UtcDateTimeField(null=True)
    cancel_reason = pw.TextField(default="")

    def __str__(self) -> str:
        return self.number


class HandoverItem(BaseModel):
    """One line of a handover: an RMA (the unit), a part with a quantity, or a loaner."""

    handover = pw.ForeignKeyField(Handover, backref="items", on_delete="CASCADE")
    position = pw.IntegerField()
    item_type = pw.CharField(max_length=10, choices=[(t.value, t.value) for t in ItemType])
    rma = pw.ForeignKeyField(Rma, null=True, on_delete="RESTRICT", backref="handover_items")
    part = pw.ForeignKeyField(Part, null=True, on_delete="RESTRICT", backref="+")
    loaner = pw.ForeignKeyField(Loaner, null=True, on_delete="RESTRICT", backref="+")
    qty = pw.IntegerField(default=1, constraints=[pw.Check("qty > 0")])
    #: the code shown and scanned: RMA number, part number or loaner tag (a snapshot)
    code = pw.CharField(max_length=60)
    #: "rma:<id>", "loaner:<id>", "part:<id>@<handover id>"; unique among open items
    item_key = pw.CharField(max_length=60)
    #: mirrors "the handover is open"; backs the partial unique index on item_key
    is_open = pw.BooleanField(default=True)
    added_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    added_at = UtcDateTimeField(default=utcnow)


class Survey(BaseModel):
    """The customer's satisfaction after delivery: one per RMA, scores 1 (poor) to 5 (very good)."""

    rma = pw.ForeignKeyField(Rma, unique=True, backref="survey", on_delete="RESTRICT")
    staff = pw.SmallIntegerField(constraints=[pw.Check("staff BETWEEN 1 AND 5")])
    quality = pw.SmallIntegerField(constraints=[pw.Check("quality BETWEEN 1 AND 5")])
    speed = pw.SmallIntegerField(constraints=[pw.Check("speed BETWEEN 1 AND 5")])
    comment = pw.TextField(default="")
    #: how the answers reached us: phone, email, form, visit
    channel = pw.CharField(max_length=20, default="phone")
    recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    recorded_at = UtcDateTimeField(default=utcnow, index=True)


class Complaint(VersionedModel):
    """A complaint about an RMA; `attributable` says whether the depot's service caused it."""

    number = pw.CharField(max_length=24, unique=True)
    rma = pw.ForeignKeyField(Rma, backref="complaints", on_delete="RESTRICT")
    received_at = UtcDateTimeField(default=utcnow, index=True)
    description = pw.TextField()
    #: None until someone has judged it; the complaint rate counts only True
    attributable = pw.BooleanField(null=True)
    resolution = pw.TextField(default="")
    recorded_by = pw.ForeignKeyField(User, on_delete="RESTRICT", backref="+")
    closed_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+")
    closed_at = UtcDateTimeField(null=True)


SIGNOFF_MODELS = [Handover, HandoverItem, Survey, Complaint]


def upgrade(db: pw.Database) -> None:
    """Migration 7: handovers, surveys, complaints, and the indexes the monthly report needs.

    ``rma.shipped_at`` gets an index so "shipped this month" is a range scan
    over 300,000 RMAs, not a table scan; ``rma_event (rma_id, at, to_state)``
    lets the on-time rate find when each wait on the customer ended.
    """
    db.create_tables(SIGNOFF_MODELS)
    db.execute_sql(
        "CREATE UNIQUE INDEX handover_item_one_open ON handover_item (item_key) WHERE is_open"
    )
    db.execute_sql("CREATE INDEX rma_shipped_at ON rma (shipped_at)")
    # an RMA's state changes in time order, read without touching the table
    # (turnaround less waiting time: rma_event rows are wide, notes and data)
    db.execute_sql("CREATE INDEX rma_event_timeline ON rma_event (rma_id, at, to_state)")
