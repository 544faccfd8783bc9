"""Stock counts by scan, adjustments, and the manager's approval of write-offs.

A count covers one bin. The counter scans each piece (or types a quantity);
each line keeps the on-hand at the moment it was counted, and the difference
shown and posted is ``counted - on_hand_at_count`` — the shortage or surplus
found on the shelf — so a piece issued between the scan and the posting is
not mistaken for a loss. Parts of the bin that were never scanned count as 0
when the count is posted (a bin count is complete by definition); the list
shows them as "not counted" so the counter sees that before posting.

Posting books one COUNT move per difference: a surplus enters at the current
average cost, a shortage leaves at average like any other move out.

Write-offs — scrap, and any stock loss (negative adjustment or count
shortage) whose value at cost reaches the approval threshold setting
(default 0: every loss) — wait for a manager. A manager's own write-off is
approved as it is made. Pieces reserved for a job cannot be written off
until that reservation is released: the stock would otherwise promise a
piece that is not there.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from depot import audit
from depot.clock import now
from depot.db import update_versioned
from depot.errors import Conflict, NotFound, OutOfStock, ValidationError
from depot.i18n import translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from inventory.catalogue import find_part, get_part, resolve_bin
from inventory.models import (
    Adjustment,
    AdjustmentStatus,
    Bin,
    CountLine,
    CountSession,
    CountStatus,
    MoveKind,
    Part,
    StockLevel,
    status_label,
)
from inventory.rules import (
    needs_approval,
    require_count,
    require_delta,
    require_quantity,
    require_reason,
    take_value,
)
from inventory.stock import post_put_at_average, post_take

COUNT_ROLES = (Role.WAREHOUSE,)


def _session(value: CountSession | int) -> CountSession:
    sid = value.id if isinstance(value, CountSession) else value
    found = CountSession.get_or_none(CountSession.id == sid)
    if found is None:
        raise NotFound(translate("Errors", "Count #{id} does not exist.").format(id=sid))
    return found


def _open(value: CountSession | int) -> CountSession:
    row = _session(value)
    if row.status != CountStatus.OPEN.value:
        raise Conflict(
            translate("Errors", "Count #{id} is {status}; it can no longer be changed.")
            .format(id=row.id, status=status_label(row.status))
        )
    return row


def start_count(actor: User, bin: Bin | int | str, reason: str = "") -> CountSession:
    """Open a count of one bin (one count at a time per bin)."""
    require_role(actor, *COUNT_ROLES, action=translate("Errors", "count stock"))
    with unit_of_work() as changes:
        location = resolve_bin(bin)
        if location is None:
            raise ValidationError(translate("Errors", "Scan the bin to count."))
        running = CountSession.get_or_none(
            (CountSession.bin == location.id)
            & CountSession.status.in_([CountStatus.OPEN.value,
                                       CountStatus.PENDING_APPROVAL.value])
        )
        if running is not None:
            raise Conflict(
                translate("Errors", "Bin {bin} is already being counted (count #{id}); "
                          "continue that count.").format(bin=location.code, id=running.id)
            )
        row = CountSession.create(
            bin=location, started_by=actor, reason=(reason or "").strip(), updated_by=actor.name
        )
        audit.record(actor, "count.start", "count", row.id, after={"bin": location.code})
        changes.add("count", row.id)
    return row


def _check_part_in_bin(part: Part, session: CountSession) -> None:
    if part.bin_id != session.bin_id:
        home = Bin.get_by_id(part.bin_id).code if part.bin_id else None
        here = Bin.get_by_id(session.bin_id).code
        if home is None:
            raise ValidationError(
                translate("Errors", "{part} has no bin in the catalogue; assign it to {bin} "
                          "first, then count it.").format(part=part.label, bin=here)
            )
        raise ValidationError(
            translate("Errors", "{part} belongs in bin {home}, not {bin}: put it back and count "
                      "it there, or move it to {bin} in the catalogue first.")
            .format(part=part.label, home=home, bin=here)
        )


def _on_hand(part_id: int) -> int:
    lvl = StockLevel.get_or_none(StockLevel.part == part_id)
    return lvl.on_hand if lvl else 0


def _record(actor: User, session: CountSession, part: Part, counted: int | None,
            add: int = 0) -> CountLine:
    line = CountLine.get_or_none((CountLine.session == session.id) & (CountLine.part == part.id))
    on_hand = _on_hand(part.id)
    if line is None:
        total = counted if counted is not None else add
        line = CountLine.create(session=session, part=part, counted=require_count(total),
                                on_hand_at_count=on_hand, counted_by=actor)
    else:
        total = counted if counted is not None else line.counted + add
        CountLine.update(counted=require_count(total), on_hand_at_count=on_hand,
                         counted_by=actor.id, counted_at=now()).where(
            CountLine.id == line.id).execute()
        line.counted, line.on_hand_at_count = total, on_hand
    return line


def count_scan(actor: User, session: CountSession | int, code: str, qty: int = 1) -> CountLine:
    """Add `qty` (default one scanned piece) of the scanned part to the count."""
    require_role(actor, *COUNT_ROLES, action=translate("Errors", "count stock"))
    qty = require_quantity(qty)
    part = find_part(code)
    with unit_of_work() as changes:
        row = _open(session)
        _check_part_in_bin(part, row)
        line = _record(actor, row, part, None, add=qty)
        changes.add("count", row.id)
    return line


def set_counted(
    actor: User, session: CountSession | int, part: Part | int | str, counted: int
) -> CountLine:
    """Set the counted quantity of a part outright (typed, or a correction; 0 allowed)."""
    require_role(actor, *COUNT_ROLES, action=translate("Errors", "count stock"))
    counted = require_count(counted)
    with unit_of_work() as changes:
        row = _open(session)
        item = get_part(part)
        _check_part_in_bin(item, row)
        line = _record(actor, row, item, counted)
        changes.add("count", row.id)
    return line


@dataclass(frozen=True)
class CountRow:
    """One line of the count screen."""

    part_id: int
    part_number: str
    name: str
    counted: int | None  # None: not scanned yet (counts as 0 when posted)
    on_hand_at_count: int
    on_hand_now: int

    @property
    def difference(self) -> int:
        """Pieces found (+) or missing (−) on the shelf."""
        if self.counted is None:
            return -self.on_hand_now
        return self.counted - self.on_hand_at_count


def count_lines(session: CountSession | int) -> list[CountRow]:
    """Counted parts plus the bin's parts with stock that were not counted yet."""
    row = _session(session)
    counted = {
        line.part_id: line
        for line in CountLine.select().where(CountLine.session == row.id)
    }
    query = (
        Part.select(Part.id, Part.part_number, Part.name, StockLevel.on_hand)
        .join(StockLevel, pw.JOIN.LEFT_OUTER, on=(StockLevel.part == Part.id))
        .where(
            ((Part.bin == row.bin_id) & (StockLevel.on_hand > 0))
            | Part.id.in_(list(counted) or [0])
        )
        .order_by(Part.part_number)
        .tuples()
    )
    result: list[CountRow] = []
    for pid, number, name, on_hand in query:
        line = counted.get(pid)
        now_qty = int(on_hand or 0)
        result.append(CountRow(
            pid, number, name,
            line.counted if line else None,
            line.on_hand_at_count if line else now_qty,
            now_qty,
        ))
    return result


