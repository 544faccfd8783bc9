"""Backups and restores: consistent while writing, checked before restoring, verified after."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import date
from pathlib import Path

import pytest

from depot import backup, clock
from depot import db as dbmod
from depot.backup import BackupError
from depot.cli import main as cli_main
from depot.errors import SchemaError
from depot.models import Counter
from rma import intake
from rma.models import Rma
from rma.schema import SCHEMA_VERSION, open_depot
from tests.support.stations import half_written_rmas, register_units, seed_depot


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def _receive_all(clerk, serials, stop: threading.Event | None = None) -> list[str]:
    numbers = []
    for s in serials:
        if stop is not None and stop.is_set():
            break
        numbers.append(intake.receive(clerk, serial=s, fault="No print").number)
    return numbers


def test_backup_while_writing_restores_identically(sqlite_db, tmp_path, fixed_clock):
    """A scan loop keeps writing during the backup; the copy is one consistent instant."""
    depot = seed_depot()
    serials = register_units(depot, "BK", 150)
    live_url = sqlite_db.url
    stop = threading.Event()
    received: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            received.extend(_receive_all(depot.clerk, serials, stop))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            dbmod.database.close()  # the writer thread's own connection

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(Rma.select()) < 20:  # the writer is well under way
            pass
        (tmp_path / "backups").mkdir()
        result = backup.backup(live_url, tmp_path / "backups")
    finally:
        stop.set()
        thread.join()
    assert not errors, errors
    copy = result.path
    assert copy.name.startswith("depot-20260105-") and copy.suffix == ".db"
    manifest = result.manifest
    assert manifest.schema_version == SCHEMA_VERSION and manifest.kind == "sqlite"
    in_copy = manifest.tables["rma"].rows
    assert 20 <= in_copy <= len(received) <= 150
    print(f"\nbackup while writing: {in_copy} of {len(received)} RMAs in the snapshot, "
          f"{manifest.rows} rows, {result.seconds * 1000:.0f} ms")

    # the snapshot is a prefix of the live history: those rows are identical in both
    with sqlite3.connect(copy) as conn:
        last = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                for t in ("rma", "rma_event", "audit_entry")}
    snap_where = {t: f"id <= {n}" for t, n in last.items()}
    snap_where["counter"] = "name NOT LIKE 'RMA-%'"  # moves on; checked against the RMAs below
    live_prefix = backup.checksums_of(live_url, snap_where)
    copy_prefix = backup.checksums_of(_sqlite_url(copy), snap_where)
    assert backup.differences(copy_prefix, live_prefix) == []
    # and it is whole: every RMA in it has its first event and its audit entry, and the
    # number counter agrees with the RMAs it holds
    dbmod.close()
    open_depot(_sqlite_url(copy), backup_dir=tmp_path / "pre")
    assert half_written_rmas() == []
    assert Counter.get(Counter.name == "RMA-2601").value == Rma.select().count() == in_copy
    dbmod.close()

    restored = tmp_path / "restored.db"
    out = backup.restore(copy, _sqlite_url(restored), known_version=SCHEMA_VERSION)
    assert out.verified and out.rows == manifest.rows
    assert backup.checksums_of(_sqlite_url(restored)) == manifest.tables

    # after the writer stopped, a backup and restore reproduce the live database exactly
    final = backup.backup(live_url, tmp_path / "final.db")
    again = tmp_path / "again.db"
    backup.restore(final.path, _sqlite_url(again), known_version=SCHEMA_VERSION)
    live = backup.checksums_of(live_url)
    assert live == backup.checksums_of(_sqlite_url(again)) == final.manifest.tables
    assert live["rma"].rows == len(received)
    print("table rows/sha256 (live = restored): " + ", ".join(
        f"{t}={s.rows}/{s.sha256[:8]}" for t, s in live.items() if s.rows))


def test_restore_refuses_what_it_cannot_trust(sqlite_db, tmp_path):
    seed_depot()
    made = backup.backup(sqlite_db.url, tmp_path / "good.db")
    dbmod.close()

    # a newer program's database: refused, nothing created
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as conn, sqlite3.connect(made.path) as src:
        src.backup(conn)
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(SchemaError, match="newer version of Depot"):
        backup.restore(newer, _sqlite_url(tmp_path / "n.db"), known_version=SCHEMA_VERSION)
    assert not (tmp_path / "n.db").exists()

    # not a Depot database, not a database at all
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(SchemaError, match="not a Depot database"):
        backup.restore(other, _sqlite_url(tmp_path / "o.db"), known_version=SCHEMA_VERSION)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(SchemaError, match="not a Depot backup"):
        backup.restore(text, _sqlite_url(tmp_path / "t.db"), known_version=SCHEMA_VERSION)

    # a copy that does not match its manifest is reported table by table
    tampered = tmp_path / "tampered.db"
    with sqlite3.connect(tampered) as conn, sqlite3.connect(made.path) as src:
        src.backup(conn)
        conn.execute("UPDATE customer SET name = 'Mallory'")
    body = json.loads(backup.manifest_path(made.path).read_text())
    backup.manifest_path(tampered).write_text(json.dumps(body))
    with pytest.raises(BackupError, match="does not match the backup: customer: 1 rows, "
                                          "expected 1 \\(same count, different content\\)"):
        backup.restore(tampered, _sqlite_url(tmp_path / "x.db"), known_version=SCHEMA_VERSION)

    # an SQLite backup never goes into PostgreSQL (that is a migration, not a restore)
    with pytest.raises(BackupError, match="not a restore"):
        backup.restore(made.path, "postgresql://u@/x?host=/nowhere",
                       known_version=SCHEMA_VERSION)


def test_restore_over_an_existing_file_keeps_it(sqlite_db, tmp_path):
    depot = seed_depot()
    made = backup.backup(sqlite_db.url, tmp_path / "before.db")
    register_units(depot, "LATE", 3)  # written after the backup: the restore undoes it
    live_path = sqlite_db.path
    dbmod.close()
    with pytest.raises(BackupError, match="already exists"):
        backup.restore(made.path, sqlite_db.url, known_version=SCHEMA_VERSION)
    out = backup.restore(made.path, sqlite_db.url, known_version=SCHEMA_VERSION, replace=True)
    assert out.previous is not None and out.previous.exists()
    assert backup.checksums_of(sqlite_db.url) == made.manifest.tables
    with sqlite3.connect(out.previous) as kept:
        assert kept.execute("SELECT count(*) FROM unit").fetchone()[0] == 3
    assert live_path.exists()


def test_cli_backup_and_restore(sqlite_db, tmp_path, capsys):
    seed_depot()
    url = sqlite_db.url
    dbmod.close()
    assert cli_main(["--db", url, "backup", str(tmp_path / "b.db")]) == 0
    assert cli_main(["--db", url, "restore", str(tmp_path / "b.db"),
                     "--to", _sqlite_url(tmp_path / "r.db")]) == 0
    out = capsys.readouterr().out
    assert "Backed up SQLite" in out and "checksums verified" in out
    assert cli_main(["--db", url, "restore", str(tmp_path / "b.db")]) == 2
    assert "already exists" in capsys.readouterr().err
    dbmod.close()


def test_daily_backups_once_a_day_with_retention(sqlite_db, tmp_path, fixed_clock):
    seed_depot()
    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "holiday-photo.db").write_bytes(b"not ours")  # never touched by retention
    taken = []
    for day in range(1, 7):
        fixed_clock.current = fixed_clock.current.replace(day=day)
        first = backup.run_daily(sqlite_db.url, folder=folder, keep=3)
        second = backup.run_daily(sqlite_db.url, folder=folder, keep=3)
        assert first is not None and second is None  # once a day
        taken.append(first.path.name)
    kept = [p.name for p in backup.backups_in(folder)]
    assert kept == taken[-3:]
    assert (folder / "holiday-photo.db").exists()
    assert len(list(folder.glob("*.json"))) == 3
    assert clock.today() == date(2026, 1, 6)


# --------------------------------------------------------------------------- PostgreSQL


def test_postgres_dump_restore_verified(pg_db, pg_server, tmp_path, fixed_clock):
    depot = seed_depot()
    serials = register_units(depot, "PG", 30)
    _receive_all(depot.clerk, serials[:20])
    url = pg_db.url
    made = backup.backup(url, tmp_path)
    assert made.path.suffix == ".dump" and made.manifest.tables["rma"].rows == 20
    name = f"restored_{uuid.uuid4().hex[:12]}"
    pg_server.psql(f"CREATE DATABASE {name} TEMPLATE template0")
    target = pg_server.url(name)
    out = backup.restore(made.path, target, known_version=SCHEMA_VERSION)
    assert out.verified and out.schema_version == SCHEMA_VERSION
    assert backup.checksums_of(target) == backup.checksums_of(url) == made.manifest.tables
    # never into a database that holds anything
    with pytest.raises(BackupError, match="not empty"):
        backup.restore(made.path, target, known_version=SCHEMA_VERSION)
    # a dump without its manifest is still checked for being Depot's, and its version
    backup.manifest_path(made.path).unlink()
    found = backup.inspect(made.path, known_version=SCHEMA_VERSION)
    assert found.schema_version == SCHEMA_VERSION and found.manifest is None
    with pytest.raises(SchemaError, match="newer version"):
        backup.inspect(made.path, known_version=SCHEMA_VERSION - 1)
    # the restored database opens like any other
    dbmod.close()
    open_depot(target, backup_dir=None)
    assert Rma.select().count() == 20
    dbmod.close()


def test_without_pg_dump_the_message_says_so(pg_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "find_pg_tool", lambda name: None)
    with pytest.raises(BackupError, match="pg_dump was not found on this computer"):
        backup.backup(pg_db.url, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_one_station_takes_the_daily_postgres_backup(pg_db, tmp_path, fixed_clock):
    seed_depot()
    first = backup.run_daily(pg_db.url, folder=tmp_path / "a", keep=5)
    # another station with its own folder the same day: the shared counter says it is done
    other = backup.run_daily(pg_db.url, folder=tmp_path / "b", keep=5)
    assert first is not None and other is None
    assert Counter.get(Counter.name == "BACKUP-20260105").value == 2
