"""The working calendar: which days and hours count for deadlines.

Every promise the depot makes is measured on a clock (DOMAIN §6–§8): a loaner
by the next working day, a core back within 10 working days, a part shipped the
same day when the fault is confirmed before 14:00, an answer within 30 working
minutes. This module is that clock, as pure arithmetic over aware datetimes,
so the SLA rules, the warehouse and the UI all agree on what "working" means.

Two modes, because depots sell both (DOMAIN §8):

* ``"5x8"`` — working hours ``day_start``–``day_end`` (09:00–17:00) on working
  days: not a weekend, not a public holiday, or a make-up working day.
* ``"7x24"`` — every moment counts and every day is a working day; working
  time is plain elapsed time.

Public holidays come from the maintained ``holidays`` library instead of a
hand-typed table, because China's schedule is decreed anew each year by the
State Council and the library tracks it. China also moves weekends around
(调休): some Saturdays and Sundays become working days to bridge a holiday.
``holidays`` 0.109 has no "workday" *category* for CN (``China`` supports only
``public`` and ``half_day``), but it does record those days: each substituted
day off in ``ChinaStaticHolidays.special_public_holidays`` names the weekend day
it was taken from, and the populated holiday object lists those weekend days in
its ``weekend_workdays`` attribute (e.g. 2026-01-04, 02-14, 02-28, 05-09, 09-20,
10-10). We use that attribute. Years the State Council has not yet published
carry estimated holidays and no make-up days; a manager adds them through
``extra_workdays`` / ``extra_holidays`` (company shutdowns, local decrees).

Times go in aware (any zone) and come out aware in UTC, because the database
stores UTC (ARCHITECTURE "Data"); the *local* zone ``tz`` only decides where a
working day starts and ends. All arithmetic is done in UTC, since Python
subtracts two datetimes sharing one tzinfo by wall clock and would be wrong
across a daylight-saving change.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final, Literal
from zoneinfo import ZoneInfo

import holidays

from depot.errors import ValidationError
from depot.i18n import translate

Mode = Literal["5x8", "7x24"]
Pause = tuple[datetime, datetime]
"""A span during which a clock stands still, e.g. an RMA waiting on the customer."""

MODES: Final = ("5x8", "7x24")
ONE_DAY: Final = timedelta(days=1)
ZERO: Final = timedelta(0)
# A calendar with no working day in this many consecutive days is a broken
# configuration (every day an extra holiday); stop instead of looping forever.
_MAX_IDLE_DAYS: Final = 400


@dataclass(frozen=True)
class _Year:
    """What the holiday library says about one country-year."""

    holidays: frozenset[date]
    workdays: frozenset[date]  # weekend days that are working days (调休)
    weekend: frozenset[int]  # weekday numbers, Monday = 0


@functools.lru_cache(maxsize=256)
def _year(country: str, year: int) -> _Year:
    """Holidays of one country-year, built once and shared by every calendar.

    Building a ``holidays`` object runs the country's rules (lunar dates,
    observed-day shifting), far too slow to repeat for each day a deadline
    walks over; the result never changes, so it is cached per (country, year).
    """
    found = holidays.country_holidays(country, years=year, categories=(holidays.PUBLIC,))
    return _Year(
        holidays=frozenset(d for d in found if d.year == year),
        workdays=frozenset(d for d in found.weekend_workdays if d.year == year),
        weekend=frozenset(found.weekend),
    )


def _require_aware(value: datetime, name: str) -> datetime:
    """Refuse naive datetimes: their instant is unknown, so any deadline would be a guess."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware: {value!r}")
    return value.astimezone(UTC)


