"""The one database: a `DatabaseProxy` opened from a URL.

`sqlite:///path/depot.db` (the embedded default) or `postgresql://user@host/db`
(several workstations). SQLite runs in WAL with foreign keys, a busy timeout,
`synchronous=FULL` (an acknowledged scan survives a power cut) and IMMEDIATE
write transactions, so two processes never deadlock upgrading a read lock.

A PostgreSQL server can restart or drop off the network while a station is
open. The database object replaces a dead connection by itself where that is
safe — when a unit of work begins, and for a statement outside any transaction
(a read) — and nowhere else: a transaction whose connection died is reported
as `ConnectionLost`, so a write is never acknowledged unless it committed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import peewee as pw

from depot.errors import DomainError, SchemaError, StaleEdit
from depot.i18n import translate

database = pw.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: the commit that acknowledges a scan is on disk
    "busy_timeout": 15000,
    "cache_size": -32000,
}


@dataclass(frozen=True)
class DbInfo:
    """What was opened, for the status bar, the About box and backups."""

    url: str
    backend: str  # "sqlite" | "postgresql"
    path: Path | None  # the SQLite file
    display: str  # URL without password

    @property
    def is_postgres(self) -> bool:
        return self.backend == "postgresql"


def describe_url(url: str) -> DbInfo:
    """Parse and validate a database URL without connecting."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        # sqlite:///relative.db, sqlite:////abs/depot.db, sqlite:///C:/Users/x/depot.db
        if not url.startswith("sqlite:///") or len(url) == len("sqlite:///"):
            raise DomainError(
                translate("Errors", "The SQLite URL names no file (sqlite:///path/to/depot.db)."))
        path = Path(unquote(url[len("sqlite:///"):]))
        return DbInfo(url, "sqlite", path, f"SQLite {path}")
    if scheme in ("postgresql", "postgres"):
        from urllib.parse import parse_qs

        host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
        port = f":{parts.port}" if parts.port else ""
        user = f"{parts.username}@" if parts.username else ""
        display = f"PostgreSQL {user}{host}{port}/{parts.path.lstrip('/') or 'postgres'}"
        return DbInfo(url.replace("postgres://", "postgresql://", 1), "postgresql", None, display)
    raise DomainError(
        translate("Errors", "Unsupported database URL {url!r}: use sqlite:///path/depot.db or "
                  "postgresql://…").format(url=url)
    )


class ConnectionLost(DomainError):
    """The database server cannot be reached, so the action was not saved.

    `confirmed_not_saved` is False when the connection died during COMMIT: the
    server may or may not have kept the write, so the person is told to check
    before repeating it (a repeated intake is refused as a duplicate anyway).
    """

    def __init__(self, message: str, *, confirmed_not_saved: bool = True) -> None:
        super().__init__(message)
        self.confirmed_not_saved = confirmed_not_saved


#: PostgreSQL TCP keepalives: a station notices a silently dead link within ~1 min
PG_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


class DepotPostgresqlDatabase(pw.PostgresqlDatabase):
    """PostgreSQL that survives a server restart between units of work.

    peewee keeps one connection per thread; after the server restarts, that
    connection is dead and stays dead. Reconnecting is safe only where no
    write can be lost or doubled: at BEGIN (nothing written yet) and for a
    statement outside a transaction (our writes all run inside one). Inside a
    transaction a dead connection raises, and `write_transaction` turns that
    into `ConnectionLost`.
    """

    def connection_broken(self) -> bool:
        """True when this thread's connection was opened and has since died."""
        if self._state.closed:
            return False
        conn = self._state.conn
        return bool(getattr(conn, "closed", False) or getattr(conn, "broken", False))

    def reconnect(self) -> None:
        """Drop this thread's dead connection (and its dead transaction) and open a new one."""
        with self._lock:
            conn = self._state.conn
            try:
                if conn is not None:
                    conn.close()
            except Exception:  # it is already dead; closing is a courtesy
                pass
            self._state.reset()
        self.connect()

    def begin(self, isolation_level: Any = None) -> None:
        if self.connection_broken():
            self.reconnect()
        try:
            super().begin(isolation_level)
        except (pw.OperationalError, pw.InterfaceError):
            if not self.connection_broken():
                raise
            self.reconnect()
            super().begin(isolation_level)

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except (pw.OperationalError, pw.InterfaceError):
            if self.in_transaction() or not self.connection_broken():
                raise
            self.reconnect()
            return super().execute_sql(sql, params)


def connection_lost(exc: BaseException) -> bool:
    """Did `exc` come from a PostgreSQL connection that is gone (not from the SQL)?"""
    if not isinstance(exc, pw.OperationalError | pw.InterfaceError):
        return False
    obj = database.obj
    if not isinstance(obj, DepotPostgresqlDatabase):
        return False
    return obj.is_closed() or obj.connection_broken()


_write_block = threading.Event()
_write_block_reason = ""


def block_writes(reason: str | None) -> None:
    """Refuse units of work up front while the server is known to be away.

    Set by the station's listener (`ui.live`) when it loses the server: the
    person is told at once instead of waiting for a connect timeout, and the
    form keeps its input. `None` lifts the block.
    """
    global _write_block_reason
    if reason is None:
        _write_block.clear()
        _write_block_reason = ""
    else:
        _write_block_reason = reason
        _write_block.set()


