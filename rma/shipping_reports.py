"""Reports: shipping cost by payer, by leg and by month; loaner utilisation; overdue loans.

Why these: DOMAIN §5 asks for shipping cost totals by payer and month (what
did couriers cost the depot, what was billed on), and §6 for overdue
loaners; utilisation tells the manager whether the pool is too small (loaners
always out, customers waiting) or too big (capital idle on the shelf).

Each shipping figure is one aggregate query over the legs recorded in the
period (by the day the leg was recorded, in the station's local time). Money
stays integer minor units. The exports layer turns the rows into sheets; the
headers here are translatable.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import peewee as pw

from depot import clock, db
from depot.errors import ValidationError
from depot.i18n import QT_TRANSLATE_NOOP, translate
from inventory import loaners as pool
from inventory.loaner_models import Loaner
from rma.loans import LoanView, overdue
from rma.payer_rules import leg_label, payer_label
from rma.shipping_models import ShippingLeg

__all__ = [
    "CostRow",
    "MonthRow",
    "UtilisationReport",
    "UtilisationRow",
    "cost_by_leg",
    "cost_by_month",
    "cost_by_payer",
    "headers",
    "loaner_utilisation",
    "overdue_loans",
]

_HEADERS = {
    "payer": QT_TRANSLATE_NOOP("Reports", "Payer"),
    "leg": QT_TRANSLATE_NOOP("Reports", "Leg"),
    "month": QT_TRANSLATE_NOOP("Reports", "Month"),
    "legs": QT_TRANSLATE_NOOP("Reports", "Legs"),
    "cost": QT_TRANSLATE_NOOP("Reports", "Cost"),
    "loaner": QT_TRANSLATE_NOOP("Reports", "Loaner"),
    "class": QT_TRANSLATE_NOOP("Reports", "Class"),
    "days_out": QT_TRANSLATE_NOOP("Reports", "Days out"),
    "days_available": QT_TRANSLATE_NOOP("Reports", "Days available"),
    "days_in_service": QT_TRANSLATE_NOOP("Reports", "Days in service"),
    "utilisation": QT_TRANSLATE_NOOP("Reports", "Utilisation"),
}


def headers(*keys: str) -> list[str]:
    """Translated column headers for a report's columns."""
    return [translate("Reports", _HEADERS[k]) for k in keys]


# --------------------------------------------------------------------------- period


def _bounds(since: date, until: date) -> tuple[datetime, datetime]:
    """[since, until] as local calendar days, turned into a UTC half-open interval."""
    for value in (since, until):
        if isinstance(value, datetime) or not isinstance(value, date):
            raise ValidationError(translate("Errors", "A report period is given in dates."))
    if until < since:
        raise ValidationError(translate("Errors", "The period must end after it starts."))
    tz = clock.current().local_tz() or UTC
    start = datetime.combine(since, time.min, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=tz).astimezone(UTC)
    return start, end


def _in_period(since: date, until: date) -> pw.Expression:
    start, end = _bounds(since, until)
    return (ShippingLeg.created_at >= start) & (ShippingLeg.created_at < end)


# --------------------------------------------------------------------------- shipping cost


@dataclass(frozen=True)
class CostRow:
    """One group: its key (payer or leg direction), a label to show, legs, total cost."""

    key: str
    label: str
    legs: int
    cost: int


def cost_by_payer(since: date, until: date) -> list[CostRow]:
    """Shipping cost per payer (customer, depot) over the period; one query."""
    query = (
        ShippingLeg.select(ShippingLeg.payer, pw.fn.COUNT(ShippingLeg.id),
                           pw.fn.COALESCE(pw.fn.SUM(ShippingLeg.cost), 0))
        .where(_in_period(since, until))
        .group_by(ShippingLeg.payer)
        .order_by(ShippingLeg.payer)
    )
    return [CostRow(k, payer_label(k), int(n), int(c)) for k, n, c in query.tuples()]


def cost_by_leg(since: date, until: date) -> list[CostRow]:
    """Shipping cost per leg direction over the period; one query."""
    query = (
        ShippingLeg.select(ShippingLeg.direction, pw.fn.COUNT(ShippingLeg.id),
                           pw.fn.COALESCE(pw.fn.SUM(ShippingLeg.cost), 0))
        .where(_in_period(since, until))
        .group_by(ShippingLeg.direction)
        .order_by(ShippingLeg.direction)
    )
    return [CostRow(k, leg_label(k), int(n), int(c)) for k, n, c in query.tuples()]


