"""Shipping cost by payer, leg and month; loaner utilisation; overdue loans."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from depot.errors import ValidationError
from inventory import loaners as pool
from rma import loans, shipping, shipping_reports
from tests.support.loaner_world import make_loaner_world, receive_unit


@pytest.fixture
def world(db, manager, storekeeper, fixed_clock):
    return make_loaner_world(manager, storekeeper)


def _legs(clerk, fixed_clock):
    war = receive_unit(clerk, "SN-WAR-1")
    oow = receive_unit(clerk, "SN-OOW-1")
    shipping.create_leg(clerk, war, "customer_to_depot", carrier="SF", cost=1_000)  # customer
    shipping.create_leg(clerk, war, "depot_to_customer", carrier="SF", cost=2_000)  # depot
    fixed_clock.current = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    shipping.create_leg(clerk, oow, "depot_to_customer", carrier="SF", cost=3_000)  # customer
    shipping.create_leg(clerk, war, "depot_to_vendor", carrier="DHL", cost=4_000)  # depot
    fixed_clock.current = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)  # local zone is UTC here
    shipping.create_leg(clerk, oow, "depot_to_vendor", carrier="DHL", cost=500)  # customer


def test_cost_by_payer_leg_and_month(world, clerk, fixed_clock):
    _legs(clerk, fixed_clock)
    jan1, dec31 = date(2026, 1, 1), date(2026, 12, 31)
    by_payer = shipping_reports.cost_by_payer(jan1, dec31)
    assert [(r.key, r.legs, r.cost) for r in by_payer] == [
        ("customer", 3, 4_500), ("depot", 2, 6_000)]
    assert by_payer[0].label == "customer"
    by_leg = shipping_reports.cost_by_leg(jan1, dec31)
    assert [(r.key, r.legs, r.cost) for r in by_leg] == [
        ("customer_to_depot", 1, 1_000), ("depot_to_customer", 2, 5_000),
        ("depot_to_vendor", 2, 4_500)]
    assert by_leg[1].label == "depot → customer"
    by_month = shipping_reports.cost_by_month(jan1, dec31)
    assert [(r.month, r.payer, r.legs, r.cost) for r in by_month] == [
        ("2026-01", "customer", 1, 1_000), ("2026-01", "depot", 1, 2_000),
        ("2026-02", "customer", 1, 3_000), ("2026-02", "depot", 1, 4_000),
        ("2026-03", "customer", 1, 500)]
    # the period is in local calendar days, both ends included
    assert [(r.key, r.cost) for r in shipping_reports.cost_by_payer(
        date(2026, 2, 2), date(2026, 2, 2))] == [("customer", 3_000), ("depot", 4_000)]
    assert shipping_reports.cost_by_month(date(2026, 4, 1), date(2026, 4, 30)) == []
    with pytest.raises(ValidationError):
        shipping_reports.cost_by_leg(dec31, jan1)
    assert shipping_reports.headers("payer", "legs", "cost") == ["Payer", "Legs", "Cost"]


def test_month_follows_the_station_local_time(world, clerk, fixed_clock):
    fixed_clock.tz = ZoneInfo("Asia/Shanghai")
    rma = receive_unit(clerk, "SN-WAR-1")
    fixed_clock.current = datetime(2026, 1, 31, 17, 0, tzinfo=UTC)  # 1 February, 01:00 local
    shipping.create_leg(clerk, rma, "depot_to_customer", carrier="SF", cost=700)
    rows = shipping_reports.cost_by_month(date(2026, 1, 1), date(2026, 2, 28))
    assert [(r.month, r.cost) for r in rows] == [("2026-02", 700)]
    assert shipping_reports.cost_by_payer(date(2026, 1, 1), date(2026, 1, 31)) == []


def test_loaner_utilisation_per_loaner_and_class(world, clerk, storekeeper, fixed_clock):
    start = fixed_clock.current  # Monday 2026-01-05 09:00 UTC; loaners added now
    rma = receive_unit(clerk, "SN-WAR-1")
    loans.checkout(clerk, rma, "LN-C2-NEW")
    fixed_clock.current = start + timedelta(days=4)
    loans.return_loaner(clerk, "LN-C2-NEW", True)
    pool.send_to_service(storekeeper, "LN-C3", "Yearly check")
    fixed_clock.current = start + timedelta(days=10)
    # the period runs to today: only the time until now counts
    report = shipping_reports.loaner_utilisation(date(2026, 1, 5), date(2026, 1, 15))
    rows = {r.key: r for r in report.loaners}
    assert (rows["LN-C2-NEW"].days_out, rows["LN-C2-NEW"].days_available) == (4.0, 6.0)
    assert rows["LN-C2-NEW"].utilisation == pytest.approx(0.4)
    assert (rows["LN-C3"].days_in_service, rows["LN-C3"].days_available) == (6.0, 4.0)
    assert rows["LN-C1"].utilisation == 0.0
    classes = {r.loaner_class: r for r in report.classes}
    assert (classes[2].key, classes[2].days_out, classes[2].days_available) == (
        "class 2", 4.0, 16.0)
    assert classes[2].utilisation == pytest.approx(0.2)
    # a period before the pool existed has nothing to say
    assert shipping_reports.loaner_utilisation(date(2025, 12, 1), date(2025, 12, 31)) \
        == shipping_reports.UtilisationReport([], [])


def test_overdue_loans_report(world, clerk, fixed_clock):
    rma = receive_unit(clerk, "SN-WAR-1")
    loans.checkout(clerk, rma, "LN-C2-FAIR")
    loans.on_rma_delivered(rma, date(2026, 1, 5))
    assert shipping_reports.overdue_loans(date(2026, 1, 19)) == []
    late = shipping_reports.overdue_loans(date(2026, 1, 21))
    assert [(v.loaner_code, v.due_back, v.days_overdue) for v in late] == [
        ("LN-C2-FAIR", date(2026, 1, 19), 2)]
