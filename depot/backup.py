"""Backups and restores that can be trusted: consistent, checked, verified.

A backup is two files: the copy (`depot-20260105-090000-desk1.db` for
SQLite, `….dump` for a PostgreSQL custom-format dump) and its manifest
(`….db.json`): schema version, program version, station, time, and the row
count and SHA-256 of every table, computed from the very snapshot that was
copied. The manifest is what makes a restore checkable: after restoring, the
same checksums are computed on the result and must match, table by table.

- SQLite: the online backup API copies a consistent snapshot while the
  program keeps writing (WAL readers never block writers); the copy is then
  switched to a single self-contained file and integrity-checked.
- PostgreSQL: `pg_dump` on a snapshot exported from a REPEATABLE READ
  transaction, and the checksums read inside that same transaction, so the
  dump and its manifest describe the same instant. Without `pg_dump` on the
  machine the person is told exactly that.
- A restore first checks that the file is a Depot database of a schema this
  program can open (too new: refused, nothing touched), restores into a new
  file or an empty PostgreSQL database, never over data unless asked, and
  then verifies the checksums.
- Daily backups: the first station to open the program on a new day takes
  one into the backup folder and keeps the newest N (`backup.keep`).

Files are written under a temporary name and renamed when complete, so a
crash mid-backup never leaves a file that looks like a good backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from glob import glob
from pathlib import Path
from typing import Any

import depot
from depot import clock, config, settings
from depot import db as dbmod
from depot.connection import connect_kwargs
from depot.errors import DomainError, SchemaError, ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.migrate import too_new_message

log = logging.getLogger(__name__)

MANIFEST_FORMAT = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
NAME_RE = re.compile(r"^depot-(\d{8})-(\d{6})(?:-[A-Za-z0-9_.-]+)?\.(db|dump)$")


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(translate("Errors", "Enter true or false."))
    return value


DAILY = settings.define(
    "backup.daily", True, QT_TRANSLATE_NOOP("Settings", "Take a backup every day"), _bool
)
KEEP = settings.define(
    "backup.keep", 14,
    QT_TRANSLATE_NOOP("Settings", "Daily backups kept (the oldest beyond this are deleted)"),
    settings.int_range(1, 3650),
)
FOLDER = settings.define(
    "backup.folder", "",
    QT_TRANSLATE_NOOP("Settings",
                      "Daily backup folder (empty: the backups folder in the data folder)"),
)


class BackupError(DomainError):
    """A backup or restore that could not be done; the message says why and what to do."""


# --------------------------------------------------------------------------- checksums


@dataclass(frozen=True)
class TableSum:
    rows: int
    sha256: str


def _sqlite_tables(cur: Any) -> list[str]:
    cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    return [r[0] for r in cur.fetchall()]


def _pg_tables(cur: Any) -> list[str]:
    cur.execute(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
        " ORDER BY tablename"
    )
    return [r[0] for r in cur.fetchall()]


def _order_columns(cur: Any, table: str, backend: str) -> str:
    """The primary key (or, lacking one, every column): a stable row order to hash in."""
    if backend == "sqlite":
        cur.execute(f'SELECT name, pk FROM pragma_table_info("{table}")')
        cols = cur.fetchall()
        keys = [name for name, pk in sorted(cols, key=lambda c: c[1]) if pk]
        names = keys or [name for name, _ in cols]
    else:
        cur.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
            " ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)"
            " WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY a.attnum",
            (f'"{table}"',),
        )
        names = [r[0] for r in cur.fetchall()]
        if not names:
            cur.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
                " AND table_schema = current_schema() ORDER BY ordinal_position", (table,),
            )
            names = [r[0] for r in cur.fetchall()]
    return ", ".join(f'"{n}"' for n in names)


def table_checksums(cur: Any, backend: str, where: dict[str, str] | None = None
                    ) -> dict[str, TableSum]:
    """Row count and SHA-256 of every table, rows in primary-key order.

    Computed through a DB-API cursor so it can run inside the snapshot a
    backup copies. Comparable between two databases of the same backend (the
    drivers' value types differ between SQLite and PostgreSQL). `where` limits
    a table to some rows (tests compare a live database with an older copy).
    """
    tables = _sqlite_tables(cur) if backend == "sqlite" else _pg_tables(cur)
    out: dict[str, TableSum] = {}
    for table in tables:
        order = _order_columns(cur, table, backend)
        condition = f" WHERE {where[table]}" if where and table in where else ""
        cur.execute(f'SELECT * FROM "{table}"{condition} ORDER BY {order}')
        digest = hashlib.sha256()
        rows = 0
        while True:
            batch = cur.fetchmany(2000)
            if not batch:
                break
            for row in batch:
                digest.update(repr(tuple(row)).encode("utf-8"))
                digest.update(b"\n")
            rows += len(batch)
        out[table] = TableSum(rows, digest.hexdigest())
    return out


def checksums_of(url: str, where: dict[str, str] | None = None) -> dict[str, TableSum]:
    """Checksums of the database at `url`, read on a connection of its own."""
    info = dbmod.describe_url(url)
    if info.path is not None:
        conn = sqlite3.connect(f"file:{info.path.as_posix()}?mode=ro", uri=True)
        try:
            return table_checksums(conn.cursor(), "sqlite", where)
        finally:
            conn.close()
    import psycopg

    with psycopg.connect(info.url, autocommit=True, **connect_kwargs(info.url)) as pg, \
            pg.cursor() as cur:
        return table_checksums(cur, "postgresql", where)


def differences(expected: dict[str, TableSum], actual: dict[str, TableSum]) -> list[str]:
    """Tables whose rows differ, as short lines a person can read."""
    out = []
    for table in sorted(set(expected) | set(actual)):
        want, got = expected.get(table), actual.get(table)
        if want is None:
            out.append(translate("Errors", "{table}: not in the backup").format(table=table))
        elif got is None:
            out.append(translate("Errors", "{table}: missing").format(table=table))
        elif want != got and got.rows == want.rows:
            out.append(translate(
                "Errors", "{table}: {rows} rows, expected {expected} (same count, different "
                "content)").format(table=table, rows=got.rows, expected=want.rows))
        elif want != got:
            out.append(translate("Errors", "{table}: {rows} rows, expected {expected}").format(
                table=table, rows=got.rows, expected=want.rows))
    return out


# --------------------------------------------------------------------------- manifests


@dataclass
class Manifest:
    """What a backup holds; written next to it as `<backup>.json`."""

    kind: str  # "sqlite" | "pg_dump"
    schema_version: int
    app_version: str
    created_at: str
    station: str
    source: str
    tables: dict[str, TableSum] = field(default_factory=dict)
    format: int = MANIFEST_FORMAT

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables.values())

    def write(self, backup_path: Path) -> Path:
        path = manifest_path(backup_path)
        body = asdict(self)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(body, indent=1, sort_keys=True), encoding="utf-8")
        _fsync(tmp)
        os.replace(tmp, path)
        return path

    @classmethod
    def read(cls, backup_path: Path) -> Manifest | None:
        path = manifest_path(backup_path)
        if not path.exists():
            return None
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            tables = {k: TableSum(int(v["rows"]), str(v["sha256"]))
                      for k, v in body.pop("tables").items()}
            return cls(tables=tables, **body)
        except (ValueError, KeyError, TypeError) as exc:
            raise BackupError(
                translate("Errors", "The manifest {path} is damaged ({error}).").format(
                    path=path, error=exc)
            ) from None


def manifest_path(backup_path: Path) -> Path:
    return backup_path.with_name(backup_path.name + ".json")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


# --------------------------------------------------------------------------- pg tools


def find_pg_tool(name: str) -> str | None:
    """`pg_dump` / `pg_restore` on PATH, or in the usual PostgreSQL install folders."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}", f"/usr/pgsql-*/bin/{name}",
                f"/opt/homebrew/opt/postgresql*/bin/{name}",
                f"C:/Program Files/PostgreSQL/*/bin/{name}.exe"]
    for pattern in patterns:
        hits = sorted(glob(pattern), reverse=True)
        if hits:
            return hits[0]
    return None


