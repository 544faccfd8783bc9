"""Two stations editing one RMA on PostgreSQL, each on its own connection:
the second write is refused with who changed the RMA and when."""

from __future__ import annotations

import threading
import time
from datetime import date

import psycopg
import pytest

from depot import db as dbmod
from depot.errors import StaleEdit
from depot.models import Role
from depot.users import create_user
from rma import customers, intake, units, workflow
from rma.models import Rma, RmaEvent


@pytest.fixture
def people(pg_db, fixed_clock):
    manager = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    tech = create_user(manager, "Tom Tech", "BDG-T001", Role.TECHNICIAN)
    desk = create_user(manager, "Sue Desk", "BDG-S001", Role.SERVICE_DESK)
    model = units.create_model(manager, code="ZT410", name="Zebra ZT410")
    acme = customers.create_customer(manager, name="Acme Ltd")
    units.register_unit(manager, serial="SN-1", model=model, customer=acme,
                        sale_date=date(2025, 6, 1))
    rma = intake.receive(desk, serial="SN-1", fault="No power")
    return {"tech": tech, "desk": desk, "rma": rma}


def _on_own_connection(fn) -> tuple[threading.Thread, list, list]:
    """Run `fn` in a thread (peewee gives each thread its own connection)."""
    results: list = []
    errors: list[BaseException] = []

    def station() -> None:
        try:
            results.append(fn())
        except BaseException as exc:  # asserted by the test
            errors.append(exc)
        finally:
            dbmod.database.close()

    thread = threading.Thread(target=station)
    thread.start()
    return thread, results, errors


def test_second_station_with_a_stale_screen_is_refused(people, fixed_clock):
    tech, desk = people["tech"], people["desk"]
    desk_screen = workflow.get_rma(people["rma"].id)  # the desk loaded the RMA …
    bench_screen = workflow.get_rma(people["rma"].id)  # … and so did the bench
    fixed_clock.advance(minutes=12)
    thread, results, errors = _on_own_connection(
        lambda: workflow.start_diagnosis(tech, bench_screen))
    thread.join(30)
    assert not errors and results[0].state == "diagnosing"
    with pytest.raises(StaleEdit) as err:
        workflow.cancel(desk, desk_screen, note="Customer withdrew")
    assert str(err.value) == (
        f"{desk_screen.number} was changed by Tom Tech at 2026-01-05 09:12 — reload and try "
        "again."
    )
    assert Rma.get_by_id(desk_screen.id).state == "diagnosing"
    assert RmaEvent.select().where(RmaEvent.kind == "cancel").count() == 0


def test_simultaneous_writes_one_wins_the_other_is_refused(people, pg_db):
    """Both stations pass every check before either writes; the row version decides.

    A third connection holds the RMA row, so both conditional UPDATEs queue
    behind it after their checks passed. When it lets go, the first UPDATE
    commits; the second finds the version moved and is refused — not a
    silent second transition.
    """
    tech, desk = people["tech"], people["desk"]
    number = people["rma"].number
    seen_a = workflow.get_rma(people["rma"].id)
    seen_b = workflow.get_rma(people["rma"].id)
    loaded = seen_a.version
    url = pg_db.url
    with psycopg.connect(url, autocommit=True) as watcher, psycopg.connect(url) as holder:
        holder.execute("SELECT id FROM rma WHERE number = %s FOR UPDATE", (number,))
        a = _on_own_connection(lambda: workflow.start_diagnosis(tech, seen_a))
        b = _on_own_connection(lambda: workflow.cancel(desk, seen_b, note="Duplicate intake"))
        deadline = time.monotonic() + 20
        waiting = 0
        while time.monotonic() < deadline:
            (waiting,) = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE 'UPDATE \"rma\"%%'"
            ).fetchone()
            if waiting == 2:
                break
            time.sleep(0.02)
        assert waiting == 2, "both stations should be waiting to write the RMA"
        holder.rollback()
        for thread, _, _ in (a, b):
            thread.join(30)
    results = a[1] + b[1]
    errors = a[2] + b[2]
    assert len(results) == 1 and len(errors) == 1, errors
    (loser,) = errors
    assert isinstance(loser, StaleEdit), repr(loser)
    winner = results[0]
    who = "Tom Tech" if winner.state == "diagnosing" else "Sue Desk"
    assert str(loser).startswith(f"{number} was changed by {who} at 2026-01-05 09:00")
    row = Rma.get_by_id(winner.id)
    assert row.state == winner.state and row.version == loaded + 1
    moves = RmaEvent.select().where(RmaEvent.kind.in_(["start_diagnosis", "cancel"])).count()
    assert moves == 1
