"""SLA clocks of each RMA: deadlines, time left, overdue list (DOMAIN §8).

`rma.sla` holds the arithmetic; this module feeds it from the database:

* the **working calendar** comes from the settings (mode 5x8 or 7x24, working
  hours, holiday country, the depot's own extra holidays and workdays, time
  zone), so a manager's change applies to every clock at once;
* the **pauses** are derived from the RMA's event log — every span the RMA
  spent in ``awaiting_approval`` or ``awaiting_payment`` is time the depot was
  waiting on the customer, and stops every clock. Deriving them from the log
  rather than storing them means a pause can never disagree with the timeline;
  a pause still running is closed at "now", so the deadline keeps moving while
  the customer thinks;
* each RMA runs two clocks: the **depot turnaround** (received → shipped,
  7 calendar days by default) and the **fix** target of its severity class
  (12 working hours for *general* …; *special* has none). A clock stops when
  the RMA leaves the depot's hands (shipped, returned, replaced, scrapped,
  cancelled): its status then says whether the promise was kept.

`pause_spans` is pure so the pause rules are tested without a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from depot import clock, settings
from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.workcal import MODES, Pause, WorkingCalendar
from rma import sla
from rma.models import Rma, RmaEvent
from rma.states import CLOSED_STATES, RmaState
from rma.workflow import get_rma

__all__ = [
    "PAUSING_STATES",
    "RmaSla",
    "SlaClock",
    "overdue",
    "pause_spans",
    "rma_sla",
    "time_left",
    "working_calendar",
]

#: states in which the RMA waits on the customer: every SLA clock stands still
PAUSING_STATES: frozenset[str] = frozenset(
    {RmaState.AWAITING_APPROVAL.value, RmaState.AWAITING_PAYMENT.value}
)
_STOP_STATES = frozenset(s.value for s in CLOSED_STATES)


def _mode(value: Any) -> str:
    if value not in MODES:
        raise ValidationError(translate("Errors", "Choose the calendar mode 5x8 or 7x24."))
    return value


def _hhmm(value: Any) -> str:
    match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", str(value or "").strip())
    if not match:
        raise ValidationError(translate("Errors", "Enter a time as HH:MM, e.g. 09:00."))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _dates(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValidationError(translate("Errors", "Enter a list of dates (YYYY-MM-DD)."))
    out = []
    for item in value:
        try:
            out.append(date.fromisoformat(str(item)).isoformat())
        except ValueError:
            raise ValidationError(
                translate("Errors", "{item!r} is not a date (YYYY-MM-DD).").format(item=item)
            ) from None
    return sorted(set(out))


def _zone(value: Any) -> str:
    text = str(value or "").strip()
    if text:
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                translate("Errors", "Unknown time zone {zone!r} (e.g. Asia/Shanghai).").format(
                    zone=text)) from None
    return text


CALENDAR_MODE = settings.define(
    "calendar.mode", "5x8", QT_TRANSLATE_NOOP("Settings", "Working calendar (5x8 or 7x24)"),
    _mode,
)
CALENDAR_DAY_START = settings.define(
    "calendar.day_start", "09:00", QT_TRANSLATE_NOOP("Settings", "Working day starts"), _hhmm
)
CALENDAR_DAY_END = settings.define(
    "calendar.day_end", "17:00", QT_TRANSLATE_NOOP("Settings", "Working day ends"), _hhmm
)
CALENDAR_COUNTRY = settings.define(
    "calendar.country", "CN", QT_TRANSLATE_NOOP("Settings", "Public holidays of (country code)"),
    settings.non_empty_text,
)
CALENDAR_EXTRA_HOLIDAYS = settings.define(
    "calendar.extra_holidays", [], QT_TRANSLATE_NOOP("Settings", "Company holidays"), _dates
)
CALENDAR_EXTRA_WORKDAYS = settings.define(
    "calendar.extra_workdays", [], QT_TRANSLATE_NOOP("Settings", "Extra working days"), _dates
)
CALENDAR_TIMEZONE = settings.define(
    "calendar.timezone", "",
    QT_TRANSLATE_NOOP("Settings", "Depot time zone (empty: this computer's)"), _zone,
)
TURNAROUND_DAYS = settings.define(
    "sla.turnaround_days", 7,
    QT_TRANSLATE_NOOP("Settings", "Depot turnaround: received to shipped (calendar days)"),
    settings.int_range(1, 365),
)


def _time(text: str) -> time:
    hours, minutes = str(text).split(":")
    return time(int(hours), int(minutes))


def working_calendar() -> WorkingCalendar:
    """The depot's working calendar as the settings describe it now."""
    zone_name = str(settings.get(CALENDAR_TIMEZONE.key) or "")
    tz = ZoneInfo(zone_name) if zone_name else clock.current().local_tz()
    return WorkingCalendar(
        mode=settings.get(CALENDAR_MODE.key),
        day_start=_time(settings.get(CALENDAR_DAY_START.key)),
        day_end=_time(settings.get(CALENDAR_DAY_END.key)),
        country=str(settings.get(CALENDAR_COUNTRY.key)),
        extra_holidays=frozenset(
            date.fromisoformat(d) for d in settings.get(CALENDAR_EXTRA_HOLIDAYS.key)
        ),
        extra_workdays=frozenset(
            date.fromisoformat(d) for d in settings.get(CALENDAR_EXTRA_WORKDAYS.key)
        ),
        tz=tz if tz is not None else ZoneInfo("UTC"),
    )


