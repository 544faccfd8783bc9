"""The monthly KPI report: figures computed in SQL on both backends, and the workbook."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from depot import clock, settings
from depot.clock import FixedClock
from exports.reports import month_bounds, monthly_figures, write_monthly_report
from rma import feedback, intake, loans, payments, quotes, workflow
from rma import handover as ho
from rma.diagnosis import record_diagnosis
from rma.parts import issue_part_by_scan
from rma.shipping import create_leg
from rma.units import register_unit
from tests.support import signoff as s
from tests.support import stock


def _ship(clerk, *numbers: str) -> None:
    out = ho.create(clerk, "depot_to_courier", "Shipping desk", "SF Express")
    for number in numbers:
        if loans.blocking_reason(number):  # owed a loaner (DOMAIN §6): declined here
            loans.decline(clerk, number, "Customer has a spare unit")
        ho.add_by_scan(clerk, out, number)
    ho.confirm(clerk, out)


def _repair(tech, number: str, cause: str = "mechanical", parts: tuple[str, ...] = ()) -> None:
    workflow.start_diagnosis(tech, number)
    record_diagnosis(tech, number, "Worn", cause)
    workflow.start_repair(tech, number)
    for code in parts:
        issue_part_by_scan(tech, number, code)
    workflow.finish_repair(tech, number, note="Fixed")
    workflow.pass_test(tech, number)


@pytest.fixture
def january(manager, clerk, technician, storekeeper, fixed_clock):
    """A month with an on-time, a paused-but-on-time, a late repair, a repeat and a cancel."""
    c = fixed_clock
    part = stock.make_part(storekeeper, "P-ROLLER-01", "Feed roller 送纸辊")
    stock.receive(storekeeper, part, 5, 4_200)
    cat = s.catalogue(manager)
    a = s.received(manager, clerk, cat, "SN-A")
    b = s.received(manager, clerk, cat, "SN-B", sale_date=date(2020, 1, 1))
    cc = s.received(manager, clerk, cat, "SN-C")
    x = s.received(manager, clerk, cat, "SN-X")
    workflow.cancel(clerk, x.number, note="Opened in error")
    _repair(technician, a.number, parts=("P-ROLLER-01",))
    create_leg(clerk, a.number, "customer_to_depot", carrier="SF", cost=2_300)
    _ship(clerk, a.number)  # same day: 0 days

    workflow.start_diagnosis(technician, b.number)
    record_diagnosis(technician, b.number, "Burnt", "power_supply")
    quote = quotes.draft_quote(technician, b.number)
    quotes.add_line(technician, quote, "part", part_code="P-PSU", description="PSU", qty=1,
                    unit_price=50_000)
    quotes.issue_quote(clerk, b.number)  # waiting on the customer from here…
    c.advance(days=2)
    quotes.accept_quote(clerk, b.number, "phone")
    c.advance(days=1)
    payments.record_payment(clerk, b.number, 50_000, "cash")  # …to here: 3 days paused
    c.advance(days=6)  # Jan 14
    workflow.start_repair(technician, b.number)
    workflow.finish_repair(technician, b.number, note="New PSU")
    workflow.pass_test(technician, b.number)
    _ship(clerk, b.number)  # 9 days gross, 6 net: on time

    c.advance(days=2)  # Jan 16
    _repair(technician, cc.number)
    _ship(clerk, cc.number)  # 11 days: late

    c.advance(days=4)  # Jan 20
    register_unit(manager, serial="SN-D", model=cat.model, customer=cat.customer,
                  sale_date=date(2025, 10, 1))
    intake.receive(clerk, serial="SN-D", fault="Dead")
    c.advance(days=5)  # Jan 25: unit A is back 20 days after its repair
    e = intake.receive(clerk, serial="SN-A", fault="Same fault again")
    c.advance(days=1)  # Jan 26
    feedback.record_survey(clerk, a.number, staff=5, quality=5, speed=5)
    feedback.record_survey(clerk, cc.number, staff=3, quality=3, speed=4)
    feedback.file_complaint(clerk, cc.number, "Took eleven days", attributable=True)
    feedback.file_complaint(clerk, a.number, "Courier dented the box", attributable=False)
    feedback.file_complaint(clerk, b.number, "=HYPERLINK(\"x\")")
    return {"a": a, "b": b, "c": cc, "e": e}


def test_figures(january, technician):
    f = monthly_figures(date(2026, 1, 17))
    assert f.month == date(2026, 1, 1) and f.days == 31
    assert f.received == 5, "the cancelled RMA is not counted"
    assert f.received_by_day[4] == 3 and f.received_by_day[19] == 1
    assert f.received_by_day[24] == 1
    assert f.shipped == 3
    assert (f.shipped_by_day[4], f.shipped_by_day[13], f.shipped_by_day[15]) == (1, 1, 1)
    assert dict(f.received_by_coverage) == {"warranty": 4, "out_of_warranty": 1}
    assert f.on_time == 2 and f.on_time_rate == pytest.approx(2 / 3)
    assert f.median_days == pytest.approx(6.0)
    assert f.turnaround_buckets[0] == 1 and sum(f.turnaround_buckets) == 3
    assert f.on_time_met() is False
    assert (f.complaints, f.complaints_attributable, f.complaints_unjudged) == (3, 1, 1)
    assert f.complaint_rate == pytest.approx(1 / 3)
    assert [c.description for c in f.complaint_lines][2] == "=HYPERLINK(\"x\")"
    assert (f.surveys, f.satisfied, f.satisfaction_rate) == (2, 1, 0.5)
    assert f.mean_staff == pytest.approx(4.0) and f.mean_speed == pytest.approx(4.5)
    assert f.score_counts[0] == (0, 0, 1, 0, 1)
    failures = {(r.model, r.cause): r.rmas for r in f.failures}
    assert failures == {("ZT410", "mechanical"): 2, ("ZT410", "power_supply"): 1,
                        ("ZT410", ""): 2}
    assert [r.cause_label for r in f.failures if r.cause == ""] == ["not diagnosed yet"]
    assert [(p.part_number, p.qty, p.cost) for p in f.parts] == [("P-ROLLER-01", 1, 4_200)]
    assert [(r.key, r.legs, r.cost) for r in f.shipping_by_payer] == [("customer", 1, 2_300)]
    (tom,) = f.technicians
    assert (tom.name, tom.completed, tom.on_time) == (technician.name, 3, 2)
    assert tom.median_days == pytest.approx(6.0)
    assert (tom.surveys, tom.satisfied, tom.repeats) == (2, 1, 1)
    assert f.notes == ("The month is not over yet: figures up to 2026-01-26.",)


def test_empty_month_has_no_rates(january):
    f = monthly_figures(date(2025, 12, 1))
    assert (f.received, f.shipped, f.surveys, f.complaints) == (0, 0, 0, 0)
    assert f.on_time_rate is None and f.complaint_rate is None and f.satisfaction_rate is None
    assert f.on_time_met() is None and f.technicians == () and f.median_days is None


def test_targets_come_from_settings(january, manager):
    settings.change(manager, "kpi.turnaround_days", 12)
    settings.change(manager, "kpi.on_time_target_pct", 95)
    f = monthly_figures(date(2026, 1, 1))
    assert (f.on_time, f.turnaround_days, f.on_time_target) == (3, 12, 0.95)
    assert f.on_time_met() is True


def test_month_is_the_stations_local_month():
    with clock.use(FixedClock(datetime(2026, 3, 1, tzinfo=UTC), tz=ZoneInfo("Asia/Shanghai"))):
        start, end = month_bounds(date(2026, 2, 14))
    assert start == datetime(2026, 1, 31, 16, 0, tzinfo=UTC)
    assert end == datetime(2026, 2, 28, 16, 0, tzinfo=UTC)


def test_workbook(january, tmp_path):
    path = write_monthly_report(date(2026, 1, 1), tmp_path / "month.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "RMAs", "On time", "Complaints", "Satisfaction",
                               "Failures", "Parts", "Shipping", "Loaners", "Technicians"]
    summary = book["Summary"]
    assert summary["A2"].value == "Monthly service report"
    assert summary["A3"].value == "Month 2026-01"
    values = {r[0].value: r[1:] for r in summary.iter_rows(min_row=6) if r[0].value}
    assert values["RMAs received"][0].value == 5
    on_time = values["On-time rate (≤ 7 days)"]
    assert on_time[0].value == pytest.approx(2 / 3) and on_time[0].number_format == "0.0%"
    assert (on_time[1].value, on_time[2].value) == ("≥ 98%", "no")
    assert values["Complaint rate (attributable to service)"][1].value == "< 3%"
    assert values["Parts consumed at cost"][0].value == Decimal("42")
    assert values["Parts consumed at cost"][0].number_format == "#,##0.00"
    rmas = book["RMAs"]
    assert rmas["A6"].value == datetime(2026, 1, 1) and rmas["A6"].number_format == "yyyy-mm-dd"
    assert [c.value for c in rmas[10]] [:3] == [datetime(2026, 1, 5), 3, 1]
    techs = book["Technicians"]
    assert [c.value for c in techs[6]][:7] == ["Tom Tech", 3, 2, 6.0, 2, 0.5, 1]
    complaints = book["Complaints"]
    assert "=HYPERLINK(\"x\")" in [c.value for row in complaints.iter_rows() for c in row]
    for ws in book.worksheets:
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert s.formula_cells(path) == []
    with zipfile.ZipFile(path) as archive:
        assert any(n.startswith("xl/charts/chart") for n in archive.namelist())


def test_workbook_converts_with_libreoffice(january, tmp_path):
    path = write_monthly_report(date(2026, 1, 1), tmp_path / "month.xlsx")
    s.convert_to_pdf(path, tmp_path)
