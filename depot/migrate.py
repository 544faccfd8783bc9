"""Numbered schema migrations, applied when a database is opened.

Each package contributes `Migration`s with globally unique numbers; the list
is assembled by the top data layer (`rma.schema`). The version lives in a
one-row `schema_version` table that works the same on SQLite and PostgreSQL.
A database newer than the program is refused before anything is written; an
SQLite file is copied to the backups folder before a migration touches it.
Each migration runs in its own transaction together with the version bump, so
a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from depot import clock
from depot.errors import SchemaError
from depot.i18n import translate

#: advisory lock key so two stations opening an old PostgreSQL schema at once
#: migrate it one after the other
PG_MIGRATION_LOCK = 74_201_001


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    upgrade: Callable[[pw.Database], None]


def latest(migrations: Sequence[Migration]) -> int:
    return max((m.number for m in migrations), default=0)


def check_sequence(migrations: Sequence[Migration]) -> list[Migration]:
    ordered = sorted(migrations, key=lambda m: m.number)
    numbers = [m.number for m in ordered]
    if len(set(numbers)) != len(numbers) or (numbers and numbers[0] < 1):
        raise RuntimeError(f"migration numbers must be unique and positive: {numbers}")
    return ordered


def too_new_message(found: int, known: int) -> str:
    return translate(
        "Errors",
        "This database was written by a newer version of Depot (schema {found}; this "
        "program knows up to {known}). Install the newer Depot, or open another database. "
        "Nothing was changed.",
    ).format(found=found, known=known)


def current_version(db: pw.Database) -> int | None:
    if "schema_version" not in db.get_tables():
        return None
    row = db.execute_sql("SELECT version FROM schema_version WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def apply(
    db: pw.Database,
    migrations: Sequence[Migration],
    *,
    app_version: str,
    backup: Callable[[int], Path | None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[int]:
    """Bring `db` up to the latest migration; returns the numbers applied."""
    ordered = check_sequence(migrations)
    known = latest(ordered)
    found = current_version(db)
    if found is not None and found > known:
        raise SchemaError(too_new_message(found, known))
    pending = [m for m in ordered if m.number > (found or 0)]
    if not pending:
        return []
    if found and backup is not None:
        backup(found)
    applied: list[int] = []
    is_pg = isinstance(db, pw.PostgresqlDatabase)
    for migration in pending:
        with db.atomic():
            if is_pg:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (PG_MIGRATION_LOCK,))
            if "schema_version" not in db.get_tables():
                db.execute_sql(
                    "CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL,"
                    " app_version VARCHAR(40) NOT NULL, updated_at VARCHAR(40) NOT NULL)"
                )
                db.execute_sql(
                    "INSERT INTO schema_version (id, version, app_version, updated_at)"
                    f" VALUES (1, 0, {db.param}, {db.param})",
                    (app_version, clock.now().isoformat()),
                )
            now_at = current_version(db) or 0
            if now_at > known:
                raise SchemaError(too_new_message(now_at, known))
            if now_at >= migration.number:
                continue  # another station applied it while we waited for the lock
            if progress:
                progress(f"Migration {migration.number}: {migration.name}")
            migration.upgrade(db)
            db.execute_sql(
                f"UPDATE schema_version SET version = {db.param}, app_version = {db.param},"
                f" updated_at = {db.param} WHERE id = 1",
                (migration.number, app_version, clock.now().isoformat()),
            )
            applied.append(migration.number)
    return applied


def append_only(db: pw.Database, table: str) -> None:
    """Make a history table refuse UPDATE and DELETE at the database itself."""
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION depot_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'history is append-only: %% on %%', TG_OP, TG_TABLE_NAME; "
            "END $$ LANGUAGE plpgsql"
        )
        db.execute_sql(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION depot_append_only()"
        )
    else:
        for op in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'history is append-only: {op} on {table}'); END"
            )


def open_database(
    url: str,
    migrations: Sequence[Migration],
    *,
    app_version: str,
    backup_dir: Path | None = None,
    migrate: bool = True,
    progress: Callable[[str], None] | None = None,
):
    """Open the database at `url`, bind it to the proxy, and migrate it.

    An SQLite file is first inspected read-only: a file from a newer program
    is refused before any pragma or journal touches it.
    """
    from depot import db as dbmod

    info = dbmod.describe_url(url)
    known = latest(migrations)
    if info.path is not None:
        found = dbmod.read_sqlite_version(info.path)
        if found is not None and found > known:
            raise SchemaError(too_new_message(found, known))
    dbmod.close()
    database = dbmod.make_database(url)
    try:
        database.connect(reuse_if_open=True)
    except Exception as exc:  # psycopg / sqlite errors: say what failed
        raise SchemaError(translate("Errors", "Cannot open {database}: {detail}").format(
            database=info.display, detail=str(exc).strip())) from None
    dbmod.bind(database, info)

    def take_backup(version: int) -> Path | None:
        if info.path is None or backup_dir is None:
            return None
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        target = backup_dir / f"{info.path.stem}-schema{version}-{stamp}.db"
        return dbmod.sqlite_backup(info.path, target)

    if migrate:
        try:
            apply(database, migrations, app_version=app_version, backup=take_backup,
                  progress=progress)
        except Exception:
            dbmod.close()
            raise
    else:
        found = current_version(database)
        if found is not None and found > known:
            dbmod.close()
            raise SchemaError(too_new_message(found, known))
    return info
