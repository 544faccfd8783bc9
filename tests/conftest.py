"""Suite-wide fixtures: isolated folders, one QApplication, both databases.

Every database test that takes `db` runs twice: on a real SQLite file and on
a real PostgreSQL server this suite starts itself. With DEPOT_REQUIRE_PG=1 (as
in CI) a server that cannot start fails the run instead of skipping.
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: on Linux, test files live in RAM (/dev/shm): SQLite still runs with
#: synchronous=FULL, but an fsync there costs nothing, and a few thousand
#: acknowledged commits no longer wait on the disk
_RAM = Path("/dev/shm")
_TMP_ROOT = str(_RAM) if _RAM.is_dir() and os.access(_RAM, os.W_OK) else None
_SESSION_TMP = Path(tempfile.mkdtemp(prefix="depot-tests-", dir=_TMP_ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["DEPOT_DATA_DIR"] = str(_SESSION_TMP / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_TMP / "config")
os.environ["XDG_DATA_HOME"] = str(_SESSION_TMP / "xdg-data")
os.environ["DEPOT_STATION"] = "test-station"
os.environ.pop("DEPOT_DB", None)

from depot import clock  # noqa: E402
from depot import db as dbmod  # noqa: E402
from depot.clock import FixedClock  # noqa: E402
from depot.models import Role  # noqa: E402
from depot.users import create_user  # noqa: E402
from tests.support import pgserver  # noqa: E402

_counter = itertools.count()
PG_TESTS_RUN = _SESSION_TMP / "pg-tests-run"


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = pgserver.start_server()
    except RuntimeError as exc:
        if os.environ.get("DEPOT_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    from rma.schema import open_depot

    # one migrated template; each test gets a copy (CREATE DATABASE … TEMPLATE)
    server.psql("CREATE DATABASE depot_template")
    open_depot(server.url("depot_template"), backup_dir=None)
    dbmod.close()
    yield server
    server.cleanup()


_created: list[tuple[pgserver.PgServer, str]] = []


def new_pg_database(server: pgserver.PgServer, template: str = "depot_template") -> str:
    """A new database: a copy of the migrated template, or empty (template0).

    Dropped again when the test ends (`_drop_test_databases`), so the server's
    folder stays small and the session does not end in minutes of rmtree.
    """
    name = f"t{os.getpid()}_{next(_counter)}"
    server.psql(f"CREATE DATABASE {name} TEMPLATE {template}")
    _created.append((server, name))
    return server.url(name)


@pytest.fixture(autouse=True)
def _drop_test_databases():
    """After each test (and after its fixtures closed their connections): drop its databases."""
    yield
    while _created:
        server, name = _created.pop()
        if server.process is not None and server.process.poll() is None:
            server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _mark_pg_run() -> None:
    with open(PG_TESTS_RUN, "a") as fh:
        fh.write("1\n")


@pytest.fixture(params=["sqlite", "pg"])
def backend(request):
    if request.param == "pg":
        _mark_pg_run()
    return request.param


@pytest.fixture
def db_url(backend, request, tmp_path):
    """A new, empty database URL on each backend (not opened)."""
    if backend == "sqlite":
        return f"sqlite:///{(tmp_path / 'depot.db').as_posix()}"
    return new_pg_database(request.getfixturevalue("pg_server"), template="template0")


@pytest.fixture
def db(backend, request, tmp_path):
    """An open, migrated Depot database on SQLite and on PostgreSQL."""
    from rma.schema import open_depot

    if backend == "sqlite":
        url = f"sqlite:///{(tmp_path / 'depot.db').as_posix()}"
    else:
        url = new_pg_database(request.getfixturevalue("pg_server"))
    info = open_depot(url, backup_dir=tmp_path / "backups")
    yield info
    dbmod.close()


@pytest.fixture
def sqlite_db(tmp_path):
    from rma.schema import open_depot

    info = open_depot(f"sqlite:///{(tmp_path / 'depot.db').as_posix()}", backup_dir=tmp_path)
    yield info
    dbmod.close()


@pytest.fixture
def pg_db(pg_server, tmp_path):
    from rma.schema import open_depot

    _mark_pg_run()
    info = open_depot(new_pg_database(pg_server), backup_dir=None)
    yield info
    dbmod.close()


@pytest.fixture
def fixed_clock():
    """Pin time: Monday 2026-01-05 09:00 UTC, local zone UTC."""
    with clock.use(FixedClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))) as c:
        yield c


@pytest.fixture
def manager(db):
    return create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)


@pytest.fixture
def technician(db, manager):
    return create_user(manager, "Tom Tech", "BDG-T001", Role.TECHNICIAN)


@pytest.fixture
def clerk(db, manager):
    return create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)


@pytest.fixture
def storekeeper(db, manager):
    return create_user(manager, "Wang Warehouse", "BDG-W001", Role.WAREHOUSE)


def pytest_configure(config):
    if _TMP_ROOT and not config.option.basetemp:
        config.option.basetemp = str(_SESSION_TMP / "pytest")


def pytest_unconfigure(config):
    import shutil

    shutil.rmtree(_SESSION_TMP, ignore_errors=True)


def pytest_sessionfinish(session, exitstatus):
    count = 0
    if PG_TESTS_RUN.exists():
        count = len(PG_TESTS_RUN.read_text().splitlines())
    report = os.environ.get("DEPOT_PG_REPORT")
    if report:  # one line per process (xdist workers and controller); CI adds them up
        with open(report, "a") as fh:
            fh.write(f"{count}\n")
