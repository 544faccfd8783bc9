"""Connection set-up: precise diagnoses, db init, passwords in the credential store,
and a station's main connection surviving a dropped server connection."""

from __future__ import annotations

import time
import uuid
from urllib.parse import urlsplit

import keyring
import pytest
from keyring.backend import KeyringBackend

from depot import connection
from depot import db as dbmod
from depot.cli import main as cli_main
from depot.connection import Problem, ServerSettings, check_connection, explain
from depot.db import ConnectionLost
from depot.errors import ValidationError
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import create_user
from rma.schema import SCHEMA_VERSION, open_depot

KNOWN = SCHEMA_VERSION


def _fresh_db(pg_server) -> tuple[str, str]:
    name = f"c_{uuid.uuid4().hex[:12]}"
    pg_server.psql(f"CREATE DATABASE {name} TEMPLATE template0")
    return name, pg_server.url(name)


@pytest.fixture(scope="module")
def password_user(pg_server):
    """A role that must give a password (the suite's own role is trusted)."""
    hba = pg_server.root / "data" / "pg_hba.conf"
    text = hba.read_text()
    if "pwuser" not in text:
        hba.write_text("local all pwuser scram-sha-256\n" + text)
        pg_server.psql("CREATE ROLE pwuser LOGIN PASSWORD 's3cret'")
        pg_server.psql("SELECT pg_reload_conf()")
        time.sleep(0.2)
    return "pwuser"


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing in for the operating system's."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    connection.stored_password.cache_clear()
    yield store
    keyring.set_keyring(previous)
    connection.stored_password.cache_clear()


# --------------------------------------------------------------------------- diagnoses


def test_each_failure_is_named(pg_server, password_user):
    sock = pg_server.socket_dir
    cases = {
        f"postgresql://depot@/no_such_db?host={sock}": (Problem.NO_DATABASE, "no database named "
                                                        "no_such_db"),
        f"postgresql://pwuser:wrong@/postgres?host={sock}": (Problem.AUTH, "refused user pwuser"),
        f"postgresql://pwuser@/postgres?host={sock}": (Problem.AUTH, "refused user pwuser"),
        f"postgresql://nobody@/postgres?host={sock}": (Problem.AUTH, "refused user nobody"),
        "postgresql://depot@/x?host=/nonexistent-dir": (Problem.UNREACHABLE, "Cannot reach"),
        "postgresql://depot@127.0.0.1:1/x": (Problem.UNREACHABLE, "Cannot reach PostgreSQL "
                                                                  "depot@127.0.0.1:1/x"),
    }
    for url, (problem, words) in cases.items():
        report = check_connection(url, known_version=KNOWN)
        assert (report.ok, report.problem) == (False, problem), (url, report)
        assert words in report.message, report.message
    ok = check_connection(f"postgresql://pwuser:s3cret@/postgres?host={sock}", known_version=KNOWN)
    assert ok.problem == Problem.EMPTY and ok.server_version


def test_tls_mismatch_is_named():
    url = "postgresql://depot@db.example:5432/depot?sslmode=require"
    problem, text = explain(
        Exception("connection failed: server does not support SSL, but SSL was required"), url)
    assert problem == Problem.TLS and "TLS setting" in text
    problem, _ = explain(Exception('FATAL: no pg_hba.conf entry for host "10.0.0.5", user '
                                   '"depot", database "depot", no encryption'), url)
    assert problem == Problem.TLS


def test_database_states(pg_server, tmp_path):
    name, url = _fresh_db(pg_server)
    empty = check_connection(url, known_version=KNOWN)
    assert empty.needs_init and "depot db init" in empty.message
    pg_server.psql("CREATE TABLE photos (id int)", name)
    other = check_connection(url, known_version=KNOWN)
    assert other.problem == Problem.NOT_DEPOT

    _, depot_url = _fresh_db(pg_server)
    open_depot(depot_url, backup_dir=None, upto=KNOWN - 1)
    dbmod.close()
    older = check_connection(depot_url, known_version=KNOWN)
    assert older.ok and f"upgraded to schema {KNOWN}" in older.message
    open_depot(depot_url, backup_dir=None)
    dbmod.database.execute_sql("UPDATE schema_version SET version = 999")
    dbmod.close()
    newer = check_connection(depot_url, known_version=KNOWN)
    assert newer.problem == Problem.TOO_NEW and "newer version of Depot" in newer.message

    fresh = check_connection(f"sqlite:///{tmp_path / 'new' / 'depot.db'}", known_version=KNOWN)
    assert fresh.ok and "will be created" in fresh.message
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 4096)
    assert check_connection(f"sqlite:///{junk}", known_version=KNOWN).problem == Problem.NOT_DEPOT