def _writeoff_estimate(rows: list[CountRow]) -> int:
    total = 0
    for r in rows:
        if r.difference < 0:
            lvl = StockLevel.get_or_none(StockLevel.part == r.part_id)
            if lvl and lvl.on_hand > 0:
                total += take_value(lvl.value, lvl.on_hand, min(-r.difference, lvl.on_hand))
    return total


def post_count(actor: User, session: CountSession | int) -> CountSession:
    """Book the differences as COUNT moves, or wait for a manager when there are losses.

    Returns the session: `posted`, or `pending_approval` when a non-manager's
    count found missing pieces worth the approval threshold or more.
    """
    require_role(actor, *COUNT_ROLES, action=translate("Errors", "post counts"))
    with unit_of_work() as changes:
        row = _open(session)
        rows = count_lines(row)
        if not actor.is_manager and needs_approval(_writeoff_estimate(rows)) and any(
            r.difference < 0 for r in rows
        ):
            update_versioned(row, row.version, actor.name,
                             status=CountStatus.PENDING_APPROVAL.value)
            audit.record(actor, "count.submit", "count", row.id,
                         after={"status": CountStatus.PENDING_APPROVAL.value})
            changes.add("count", row.id)
            return row
        _post(actor, row, rows, changes)
    return _session(row.id)


