"""Choosing and checking the database a station works on.

"Test connection" must say *what* failed, because the person who reads it is
setting up a workstation, not debugging: the server cannot be reached (host,
port, network), it refused the user (password), the database does not exist,
the TLS setting does not match, the database is empty (prepare it with
`depot db init`), or it was written by a newer Depot. libpq reports all of
these as one exception type, so the text is classified here, once.

Passwords never go into a settings file or a URL that is stored: the
connection dialog keeps them in the operating system's credential store
(`keyring`, service "Depot"), and `stored_password` looks them up when a
connection is opened.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from depot import db as dbmod
from depot.errors import DomainError, SchemaError, ValidationError
from depot.i18n import translate
from depot.migrate import too_new_message

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Depot"
TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432


class Problem(StrEnum):
    UNREACHABLE = "unreachable"
    AUTH = "auth"
    NO_DATABASE = "no_database"
    TLS = "tls"
    EMPTY = "empty"
    NOT_DEPOT = "not_depot"
    TOO_NEW = "too_new"
    OTHER = "other"


@dataclass(frozen=True)
class Report:
    """The answer to "Test connection"."""

    ok: bool
    message: str
    problem: Problem | None = None
    schema_version: int | None = None
    server_version: str = ""

    @property
    def needs_init(self) -> bool:
        return self.problem == Problem.EMPTY


# --------------------------------------------------------------------------- server settings


@dataclass(frozen=True)
class ServerSettings:
    """The fields of the "shared depot server" form (no password: that lives in keyring)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "prefer"

    def validate(self) -> ServerSettings:
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host:
            raise ValidationError(translate("Errors", "Enter the server's host name or address."))
        if not database:
            raise ValidationError(translate("Errors", "Enter the database name."))
        if not user:
            raise ValidationError(translate("Errors", "Enter the database user."))
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError(translate("Errors", "The port must be from 1 to 65535."))
        if self.tls not in TLS_MODES:
            raise ValidationError(
                translate("Errors", "Unknown TLS mode {mode}.").format(mode=self.tls))
        return ServerSettings(host, database, user, int(self.port), self.tls)

    def url(self, password: str | None = None) -> str:
        """The database URL; with `password` only for a connection, never to store."""
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        query = {"sslmode": self.tls}
        if self.host.startswith("/"):  # a Unix socket folder
            query["host"] = self.host
            return f"postgresql://{auth}@/{quote(self.database)}?{urlencode(query)}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (f"postgresql://{auth}@{host}:{self.port}/{quote(self.database)}"
                f"?{urlencode(query)}")

    @property
    def keyring_user(self) -> str:
        """The credential store entry: one password per user, server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def parse_server_url(url: str) -> ServerSettings:
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    host = parts.hostname or query.get("host", ["localhost"])[0]
    return ServerSettings(
        host=host,
        database=unquote(parts.path.lstrip("/")) or "postgres",
        user=unquote(parts.username or ""),
        port=parts.port or DEFAULT_PORT,
        tls=query.get("sslmode", ["prefer"])[0],
    )


# --------------------------------------------------------------------------- passwords


def _keyring() -> Any:
    import keyring

    return keyring


def save_password(server: ServerSettings, password: str) -> None:
    """Keep the password in the operating system's credential store."""
    try:
        kr = _keyring()
        if password:
            kr.set_password(KEYRING_SERVICE, server.keyring_user, password)
        else:
            try:
                kr.delete_password(KEYRING_SERVICE, server.keyring_user)
            except kr.errors.PasswordDeleteError:
                pass
    except Exception as exc:  # no credential store on this computer, or it refused
        raise DomainError(
            translate("Errors", "The password could not be kept in this computer's credential "
                      "store ({detail}). Depot never writes passwords to a settings file; set "
                      "up a credential store, or use a password file (.pgpass).")
            .format(detail=exc)
        ) from None
    stored_password.cache_clear()


