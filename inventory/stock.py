"""The stock ledger: moves, levels, reservations, issue and return (DOMAIN §7).

How "never negative, also when two stations take the last piece" holds
------------------------------------------------------------------------
Every write that changes a part's stock starts with ONE conditional UPDATE of
that part's `StockLevel` row, e.g. for an issue::

    UPDATE stock_level SET on_hand = on_hand - q, reserved = reserved - c, value = …
    WHERE part_id = ? AND on_hand - reserved + c >= q      -- c: own reservation used

The database evaluates the condition against the row as it is at that
instant and, on PostgreSQL, re-evaluates it after waiting for a concurrent
writer's row lock; on SQLite every write transaction is IMMEDIATE, so writers
queue. The loser of a race updates no row and gets `OutOfStock` ("Only N left
of …"). CHECK constraints on the table refuse a negative or over-reserved
level even if this code had a bug.

Because that UPDATE row-locks the part until commit, every other row that
describes the part's stock (its reservations, its moves) is written only
while holding that lock. A value read *before* the lock (how much of the
reservation to consume, how much was issued to a reference) is re-checked
*after* it; if another station changed it in between, the step is undone
(savepoint) and redone with fresh figures. So multi-part operations must lock
parts in ascending id order to avoid deadlocks (`release`, counts do).

Costing (moving average at cost, exact integers): see `inventory.rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from depot import config, db
from depot.clock import now
from depot.errors import Conflict, NotFound, OutOfStock, ValidationError
from depot.i18n import translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from inventory.catalogue import get_part
from inventory.models import MoveKind, Part, Reservation, StockLevel, StockMove
from inventory.rules import require_quantity, require_reference

T = TypeVar("T")

#: moves that hand pieces to a job and take them back (what `issued_to` nets)
ISSUE_KINDS = (MoveKind.ISSUE.value, MoveKind.RETURN.value)
#: moves that count as consumption in the reports
CONSUMPTION_KINDS = (
    MoveKind.ISSUE.value, MoveKind.RETURN.value, MoveKind.ADVANCE_EXCHANGE_OUT.value,
)

_MAX_ATTEMPTS = 10


class _Raced(Exception):
    """A figure read before the part's row lock changed before we got the lock."""


def _retrying(step: Callable[[], T]) -> T:
    """Run `step` in a savepoint; redo it (fresh reads) when it lost a race."""
    for _ in range(_MAX_ATTEMPTS):
        try:
            with db.database.atomic():
                return step()
        except _Raced:
            continue
    raise Conflict(
        translate("Errors", "Other stations are changing this part's stock right now; try again.")
    )


def _p() -> str:
    return db.database.param


@dataclass(frozen=True)
class _Level:
    on_hand: int
    reserved: int
    value: int
    moved_value: int


def _update_level(sql: str, params: tuple[int, ...]) -> _Level | None:
    """Run one UPDATE … RETURNING on stock_level; None when its condition failed."""
    cursor = db.database.execute_sql(
        sql.replace("?", _p()) + " RETURNING on_hand, reserved, value, last_move_value", params
    )
    rows = cursor.fetchall()
    if not rows:
        return None
    on_hand, reserved, value, moved = rows[0]
    return _Level(int(on_hand), int(reserved), int(value), int(moved))


# All parameters are CAST so PostgreSQL does integer arithmetic on bigint (an
# untyped parameter could become numeric and round instead of flooring).
# Each WHERE implies the table's CHECKs: a figure read before the row lock that
# went stale (a reservation another station just used up) fails the condition
# and is re-read, instead of tripping a constraint.
_TAKE = (
    "UPDATE stock_level SET"
    " on_hand = on_hand - CAST(? AS INTEGER),"
    " reserved = reserved - CAST(? AS INTEGER),"
    " last_move_value = (value * CAST(? AS BIGINT)) / on_hand,"
    " value = value - (value * CAST(? AS BIGINT)) / on_hand"
    " WHERE part_id = ? AND on_hand - reserved + CAST(? AS INTEGER) >= CAST(? AS INTEGER)"
    " AND reserved >= CAST(? AS INTEGER)"
)
_PUT = (
    "UPDATE stock_level SET"
    " on_hand = on_hand + CAST(? AS INTEGER),"
    " last_move_value = CAST(? AS BIGINT),"
    " value = value + CAST(? AS BIGINT)"
    " WHERE part_id = ?"
)
_PUT_AT_AVERAGE = (
    "UPDATE stock_level SET"
    " on_hand = on_hand + CAST(? AS INTEGER),"
    " last_move_value = CAST(? AS BIGINT) * (CASE WHEN on_hand > 0 THEN value / on_hand"
    " ELSE CAST(? AS BIGINT) END),"
    " value = value + CAST(? AS BIGINT) * (CASE WHEN on_hand > 0 THEN value / on_hand"
    " ELSE CAST(? AS BIGINT) END)"
    " WHERE part_id = ?"
)
_RESERVE = (
    "UPDATE stock_level SET reserved = reserved + CAST(? AS INTEGER)"
    " WHERE part_id = ? AND on_hand - reserved >= CAST(? AS INTEGER)"
)
_UNRESERVE = (
    "UPDATE stock_level SET reserved = reserved - CAST(? AS INTEGER)"
    " WHERE part_id = ? AND reserved >= CAST(? AS INTEGER)"
)


