"""The command line and the composition root.

`depot` starts the GUI; `depot --demo` the GUI on a separate demo database;
`depot migrate`, `depot backup PATH`, `depot --self-test`. This is the one
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
    backup = sub.add_parser("backup", help="copy the database to a file")
    backup.add_argument("path", type=Path)
    sub.add_parser("seed-demo", help="fill the chosen database with demo data")
    return parser


def open_db(url: str, progress: Callable[[str], None] | None = None):
    from rma.schema import open_depot

    return open_depot(url, progress=progress)


def seed_demo() -> None:
    try:
        from rma.demo import seed_demo as seed
    except ImportError:  # the demo seeder grows with the features
        return
    seed()


def cmd_migrate(url: str) -> int:
    info = open_db(url, progress=print)
    from depot.db import database
    from depot.migrate import current_version

    print(f"{info.display}: schema version {current_version(database.obj)}")
    return 0


def cmd_backup(url: str, target: Path) -> int:
    from depot import db

    info = open_db(url)
    if info.path is None:
        raise DomainError("Backups of a PostgreSQL database are not available yet: use pg_dump.")
    db.sqlite_backup(info.path, target)
    print(f"Backed up {info.display} to {target}")
    return 0


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
        from depot.selftest_steps import domain_steps

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
        if args.command == "seed-demo":
            open_db(url)
            seed_demo()
            return 0
        info = open_db(url)
        if args.demo:
            seed_demo()
        from ui.app import run

        return run(info, args.lang)
    except DomainError as exc:
        print(f"depot: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
