"""Migrations of the rma package (numbers are global; see `depot.migrate`)."""

from __future__ import annotations

import peewee as pw

from depot.migrate import Migration, append_only


def _intake(db: pw.Database) -> None:
    from rma.models import INTAKE_MODELS

    db.create_tables(INTAKE_MODELS)
    # one open RMA per unit, also when two stations scan the same serial at once
    db.execute_sql("CREATE UNIQUE INDEX rma_one_open_per_unit ON rma (unit_id) WHERE is_open")
    db.execute_sql("CREATE INDEX unit_customer ON unit (customer_id)")
    append_only(db, "rma_event")


MIGRATIONS = [
    Migration(2, "intake: customers, models, units, RMAs, RMA events", _intake),
    Migration(4, "workflow: diagnosis, quotes, payments, parts, vendor repairs, tasks", lambda db: __import__("rma.repair_models", fromlist=["upgrade"]).upgrade(db)),  # noqa: E501
    Migration(6, "loans and shipping legs (payer rules live in settings)",
              lambda db: __import__("rma.shipping_models", fromlist=["upgrade"]).upgrade(db)),
    Migration(7, "handovers, satisfaction surveys, complaints, report indexes",
              lambda db: __import__("rma.signoff_models", fromlist=["upgrade"]).upgrade(db)),
]