def _move(
    actor: User | None, part: Part, kind: MoveKind, qty: int, value: int, reference: str,
    note: str, unit_cost: int | None = None,
) -> StockMove:
    if unit_cost is None:
        unit_cost = abs(value) // abs(qty)
    return StockMove.create(
        part=part.id, kind=kind.value, qty=qty, unit_cost=unit_cost, value=value,
        actor=actor, station=config.station_name(), at=now(), reference=reference,
        note=note or "",
    )


# ----------------------------------------------------------------- reads


def level(part: Part | int | str) -> StockLevel:
    """The part's cached level (on hand, reserved, value); see `verify_levels`."""
    row = get_part(part)
    found = StockLevel.get_or_none(StockLevel.part == row.id)
    if found is None:  # a part created outside `create_part`: an empty shelf
        return StockLevel(part=row.id, on_hand=0, reserved=0, value=0)
    return found


def active_reservation(part_id: int, reference: str) -> Reservation | None:
    return (
        Reservation.select()
        .where(
            (Reservation.part == part_id)
            & (Reservation.reference == reference)
            & (Reservation.active == True)  # noqa: E712
        )
        .first()
    )


def reservations(
    *, reference: str | None = None, part: Part | int | str | None = None,
    include_closed: bool = False,
) -> list[Reservation]:
    """Reservations by reference and/or part, oldest first."""
    query = Reservation.select(Reservation, Part).join(Part)
    if reference is not None:
        query = query.where(Reservation.reference == reference.strip())
    if part is not None:
        query = query.where(Reservation.part == get_part(part).id)
    if not include_closed:
        query = query.where(Reservation.active == True)  # noqa: E712
    return list(query.order_by(Reservation.id))


def last_receipt_cost(part_id: int) -> int | None:
    row = (
        StockMove.select(StockMove.unit_cost)
        .where((StockMove.part == part_id) & (StockMove.kind == MoveKind.RECEIPT.value))
        .order_by(StockMove.id.desc())
        .first()
    )
    return None if row is None else int(row.unit_cost)


def current_unit_cost(part: Part | int | str) -> int | None:
    """Cost of one piece now: the moving average, or on an empty shelf the last receipt cost."""
    row = get_part(part)
    lvl = level(row)
    if lvl.on_hand > 0:
        return lvl.value // lvl.on_hand
    last = last_receipt_cost(row.id)
    return last if last is not None else row.initial_price


def price_cap(part: Part | int | str) -> int | None:
    """The most a customer may be charged for one piece (DOMAIN §3): the initial price."""
    return get_part(part).initial_price


def quote_unit_price(part: Part | int | str) -> int:
    """Price for a quote line: the cost price now, never above the price cap.

    Chargeable repairs pay parts at cost (DOMAIN §3), and the price never
    exceeds the cost at which the part was first stocked.
    """
    row = get_part(part)
    cost = current_unit_cost(row)
    if cost is None:
        raise ValidationError(
            translate("Errors", "{part} has never been received, so it has no cost price yet. "
                      "Receive a delivery of it first.").format(part=row.label)
        )
    cap = row.initial_price
    return cost if cap is None else min(cost, cap)


def check_price_cap(part: Part | int | str, unit_price: int) -> int:
    """Refuse a unit price above the part's price cap; returns the price."""
    row = get_part(part)
    cap = row.initial_price
    if cap is not None and unit_price > cap:
        from depot.money import format_money

        raise ValidationError(
            translate("Errors", "{part} may be charged at most {cap} per {unit} (its initial "
                      "price), not {price}.").format(part=row.label, cap=format_money(cap),
                                                     unit=row.unit, price=format_money(unit_price))
        )
    return unit_price