@dataclass(frozen=True)
class MonthRow:
    """One month (local, ``YYYY-MM``) and payer: legs and total cost."""

    month: str
    payer: str
    payer_label: str
    legs: int
    cost: int


def _month_expr() -> pw.Node:
    """The leg's local month as 'YYYY-MM', computed by the database.

    Times are stored as naive UTC; the station's current UTC offset moves
    them to local time first (China has no daylight saving, so one offset
    holds for the whole period).
    """
    tz = clock.current().local_tz() or UTC
    offset = int((clock.now().astimezone(tz).utcoffset() or timedelta(0)).total_seconds())
    if db.is_postgres():
        return pw.fn.to_char(
            ShippingLeg.created_at + pw.SQL(f"interval '{offset} seconds'"), "YYYY-MM")
    return pw.fn.strftime("%Y-%m", ShippingLeg.created_at, f"{offset:+d} seconds")


def cost_by_month(since: date, until: date) -> list[MonthRow]:
    """Shipping cost per month and payer over the period; one query."""
    month = _month_expr()
    query = (
        ShippingLeg.select(month.alias("month"), ShippingLeg.payer,
                           pw.fn.COUNT(ShippingLeg.id),
                           pw.fn.COALESCE(pw.fn.SUM(ShippingLeg.cost), 0))
        .where(_in_period(since, until))
        # by position: on PostgreSQL the month expression carries bound parameters, and
        # the server cannot tell that two copies of it (SELECT, GROUP BY) are the same
        .group_by(pw.SQL("1"), ShippingLeg.payer)
        .order_by(pw.SQL("1"), ShippingLeg.payer)
    )
    return [MonthRow(str(m), p, payer_label(p), int(n), int(c)) for m, p, n, c in query.tuples()]


# --------------------------------------------------------------------------- loaners


@dataclass(frozen=True)
class UtilisationRow:
    """Days (fractional) a loaner — or a whole class — spent in each status.

    ``utilisation`` is days out ÷ days in the pool (out + available): how
    much of the time it could be lent, it was. None when it was never in the
    pool during the period (in service or retired throughout, or not yet bought).
    """

    key: str  # loaner code, or "class 2"
    loaner_class: int
    days_out: float
    days_available: float
    days_in_service: float

    @property
    def utilisation(self) -> float | None:
        pool_days = self.days_out + self.days_available
        return None if pool_days <= 0 else self.days_out / pool_days


@dataclass(frozen=True)
class UtilisationReport:
    loaners: list[UtilisationRow]
    classes: list[UtilisationRow]


def _days(span: timedelta) -> float:
    return round(span.total_seconds() / 86_400, 2)


def loaner_utilisation(since: date, until: date) -> UtilisationReport:
    """Per loaner and per class: days out, available and in service over the period.

    Built from the loaners' status history (two queries: the loaners, and
    their status changes up to the end of the period).
    """
    start, end = _bounds(since, until)
    end = min(end, max(start, clock.now()))  # the future has not happened yet
    rows = list(Loaner.select(Loaner.id, Loaner.code, Loaner.loaner_class)
                .order_by(Loaner.loaner_class, Loaner.code).tuples())
    spans = pool.status_spans(start, end) if end > start else {}
    per_loaner: list[UtilisationRow] = []
    totals: dict[int, dict[str, timedelta]] = defaultdict(lambda: defaultdict(timedelta))
    for loaner_id, code, cls in rows:
        sums: dict[str, timedelta] = defaultdict(timedelta)
        for span in spans.get(loaner_id, []):
            sums[span.status] += span.end - span.start
        if not sums:
            continue  # retired before the period, or added after it
        for status, amount in sums.items():
            totals[cls][status] += amount
        per_loaner.append(UtilisationRow(
            code, cls, _days(sums["out"]), _days(sums["available"]),
            _days(sums["in_service"])))
    per_class = [
        UtilisationRow(translate("Reports", "class {n}").format(n=cls), cls,
                       _days(t["out"]), _days(t["available"]), _days(t["in_service"]))
        for cls, t in sorted(totals.items())
    ]
    return UtilisationReport(per_loaner, per_class)


def overdue_loans(today: date | None = None) -> list[LoanView]:
    """Loaners past their due-back date (see `rma.loans.overdue`)."""
    return overdue(today)