# --------------------------------------------------------------------------- pure part


def pause_spans(
    transitions: Iterable[tuple[datetime, str | None]], now: datetime
) -> list[Pause]:
    """Spans spent in a pausing state, from ``(at, state entered)`` pairs in time order.

    Entries whose state is None (notes, payments) are skipped. Moving between
    two pausing states (approval → payment) keeps one pause running. A pause
    still open at the end is closed at ``now``.
    """
    spans: list[Pause] = []
    started: datetime | None = None
    for at, state in transitions:
        if state is None:
            continue
        if state in PAUSING_STATES:
            if started is None:
                started = at
        elif started is not None:
            spans.append((started, at))
            started = None
    if started is not None:
        spans.append((started, max(started, now)))
    return spans


@dataclass(frozen=True)
class SlaClock:
    """One promise on one RMA as the bench shows it."""

    name: str  # "turnaround" | "fix"
    target: sla.Target
    due: datetime
    left: timedelta  # on the target's own clock; negative when overdue
    status: sla.SlaStatus
    stopped_at: datetime | None  # set once the RMA left the depot's hands


@dataclass(frozen=True)
class RmaSla:
    """All clocks of one RMA; ``status`` is the worst of them."""

    rma_id: int
    number: str
    clocks: tuple[SlaClock, ...]
    paused: bool

    @property
    def status(self) -> sla.SlaStatus:
        order = [sla.SlaStatus.ON_TIME, sla.SlaStatus.DUE_SOON, sla.SlaStatus.OVERDUE]
        return max((c.status for c in self.clocks), key=order.index,
                   default=sla.SlaStatus.ON_TIME)

    @property
    def next_due(self) -> SlaClock | None:
        """The clock with the least time left (what the queue sorts on)."""
        return min(self.clocks, key=lambda c: c.left, default=None)


def targets_for(severity: str, turnaround_days: int = 7) -> list[tuple[str, sla.Target]]:
    """The clocks an RMA of this severity runs: turnaround, and its fix target if any."""
    targets = [("turnaround", sla.Target(timedelta(days=turnaround_days), sla.Basis.CALENDAR))]
    try:
        fix = sla.severity_table()[sla.Severity(severity)].fix
    except ValueError:
        fix = None
    if fix is not None:
        targets.append(("fix", fix))
    return targets


