"""Migrations of the inventory package (numbers are global; see `depot.migrate`)."""

from __future__ import annotations

import peewee as pw

from depot.migrate import Migration, append_only


def _warehouse(db: pw.Database) -> None:
    """Catalogue, ledger, reservations, receiving, advance exchange, counts.

    Search columns are compared byte-wise (C collation on PostgreSQL, SQLite's
    default BINARY), so a prefix search is an index range scan
    ``key >= 'abc' AND key < 'abd'`` on both backends whatever locale the
    server was initialised with.
    """
    from inventory.models import INVENTORY_MODELS

    db.create_tables(INVENTORY_MODELS)
    is_pg = isinstance(db, pw.PostgresqlDatabase)
    if is_pg:
        for table, column, size in (
            ("part", "part_number", "varchar(40)"),
            ("part", "name_key", "varchar(200)"),
            ("part", "search_text", "varchar(1000)"),
            ("supplier_barcode", "barcode", "varchar(64)"),
        ):
            db.execute_sql(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE {size} COLLATE "C"')
    db.execute_sql("CREATE INDEX part_name_key ON part (name_key)")
    db.execute_sql("CREATE INDEX stock_move_reference ON stock_move (reference, part_id)")
    db.execute_sql("CREATE INDEX stock_move_at ON stock_move (at)")
    # one active reservation per part and reference, also under concurrent writers
    db.execute_sql(
        "CREATE UNIQUE INDEX reservation_one_active ON reservation (part_id, reference) "
        "WHERE active"
    )
    # one count in progress per bin
    db.execute_sql(
        "CREATE UNIQUE INDEX count_session_one_open ON count_session (bin_id) "
        "WHERE status IN ('open', 'pending_approval')"
    )
    append_only(db, "stock_move")


MIGRATIONS = [
    Migration(3, "inventory: catalogue, stock ledger, receiving, reservations, counts",
              _warehouse),
    Migration(5, "loaner assets: the loaner pool and its status history",
              lambda db: __import__("inventory.loaner_models", fromlist=["upgrade"]).upgrade(db)),
]