@functools.lru_cache(maxsize=16)
def stored_password(url: str) -> str | None:
    """The password kept for this server URL, if the URL names a user but no password.

    Unix-socket URLs (no network, no password) skip the credential store.
    """
    info = urlsplit(url)
    if info.password or not info.username:
        return None
    host = info.hostname or parse_qs(info.query).get("host", [""])[0]
    if not host or host.startswith("/"):
        return None
    try:
        return _keyring().get_password(KEYRING_SERVICE, parse_server_url(url).keyring_user)
    except Exception as exc:  # no credential store: libpq may still find .pgpass
        log.info("no password from the credential store: %s", exc)
        return None


def connect_kwargs(url: str) -> dict[str, Any]:
    """Extra psycopg arguments for `url` (the stored password, if any)."""
    password = stored_password(url)
    return {"password": password} if password else {}


# --------------------------------------------------------------------------- diagnosis

_UNREACHABLE = re.compile(
    r"connection refused|no such file or directory|could not translate host name|"
    r"failed to resolve host|name or service not known|timeout expired|timed out|"
    r"network is unreachable|no route to host|could not connect|is the server running",
    re.I,
)
_AUTH = re.compile(
    r"password authentication failed|no password supplied|authentication failed|"
    r"role \"[^\"]*\" does not exist|pg_hba\.conf", re.I,
)
_TLS = re.compile(r"ssl|tls|certificate|no encryption", re.I)
_NO_DB = re.compile(r"database \"([^\"]*)\" does not exist", re.I)


def explain(exc: BaseException, url: str) -> tuple[Problem, str]:
    """What a failed connection attempt means, in words for the person setting it up."""
    raw = " ".join(str(exc).split())
    detail = re.sub(r"^connection (failed|is bad): ", "", raw)
    server = dbmod.describe_url(url).display
    user = unquote(urlsplit(url).username or "")
    if match := _NO_DB.search(raw):
        return Problem.NO_DATABASE, translate(
            "Errors", "The server answers, but it has no database named {name}. Correct the "
            "name, or create the database (depot db init --create).",
        ).format(name=match.group(1))
    if _AUTH.search(raw) and "no encryption" not in raw:
        return Problem.AUTH, translate(
            "Errors", "The server refused user {user}: wrong password, unknown user, or this "
            "computer is not allowed to connect ({detail}).",
        ).format(user=user or "?", detail=detail)
    if _TLS.search(raw) and not _UNREACHABLE.search(raw):
        return Problem.TLS, translate(
            "Errors", "The TLS setting does not match the server ({detail}). Choose another "
            "TLS mode.",
        ).format(detail=detail)
    if _UNREACHABLE.search(raw):
        return Problem.UNREACHABLE, translate(
            "Errors", "Cannot reach {server}: check the host name and port, that the server is "
            "running, and the network or firewall ({detail}).",
        ).format(server=server, detail=detail)
    return Problem.OTHER, translate("Errors", "Cannot open {server}: {detail}").format(
        server=server, detail=detail)


def check_connection(url: str, *, known_version: int, timeout: float = 5.0) -> Report:
    """Try `url` and say precisely what is wrong, or what will happen when it is opened.

    Reads only; nothing is created or changed.
    """
    info = dbmod.describe_url(url)
    if info.path is not None:
        return _test_sqlite(info, known_version)
    import psycopg

    try:
        conn = psycopg.connect(info.url, autocommit=True, connect_timeout=max(1, int(timeout)),
                               application_name="depot-test", **connect_kwargs(info.url))
    except psycopg.Error as exc:
        problem, message = explain(exc, info.url)
        return Report(False, message, problem)
    with conn:
        server_version = str(conn.execute("SHOW server_version").fetchone()[0])
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")]
        version = None
        if "schema_version" in tables:
            row = conn.execute("SELECT version FROM schema_version WHERE id = 1").fetchone()
            version = int(row[0]) if row else 0
    return _judge(info.display, tables, version, known_version, server_version)


