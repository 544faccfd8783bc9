"""The WAL checkpointer takes checkpoints off the station's commits, and gives them back."""

from __future__ import annotations

import time

from depot import audit
from depot import db as dbmod
from depot.checkpointer import DEFAULT_AUTOCHECKPOINT, WalCheckpointer
from depot.models import AuditEntry
from depot.service import unit_of_work


def _autocheckpoint() -> int:
    return dbmod.database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]


def _wal_pages() -> tuple[int, int]:
    """(pages in the log, pages already moved into the database file)."""
    _, log, moved = dbmod.database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return log, moved


def test_checkpoints_move_to_their_own_thread_and_back(sqlite_db):
    checkpointer = WalCheckpointer(sqlite_db.path, interval=0.02, restart_pages=100).start()
    try:
        assert _autocheckpoint() == 0, "the station's connection no longer checkpoints"
        for i in range(300):
            with unit_of_work():
                audit.record(None, "x.wal", "unit", i, after={"pad": "x" * 400})
        deadline = time.monotonic() + 5
        while checkpointer.checkpoints < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert checkpointer.checkpoints >= 3
        wal = sqlite_db.path.with_name(sqlite_db.path.name + "-wal").stat().st_size
        # without checkpoints these writes leave a log of about 6 MB; a burst that never
        # pauses is cut short by the TRUNCATE checkpoint past `restart_pages`
        assert wal < 3_000_000, wal
    finally:
        checkpointer.stop()
    assert _autocheckpoint() == DEFAULT_AUTOCHECKPOINT
    log, moved = _wal_pages()
    assert log == moved, "everything committed has been checkpointed"
    assert AuditEntry.select().where(AuditEntry.action == "x.wal").count() == 300


def test_a_checkpointer_that_cannot_open_leaves_sqlite_in_charge(sqlite_db, tmp_path):
    checkpointer = WalCheckpointer(tmp_path / "no" / "such" / "dir" / "x.db").start()
    assert _autocheckpoint() == DEFAULT_AUTOCHECKPOINT
    checkpointer.stop()  # nothing to stop: no error
