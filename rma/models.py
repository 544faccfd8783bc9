"""Customers, product models, units, RMAs and their append-only event log.

These are the tables intake, the repair workflow, loans, shipping and
handovers all hang off. An RMA keeps a snapshot of the coverage decision made
at intake (coverage, start, end, reason) so a later change of settings or of
the unit never rewrites what the customer was told.
"""

from __future__ import annotations

import peewee as pw

from depot.db import BaseModel, JsonField, UtcDateTimeField, VersionedModel, utcnow
from depot.models import User


class Customer(VersionedModel):
    name = pw.CharField(max_length=200, index=True)
    contact_person = pw.CharField(max_length=100, default="")
    address = pw.CharField(max_length=300, default="")
    postcode = pw.CharField(max_length=20, default="")
    phone = pw.CharField(max_length=40, default="", index=True)
    fax = pw.CharField(max_length=40, default="")
    email = pw.CharField(max_length=120, default="")
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.name


class ProductModel(VersionedModel):
    """A product model and its defaults (warranty months, DOA days, loaner class)."""

    code = pw.CharField(max_length=60, unique=True)
    name = pw.CharField(max_length=200)
    warranty_months = pw.IntegerField(default=12)
    doa_days = pw.IntegerField(default=7)
    loaner_class = pw.IntegerField(null=True)

    def __str__(self) -> str:
        return self.code


class Unit(VersionedModel):
    """A unit, identified by its serial number (出厂编号)."""

    serial = pw.CharField(max_length=40, unique=True)
    model = pw.ForeignKeyField(ProductModel, backref="units", on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, null=True, backref="units", on_delete="RESTRICT")
    sale_date = pw.DateField(null=True)
    acceptance_date = pw.DateField(null=True)
    #: the unit's own warranty length, overriding the model's (null: model default)
    warranty_months = pw.IntegerField(null=True)
    #: a service contract's length, overriding both
    contract_warranty_months = pw.IntegerField(null=True)
    #: days spent at the depot while in warranty (顺延), added to the end
    extension_days = pw.IntegerField(default=0)
    #: for a DOA replacement: the unit it replaced
    replaces = pw.ForeignKeyField("self", null=True, backref="replaced_by", on_delete="RESTRICT")
    created_at = UtcDateTimeField(default=utcnow)

    def __str__(self) -> str:
        return self.serial


class Rma(VersionedModel):
    """One return of one unit, from intake to closure."""

    number = pw.CharField(max_length=24, unique=True)
    unit = pw.ForeignKeyField(Unit, backref="rmas", on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, null=True, backref="rmas", on_delete="RESTRICT")
    state = pw.CharField(max_length=30, index=True)
    #: true until shipped / closed / cancelled; one open RMA per unit (unique index)
    is_open = pw.BooleanField(default=True)
    coverage = pw.CharField(max_length=20)
    coverage_reason = pw.TextField(default="")
    warranty_start = pw.DateField(null=True)
    warranty_end = pw.DateField(null=True)
    received_at = UtcDateTimeField(default=utcnow, index=True)
    reported_on = pw.DateField()
    fault = pw.TextField(default="")
    severity = pw.CharField(max_length=20, default="general")
    channel = pw.CharField(max_length=20, default="courier")
    #: intake condition: {"appearance": str, "accessories": [..], "documents": [..]}
    condition = JsonField(default=dict)
    inbound_carrier = pw.CharField(max_length=60, default="")
    inbound_tracking = pw.CharField(max_length=60, default="")
    technician = pw.ForeignKeyField(User, null=True, backref="assigned_rmas", on_delete="RESTRICT")
    created_by = pw.ForeignKeyField(User, null=True, backref="created_rmas", on_delete="RESTRICT")
    station = pw.CharField(max_length=60, default="")
    shipped_at = UtcDateTimeField(null=True)
    closed_at = UtcDateTimeField(null=True)

    def __str__(self) -> str:
        return self.number


class RmaEvent(BaseModel):
    """Append-only timeline of an RMA: who, when, from which state to which, why."""

    rma = pw.ForeignKeyField(Rma, backref="events", on_delete="RESTRICT")
    at = UtcDateTimeField(default=utcnow)
    actor = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT")
    station = pw.CharField(max_length=60, default="")
    kind = pw.CharField(max_length=40)
    from_state = pw.CharField(max_length=30, null=True)
    to_state = pw.CharField(max_length=30, null=True)
    note = pw.TextField(default="")
    data = JsonField(null=True)


INTAKE_MODELS = [Customer, ProductModel, Unit, Rma, RmaEvent]
