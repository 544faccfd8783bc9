"""SLA deadlines, time left and status (DOMAIN §8) on 5x8 and 7x24 calendars.

2026 dates in Asia/Shanghai; Jan 5 is a Monday, Oct 1–7 is National Day
(Oct 8 back to work, Sat Oct 10 a make-up working day).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from depot.workcal import WorkingCalendar
from rma.sla import (
    ACCURATE_ANSWER,
    DEFAULT_SEVERITY_TARGETS,
    DEPOT_TURNAROUND,
    DUE_SOON_FRACTION,
    FIRST_RESPONSE,
    Basis,
    Severity,
    SeverityTargets,
    SlaStatus,
    Target,
    classify,
    deadline,
    severity_table,
    status,
    time_left,
)

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkingCalendar()
CAL24 = WorkingCalendar(mode="7x24")
H = timedelta(hours=1)
MIN = timedelta(minutes=1)


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=SH)


# ------------------------------------------------------------------ defaults


def test_default_targets_pin_domain_section_8() -> None:
    t = DEFAULT_SEVERITY_TARGETS
    assert set(t) == set(Severity)
    for sev in (Severity.GENERAL, Severity.IMPORTANT, Severity.MAJOR):
        assert t[sev].answer == Target(30 * MIN, Basis.WORKING)
    assert t[Severity.GENERAL].fix == Target(12 * H, Basis.WORKING)
    assert t[Severity.IMPORTANT].fix == Target(12 * H, Basis.WORKING)
    assert t[Severity.MAJOR].fix == Target(24 * H, Basis.WORKING)
    assert t[Severity.MAJOR].loaner
    assert t[Severity.SPECIAL].answer == Target(24 * H, Basis.WORKING)
    assert t[Severity.SPECIAL].fix is None
    assert t[Severity.SPECIAL].escalate
    assert Target(timedelta(days=7), Basis.CALENDAR) == DEPOT_TURNAROUND
    assert Target(2 * H, Basis.WORKING) == FIRST_RESPONSE
    assert Target(timedelta(days=2), Basis.WORKING_DAYS) == ACCURATE_ANSWER
    assert DUE_SOON_FRACTION == 0.2


def test_defaults_are_read_only_and_overrides_make_a_new_table() -> None:
    with pytest.raises(TypeError):
        DEFAULT_SEVERITY_TARGETS[Severity.GENERAL] = SeverityTargets(  # type: ignore[index]
            answer=Target(H), fix=None
        )
    faster = SeverityTargets(answer=Target(15 * MIN), fix=Target(8 * H))
    table = severity_table({"general": faster})
    assert table[Severity.GENERAL] == faster
    assert table[Severity.MAJOR] == DEFAULT_SEVERITY_TARGETS[Severity.MAJOR]
    table[Severity.MAJOR] = faster
    assert DEFAULT_SEVERITY_TARGETS[Severity.MAJOR].fix == Target(24 * H)
    assert severity_table() == dict(DEFAULT_SEVERITY_TARGETS)
    with pytest.raises(ValueError):
        severity_table({"catastrophic": faster})


def test_negative_targets_are_refused() -> None:
    with pytest.raises(ValueError):
        Target(-MIN)
    with pytest.raises(ValueError):
        deadline(local(2026, 1, 5, 10), -MIN, CAL)


def test_target_clock_and_amount() -> None:
    assert DEPOT_TURNAROUND.clock(CAL) == CAL24
    assert FIRST_RESPONSE.clock(CAL) is CAL
    assert ACCURATE_ANSWER.amount(CAL) == 16 * H
    assert ACCURATE_ANSWER.amount(CAL24) == 48 * H
    assert ACCURATE_ANSWER.amount(WorkingCalendar(day_start=time(8), day_end=time(18))) == 20 * H
    assert Target(timedelta(hours=12), Basis.WORKING_DAYS).amount(CAL) == 4 * H  # half a day


# ------------------------------------------------------------------ deadlines


@pytest.mark.parametrize(
    ("start", "target", "cal", "due"),
    [
        # severity fix, 12 working hours from Mon 16:00: 1 h + 8 h + 3 h
        (local(2026, 1, 5, 16), Target(12 * H), CAL, local(2026, 1, 7, 12)),
        (local(2026, 1, 5, 16), Target(12 * H), CAL24, local(2026, 1, 6, 4)),
        # answer in 30 working minutes at 16:45 spills into the next morning
        (local(2026, 1, 5, 16, 45), Target(30 * MIN), CAL, local(2026, 1, 6, 9, 15)),
        # first response 2 h on a Friday afternoon
        (local(2026, 1, 9, 16, 30), FIRST_RESPONSE, CAL, local(2026, 1, 12, 10, 30)),
        (local(2026, 1, 9, 16, 30), FIRST_RESPONSE, CAL24, local(2026, 1, 9, 18, 30)),
        # accurate answer in 2 working days
        (local(2026, 1, 5, 10), ACCURATE_ANSWER, CAL, local(2026, 1, 7, 10)),
        (local(2026, 9, 30, 10), ACCURATE_ANSWER, CAL, local(2026, 10, 9, 10)),
        (local(2026, 1, 10, 12), ACCURATE_ANSWER, CAL, local(2026, 1, 13, 17)),  # from Saturday
        (local(2026, 1, 5, 10), ACCURATE_ANSWER, CAL24, local(2026, 1, 7, 10)),
        # turnaround is 7 calendar days even on a 5x8 calendar and over golden week
        (local(2026, 9, 30, 10), DEPOT_TURNAROUND, CAL, local(2026, 10, 7, 10)),
        (local(2026, 9, 30, 10), DEPOT_TURNAROUND, CAL24, local(2026, 10, 7, 10)),
        # a bare timedelta is working time on the calendar given
        (local(2026, 9, 30, 16), 2 * H, CAL, local(2026, 10, 8, 10)),
        (local(2026, 1, 5, 10), timedelta(0), CAL, local(2026, 1, 5, 10)),
    ],
)
def test_deadline(
    start: datetime, target: Target | timedelta, cal: WorkingCalendar, due: datetime
) -> None:
    result = deadline(start, target, cal)
    assert result == due
    assert result.tzinfo is UTC


def test_pause_moves_the_deadline_by_paused_working_time_only() -> None:
    start, target = local(2026, 1, 9, 15), Target(4 * H)  # Fri 15:00, due Mon 11:00
    assert deadline(start, target, CAL) == local(2026, 1, 12, 11)
    weekend = [(local(2026, 1, 9, 17), local(2026, 1, 12, 9))]
    assert deadline(start, target, CAL, weekend) == local(2026, 1, 12, 11)
    fri_to_mon = [(local(2026, 1, 9, 16), local(2026, 1, 12, 10))]
    assert deadline(start, target, CAL, fri_to_mon) == local(2026, 1, 12, 13)
    # the same pause on a 7x24 clock costs its full 66 hours
    assert deadline(start, target, CAL24, fri_to_mon) == local(2026, 1, 12, 13)
    assert deadline(start, target, CAL24) == local(2026, 1, 9, 19)


def test_pause_over_golden_week_costs_nothing_on_5x8() -> None:
    start = local(2026, 9, 30, 16)
    holiday = [(local(2026, 9, 30, 17), local(2026, 10, 8, 9))]
    assert deadline(start, 2 * H, CAL, holiday) == local(2026, 10, 8, 10)


def test_overlapping_pauses_move_the_deadline_once() -> None:
    start = local(2026, 1, 5, 9)
    p1 = (local(2026, 1, 5, 10), local(2026, 1, 5, 12))
    p2 = (local(2026, 1, 5, 11), local(2026, 1, 5, 13))
    assert deadline(start, 2 * H, CAL, [p1]) == local(2026, 1, 5, 13)
    assert deadline(start, 2 * H, CAL, [p2, p1, p1]) == local(2026, 1, 5, 14)


def test_pauses_before_start_after_deadline_or_around_start() -> None:
    start = local(2026, 1, 5, 10)
    before = (local(2026, 1, 5, 8), local(2026, 1, 5, 9, 30))
    after = (local(2026, 1, 5, 13), local(2026, 1, 5, 16))
    around = (local(2026, 1, 5, 9), local(2026, 1, 5, 11))
    assert deadline(start, 2 * H, CAL, [before, after]) == local(2026, 1, 5, 12)
    assert deadline(start, 2 * H, CAL, [around]) == local(2026, 1, 5, 13)
    # ran out exactly as a pause began: the pause does not count
    at_deadline = (local(2026, 1, 5, 12), local(2026, 1, 5, 15))
    assert deadline(start, 2 * H, CAL, [at_deadline]) == local(2026, 1, 5, 12)


def test_turnaround_pauses_on_calendar_time() -> None:
    start = local(2026, 1, 5, 10)
    waiting_for_quote = [(local(2026, 1, 6, 10), local(2026, 1, 8, 10))]
    assert deadline(start, DEPOT_TURNAROUND, CAL, waiting_for_quote) == local(2026, 1, 14, 10)


# ------------------------------------------------------------------ time left, status


def test_time_left_is_negative_when_overdue() -> None:
    due = local(2026, 1, 5, 16)
    assert time_left(due, local(2026, 1, 5, 14), CAL) == 2 * H
    assert time_left(due, due, CAL) == timedelta(0)
    assert time_left(due, local(2026, 1, 6, 10), CAL) == -2 * H  # the night does not count
    assert time_left(due, local(2026, 1, 6, 10), CAL24) == -18 * H
    assert time_left(due, local(2026, 1, 5, 12), CAL, [(local(2026, 1, 5, 13), due)]) == H


def test_time_left_on_the_target_clock() -> None:
    start, now = local(2026, 9, 30, 10), local(2026, 10, 3, 10)
    due = deadline(start, DEPOT_TURNAROUND, CAL)
    assert time_left(due, now, DEPOT_TURNAROUND.clock(CAL)) == timedelta(days=4)
    assert time_left(due, now, CAL) == timedelta(0)  # the wrong clock: holidays hide it


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (10 * H, SlaStatus.ON_TIME),
        (2 * H + timedelta(microseconds=1), SlaStatus.ON_TIME),
        (2 * H, SlaStatus.DUE_SOON),  # exactly 20 % of 10 h
        (timedelta(0), SlaStatus.DUE_SOON),  # at the deadline: still on time, only just
        (-timedelta(microseconds=1), SlaStatus.OVERDUE),
        (-5 * H, SlaStatus.OVERDUE),
    ],
)
def test_classify_boundaries(left: timedelta, expected: SlaStatus) -> None:
    assert classify(left, 10 * H) == expected


def test_classify_zero_target_and_custom_fraction() -> None:
    assert classify(timedelta(0), timedelta(0)) == SlaStatus.DUE_SOON
    assert classify(3 * H, 10 * H, due_soon_fraction=0.5) == SlaStatus.DUE_SOON


def test_status_through_a_working_day() -> None:
    start, target = local(2026, 1, 5, 9), Target(10 * H)  # due Tue 11:00
    assert status(start, target, local(2026, 1, 5, 12), CAL) == SlaStatus.ON_TIME
    assert status(start, target, local(2026, 1, 5, 15), CAL) == SlaStatus.ON_TIME  # 4 h left
    assert status(start, target, local(2026, 1, 5, 20), CAL) == SlaStatus.DUE_SOON  # 2 h left
    assert status(start, target, local(2026, 1, 6, 9), CAL) == SlaStatus.DUE_SOON  # still 2 h
    assert status(start, target, local(2026, 1, 6, 11), CAL) == SlaStatus.DUE_SOON
    assert status(start, target, local(2026, 1, 6, 11, 1), CAL) == SlaStatus.OVERDUE
    assert status(start, target, local(2026, 1, 6, 9), CAL24) == SlaStatus.OVERDUE


def test_status_while_waiting_on_the_customer() -> None:
    start, target = local(2026, 1, 5, 9), FIRST_RESPONSE
    now = local(2026, 1, 5, 15)
    assert status(start, target, now, CAL) == SlaStatus.OVERDUE
    still_waiting = [(local(2026, 1, 5, 9, 30), now)]  # open pause, closed at "now"
    assert status(start, target, now, CAL, still_waiting) == SlaStatus.ON_TIME
    assert status(start, target, now, CAL, iter(still_waiting)) == SlaStatus.ON_TIME


def test_status_of_calendar_and_working_day_targets() -> None:
    start = local(2026, 9, 30, 10)
    # 7 calendar days: on Oct 6 at 10:00 one day (≤ 20 % of 7) is left
    assert status(start, DEPOT_TURNAROUND, local(2026, 10, 5, 10), CAL) == SlaStatus.ON_TIME
    assert status(start, DEPOT_TURNAROUND, local(2026, 10, 6, 10), CAL) == SlaStatus.DUE_SOON
    assert status(start, DEPOT_TURNAROUND, local(2026, 10, 7, 11), CAL) == SlaStatus.OVERDUE
    # 2 working days over golden week: due Oct 9 10:00
    assert status(start, ACCURATE_ANSWER, local(2026, 10, 7, 10), CAL) == SlaStatus.ON_TIME
    assert status(start, ACCURATE_ANSWER, local(2026, 10, 9, 9), CAL) == SlaStatus.DUE_SOON
    assert status(start, ACCURATE_ANSWER, local(2026, 10, 9, 11), CAL) == SlaStatus.OVERDUE


# ------------------------------------------------------------------ properties

ZONES = st.sampled_from([UTC, SH, ZoneInfo("Europe/Berlin")])
moments = st.datetimes(
    min_value=datetime(2025, 12, 1), max_value=datetime(2027, 2, 28), timezones=ZONES
)
targets = st.one_of(
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10)),
    st.builds(
        Target,
        st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10)),
        st.sampled_from(list(Basis)),
    ),
)
calendars = st.sampled_from([CAL, CAL24])
pause = st.tuples(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=6))).map(
    # pauses come from UTC timestamps: add in UTC, not on a DST zone's wall clock
    lambda p: (p[0], (p[0].astimezone(UTC) + p[1]).astimezone(p[0].tzinfo))
)
pause_lists = st.lists(pause, max_size=4)


@settings(deadline=None, max_examples=200)
@given(cal=calendars, start=moments, target=targets, ps=pause_lists)
def test_deadline_is_never_before_start_and_spends_exactly_the_target(
    cal: WorkingCalendar,
    start: datetime,
    target: Target | timedelta,
    ps: list[tuple[datetime, datetime]],
) -> None:
    due = deadline(start, target, cal, ps)
    assert due >= start
    if isinstance(target, Target):
        clock, amount = target.clock(cal), target.amount(cal)
    else:
        clock, amount = cal, target
    assert time_left(due, start, clock, ps) == amount


@settings(deadline=None, max_examples=200)
@given(cal=calendars, start=moments, target=targets, ps=pause_lists, extra=pause)
def test_adding_a_pause_never_makes_a_deadline_earlier(
    cal: WorkingCalendar,
    start: datetime,
    target: Target | timedelta,
    ps: list[tuple[datetime, datetime]],
    extra: tuple[datetime, datetime],
) -> None:
    assert deadline(start, target, cal, [*ps, extra]) >= deadline(start, target, cal, ps)


@settings(deadline=None, max_examples=200)
@given(cal=calendars, start=moments, target=targets, n1=moments, n2=moments)
def test_status_only_worsens_as_time_passes(
    cal: WorkingCalendar, start: datetime, target: Target | timedelta, n1: datetime, n2: datetime
) -> None:
    earlier, later = sorted((n1, n2))
    order = [SlaStatus.ON_TIME, SlaStatus.DUE_SOON, SlaStatus.OVERDUE]
    first = status(start, target, earlier, cal)
    second = status(start, target, later, cal)
    assert order.index(first) <= order.index(second)
