"""Parts issued to an RMA, returned from it, and extra parts found during repair.

Issuing is done by scanning the part's label at the bench: the stock move is
made by the warehouse service with the RMA number as its reference (which
also uses up the reservation the accepted quote made), and an `RmaPart` line
keeps part, quantity, unit cost and time on the RMA for the service report
and the unit's history.

The repair gate reaches into issuing: on a chargeable RMA a part that is not
on the accepted quote (or more pieces than quoted) is refused at the scanner,
because the customer has not agreed to pay for it. Such a part goes through
`add_part_during_repair`, which pauses the repair and drafts a revised quote
that the customer must accept and pay (DOMAIN §4).
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from depot import audit
from depot.db import update_versioned
from depot.errors import Conflict, GateClosed, NotFound, ValidationError
from depot.i18n import translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from rma import stock_link
from rma.diagnosis import add_needed_part
from rma.event_text import said
from rma.models import Rma
from rma.quote_math import LineKind, QuoteStatus
from rma.repair_models import Quote, QuoteLine, RmaPart
from rma.states import CLOSED_STATES, RmaState
from rma.transitions import Action, Facts
from rma.warranty import Coverage
from rma.workflow import add_event, get_rma, load_for_update, perform, state_label, sync

__all__ = [
    "add_part_during_repair",
    "issue_part_by_scan",
    "parts_of",
    "quoted_qty",
    "return_part",
]

EVENT_PART_ISSUED = "part_issued"
EVENT_PART_RETURNED = "part_returned"
PART_ROLES = (Role.TECHNICIAN, Role.WAREHOUSE)


def parts_of(rma: Rma | int | str) -> list[RmaPart]:
    """Parts issued to the RMA, in the order they were issued."""
    row = get_rma(rma)
    return list(RmaPart.select().where(RmaPart.rma == row.id).order_by(RmaPart.id))


def _accepted(rma_id: int) -> Quote | None:
    return (
        Quote.select()
        .where((Quote.rma == rma_id) & (Quote.status == QuoteStatus.ACCEPTED.value))
        .order_by(Quote.revision.desc())
        .first()
    )


def quoted_qty(quote: Quote, part_code: str) -> int:
    """Pieces of ``part_code`` on a quote."""
    total = QuoteLine.select(pw.fn.COALESCE(pw.fn.SUM(QuoteLine.qty), 0)).where(
        (QuoteLine.quote == quote.id) & (QuoteLine.kind == LineKind.PART.value)
        & (QuoteLine.part_code == part_code)
    ).scalar()
    return int(total or 0)


def _issued_out(rma_id: int, part_code: str) -> int:
    total = RmaPart.select(
        pw.fn.COALESCE(pw.fn.SUM(RmaPart.qty - RmaPart.returned_qty), 0)
    ).where((RmaPart.rma == rma_id) & (RmaPart.part_code == part_code)).scalar()
    return int(total or 0)


def _check_qty(qty: Any) -> int:
    if isinstance(qty, bool) or not isinstance(qty, int) or not 1 <= qty <= 10_000:
        raise ValidationError(
            translate("Errors", "The quantity must be a whole number from 1 to 10,000."))
    return qty


def issue_part_by_scan(actor: User, rma: Rma | int | str, code: str, qty: int = 1) -> RmaPart:
    """Issue the scanned part from stock to an RMA that is in repair.

    Refused (nothing written) for a closed RMA, an RMA not in repair, a scan
    that names no part, a part the customer has not agreed to pay for, and
    when the shelf is short (the warehouse's `OutOfStock`).
    """
    require_role(actor, *PART_ROLES, action=translate("Errors", "issue parts"))
    pieces = _check_qty(qty)
    with unit_of_work() as changes:
        row = get_rma(rma)
        if RmaState(row.state) in CLOSED_STATES:
            raise Conflict(translate(
                "Errors", "{rma} is {state}: parts cannot be issued to a closed RMA."
            ).format(rma=row.number, state=state_label(row.state)))
        if row.state != RmaState.IN_REPAIR.value:
            raise Conflict(translate(
                "Errors", "{rma} is {state}: parts are issued only while the unit is in repair."
            ).format(rma=row.number, state=state_label(row.state)))
        part = stock_link.find_part_for_issue(code)
        if Coverage(row.coverage).chargeable:
            quote = _accepted(row.id)
            if quote is not None:
                on_quote = quoted_qty(quote, part.part_number)
                out = _issued_out(row.id, part.part_number)
                if on_quote == 0:
                    raise GateClosed(translate(
                        "Errors", "{part} is not on the accepted quote {quote}: add it as an "
                                  "extra part — the customer approves and pays a revised quote "
                                  "first."
                    ).format(part=part.part_number, quote=quote.number))
                if out + pieces > on_quote:
                    raise GateClosed(translate(
                        "Errors", "The accepted quote {quote} has {n} × {part} and {out} are "
                                  "already issued: add the extra piece(s) as an extra part — "
                                  "the customer approves a revised quote first."
                    ).format(quote=quote.number, n=on_quote, part=part.part_number, out=out))
        issued = stock_link.issue(actor, part, pieces, row.number)
        line = RmaPart.create(
            rma=row, part_code=issued.part_code, description=issued.name, qty=pieces,
            unit_cost=issued.unit_cost, stock_move_id=issued.move_id, issued_by=actor,
            updated_by=actor.name,
        )
        add_event(
            actor, row, EVENT_PART_ISSUED,
            note=f"{pieces} × {issued.part_code} {issued.name}",
            from_state=row.state, to_state=row.state,
            data={"part": issued.part_code, "qty": pieces, "unit_cost": issued.unit_cost,
                  "move": issued.move_id},
        )
        audit.record(actor, "rma.issue_part", "rma", row.id,
                     after={"part": issued.part_code, "qty": pieces,
                            "unit_cost": issued.unit_cost})
        changes.add("rma", row.id).add("rma_part", line.id).add("stock", part.id)
    return line


def return_part(
    actor: User, line: RmaPart | int, qty: int | None = None, *, note: str = ""
) -> RmaPart:
    """Put unused pieces of an issued line back in stock (default: all still out)."""
    require_role(actor, *PART_ROLES, action=translate("Errors", "return parts"))
    with unit_of_work() as changes:
        row = RmaPart.get_or_none(RmaPart.id == (line.id if isinstance(line, RmaPart) else line))
        if row is None:
            raise NotFound(
                translate("Errors", "This issued part line does not exist — reload."))
        out = row.qty - row.returned_qty
        pieces = out if qty is None else _check_qty(qty)
        if out <= 0:
            raise Conflict(
                translate("Errors", "All {n} × {part} are already back in stock.").format(
                    n=row.qty, part=row.part_code))
        if pieces > out:
            raise ValidationError(translate(
                "Errors", "Only {out} × {part} are still issued to this RMA; {n} cannot come "
                          "back."
            ).format(out=out, part=row.part_code, n=pieces))
        rma = Rma.get_by_id(row.rma_id)
        stock_link.return_to_stock(actor, row.part_code, pieces, rma.number)
        update_versioned(row, row.version, actor.name, returned_qty=row.returned_qty + pieces)
        text, data = said("part_returned", {"part": row.part_code, "qty": pieces},
                          words=str(note or "").strip())
        add_event(actor, rma, EVENT_PART_RETURNED, note=text, from_state=rma.state,
                  to_state=rma.state, data=data)
        audit.record(actor, "rma.return_part", "rma", rma.id,
                     after={"part": row.part_code, "qty": pieces}, note=note or None)
        changes.add("rma", rma.id).add("rma_part", row.id)
    return row


def add_part_during_repair(
    actor: User,
    rma: Rma | int | str,
    part_code: str,
    qty: int = 1,
    *,
    description: str = "",
    unit_price: int | None = None,
    note: str = "",
    expected_version: int | None = None,
) -> Quote | None:
    """A part found necessary during repair.

    In-warranty RMA, or a part the accepted quote already covers: it is noted
    as needed and the repair goes on (returns None). Otherwise the repair
    pauses: the RMA goes back to awaiting approval with a revised draft quote
    (returned) that includes the part — the gate applies again once it is
    issued. ``unit_price`` is needed for a part the catalogue cannot price.
    """
    require_role(actor, Role.TECHNICIAN, action=translate("Errors", "add parts during repair"))
    pieces = _check_qty(qty)
    with unit_of_work():
        row, _ = load_for_update(rma, expected_version)
        if row.state not in (RmaState.IN_REPAIR.value, RmaState.AWAITING_PARTS.value):
            raise Conflict(translate(
                "Errors", "Cannot add an extra part to an RMA that is {state}: extra parts are "
                          "added during repair."
            ).format(state=state_label(row.state)))
        need = add_needed_part(actor, row, part_code, pieces, description, found_during="repair")
        if not Coverage(row.coverage).chargeable:
            return None
        accepted = _accepted(row.id)
        if accepted is not None and quoted_qty(accepted, need.part_code) >= (
            _issued_out(row.id, need.part_code) + pieces
        ):
            return None
        revised: dict[str, Quote] = {}

        def draft(rma_row: Rma, facts: Facts) -> dict[str, Any]:
            from rma import quotes

            quote = quotes.draft_quote(actor, rma_row)
            have = quoted_qty(quote, need.part_code)
            wanted = _issued_out(rma_row.id, need.part_code) + pieces
            if accepted is not None:
                wanted = max(wanted, quoted_qty(accepted, need.part_code) + pieces)
            if have < wanted:
                quotes.add_line(actor, quote, LineKind.PART, part_code=need.part_code,
                                description=need.description, qty=wanted - have,
                                unit_price=unit_price)
            revised["quote"] = Quote.get_by_id(quote.id)
            return {"quote": quote.number, "part": need.part_code, "qty": pieces}

        text = note.strip() or f"Extra part needed: {pieces} × {need.part_code}."
        perform(actor, row, Action.REOPEN_FOR_QUOTE, expected_version=row.version, note=text,
                before_write=draft)
    sync(rma, row)
    return revised["quote"]
