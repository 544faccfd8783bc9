"""Warehouse reports: valuation at cost, reorder list, part history, consumption.

Valuation reads the cached `StockLevel` rows — one aggregate over one row
per part instead of a pass over millions of moves — which is why those rows
exist; `ledger_valuation` computes the same figures from the ledger itself,
and the tests (and `inventory.stock.verify_levels`) prove they agree.

Consumption is what jobs used: issues and advance exchanges out, less
returns, by local calendar month. Inventory knows nothing of RMAs or of the
unit a part went into, so it offers three cuts:

* by month and part (`consumption_by_part`);
* by month and *compatible model* (`consumption_by_model`): the parts that
  fit a model, from the catalogue. A part that fits three models counts under
  each of them, so the rows answer "what do parts for model X cost us", and
  do not add up to the total;
* by month, reference and part (`consumption_by_reference`), for the `rma`
  layer, which knows each RMA's unit model and can report consumption per
  repaired model exactly.

A return booked in a later month than its issue lowers that later month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import peewee as pw

from depot import clock, db
from depot.models import User
from inventory.catalogue import get_part
from inventory.models import (
    Bin,
    CompatibleModel,
    Part,
    StockLevel,
    StockMove,
)
from inventory.stock import CONSUMPTION_KINDS

# ------------------------------------------------------------- valuation


@dataclass(frozen=True)
class ValuationLine:
    """Stock of one bin (None: parts without a bin) at cost."""

    bin_code: str | None
    parts: int
    qty: int
    value: int


@dataclass(frozen=True)
class Valuation:
    lines: list[ValuationLine]

    @property
    def total_value(self) -> int:
        return sum(line.value for line in self.lines)

    @property
    def total_qty(self) -> int:
        return sum(line.qty for line in self.lines)

    @property
    def parts(self) -> int:
        return sum(line.parts for line in self.lines)


def valuation() -> Valuation:
    """Stock value at cost per bin (parts without a bin last) and in total.

    One aggregate over the narrow level rows, which carry their part's bin:
    no pass over the ledger, no join to the wide part rows.
    """
    query = (
        StockLevel.select(
            Bin.code, pw.fn.COUNT(StockLevel.part), pw.fn.SUM(StockLevel.on_hand),
            pw.fn.SUM(StockLevel.value),
        )
        .join(Bin, pw.JOIN.LEFT_OUTER, on=(StockLevel.bin == Bin.id))
        .where(StockLevel.on_hand > 0)
        .group_by(Bin.code)
        .order_by(Bin.code.is_null(), Bin.code)  # parts without a bin last, on both backends
        .tuples()
    )
    return Valuation([
        ValuationLine(code, int(n), int(qty), int(value)) for code, n, qty, value in query
    ])


@dataclass(frozen=True)
class PartValue:
    part_id: int
    part_number: str
    name: str
    bin_code: str | None
    on_hand: int
    reserved: int
    value: int

    @property
    def avg_cost(self) -> int:
        return self.value // self.on_hand


def valuation_by_part(
    *, bin: str | None = None, offset: int = 0, limit: int | None = None
) -> list[PartValue]:
    """Parts in stock with their value at cost, by part number (paged for big stores)."""
    query = (
        StockLevel.select(
            Part.id, Part.part_number, Part.name, Bin.code,
            StockLevel.on_hand, StockLevel.reserved, StockLevel.value,
        )
        .join(Part, on=(StockLevel.part == Part.id))
        .join(Bin, pw.JOIN.LEFT_OUTER, on=(Part.bin == Bin.id))
        .where(StockLevel.on_hand > 0)
        .order_by(Part.part_number)
        .tuples()
    )
    if bin is not None:
        query = query.where(Bin.code == bin.strip().upper())
    if limit is not None:
        query = query.limit(limit).offset(offset)
    elif offset:
        query = query.offset(offset)
    return [PartValue(*row) for row in query]


def ledger_valuation() -> dict[int, tuple[int, int]]:
    """{part id: (qty, value)} summed over the ledger itself, parts in stock only.

    A full pass over the moves: for proofs and audits, not for screens.
    """
    query = (
        StockMove.select(StockMove.part, pw.fn.SUM(StockMove.qty), pw.fn.SUM(StockMove.value))
        .group_by(StockMove.part)
        .tuples()
    )
    return {int(pid): (int(q), int(v)) for pid, q, v in query if int(q) or int(v)}


# ---------------------------------------------------------------- reorder


@dataclass(frozen=True)
class ReorderLine:
    part_id: int
    part_number: str
    name: str
    bin_code: str | None
    on_hand: int
    reserved: int
    reorder_point: int

    @property
    def free(self) -> int:
        return self.on_hand - self.reserved


def reorder_list() -> list[ReorderLine]:
    """Active parts whose free stock is at or below their reorder point.

    Free, not on-hand: pieces reserved for accepted quotes are already spoken
    for, so a shelf of 3 with 3 reserved needs reordering as much as an empty one.
    """
    free = StockLevel.on_hand - StockLevel.reserved
    query = (
        Part.select(
            Part.id, Part.part_number, Part.name, Bin.code,
            StockLevel.on_hand, StockLevel.reserved, Part.reorder_point,
        )
        .join(StockLevel, on=(StockLevel.part == Part.id))
        .switch(Part)
        .join(Bin, pw.JOIN.LEFT_OUTER, on=(Part.bin == Bin.id))
        .where(Part.is_active & Part.reorder_point.is_null(False) & (free <= Part.reorder_point))
        .order_by(Part.part_number)
        .tuples()
    )
    return [ReorderLine(*row) for row in query]


# ---------------------------------------------------------------- history


@dataclass(frozen=True)
class MoveRow:
    id: int
    at: datetime
    kind: str
    qty: int
    unit_cost: int
    value: int
    reference: str
    note: str
    actor: str | None
    station: str
    balance: int  # on hand after this move


@dataclass(frozen=True)
class HistoryPage:
    rows: list[MoveRow]
    total: int
    offset: int


def movement_history(part: Part | int | str, *, offset: int = 0, limit: int = 100) -> HistoryPage:
    """A part's moves, newest first, a page at a time, with the balance after each."""
    row = get_part(part)
    limit = max(1, min(limit, 1000))
    offset = max(0, offset)
    base = StockMove.select().where(StockMove.part == row.id)
    total = base.count()
    query = (
        StockMove.select(
            StockMove.id, StockMove.at, StockMove.kind, StockMove.qty, StockMove.unit_cost,
            StockMove.value, StockMove.reference, StockMove.note, User.name, StockMove.station,
        )
        .join(User, pw.JOIN.LEFT_OUTER, on=(StockMove.actor == User.id))
        .where(StockMove.part == row.id)
        .order_by(StockMove.id.desc())
        .limit(limit)
        .offset(offset)
    )
    moves = list(query.tuples())
    rows: list[MoveRow] = []
    if moves:
        balance = int(
            StockMove.select(pw.fn.COALESCE(pw.fn.SUM(StockMove.qty), 0))
            .where((StockMove.part == row.id) & (StockMove.id <= moves[0][0]))
            .scalar()
        )
        for mid, at, kind, qty, unit_cost, value, ref, note, actor, station in moves:
            at_value = at if isinstance(at, datetime) else StockMove.at.python_value(at)
            rows.append(MoveRow(mid, at_value, kind, qty, int(unit_cost), int(value), ref, note,
                                actor, station, balance))
            balance -= qty
    return HistoryPage(rows, total, offset)


