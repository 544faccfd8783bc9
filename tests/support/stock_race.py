"""Stations racing for the last pieces of a part (used by the race tests).

A worker is a separate process (SQLite: each opens the same file) or a thread
with its own connection (PostgreSQL: peewee keeps one connection per thread),
and issues one piece at a time, each to its own reference, until it has tried
`attempts` times. It reports what it got and what it was refused; the test
then checks nothing was oversold and the ledger still equals the level.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Tally:
    station: str
    issued: int
    refused: int
    errors: tuple[str, ...] = ()


def issue_until_refused(part_id: int, user_id: int, station: str, attempts: int,
                        start: threading.Barrier | None = None,
                        reference: str | None = None, pause: float = 0.0) -> Tally:
    """Issue one piece per attempt and count OutOfStock refusals.

    Each attempt has its own reference unless `reference` is given (then all
    stations draw on that reference's reservation together). `pause` (seconds,
    random up to) spaces the attempts like people scanning: SQLite's busy
    handler polls, so a writer looping with no pause would hold the file lock
    almost continuously and the other process would only get in once it stops.
    """
    from depot.errors import OutOfStock
    from depot.models import User
    from inventory import stock

    actor = User.get_by_id(user_id)
    if start is not None:
        start.wait()
    issued = refused = 0
    errors: list[str] = []
    jitter = random.Random(station)
    for n in range(attempts):
        if pause:
            time.sleep(jitter.uniform(0, pause))
        try:
            stock.issue(actor, part_id, 1, reference or f"RMA-{station}-{n:03d}")
            issued += 1
        except OutOfStock:
            refused += 1
        except Exception as exc:  # reported, so the test shows what went wrong
            errors.append(f"{type(exc).__name__}: {exc}")
    return Tally(station, issued, refused, tuple(errors))


def sqlite_station(url: str, part_id: int, user_id: int, station: str, attempts: int,
                   ready, go, results) -> None:
    """Process entry point: open the shared SQLite file, say ready, wait for `go`
    (a multiprocessing Event, so all stations start together), race, report."""
    from depot import db as dbmod
    from rma.schema import open_depot

    open_depot(url, backup_dir=None)
    try:
        ready.put(station)
        go.wait()
        tally = issue_until_refused(part_id, user_id, station, attempts, pause=0.004)
    finally:
        dbmod.close()
    results.put(tally)
