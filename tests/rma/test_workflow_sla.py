"""SLA clocks per RMA: working calendar from the settings, pauses derived from the event log,
deadlines across weekends, China's public holidays (with make-up workdays) and paused spans."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from depot import settings
from depot.errors import ValidationError
from depot.workcal import WorkingCalendar
from rma import payments, quotes, sla, workflow
from rma.sla_status import compute, overdue, pause_spans, rma_sla, time_left, working_calendar
from tests.support.repair import make_world, receive

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkingCalendar(tz=SH)  # 5x8, 09:00–17:00, CN holidays


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=SH)


def clocks(received: datetime, transitions=(), *, now: datetime, severity: str = "general",
           state: str = "diagnosing", calendar: WorkingCalendar = CAL):
    result = compute(rma_id=1, number="RMA-1", received_at=received, severity=severity,
                     state=state, transitions=list(transitions), now=now, calendar=calendar)
    return {c.name: c for c in result.clocks}, result


# --------------------------------------------------------------------------- pure: pauses


def test_pause_spans_from_transitions():
    t = [local(2026, 1, 5, h) for h in range(9, 17)]
    moves = [
        (t[0], "diagnosing"),
        (t[1], "awaiting_approval"),
        (t[2], "awaiting_payment"),  # still waiting on the customer: one pause
        (t[3], "awaiting_parts"),
        (t[4], "in_repair"),
        (t[5], "awaiting_approval"),  # revised quote, still open
    ]
    assert pause_spans(moves, t[7]) == [(t[1], t[3]), (t[5], t[7])]
    assert pause_spans([], t[0]) == []
    assert pause_spans([(t[0], None), (t[1], "in_repair")], t[2]) == []


# --------------------------------------------------------------------------- pure: deadlines


def test_fix_deadline_skips_the_weekend():
    # Friday 15:00: 2 h Friday, 8 h Monday, 2 h Tuesday
    found, _ = clocks(local(2026, 1, 9, 15), now=local(2026, 1, 9, 15))
    assert found["fix"].due == local(2026, 1, 13, 11)
    assert found["fix"].left == timedelta(hours=12)
    # turnaround is 7 calendar days, weekends included
    assert found["turnaround"].due == local(2026, 1, 16, 15)


def test_fix_deadline_across_spring_festival_with_makeup_workday():
    # Fri 2026-02-13 15:00: 2 h; Sat 02-14 is a make-up working day (调休): 8 h;
    # 02-15..02-23 Spring Festival; Tue 02-24: the last 2 h
    found, _ = clocks(local(2026, 2, 13, 15), now=local(2026, 2, 13, 15))
    assert found["fix"].due == local(2026, 2, 24, 11)


def test_fix_deadline_across_national_day():
    found, _ = clocks(local(2026, 9, 30, 15), now=local(2026, 9, 30, 15))
    assert found["fix"].due == local(2026, 10, 9, 11)


def test_paused_span_moves_deadlines_by_the_time_it_would_have_counted():
    received = local(2026, 1, 9, 15)
    moves = [
        (local(2026, 1, 9, 15, 30), "diagnosing"),
        (local(2026, 1, 12, 10), "awaiting_approval"),
        (local(2026, 1, 13, 10), "awaiting_payment"),
        (local(2026, 1, 13, 14), "awaiting_parts"),
    ]
    found, result = clocks(received, moves, now=local(2026, 1, 13, 15), state="awaiting_parts")
    # 3 working hours before the pause (Fri 2 h + Mon 1 h), 9 after it: Tue 14–17, Wed 9–15
    assert found["fix"].due == local(2026, 1, 14, 15)
    # the calendar clock stood still for 28 hours
    assert found["turnaround"].due == local(2026, 1, 16, 15) + timedelta(hours=28)
    assert not result.paused
    # at Wed 16:00 the fix is an hour overdue
    late, result = clocks(received, moves, now=local(2026, 1, 14, 16), state="in_repair")
    assert late["fix"].left == -timedelta(hours=1)
    assert late["fix"].status is sla.SlaStatus.OVERDUE
    assert result.status is sla.SlaStatus.OVERDUE and result.next_due.name == "fix"


def test_pause_over_a_weekend_costs_nothing_in_5x8():
    received = local(2026, 1, 9, 15)
    moves = [(local(2026, 1, 9, 17), "awaiting_approval"), (local(2026, 1, 12, 9), "diagnosing")]
    found, _ = clocks(received, moves, now=local(2026, 1, 12, 9))
    assert found["fix"].due == local(2026, 1, 13, 11)


def test_open_pause_keeps_pushing_the_deadline():
    received = local(2026, 1, 5, 9)
    moves = [(local(2026, 1, 5, 10), "awaiting_approval")]
    early, result = clocks(received, moves, now=local(2026, 1, 5, 12), state="awaiting_approval")
    later, _ = clocks(received, moves, now=local(2026, 1, 6, 12), state="awaiting_approval")
    assert result.paused
    assert later["fix"].due - early["fix"].due == timedelta(hours=24)  # 8 working hours later
    assert early["fix"].left == later["fix"].left == timedelta(hours=11)


def test_7x24_counts_every_hour():
    cal = WorkingCalendar(mode="7x24", tz=SH)
    found, _ = clocks(local(2026, 1, 9, 15), now=local(2026, 1, 9, 15), calendar=cal)
    assert found["fix"].due == local(2026, 1, 10, 3)


def test_special_severity_has_no_fix_clock():
    found, _ = clocks(local(2026, 1, 9, 15), now=local(2026, 1, 9, 15), severity="special")
    assert set(found) == {"turnaround"}


def test_clock_stops_when_the_unit_leaves():
    received = local(2026, 1, 5, 9)
    moves = [(local(2026, 1, 5, 10), "in_repair"), (local(2026, 1, 6, 9), "shipped")]
    found, result = clocks(received, moves, now=local(2026, 3, 1, 9), state="shipped")
    assert found["fix"].stopped_at == local(2026, 1, 6, 9)
    assert found["fix"].status is sla.SlaStatus.ON_TIME  # shipped with 4 h to spare
    assert found["fix"].left == timedelta(hours=4)
    assert result.status is sla.SlaStatus.ON_TIME


# --------------------------------------------------------------------------- on the database


@pytest.fixture
def world(db, manager, fixed_clock):
    settings.change(manager, "calendar.timezone", "Asia/Shanghai")
    fixed_clock.current = local(2026, 1, 9, 15).astimezone(UTC)
    return make_world(manager)


def test_settings_build_the_calendar(world, manager):
    cal = working_calendar()
    assert (cal.mode, cal.country, str(cal.tz)) == ("5x8", "CN", "Asia/Shanghai")
    settings.change(manager, "calendar.mode", "7x24")
    settings.change(manager, "calendar.extra_holidays", ["2026-01-12"])
    assert working_calendar().mode == "7x24"
    assert working_calendar().is_working_day(local(2026, 1, 12).date())  # 7x24: every day
    settings.change(manager, "calendar.mode", "5x8")
    assert not working_calendar().is_working_day(local(2026, 1, 12).date())  # company holiday
    for key, bad in [("calendar.mode", "24x7"), ("calendar.day_start", "9am"),
                     ("calendar.extra_holidays", ["12/01/2026"]),
                     ("calendar.timezone", "Mars/Olympus")]:
        with pytest.raises(ValidationError):
            settings.change(manager, key, bad)


def test_rma_clocks_follow_the_event_log(world, clerk, technician, fixed_clock):
    rma = receive(clerk, "SN-OOW-1")
    fixed_clock.current = local(2026, 1, 9, 15, 30).astimezone(UTC)
    rma = workflow.start_diagnosis(technician, rma)
    quote = quotes.draft_quote(technician, rma)
    quotes.add_line(technician, quote, "shipping", unit_price=10_000)
    fixed_clock.current = local(2026, 1, 12, 10).astimezone(UTC)
    quotes.issue_quote(technician, rma)
    fixed_clock.current = local(2026, 1, 12, 12).astimezone(UTC)
    now_paused = rma_sla(rma)
    assert now_paused.paused
    fixed_clock.current = local(2026, 1, 13, 10).astimezone(UTC)
    quotes.accept_quote(clerk, rma, "phone")
    fixed_clock.current = local(2026, 1, 13, 14).astimezone(UTC)
    payments.record_payment(clerk, rma, 10_000, "cash")
    fixed_clock.current = local(2026, 1, 13, 15).astimezone(UTC)
    found = {c.name: c for c in rma_sla(rma).clocks}
    assert found["fix"].due == local(2026, 1, 14, 15)
    assert found["turnaround"].due == local(2026, 1, 17, 19)
    assert time_left(rma) == timedelta(hours=8)  # Tue 15–17 and Wed 9–15
    assert overdue() == []
    fixed_clock.current = local(2026, 1, 14, 16).astimezone(UTC)
    late = overdue()
    assert [s.number for s in late] == [rma.number]
    assert late[0].next_due.left == -timedelta(hours=1)