# ------------------------------------------------------------ consumption


@dataclass(frozen=True)
class ConsumptionRow:
    """Pieces used and their value at cost in one local month (``YYYY-MM``)."""

    month: str
    key: str  # part number, model, or reference
    name: str  # part name ('' for models)
    qty: int
    value: int
    part_number: str = ""


def _offset_minutes() -> int:
    offset = clock.local_now().utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def _month_expr(minutes: int) -> pw.Node:
    """Local calendar month of a move's UTC time (station's current UTC offset)."""
    if db.is_postgres():
        return pw.fn.to_char(
            pw.NodeList((StockMove.at, pw.SQL(f"+ interval '{int(minutes)} minutes'"))),
            "YYYY-MM",
        )
    return pw.fn.strftime("%Y-%m", StockMove.at, f"{int(minutes):+d} minutes")


def _period(start: date, end: date, minutes: int) -> pw.Expression:
    """Moves from local `start` 00:00 to the end of local `end` (inclusive dates)."""
    shift = timedelta(minutes=minutes)
    lo = datetime.combine(start, time(0), tzinfo=UTC) - shift
    hi = datetime.combine(end + timedelta(days=1), time(0), tzinfo=UTC) - shift
    return (
        (StockMove.at >= lo) & (StockMove.at < hi)
        & StockMove.kind.in_(CONSUMPTION_KINDS)
    )


def consumption_by_part(start: date, end: date) -> list[ConsumptionRow]:
    """Net pieces used per local month and part, with their value at cost."""
    minutes = _offset_minutes()
    month = _month_expr(minutes).alias("month")
    query = (
        StockMove.select(month, Part.part_number, Part.name,
                         pw.fn.SUM(StockMove.qty), pw.fn.SUM(StockMove.value))
        .join(Part)
        .where(_period(start, end, minutes))
        .group_by(pw.SQL("1"), Part.part_number, Part.name)
        .order_by(pw.SQL("1"), Part.part_number)
        .tuples()
    )
    return [
        ConsumptionRow(m, number, name, -int(q), -int(v), number)
        for m, number, name, q, v in query
        if int(q) or int(v)
    ]


def consumption_by_model(start: date, end: date) -> list[ConsumptionRow]:
    """Net pieces used per local month of the parts that fit each model (see module doc)."""
    minutes = _offset_minutes()
    month = _month_expr(minutes).alias("month")
    query = (
        StockMove.select(month, CompatibleModel.model,
                         pw.fn.SUM(StockMove.qty), pw.fn.SUM(StockMove.value))
        .join(CompatibleModel, on=(CompatibleModel.part == StockMove.part))
        .where(_period(start, end, minutes))
        .group_by(pw.SQL("1"), CompatibleModel.model)
        .order_by(pw.SQL("1"), CompatibleModel.model)
        .tuples()
    )
    return [
        ConsumptionRow(m, model, "", -int(q), -int(v))
        for m, model, q, v in query
        if int(q) or int(v)
    ]


def consumption_by_reference(start: date, end: date) -> list[ConsumptionRow]:
    """Net pieces used per local month, reference and part (the rma layer maps
    each reference to its unit's model)."""
    minutes = _offset_minutes()
    month = _month_expr(minutes).alias("month")
    query = (
        StockMove.select(month, StockMove.reference, Part.part_number, Part.name,
                         pw.fn.SUM(StockMove.qty), pw.fn.SUM(StockMove.value))
        .join(Part)
        .where(_period(start, end, minutes))
        .group_by(pw.SQL("1"), StockMove.reference, Part.part_number, Part.name)
        .order_by(pw.SQL("1"), StockMove.reference, Part.part_number)
        .tuples()
    )
    return [
        ConsumptionRow(m, ref, name, -int(q), -int(v), number)
        for m, ref, number, name, q, v in query
        if int(q) or int(v)
    ]

