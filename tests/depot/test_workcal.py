"""Working calendar: days, hours, Chinese holidays and make-up days, cut-offs.

Dates are 2026 unless said otherwise. The official 2026 schedule (State
Council, Nov 2025): New Year Jan 1–3, work Sun Jan 4; Spring Festival
Feb 15–23, work Sat Feb 14 and Sat Feb 28; Labour Day May 1–5, work Sat May 9;
Mid-Autumn Sep 25–27; National Day Oct 1–7, work Sun Sep 20 and Sat Oct 10.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from depot import i18n
from depot.errors import ValidationError
from depot.workcal import WorkingCalendar, merge_spans

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkingCalendar()
CAL24 = WorkingCalendar(mode="7x24")
H = timedelta(hours=1)


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, us: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, us, tzinfo=SH)


# ------------------------------------------------------------------ construction


def test_defaults() -> None:
    assert CAL.mode == "5x8"
    assert (CAL.day_start, CAL.day_end) == (time(9), time(17))
    assert CAL.country == "CN"
    assert CAL.tz == SH
    assert CAL.working_day_length == 8 * H
    assert CAL24.working_day_length == 24 * H
    assert WorkingCalendar(day_start=time(8, 30), day_end=time(17, 30)).working_day_length == 9 * H


def test_calendar_is_a_hashable_value() -> None:
    extra = WorkingCalendar(extra_holidays=frozenset({date(2026, 3, 2)}))
    assert hash(CAL) == hash(WorkingCalendar())
    assert WorkingCalendar() == CAL
    assert extra != CAL
    assert CAL.as_7x24() == CAL24
    assert CAL24.as_7x24() is CAL24


@pytest.mark.parametrize(
    "kwargs",
    [
        {"mode": "6x10"},
        {"day_start": time(17), "day_end": time(9)},
        {"day_start": time(9), "day_end": time(9)},
        {"day_start": time(9, tzinfo=UTC)},
        {"country": "XX"},
        {
            "extra_holidays": frozenset({date(2026, 3, 2)}),
            "extra_workdays": frozenset({date(2026, 3, 2)}),
        },
    ],
)
def test_bad_settings_are_refused_with_a_message(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        WorkingCalendar(**kwargs)  # type: ignore[arg-type]


def test_refusals_go_through_the_translator() -> None:
    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        with pytest.raises(ValidationError) as info:
            WorkingCalendar(day_start=time(17), day_end=time(9))
    finally:
        i18n.set_translator(None)
    assert str(info.value) == "[Errors] The working day must end after it starts (17:00–09:00)."


def test_naive_datetimes_and_datetime_as_date_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        CAL.add_working_time(datetime(2026, 1, 5, 10), H)
    with pytest.raises(ValueError, match="aware"):
        CAL.working_time_between(local(2026, 1, 5), datetime(2026, 1, 6))
    with pytest.raises(TypeError):
        CAL.is_working_day(local(2026, 1, 5, 10))  # which day depends on the zone
    with pytest.raises(ValueError):
        CAL.add_working_time(local(2026, 1, 5, 10), -H)


# ------------------------------------------------------------------ working days

WORKING = [
    date(2026, 1, 5),  # ordinary Monday
    date(2026, 1, 4),  # Sunday, make-up day for New Year
    date(2026, 2, 14),  # Saturday, make-up day for Spring Festival
    date(2026, 2, 24),  # first day back after Spring Festival
    date(2026, 2, 28),  # Saturday, make-up day for Spring Festival
    date(2026, 5, 9),  # Saturday, make-up day for Labour Day
    date(2026, 9, 20),  # Sunday, make-up day for National Day
    date(2026, 10, 8),  # first day back after National Day
    date(2026, 10, 10),  # Saturday, make-up day for National Day
]
NOT_WORKING = [
    date(2026, 1, 10),  # ordinary Saturday
    date(2026, 1, 11),  # ordinary Sunday
    date(2026, 1, 1),
    date(2026, 1, 2),  # Friday off, swapped with Jan 4
    *(date(2026, 2, d) for d in range(15, 24)),  # Spring Festival, 9 days
    date(2026, 4, 6),  # Qingming observed on Monday
    *(date(2026, 5, d) for d in range(1, 6)),
    date(2026, 6, 19),  # Dragon Boat
    date(2026, 9, 25),  # Mid-Autumn
    *(date(2026, 10, d) for d in range(1, 8)),  # National Day golden week
    date(2026, 10, 11),  # ordinary Sunday after the make-up Saturday
]


@pytest.mark.parametrize("d", WORKING, ids=str)
def test_working_days_include_make_up_weekends(d: date) -> None:
    assert CAL.is_working_day(d)
    assert not CAL.is_holiday(d)


@pytest.mark.parametrize("d", NOT_WORKING, ids=str)
def test_weekends_and_public_holidays_are_off(d: date) -> None:
    assert not CAL.is_working_day(d)


def test_national_day_2026_is_seven_days_off() -> None:
    assert [CAL.is_holiday(date(2026, 10, d)) for d in range(1, 8)] == [
        True, True, True, False, True, True, True,  # Oct 4 is a plain Sunday
    ]  # fmt: skip


def test_seven_by_24_works_every_day() -> None:
    for d in NOT_WORKING:
        assert CAL24.is_working_day(d)
    assert CAL24.is_holiday(date(2026, 10, 1))  # still a holiday for display


def test_company_extras_override_the_public_calendar() -> None:
    cal = WorkingCalendar(
        extra_holidays=frozenset({date(2026, 3, 2), date(2026, 2, 14)}),
        extra_workdays=frozenset({date(2026, 10, 3), date(2026, 3, 7)}),
    )
    assert not cal.is_working_day(date(2026, 3, 2))  # company shutdown on a Monday
    assert not cal.is_working_day(date(2026, 2, 14))  # even an official make-up day
    assert cal.is_working_day(date(2026, 10, 3))  # depot open on a holiday Saturday
    assert cal.is_working_day(date(2026, 3, 7))  # and on an ordinary Saturday
    assert cal.is_holiday(date(2026, 3, 2))
    assert not cal.is_holiday(date(2026, 10, 3))


def test_next_working_day_is_strictly_after() -> None:
    assert CAL.next_working_day(date(2026, 1, 5)) == date(2026, 1, 6)
    assert CAL.next_working_day(date(2026, 1, 9)) == date(2026, 1, 12)  # Fri → Mon
    assert CAL.next_working_day(date(2026, 1, 10)) == date(2026, 1, 12)  # Sat → Mon
    assert CAL.next_working_day(date(2026, 9, 30)) == date(2026, 10, 8)  # over golden week
    assert CAL.next_working_day(date(2026, 2, 13)) == date(2026, 2, 14)  # make-up Saturday
    assert CAL.next_working_day(date(2026, 2, 14)) == date(2026, 2, 24)
    assert CAL.next_working_day(date(2025, 12, 31)) == date(2026, 1, 4)  # across the year
    assert CAL24.next_working_day(date(2026, 9, 30)) == date(2026, 10, 1)
    assert CAL.previous_working_day(date(2026, 10, 8)) == date(2026, 9, 30)


def test_add_working_days() -> None:
    assert CAL.add_working_days(date(2026, 1, 5), 0) == date(2026, 1, 5)
    assert CAL.add_working_days(date(2026, 1, 5), 1) == date(2026, 1, 6)
    assert CAL.add_working_days(date(2026, 1, 5), 5) == date(2026, 1, 12)
    assert CAL.add_working_days(date(2026, 1, 12), -5) == date(2026, 1, 5)
    assert CAL.add_working_days(date(2026, 1, 10), 1) == date(2026, 1, 12)  # from a Saturday
    assert CAL24.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 3)


def test_working_days_between() -> None:
    assert CAL.working_days_between(date(2026, 1, 5), date(2026, 1, 12)) == 5
    assert CAL.working_days_between(date(2026, 1, 12), date(2026, 1, 5)) == -5
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 8)) == 1


def test_a_calendar_with_no_working_day_fails_loudly() -> None:
    start = date(2026, 1, 1)
    every_day = frozenset(start + timedelta(days=i) for i in range(800))
    cal = WorkingCalendar(extra_holidays=every_day)
    with pytest.raises(ValidationError):
        cal.next_working_day(start)
    with pytest.raises(ValidationError):
        cal.add_working_time(local(2026, 1, 1, 10), H)


# ------------------------------------------------------------------ working hours


@pytest.mark.parametrize(
    ("start", "delta", "expected"),
    [
        (local(2026, 1, 5, 16, 59), 2 * H, local(2026, 1, 6, 10, 59)),  # day boundary
        (local(2026, 1, 5, 10), 2 * H, local(2026, 1, 5, 12)),
        (local(2026, 1, 5, 16), H, local(2026, 1, 5, 17)),  # ends at close, not next 09:00
        (local(2026, 1, 5, 7), H, local(2026, 1, 5, 10)),  # before opening
        (local(2026, 1, 5, 20), H, local(2026, 1, 6, 10)),  # after closing
        (local(2026, 1, 9, 16), 2 * H, local(2026, 1, 12, 10)),  # over a weekend
        (local(2026, 1, 10, 11), H, local(2026, 1, 12, 10)),  # from a Saturday
        (local(2026, 1, 5, 9), 40 * H, local(2026, 1, 9, 17)),  # a whole week
        (local(2026, 9, 30, 16), 2 * H, local(2026, 10, 8, 10)),  # golden week
        (local(2026, 2, 13, 16), 2 * H, local(2026, 2, 14, 10)),  # make-up Saturday
        (local(2026, 2, 14, 16), 2 * H, local(2026, 2, 24, 10)),  # Spring Festival
        (local(2025, 12, 31, 16), 2 * H, local(2026, 1, 4, 10)),  # New Year, make-up Sunday
        (local(2026, 1, 10, 11), timedelta(0), local(2026, 1, 10, 11)),  # zero stays put
    ],
)
def test_add_working_time_5x8(start: datetime, delta: timedelta, expected: datetime) -> None:
    result = CAL.add_working_time(start, delta)
    assert result == expected
    assert result.tzinfo is UTC


def test_add_working_time_accepts_any_zone_and_returns_utc() -> None:
    start = datetime(2026, 1, 5, 8, 59, tzinfo=UTC)  # 16:59 in Shanghai
    assert CAL.add_working_time(start, 2 * H) == datetime(2026, 1, 6, 2, 59, tzinfo=UTC)


def test_add_working_time_7x24_is_plain_addition() -> None:
    assert CAL24.add_working_time(local(2026, 1, 5, 16, 59), 2 * H) == local(2026, 1, 5, 18, 59)
    assert CAL24.add_working_time(local(2026, 9, 30, 16), 48 * H) == local(2026, 10, 2, 16)
    assert CAL24.add_working_time(local(2026, 1, 5, 16), H).tzinfo is UTC


def test_custom_hours_and_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    cal = WorkingCalendar(country="DE", tz=berlin, day_start=time(8), day_end=time(16))
    start = datetime(2026, 3, 27, 15, tzinfo=berlin)  # Friday; DST starts Sunday Mar 29
    assert cal.add_working_time(start, 2 * H) == datetime(2026, 3, 30, 9, tzinfo=berlin)
    assert cal.working_time_between(start, datetime(2026, 3, 30, 9, tzinfo=berlin)) == 2 * H
    assert not cal.is_working_day(date(2025, 10, 3))  # German Unity Day, a Friday


def test_working_time_between() -> None:
    wt = CAL.working_time_between
    assert wt(local(2026, 1, 5, 10), local(2026, 1, 5, 12)) == 2 * H
    assert wt(local(2026, 1, 5, 7), local(2026, 1, 5, 20)) == 8 * H
    assert wt(local(2026, 1, 9, 15), local(2026, 1, 12, 10)) == 3 * H  # weekend
    assert wt(local(2026, 1, 12, 10), local(2026, 1, 9, 15)) == -3 * H  # reversed
    assert wt(local(2026, 9, 30, 9), local(2026, 10, 8, 17)) == 16 * H  # golden week
    assert wt(local(2026, 2, 13, 9), local(2026, 2, 28, 17)) == 7 * 8 * H  # 13 14 · 24–27 · 28
    assert wt(local(2026, 1, 10, 9), local(2026, 1, 11, 17)) == timedelta(0)
    assert CAL24.working_time_between(local(2026, 1, 9, 15), local(2026, 1, 12, 10)) == 67 * H
    assert CAL.is_working_time(local(2026, 1, 5, 9))
    assert not CAL.is_working_time(local(2026, 1, 5, 17))
    assert not CAL.is_working_time(local(2026, 10, 1, 10))
    assert CAL24.is_working_time(local(2026, 10, 1, 3))


def test_pauses_over_nights_and_weekends_cost_only_working_hours() -> None:
    a, b = local(2026, 1, 9, 9), local(2026, 1, 12, 17)  # Fri 09:00 → Mon 17:00: 16 h
    assert CAL.working_time_between(a, b) == 16 * H
    weekend = [(local(2026, 1, 9, 17), local(2026, 1, 12, 9))]
    assert CAL.working_time_between(a, b, weekend) == 16 * H
    fri_to_mon = [(local(2026, 1, 9, 16), local(2026, 1, 12, 10))]
    assert CAL.working_time_between(a, b, fri_to_mon) == 14 * H
    overnight = [(local(2026, 1, 9, 16, 30), local(2026, 1, 12, 9, 30))]
    assert CAL.working_time_between(a, b, overnight) == 15 * H
    assert CAL24.working_time_between(a, b, fri_to_mon) == 80 * H - 66 * H


def test_overlapping_pauses_count_once() -> None:
    a, b = local(2026, 1, 5, 9), local(2026, 1, 5, 17)
    p1 = (local(2026, 1, 5, 10), local(2026, 1, 5, 12))
    p2 = (local(2026, 1, 5, 11), local(2026, 1, 5, 13))
    nested = (local(2026, 1, 5, 10, 30), local(2026, 1, 5, 11, 30))
    assert CAL.working_time_between(a, b, [p1, p2]) == 5 * H
    assert CAL.working_time_between(a, b, [p2, p1, nested, p1]) == 5 * H
    assert CAL24.working_time_between(a, b, [p1, p2, nested]) == 5 * H


def test_pauses_outside_the_span_are_clipped() -> None:
    a, b = local(2026, 1, 5, 10), local(2026, 1, 5, 14)
    before = (local(2026, 1, 5, 9), local(2026, 1, 5, 11))
    after = (local(2026, 1, 5, 13), local(2026, 1, 6, 12))
    outside = (local(2026, 1, 6, 9), local(2026, 1, 6, 12))
    assert CAL.working_time_between(a, b, [before, after, outside]) == 2 * H
    assert CAL.working_time_between(b, a, [before]) == -3 * H


def test_a_pause_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="pause"):
        CAL.working_time_between(
            local(2026, 1, 5, 9),
            local(2026, 1, 5, 17),
            [(local(2026, 1, 5, 12), local(2026, 1, 5, 11))],
        )


def test_merge_spans_touching_and_open_ended() -> None:
    lo = local(2026, 1, 5, 9)
    spans = [
        (local(2026, 1, 5, 12), local(2026, 1, 5, 13)),
        (local(2026, 1, 5, 10), local(2026, 1, 5, 12)),
        (local(2026, 1, 5, 8), local(2026, 1, 5, 8, 30)),
    ]
    assert merge_spans(spans, lo) == [(local(2026, 1, 5, 10), local(2026, 1, 5, 13))]
    assert merge_spans(spans, lo, local(2026, 1, 5, 11)) == [
        (local(2026, 1, 5, 10), local(2026, 1, 5, 11))
    ]


# ------------------------------------------------------------------ advance exchange


@pytest.mark.parametrize(
    ("confirmed", "ships"),
    [
        (local(2026, 1, 5, 13, 59, 59), date(2026, 1, 5)),
        (local(2026, 1, 5, 13, 59, 59, 999_999), date(2026, 1, 5)),
        (local(2026, 1, 5, 14, 0, 0), date(2026, 1, 6)),
        (local(2026, 1, 5, 8, 0), date(2026, 1, 5)),  # before opening still ships today
        (local(2026, 1, 5, 0, 30), date(2026, 1, 5)),
        (local(2026, 1, 9, 14, 0), date(2026, 1, 12)),  # Friday afternoon → Monday
        (local(2026, 1, 10, 10, 0), date(2026, 1, 12)),  # Saturday morning → Monday
        (local(2026, 1, 11, 13, 0), date(2026, 1, 12)),  # Sunday
        (local(2026, 9, 30, 13, 59, 59), date(2026, 9, 30)),  # holiday eve, in time
        (local(2026, 9, 30, 14, 0), date(2026, 10, 8)),  # holiday eve, too late
        (local(2026, 10, 3, 10, 0), date(2026, 10, 8)),  # during golden week
        (local(2026, 2, 13, 15, 0), date(2026, 2, 14)),  # make-up Saturday ships
        (local(2026, 2, 14, 10, 0), date(2026, 2, 14)),
        (local(2026, 2, 14, 14, 0), date(2026, 2, 24)),  # Spring Festival
        (datetime(2026, 1, 5, 5, 59, 59, tzinfo=UTC), date(2026, 1, 5)),  # 13:59:59 local
        (datetime(2026, 1, 5, 6, 0, 0, tzinfo=UTC), date(2026, 1, 6)),  # 14:00 local
        (datetime(2026, 1, 4, 17, 0, tzinfo=UTC), date(2026, 1, 5)),  # Mon 01:00 local
    ],
    ids=str,
)
def test_advance_exchange_cut_off(confirmed: datetime, ships: date) -> None:
    assert CAL.advance_exchange_ship_date(confirmed) == ships


def test_advance_exchange_custom_cut_off_and_7x24() -> None:
    assert CAL.advance_exchange_ship_date(local(2026, 1, 5, 15), cutoff=time(16)) == date(
        2026, 1, 5
    )
    assert CAL24.advance_exchange_ship_date(local(2026, 1, 10, 10)) == date(2026, 1, 10)
    assert CAL24.advance_exchange_ship_date(local(2026, 9, 30, 14)) == date(2026, 10, 1)


@pytest.mark.parametrize(
    ("shipped", "due"),
    [
        (date(2026, 1, 5), date(2026, 1, 19)),  # Monday → Monday two weeks on
        (date(2026, 1, 9), date(2026, 1, 23)),  # Friday → Friday
        (date(2026, 1, 10), date(2026, 1, 23)),  # shipped on a Saturday
        # Thu 24 · (Mid-Autumn 25) · 28 29 30 · (golden week) · 8 9 · Sat 10 · 12 13 14
        (date(2026, 9, 23), date(2026, 10, 14)),
        (date(2026, 2, 12), date(2026, 3, 4)),  # 13 · Sat 14 · 24 25 26 27 · Sat 28 · 2 3 4
    ],
    ids=str,
)
def test_core_due_in_ten_working_days(shipped: date, due: date) -> None:
    assert CAL.core_due_date(shipped) == due
    assert CAL.working_days_between(shipped, due) == 10


def test_core_due_other_term_and_7x24() -> None:
    assert CAL.core_due_date(date(2026, 1, 5), working_days=3) == date(2026, 1, 8)
    assert CAL24.core_due_date(date(2026, 9, 30)) == date(2026, 10, 10)
    with pytest.raises(ValueError):
        CAL.core_due_date(date(2026, 1, 5), working_days=-1)


# ------------------------------------------------------------------ properties

ZONES = st.sampled_from([UTC, SH, ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")])
moments = st.datetimes(
    min_value=datetime(2025, 12, 1), max_value=datetime(2027, 2, 28), timezones=ZONES
)
deltas = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40))
calendars = st.sampled_from([CAL, CAL24, WorkingCalendar(day_start=time(8, 30))])


@settings(deadline=None, max_examples=300)
@given(cal=calendars, start=moments, delta=deltas)
def test_add_then_measure_round_trips(
    cal: WorkingCalendar, start: datetime, delta: timedelta
) -> None:
    end = cal.add_working_time(start, delta)
    assert end >= start
    assert end.tzinfo is UTC
    assert cal.working_time_between(start, end) == delta
    assert cal.working_time_between(end, start) == -delta


@settings(deadline=None, max_examples=200)
@given(cal=calendars, start=moments, d1=deltas, d2=deltas)
def test_add_working_time_is_monotonic_and_composes(
    cal: WorkingCalendar, start: datetime, d1: timedelta, d2: timedelta
) -> None:
    small, big = sorted((d1, d2))
    assert cal.add_working_time(start, small) <= cal.add_working_time(start, big)
    if small > timedelta(0):  # a zero step may stand outside working hours
        stepped = cal.add_working_time(cal.add_working_time(start, small), big)
        assert stepped == cal.add_working_time(start, small + big)


@settings(deadline=None, max_examples=200)
@given(cal=calendars, a=moments, b=moments, c=moments)
def test_working_time_is_additive(
    cal: WorkingCalendar, a: datetime, b: datetime, c: datetime
) -> None:
    wt = cal.working_time_between
    assert wt(a, b) + wt(b, c) == wt(a, c)
    # Elapsed time in UTC: same-zone subtraction is wall-clock and wrong across DST.
    assert timedelta(0) <= abs(wt(a, b)) <= abs(b.astimezone(UTC) - a.astimezone(UTC))


pauses = st.lists(
    st.tuples(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=5))).map(
        # pauses come from UTC timestamps: add in UTC, not on a DST zone's wall clock
        lambda p: (p[0], (p[0].astimezone(UTC) + p[1]).astimezone(p[0].tzinfo))
    ),
    max_size=5,
)


@settings(deadline=None, max_examples=200)
@given(cal=calendars, a=moments, b=moments, ps=pauses)
def test_pauses_only_ever_subtract_and_never_double_count(
    cal: WorkingCalendar, a: datetime, b: datetime, ps: list[tuple[datetime, datetime]]
) -> None:
    a, b = min(a, b), max(a, b)
    plain = cal.working_time_between(a, b)
    paused = cal.working_time_between(a, b, ps)
    assert timedelta(0) <= paused <= plain
    assert cal.working_time_between(a, b, ps + ps) == paused
    assert cal.working_time_between(a, b, list(reversed(ps))) == paused
