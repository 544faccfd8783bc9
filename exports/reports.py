"""The monthly KPI report (DOMAIN §8): figures for the Reports screen and an .xlsx workbook.

Two layers, so the screen and the workbook can never disagree:

* `monthly_figures(month)` computes everything with aggregate SQL (``GROUP
  BY`` in the database, cursors read as tuples, no model objects) and
  returns a small frozen `MonthlyFigures`; the Reports page charts it.
* `write_monthly_report(month, path)` lays those figures out in a
  write-only workbook, one sheet per topic.

Over 300,000 RMAs the work is a handful of index range scans of one month
(``rma.received_at``, ``rma.shipped_at``, ``rma_event.rma_id``), so time
and memory depend on the month, not on the history.

Definitions, fixed here so the numbers mean the same every month:

* A month is a *local* calendar month of the station (times are stored in
  UTC). RMAs opened in error (cancelled) are not counted as received.
* **Shipped**: the unit left the depot in the month (`Rma.shipped_at`:
  shipped repaired, or returned unrepaired).
* **Turnaround**: received → left, in calendar time, *less the time spent
  waiting on the customer* (quote approval, payment), as DOMAIN §8 says SLA
  clocks pause then. **On time**: turnaround ≤ the target (setting
  ``kpi.turnaround_days``, default 7 calendar days). Rate = on time ÷ shipped.
* **Complaint rate**: complaints received in the month judged attributable
  to the service ÷ RMAs shipped in the month.
* **Satisfaction**: surveys recorded in the month whose three scores average
  at least 4 (`rma.feedback.is_satisfied`) ÷ surveys.
* **Repeat repair**: an RMA received in the month for a unit that an earlier
  RMA shipped repaired within the previous 90 days (``kpi.repeat_days``);
  it counts against the technician of that earlier repair.
"""

from __future__ import annotations

import os
from array import array
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from depot import clock, db, settings
from depot.db import database
from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from depot.models import User
from depot.settings import int_range
from exports.xlsx import (
    Cancelled,
    JobCancelled,
    Progress,
    SheetWriter,
    Style,
    add_styles,
    company,
    money_value,
    save_workbook,
    setup_print,
)
from rma.feedback import SATISFIED_MIN_TOTAL
from rma.states import RmaState

__all__ = [
    "ComplaintLine",
    "FailureRow",
    "MonthlyFigures",
    "PartRow",
    "ShippingRow",
    "TechnicianFigures",
    "month_bounds",
    "monthly_figures",
    "write_monthly_report",
]

TURNAROUND_DAYS = settings.define(
    "kpi.turnaround_days", 7,
    QT_TRANSLATE_NOOP("Settings", "Depot turnaround target (calendar days)"), int_range(1, 90))
ON_TIME_TARGET = settings.define(
    "kpi.on_time_target_pct", 98, QT_TRANSLATE_NOOP("Settings", "On-time rate target (%)"),
    int_range(0, 100))
COMPLAINT_TARGET = settings.define(
    "kpi.complaint_target_pct", 3,
    QT_TRANSLATE_NOOP("Settings", "Complaint rate target, attributable to service (below %)"),
    int_range(0, 100))
SATISFACTION_TARGET = settings.define(
    "kpi.satisfaction_target_pct", 98,
    QT_TRANSLATE_NOOP("Settings", "Satisfaction target (%)"), int_range(0, 100))
REPEAT_DAYS = settings.define(
    "kpi.repeat_days", 90,
    QT_TRANSLATE_NOOP("Settings", "A unit back within this many days is a repeat repair"),
    int_range(1, 365))

#: RMA states in which the clock waits on the customer (DOMAIN §8: SLA clocks pause)
PAUSED_STATES = (RmaState.AWAITING_APPROVAL.value, RmaState.AWAITING_PAYMENT.value)
#: states of an RMA that went back repaired (a repeat of it is a repeat repair)
REPAIRED_STATES = (RmaState.SHIPPED.value, RmaState.CLOSED.value)
#: turnaround histogram: upper bounds in days (the last bucket is "more")
BUCKETS = (1, 2, 3, 5, 7, 10, 14, 21, 30)
_DAY = 86_400.0


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class FailureRow:
    model: str
    model_name: str
    cause: str  # cause code ('' not diagnosed yet)
    cause_label: str
    rmas: int


@dataclass(frozen=True)
class PartRow:
    part_number: str
    name: str
    qty: int
    cost: int


@dataclass(frozen=True)
class ShippingRow:
    key: str
    label: str
    legs: int
    cost: int


@dataclass(frozen=True)
class LoanerClassRow:
    label: str
    loaner_class: int
    days_out: float
    days_available: float
    days_in_service: float
    utilisation: float | None


