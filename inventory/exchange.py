"""Advance exchange (先发配件, DOMAIN §7): ship the good part first, get the core back.

A hardware fault confirmed before the cut-off (14:00 local, a setting) on a
working day ships the good part the same day, otherwise on the next working
day (`depot.workcal.WorkingCalendar.advance_exchange_ship_date`). The part
leaves stock at once as an ADVANCE_EXCHANGE_OUT move — it is packed and off
the shelf — and the customer owes the faulty part (the core) back within 10
working days of the ship date (a setting); overdue cores are listed.

When the core comes back, `core_back` closes the debt. What happens to the
piece depends on what it is, and the ledger follows the physical truth:

* a faulty core (the normal case) is not sellable stock: it is recorded on
  the core record only, and goes to vendor repair; when it returns repaired
  it is received like any other delivery (at the repair cost);
* a core that tests good (no fault found) goes back onto the shelf with a
  CORE_BACK move at exactly the value the good part left with, like a return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from depot import audit
from depot.clock import now, today
from depot.errors import Conflict, NotFound
from depot.i18n import translate
from depot.models import Role, User
from depot.service import unit_of_work
from depot.users import require_role
from depot.workcal import WorkingCalendar
from inventory import rules
from inventory.catalogue import get_part
from inventory.models import CoreStatus, ExchangeCore, MoveKind, Part, StockMove
from inventory.rules import require_quantity, require_reference
from inventory.stock import post_put, post_take

EXCHANGE_ROLES = (Role.WAREHOUSE, Role.SERVICE_DESK)


def default_calendar() -> WorkingCalendar:
    """The depot's working calendar (5x8, China public holidays, Asia/Shanghai).

    Callers that hold the configured calendar pass it in; this default keeps
    the service usable from scripts and tests.
    """
    return WorkingCalendar()


@dataclass(frozen=True)
class ExchangePlan:
    """When the good part ships and when its core is due, before anything is written."""

    ship_date: date
    due_date: date


def plan(
    confirmed_at: datetime | None = None, *, calendar: WorkingCalendar | None = None
) -> ExchangePlan:
    """Ship and due dates for a fault confirmed at `confirmed_at` (default: now)."""
    cal = calendar or default_calendar()
    at = confirmed_at or now()
    ship = cal.advance_exchange_ship_date(at, cutoff=rules.cutoff_time())
    return ExchangePlan(ship, cal.core_due_date(ship, rules.core_due_working_days()))


def advance_exchange(
    actor: User,
    part: Part | int | str,
    reference: str,
    *,
    qty: int = 1,
    confirmed_at: datetime | None = None,
    calendar: WorkingCalendar | None = None,
    note: str = "",
) -> ExchangeCore:
    """Ship a good part ahead of the faulty one; records the core owed.

    Takes the pieces out of stock now (the reference's reservation first,
    like an issue) and returns the core record with ship and due dates.
    """
    require_role(actor, *EXCHANGE_ROLES, action=translate("Errors", "ship advance exchanges"))
    qty = require_quantity(qty)
    ref = require_reference(reference)
    at = confirmed_at or now()
    dates = plan(at, calendar=calendar)
    with unit_of_work() as changes:
        row = get_part(part)
        move = post_take(actor, row, qty, MoveKind.ADVANCE_EXCHANGE_OUT, ref,
                         note or translate("Stock", "Advance exchange"), use_reservation=True)
        core = ExchangeCore.create(
            part=row, reference=ref, qty=qty, out_move=move, confirmed_at=at,
            ship_date=dates.ship_date, due_date=dates.due_date, created_by=actor,
            note=(note or "").strip(),
        )
        audit.record(actor, "exchange.ship", "exchange_core", core.id, after={
            "part": row.part_number, "reference": ref, "qty": qty,
            "ship_date": dates.ship_date.isoformat(), "due_date": dates.due_date.isoformat(),
        })
        changes.add("stock", row.id).add("move", move.id).add("core", core.id)
    return core


def _core(value: ExchangeCore | int) -> ExchangeCore:
    core_id = value.id if isinstance(value, ExchangeCore) else value
    found = ExchangeCore.get_or_none(ExchangeCore.id == core_id)
    if found is None:
        raise NotFound(translate("Errors", "Core #{id} does not exist.").format(id=core_id))
    return found


def core_back(
    actor: User, core: ExchangeCore | int, *, serviceable: bool = False, note: str = ""
) -> ExchangeCore:
    """The customer's faulty part (core) has come back: close the debt.

    `serviceable=True` (tested good) puts it back into stock with a CORE_BACK
    move at the value the good part left with; a faulty core stays out of
    stock (see the module doc).
    """
    require_role(actor, *EXCHANGE_ROLES, action=translate("Errors", "book cores back"))
    with unit_of_work() as changes:
        row = _core(core)
        if row.status != CoreStatus.OWED.value:
            raise Conflict(
                translate("Errors", "The core for {reference} was already booked back on {day}.")
                .format(reference=row.reference,
                        day=row.returned_at.date().isoformat() if row.returned_at else "?")
            )
        back_move = None
        if serviceable:
            out = StockMove.get_by_id(row.out_move_id)
            part = get_part(row.part_id)
            back_move = post_put(
                actor, part, row.qty, MoveKind.CORE_BACK, -out.value, row.reference,
                note or translate("Stock", "Core back, tested good"),
            )
            changes.add("stock", part.id).add("move", back_move.id)
        changed = (
            ExchangeCore.update(
                status=CoreStatus.RETURNED.value, returned_at=now(), returned_by=actor.id,
                serviceable=bool(serviceable), back_move=back_move,
                note=(note or row.note or "").strip(),
            )
            .where((ExchangeCore.id == row.id) & (ExchangeCore.status == CoreStatus.OWED.value))
            .execute()
        )
        if changed != 1:  # another station booked it back a moment ago
            raise Conflict(
                translate("Errors", "The core for {reference} was just booked back at another "
                          "station.").format(reference=row.reference)
            )
        audit.record(actor, "exchange.core_back", "exchange_core", row.id,
                     after={"serviceable": bool(serviceable)}, note=note or None)
        changes.add("core", row.id)
    return _core(row.id)


@dataclass(frozen=True)
class CoreOwed:
    """One core still owed, as listed for the warehouse and the service desk."""

    core: ExchangeCore
    part_number: str
    part_name: str
    days_overdue: int  # calendar days past the due date; 0 when not yet due

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def cores_owed(*, as_of: date | None = None, overdue_only: bool = False) -> list[CoreOwed]:
    """Cores still owed by customers, soonest due first (as of today by default).

    A core is overdue the day after its due date: the due date itself is
    still within the promise.
    """
    day = as_of or today()
    query = (
        ExchangeCore.select(ExchangeCore, Part)
        .join(Part)
        .where(ExchangeCore.status == CoreStatus.OWED.value)
        .order_by(ExchangeCore.due_date, ExchangeCore.id)
    )
    if overdue_only:
        query = query.where(ExchangeCore.due_date < day)
    return [
        CoreOwed(core, core.part.part_number, core.part.name, max((day - core.due_date).days, 0))
        for core in query
    ]


def overdue_cores(as_of: date | None = None) -> list[CoreOwed]:
    """Cores past their due date, as of today by default."""
    return cores_owed(as_of=as_of, overdue_only=True)


def cores_for(reference: str) -> list[ExchangeCore]:
    """Every core record of a reference (an RMA), owed or back."""
    ref = require_reference(reference)
    return list(
        ExchangeCore.select(ExchangeCore, Part).join(Part)
        .where(ExchangeCore.reference == ref).order_by(ExchangeCore.id)
    )