def _judge(display: str, tables: list[str], version: int | None, known: int,
           server_version: str = "") -> Report:
    if not tables:
        return Report(False, translate(
            "Errors", "Connected to {server}. The database is empty: prepare it with "
            "depot db init (schema and first manager).").format(server=display),
            Problem.EMPTY, None, server_version)
    if version is None:
        return Report(False, translate(
            "Errors", "Connected to {server}, but it holds tables that are not a Depot "
            "database. Choose another database.").format(server=display),
            Problem.NOT_DEPOT, None, server_version)
    if version > known:
        return Report(False, too_new_message(version, known), Problem.TOO_NEW, version,
                      server_version)
    if version < known:
        return Report(True, translate(
            "Errors", "Connected to {server}: a Depot database at schema {found}; it will be "
            "upgraded to schema {known} when opened (a backup is taken first).").format(
            server=display, found=version, known=known), None, version, server_version)
    return Report(True, translate(
        "Errors", "Connected to {server}: a Depot database, schema {found}, ready.").format(
        server=display, found=version), None, version, server_version)


def _test_sqlite(info: dbmod.DbInfo, known: int) -> Report:
    assert info.path is not None
    path = info.path
    if not path.exists():
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK):
            return Report(False, translate(
                "Errors", "Depot cannot create {path}: the folder is not writable.").format(
                path=path), Problem.UNREACHABLE)
        return Report(True, translate(
            "Errors", "{path} does not exist yet: a new Depot database will be created there.")
            .format(path=path))
    try:
        version = dbmod.read_sqlite_version(path)
    except SchemaError as exc:
        return Report(False, str(exc), Problem.NOT_DEPOT)
    except sqlite3.Error as exc:
        return Report(False, str(exc), Problem.OTHER)
    if version is None:
        return Report(True, translate(
            "Errors", "{path} is empty: Depot will set it up when it opens it.").format(path=path))
    return _judge(info.display, ["schema_version"], version, known)


# --------------------------------------------------------------------------- db init


def init_database(
    url: str,
    *,
    manager_name: str,
    manager_badge: str,
    known_version: int,
    open_fn: Callable[[str], object],
    create: bool = False,
) -> Report:
    """Prepare an empty PostgreSQL database: schema, then the first manager.

    Refuses a database that holds anything (a Depot database or not): this
    command never changes existing data. With `create`, a database that does
    not exist is created first (the user needs the CREATEDB right).
    `open_fn` opens and migrates (the composition root passes `open_depot`).
    """
    from depot.models import Role
    from depot.users import BADGE_RE, create_user

    info = dbmod.describe_url(url)
    if not info.is_postgres:
        raise ValidationError(translate(
            "Errors", "depot db init prepares a PostgreSQL database; an SQLite file is set up "
            "by itself the first time Depot opens it."))
    name = (manager_name or "").strip()
    badge = (manager_badge or "").strip().upper()
    if not name:
        raise ValidationError(translate("Errors", "Enter the first manager's name."))
    if not BADGE_RE.match(badge):
        raise ValidationError(translate(
            "Errors", "Badge {badge} must look like BDG-1234 (3–20 letters or digits).").format(
            badge=badge or "''"))
    report = check_connection(info.url, known_version=known_version)
    if report.problem == Problem.NO_DATABASE and create:
        _create_database(info.url)
        report = check_connection(info.url, known_version=known_version)
    if report.ok:
        raise DomainError(translate(
            "Errors", "{server} already holds a Depot database (schema {found}); nothing was "
            "changed.").format(server=info.display, found=report.schema_version))
    if report.problem != Problem.EMPTY:
        raise DomainError(report.message)
    open_fn(info.url)
    create_user(None, name, badge, Role.MANAGER)
    return Report(True, translate(
        "Errors", "{server} is ready: Depot schema {known}, first manager {name} ({badge}).")
        .format(server=info.display, known=known_version, name=name, badge=badge),
        None, known_version)


def _create_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    maintenance = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=5,
                             **connect_kwargs(url)) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        raise DomainError(translate(
            "Errors", "Could not create the database {name}: {detail}").format(
            name=name, detail=" ".join(str(exc).split()))) from None