@dataclass(frozen=True)
class ComplaintLine:
    number: str
    rma: str
    received_at: datetime
    description: str
    attributable: bool | None
    resolution: str
    closed_at: datetime | None


@dataclass(frozen=True)
class TechnicianFigures:
    name: str
    completed: int
    on_time: int
    median_days: float | None
    surveys: int
    satisfied: int
    mean_score: float | None
    repeats: int

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.surveys if self.surveys else None


@dataclass(frozen=True)
class MonthlyFigures:
    """Everything the monthly report and the Reports screen show for one month."""

    month: date  # the first day
    currency: str
    received: int
    shipped: int
    received_by_day: tuple[int, ...]
    shipped_by_day: tuple[int, ...]
    received_by_coverage: tuple[tuple[str, int], ...]
    shipped_unrepaired: int
    turnaround_days: int
    on_time: int
    median_days: float | None
    turnaround_buckets: tuple[int, ...]  # len(BUCKETS) + 1
    complaints: int
    complaints_attributable: int
    complaints_unjudged: int
    complaint_lines: tuple[ComplaintLine, ...]
    surveys: int
    satisfied: int
    mean_staff: float | None
    mean_quality: float | None
    mean_speed: float | None
    score_counts: tuple[tuple[int, ...], ...]  # staff, quality, speed × scores 1..5
    failures: tuple[FailureRow, ...]
    parts: tuple[PartRow, ...]
    shipping_by_payer: tuple[ShippingRow, ...]
    shipping_by_leg: tuple[ShippingRow, ...]
    loaner_classes: tuple[LoanerClassRow, ...]
    loaners_overdue: int
    technicians: tuple[TechnicianFigures, ...]
    on_time_target: float
    complaint_target: float
    satisfaction_target: float
    notes: tuple[str, ...] = field(default=())

    @property
    def days(self) -> int:
        return len(self.received_by_day)

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.shipped if self.shipped else None

    @property
    def complaint_rate(self) -> float | None:
        return self.complaints_attributable / self.shipped if self.shipped else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.surveys if self.surveys else None

    @property
    def parts_cost(self) -> int:
        return sum(p.cost for p in self.parts)

    @property
    def shipping_cost(self) -> int:
        return sum(r.cost for r in self.shipping_by_payer)

    def on_time_met(self) -> bool | None:
        rate = self.on_time_rate
        return None if rate is None else rate >= self.on_time_target

    def complaint_met(self) -> bool | None:
        rate = self.complaint_rate
        return None if rate is None else rate < self.complaint_target

    def satisfaction_met(self) -> bool | None:
        rate = self.satisfaction_rate
        return None if rate is None else rate >= self.satisfaction_target


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The local calendar month of `month` as a UTC half-open interval [start, end)."""
    if isinstance(month, datetime) or not isinstance(month, date):
        raise ValidationError(translate("Errors", "Choose a month."))
    tz = clock.current().local_tz() or UTC
    first = month.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    start = datetime.combine(first, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(nxt, time.min, tzinfo=tz).astimezone(UTC)
    return start, end


class _Sql:
    """The few expressions that differ between SQLite and PostgreSQL."""

    def __init__(self, start: datetime) -> None:
        self.pg = db.is_postgres()
        self.p = "%s" if self.pg else "?"
        tz = clock.current().local_tz() or UTC
        #: the station's UTC offset at the month's start (China keeps one all year)
        self.offset = int((start.astimezone(tz).utcoffset() or timedelta(0)).total_seconds())

    def ts(self, moment: datetime) -> Any:
        naive = moment.astimezone(UTC).replace(tzinfo=None)
        return naive if self.pg else str(naive)

    def seconds(self, later: str, earlier: str) -> str:
        if self.pg:
            return f"EXTRACT(EPOCH FROM ({later} - {earlier}))"
        return f"((julianday({later}) - julianday({earlier})) * 86400.0)"

    def local_day(self, column: str) -> str:
        if self.pg:
            return f"CAST(EXTRACT(DAY FROM {column} + interval '{self.offset} seconds') AS INTEGER)"
        return f"CAST(strftime('%d', {column}, '{self.offset:+d} seconds') AS INTEGER)"

    def minus_days(self, column: str, days: int) -> str:
        if self.pg:
            return f"({column} - interval '{int(days)} days')"
        return f"datetime({column}, '-{int(days)} days')"


def _rows(sql: str, params: Sequence[Any]) -> Any:
    """Iterate a query's rows as plain tuples."""
    return database.execute_sql(sql, tuple(params))


