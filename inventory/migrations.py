"""Migrations of the inventory package (numbers are global; see `depot.migrate`)."""

from __future__ import annotations

from depot.migrate import Migration

MIGRATIONS: list[Migration] = []
