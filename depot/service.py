"""The unit of work every service runs in.

`with unit_of_work() as changes:` opens one write transaction, lets the
service record what it touched, and after the commit publishes the changes on
the bus (and, on PostgreSQL, with NOTIFY inside the transaction). A refusal
raised inside rolls everything back: nothing half-written, nothing published.
Nested units of work join the outer one.

On PostgreSQL a connection the server dropped (restart, network) is replaced
when the next unit of work begins; a write whose connection died under it
raises `depot.db.ConnectionLost` ("not saved"), never a silent success.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

import peewee as pw

from depot import config, db, events
from depot.models import Counter

_local = threading.local()


@contextlib.contextmanager
def unit_of_work() -> Iterator[events.Changes]:
    outer: events.Changes | None = getattr(_local, "changes", None)
    if outer is not None:
        with db.database.atomic():
            yield outer
        return
    changes = events.Changes(station=config.station_name(), pid=os.getpid())
    _local.changes = changes
    try:
        with db.write_transaction():
            yield changes
            if changes and db.is_postgres():
                db.database.execute_sql(
                    "SELECT pg_notify(%s, %s)", (events.CHANNEL, changes.to_payload())
                )
    finally:
        _local.changes = None
    events.bus.publish(changes)


def next_number(prefix: str) -> int:
    """Next value of a named counter, unique across stations.

    One upsert with RETURNING: the row lock it takes serialises concurrent
    stations, so two intakes never get the same RMA number. Compiled once
    per backend (it runs on every intake).
    """
    sql = _NEXT_NUMBER_SQL.get(type(db.database.obj))
    if sql is None:
        sql, params = _next_number_query(_MARKER).sql()
        if _MARKER not in params:
            raise RuntimeError("the counter upsert lost its name parameter")
        _NEXT_NUMBER_SQL[type(db.database.obj)] = sql, params
    else:
        sql, params = sql
    values = [prefix if p == _MARKER else p for p in params]
    if db.database.in_transaction():  # the usual case: inside the caller's unit of work,
        # where a savepoint would only add two statements (round trips on PostgreSQL)
        return int(db.database.execute_sql(sql, values).fetchone()[0])
    with db.database.atomic():
        return int(db.database.execute_sql(sql, values).fetchone()[0])


_MARKER = "\x00counter\x00"
_NEXT_NUMBER_SQL: dict[type, tuple[str, list]] = {}


def _next_number_query(name: str) -> pw.Query:
    return (
        Counter.insert(name=name, value=1)
        .on_conflict(conflict_target=[Counter.name], update={Counter.value: Counter.value + 1})
        .returning(Counter.value)
    )


def is_unique_violation(exc: Exception) -> bool:
    return isinstance(exc, pw.IntegrityError) and "unique" in str(exc).lower()
