"""Service-level deadlines (DOMAIN §8), as pure functions over plain values.

The depot promises several things on different clocks, and the on-time rate it
reports monthly (target ≥ 98 %) is only honest if every screen measures them
the same way. So this module holds the arithmetic only: no database, no "now"
of its own (the caller passes ``depot.clock.now()``), no settings lookup. The
numbers below are the *defaults*; the settings table overrides them.

Which clock each target runs on
-------------------------------
``Basis.CALENDAR``
    Elapsed wall-clock time, nights and weekends included. Used by the depot
    turnaround: "received, repaired and shipped within 7 calendar days".
``Basis.WORKING``
    Working time of the depot's ``WorkingCalendar``: in 5x8 only Mon–Fri
    09:00–17:00 outside public holidays counts, in 7x24 everything counts.
    Used by first response (2 h) and by every severity answer/fix target
    (30 min, 12 h, 24 h), because DOMAIN §8 says the SLA clocks run on the
    working calendar. In 5x8 a 12 h fix is therefore a day and a half of
    working hours; a depot that promises wall-clock hours runs in 7x24.
``Basis.WORKING_DAYS``
    ``duration`` counted in days, each worth one full working day of the
    calendar (8 h in 5x8 with default hours, 24 h in 7x24). Used by the
    "accurate answer within 2 working days": asked Monday 10:00, due Wednesday
    10:00. Measuring it in working time rather than whole dates keeps one
    arithmetic for all clocks and follows the hours when a manager changes them.

Every clock stands still during *pauses*, the spans when the RMA waits on the
customer (quote approval, payment). A pause only costs time the clock would
have counted: a pause over a weekend moves a 5x8 deadline by nothing. An open
pause (still waiting) is passed closed at "now", so the deadline keeps moving
while the wait lasts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from depot.workcal import ZERO, Pause, WorkingCalendar, merge_spans


class Basis(StrEnum):
    """Which clock a target runs on (stored as text in the settings table)."""

    CALENDAR = "calendar"
    WORKING = "working"
    WORKING_DAYS = "working_days"


class Severity(StrEnum):
    """Severity classes of a service request (000 §一; 004 第1篇 §3.3)."""

    GENERAL = "general"
    IMPORTANT = "important"
    MAJOR = "major"
    SPECIAL = "special"


class SlaStatus(StrEnum):
    """Traffic light of one running clock."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Target:
    """A promised duration and the clock it is measured on.

    For ``Basis.WORKING_DAYS`` the duration is read in days: ``timedelta(days=2)``
    means two working days.
    """

    duration: timedelta
    basis: Basis = Basis.WORKING

    def __post_init__(self) -> None:
        if self.duration < ZERO:
            raise ValueError(f"An SLA target cannot be negative: {self.duration!r}")

    def clock(self, calendar: WorkingCalendar) -> WorkingCalendar:
        """The calendar this target's time is counted on."""
        return calendar.as_7x24() if self.basis is Basis.CALENDAR else calendar

    def amount(self, calendar: WorkingCalendar) -> timedelta:
        """The target as an amount of time on ``self.clock(calendar)``."""
        if self.basis is Basis.WORKING_DAYS:
            return calendar.working_day_length * (self.duration / timedelta(days=1))
        return self.duration


@dataclass(frozen=True)
class SeverityTargets:
    """Answer and fix targets of one severity class.

    ``fix`` is None where the policy sets no fix time (special cases are
    resolved with the vendor or R&D on their schedule).
    """

    answer: Target
    fix: Target | None
    loaner: bool = False  # major: a loaner goes out with the fix
    escalate: bool = False  # special: answered together with vendor or R&D


_HALF_HOUR: Final = Target(timedelta(minutes=30))

DEFAULT_SEVERITY_TARGETS: Final[Mapping[Severity, SeverityTargets]] = MappingProxyType(
    {
        Severity.GENERAL: SeverityTargets(answer=_HALF_HOUR, fix=Target(timedelta(hours=12))),
        Severity.IMPORTANT: SeverityTargets(answer=_HALF_HOUR, fix=Target(timedelta(hours=12))),
        Severity.MAJOR: SeverityTargets(
            answer=_HALF_HOUR, fix=Target(timedelta(hours=24)), loaner=True
        ),
        Severity.SPECIAL: SeverityTargets(
            answer=Target(timedelta(hours=24)), fix=None, escalate=True
        ),
    }
)
"""Defaults of DOMAIN §8; read-only so nobody edits the defaults in place."""

