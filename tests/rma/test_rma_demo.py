"""The demo depot: seeded through the services, every warranty state, idempotent."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from depot import clock
from depot.models import Role, User
from rma import demo, intake, units
from rma.demo_history import PAST_REPAIRS
from rma.models import Customer, ProductModel, Rma, RmaEvent, Unit


def test_seed_demo_builds_a_working_depot(db, fixed_clock):
    data = demo.seed_demo()
    assert data is not None
    badges = {u.badge: u.role for u in User.select()}
    assert badges == {
        "BDG-M001": Role.MANAGER, "BDG-T001": Role.TECHNICIAN, "BDG-T002": Role.TECHNICIAN,
        "BDG-W001": Role.WAREHOUSE, "BDG-S001": Role.SERVICE_DESK,
    }
    assert Customer.select().count() == len(demo.CUSTOMERS) >= 8
    assert ProductModel.select().count() == len(demo.MODELS) >= 6
    assert Unit.select().count() == len(demo.UNITS) >= 40
    assert Rma.select().count() == len(demo.RMAS) + len(PAST_REPAIRS) >= 12
    received = RmaEvent.select().where(RmaEvent.kind == "received")
    assert received.count() == Rma.select().count(), "one received event per RMA"

    # repairs shipped weeks ago, through the real workflow: one unit is back with its fault
    assert [(r.state, r.is_open) for r in data.past] == [("shipped", False)] * len(PAST_REPAIRS)
    again = units.unit_history(data.units["Q6EY009120"])
    assert [h.is_open for h in again] == [True, False]
    assert again[1].work_done[0].startswith("电源板保险丝 F1 熔断")  # the findings, then the work
    assert "Replaced fuse F1" in again[1].work_done[-1]
    first_back = intake.lookup_scan("P8815A220341")
    assert first_back.action == intake.ScanAction.RECEIVE and first_back.visits.count == 1
    assert data.units["P8815A220341"].extension_days == 0 and (
        units.get_unit(data.units["P8815A220341"].id).extension_days == 3), "顺延 earned"

    today = clock.today()
    codes = {units.coverage_for(u, today).reason_code for u in data.units.values()}
    assert codes == {"doa", "warranty", "out_of_warranty", "before_start", "no_start_date"}
    assert any(u.extension_days for u in data.units.values())
    assert any(u.contract_warranty_months for u in data.units.values())
    assert any(u.warranty_months for u in data.units.values())

    rmas = list(Rma.select().order_by(Rma.received_at))
    # numbered in order, per month of receipt (the first ones were received in December)
    assert [r.number[:8] for r in rmas] == [
        f"RMA-{r.received_at.astimezone(clock.current().local_tz()):%y%m}" for r in rmas
    ]
    assert [int(r.number[-5:]) for r in rmas if r.number.startswith("RMA-2601")] == list(
        range(1, 1 + sum(r.number.startswith("RMA-2601") for r in rmas))
    )
    assert all(r.received_at <= fixed_clock.now() for r in rmas)
    assert {r.coverage for r in rmas} >= {"doa", "warranty", "out_of_warranty"}
    assert rmas[0].received_at.date() < today  # received over the last days
    assert [row.number for row in intake.todays_intake()] == [
        r.number for r in reversed(rmas) if r.received_at.date() == today
    ]
    # a unit with an open RMA opens it when scanned
    assert intake.lookup_scan(rmas[-1].unit.serial).action == intake.ScanAction.OPEN_RMA


def test_seed_demo_is_idempotent(db, fixed_clock):
    assert demo.seed_demo() is not None
    counts = [m.select().count() for m in (User, Customer, Unit, Rma)]
    assert demo.seed_demo() is None
    assert [m.select().count() for m in (User, Customer, Unit, Rma)] == counts


def test_seed_demo_leaves_a_used_database_alone(db, manager):
    assert demo.seed_demo() is None
    assert Unit.select().count() == 0


@pytest.mark.parametrize("now", [datetime(2026, 1, 5, 0, 3, tzinfo=UTC),
                                 datetime(2026, 1, 5, 23, 59, tzinfo=UTC)])
def test_todays_demo_rmas_stay_today_whenever_started(sqlite_db, fixed_clock, now):
    fixed_clock.current = now
    demo.seed_demo()
    today_rmas = [r for r in Rma.select() if r.received_at.date() == now.date()]
    assert len(today_rmas) == sum(1 for r in demo.RMAS if r.days_ago == 0)
    assert all(r.received_at <= now for r in today_rmas)