def _require_date(value: date, name: str) -> date:
    """Refuse datetimes where a date is meant: which day a datetime falls on depends on a zone."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a date, not {type(value).__name__}")
    return value


def merge_spans(spans: Iterable[Pause], lo: datetime, hi: datetime | None = None) -> list[Pause]:
    """Clip spans to [lo, hi] and merge overlaps, so no instant counts twice.

    Two pauses can overlap (waiting for quote approval and for payment at the
    same time); the clock stands still once, not twice. ``hi=None`` leaves the
    spans open-ended to the right. Returns sorted, disjoint UTC spans.
    """
    lo = _require_aware(lo, "lo")
    top = None if hi is None else _require_aware(hi, "hi")
    clipped: list[Pause] = []
    for p0, p1 in spans:
        s = _require_aware(p0, "pause start")
        e = _require_aware(p1, "pause end")
        if e < s:
            raise ValueError(f"pause ends before it starts: {p0!r} > {p1!r}")
        s, e = max(s, lo), (e if top is None else min(e, top))
        if s < e:
            clipped.append((s, e))
    clipped.sort()
    merged: list[Pause] = []
    for s, e in clipped:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


@dataclass(frozen=True)
class WorkingCalendar:
    """Working days and hours of one depot, as an immutable value.

    Frozen and hashable so it can be built once from the settings table and
    handed to any thread or cached computation without anyone changing it
    underneath. Holiday lookups are cached module-wide per (country, year).
    """

    mode: Mode = "5x8"
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)
    country: str = "CN"
    extra_holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()
    tz: tzinfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))

    def __post_init__(self) -> None:
        # The values come from the settings table, edited by a manager: refuse
        # a bad one with a message they can act on rather than a wrong deadline.
        if self.mode not in MODES:
            raise ValidationError(
                translate("Errors", "Unknown calendar mode {mode}: use 5x8 or 7x24.").format(
                    mode=repr(self.mode)
                )
            )
        if self.day_start.tzinfo is not None or self.day_end.tzinfo is not None:
            raise ValidationError(
                translate("Errors", "Working hours are local wall-clock times without a zone.")
            )
        if not self.day_start < self.day_end:
            raise ValidationError(
                translate(
                    "Errors", "The working day must end after it starts ({start}–{end})."
                ).format(start=f"{self.day_start:%H:%M}", end=f"{self.day_end:%H:%M}")
            )
        if self.country not in holidays.list_supported_countries():
            raise ValidationError(
                translate("Errors", "No public-holiday calendar is known for {country}.").format(
                    country=repr(self.country)
                )
            )
        both = self.extra_holidays & self.extra_workdays
        if both:
            days = ", ".join(sorted(d.isoformat() for d in both))
            raise ValidationError(
                translate(
                    "Errors", "A day cannot be both an extra holiday and a workday: {days}."
                ).format(days=days)
            )
        # Accept any iterable from callers but store frozensets so the value stays hashable.
        object.__setattr__(self, "extra_holidays", frozenset(self.extra_holidays))
        object.__setattr__(self, "extra_workdays", frozenset(self.extra_workdays))

    # ----------------------------------------------------------------- days

    @property
    def around_the_clock(self) -> bool:
        """True in 7x24 mode, where working time is elapsed time."""
        return self.mode == "7x24"

    def as_7x24(self) -> WorkingCalendar:
        """The same depot on a plain calendar clock (targets in calendar days use it)."""
        return self if self.around_the_clock else replace(self, mode="7x24")

    @property
    def working_day_length(self) -> timedelta:
        """How much working time one working day holds: 8 h in 5x8, 24 h in 7x24.

        Lets a target given in working days ("answer within 2 working days")
        become a working-time amount that follows the configured hours.
        """
        if self.around_the_clock:
            return ONE_DAY
        return datetime.combine(date.min, self.day_end) - datetime.combine(date.min, self.day_start)

    def is_holiday(self, d: date) -> bool:
        """A public or company holiday, regardless of mode (for display)."""
        _require_date(d, "d")
        if d in self.extra_holidays:
            return True
        if d in self.extra_workdays:
            return False
        return d in _year(self.country, d.year).holidays

    def is_working_day(self, d: date) -> bool:
        """Whether work happens on local date ``d``.

        Precedence, from most to least specific: the depot's own extra
        holidays, its extra workdays, the official make-up working days (a
        weekend day worked for 调休), the weekend, public holidays. In 7x24
        every day is a working day: a round-the-clock depot ships and answers
        on Sundays too.
        """
        _require_date(d, "d")
        if self.around_the_clock:
            return True
        if d in self.extra_holidays:
            return False
        if d in self.extra_workdays:
            return True
        year = _year(self.country, d.year)
        if d.weekday() in year.weekend:
            return d in year.workdays
        return d not in year.holidays

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d`` ("by the next working day")."""
        return self._step(_require_date(d, "d"), +1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        return self._step(_require_date(d, "d"), -1)

    def _step(self, d: date, direction: int) -> date:
        for _ in range(_MAX_IDLE_DAYS):
            d += direction * ONE_DAY
            if self.is_working_day(d):
                return d
        raise ValidationError(
            translate("Errors", "The working calendar has no working day near {date}.").format(
                date=d.isoformat()
            )
        )

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day after ``d`` (before it when ``n`` is negative).

        ``d`` itself never counts, so a core shipped on a Friday and owed
        within 10 working days is due on the Friday two weeks later, whether
        or not the shipping day was a working day. ``n == 0`` returns ``d``.
        """
        _require_date(d, "d")
        direction = 1 if n >= 0 else -1
        for _ in range(abs(n)):
            d = self._step(d, direction)
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b]: how many working days a core is late by, say."""
        _require_date(a, "a")
        _require_date(b, "b")
        if b < a:
            return -self.working_days_between(b, a)
        return sum(self.is_working_day(a + i * ONE_DAY) for i in range(1, (b - a).days + 1))

    # ---------------------------------------------------------------- hours

    def _window(self, d: date) -> tuple[datetime, datetime] | None:
        """The working hours of local date ``d`` in UTC, or None on a day off.

        Built from local wall-clock times, then converted, so a depot in a
        zone with daylight saving still opens at 09:00 local.
        """
        if not self.is_working_day(d):
            return None
        s = datetime.combine(d, self.day_start, tzinfo=self.tz).astimezone(UTC)
        e = datetime.combine(d, self.day_end, tzinfo=self.tz).astimezone(UTC)
        return (s, e) if s < e else None

    def _windows_from(self, moment: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Working windows from the local day of ``moment`` onwards, endlessly."""
        d = moment.astimezone(self.tz).date()
        idle = 0
        while True:
            window = self._window(d)
            if window is None:
                idle += 1
                if idle > _MAX_IDLE_DAYS:
                    raise ValidationError(
                        translate(
                            "Errors", "The working calendar has no working day after {date}."
                        ).format(date=d.isoformat())
                    )
            else:
                idle = 0
                yield window
            d += ONE_DAY

    def add_working_time(self, start: datetime, delta: timedelta) -> datetime:
        """The instant when ``delta`` of working time has passed since ``start``.

        In 5x8 only working hours count: 16:59 + 2 h is 10:59 on the next
        working day. In 7x24 this is plain addition. The result is the
        *earliest* such instant, so a delta that exactly uses up a day ends at
        17:00, not at 09:00 the next morning, and a zero delta returns
        ``start`` unchanged (even outside working hours). Aware in, UTC out.
        """
        at = _require_aware(start, "start")
        if delta < ZERO:
            raise ValueError(f"delta must not be negative: {delta!r}")
        if self.around_the_clock or delta == ZERO:
            return at + delta
        remaining = delta
        for s, e in self._windows_from(at):
            begin = max(s, at)
            if begin >= e:
                continue
            if remaining <= e - begin:
                return begin + remaining
            remaining -= e - begin
        raise AssertionError("unreachable: _windows_from never ends")  # pragma: no cover

    def _span(self, a: datetime, b: datetime) -> timedelta:
        """Working time in [a, b] for UTC a <= b, without pauses."""
        if self.around_the_clock:
            return b - a
        total = ZERO
        d = a.astimezone(self.tz).date()
        last = b.astimezone(self.tz).date()
        while d <= last:
            window = self._window(d)
            if window is not None:
                s, e = max(window[0], a), min(window[1], b)
                if s < e:
                    total += e - s
            d += ONE_DAY
        return total

    def working_time_between(
        self, a: datetime, b: datetime, pauses: Iterable[Pause] = ()
    ) -> timedelta:
        """Working time from ``a`` to ``b``, less the working time spent paused.

        Negative when ``b`` is before ``a``, so "time left until the deadline"
        turns negative once it is overdue. Pauses are clipped to the span and
        merged first, so overlapping pauses are not subtracted twice; paused
        time outside working hours costs nothing, since it was not counting.
        """
        ua = _require_aware(a, "a")
        ub = _require_aware(b, "b")
        sign = 1
        if ub < ua:
            ua, ub, sign = ub, ua, -1
        total = self._span(ua, ub)
        for p0, p1 in merge_spans(pauses, ua, ub):
            total -= self._span(p0, p1)
        return total * sign

    def is_working_time(self, moment: datetime) -> bool:
        """Whether the clock is running at ``moment`` (window start inclusive, end exclusive)."""
        at = _require_aware(moment, "moment")
        if self.around_the_clock:
            return True
        window = self._window(at.astimezone(self.tz).date())
        return window is not None and window[0] <= at < window[1]

    # ------------------------------------------------------------ warehouse

    def advance_exchange_ship_date(
        self, confirmed_at: datetime, cutoff: time = time(14, 0)
    ) -> date:
        """Local date the good part ships on for an advance exchange (DOMAIN §7).

        A fault confirmed strictly before the cut-off (local time) on a
        working day ships that day; at or after the cut-off, or on a day off,
        it ships the next working day. The cut-off is the courier's pick-up,
        so it does not depend on the working hours: a fault confirmed at 08:00
        still makes that day's shipment.
        """
        local = _require_aware(confirmed_at, "confirmed_at").astimezone(self.tz)
        day = local.date()
        if self.is_working_day(day) and local.time() < cutoff:
            return day
        return self.next_working_day(day)

    def core_due_date(self, shipped: date, working_days: int = 10) -> date:
        """When the customer owes the faulty part (core) back: N working days after shipping."""
        if working_days < 0:
            raise ValueError(f"working_days must not be negative: {working_days}")
        return self.add_working_days(shipped, working_days)