# --------------------------------------------------------------------------- db init


def test_db_init_prepares_an_empty_database_once(pg_server, capsys):
    name = f"c_{uuid.uuid4().hex[:12]}"
    url = pg_server.url(name)
    args = ["db", "init", url, "--manager-name", "Mia Manager", "--manager-badge", "bdg-m001"]
    assert cli_main(args) == 2  # the database does not exist yet
    assert f"no database named {name}" in capsys.readouterr().err
    assert cli_main([*args, "--create"]) == 0
    assert "is ready: Depot schema" in capsys.readouterr().out
    boss = User.get(User.badge == "BDG-M001")
    assert (boss.name, boss.role) == ("Mia Manager", Role.MANAGER.value)
    dbmod.close()
    assert cli_main(args) == 2
    assert "already holds a Depot database" in capsys.readouterr().err
    assert cli_main(["db", "test", url]) == 0
    assert "ready" in capsys.readouterr().out


def test_db_init_checks_the_manager_before_touching_anything(pg_server):
    _name, url = _fresh_db(pg_server)
    with pytest.raises(ValidationError, match="must look like BDG-1234"):
        connection.init_database(url, manager_name="Mia", manager_badge="12",
                                 known_version=KNOWN, open_fn=open_depot)
    assert check_connection(url, known_version=KNOWN).needs_init


# --------------------------------------------------------------------------- passwords


def test_server_settings_url_never_carries_a_stored_password(memory_keyring):
    server = ServerSettings(host="db.depot.lan", database="depot", user="desk 1", port=5433,
                            tls="require").validate()
    stored = server.url()
    assert stored == "postgresql://desk%201@db.depot.lan:5433/depot?sslmode=require"
    assert connection.parse_server_url(stored) == server
    connection.save_password(server, "pa:ss/word")
    assert memory_keyring.items == {("Depot", "desk 1@db.depot.lan:5433/depot"): "pa:ss/word"}
    assert connection.stored_password(stored) == "pa:ss/word"
    assert connection.connect_kwargs(stored) == {"password": "pa:ss/word"}
    assert connection.stored_password(server.url("given")) is None  # the URL has one
    with pytest.raises(ValidationError, match="port"):
        ServerSettings(host="h", database="d", user="u", port=0).validate()


def test_password_from_the_credential_store_opens_the_database(pg_server, password_user,
                                                                memory_keyring):
    sock = str(pg_server.socket_dir)
    server = ServerSettings(host=sock, database="postgres", user="pwuser")
    # Unix sockets skip the store (no password there); check the lookup over "TCP" names
    assert connection.stored_password(server.url()) is None
    memory_keyring.set_password("Depot", "pwuser@db.lan:5432/postgres", "s3cret")
    assert connection.stored_password("postgresql://pwuser@db.lan:5432/postgres") == "s3cret"


# --------------------------------------------------------------------------- recovery


def _kill_backends(pg_server, url: str, application: str = "depot") -> None:
    db = urlsplit(url).path.lstrip("/")
    pg_server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                   f" WHERE application_name = '{application}' AND datname = '{db}'")


def test_main_connection_recovers_between_units_of_work(pg_db, pg_server):
    boss = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    _kill_backends(pg_server, pg_db.url)
    assert User.select().count() == 1  # a read outside a transaction reconnects
    _kill_backends(pg_server, pg_db.url)
    create_user(boss, "Tom Tech", "BDG-T001", Role.TECHNICIAN)  # so does a unit of work
    assert User.select().count() == 2


def test_write_whose_connection_dies_is_reported_not_saved(pg_db, pg_server):
    boss = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    with pytest.raises(ConnectionLost, match="Not saved") as caught, unit_of_work():
        User.create(name="Half", badge="BDG-H001", role="technician")
        _kill_backends(pg_server, pg_db.url)
        User.create(name="Other half", badge="BDG-H002", role="technician")
    assert caught.value.confirmed_not_saved
    assert [u.name for u in User.select()] == [boss.name]


def test_blocked_writes_are_refused_at_once(pg_db):
    dbmod.block_writes("server restarting")
    try:
        with pytest.raises(ConnectionLost, match="server restarting"):
            create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    finally:
        dbmod.block_writes(None)
    create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    assert not dbmod.writes_blocked()