@dataclass(frozen=True)
class IssuedLine:
    """Net pieces of one part handed to a reference (issues less returns)."""

    part_id: int
    part_number: str
    name: str
    qty: int
    value: int

    @property
    def unit_cost(self) -> int | None:
        return self.value // self.qty if self.qty else None


def _issued_net(reference: str, part_id: int) -> tuple[int, int]:
    """(pieces, value) issued to `reference` and not yet returned."""
    import peewee as pw

    qty, value = (
        StockMove.select(
            pw.fn.COALESCE(pw.fn.SUM(StockMove.qty), 0),
            pw.fn.COALESCE(pw.fn.SUM(StockMove.value), 0),
        )
        .where(
            (StockMove.reference == reference)
            & (StockMove.part == part_id)
            & (StockMove.kind.in_(ISSUE_KINDS))
        )
        .tuples()
        .get()
    )
    return -int(qty), -int(value)


def issued_to(reference: str) -> list[IssuedLine]:
    """What a reference (an RMA) used: net pieces and value per part, at cost.

    Only issues and returns count; an advance exchange is tracked as a core
    (`inventory.exchange`). Parts fully returned are left out.
    """
    import peewee as pw

    ref = require_reference(reference)
    query = (
        StockMove.select(
            Part.id, Part.part_number, Part.name,
            pw.fn.SUM(StockMove.qty), pw.fn.SUM(StockMove.value),
        )
        .join(Part)
        .where((StockMove.reference == ref) & (StockMove.kind.in_(ISSUE_KINDS)))
        .group_by(Part.id, Part.part_number, Part.name)
        .order_by(Part.part_number)
        .tuples()
    )
    return [
        IssuedLine(pid, number, name, -int(qty), -int(value))
        for pid, number, name, qty, value in query
        if int(qty) != 0
    ]


def moves_for_reference(reference: str) -> list[StockMove]:
    """Every move carrying this reference, oldest first (the RMA's parts history)."""
    ref = require_reference(reference)
    return list(
        StockMove.select(StockMove, Part).join(Part)
        .where(StockMove.reference == ref).order_by(StockMove.id)
    )


# ------------------------------------------------- posting (package-internal)
#
# These write one move and keep the level in step. They run inside the
# caller's unit of work, after its validation; the services below and in
# receiving, exchange and counting are the only callers.


def _out_of_stock(part: Part, qty: int, own_reserved: int = 0) -> OutOfStock:
    lvl = StockLevel.get_or_none(StockLevel.part == part.id)
    on_hand = lvl.on_hand if lvl else 0
    others = (lvl.reserved if lvl else 0) - own_reserved
    left = max(on_hand - others, 0)
    message = translate("Errors", "Only {n} left of {part}.").format(n=left, part=part.label)
    if others > 0:
        message += " " + translate(
            "Errors", "{on_hand} on hand, {reserved} reserved for other jobs."
        ).format(on_hand=on_hand, reserved=others)
    message += " " + translate("Errors", "Asked for {qty}.").format(qty=qty)
    return OutOfStock(message)


def post_take(
    actor: User | None, part: Part, qty: int, kind: MoveKind, reference: str, note: str = "",
    *, use_reservation: bool = False,
) -> StockMove:
    """Take `qty` pieces out at average cost with the one conditional UPDATE.

    With `use_reservation`, the reference's own reservation is consumed first
    and counts as available to it.
    """

    def step() -> StockMove:
        own = active_reservation(part.id, reference) if use_reservation else None
        consume = min(qty, own.qty) if own is not None else 0
        got = _update_level(_TAKE, (qty, consume, qty, qty, part.id, consume, qty, consume))
        if got is None:
            fresh = active_reservation(part.id, reference) if use_reservation else None
            if (fresh.qty if fresh else 0) != (own.qty if own else 0):
                raise _Raced
            raise _out_of_stock(part, qty, consume)
        if own is not None and consume:
            left = own.qty - consume
            changed = (
                Reservation.update(
                    qty=left, issued_qty=Reservation.issued_qty + consume, active=left > 0,
                    closed_at=None if left > 0 else now(),
                )
                .where(
                    (Reservation.id == own.id) & (Reservation.active == True)  # noqa: E712
                    & (Reservation.qty == own.qty)
                )
                .execute()
            )
            if changed != 1:
                raise _Raced
        return _move(actor, part, kind, -qty, -got.moved_value, reference, note)

    return _retrying(step)