def approve_count(actor: User, session: CountSession | int) -> CountSession:
    """A manager approves a count with losses; its differences are booked now."""
    require_role(actor, action=translate("Errors", "approve stock write-offs"))
    with unit_of_work() as changes:
        row = _session(session)
        if row.status != CountStatus.PENDING_APPROVAL.value:
            raise Conflict(translate("Errors", "Count #{id} is not waiting for approval.")
                           .format(id=row.id))
        _post(actor, row, count_lines(row), changes)
    return _session(row.id)


def _post(actor: User, row: CountSession, rows: list[CountRow], changes) -> None:
    reference = f"CNT-{row.id}"
    bin_code = Bin.get_by_id(row.bin_id).code
    note = translate("Stock", "Count of bin {bin}").format(bin=bin_code)
    booked = []
    for r in sorted(rows, key=lambda r: r.part_id):  # ascending: the lock order
        if r.difference == 0:
            continue
        part = Part.get_by_id(r.part_id)
        try:
            if r.difference > 0:
                move = post_put_at_average(actor, part, r.difference, MoveKind.COUNT,
                                           reference, note)
            else:
                move = post_take(actor, part, -r.difference, MoveKind.COUNT, reference, note)
        except OutOfStock as exc:
            raise Conflict(
                translate("Errors", "Count #{id} cannot be posted: {part} is short by {n}, but "
                          "{detail} Release the reservations of the missing pieces first.")
                .format(id=row.id, part=part.label, n=-r.difference, detail=str(exc))
            ) from None
        line = CountLine.get_or_none((CountLine.session == row.id) & (CountLine.part == part.id))
        if line is None:  # not scanned: record the zero that was posted
            line = CountLine.create(session=row, part=part, counted=0,
                                    on_hand_at_count=r.on_hand_now, counted_by=actor)
        CountLine.update(move=move).where(CountLine.id == line.id).execute()
        booked.append({"part": part.part_number, "difference": r.difference,
                       "value": int(move.value)})
        changes.add("stock", part.id).add("move", move.id)
    update_versioned(
        row, row.version, actor.name, status=CountStatus.POSTED.value, posted_by=actor.id,
        posted_at=now(), approved_by=actor.id if actor.is_manager else None,
    )
    audit.record(actor, "count.post", "count", row.id, after={"moves": booked})
    changes.add("count", row.id)


def cancel_count(actor: User, session: CountSession | int, reason: str) -> CountSession:
    """Abandon a count (or refuse a pending one, as a manager); nothing is booked."""
    text = require_reason(reason, translate("Errors", "cancelling the count"))
    with unit_of_work() as changes:
        row = _session(session)
        if row.status == CountStatus.PENDING_APPROVAL.value:
            require_role(actor, action=translate("Errors", "refuse counts"))
        else:
            require_role(actor, *COUNT_ROLES, action=translate("Errors", "cancel counts"))
            row = _open(row)
        update_versioned(row, row.version, actor.name, status=CountStatus.CANCELLED.value)
        audit.record(actor, "count.cancel", "count", row.id, note=text)
        changes.add("count", row.id)
    return row


def counts(*, status: CountStatus | None = None) -> list[CountSession]:
    query = CountSession.select(CountSession, Bin).join(Bin).order_by(CountSession.id.desc())
    if status is not None:
        query = query.where(CountSession.status == CountStatus(status).value)
    return list(query)


# ------------------------------------------------------------ adjustments


def _estimate(part: Part, qty: int) -> int:
    """Value at cost of `qty` pieces leaving now (for the approval decision)."""
    lvl = StockLevel.get_or_none(StockLevel.part == part.id)
    if lvl is None or lvl.on_hand == 0:
        return 0
    return take_value(lvl.value, lvl.on_hand, min(qty, lvl.on_hand))


def _book(actor: User, adj: Adjustment, part: Part, changes) -> None:
    reference = f"ADJ-{adj.id}"
    kind = MoveKind(adj.kind)
    if adj.qty > 0:
        move = post_put_at_average(actor, part, adj.qty, kind, reference, adj.reason)
    else:
        move = post_take(actor, part, -adj.qty, kind, reference, adj.reason)
    Adjustment.update(move=move, status=AdjustmentStatus.POSTED.value).where(
        Adjustment.id == adj.id).execute()
    adj.move, adj.status = move, AdjustmentStatus.POSTED.value
    changes.add("stock", part.id).add("move", move.id)


