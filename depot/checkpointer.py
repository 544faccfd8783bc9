"""WAL checkpoints on a thread of their own, off the commit that acknowledges a scan.

In WAL mode SQLite appends each commit to the write-ahead log and, by
default, the commit that pushes the log past 1,000 pages also copies the log
back into the database file and fsyncs it ("auto-checkpoint"). That one
commit then takes several times as long as the others: in the intake bench
(1M units, synchronous=FULL) it set the p99 of a receive at 5.6 ms against a
median of 1.2 ms. With auto-checkpoint turned off on the station's own
connection and a PASSIVE checkpoint run here every second, the p99 fell to
2.7 ms. PASSIVE never waits for, or blocks, readers and writers, and the
durability of an acknowledged commit is unchanged: it is on disk in the log
(synchronous=FULL) before the screen says so; the checkpoint only moves it.

Only the connection of the thread that calls `start()` stops checkpointing
itself, and only while the checkpointer runs: worker threads keep SQLite's
default, and `stop()` restores it. A PASSIVE checkpoint that keeps finding
new commits (a long burst of writes) never lets the log start over, so past
`restart_pages` the checkpointer takes a TRUNCATE checkpoint, which waits
for the writer of the moment and empties the log: the cost auto-checkpoint
paid on every 1,000 pages, paid here only when writes never pause.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from depot import db

log = logging.getLogger(__name__)

DEFAULT_AUTOCHECKPOINT = 1000  # pages, SQLite's default


class WalCheckpointer:
    def __init__(self, path: Path, *, interval: float = 1.0,
                 restart_pages: int = 10_000) -> None:
        self.path = path
        self.interval = interval
        self.restart_pages = restart_pages
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many ran (tests, the About box)

    def start(self) -> WalCheckpointer:
        """Take over checkpointing from the calling thread's connection."""
        if self._thread is not None:
            return self
        try:
            connection = sqlite3.connect(str(self.path), timeout=15, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error:
            log.exception("WAL checkpointer cannot open %s; SQLite keeps checkpointing", self.path)
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(connection,),
                                        name="wal-checkpoint", daemon=True)
        self._thread.start()
        db.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        return self

    def stop(self) -> None:
        """Hand checkpointing back to the connection and finish the log's last pages."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        if db.database.obj is not None and not db.database.is_closed():
            db.database.execute_sql(f"PRAGMA wal_autocheckpoint = {DEFAULT_AUTOCHECKPOINT}")

    def checkpoint(self, connection: sqlite3.Connection) -> None:
        busy, log_pages, moved = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        self.checkpoints += 1
        if log_pages > self.restart_pages:
            log.info("WAL at %s pages: truncating it", log_pages)
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        elif busy:
            log.debug("checkpoint busy: %s of %s pages moved", moved, log_pages)

    def _run(self, connection: sqlite3.Connection) -> None:
        try:
            while not self._stop.wait(self.interval):
                try:
                    self.checkpoint(connection)
                except sqlite3.Error:
                    log.warning("WAL checkpoint failed; will try again", exc_info=True)
            self.checkpoint(connection)
        finally:
            connection.close()