def _require_pg_tool(name: str) -> str:
    tool = find_pg_tool(name)
    if tool is None:
        raise BackupError(
            translate(
                "Errors",
                "{tool} was not found on this computer, so the PostgreSQL database cannot be "
                "backed up or restored from here. Install the PostgreSQL client tools (the "
                "same version as the server or newer), or run the backup on the database "
                "server.",
            ).format(tool=name)
        )
    return tool


def _pg_args(url: str) -> tuple[str, dict[str, str]]:
    """conninfo without the password (argv is visible to others) + env carrying it."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(dbmod.describe_url(url).url)
    env = dict(os.environ)
    password = params.pop("password", None) or connect_kwargs(url).get("password")
    if password:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**{k: str(v) for k, v in params.items()}), env


def _run_tool(argv: list[str], env: dict[str, str], what: str) -> str:
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        detail = " ".join((proc.stderr or proc.stdout).split())[:500]
        raise BackupError(
            translate("Errors", "{what} failed: {detail}").format(what=what, detail=detail)
        )
    return proc.stdout


# --------------------------------------------------------------------------- backup


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    seconds: float


def default_name(kind: str, when: Any = None) -> str:
    stamp = (when or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    station = re.sub(r"[^A-Za-z0-9_.-]", "_", config.station_name())[:40] or "station"
    return f"depot-{stamp}-{station}.{'db' if kind == 'sqlite' else 'dump'}"


def backup(url: str, target: Path) -> BackupResult:
    """Back up the database at `url` to `target` (a file, or a folder to name it in)."""
    info = dbmod.describe_url(url)
    kind = "sqlite" if info.path is not None else "pg_dump"
    if target.is_dir():
        target = target / default_name(kind)
    if target.exists():
        raise BackupError(
            translate("Errors", "{path} already exists: choose a new file name.").format(
                path=target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    if info.path is not None:
        manifest = _backup_sqlite(info, target)
    else:
        manifest = _backup_postgres(info, target)
    manifest.write(target)
    log.info("backup of %s to %s: %d tables, %d rows", info.display, target,
             len(manifest.tables), manifest.rows)
    return BackupResult(target, manifest, time.monotonic() - started)


def _new_manifest(kind: str, version: int, source: str,
                  tables: dict[str, TableSum]) -> Manifest:
    return Manifest(kind=kind, schema_version=version, app_version=depot.__version__,
                    created_at=clock.now().isoformat(), station=config.station_name(),
                    source=source, tables=tables)


def _backup_sqlite(info: dbmod.DbInfo, target: Path) -> Manifest:
    assert info.path is not None
    if not info.path.exists():
        raise BackupError(
            translate("Errors", "There is no database file at {path}.").format(path=info.path))
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{info.path.as_posix()}?mode=ro", uri=True, timeout=15)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)  # all pages in one step: one consistent snapshot
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(
                translate("Errors", "The copy failed its integrity check ({detail}); the "
                          "database itself may be damaged.").format(detail=check))
        version = _sqlite_version(dst)
        tables = table_checksums(dst.cursor(), "sqlite")
    finally:
        dst.close()
        src.close()
    _fsync(tmp)
    os.replace(tmp, target)
    return _new_manifest("sqlite", version, info.display, tables)


def _sqlite_version(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
    except sqlite3.DatabaseError:
        row = None
    return int(row[0]) if row else 0


def _backup_postgres(info: dbmod.DbInfo, target: Path) -> Manifest:
    import psycopg

    tool = _require_pg_tool("pg_dump")
    conninfo, env = _pg_args(info.url)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with psycopg.connect(info.url, **connect_kwargs(info.url)) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with conn.cursor() as cur:
            cur.execute("SELECT pg_export_snapshot()")
            snapshot = cur.fetchone()[0]
            _run_tool([tool, "--format=custom", "--no-owner", "--no-privileges",
                       f"--snapshot={snapshot}", f"--file={tmp}", f"--dbname={conninfo}"],
                      env, "pg_dump")
            cur.execute("SELECT version FROM schema_version WHERE id = 1")
            version = int(cur.fetchone()[0])
            tables = table_checksums(cur, "postgresql")
        conn.rollback()
    _fsync(tmp)
    os.replace(tmp, target)
    return _new_manifest("pg_dump", version, info.display, tables)


# --------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # "sqlite" | "pg_dump"
    schema_version: int
    manifest: Manifest | None


def inspect(source: Path, *, known_version: int) -> BackupFile:
    """Check that `source` is a Depot backup this program can open, without changing it."""
    if not source.is_file():
        raise BackupError(translate("Errors", "There is no file {path}.").format(path=source))
    with open(source, "rb") as fh:
        head = fh.read(16)
    manifest = Manifest.read(source)
    if head.startswith(SQLITE_MAGIC):
        kind = "sqlite"
        version = dbmod.read_sqlite_version(source)  # SchemaError: not a Depot database
        if version is None:
            raise SchemaError(
                translate("Errors", "{path} is not a Depot database (it is empty).").format(
                    path=source))
        conn = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        if check != "ok":
            raise BackupError(
                translate("Errors", "{path} is damaged ({detail}): it cannot be restored.")
                .format(path=source, detail=check))
    elif head.startswith(PGDUMP_MAGIC):
        kind = "pg_dump"
        version = manifest.schema_version if manifest else _dump_version(source)
    else:
        raise SchemaError(
            translate("Errors", "{path} is not a Depot backup (neither an SQLite database nor "
                      "a PostgreSQL dump).").format(path=source))
    if version > known_version:
        raise SchemaError(too_new_message(version, known_version))
    if manifest is not None and manifest.kind != kind:
        raise BackupError(
            translate("Errors", "The manifest next to {path} describes another file.").format(
                path=source))
    return BackupFile(source, kind, version, manifest)


def _dump_version(source: Path) -> int:
    """The schema version inside a dump that has no manifest (made with pg_dump by hand)."""
    tool = _require_pg_tool("pg_restore")
    listing = _run_tool([tool, "--list", str(source)], dict(os.environ), "pg_restore")
    if not re.search(r"TABLE DATA \S+ schema_version ", listing):
        raise SchemaError(
            translate("Errors", "{path} is a PostgreSQL dump, but not of a Depot database.")
            .format(path=source))
    data = _run_tool([tool, "--data-only", "--table=schema_version", "--file=-", str(source)],
                     dict(os.environ), "pg_restore")
    match = re.search(r"^COPY \S*schema_version \(([^)]*)\) FROM stdin;\n(.*?)\n", data, re.M)
    if not match:
        raise SchemaError(
            translate("Errors", "{path} holds no schema version: it is not a usable Depot "
                      "backup.").format(path=source))
    columns = [c.strip().strip('"') for c in match.group(1).split(",")]
    values = match.group(2).split("\t")
    return int(values[columns.index("version")])


@dataclass(frozen=True)
class RestoreResult:
    target: str
    schema_version: int
    tables: int
    rows: int
    verified: bool  # checksums compared with the backup's manifest (or the source file)
    previous: Path | None  # where the replaced SQLite file was kept


def restore(source: Path, target_url: str, *, known_version: int,
            replace: bool = False) -> RestoreResult:
    """Restore the backup `source` into `target_url` and verify it table by table.

    An SQLite backup restores into an SQLite file: a new one, or (with
    `replace`) over an existing one, which is first copied aside. A
    PostgreSQL dump restores into an existing, empty PostgreSQL database.
    Moving between the two kinds is not a restore and is refused.
    """
    found = inspect(source, known_version=known_version)
    target = dbmod.describe_url(target_url)
    if found.kind == "sqlite":
        if target.path is None:
            raise BackupError(_cross_kind_message())
        previous, sums = _restore_sqlite(found, target.path, replace=replace)
    else:
        if target.path is not None:
            raise BackupError(_cross_kind_message())
        previous = None
        sums = _restore_postgres(found, target.url)
    expected = found.manifest.tables if found.manifest else None
    if found.kind == "sqlite" and expected is None:
        expected = checksums_of(f"sqlite:///{source.as_posix()}")
    if expected is not None:
        wrong = differences(expected, sums)
        if wrong:
            raise BackupError(
                translate("Errors", "The restored database does not match the backup: "
                          "{tables}.").format(tables="; ".join(wrong)))
    return RestoreResult(target.display, found.schema_version, len(sums),
                         sum(t.rows for t in sums.values()), expected is not None, previous)


def _cross_kind_message() -> str:
    return translate(
        "Errors",
        "An SQLite backup restores into an SQLite file and a PostgreSQL dump into a PostgreSQL "
        "database; moving data between the two kinds is not a restore.",
    )


def _restore_sqlite(found: BackupFile, path: Path, *, replace: bool
                    ) -> tuple[Path | None, dict[str, TableSum]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    exists = path.exists() and path.stat().st_size > 0
    if exists and not replace:
        raise BackupError(
            translate("Errors", "{path} already exists. Restore into a new file, or replace it "
                      "(the current file is kept as a copy).").format(path=path))
    tmp = path.with_name(path.name + ".restore.part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{found.path.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    _fsync(tmp)
    previous: Path | None = None
    if exists:
        # keep the replaced data, then write through SQLite (never a file swap under a
        # WAL that belongs to the old file)
        stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
        previous = path.with_name(f"{path.stem}.before-restore-{stamp}{path.suffix}")
        with contextlib.closing(sqlite3.connect(str(path), timeout=15)) as live:
            with contextlib.closing(sqlite3.connect(str(previous))) as aside:
                live.backup(aside)
            with contextlib.closing(sqlite3.connect(str(tmp))) as fresh:
                fresh.backup(live)
        tmp.unlink()
    else:
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    return previous, checksums_of(f"sqlite:///{path.as_posix()}")


def _restore_postgres(found: BackupFile, url: str) -> dict[str, TableSum]:
    import psycopg

    tool = _require_pg_tool("pg_restore")
    with psycopg.connect(url, autocommit=True, **connect_kwargs(url)) as conn, \
            conn.cursor() as cur:
        if _pg_tables(cur):
            raise BackupError(
                translate("Errors", "The database {target} is not empty: a dump is restored "
                          "only into a new, empty database.").format(
                    target=dbmod.describe_url(url).display))
    conninfo, env = _pg_args(url)
    _run_tool([tool, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
               f"--dbname={conninfo}", str(found.path)], env, "pg_restore")
    return checksums_of(url)


# --------------------------------------------------------------------------- daily backups


def backups_in(folder: Path) -> list[Path]:
    """Complete backups (file + manifest) in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir()
             if NAME_RE.match(p.name) and manifest_path(p).exists()]
    return sorted(found, key=lambda p: p.name[len("depot-"):len("depot-") + 15])


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups (only files this module named)."""
    existing = backups_in(folder)
    doomed = existing[:-keep] if keep > 0 else existing
    for path in doomed:
        path.unlink(missing_ok=True)
        manifest_path(path).unlink(missing_ok=True)
    return doomed


def has_backup_of(folder: Path, day: date) -> bool:
    stamp = day.strftime("%Y%m%d")
    return any(p.name.startswith(f"depot-{stamp}-") for p in backups_in(folder))


def daily_folder() -> Path:
    chosen = str(settings.get(FOLDER.key) or "").strip()
    return Path(chosen) if chosen else config.backup_dir() / "daily"


def run_daily(url: str, *, folder: Path | None = None, keep: int | None = None
              ) -> BackupResult | None:
    """Take today's backup if nobody has, then apply the retention. None: not due.

    On PostgreSQL several stations start each morning; the shared counter
    `BACKUP-YYYYMMDD` lets exactly one of them take the day's backup.
    """
    if not settings.get(DAILY.key):
        return None
    folder = folder or daily_folder()
    keep = keep if keep is not None else int(settings.get(KEEP.key))
    today = clock.today()
    if has_backup_of(folder, today):
        return None
    info = dbmod.describe_url(url)
    if info.is_postgres:
        if find_pg_tool("pg_dump") is None:
            return None
        from depot.service import next_number

        if next_number(f"BACKUP-{today:%Y%m%d}") != 1:
            return None  # another station took (or is taking) today's backup
    folder.mkdir(parents=True, exist_ok=True)
    result = backup(url, folder)
    prune(folder, keep)
    return result


class DailyBackups:
    """Checks once an hour (first after `first_delay`) whether today's backup is due.

    Runs on its own thread with its own database connection, so the window
    never waits for a backup. `on_result(result_or_None, error_text)` is
    called on that thread after each backup taken or failed.
    """

    def __init__(self, url: str, *, first_delay: float = 60.0, every: float = 3600.0,
                 on_result: Callable[[BackupResult | None, str], None] | None = None) -> None:
        self.url = url
        self.first_delay = first_delay
        self.every = every
        self.on_result = on_result
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> DailyBackups:
        self._thread = threading.Thread(target=self._run, name="depot-daily-backup", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        delay = self.first_delay
        while not self._stop.wait(delay):
            delay = self.every
            try:
                result = run_daily(self.url)
            except Exception as exc:  # reported, retried next hour; never kills the program
                log.exception("daily backup failed")
                self._report(None, str(exc))
                continue
            finally:
                with contextlib.suppress(Exception):
                    if not dbmod.database.is_closed():
                        dbmod.database.close()  # this thread's own connection
            if result is not None:
                self._report(result, "")

    def _report(self, result: BackupResult | None, error: str) -> None:
        if self.on_result is not None:
            try:
                self.on_result(result, error)
            except Exception:
                log.exception("backup report failed")