def post_put(
    actor: User | None, part: Part, qty: int, kind: MoveKind, value: int, reference: str,
    note: str = "", *, unit_cost: int | None = None,
) -> StockMove:
    """Put `qty` pieces in with an exact total `value` (receipts, returns)."""
    got = _update_level(_PUT, (qty, value, value, part.id))
    if got is None:
        raise NotFound(
            translate("Errors", "{part} has no stock record; reload the catalogue.")
            .format(part=part.label)
        )
    return _move(actor, part, kind, qty, value, reference, note, unit_cost)


def post_put_at_average(
    actor: User | None, part: Part, qty: int, kind: MoveKind, reference: str, note: str = ""
) -> StockMove:
    """Put found pieces in at the current average (empty shelf: last receipt cost)."""
    fallback = last_receipt_cost(part.id)
    if fallback is None:
        fallback = part.initial_price or 0
    got = _update_level(_PUT_AT_AVERAGE, (qty, qty, fallback, qty, fallback, part.id))
    if got is None:
        raise NotFound(
            translate("Errors", "{part} has no stock record; reload the catalogue.")
            .format(part=part.label)
        )
    return _move(actor, part, kind, qty, got.moved_value, reference, note)


def post_receipt(
    actor: User | None, part: Part, qty: int, unit_cost: int, reference: str, note: str = ""
) -> StockMove:
    """A RECEIPT at `unit_cost`; the first receipt of a part fixes its initial price."""
    move = post_put(actor, part, qty, MoveKind.RECEIPT, qty * unit_cost, reference, note,
                    unit_cost=unit_cost)
    # conditional: only the very first receipt sets the cap, whatever the race
    Part.update(initial_price=unit_cost).where(
        (Part.id == part.id) & Part.initial_price.is_null()
    ).execute()
    return move


# -------------------------------------------------------------- services


def _part_and_reference(part: Part | int | str, reference: str) -> tuple[Part, str]:
    return get_part(part), require_reference(reference)


def reserve(actor: User, part: Part | int | str, qty: int, reference: str) -> Reservation:
    """Hold pieces for a reference (an accepted quote), so nobody else takes them.

    Reserving again for the same reference adds to its reservation.
    """
    require_role(actor, Role.SERVICE_DESK, Role.TECHNICIAN, Role.WAREHOUSE,
                 action=translate("Errors", "reserve parts"))
    qty = require_quantity(qty)
    with unit_of_work() as changes:
        row, ref = _part_and_reference(part, reference)
        got = _update_level(_RESERVE, (qty, row.id, qty))
        if got is None:
            raise _out_of_stock(row, qty)
        # the part's level row is locked now: reservations cannot change under us
        existing = active_reservation(row.id, ref)
        if existing is None:
            existing = Reservation.create(part=row.id, reference=ref, qty=qty, created_by=actor)
        else:
            Reservation.update(qty=Reservation.qty + qty).where(
                Reservation.id == existing.id
            ).execute()
            existing.qty += qty
        changes.add("stock", row.id).add("reservation", existing.id)
    return existing


def release(actor: User, reference: str, part: Part | int | str | None = None) -> int:
    """End a reference's reservations (quote cancelled, repair done); returns pieces freed."""
    require_role(actor, Role.SERVICE_DESK, Role.TECHNICIAN, Role.WAREHOUSE,
                 action=translate("Errors", "release reservations"))
    ref = require_reference(reference)
    freed = 0
    with unit_of_work() as changes:
        part_ids = sorted(
            {r.part_id for r in reservations(reference=ref, part=part)}
        )
        for part_id in part_ids:  # ascending: the lock order of multi-part writes

            def step(part_id: int = part_id) -> int:
                held = active_reservation(part_id, ref)
                if held is None:
                    return 0
                if _update_level(_UNRESERVE, (held.qty, part_id, held.qty)) is None:
                    raise _Raced
                done = (
                    Reservation.update(active=False, qty=0, closed_at=now())
                    .where(
                        (Reservation.id == held.id) & (Reservation.qty == held.qty)
                        & (Reservation.active == True)  # noqa: E712
                    )
                    .execute()
                )
                if done != 1:
                    raise _Raced
                changes.add("stock", part_id).add("reservation", held.id)
                return held.qty

            freed += _retrying(step)
    return freed


def issue(
    actor: User, part: Part | int | str, qty: int, reference: str, *, note: str = ""
) -> StockMove:
    """Hand pieces to a job (an RMA) at the current average cost.

    The reference's own reservation is used first; beyond it only free
    pieces can be taken. Whether the reference may still take parts (an RMA
    that is closed may not) is the caller's rule: `rma` checks it before
    calling, inside the same unit of work.
    """
    require_role(actor, Role.TECHNICIAN, Role.WAREHOUSE, action=translate("Errors", "issue parts"))
    qty = require_quantity(qty)
    with unit_of_work() as changes:
        row, ref = _part_and_reference(part, reference)
        move = post_take(actor, row, qty, MoveKind.ISSUE, ref, note, use_reservation=True)
        changes.add("stock", row.id).add("move", move.id)
    return move