def _median(values: Sequence[float]) -> float | None:
    n = len(values)
    if n == 0:
        return None
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


def _pct(key: str) -> float:
    return int(settings.get(key)) / 100


def monthly_figures(
    month: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MonthlyFigures:
    """All figures of the local calendar month containing `month`."""
    start, end = month_bounds(month)
    first = month.replace(day=1)
    last = first.replace(day=monthrange(first.year, first.month)[1])
    q = _Sql(start)
    s, e = q.ts(start), q.ts(end)
    steps = 9

    def step(n: int) -> None:
        if cancelled is not None and cancelled():
            raise JobCancelled
        if progress is not None:
            progress(n, steps)

    step(0)
    ndays = last.day
    cancelled_state = RmaState.CANCELLED.value
    received_by_day = [0] * ndays
    for day, count in _rows(
        f"SELECT {q.local_day('received_at')}, COUNT(*) FROM rma WHERE received_at >= {q.p} "
        f"AND received_at < {q.p} AND state <> {q.p} GROUP BY 1", (s, e, cancelled_state)
    ):
        received_by_day[int(day) - 1] += int(count)
    shipped_by_day = [0] * ndays
    unrepaired = 0
    for day, state, count in _rows(
        f"SELECT {q.local_day('shipped_at')}, state, COUNT(*) FROM rma WHERE shipped_at >= {q.p}"
        f" AND shipped_at < {q.p} GROUP BY 1, 2", (s, e)
    ):
        shipped_by_day[int(day) - 1] += int(count)
        if state not in REPAIRED_STATES:
            unrepaired += int(count)
    by_coverage = tuple(
        (str(cov), int(n)) for cov, n in _rows(
            f"SELECT coverage, COUNT(*) FROM rma WHERE received_at >= {q.p} AND received_at < "
            f"{q.p} AND state <> {q.p} GROUP BY coverage ORDER BY coverage",
            (s, e, cancelled_state))
    )
    step(1)

    turnaround = int(settings.get(TURNAROUND_DAYS.key))
    on_time, all_days, per_tech, buckets = _turnaround(q, s, e, turnaround)
    all_days_sorted = array("d", sorted(all_days))
    step(2)

    complaints, attributable, unjudged, complaint_lines = _complaints(q, s, e)
    step(3)
    surveys, satisfied, means, score_counts, tech_surveys = _surveys(q, s, e)
    step(4)
    failures = _failures(q, s, e, cancelled_state)
    step(5)
    from inventory.reports import consumption_by_part

    parts = tuple(PartRow(r.part_number or r.key, r.name, r.qty, r.value)
                  for r in consumption_by_part(first, last))
    step(6)
    from rma import shipping_reports as ship

    by_payer = tuple(ShippingRow(r.key, r.label, r.legs, r.cost)
                     for r in ship.cost_by_payer(first, last))
    by_leg = tuple(ShippingRow(r.key, r.label, r.legs, r.cost)
                   for r in ship.cost_by_leg(first, last))
    notes: list[str] = []
    if first <= clock.today() <= last:
        notes.append(translate("Reports", "The month is not over yet: figures up to {day}.")
                     .format(day=clock.today().isoformat()))
    loaner_classes: tuple[LoanerClassRow, ...] = ()
    if start < clock.now():
        util = ship.loaner_utilisation(first, last)
        loaner_classes = tuple(
            LoanerClassRow(r.key, r.loaner_class, r.days_out, r.days_available,
                           r.days_in_service, r.utilisation) for r in util.classes)
    overdue = len(ship.overdue_loans())
    step(7)
    repeats = _repeats(q, s, e, int(settings.get(REPEAT_DAYS.key)))
    technicians = _technicians(per_tech, tech_surveys, repeats)
    step(8)

    figures = MonthlyFigures(
        month=first, currency=str(settings.get("money.currency")),
        received=sum(received_by_day), shipped=sum(shipped_by_day),
        received_by_day=tuple(received_by_day), shipped_by_day=tuple(shipped_by_day),
        received_by_coverage=by_coverage, shipped_unrepaired=unrepaired,
        turnaround_days=turnaround, on_time=on_time,
        median_days=_median(all_days_sorted), turnaround_buckets=tuple(buckets),
        complaints=complaints, complaints_attributable=attributable,
        complaints_unjudged=unjudged, complaint_lines=complaint_lines,
        surveys=surveys, satisfied=satisfied, mean_staff=means[0], mean_quality=means[1],
        mean_speed=means[2], score_counts=score_counts, failures=failures, parts=parts,
        shipping_by_payer=by_payer, shipping_by_leg=by_leg, loaner_classes=loaner_classes,
        loaners_overdue=overdue, technicians=technicians,
        on_time_target=_pct(ON_TIME_TARGET.key), complaint_target=_pct(COMPLAINT_TARGET.key),
        satisfaction_target=_pct(SATISFACTION_TARGET.key), notes=tuple(notes),
    )
    step(9)
    return figures


def _turnaround(
    q: _Sql, s: Any, e: Any, target_days: int
) -> tuple[int, array, dict[int | None, tuple[int, int, float | None]], list[int]]:
    """One pass over the month's shipped RMAs, sorted by technician then turnaround.

    Returns (on time, every turnaround in days, per technician (completed, on
    time, median days), histogram). Only one technician's values are held at
    a time for the median; the overall list is a compact float array.
    """
    waited = q.seconds("next_at", "at")
    gross = q.seconds("s.shipped_at", "s.received_at")
    # Each event that entered a waiting state ends at the next state event of
    # its RMA; one indexed probe per waiting event (rma_event_timeline covers
    # it) instead of a window over every event of every RMA shipped. CROSS
    # JOIN makes SQLite start from the month's RMAs, never from the history.
    sql = f"""
        WITH s AS (
            SELECT id, technician_id, received_at, shipped_at FROM rma
            WHERE shipped_at >= {q.p} AND shipped_at < {q.p}
        ), w AS (
            SELECT e.rma_id, e.at, (
                SELECT MIN(n.at) FROM rma_event n
                WHERE n.rma_id = e.rma_id AND n.to_state IS NOT NULL AND n.at >= e.at
                  AND (n.at > e.at OR n.id > e.id)
            ) AS next_at
            FROM s CROSS JOIN rma_event e
            WHERE e.rma_id = s.id AND e.to_state IN ({q.p}, {q.p})
        ), p AS (
            SELECT rma_id, SUM({waited}) AS waited FROM w
            WHERE next_at IS NOT NULL GROUP BY rma_id
        )
        SELECT s.technician_id, {gross} - COALESCE(p.waited, 0) AS net
        FROM s LEFT JOIN p ON p.rma_id = s.id
        ORDER BY s.technician_id, net
    """
    limit = target_days * _DAY + 0.5  # half a second of float rounding is still on time
    on_time = 0
    values = array("d")
    buckets = [0] * (len(BUCKETS) + 1)
    per_tech: dict[int | None, tuple[int, int, float | None]] = {}
    current: int | object | None = object()
    group: list[float] = []
    group_on_time = 0

    def close_group() -> None:
        if group:
            per_tech[current] = (len(group), group_on_time, _median(group))  # type: ignore[index]

    for tech, net in _rows(sql, (s, e, *PAUSED_STATES)):
        seconds = max(0.0, float(net or 0))
        if tech != current:
            close_group()
            current, group, group_on_time = tech, [], 0
        days = seconds / _DAY
        group.append(days)
        values.append(days)
        if seconds <= limit:
            on_time += 1
            group_on_time += 1
        for i, bound in enumerate(BUCKETS):
            if days <= bound:
                buckets[i] += 1
                break
        else:
            buckets[-1] += 1
    close_group()
    return on_time, values, per_tech, buckets


def _complaints(q: _Sql, s: Any, e: Any) -> tuple[int, int, int, tuple[ComplaintLine, ...]]:
    from rma.signoff_models import Complaint

    total = attributable = unjudged = 0
    for judged, n in _rows(
        f"SELECT attributable, COUNT(*) FROM complaint WHERE received_at >= {q.p} AND "
        f"received_at < {q.p} GROUP BY attributable", (s, e)
    ):
        total += int(n)
        if judged is None:
            unjudged += int(n)
        elif bool(judged):
            attributable += int(n)
    lines = tuple(
        ComplaintLine(number, rma, Complaint.received_at.python_value(at), text or "",
                      None if judged is None else bool(judged), resolution or "",
                      Complaint.closed_at.python_value(closed))
        for number, rma, at, text, judged, resolution, closed in _rows(
            f"SELECT c.number, r.number, c.received_at, c.description, c.attributable, "
            f"c.resolution, c.closed_at FROM complaint c JOIN rma r ON r.id = c.rma_id "
            f"WHERE c.received_at >= {q.p} AND c.received_at < {q.p} "
            f"ORDER BY c.received_at, c.id LIMIT 5000", (s, e))
    )
    return total, attributable, unjudged, lines


def _surveys(q: _Sql, s: Any, e: Any) -> tuple[
        int, int, tuple[float | None, ...], tuple[tuple[int, ...], ...],
        dict[int | None, tuple[int, int, float]]]:
    where = f"recorded_at >= {q.p} AND recorded_at < {q.p}"
    ok = f"CASE WHEN staff + quality + speed >= {SATISFIED_MIN_TOTAL} THEN 1 ELSE 0 END"
    row = next(iter(_rows(
        f"SELECT COUNT(*), COALESCE(SUM({ok}), 0), AVG(staff * 1.0), AVG(quality * 1.0), "
        f"AVG(speed * 1.0) FROM survey WHERE {where}", (s, e))))
    surveys, satisfied = int(row[0]), int(row[1])
    means = tuple(None if v is None else float(v) for v in row[2:5])
    counts: list[tuple[int, ...]] = []
    for column in ("staff", "quality", "speed"):
        per = [0] * 5
        for score, n in _rows(f"SELECT {column}, COUNT(*) FROM survey WHERE {where} "
                              f"GROUP BY {column}", (s, e)):
            per[int(score) - 1] = int(n)
        counts.append(tuple(per))
    per_tech = {
        tech: (int(n), int(sat), float(mean))
        for tech, n, sat, mean in _rows(
            f"SELECT r.technician_id, COUNT(*), SUM({ok}), "
            f"AVG((staff + quality + speed) / 3.0) FROM survey JOIN rma r ON r.id = "
            f"survey.rma_id WHERE survey.recorded_at >= {q.p} AND survey.recorded_at < {q.p} "
            f"GROUP BY r.technician_id", (s, e))
    }
    return surveys, satisfied, means, tuple(counts), per_tech


def _failures(q: _Sql, s: Any, e: Any, cancelled_state: str) -> tuple[FailureRow, ...]:
    from rma.diagnosis import cause_codes

    labels = {c.code: (f"{c.label} / {c.label_zh}" if c.label_zh else c.label)
              for c in cause_codes()}
    not_yet = translate("Reports", "not diagnosed yet")
    rows = _rows(
        f"SELECT m.code, m.name, COALESCE(d.cause_code, ''), COUNT(*) FROM rma r "
        f"JOIN unit u ON u.id = r.unit_id JOIN product_model m ON m.id = u.model_id "
        f"LEFT JOIN diagnosis d ON d.rma_id = r.id "
        f"WHERE r.received_at >= {q.p} AND r.received_at < {q.p} AND r.state <> {q.p} "
        f"GROUP BY m.code, m.name, COALESCE(d.cause_code, '') "
        f"ORDER BY m.code, COUNT(*) DESC", (s, e, cancelled_state))
    return tuple(
        FailureRow(code, name, cause, labels.get(cause, cause) if cause else not_yet, int(n))
        for code, name, cause, n in rows
    )


def _repeats(q: _Sql, s: Any, e: Any, days: int) -> dict[int | None, int]:
    """Repeat repairs per technician of the earlier repair (see the module docstring)."""
    sql = (
        f"SELECT p.technician_id, COUNT(DISTINCT r.id) FROM rma r "
        f"JOIN rma p ON p.unit_id = r.unit_id AND p.id <> r.id "
        f"WHERE r.received_at >= {q.p} AND r.received_at < {q.p} "
        f"AND p.shipped_at IS NOT NULL AND p.shipped_at < r.received_at "
        f"AND p.shipped_at >= {q.minus_days('r.received_at', days)} "
        f"AND p.state IN ({q.p}, {q.p}) GROUP BY p.technician_id"
    )
    return {tech: int(n) for tech, n in _rows(sql, (s, e, *REPAIRED_STATES))}


def _technicians(
    shipped: dict[int | None, tuple[int, int, float | None]],
    surveys: dict[int | None, tuple[int, int, float]],
    repeats: dict[int | None, int],
) -> tuple[TechnicianFigures, ...]:
    ids = {i for i in (*shipped, *surveys, *repeats) if i is not None}
    names = dict(User.select(User.id, User.name).where(User.id.in_(list(ids))).tuples()) \
        if ids else {}
    unassigned = translate("Reports", "(no technician)")
    out = []
    for tech in sorted(set(shipped) | set(surveys) | set(repeats),
                       key=lambda t: (t is None, names.get(t, "") if t else "")):
        done, in_time, median = shipped.get(tech, (0, 0, None))
        n, sat, mean = surveys.get(tech, (0, 0, None))  # type: ignore[arg-type]
        out.append(TechnicianFigures(
            name=names.get(tech, "?") if tech is not None else unassigned,
            completed=done, on_time=in_time, median_days=median, surveys=n, satisfied=sat,
            mean_score=mean, repeats=repeats.get(tech, 0)))
    return tuple(out)


# --------------------------------------------------------------------------- workbook


def _yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return translate("Reports", "yes") if value else translate("Reports", "no")


def _title(ws_writer: SheetWriter, title: str, figures: MonthlyFigures) -> None:
    who = company()
    ws_writer.write_row([who.name], Style.COMPANY, height=18)
    ws_writer.write_row([title], Style.TITLE, height=24)
    ws_writer.write_row([translate("Reports", "Month {month}").format(
        month=figures.month.strftime("%Y-%m"))], Style.SMALL)
    ws_writer.blank()


def _sheet(wb: Workbook, name: str, widths: Sequence[float], figures: MonthlyFigures,
           title: str, *, landscape: bool = False) -> SheetWriter:
    ws = wb.create_sheet(name[:31])
    w = SheetWriter(ws, widths)
    setup_print(ws, landscape=landscape, footer=f"{company().name} · "
                f"{figures.month.strftime('%Y-%m')}")
    _title(w, title, figures)
    return w


def _header(w: SheetWriter, captions: Sequence[str]) -> int:
    row = w.write_row(list(captions), Style.HEADER)
    return row


def write_monthly_report(
    month: date | MonthlyFigures,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Write the monthly report workbook to `path` and return the path.

    Figures first (most of the time), then one write-only sheet per topic;
    saved atomically. Pass a `MonthlyFigures` to write figures already
    computed for the screen.
    """
    total = 20

    def report(n: int) -> None:
        if cancelled is not None and cancelled():
            raise JobCancelled
        if progress is not None:
            progress(n, total)

    if isinstance(month, MonthlyFigures):
        figures = month
    else:
        figures = monthly_figures(month, progress=lambda d, t: report(d), cancelled=cancelled)
    report(10)
    wb = Workbook(write_only=True)
    add_styles(wb, figures.currency)
    writers: list[Callable[[Workbook, MonthlyFigures], None]] = [
        _summary_sheet, _rma_sheet, _on_time_sheet, _complaint_sheet, _satisfaction_sheet,
        _failure_sheet, _parts_sheet, _shipping_sheet, _loaner_sheet, _technician_sheet,
    ]
    for n, writer in enumerate(writers, start=11):
        writer(wb, figures)
        report(n - 1)
    target = save_workbook(wb, Path(path), cancelled)
    report(total)
    return target


def _summary_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Summary"), (44, 16, 16, 12), f,
               translate("Reports", "Monthly service report"))
    _header(w, [translate("Reports", "Measure"), translate("Reports", "Value"),
                translate("Reports", "Target"), translate("Reports", "Met")])
    P, N, C = Style.PERCENT, Style.INT, Style.CELL
    T = Style.CELL_CENTER
    rows: list[tuple[str, Any, str, Any, str | None, str]] = [
        (translate("Reports", "RMAs received"), f.received, N, None, None, ""),
        (translate("Reports", "RMAs shipped"), f.shipped, N, None, None, ""),
        (translate("Reports", "On-time rate (≤ {n} days)").format(n=f.turnaround_days),
         f.on_time_rate, P, f"≥ {f.on_time_target:.0%}", T, _yes_no(f.on_time_met())),
        (translate("Reports", "Complaint rate (attributable to service)"), f.complaint_rate, P,
         f"< {f.complaint_target:.0%}", T, _yes_no(f.complaint_met())),
        (translate("Reports", "Satisfaction"), f.satisfaction_rate, P,
         f"≥ {f.satisfaction_target:.0%}", T, _yes_no(f.satisfaction_met())),
        (translate("Reports", "Median turnaround (days)"), f.median_days, Style.DECIMAL, None,
         None, ""),
        (translate("Reports", "Surveys"), f.surveys, N, None, None, ""),
        (translate("Reports", "Complaints"), f.complaints, N, None, None, ""),
        (translate("Reports", "Parts consumed at cost"), money_value(f.parts_cost, f.currency),
         Style.MONEY, None, None, ""),
        (translate("Reports", "Shipping cost"), money_value(f.shipping_cost, f.currency),
         Style.MONEY, None, None, ""),
        (translate("Reports", "Loaners overdue now"), f.loaners_overdue, N, None, None, ""),
    ]
    for label, value, vstyle, target, tstyle, met in rows:
        w.write_row([label, value if value is not None else "—", target, met],
                    [C, vstyle if value is not None else C, tstyle or C, Style.CELL_CENTER])
    w.blank()
    for note in f.notes:
        w.write_row([note], Style.SMALL)
    w.write_row([translate("Reports", "On time: received to shipped within the target, in "
                           "calendar days, less the time waiting on the customer (quote "
                           "approval, payment).")], Style.SMALL)
    w.write_row([translate("Reports", "Satisfied: the survey's three scores average 4 or "
                           "more.")], Style.SMALL)


def _rma_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "RMAs"), (14, 12, 12), f,
               translate("Reports", "RMAs received and shipped"))
    header = _header(w, [translate("Reports", "Date"), translate("Reports", "Received"),
                         translate("Reports", "Shipped")])
    for day in range(f.days):
        w.write_row([f.month + timedelta(days=day), f.received_by_day[day],
                     f.shipped_by_day[day]], [Style.DATE, Style.INT, Style.INT])
    last = w.row
    w.write_row([translate("Reports", "Total"), f.received, f.shipped],
                [Style.TOTAL_LABEL, Style.TOTAL_INT, Style.TOTAL_INT])
    w.blank()
    w.write_row([translate("Reports", "Shipped unrepaired (returned)"), None,
                 f.shipped_unrepaired], [Style.LABEL, None, Style.PLAIN_INT])
    w.blank()
    _header(w, [translate("Reports", "Coverage"), translate("Reports", "Received")])
    from rma.payer_rules import coverage_label

    for coverage, n in f.received_by_coverage:
        w.write_row([coverage_label(coverage), n], [Style.CELL, Style.INT])
    chart = BarChart()
    chart.type = "col"
    chart.title = translate("Reports", "RMAs per day")
    chart.height, chart.width = 7.5, 16
    data = Reference(w.ws, min_col=2, min_row=header, max_col=3, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(w.ws, min_col=1, min_row=header + 1, max_row=last))
    chart.x_axis.number_format = "dd"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    w.ws.add_chart(chart, "E5")


def _on_time_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "On time"), (30, 14), f,
               translate("Reports", "On-time rate"))
    w.write_row([translate("Reports", "Shipped"), f.shipped], [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "On time (≤ {n} days)").format(n=f.turnaround_days),
                 f.on_time], [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Late"), f.shipped - f.on_time],
                [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "On-time rate"), f.on_time_rate],
                [Style.LABEL, Style.PLAIN_PERCENT])
    w.write_row([translate("Reports", "Target"), f.on_time_target],
                [Style.LABEL, Style.PLAIN_PERCENT])
    w.blank()
    _header(w, [translate("Reports", "Turnaround (days)"), translate("Reports", "RMAs")])
    lower = 0
    for bound, n in zip((*BUCKETS, None), f.turnaround_buckets, strict=True):
        label = (translate("Reports", "more than {n}").format(n=lower) if bound is None
                 else f"{lower}–{bound}" if lower else f"≤ {bound}")
        w.write_row([label, n], [Style.CELL, Style.INT])
        lower = bound or lower


def _complaint_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Complaints"), (16, 16, 17, 40, 12, 36, 17), f,
               translate("Reports", "Complaints"), landscape=True)
    w.write_row([translate("Reports", "Complaints"), f.complaints],
                [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Attributable to service"), f.complaints_attributable],
                [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Not judged yet"), f.complaints_unjudged],
                [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Complaint rate"), f.complaint_rate],
                [Style.LABEL, Style.PLAIN_PERCENT])
    w.blank()
    _header(w, [translate("Reports", "Complaint"), translate("Reports", "RMA"),
                translate("Reports", "Received"), translate("Reports", "Description"),
                translate("Reports", "Attributable"), translate("Reports", "Resolution"),
                translate("Reports", "Closed")])
    for c in f.complaint_lines:
        w.write_row([c.number, c.rma, c.received_at, c.description, _yes_no(c.attributable),
                     c.resolution, c.closed_at or ""],
                    [Style.CELL, Style.CELL, Style.DATETIME, Style.CELL_WRAP,
                     Style.CELL_CENTER, Style.CELL_WRAP, Style.DATETIME])


def _satisfaction_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Satisfaction"), (20, 12, 12, 12), f,
               translate("Reports", "Satisfaction surveys"))
    w.write_row([translate("Reports", "Surveys"), f.surveys], [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Satisfied"), f.satisfied],
                [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Satisfaction"), f.satisfaction_rate],
                [Style.LABEL, Style.PLAIN_PERCENT])
    w.blank()
    _header(w, [translate("Reports", "Score"), translate("Reports", "Staff"),
                translate("Reports", "Quality"), translate("Reports", "Speed")])
    for score in range(5, 0, -1):
        w.write_row([score] + [f.score_counts[d][score - 1] for d in range(3)],
                    [Style.CELL_CENTER, Style.INT, Style.INT, Style.INT])
    w.write_row([translate("Reports", "Mean"), f.mean_staff, f.mean_quality, f.mean_speed],
                [Style.TOTAL_LABEL] + [Style.DECIMAL] * 3)


def _failure_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Failures"), (16, 30, 36, 10), f,
               translate("Reports", "Failures by model and cause"))
    _header(w, [translate("Reports", "Model"), translate("Reports", "Model name"),
                translate("Reports", "Cause"), translate("Reports", "RMAs")])
    for r in f.failures:
        w.write_row([r.model, r.model_name, r.cause_label, r.rmas],
                    [Style.CELL, Style.CELL, Style.CELL, Style.INT])
    w.write_row([translate("Reports", "Total"), None, None, sum(r.rmas for r in f.failures)],
                [Style.TOTAL_LABEL, Style.TOTAL_LABEL, Style.TOTAL_LABEL, Style.TOTAL_INT])


def _parts_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Parts"), (18, 36, 10, 14), f,
               translate("Reports", "Parts consumption at cost"))
    _header(w, [translate("Reports", "Part no."), translate("Reports", "Name"),
                translate("Reports", "Qty"),
                translate("Reports", "Cost ({currency})").format(currency=f.currency)])
    for p in f.parts:
        w.write_row([p.part_number, p.name, p.qty, money_value(p.cost, f.currency)],
                    [Style.CELL, Style.CELL, Style.INT, Style.MONEY])
    w.write_row([translate("Reports", "Total"), None, sum(p.qty for p in f.parts),
                 money_value(f.parts_cost, f.currency)],
                [Style.TOTAL_LABEL, Style.TOTAL_LABEL, Style.TOTAL_INT, Style.TOTAL_MONEY])
    w.write_row([translate("Reports", "Issued to repairs and advance exchanges, less returns, "
                           "at the cost on the stock ledger.")], Style.SMALL)


def _shipping_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Shipping"), (26, 10, 14), f,
               translate("Reports", "Shipping cost by payer"))
    cost = translate("Reports", "Cost ({currency})").format(currency=f.currency)
    for caption, rows in ((translate("Reports", "Payer"), f.shipping_by_payer),
                          (translate("Reports", "Leg"), f.shipping_by_leg)):
        _header(w, [caption, translate("Reports", "Legs"), cost])
        for r in rows:
            w.write_row([r.label, r.legs, money_value(r.cost, f.currency)],
                        [Style.CELL, Style.INT, Style.MONEY])
        w.write_row([translate("Reports", "Total"), sum(r.legs for r in rows),
                     money_value(sum(r.cost for r in rows), f.currency)],
                    [Style.TOTAL_LABEL, Style.TOTAL_INT, Style.TOTAL_MONEY])
        w.blank()


def _loaner_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Loaners"), (16, 14, 16, 16, 14), f,
               translate("Reports", "Loaner utilisation"))
    _header(w, [translate("Reports", "Class"), translate("Reports", "Days out"),
                translate("Reports", "Days available"), translate("Reports", "Days in service"),
                translate("Reports", "Utilisation")])
    for r in f.loaner_classes:
        w.write_row([r.label, r.days_out, r.days_available, r.days_in_service,
                     r.utilisation if r.utilisation is not None else "—"],
                    [Style.CELL, Style.DECIMAL, Style.DECIMAL, Style.DECIMAL,
                     Style.PERCENT if r.utilisation is not None else Style.CELL])
    w.blank()
    w.write_row([translate("Reports", "Loaners overdue now"), f.loaners_overdue],
                [Style.LABEL, Style.PLAIN_INT])
    w.write_row([translate("Reports", "Utilisation: days out ÷ days in the pool (out or "
                           "available).")], Style.SMALL)


def _technician_sheet(wb: Workbook, f: MonthlyFigures) -> None:
    w = _sheet(wb, translate("Reports", "Technicians"), (22, 12, 12, 14, 10, 14, 14), f,
               translate("Reports", "Per technician"), landscape=True)
    _header(w, [translate("Reports", "Technician"), translate("Reports", "Completed"),
                translate("Reports", "On time"), translate("Reports", "Median days"),
                translate("Reports", "Surveys"), translate("Reports", "Satisfaction"),
                translate("Reports", "Repeat repairs ({n} days)").format(
                    n=settings.get(REPEAT_DAYS.key))])
    for t in f.technicians:
        w.write_row([t.name, t.completed, t.on_time, t.median_days if t.median_days is not None
                     else "—", t.surveys, t.satisfaction_rate if t.surveys else "—", t.repeats],
                    [Style.CELL, Style.INT, Style.INT,
                     Style.DECIMAL if t.median_days is not None else Style.CELL_CENTER,
                     Style.INT, Style.PERCENT if t.surveys else Style.CELL_CENTER, Style.INT])
