"""Migrations of the inventory package (numbers are global; see `depot.migrate`)."""

from __future__ import annotations

from depot.migrate import Migration

MIGRATIONS: list[Migration] = [
    Migration(5, "loaner assets: the loaner pool and its status history",
              lambda db: __import__("inventory.loaner_models", fromlist=["upgrade"]).upgrade(db)),
]