def issue_scan(actor: User, code: str, reference: str) -> StockMove:
    """The bench's scan: one piece of whatever part the barcode names."""
    return issue(actor, get_part(code), 1, reference)


def return_to_stock(
    actor: User, part: Part | int | str, qty: int, reference: str, *, note: str = ""
) -> StockMove:
    """Put unused pieces back, at the cost they left at for that reference.

    The value returned is the same share of what the reference took
    (``value_taken * qty // qty_taken``), so returning everything restores
    exactly what left. More pieces than the reference holds are refused.
    """
    require_role(actor, Role.TECHNICIAN, Role.WAREHOUSE,
                 action=translate("Errors", "return parts"))
    qty = require_quantity(qty)
    with unit_of_work() as changes:
        row, ref = _part_and_reference(part, reference)

        def step() -> StockMove:
            held, held_value = _issued_net(ref, row.id)
            if held <= 0:
                raise ValidationError(
                    translate("Errors", "No {part} was issued to {reference}; nothing to return.")
                    .format(part=row.label, reference=ref)
                )
            if qty > held:
                raise ValidationError(
                    translate("Errors", "{reference} holds {n} of {part} (issued and not yet "
                              "returned); cannot return {qty}.")
                    .format(reference=ref, n=held, part=row.label, qty=qty)
                )
            value = held_value * qty // held
            move = post_put(actor, row, qty, MoveKind.RETURN, value, ref, note)
            if _issued_net(ref, row.id) != (held - qty, held_value - value):
                raise _Raced  # another station returned or issued meanwhile
            return move

        move = _retrying(step)
        changes.add("stock", row.id).add("move", move.id)
    return move


# ----------------------------------------------------------------- proofs


@dataclass(frozen=True)
class LevelMismatch:
    """A cached level that disagrees with the ledger (should never exist)."""

    part_id: int
    what: str  # "on_hand" | "value" | "reserved" | "bin" | "level row"
    cached: int
    ledger: int


def verify_levels(part_ids: Iterable[int] | None = None) -> list[LevelMismatch]:
    """Prove the cached levels equal the ledger: on-hand and value equal the
    sums of the moves, reserved equals the active reservations (and the bin
    copied onto each level is its part's bin).

    The issue allows a cached figure only with this check; the tests run it
    after every scenario and race, and a manager's self-test can run it on a
    live database (one pass over the ledger).
    """
    where = ""
    params: tuple[int, ...] = ()
    if part_ids is not None:
        ids = sorted(set(part_ids))
        if not ids:
            return []
        where = f" WHERE l.part_id IN ({', '.join([_p()] * len(ids))})"
        params = tuple(ids)
    sql = (
        "SELECT l.part_id, l.on_hand, COALESCE(m.q, 0), l.value, COALESCE(m.v, 0),"
        " l.reserved, COALESCE(r.q, 0), COALESCE(l.bin_id, 0), COALESCE(p.bin_id, 0)"
        " FROM stock_level l JOIN part p ON p.id = l.part_id"
        " LEFT JOIN (SELECT part_id, SUM(qty) AS q, SUM(value) AS v FROM stock_move"
        " GROUP BY part_id) m ON m.part_id = l.part_id"
        " LEFT JOIN (SELECT part_id, SUM(qty) AS q FROM reservation WHERE active"
        " GROUP BY part_id) r ON r.part_id = l.part_id" + where
    )
    found: list[LevelMismatch] = []
    for pid, on_hand, q, value, v, reserved, r, bin_id, part_bin in db.database.execute_sql(
        sql, params
    ):
        for what, cached, ledger in (
            ("on_hand", on_hand, q), ("value", value, v), ("reserved", reserved, r),
            ("bin", bin_id, part_bin),
        ):
            if int(cached) != int(ledger):
                found.append(LevelMismatch(int(pid), what, int(cached), int(ledger)))
    orphans = db.database.execute_sql(
        "SELECT DISTINCT part_id FROM stock_move m WHERE NOT EXISTS"
        " (SELECT 1 FROM stock_level l WHERE l.part_id = m.part_id)"
    ).fetchall()
    found.extend(LevelMismatch(int(pid), "level row", 0, 1) for (pid,) in orphans)
    return found