def _request(actor: User, part: Part | int | str, qty: int, kind: MoveKind, reason: str,
             always_approve: bool) -> Adjustment:
    with unit_of_work() as changes:
        row = get_part(part)
        estimate = _estimate(row, -qty) if qty < 0 else 0
        wait = qty < 0 and not actor.is_manager and (always_approve or needs_approval(estimate))
        adj = Adjustment.create(
            part=row, kind=kind.value, qty=qty, reason=reason, estimated_value=estimate,
            status=(AdjustmentStatus.PENDING if wait else AdjustmentStatus.POSTED).value,
            requested_by=actor, updated_by=actor.name,
            decided_by=None if wait else actor.id, decided_at=None if wait else now(),
        )
        if not wait:
            _book(actor, adj, row, changes)
        audit.record(actor, f"{kind.value}.request", "adjustment", adj.id,
                     after={"part": row.part_number, "qty": qty, "status": adj.status},
                     note=reason)
        changes.add("adjustment", adj.id)
    return adj


def adjust(actor: User, part: Part | int | str, qty: int, reason: str) -> Adjustment:
    """Correct stock by `qty` pieces (+ found, − lost), with a reason.

    Found pieces are booked at once; a loss waits for a manager unless its
    value is below the approval threshold (or a manager makes it).
    """
    require_role(actor, *COUNT_ROLES, action=translate("Errors", "adjust stock"))
    qty = require_delta(qty)
    text = require_reason(reason, translate("Errors", "an adjustment"))
    return _request(actor, part, qty, MoveKind.ADJUSTMENT, text, always_approve=False)


def scrap(actor: User, part: Part | int | str, qty: int, reason: str) -> Adjustment:
    """Write off damaged or obsolete pieces; always a manager's decision."""
    require_role(actor, *COUNT_ROLES, action=translate("Errors", "scrap stock"))
    qty = require_quantity(qty)
    text = require_reason(reason, translate("Errors", "scrapping"))
    return _request(actor, part, -qty, MoveKind.SCRAP, text, always_approve=True)


def _pending(value: Adjustment | int) -> Adjustment:
    aid = value.id if isinstance(value, Adjustment) else value
    row = Adjustment.get_or_none(Adjustment.id == aid)
    if row is None:
        raise NotFound(translate("Errors", "Adjustment #{id} does not exist.").format(id=aid))
    if row.status != AdjustmentStatus.PENDING.value:
        raise Conflict(translate("Errors", "Adjustment #{id} was already decided ({status}).")
                       .format(id=row.id, status=status_label(row.status)))
    return row


def approve_adjustment(actor: User, adjustment: Adjustment | int, note: str = "") -> Adjustment:
    """A manager approves a pending write-off; it is booked now, at today's average."""
    require_role(actor, action=translate("Errors", "approve stock write-offs"))
    with unit_of_work() as changes:
        adj = _pending(adjustment)
        part = get_part(adj.part_id)
        update_versioned(adj, adj.version, actor.name, decided_by=actor.id, decided_at=now(),
                         decision_note=(note or "").strip())
        _book(actor, adj, part, changes)
        audit.record(actor, "adjustment.approve", "adjustment", adj.id, note=note or None)
        changes.add("adjustment", adj.id)
    return adj


def reject_adjustment(actor: User, adjustment: Adjustment | int, note: str) -> Adjustment:
    """A manager refuses a pending write-off; stock is untouched."""
    require_role(actor, action=translate("Errors", "refuse stock write-offs"))
    text = require_reason(note, translate("Errors", "refusing the write-off"))
    with unit_of_work() as changes:
        adj = _pending(adjustment)
        update_versioned(adj, adj.version, actor.name, status=AdjustmentStatus.REJECTED.value,
                         decided_by=actor.id, decided_at=now(), decision_note=text)
        audit.record(actor, "adjustment.reject", "adjustment", adj.id, note=text)
        changes.add("adjustment", adj.id)
    return adj


def pending_adjustments() -> list[Adjustment]:
    """Write-offs waiting for a manager, oldest first."""
    return list(
        Adjustment.select(Adjustment, Part).join(Part)
        .where(Adjustment.status == AdjustmentStatus.PENDING.value)
        .order_by(Adjustment.id)
    )
