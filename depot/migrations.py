"""Migrations of the core package (numbers are global; see `depot.migrate`)."""

from __future__ import annotations

import peewee as pw

from depot.migrate import Migration, append_only


def _core(db: pw.Database) -> None:
    from depot.models import CORE_MODELS

    db.create_tables(CORE_MODELS)
    append_only(db, "audit_entry")


MIGRATIONS = [Migration(1, "core: users, audit log, settings, counters", _core)]