def writes_blocked() -> bool:
    return _write_block.is_set()


def _lost_message(reason: str) -> str:
    return translate(
        "Errors",
        "Not saved: the connection to the depot server is lost ({reason}). Your input is "
        "kept; Depot is reconnecting — try again in a moment.",
    ).format(reason=reason)


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One write transaction; a lost server connection becomes `ConnectionLost`.

    The outermost unit of work runs in this. A refusal or bug inside still
    rolls back and propagates unchanged; only a dead connection is translated,
    with the honest answer to "was it saved?": not saved when it died before
    COMMIT, unknown when it died during COMMIT.
    """
    if _write_block.is_set():
        raise ConnectionLost(_lost_message(
            _write_block_reason or translate("Errors", "server unreachable")))
    committing = False
    try:
        with database.atomic():
            yield
            committing = True
    except (pw.OperationalError, pw.InterfaceError) as exc:
        if not connection_lost(exc):
            raise
        reason = " ".join(str(exc).split())[:160]
        if committing:
            raise ConnectionLost(
                translate(
                    "Errors",
                    "The depot server stopped answering while saving ({reason}), so this save "
                    "is not confirmed. Your input is kept; when the connection is back, check "
                    "whether it was saved before repeating it.",
                ).format(reason=reason),
                confirmed_not_saved=False,
            ) from None
        raise ConnectionLost(_lost_message(reason)) from None


def make_database(url: str, *, autoconnect: bool = True) -> pw.Database:
    """A peewee database for the URL, not yet bound to the proxy."""
    info = describe_url(url)
    if info.backend == "sqlite":
        assert info.path is not None
        info.path.parent.mkdir(parents=True, exist_ok=True)
        return pw.SqliteDatabase(
            str(info.path),
            pragmas=SQLITE_PRAGMAS,
            timeout=15,
            lock_type="IMMEDIATE",
            check_same_thread=False,
            autoconnect=autoconnect,
        )
    from depot.connection import connect_kwargs  # the password from the credential store

    return DepotPostgresqlDatabase(
        info.url, autoconnect=autoconnect, connect_timeout=5, application_name="depot",
        **PG_KEEPALIVES, **connect_kwargs(info.url),
    )


_info: DbInfo | None = None


def bind(db: pw.Database, info: DbInfo) -> None:
    global _info
    database.initialize(db)
    _info = info


def info() -> DbInfo:
    if _info is None:
        raise SchemaError(translate("Errors", "No database is open."))
    return _info


def is_postgres() -> bool:
    return _info is not None and _info.is_postgres


def close() -> None:
    global _info
    if database.obj is not None and not database.is_closed():
        database.close()
    _info = None


def read_sqlite_version(path: Path) -> int | None:
    """Schema version of an SQLite file, read-only, without touching the file.

    Used before anything else is done to a file, so a database from a newer
    program is refused with its bytes unchanged.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
        ).fetchone()
        if row is None:
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if has_tables:
                raise SchemaError(
                    translate("Errors", "{path} is not a Depot database.").format(path=path))
            return None
        got = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
        return int(got[0]) if got else 0
    except sqlite3.DatabaseError as exc:
        raise SchemaError(translate("Errors", "{path} is not a Depot database ({detail}).").format(
            path=path, detail=exc)) from None
    finally:
        conn.close()


def sqlite_backup(source: Path, target: Path) -> Path:
    """Consistent online copy with SQLite's backup API (safe while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


# --------------------------------------------------------------------------- fields


def utcnow() -> datetime:
    from depot import clock

    return clock.now()


class UtcDateTimeField(pw.DateTimeField):
    """Stores naive UTC, hands back aware UTC: times are UTC, shown local."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class JsonField(pw.TextField):
    """JSON as text: portable across SQLite and PostgreSQL, diffable in audits."""

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    def python_value(self, value: Any) -> Any:
        return None if value is None else json.loads(value)


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A row people edit: the version catches a stale write from another station."""

    version = pw.IntegerField(default=1)
    updated_at = UtcDateTimeField(null=True)
    updated_by = pw.CharField(null=True, max_length=80)


def update_versioned(
    row: VersionedModel, expected_version: int, actor_name: str, **fields: Any
) -> VersionedModel:
    """Write `fields` only if nobody saved the row since `expected_version` was read.

    One conditional UPDATE: the loser of two simultaneous saves is told who
    changed the record and when, and must reload.
    """
    model = type(row)
    now = utcnow()
    query = model.update(
        version=model.version + 1, updated_at=now, updated_by=actor_name, **fields
    ).where((model.id == row.id) & (model.version == expected_version))
    if query.execute() != 1:
        current = model.get_or_none(model.id == row.id)
        if current is None:
            raise StaleEdit(
                translate("Errors", "This record was deleted by someone else — reload."))
        stamp = current.updated_at
        when = stamp.astimezone().strftime("%Y-%m-%d %H:%M") if stamp else "?"
        raise StaleEdit(
            translate("Errors", "Changed by {who} at {when} — reload and try again.").format(
                who=current.updated_by or translate("Errors", "someone else"), when=when)
        )
    for key, value in fields.items():
        setattr(row, key, value)
    row.version = expected_version + 1
    row.updated_at = now
    row.updated_by = actor_name
    return row
