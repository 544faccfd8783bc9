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


def _search_and_bins(db: pw.Database) -> None:
    """Part search words, and each stock level's bin, with a backfill.

    The first version searched fragments by scanning every part (LIKE
    '%…%'); over 50,000 parts on a busy station that took 30–80 ms, a miss the
    longest. An index of words turns every search into range scans. Valuation
    per bin joined each stock level to its (wide) part row for the bin; the
    bin on the level row makes it one narrow aggregate.
    """
    from playhouse.migrate import SchemaMigrator, migrate

    from inventory.catalogue import search_words
    from inventory.models import Bin

    is_pg = isinstance(db, pw.PostgresqlDatabase)
    collate = ' COLLATE "C"' if is_pg else ""
    db.execute_sql(
        f"CREATE TABLE part_search_word (word VARCHAR(60){collate} NOT NULL,"
        " part_id INTEGER NOT NULL REFERENCES part (id) ON DELETE CASCADE,"
        " PRIMARY KEY (word, part_id))" + ("" if is_pg else " WITHOUT ROWID")
    )
    db.execute_sql("CREATE INDEX part_search_word_part ON part_search_word (part_id)")
    # migration 3 creates its tables from today's models, so a database made
    # by this program has the column already; one made by the first version not
    if "bin_id" not in {c.name for c in db.get_columns("stock_level")}:
        migrator = SchemaMigrator.from_database(db)
        migrate(migrator.add_column(
            "stock_level", "bin_id",
            pw.ForeignKeyField(Bin, null=True, field=Bin.id, on_delete="RESTRICT"),
        ))
    db.execute_sql(
        "UPDATE stock_level SET bin_id = (SELECT p.bin_id FROM part p"
        " WHERE p.id = stock_level.part_id)"
    )
    models: dict[int, list[str]] = {}
    for pid, model in db.execute_sql("SELECT part_id, model FROM compatible_model"):
        models.setdefault(pid, []).append(model)
    codes: dict[int, list[str]] = {}
    for pid, printed in db.execute_sql("SELECT part_id, printed FROM supplier_barcode"):
        codes.setdefault(pid, []).append(printed)
    param = db.param
    for pid, number, name in db.execute_sql("SELECT id, part_number, name FROM part").fetchall():
        for word in search_words(number, name, models.get(pid, ()), codes.get(pid, ())):
            db.execute_sql(
                f"INSERT INTO part_search_word (word, part_id) VALUES ({param}, {param})",
                (word, pid),
            )


MIGRATIONS = [
    Migration(3, "inventory: catalogue, stock ledger, receiving, reservations, counts",
              _warehouse),
    Migration(5, "loaner assets: the loaner pool and its status history",
              lambda db: __import__("inventory.loaner_models", fromlist=["upgrade"]).upgrade(db)),
    Migration(8, "inventory: part search words, bins on stock levels", _search_and_bins),
]
