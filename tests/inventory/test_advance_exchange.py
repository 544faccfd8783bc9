"""Advance exchange: the 14:00 cut-off, cores owed within 10 working days, cores back."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from depot import settings
from depot.errors import Conflict, OutOfStock, PermissionDenied
from depot.workcal import WorkingCalendar
from inventory import exchange, stock
from inventory.models import CoreStatus, StockMove
from tests.support.stock import ledger, level, make_part, receive

SHANGHAI = ZoneInfo("Asia/Shanghai")
CAL = WorkingCalendar(tz=SHANGHAI)
RMA = "RMA-2601-00007"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture
def engine(db, storekeeper):
    part = make_part(storekeeper, "P-ENG-1900", "扫描引擎 Scan engine (Honeywell 1900)")
    receive(storekeeper, part, 2, 56_000)
    receive(storekeeper, part, 1, 56_003)
    return part


@pytest.mark.parametrize(
    ("confirmed", "ship", "due"),
    [
        (at(5, 13, 59), date(2026, 1, 5), date(2026, 1, 19)),  # Monday before 14:00
        (at(5, 14, 0), date(2026, 1, 6), date(2026, 1, 20)),  # at the cut-off: next day
        (at(9, 15), date(2026, 1, 12), date(2026, 1, 26)),  # Friday afternoon → Monday
        (at(10, 10), date(2026, 1, 12), date(2026, 1, 26)),  # Saturday → Monday
        (at(4, 9), date(2026, 1, 4), date(2026, 1, 16)),  # Sunday 2026-01-04 is a 调休 workday
    ],
)
def test_ship_and_due_dates(db, confirmed, ship, due):
    assert exchange.plan(confirmed, calendar=CAL) == exchange.ExchangePlan(ship, due)


def test_the_cutoff_and_due_days_are_settings(db, manager):
    settings.change(manager, "inventory.advance_exchange_cutoff", "9:30")
    settings.change(manager, "inventory.core_due_working_days", 5)
    assert exchange.plan(at(5, 10), calendar=CAL) == exchange.ExchangePlan(
        date(2026, 1, 6), date(2026, 1, 13))


def test_ship_ahead_owes_the_core_and_lists_it_when_overdue(engine, storekeeper, clerk):
    stock.reserve(clerk, engine, 1, RMA)
    core = exchange.advance_exchange(clerk, engine, RMA, confirmed_at=at(5, 11), calendar=CAL)
    out = StockMove.get_by_id(core.out_move_id)
    assert (out.kind, out.qty, out.value, out.reference) == (
        "advance_exchange_out", -1, -(168_003 // 3), RMA)
    assert (level(engine).on_hand, level(engine).reserved) == (2, 0), "reservation consumed"
    assert (core.ship_date, core.due_date, core.status) == (
        date(2026, 1, 5), date(2026, 1, 19), CoreStatus.OWED)

    owed = exchange.cores_owed(as_of=date(2026, 1, 19))
    assert [(c.part_number, c.days_overdue, c.overdue) for c in owed] == [
        ("P-ENG-1900", 0, False)]
    assert exchange.overdue_cores(as_of=date(2026, 1, 19)) == []
    late = exchange.overdue_cores(as_of=date(2026, 1, 22))
    assert [(c.core.reference, c.days_overdue) for c in late] == [(RMA, 3)]


def test_a_faulty_core_closes_the_debt_without_entering_stock(engine, clerk):
    core = exchange.advance_exchange(clerk, engine, RMA, confirmed_at=at(5, 11), calendar=CAL)
    back = exchange.core_back(clerk, core, note="fault confirmed: laser diode dead")
    assert (back.status, back.serviceable, back.back_move_id) == (CoreStatus.RETURNED, False,
                                                                 None)
    assert level(engine).on_hand == 2
    assert exchange.cores_owed() == []
    with pytest.raises(Conflict, match="already booked back"):
        exchange.core_back(clerk, core)


def test_a_good_core_goes_back_on_the_shelf_at_the_value_it_left_with(engine, clerk):
    core = exchange.advance_exchange(clerk, engine, RMA, confirmed_at=at(5, 11), calendar=CAL)
    before = level(engine).value
    back = exchange.core_back(clerk, core, serviceable=True, note="no fault found")
    move = StockMove.get_by_id(back.back_move_id)
    assert (move.kind, move.qty, move.value) == ("core_back", 1, 56_001)
    assert level(engine).value == before + 56_001 == 168_003
    assert ledger(engine) == (3, 168_003)
    assert stock.verify_levels() == []


def test_no_stock_no_exchange_and_nothing_written(engine, clerk, technician):
    with pytest.raises(OutOfStock, match="Only 3 left of P-ENG-1900"):
        exchange.advance_exchange(clerk, engine, RMA, qty=4, calendar=CAL)
    assert exchange.cores_for(RMA) == []
    with pytest.raises(PermissionDenied):
        exchange.advance_exchange(technician, engine, RMA, calendar=CAL)