def compute(
    *,
    rma_id: int,
    number: str,
    received_at: datetime,
    severity: str,
    state: str,
    transitions: Sequence[tuple[datetime, str | None]],
    now: datetime,
    calendar: WorkingCalendar,
    turnaround_days: int = 7,
) -> RmaSla:
    """The clocks of one RMA from plain values (the database-free core of `rma_sla`)."""
    stopped_at = None
    if state in _STOP_STATES:
        leaving = [at for at, to in transitions if to in _STOP_STATES]
        stopped_at = leaving[-1] if leaving else now
    at_moment = stopped_at or now
    pauses = pause_spans(transitions, at_moment)
    clocks = []
    for name, target in targets_for(severity, turnaround_days):
        due = sla.deadline(received_at, target, calendar, pauses)
        own_clock = target.clock(calendar)
        left = sla.time_left(due, at_moment, own_clock, pauses)
        status = sla.classify(left, target.amount(calendar))
        clocks.append(SlaClock(name, target, due, left, status, stopped_at))
    return RmaSla(rma_id, number, tuple(clocks), paused=state in PAUSING_STATES)


def turnaround_days() -> int:
    """The depot turnaround target in calendar days (setting)."""
    return int(settings.get(TURNAROUND_DAYS.key))


def state_moves(rma_ids: Sequence[int]) -> dict[int, list[tuple[datetime, str | None]]]:
    """(time, state entered) of every real state change of each RMA, oldest first."""
    out: dict[int, list[tuple[datetime, str | None]]] = {i: [] for i in rma_ids}
    if not rma_ids:
        return out
    query = (
        RmaEvent.select(RmaEvent.rma, RmaEvent.at, RmaEvent.from_state, RmaEvent.to_state)
        .where(RmaEvent.rma.in_(list(rma_ids)))
        .order_by(RmaEvent.at, RmaEvent.id)
        .tuples()
    )
    for rma_id, at, from_state, to_state in query:
        # only real moves count: a note written while waiting keeps the pause going
        if to_state is not None and to_state != from_state:
            out[rma_id].append((at, to_state))
    return out


def rma_sla(rma: Rma | int | str, *, now: datetime | None = None,
            calendar: WorkingCalendar | None = None) -> RmaSla:
    """Deadlines, time left and status of one RMA's clocks."""
    row = get_rma(rma)
    return compute(
        rma_id=row.id, number=row.number, received_at=row.received_at, severity=row.severity,
        state=row.state, transitions=state_moves([row.id])[row.id],
        now=now or clock.now(), calendar=calendar or working_calendar(),
        turnaround_days=turnaround_days(),
    )


def time_left(rma: Rma | int | str, *, now: datetime | None = None) -> timedelta | None:
    """Time left on the RMA's most urgent clock (negative: overdue)."""
    found = rma_sla(rma, now=now).next_due
    return found.left if found else None


def open_slas(*, now: datetime | None = None, limit: int = 5000) -> list[RmaSla]:
    """Clocks of every open RMA (two queries), most urgent first."""
    now = now or clock.now()
    calendar = working_calendar()
    rows = list(
        Rma.select(Rma.id, Rma.number, Rma.received_at, Rma.severity, Rma.state)
        .where(Rma.is_open == True)  # noqa: E712 (peewee expression)
        .order_by(Rma.received_at)
        .limit(limit)
    )
    events = state_moves([r.id for r in rows])
    days = turnaround_days()
    result = [
        compute(rma_id=r.id, number=r.number, received_at=r.received_at, severity=r.severity,
                state=r.state, transitions=events[r.id], now=now, calendar=calendar,
                turnaround_days=days)
        for r in rows
    ]
    return sorted(result, key=lambda s: s.next_due.left if s.next_due else timedelta.max)


def overdue(*, now: datetime | None = None) -> list[RmaSla]:
    """Open RMAs with at least one clock run out, most overdue first."""
    return [s for s in open_slas(now=now) if s.status is sla.SlaStatus.OVERDUE]