DEPOT_TURNAROUND: Final = Target(timedelta(days=7), Basis.CALENDAR)
"""A unit received is repaired and shipped within 7 calendar days (001 问题处理 §四)."""

FIRST_RESPONSE: Final = Target(timedelta(hours=2), Basis.WORKING)
"""First response to a service request within 2 working hours (001 ①)."""

ACCURATE_ANSWER: Final = Target(timedelta(days=2), Basis.WORKING_DAYS)
"""An accurate answer within 2 working days (001 ①)."""

DUE_SOON_FRACTION: Final = 0.2
"""A clock with at most this share of its target left shows as due soon."""


def severity_table(
    overrides: Mapping[Severity | str, SeverityTargets] | None = None,
) -> dict[Severity, SeverityTargets]:
    """The severity table with the settings' overrides applied over the defaults.

    Returns a fresh dict each call, so a caller may change it without touching
    the defaults. Keys may be given as text as stored in the settings table.
    """
    table = dict(DEFAULT_SEVERITY_TARGETS)
    for key, targets in (overrides or {}).items():
        table[Severity(key)] = targets
    return table


def _amount_and_clock(
    target: timedelta | Target, calendar: WorkingCalendar
) -> tuple[timedelta, WorkingCalendar]:
    if isinstance(target, Target):
        return target.amount(calendar), target.clock(calendar)
    if target < ZERO:
        raise ValueError(f"An SLA target cannot be negative: {target!r}")
    return target, calendar


def deadline(
    start: datetime,
    target: timedelta | Target,
    calendar: WorkingCalendar,
    pauses: Iterable[Pause] = (),
) -> datetime:
    """When a clock started at ``start`` runs out (UTC).

    A bare ``timedelta`` is working time on ``calendar``; a ``Target`` picks
    its own clock (see the module docstring). Paused working time pushes the
    deadline later by exactly that much; pauses before ``start`` are ignored
    and overlapping ones count once. The deadline is the *earliest* instant
    at which the unpaused time reaches the target, so it never falls inside
    a pause unless the clock ran out exactly as the pause began.
    """
    amount, clock = _amount_and_clock(target, calendar)
    cur = clock.add_working_time(start, ZERO)  # validates, converts to UTC
    remaining = amount
    for p0, p1 in merge_spans(pauses, cur):
        available = clock.working_time_between(cur, p0)
        if remaining <= available:
            break
        remaining -= available
        cur = p1
    return clock.add_working_time(cur, remaining)


def time_left(
    deadline: datetime,
    now: datetime,
    calendar: WorkingCalendar,
    pauses: Iterable[Pause] = (),
) -> timedelta:
    """Unpaused time on ``calendar`` from ``now`` to ``deadline``; negative when overdue.

    Pass the calendar the target runs on (``target.clock(calendar)``): for a
    calendar-days target that is the 7x24 clock, so "3 days left" means three
    days, not three working days.
    """
    return calendar.working_time_between(now, deadline, pauses)


def classify(
    left: timedelta, total: timedelta, due_soon_fraction: float = DUE_SOON_FRACTION
) -> SlaStatus:
    """Traffic light from the time left and the full target.

    Overdue only once time has run *out* (left < 0): answering at the exact
    deadline is still on time. Due soon when at most ``due_soon_fraction`` of
    the target is left, so the bench sees it before it is late.
    """
    if left < ZERO:
        return SlaStatus.OVERDUE
    if left <= total * due_soon_fraction:
        return SlaStatus.DUE_SOON
    return SlaStatus.ON_TIME


def status(
    start: datetime,
    target: timedelta | Target,
    now: datetime,
    calendar: WorkingCalendar,
    pauses: Iterable[Pause] = (),
    due_soon_fraction: float = DUE_SOON_FRACTION,
) -> SlaStatus:
    """Status of the clock started at ``start`` as seen at ``now``.

    For a clock already stopped (answered, shipped), pass the stop time as
    ``now``: the result tells whether the promise was kept, which is what the
    monthly on-time rate counts.
    """
    pauses = list(pauses)
    amount, clock = _amount_and_clock(target, calendar)
    due = deadline(start, target, calendar, pauses)
    return classify(time_left(due, now, clock, pauses), amount, due_soon_fraction)
