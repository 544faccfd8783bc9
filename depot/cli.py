"""The command line and the composition root.

`depot` starts the GUI; `depot --demo` the GUI on a separate demo database;
`depot migrate`, `depot backup PATH`, `depot restore FILE`, `depot db init|test`,
`depot --self-test`. This is the one
module that wires every layer together; the GUI is imported lazily so the
headless commands never load Qt.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import depot
from depot import config
from depot.errors import DomainError

log = logging.getLogger("depot")


def setup_logging(verbose: bool = False) -> Path:
    """A rotating log file in the platform's log folder (5 × 1 MB)."""
    path = config.log_dir() / "depot.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="depot", description="Depot repair workbench")
    parser.add_argument("--version", action="version", version=f"Depot {depot.__version__}")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (sqlite:///path.db or postgresql://…); "
                             f"default: ${config.ENV_DB} or the user data folder")
    parser.add_argument("--demo", action="store_true",
                        help="use a separate demo database, seeded with realistic data")
    parser.add_argument("--lang", metavar="LANG", help="language: en or zh_CN")
    parser.add_argument("--station", metavar="NAME", help="this workstation's name")
    parser.add_argument("--self-test", action="store_true",
                        help="prove the program works end to end, offscreen, then exit")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("migrate", help="bring the database schema up to date")
    backup = sub.add_parser("backup", help="copy the database to a file or folder, with a "
                                           "checksum manifest (pg_dump for PostgreSQL)")
    backup.add_argument("path", type=Path)
    restore = sub.add_parser("restore", help="restore a backup into a new SQLite file or an "
                                             "empty PostgreSQL database, and verify it")
    restore.add_argument("source", type=Path)
    restore.add_argument("--to", metavar="URL", help="target database (default: --db / the "
                                                     "configured database)")
    restore.add_argument("--replace", action="store_true",
                         help="replace an existing SQLite file (it is kept as a copy)")
    dbcmd = sub.add_parser("db", help="prepare or check a database").add_subparsers(
        dest="db_command", required=True)
    init = dbcmd.add_parser("init", help="prepare an empty PostgreSQL database: schema and "
                                         "first manager")
    init.add_argument("url")
    init.add_argument("--manager-name", required=True)
    init.add_argument("--manager-badge", required=True)
    init.add_argument("--create", action="store_true",
                      help="create the database first if it does not exist")
    test = dbcmd.add_parser("test", help="say whether the database can be used, or what fails")
    test.add_argument("url", nargs="?")
    sub.add_parser("seed-demo", help="fill the chosen database with demo data")
    return parser


def open_db(url: str, progress: Callable[[str], None] | None = None):
    from rma.schema import open_depot

    return open_depot(url, progress=progress)


def seed_demo() -> None:
    """Seed the demo depot: people, customers, units, RMAs, then parts and loaners.

    Does nothing to a database that already has operators (somebody's data, or
    a demo seeded before); each step is idempotent on its own too.
    """
    from inventory.demo import seed_demo_parts
    from rma.demo import seed_demo as seed_people_and_units
    from rma.demo_loaners import seed_demo_loaners

    data = seed_people_and_units()
    if data is None:
        return
    manager = data.users["BDG-M001"]
    seed_demo_parts(manager)
    seed_demo_loaners(manager)


def cmd_migrate(url: str) -> int:
    info = open_db(url, progress=print)
    from depot.db import database
    from depot.migrate import current_version

    print(f"{info.display}: schema version {current_version(database.obj)}")
    return 0


def cmd_backup(url: str, target: Path) -> int:
    from depot import backup

    info = open_db(url)  # refuses a database from a newer program before copying it
    result = backup.backup(info.url, target)
    print(f"Backed up {info.display} to {result.path} (schema {result.manifest.schema_version}, "
          f"{len(result.manifest.tables)} tables, {result.manifest.rows} rows, "
          f"{result.seconds:.1f}s; manifest {backup.manifest_path(result.path).name})")
    return 0


def cmd_restore(source: Path, target_url: str, replace: bool) -> int:
    from depot import backup
    from rma.schema import SCHEMA_VERSION

    result = backup.restore(source, target_url, known_version=SCHEMA_VERSION, replace=replace)
    print(f"Restored {source} into {result.target}: schema {result.schema_version}, "
          f"{result.tables} tables, {result.rows} rows, "
          f"{'checksums verified' if result.verified else 'not verified (no manifest)'}")
    if result.previous is not None:
        print(f"The replaced database was kept as {result.previous}")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from depot import connection
    from rma.schema import SCHEMA_VERSION

    if args.db_command == "init":
        report = connection.init_database(
            args.url, manager_name=args.manager_name, manager_badge=args.manager_badge,
            known_version=SCHEMA_VERSION, open_fn=open_db, create=args.create)
        print(report.message)
        return 0
    url = args.url or config.resolve_db_url(args.db)
    report = connection.check_connection(url, known_version=SCHEMA_VERSION)
    print(report.message)
    return 0 if report.ok else 1


def self_test(language: str | None) -> int:
    """Open a temporary database, migrate, seed, build the main window offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="depot-selftest-") as tmp:
        os.environ[config.ENV_DATA_DIR] = tmp
        url = f"sqlite:///{(Path(tmp) / 'selftest.db').as_posix()}"
        checks: list[tuple[str, bool, str]] = []

        def check(name: str, fn: Callable[[], object]) -> None:
            try:
                detail = fn()
                checks.append((name, True, "" if detail is None else str(detail)))
            except Exception as exc:  # a self-test reports every failure, then exits 1
                log.exception("self-test step failed: %s", name)
                checks.append((name, False, f"{type(exc).__name__}: {exc}"))

        check("open and migrate", lambda: open_db(url).display)
        check("demo data", seed_demo)
        from exports.selftest import domain_steps

        for name, step in domain_steps():
            check(name, step)

        def window() -> str:
            from ui import i18n
            from ui.app import application, build_main_window

            app = application()
            win = build_main_window(open_db(url), language)
            win.show()
            app.processEvents()
            title = win.nav.item(0).text()
            if language and i18n.normalise(language) == "zh_CN" and title != "收货":
                raise RuntimeError(f"Chinese translation not active (first section {title!r})")
            win.close()
            return f"first section {title!r}"

        check("main window", window)
        from depot import db

        db.close()
    failed = [c for c in checks if not c[1]]
    for name, ok, detail in checks:
        print(f"[{'PASS' if ok else 'FAIL'}] {name}{': ' + detail if detail else ''}")
    print(f"self-test {'passed' if not failed else 'FAILED'} in {time.monotonic() - started:.2f}s")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.station:
        config.set_station_name(args.station)
    setup_logging(args.verbose)
    try:
        if args.self_test:
            return self_test(args.lang)
        url = config.resolve_db_url(args.db, demo=args.demo)
        if args.command == "migrate":
            return cmd_migrate(url)
        if args.command == "backup":
            return cmd_backup(url, args.path)
        if args.command == "restore":
            return cmd_restore(args.source, args.to or url, args.replace)
        if args.command == "db":
            return cmd_db(args)
        if args.command == "seed-demo":
            open_db(url)
            seed_demo()
            return 0
        from ui.app import start

        chosen = args.db or args.demo or os.environ.get(config.ENV_DB)
        return start(url if chosen else None, language=args.lang, open_db=open_db,
                     seed=seed_demo if args.demo else None)
    except DomainError as exc:
        print(f"depot: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
