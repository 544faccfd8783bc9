"""Two stations, one last piece: never oversold, never negative, ledger = level.

SQLite: two processes open the same file. PostgreSQL: eight threads, each
with its own connection. All start together and issue one piece at a time
until refused; run pytest with -s to see the counts.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from concurrent.futures import ThreadPoolExecutor

from depot import db as dbmod
from depot.models import Role
from depot.users import create_user
from inventory import stock
from inventory.models import Reservation, StockMove
from tests.support.stock import ledger, level, make_part, receive
from tests.support.stock_race import Tally, issue_until_refused, sqlite_station


def _people():
    boss = create_user(None, "Mia Manager", "BDG-M001", Role.MANAGER)
    tech = create_user(boss, "Tom Tech", "BDG-T001", Role.TECHNICIAN)
    return boss, tech


def _stocked(boss, on_hand: int, held: int):
    part = make_part(boss, "P-LAST-1", "最后一件 The last piece")
    receive(boss, part, on_hand, 1_001)
    if held:
        stock.reserve(boss, part, held, "RMA-HELD-0001")
    return part


def _check(part, tallies: list[Tally], free: int, held: int, label: str) -> None:
    issued = sum(t.issued for t in tallies)
    refused = sum(t.refused for t in tallies)
    lv = level(part)
    moves = StockMove.select().where(StockMove.kind == "issue").count()
    print(f"\n{label}: " + ", ".join(f"{t.station} issued {t.issued} refused {t.refused}"
                                      for t in tallies)
          + f" | total issued {issued} of {free} free, refused {refused},"
          f" on hand {lv.on_hand}, reserved {lv.reserved}, value {lv.value},"
          f" ledger {ledger(part)}, issue moves {moves}")
    assert [e for t in tallies for e in t.errors] == []
    assert issued == free == moves, "never oversold, never short-sold"
    assert (lv.on_hand, lv.reserved) == (held, held), "the reserved pieces stay"
    assert lv.on_hand >= 0 and lv.value >= 0
    assert ledger(part) == (lv.on_hand, lv.value)
    assert stock.verify_levels() == []


def test_two_sqlite_processes_race_for_the_last_pieces(sqlite_db):
    boss, tech = _people()
    # enough pieces that both processes are issuing when the last ones go
    part = _stocked(boss, on_hand=42, held=2)
    ctx = mp.get_context("spawn")
    ready, results, go = ctx.Queue(), ctx.Queue(), ctx.Event()
    stations = [
        ctx.Process(target=sqlite_station,
                    args=(sqlite_db.url, part.id, tech.id, f"S{n}", 40, ready, go, results))
        for n in (1, 2)
    ]
    for p in stations:
        p.start()
    try:
        for _ in stations:
            ready.get(timeout=120)
        go.set()
        tallies = sorted((results.get(timeout=120) for _ in stations), key=lambda t: t.station)
    finally:
        for p in stations:
            p.join(timeout=60)
    assert [p.exitcode for p in stations] == [0, 0]
    _check(part, tallies, free=40, held=2, label="SQLite, 2 processes")
    assert all(t.issued > 0 for t in tallies), "both stations got pieces: they really raced"


def _race_threads(n: int, fn) -> list[Tally]:
    barrier = threading.Barrier(n)

    def station(i: int) -> Tally:
        try:
            return fn(f"T{i}", barrier)
        finally:
            dbmod.database.close()  # this thread's own connection

    with ThreadPoolExecutor(n) as pool:
        return sorted(pool.map(station, range(1, n + 1)), key=lambda t: t.station)


def test_eight_postgres_connections_race_for_the_last_pieces(pg_db):
    boss, tech = _people()
    part = _stocked(boss, on_hand=7, held=2)
    tallies = _race_threads(
        8, lambda name, barrier: issue_until_refused(part.id, tech.id, name, 3, barrier))
    _check(part, tallies, free=5, held=2, label="PostgreSQL, 8 connections")


def test_eight_postgres_connections_share_one_reservation(pg_db):
    """All stations issue to the same reference: its reservation is used exactly once
    per piece, and nobody dips into the free pieces beyond what stock allows."""
    boss, tech = _people()
    part = make_part(boss, "P-LAST-2", "共享预留 Shared reservation")
    receive(boss, part, 6, 999)
    stock.reserve(boss, part, 4, "RMA-2601-00777")
    tallies = _race_threads(8, lambda name, barrier: issue_until_refused(
        part.id, tech.id, name, 2, barrier, reference="RMA-2601-00777"))
    issued = sum(t.issued for t in tallies)
    lv = level(part)
    res = Reservation.get(Reservation.reference == "RMA-2601-00777")
    print(f"\nPostgreSQL, 8 connections, one reservation: issued {issued} of 6,"
          f" refused {sum(t.refused for t in tallies)}, reservation left {res.qty}"
          f" (issued from it {res.issued_qty}), on hand {lv.on_hand}")
    assert [e for t in tallies for e in t.errors] == []
    assert issued == 6 and lv.on_hand == 0 and lv.reserved == 0
    assert (res.qty, res.issued_qty, res.active) == (0, 4, False)
    assert ledger(part) == (0, 0) and stock.verify_levels() == []
